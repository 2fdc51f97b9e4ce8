// End to end: dist/main.js builds examples/hello for three platforms into an OCI layout; skopeo and
// umoci read it back, and every binary runs (under qemu-user-static where foreign).

import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { type ActionRun, errorLines, nodes, ROOT, runAction } from './action.js'
import { ociRef, run, runBinary, skopeoRaw, unpackPlatform } from './oci-tools.js'

const PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7']
const EPOCH = '1700000000'
let src: string

async function copyExample(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bgi-src-'))
  await cp(join(ROOT, 'examples/hello'), dir, { recursive: true })
  return dir
}

function build(node: string, extra: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    node,
    inputs: {
      'working-directory': src,
      platforms: PLATFORMS.join(','),
      ldflags: '-s -w -X main.version={{.Version}}',
      ...extra,
    },
    env: { SOURCE_DATE_EPOCH: EPOCH, GITHUB_REF: 'refs/tags/v1.4.2', ...env },
  })
}

describe('build examples/hello into an OCI layout', () => {
  const [host, node24] = nodes()
  let first: ActionRun

  beforeAll(async () => {
    src = await copyExample()
    first = await build(host!.path)
    if (first.code !== 0) throw new Error(`action failed:\n${first.stdout}\n${first.stderr}`)
  })

  test('skopeo reads the index: every platform, and the digest output is the index digest', async () => {
    const layout = first.outputs['oci-layout']!
    expect(layout).toBe(join(first.runnerTemp, 'build-go-image/oci'))
    expect(first.outputs['oci-ref']).toBe(ociRef(layout))
    const index = await skopeoRaw(first.outputs['oci-ref']!)
    expect(index.json.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    expect(index.digest).toBe(first.outputs.digest)
    const platforms = index.json.manifests.map((m: any) =>
      [m.platform.os, m.platform.architecture, m.platform.variant].filter(Boolean).join('/'),
    )
    expect(platforms).toEqual(['linux/amd64', 'linux/arm/v7', 'linux/arm64']) // fixed platform order
    const digests = JSON.parse(first.outputs.digests!)
    expect(Object.keys(digests)).toEqual(PLATFORMS)
    for (const m of index.json.manifests) {
      const name = [m.platform.os, m.platform.architecture, m.platform.variant].filter(Boolean).join('/')
      expect(digests[name]).toBe(m.digest)
    }
    const metadata = JSON.parse(first.outputs.metadata!)
    expect(metadata['containerimage.digest']).toBe(first.outputs.digest)
    expect(metadata['containerimage.descriptor'].digest).toBe(first.outputs.digest)
    expect(first.outputs.imageid).toBe('')
  })

  test('the job summary has one row per platform with its digest', () => {
    for (const p of PLATFORMS) expect(first.summary).toContain(`<td>${p}</td>`)
    for (const d of Object.values(JSON.parse(first.outputs.digests!))) expect(first.summary).toContain(String(d))
  })

  test.each(PLATFORMS)('%s: umoci unpacks a scratch root filesystem in which the binary runs', async (platform) => {
    const work = await mkdtemp(join(tmpdir(), 'bgi-unpack-'))
    const bundle = await unpackPlatform(first.outputs['oci-layout']!, platform, work)
    const rootfs = join(bundle, 'rootfs')
    const out = await runBinary(platform, join(rootfs, 'app/hello'), ['-version'])
    expect(out.trim()).toBe(`hello 1.4.2 ${platform.split('/').slice(0, 2).join('/')}`)
    expect(((await stat(join(rootfs, 'app/hello'))).mode & 0o7777).toString(8)).toBe('555')
    expect(((await stat(join(rootfs, 'tmp'))).mode & 0o7777).toString(8)).toBe('1777')
    expect(await readFile(join(rootfs, 'etc/passwd'), 'utf8')).toContain('nonroot:x:65532:65532:')
    expect(
      (await readFile(join(rootfs, 'etc/ssl/certs/ca-certificates.crt'), 'utf8')).match(/BEGIN CERTIFICATE/g)!.length,
    ).toBeGreaterThan(100)
    const runtime = JSON.parse(await readFile(join(bundle, 'config.json'), 'utf8'))
    expect(runtime.process.args).toEqual(['/app/hello'])
    expect(runtime.process.user).toMatchObject({ uid: 65532, gid: 65532 })
  })

  test('the image config carries platform, created from SOURCE_DATE_EPOCH, and no wall clock', async () => {
    const config = JSON.parse(
      await run('skopeo', [
        'inspect',
        '--config',
        '--raw',
        '--override-arch',
        'arm',
        '--override-variant',
        'v7',
        ociRef(first.outputs['oci-layout']!),
      ]),
    )
    expect(config).toMatchObject({ architecture: 'arm', variant: 'v7', os: 'linux', created: '2023-11-14T22:13:20Z' })
    expect(config.config.Entrypoint).toEqual(['/app/hello'])
    expect(config.rootfs.diff_ids).toHaveLength(2)
  })

  test('a second build, under Node 24, into a fresh directory gives the same digest byte for byte', async () => {
    const second = await build(node24!.path)
    expect(second.code).toBe(0)
    expect(second.runnerTemp).not.toBe(first.runnerTemp)
    expect(second.outputs.digest).toBe(first.outputs.digest)
    expect(second.outputs.digests).toBe(first.outputs.digests)
    const a = await readFile(join(first.outputs['oci-layout']!, 'index.json'))
    const b = await readFile(join(second.outputs['oci-layout']!, 'index.json'))
    expect(b.equals(a)).toBe(true)
  })

  test('one platform: the digest is the manifest, imageid is its config', async () => {
    const one = await build(host!.path, { platforms: 'linux/amd64' })
    expect(one.code).toBe(0)
    const m = await skopeoRaw(ociRef(one.outputs['oci-layout']!))
    expect(m.json.mediaType).toBe('application/vnd.oci.image.manifest.v1+json')
    expect(m.digest).toBe(one.outputs.digest)
    expect(one.outputs.imageid).toBe(m.json.config.digest)
    expect(JSON.parse(one.outputs.digests!)['linux/amd64']).toBe(one.outputs.digest)
    // No go-version: go.mod's `go 1.22` is a minimum, and the machine's newer Go on PATH satisfies it.
    const machineGo = (await run('go', ['env', 'GOVERSION'])).trim().replace(/^go/, '')
    expect(one.outputs['go-version']).toBe(machineGo)
    expect(one.stdout).toContain(`Go ${machineGo} from the PATH satisfies go 1.22`)
  })

  test('build-flags with a quoted value reach go build as one flag; strip: false keeps the symbol table', async () => {
    const r = await build(host!.path, {
      platforms: 'linux/amd64',
      'build-flags': '-gcflags="all=-N -l"',
      strip: 'false',
      ldflags: '',
    })
    expect(r.code, r.stdout).toBe(0)
    const bundle = await unpackPlatform(
      r.outputs['oci-layout']!,
      'linux/amd64',
      await mkdtemp(join(tmpdir(), 'bgi-flags-')),
    )
    const info = await run('go', ['version', '-m', join(bundle, 'rootfs/app/hello')])
    expect(info).toContain('build\t-gcflags="all=-N -l"')
    expect(info).not.toContain('-ldflags')
    // Unstripped: the ELF still has its .symtab (a stripped one has none).
    expect((await readFile(join(bundle, 'rootfs/app/hello'))).includes(Buffer.from('.symtab\0'))).toBe(true)
  })

  test('without SOURCE_DATE_EPOCH, created is the commit time', async () => {
    const repo = await copyExample()
    const git = (args: string[], env: Record<string, string> = {}) =>
      run('env', [...Object.entries(env).map(([k, v]) => `${k}=${v}`), 'git', '-C', repo, ...args])
    await git(['init', '-q'])
    await git(['add', '.'])
    const when = { GIT_AUTHOR_DATE: '2024-03-01T12:00:00Z', GIT_COMMITTER_DATE: '2024-03-01T12:00:00Z' }
    await git(['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init'], when)
    const r = await runAction({ inputs: { 'working-directory': repo, platforms: 'linux/amd64' } })
    expect(r.code).toBe(0)
    const config = JSON.parse(await run('skopeo', ['inspect', '--config', '--raw', ociRef(r.outputs['oci-layout']!)]))
    expect(config.created).toBe('2024-03-01T12:00:00Z')
  })
})

describe('failures', () => {
  test('a syntax error fails the step with the compiler message and the platform, and writes no layout', async () => {
    const broken = await copyExample()
    const main = join(broken, 'main.go')
    await writeFile(main, (await readFile(main, 'utf8')).replace('func main() {', 'func main() {\n\tx := := 1'))
    const r = await runAction({ inputs: { 'working-directory': broken, platforms: 'linux/amd64,linux/arm64' } })
    expect(r.code).toBe(1)
    const [error] = errorLines(r.stdout)
    expect(error).toMatch(/^go build failed for linux\/(amd64|arm64):\n/)
    expect(error).toMatch(/main\.go:\d+:\d+: syntax error/)
    expect(existsSync(join(r.runnerTemp, 'build-go-image/oci'))).toBe(false)
  })

  test.each([
    ['platforms', 'linux/amd65', `Input 'platforms': "linux/amd65" is not valid; use os/arch[/variant] with os linux`],
    ['main', './nothing-here', `Input 'main': "./nothing-here" is not valid; give the path of a main package`],
    ['expose', 'web', `Input 'expose': "web" is not valid; give ports as numbers`],
    [
      'build-env',
      'CGO_ENABLED',
      `Input 'build-env': a value of 11 characters (hidden) is not valid; write one KEY=VALUE per line (item 1)`,
    ],
  ])('bad %s fails with a one-line error, before the compile stage', async (input, value, prefix) => {
    const r = await runAction({ inputs: { 'working-directory': join(ROOT, 'examples/hello'), [input]: value } })
    expect(r.code).toBe(1)
    const errors = errorLines(r.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(prefix)
    expect(errors[0]).not.toContain('\n')
    expect(r.stdout).not.toContain('::group::build')
  })

  test('a main package that is a library is rejected', async () => {
    const lib = await copyExample()
    await writeFile(join(lib, 'lib.go'), 'package lib\n')
    await run('mkdir', ['-p', join(lib, 'pkg')])
    await run('mv', [join(lib, 'lib.go'), join(lib, 'pkg/lib.go')])
    const r = await runAction({ inputs: { 'working-directory': lib, main: './pkg' } })
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(
      /^Input 'main': "\.\/pkg" is not valid; .* this is package lib, not package main$/,
    )
  })

  test('an oci-layout path that is a file is rejected', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bgi-file-'))
    await writeFile(join(dir, 'f'), 'x')
    const r = await runAction({
      inputs: { 'working-directory': join(ROOT, 'examples/hello'), 'oci-layout': join(dir, 'f') },
    })
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(/^Input 'oci-layout': .* this is a file$/)
  })

  test('a working directory without go.mod is rejected', async () => {
    const r = await runAction({ inputs: { 'working-directory': await mkdtemp(join(tmpdir(), 'bgi-empty-')) } })
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(
      /^Input 'working-directory': ".*" is not valid; give the Go module root \(the directory holding go.mod\)$/,
    )
  })
})
