// tarball and load: docker-save archives read back by skopeo and podman; `docker load` through a
// fake docker on PATH (no engine here), and the clear error when no engine answers.

import { statSync } from 'node:fs'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { type ActionRun, errorLines, ROOT, runAction } from './action.js'
import { ociRef, run } from './oci-tools.js'

let work: string
let built: ActionRun
const src = join(ROOT, 'examples/hello')

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-archive-'))
  built = await runAction({
    inputs: { 'working-directory': src, platforms: 'linux/amd64,linux/arm64', tarball: join(work, 'app.tar') },
    env: { SOURCE_DATE_EPOCH: '1700000000' },
  })
  if (built.code !== 0) throw new Error(built.stdout)
})

async function layoutConfigDigest(arch: string): Promise<string> {
  const raw = await run('skopeo', ['inspect', '--raw', '--override-arch', arch, ociRef(built.outputs['oci-layout']!)])
  const index = JSON.parse(raw)
  const m = index.manifests.find((x: any) => x.platform.architecture === arch)
  const manifest = JSON.parse(await readFile(join(built.outputs['oci-layout']!, 'blobs/sha256', m.digest.slice(7)), 'utf8'))
  return manifest.config.digest
}

describe('tarball', () => {
  test('one archive per platform, named with the platform; the output maps them', () => {
    expect(JSON.parse(built.outputs.tarballs!)).toEqual({ 'linux/amd64': join(work, 'app-linux-amd64.tar'), 'linux/arm64': join(work, 'app-linux-arm64.tar') })
    expect(built.stdout).toContain('one docker archive per platform')
  })

  test.each(['amd64', 'arm64'])('linux/%s: skopeo reads the archive with the same config digest as the OCI layout', async (arch) => {
    const out = await mkdtemp(join(work, `copy-${arch}-`))
    await run('skopeo', ['copy', `docker-archive:${join(work, `app-linux-${arch}.tar`)}`, `oci:${out}:x`])
    const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8'))
    const manifest = JSON.parse(await readFile(join(out, 'blobs/sha256', index.manifests[0].digest.slice(7)), 'utf8'))
    expect(manifest.config.digest).toBe(await layoutConfigDigest(arch))
  })

  test.each(['amd64', 'arm64'])('linux/%s: podman load lists the image with the right architecture', async (arch) => {
    const store = await mkdtemp(join(work, 'podman-'))
    // podman refuses a runroot longer than 50 characters, which the scratch directory is.
    const runroot = await mkdtemp('/tmp/bgi-run-')
    const podman = ['--storage-driver', 'vfs', '--root', join(store, 'root'), '--runroot', runroot, '--cgroup-manager', 'cgroupfs', '--events-backend', 'none']
    try {
      const out = await run('podman', [...podman, 'load', '-i', join(work, `app-linux-${arch}.tar`)])
      expect(out).toContain('Loaded image')
      const inspect = JSON.parse(await run('podman', [...podman, 'image', 'inspect', 'build-go-image:latest']))
      expect(inspect[0].Architecture).toBe(arch)
      expect(inspect[0].Config.Entrypoint).toEqual(['/app/hello'])
    } finally {
      await rm(runroot, { recursive: true, force: true })
    }
  })
})

describe('load', () => {
  test('with no Docker engine: a clear error naming load, before any build', async () => {
    const r = await runAction({ inputs: { 'working-directory': src, platforms: 'linux/amd64', load: 'true' } })
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(/^Input 'load': "true" is not valid; it needs a Docker engine on the runner, and none answers/)
    expect(r.stdout).not.toContain('::group::compile')
  })

  test('with a docker on PATH, the host platform archive goes to docker load', async () => {
    const bin = await mkdtemp(join(work, 'fake-docker-'))
    const record = join(bin, 'record')
    await writeFile(
      join(bin, 'docker'),
      `#!/bin/sh
if [ "$1" = version ]; then echo 27.0.0; exit 0; fi
echo "args: $*" >> "${record}"
size=$(wc -c | tr -d ' ')
echo "stdin: $size" >> "${record}"
echo "Loaded image: ghcr.io/o/app:v1"
`,
    )
    await chmod(join(bin, 'docker'), 0o755)
    const r = await runAction({
      inputs: { 'working-directory': src, platforms: 'linux/arm64,linux/amd64', load: 'true', image: 'ghcr.io/o/app', push: 'false', tags: 'v1' },
      env: { PATH: `${bin}:${process.env.PATH}` },
    })
    expect(r.code, r.stdout).toBe(0)
    expect(r.outputs.loaded).toBe('ghcr.io/o/app:v1')
    const lines = (await readFile(record, 'utf8')).trim().split('\n')
    expect(lines[0]).toBe('args: load')
    // The archive of the runner's platform (linux/amd64 here) went through stdin, whole.
    const archive = join(r.runnerTemp, 'build-go-image', 'image-linux-amd64.tar')
    expect(lines[1]).toBe(`stdin: ${statSync(archive).size}`)
    expect(r.outputs.tarballs ?? '').toBe('')
  })
})
