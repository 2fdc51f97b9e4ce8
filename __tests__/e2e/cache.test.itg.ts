// The real @actions/cache, driven through dist/main.js and dist/post.js, against loopback servers
// speaking both of GitHub's cache service protocols: v1 (GHES) and v2 (github.com: Twirp, with the
// archives in Azurite through the Azure SDK). The first run misses and the post step saves both
// caches; a second run on fresh GOMODCACHE/GOCACHE hits both and downloads no module (GOPROXY=off);
// a broken service, a second save of a key and a cut download never fail the build.

import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type ActionRun, ROOT, runAction } from './action.js'
import { type CacheService, startCacheServer } from './cache-server.js'
import { startCacheServiceV2 } from './cache-service-v2.js'
import { run } from './oci-tools.js'

describe.each([
  ['v1', startCacheServer],
  ['v2', startCacheServiceV2],
] as const)('cache service %s', (protocol, start) => {
  let work: string
  let src: string
  let server: CacheService

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), `bgi-cache-${protocol}-`))
    src = join(work, 'src')
    await cp(join(ROOT, 'examples/hello'), src, { recursive: true })
    server = await start(await mkdtemp(join(work, 'store-')))
  }, 60_000)
  afterAll(() => server.stop())

  // The same paths every run (as on a runner: the cache version hashes the paths), emptied when a
  // run must start fresh.
  function goDirs(): Record<string, string> {
    return {
      GOMODCACHE: join(work, 'go/mod'),
      GOCACHE: join(work, 'go/build'),
      GOPATH: join(work, 'go/path'),
      XDG_CACHE_HOME: join(work, 'go/xdg'),
    }
  }

  async function freshGoDirs(): Promise<Record<string, string>> {
    await run('chmod', ['-R', 'u+w', join(work, 'go')]).catch(() => undefined)
    await rm(join(work, 'go'), { recursive: true, force: true })
    return goDirs()
  }

  function cacheEnv(extra: Record<string, string>): Record<string, string> {
    return {
      ...server.env,
      RUNNER_OS: 'Linux',
      ImageOS: 'ubuntu24',
      GITHUB_SHA: 'a'.repeat(40),
      SOURCE_DATE_EPOCH: '1700000000',
      ...extra,
    }
  }

  const inputs = { 'working-directory': '', platforms: 'linux/amd64' }

  async function mainAndPost(
    env: Record<string, string>,
    extra: Record<string, string> = {},
  ): Promise<{ main: ActionRun; post: ActionRun }> {
    const main = await runAction({ inputs: { ...inputs, 'working-directory': src, ...extra }, env })
    if (main.code !== 0) throw new Error(`main failed:\n${main.stdout}\n${main.stderr}`)
    const post = await runAction({ script: 'dist/post.js', inputs: {}, env, state: main.state })
    if (post.code !== 0) throw new Error(`post failed:\n${post.stdout}\n${post.stderr}`)
    return { main, post }
  }

  async function goModVerify(dirs: Record<string, string>): Promise<string> {
    const { execFileSync } = await import('node:child_process')
    return execFileSync('go', ['mod', 'verify'], { cwd: src, env: { ...process.env, ...dirs }, encoding: 'utf8' })
  }

  function compileSeconds(r: ActionRun): number {
    return Number(/^build: ([\d.]+) s/m.exec(r.stdout)?.[1])
  }

  describe('module and build caches through the cache service', () => {
    let first: { main: ActionRun; post: ActionRun }

    test('first run: both miss; the post step saves both entries', async () => {
      first = await mainAndPost(cacheEnv(await freshGoDirs()))
      expect(first.main.outputs['cache-hit']).toBe('false')
      expect(first.main.outputs['build-cache-hit']).toBe('false')
      expect(first.post.stdout).toMatch(
        /module cache: saved build-go-image-mod-Linux-x64-ubuntu24-go[\d.]+-[0-9a-f]{64}/,
      )
      expect(first.post.stdout).toMatch(/build cache: trimmed 0 entries unused for 5 days; \d+ left \([\d.]+ MiB\)/)
      expect(first.post.stdout).toMatch(/build cache: saved build-go-image-build-/)
      expect(server.entries.filter((e) => e.committed).map((e) => e.key.split('-')[3])).toEqual(['mod', 'build'])
    })

    test('second run on fresh directories hits both, downloads no module, and builds faster', async () => {
      const dirs = await freshGoDirs()
      const second = await mainAndPost(cacheEnv({ ...dirs, GOPROXY: 'off' }))
      expect(second.main.outputs['cache-hit']).toBe('true')
      expect(second.main.outputs['build-cache-hit']).toBe('true')
      expect(second.main.outputs.digest).toBe(first.main.outputs.digest)
      expect(await readdir(join(dirs.GOMODCACHE!, 'github.com/google'))).toContain('uuid@v1.6.0')
      // The linked program came back with the build cache: go did not link again.
      expect(first.main.stdout).not.toContain('not linked again')
      expect(second.main.stdout).toMatch(
        /^linux\/amd64: built in [\d.]+ s \([\d.]+ MiB, up to date: not linked again\)$/m,
      )
      expect(second.post.stdout).toContain('module cache: exact hit')
      expect(second.post.stdout).toContain('build cache: exact hit')
      expect(server.entries).toHaveLength(2)
      console.log(
        `compile, cold: ${compileSeconds(first.main)} s; warm from the cache: ${compileSeconds(second.main)} s`,
      )
    })

    test('keys lower-cased by the cache server (act, Gitea, Forgejo): exact hits are hits, no re-save', async () => {
      if (protocol !== 'v1') return
      const act = await startCacheServer(await mkdtemp(join(work, 'act-store-')))
      act.lowerCaseKeys = true
      try {
        const env = (dirs: Record<string, string>) => ({ ...cacheEnv(dirs), ...act.env })
        const saved = await mainAndPost(env(await freshGoDirs()))
        expect(act.entries.map((e) => e.key)).toEqual(act.entries.map((e) => e.key.toLowerCase()))
        expect(saved.post.stdout).toMatch(/module cache: saved /)
        const again = await mainAndPost(env(await freshGoDirs()))
        expect(again.main.outputs['cache-hit']).toBe('true')
        expect(again.main.outputs['build-cache-hit']).toBe('true')
        expect(again.post.stdout).toContain('module cache: exact hit')
        expect(again.post.stdout).toContain('build cache: exact hit')
        expect(act.entries).toHaveLength(2)
      } finally {
        await act.stop()
      }
    })

    test('restoring over a non-empty, read-only module cache does not fail', async () => {
      // GOMODCACHE still holds what the last run put there, read-only as Go leaves it.
      const dirs = goDirs()
      expect((await stat(join(dirs.GOMODCACHE!, 'github.com/google/uuid@v1.6.0'))).mode & 0o222).toBe(0)
      const r = await runAction({ inputs: { ...inputs, 'working-directory': src }, env: cacheEnv(dirs) })
      expect(r.code, r.stdout).toBe(0)
      expect(r.outputs['cache-hit']).toBe('true')
      expect(r.stdout).not.toContain('::warning::')
    })

    test('a new commit restores the nearest older build cache, trims stale entries, and saves its own', async () => {
      const env = cacheEnv({ ...(await freshGoDirs()), GITHUB_SHA: 'b'.repeat(40) })
      // cache: always, as the budget would not save a commit that compiled nothing new (below).
      const main = await runAction({ inputs: { ...inputs, 'working-directory': src, cache: 'always' }, env })
      expect(main.code).toBe(0)
      // An entry last used ten days ago, as tar would restore it: the post step drops it.
      const stale = join(env.GOCACHE!, 'ab', 'ab'.repeat(32) + '-d')
      await mkdir(join(env.GOCACHE!, 'ab'), { recursive: true })
      await writeFile(stale, 'old')
      const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000)
      await utimes(stale, tenDaysAgo, tenDaysAgo)
      // A layer and a program of an earlier run, restored from the cache but not used by this one.
      const layers = join(env.XDG_CACHE_HOME!, 'build-go-image/layers')
      const programs = join(env.XDG_CACHE_HOME!, 'build-go-image/binaries')
      const oldFiles = [join(layers, 'cd'.repeat(32)), join(programs, 'ef'.repeat(16))]
      for (const f of oldFiles) {
        await writeFile(f, 'old')
        await utimes(f, new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000))
      }
      const usedLayers = (await readdir(layers)).filter((n) => n.endsWith('.json'))
      const post = await runAction({ script: 'dist/post.js', inputs: {}, env, state: main.state })
      const r = { main, post }
      expect(post.stdout).toMatch(/build cache: trimmed 1 entries unused for 5 days; [1-9]\d* left /)
      expect(existsSync(stale)).toBe(false)
      // Only what this run made or used is saved of the layer and program caches.
      expect(post.stdout).toMatch(
        /build-go-image\/layers: dropped 1 files of earlier runs; saving [1-9]\d* of this run/,
      )
      expect(post.stdout).toMatch(/build-go-image\/binaries: dropped 1 files of earlier runs; saving 2 of this run/)
      for (const f of oldFiles) expect(existsSync(f)).toBe(false)
      expect(usedLayers.length).toBeGreaterThan(0)
      expect((await readdir(layers)).filter((n) => n.endsWith('.json')).sort()).toEqual(usedLayers.sort())
      expect(r.main.outputs['build-cache-hit']).toBe('false')
      expect(r.main.stdout).toMatch(/build cache: restored build-go-image-build-\S+/)
      expect(r.post.stdout).toMatch(/build cache: saved /)
      expect(server.entries.filter((e) => e.key.includes('-build-'))).toHaveLength(2)
    })

    test('the budget: a new commit that compiles little restores the older entry and saves no new one', async () => {
      const before = server.entries.length
      const r = await mainAndPost(cacheEnv({ ...(await freshGoDirs()), GITHUB_SHA: 'e'.repeat(40) }))
      expect(r.main.outputs['build-cache-hit']).toBe('false')
      expect(r.main.stdout).toMatch(/build cache: restored build-go-image-build-/)
      expect(r.post.stdout).toMatch(
        /build cache: this run added [\d.]+ MiB of compile outputs to the [\d.]+ MiB restored \(under 10%\): not saved/,
      )
      expect(server.entries).toHaveLength(before)
    })

    test('the budget: a pull request restores and saves nothing; cache: always would', async () => {
      const before = server.entries.length
      const env = cacheEnv({ ...(await freshGoDirs()), GITHUB_SHA: 'f'.repeat(40), GITHUB_EVENT_NAME: 'pull_request' })
      const r = await mainAndPost(env)
      expect(r.main.outputs['cache-hit']).toBe('true')
      expect(r.post.stdout).toContain(
        "pull_request: caches restored, not saved (a pull request's entries serve only it; cache: always saves them)",
      )
      expect(server.entries).toHaveLength(before)
      const always = await mainAndPost(await freshGoDirs().then(() => env), { cache: 'always' })
      expect(always.post.stdout).toMatch(/build cache: saved /)
      expect(server.entries).toHaveLength(before + 1)
    })

    test('cache: read-only restores but never saves', async () => {
      const before = server.entries.length
      const r = await mainAndPost(cacheEnv({ ...(await freshGoDirs()), GITHUB_SHA: 'c'.repeat(40) }), {
        cache: 'read-only',
      })
      expect(r.main.outputs['cache-hit']).toBe('true')
      expect(r.post.stdout).toContain('cache: read-only, nothing saved')
      expect(server.entries).toHaveLength(before)
    })

    test('cache-prefix separates jobs: a prefixed key misses the unprefixed entries', async () => {
      const r = await runAction({
        inputs: { ...inputs, 'working-directory': src, 'cache-prefix': 'job2' },
        env: cacheEnv(goDirs()),
      })
      expect(r.code).toBe(0)
      expect(r.outputs['cache-hit']).toBe('false')
      expect(r.stdout).toContain('module cache: no cache for job2-build-go-image-mod-')
    })

    test('a second save of a key that exists is a notice, not a failure', async () => {
      const again = await runAction({
        script: 'dist/post.js',
        inputs: {},
        env: cacheEnv(goDirs()),
        state: first.main.state,
      })
      expect(again.code).toBe(0)
      expect(again.stdout).toMatch(
        /module cache: build-go-image-mod-\S+ is already saved \(another step or job saved it first\); not saved again/,
      )
      expect(again.stdout.match(/^::(warning|error)::.*$/gm)).toBeNull()
      expect(server.entries.filter((e) => e.key === server.entries[0]?.key)).toHaveLength(1)
    })

    test('a download cut half way: a warning, the build goes on without the cache, nothing half restored', async () => {
      const dirs = await freshGoDirs()
      server.cutDownloads = 1000 // every attempt of every download
      const cutBefore = server.downloadsCut
      try {
        const r = await runAction({ inputs: { ...inputs, 'working-directory': src }, env: cacheEnv(dirs) })
        expect(r.code, r.stdout).toBe(0)
        expect(server.downloadsCut).toBeGreaterThan(cutBefore)
        expect(r.stdout).toMatch(/^::warning::/m)
        expect(r.outputs['cache-hit']).toBe('false')
        expect(r.outputs.digest).toBe(first.main.outputs.digest)
        // What the module cache holds came whole from the module proxy, not from half an archive.
        expect(await goModVerify(dirs)).toContain('all modules verified')
      } finally {
        server.cutDownloads = 0
      }
    })

    test.runIf(protocol === 'v1')(
      'an archive that ends early with nothing to tell (no length): what tar wrote is removed',
      async () => {
        const dirs = await freshGoDirs()
        server.truncateDownloads = 2
        try {
          const r = await runAction({ inputs: { ...inputs, 'working-directory': src }, env: cacheEnv(dirs) })
          expect(r.code, r.stdout).toBe(0)
          expect(r.stdout, r.stdout).toMatch(
            /^::warning::(module|build) cache: the restore failed part way; removed what it had written/m,
          )
          expect(r.outputs.digest).toBe(first.main.outputs.digest)
          expect(await goModVerify(dirs)).toContain('all modules verified')
        } finally {
          server.truncateDownloads = 0
        }
      },
    )

    test('a failing cache service gives warnings, never a failure', async () => {
      // v2's client retries 500, 502, 503 and 504 for about 24 s per call; 501 takes the same path at once.
      server.failWith = protocol === 'v1' ? 500 : 501
      try {
        const r = await mainAndPost(cacheEnv(goDirs()))
        expect(r.main.stdout).toMatch(/::warning::Failed to restore: .*50[01]/)
        expect(r.main.outputs.digest).toBe(first.main.outputs.digest)
        expect(r.post.code).toBe(0)
      } finally {
        server.failWith = undefined
      }
    })
  })
})
