// Every bad input and every fault ends in a clear error, through dist/main.js, with nothing lost:
// no blob, manifest or tag reaches the registry unless the whole image does.

import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cp, mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { errorLines, ROOT, runAction, visibleLog } from './action.js'
import { run } from './oci-tools.js'
import { makePki, type Pki } from './pki.js'
import { type FaultProxy, startProxy } from './proxy.js'
import { type RunningRegistry, startRegistry } from './registry.js'
import { startTokenServer, type TokenServer } from './token-server.js'

let work: string
let src: string
let registry: RunningRegistry
let proxy: FaultProxy
let host: string
const stops: (() => Promise<void>)[] = []

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-hard-'))
  src = join(work, 'src')
  await cp(join(ROOT, 'examples/hello'), src, { recursive: true })
  registry = await startRegistry({ dir: join(work, 'registry') })
  proxy = await startProxy(registry.port)
  host = proxy.host
  stops.push(
    () => registry.stop(),
    () => proxy.stop(),
  )
})
afterAll(async () => {
  for (const s of stops.reverse()) await s()
})

async function catalog(): Promise<string[]> {
  const res = await fetch(`http://${registry.host}/v2/_catalog`)
  return ((await res.json()) as { repositories: string[] }).repositories ?? []
}

function file(name: string, text: string): string {
  const p = join(work, name)
  mkdirSync(join(p, '..'), { recursive: true })
  writeFileSync(p, text)
  return p
}

describe('bad input: the exact first error line, before any work, nothing pushed', () => {
  const closedBase = () => `http://127.0.0.1:1/dl`
  const cases: [string, () => Record<string, string>, string | RegExp][] = [
    [
      'platforms: unknown arch',
      () => ({ platforms: 'linux/amd65' }),
      `Input 'platforms': "linux/amd65" is not valid; use os/arch[/variant] with os linux, e.g. ` +
        `linux/amd64, linux/arm64, linux/arm/v6, linux/arm/v7, linux/386, linux/ppc64le, linux/s390x, ` +
        `linux/riscv64`,
    ],
    [
      'platforms: bad arm variant',
      () => ({ platforms: 'linux/arm/v9' }),
      /^Input 'platforms': "linux\/arm\/v9" is not valid; use os\/arch/,
    ],
    [
      'platforms: not linux',
      () => ({ platforms: 'windows/amd64' }),
      /^Input 'platforms': "windows\/amd64" is not valid/,
    ],
    [
      'platforms: twice',
      () => ({ platforms: 'linux/amd64,linux/amd64' }),
      `Input 'platforms': "linux/amd64" is not valid; list each platform once (linux/amd64 appears twice)`,
    ],
    [
      'go-version: not a version',
      () => ({ 'go-version': 'banana' }),
      `Input 'go-version': "banana" is not valid; give an exact version (1.22.5), a range (1.22, 1.22.x, ` +
        `~1.22, ^1.21, >=1.21 <1.23), stable, oldstable, or a prerelease (1.23rc1)`,
    ],
    [
      'go-version: unknown, list unreachable',
      () => ({ 'go-version': '1.99.1', 'go-download-base-url': closedBase() }),
      // auto: the module proxy is tried next; one line names both sources and what each said.
      new RegExp(
        String.raw`^Could not install Go for 1\.99\.1 from the download site` +
          String.raw` \(http:\/\/127\.0\.0\.1:1\/dl\/\?mode=json&include=all: .*\); nor from the module proxy:` +
          String.raw` RUNNER_TOOL_CACHE is not set`,
      ),
    ],
    [
      'go-version-file: missing',
      () => ({ 'go-version-file': join(work, 'none/go.mod') }),
      /^Input 'go-version-file': ".*none\/go\.mod" is not valid; the file does not exist/,
    ],
    [
      'go-version-file: no version',
      () => ({ 'go-version-file': file('vf/.go-version', '\n') }),
      /^Input 'go-version-file': ".*\.go-version" is not valid; the file is empty/,
    ],
    [
      'go-version-file: go.mod without go line',
      () => ({ 'go-version-file': file('vf2/go.mod', 'module x\n') }),
      /^Input 'go-version-file': ".*go\.mod" is not valid; the file has no 'go 1\.x'/,
    ],
    [
      'main: outside the module',
      () => ({ main: '../outside' }),
      `Input 'main': "../outside" is not valid; give the main package as a path inside 'working-directory', ` +
        `e.g. . or ./cmd/app`,
    ],
    [
      'main: not a package',
      () => ({ main: './nothing' }),
      /^Input 'main': "\.\/nothing" is not valid; give the path of a main package inside 'working-directory'/,
    ],
    [
      'image: upper case',
      () => ({ image: `${host}/Hard/App` }),
      new RegExp(
        String.raw`^Input 'image': ".*\/Hard\/App" is not valid; "Hard\/App" is not a valid repository name` +
          String.raw` \(repository names must be lowercase\)`,
      ),
    ],
    [
      'image: bad characters',
      () => ({ image: `${host}/hard/app_` }),
      /^Input 'image': ".*\/hard\/app_" is not valid; "hard\/app_" is not a valid repository name/,
    ],
    [
      'image: a digest',
      () => ({ image: `${host}/hard/app@sha256:${'a'.repeat(64)}` }),
      /^Input 'image': .* give a repository \(optionally :tag\) to push to, without @digest$/,
    ],
    [
      'tags: over 128 characters',
      () => ({ tags: 't'.repeat(129) }),
      `Input 'tags': "${'t'.repeat(129)}" is not valid; a tag is 1-128 of A-Z a-z 0-9 _ . - and does not ` +
        `start with . or -`,
    ],
    [
      'tags: bad characters',
      () => ({ tags: 'v1 beta' }),
      `Input 'tags': "v1 beta" is not valid; a tag is 1-128 of A-Z a-z 0-9 _ . - and does not start with . or -`,
    ],
    [
      'tags: unknown template',
      () => ({ tags: '{{.Version}}' }),
      /^Input 'tags': "\{\{\.Version\}\}" is not valid; templates may use/,
    ],
    [
      'merge: malformed digest',
      () => ({ merge: 'sha256:1234' }),
      /^Input 'merge': "sha256:1234" is not valid; give image digests/,
    ],
    [
      'oci-layout: a file',
      () => ({ 'oci-layout': file('layout-file', 'x') }),
      new RegExp(
        String.raw`^Input 'oci-layout': ".*layout-file" is not valid; give a directory path \(new, empty, or` +
          String.raw` an existing OCI layout\); this is a file$`,
      ),
    ],
    [
      'build-env: no =, and the line is not echoed (it may be a token)',
      () => ({ 'build-env': 'ghp_0123456789abcdef' }),
      `Input 'build-env': a value of 20 characters (hidden) is not valid; write one KEY=VALUE per line (item 1)`,
    ],
    [
      'base-image: does not exist',
      () => ({ 'base-image': `${host}/base/none:1` }),
      new RegExp(
        String.raw`^Input 'base-image': "127\.0\.0\.1:\d+\/base\/none:1" is not valid; it does not exist in` +
          String.raw` the registry; give an image that does \(best pinned by digest\)$`,
      ),
    ],
    [
      'username without password',
      () => ({ username: 'u' }),
      `Input 'password': "" is not valid; give 'password' (a token) together with 'username'`,
    ],
    [
      'password without username',
      () => ({ password: 'p' }),
      `Input 'username': "" is not valid; give 'username' together with 'password'`,
    ],
    [
      'working-directory: no go.mod',
      () => ({ 'working-directory': work }),
      /^Input 'working-directory': ".*" is not valid; give the Go module root \(the directory holding go\.mod\)$/,
    ],
    [
      'working-directory: missing',
      () => ({ 'working-directory': join(work, 'missing') }),
      /^Input 'working-directory': ".*missing" is not valid; give a directory that exists in the workspace$/,
    ],
    [
      'expose: not a number',
      () => ({ expose: 'http' }),
      /^Input 'expose': "http" is not valid; give ports as numbers 1-65535/,
    ],
    [
      'push: not a mode',
      () => ({ push: 'maybe' }),
      `Input 'push': "maybe" is not valid; give true, false or auto (auto: no push on pull_request events)`,
    ],
    [
      'check-latest: not a boolean',
      () => ({ 'check-latest': 'yes' }),
      `Input 'check-latest': "yes" is not valid; give true or false`,
    ],
    [
      'cache: not a mode',
      () => ({ cache: 'sometimes' }),
      /^Input 'cache': "sometimes" is not valid; give true, false, read-only \(restore without saving\) or always/,
    ],
    ['cache-prefix: a comma', () => ({ 'cache-prefix': 'a,b' }), /^Input 'cache-prefix': "a,b" is not valid/],
    [
      'ldflags: unknown placeholder',
      () => ({ ldflags: '-X main.v={{.Foo}}' }),
      /^Input 'ldflags': "\{\{\.Foo\}\}" is not valid; placeholders may be/,
    ],
    [
      'entrypoint: not strings',
      () => ({ entrypoint: '[1]' }),
      /^Input 'entrypoint': "\[1\]" is not valid; give a JSON array of strings/,
    ],
    ['user: spaces', () => ({ user: 'a b' }), /^Input 'user': "a b" is not valid/],
    [
      'workdir: relative',
      () => ({ workdir: 'data' }),
      `Input 'workdir': "data" is not valid; give an absolute path inside the image, e.g. /data`,
    ],
    [
      'go-download-base-url: ftp',
      () => ({ 'go-download-base-url': 'ftp://mirror/go' }),
      /^Input 'go-download-base-url': "ftp:\/\/mirror\/go" is not valid/,
    ],
    [
      'load with no Docker engine',
      () => ({ load: 'true', platforms: 'linux/amd64' }),
      /^Input 'load': "true" is not valid; it needs a Docker engine on the runner/,
    ],
    ['sbom: not a boolean', () => ({ sbom: 'on' }), `Input 'sbom': "on" is not valid; give true or false`],
  ]

  test.each(cases)('%s', async (_label, inputs, expected) => {
    const r = await runAction({
      inputs: {
        'working-directory': src,
        image: `${host}/hard/app`,
        push: 'true',
        tags: 'hard',
        platforms: 'linux/amd64',
        ...inputs(),
      },
      env: { DOCKER_CONFIG: join(work, 'no-docker-config') },
    })
    expect(r.code).toBe(1)
    const first = errorLines(r.stdout)[0] ?? ''
    if (typeof expected === 'string') expect(first).toBe(expected)
    else expect(first).toMatch(expected)
    expect(r.stdout).not.toContain('::group::publish')
  })

  test('none of them wrote to the registry: no POST, PUT or PATCH, no repository', async () => {
    const writes = proxy.seen.filter((s) => s.method !== 'GET' && s.method !== 'HEAD')
    expect(writes.map((s) => `${s.method} ${s.path}`)).toEqual([])
    expect(proxy.seen.some((s) => s.path.startsWith('/v2/base/none/'))).toBe(true) // the base-image case did ask
    expect(await catalog()).not.toContain('hard/app')
  })
})

describe('faults', () => {
  test(
    'SIGTERM during the push: uploads stop, open sessions are cancelled, no tag ' + 'moves, exit within 10 s',
    async () => {
      const repo = `${host}/cancel/app`
      const first = await runAction({
        inputs: { 'working-directory': src, image: repo, push: 'true', tags: 'stable', platforms: 'linux/amd64' },
      })
      expect(first.code).toBe(0)
      // The next push's blob uploads stall; SIGTERM arrives once one is in flight.
      proxy.rules.push({
        match: (m, p) => m === 'PUT' && p.startsWith('/v2/cancel/app/blobs/uploads/'),
        fault: { kind: 'hang' },
        times: Infinity,
      })
      let signalledAt = 0
      const r = await runAction({
        inputs: {
          'working-directory': src,
          image: repo,
          push: 'true',
          tags: 'stable',
          platforms: 'linux/amd64',
          ldflags: '-X main.version=cancelled',
        },
        onSpawn: (child) => {
          const poll = setInterval(() => {
            if (proxy.seen.some((s) => s.status === -2)) {
              clearInterval(poll)
              signalledAt = Date.now()
              child.kill('SIGTERM')
            }
          }, 50)
          child.on('exit', () => clearInterval(poll))
        },
        timeoutMs: 120_000,
      })
      const exitedAfter = Date.now() - signalledAt
      proxy.rules.length = 0
      expect(signalledAt).toBeGreaterThan(0)
      expect(exitedAfter).toBeLessThan(10_000)
      expect(r.code).toBe(1)
      expect(errorLines(r.stdout)[0]).toMatch(
        /^Cancelled by SIGTERM: [1-9]\d* open upload session\(s\) cancelled; no tag was written or moved$/,
      )
      expect(
        proxy.seen.some(
          (s) => s.method === 'DELETE' && s.path.startsWith('/v2/cancel/app/blobs/uploads/') && s.status === 204,
        ),
      ).toBe(true)
      const stable = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${repo}:stable`])
      const { createHash } = await import('node:crypto')
      expect(`sha256:${createHash('sha256').update(stable).digest('hex')}`).toBe(first.outputs.digest)
    },
  )

  test('SIGTERM during the builds: the go builds stop and the temporary directories are removed', async () => {
    let signalled = false
    const r = await runAction({
      // A release build compiles everything into a new GOCACHE: the builds are still running.
      inputs: { 'working-directory': src, platforms: 'linux/amd64,linux/arm64', 'release-build': 'true' },
      env: { GITHUB_REF: 'refs/heads/main' },
      onSpawn: (child, output) => {
        const poll = setInterval(() => {
          if (output().includes('::group::check')) {
            clearInterval(poll)
            signalled = true
            child.kill('SIGTERM')
          }
        }, 50)
        child.on('exit', () => clearInterval(poll))
      },
      timeoutMs: 120_000,
    })
    expect(signalled).toBe(true)
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(/^Cancelled by SIGTERM: 0 open upload session\(s\) cancelled/)
    // The builds' directory and the release's own caches, both made in RUNNER_TEMP, are gone.
    const left = (await readdir(r.runnerTemp)).filter((n) => n.startsWith('build-go-image-'))
    expect(left, r.stdout).toEqual([])
    expect(r.stdout).not.toContain('::group::assemble')
  })

  test('a registry answering 413 to a manifest: a clear error, and no tag', async () => {
    proxy.rules.push({
      match: (m, p) => m === 'PUT' && p.includes('/manifests/sha256:'),
      fault: { kind: 'status', status: 413 },
      times: 1,
    })
    const r = await runAction({
      inputs: {
        'working-directory': src,
        image: `${host}/big/app`,
        push: 'true',
        tags: 'big',
        platforms: 'linux/amd64',
      },
    })
    proxy.rules.length = 0
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(
      /^the registry refused manifest sha256:[0-9a-f]{64} \(\d+ bytes\) as too large \(HTTP 413\)$/,
    )
    await expect(
      run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${host}/big/app:big`]),
    ).rejects.toThrow(/manifest unknown/i)
  })

  test('disk full while writing the layout: a clear error, no partial push', async () => {
    const mnt = join(work, 'small-fs')
    mkdirSync(mnt, { recursive: true })
    // A 1 MiB tmpfs; the binary layer alone is larger.
    // As root directly, else through sudo without a password (CI runners); a failure here is a
    // failure of the test, not a skip.
    const asRoot = (cmd: string[]) =>
      process.getuid?.() === 0 ? execFileSync(cmd[0]!, cmd.slice(1)) : execFileSync('sudo', ['-n', ...cmd])
    asRoot(['mount', '-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt])
    if (process.getuid?.() !== 0) asRoot(['chmod', '777', mnt])
    stops.push(async () => void asRoot(['umount', mnt]))
    const r = await runAction({
      inputs: {
        'working-directory': src,
        image: `${host}/full/app`,
        push: 'true',
        tags: 'full',
        platforms: 'linux/amd64',
        'oci-layout': join(mnt, 'oci'),
      },
    })
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toBe(`OCI layout ${join(mnt, 'oci')}: cannot write: no space left on device`)
    expect(r.stdout).not.toContain('::group::publish')
    expect(await catalog()).not.toContain('full/app')
  })
})

describe('token expiry during a long push', () => {
  let pki: Pki
  let tokens: TokenServer

  test('tokens that live 3 seconds: the push re-authenticates and completes', async () => {
    pki = makePki(join(work, 'pki'))
    tokens = await startTokenServer({
      pki,
      service: 'svc',
      issuer: 'iss',
      users: { u: 'p4ss-word' },
      lifetime: 3,
      expShift: 60,
    })
    stops.push(() => tokens.stop())
    const reg = await startRegistry({
      dir: join(work, 'reg-token'),
      tls: pki,
      token: { realm: tokens.realm, service: 'svc', issuer: 'iss', pki },
    })
    stops.push(() => reg.stop())
    // Slow every blob request a little, so the push outlives several tokens.
    const slow = await startProxy(reg.port, (await import('node:fs')).readFileSync(pki.caCert))
    stops.push(() => slow.stop())
    slow.rules.push({ match: (_m, p) => p.includes('/blobs/'), fault: { kind: 'delay', ms: 1000 }, times: Infinity })
    const r = await runAction({
      inputs: {
        'working-directory': src,
        image: `${slow.host}/tok/app`,
        push: 'true',
        tags: 'ok',
        platforms: 'linux/amd64,linux/arm64',
        username: 'u',
        password: 'p4ss-word',
      },
      env: { NODE_EXTRA_CA_CERTS: pki.caCert },
    })
    expect(r.code, r.stdout).toBe(0)
    const pushing = slow.seen.filter((s) => s.path.startsWith('/v2/tok/'))
    const unauthorized = pushing.filter((s) => s.status === 401)
    expect(((pushing.at(-1)?.at ?? 0) - (pushing[0]?.at ?? 0)) / 1000).toBeGreaterThan(6) // two token lifetimes
    expect(unauthorized.length).toBeGreaterThan(0) // the registry refused an expired token...
    expect(tokens.requests.filter((t) => t.account === 'u').length).toBeGreaterThan(1) // ...and a new one was fetched
    expect(visibleLog(r)).not.toContain('p4ss-word')
  })
})
