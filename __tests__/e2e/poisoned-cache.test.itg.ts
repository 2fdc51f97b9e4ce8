// The attack a release build must withstand: anything that runs in a job on the default branch can
// write that branch's Actions cache, and a tag push of the same commit restores it. Here a later
// step of a branch job (1) swaps the kept program for another whose Go build ID is patched to the
// real one's, sha256 rewritten beside it, or (2) points Go's build cache entry for the main package
// at another compile's output and adds a file to a module (no build reads it); the post step saves
// it all to the cache service on loopback. A branch build on a fresh runner then ships the attacker's program (the
// attack is real); the tag build ships the clean program, with the digest of a build with no cache.

import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmod, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type ActionRun, ROOT, runAction } from './action.js'
import { type CacheServer, startCacheServer } from './cache-server.js'
import { run, runBinary, unpackPlatform } from './oci-tools.js'

const exec = promisify(execFile)
const SHA = 'c'.repeat(40)
const TARGET = { GOOS: 'linux', GOARCH: 'amd64', CGO_ENABLED: '0' }
let work: string
let src: string
let evil: string
let server: CacheServer

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-poison-'))
  src = join(work, 'src')
  evil = join(work, 'evil')
  await cp(join(ROOT, 'examples/hello'), src, { recursive: true })
  await cp(src, evil, { recursive: true })
  const main = join(evil, 'main.go')
  await writeFile(main, (await readFile(main, 'utf8')).replace('var version = "dev"', 'var version = "attacker"'))
  server = await startCacheServer(await mkdtemp(join(work, 'store-')))
}, 60_000)
afterAll(() => server.stop())

// The same paths every job (the cache version hashes them), emptied as on a fresh runner.
const dirs = () => ({
  GOMODCACHE: join(work, 'go/mod'),
  GOCACHE: join(work, 'go/build'),
  GOPATH: join(work, 'go/path'),
  XDG_CACHE_HOME: join(work, 'go/xdg'),
})

async function freshRunner(): Promise<Record<string, string>> {
  await run('chmod', ['-R', 'u+w', join(work, 'go')]).catch(() => undefined)
  await rm(join(work, 'go'), { recursive: true, force: true })
  return dirs()
}

async function job(ref: string, prefix: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const env = {
    ...server.env,
    ...(await freshRunner()),
    RUNNER_OS: 'Linux',
    ImageOS: 'ubuntu24',
    GITHUB_SHA: SHA,
    GITHUB_REF: ref,
    GITHUB_EVENT_NAME: 'push',
    SOURCE_DATE_EPOCH: '1700000000',
  }
  const r = await runAction({
    inputs: {
      'working-directory': src,
      platforms: 'linux/amd64',
      sbom: 'false',
      'cache-prefix': prefix,
      'release-build': 'auto',
      ...inputs,
    },
    env,
  })
  if (r.code !== 0) throw new Error(`main failed:\n${r.stdout}\n${r.stderr}`)
  return r
}

async function post(main: ActionRun): Promise<ActionRun> {
  const env = { ...server.env, ...dirs(), RUNNER_OS: 'Linux', ImageOS: 'ubuntu24' }
  const r = await runAction({ script: 'dist/post.js', inputs: {}, env, state: main.state })
  if (r.code !== 0) throw new Error(`post failed:\n${r.stdout}\n${r.stderr}`)
  return r
}

async function shipped(r: ActionRun): Promise<string> {
  const bundle = await unpackPlatform(r.outputs['oci-layout']!, 'linux/amd64', await mkdtemp(join(work, 'unpack-')))
  return (await runBinary('linux/amd64', join(bundle, 'rootfs/app/hello'), ['-version'])).trim()
}

async function go(cwd: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await exec('go', args, { cwd, env: { ...process.env, ...TARGET, GOFLAGS: '', ...env } })
  return stdout.trim()
}

/** Step 2 of a branch job, as an attacker: the kept program becomes the evil one, build ID and sha256 patched. */
async function swapKeptProgram(): Promise<void> {
  const kept = join(dirs().XDG_CACHE_HOME, 'build-go-image/binaries')
  const [slot, ...others] = (await readdir(kept)).filter((n) => !n.endsWith('.sha256'))
  expect(others).toEqual([])
  const program = join(kept, slot!)
  const out = join(work, 'evil.bin')
  await go(evil, ['build', '-trimpath', '-ldflags=-s -w', '-o', out, '.'], { GOCACHE: join(work, 'evil-cache') })
  const realId = await go(work, ['tool', 'buildid', program])
  const evilId = await go(work, ['tool', 'buildid', out])
  expect(evilId).toHaveLength(realId.length)
  const bytes = await readFile(out)
  const [from, to] = [Buffer.from(evilId), Buffer.from(realId)]
  for (let i = bytes.indexOf(from); i >= 0; i = bytes.indexOf(from, i + 1)) to.copy(bytes, i)
  await writeFile(program, bytes)
  await writeFile(`${program}.sha256`, `${createHash('sha256').update(bytes).digest('hex')}\n`)
}

/**
 * Step 2 of a branch job, as an attacker: Go's cache entry for the main package's compile names
 * the evil compile's output; the kept program goes, so the next build links from that entry; and
 * one module's zip is changed (its extracted files, which builds read, stay as they were).
 */
async function poisonBuildCache(): Promise<void> {
  const { GOCACHE, XDG_CACHE_HOME, GOMODCACHE } = dirs()
  const exportOf = (dir: string) => go(dir, ['list', '-export', '-trimpath', '-f', '{{.Export}}', '.'], { GOCACHE })
  const cleanOut = (await exportOf(src)).match(/([0-9a-f]{64})-d$/)![1]!
  const evilPath = await exportOf(evil)
  const evilOut = evilPath.match(/([0-9a-f]{64})-d$/)![1]!
  const evilSize = (await readFile(evilPath)).length
  let rewritten = 0
  for (const sub of await readdir(GOCACHE)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue
    for (const name of (await readdir(join(GOCACHE, sub))).filter((n) => n.endsWith('-a'))) {
      const path = join(GOCACHE, sub, name)
      const [, action, output, , time] = (await readFile(path, 'utf8')).trim().split(/\s+/)
      if (output !== cleanOut) continue
      const size = String(evilSize).padStart(20)
      await writeFile(path, `v1 ${action} ${evilOut} ${size} ${time!.padStart(20)}\n`)
      rewritten++
    }
  }
  expect(rewritten).toBe(1)
  await rm(join(XDG_CACHE_HOME, 'build-go-image/binaries'), { recursive: true, force: true })
  const module = join(GOMODCACHE, 'github.com/google/uuid@v1.6.0')
  await chmod(module, 0o755)
  await writeFile(join(module, 'NOTES.txt'), 'not what go.sum pins\n')
}

describe.each([
  ['the kept program', 'kept', swapKeptProgram],
  ['a Go build cache entry (and a module)', 'gocache', poisonBuildCache],
] as const)('a poisoned cache: %s', (_what, prefix, poison) => {
  let clean: ActionRun

  test('the reference: the tag built with no cache at all', async () => {
    clean = await job('refs/tags/v1.0.0', prefix, { cache: 'false' })
    expect(await shipped(clean)).toBe('hello dev linux/amd64')
  })

  test('a branch job is poisoned between its main and post steps; the post step saves it', async () => {
    const main = await job('refs/heads/main', prefix)
    expect(main.stdout).not.toContain('Release build')
    await poison()
    const saved = await post(main)
    expect(saved.stdout).toMatch(new RegExp(`build cache: saved ${prefix}-build-go-image-build-`))
  })

  test('a branch build on a fresh runner restores it and ships the attacker’s program', async () => {
    const r = await job('refs/heads/main', prefix)
    expect(r.outputs['build-cache-hit']).toBe('true')
    expect(await shipped(r)).toBe('hello attacker linux/amd64')
  })

  test('the tag push ships the clean program, with the digest of the build with no cache', async () => {
    const before = server.entries.length
    const r = await job('refs/tags/v1.0.0', prefix)
    expect(r.stdout).toMatch(/^Release build \(a tag push \(refs\/tags\/v1\.0\.0\)\): kept programs, kept layers/m)
    expect(r.outputs['build-cache-hit']).toBe('false')
    expect(r.outputs['cache-hit']).toBe('true')
    expect(r.stdout).not.toContain('not linked again')
    expect(await shipped(r)).toBe('hello dev linux/amd64')
    expect(r.outputs.digest).toBe(clean.outputs.digest)
    if (prefix === 'gocache')
      expect(r.stdout).toMatch(/^::warning::module cache: go mod verify failed \(.*\); emptied, every module is/m)
    else expect(r.stdout).toContain('module cache: go mod verify passed; used')
    const saved = await post(r)
    expect(saved.stdout).toContain('release build (a tag push (refs/tags/v1.0.0)): nothing saved')
    expect(server.entries).toHaveLength(before)
  })
})
