// Faults at the byte level, through dist/main.js: a response cut after N bytes (a base image's
// layer, its manifest, a merge source's blob), a request body forwarded in part and then dropped,
// a response that stalls past the idle timeout, a tag that cannot be written. Each ends in
// success after a retry, or in a failed step that names what failed, in bounded time; never
// exit 0 with nothing done.

import { createHash, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type ActionRun, errorLines, nodes, ROOT, runAction } from './action.js'
import { makeBaseLayout } from './base-image.js'
import { run } from './oci-tools.js'
import { makePki, type Pki } from './pki.js'
import { type FaultProxy, startProxy } from './proxy.js'
import { type RunningRegistry, startRegistry } from './registry.js'
import { startTokenServer, type TokenServerOptions } from './token-server.js'

let work: string
let registry: RunningRegistry
let proxy: FaultProxy
let host: string
let base: string
let baseLayer: { digest: string; size: number }
const stops: (() => Promise<void>)[] = []

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-faults-'))
  registry = await startRegistry({ dir: join(work, 'registry') })
  stops.push(() => registry.stop())
  proxy = await startProxy(registry.port)
  stops.push(() => proxy.stop())
  host = proxy.host
  // A base whose one layer is about 1 MB, so a download can be cut 200 KB in.
  await makeBaseLayout(join(work, 'base'), undefined, randomBytes(1 << 20))
  await run('skopeo', [
    'copy',
    '--all',
    '--dest-tls-verify=false',
    `oci:${join(work, 'base')}:base`,
    `docker://${registry.host}/base/big:1`,
  ])
  const raw = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/base/big:1`])
  base = `${host}/base/big@sha256:${createHash('sha256').update(raw).digest('hex')}`
  const amd64 = JSON.parse(raw).manifests[0].digest
  const manifest = JSON.parse(
    await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/base/big@${amd64}`]),
  )
  baseLayer = manifest.layers[0]
})
afterAll(async () => {
  for (const s of stops.reverse()) await s()
})

function build(inputs: Record<string, string>, env: Record<string, string> = {}, node?: string): Promise<ActionRun> {
  return runAction({
    ...(node ? { node } : {}),
    // Unstripped: the faults need program layers over 4 MiB (a streamed PATCH) and pushes that last.
    inputs: {
      'working-directory': join(ROOT, 'examples/hello'),
      platforms: 'linux/amd64,linux/arm64',
      push: 'true',
      tags: 'v1',
      strip: 'false',
      ...inputs,
    },
    env: { SOURCE_DATE_EPOCH: '1700000000', ...env },
    timeoutMs: 120_000,
  })
}

const blobGet = (digest: string) => (m: string, p: string) => m === 'GET' && p.endsWith(`/blobs/${digest}`)

async function tagDigest(repo: string, tag: string): Promise<string | undefined> {
  const raw = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${host}/${repo}:${tag}`]).catch(
    () => undefined,
  )
  return raw === undefined ? undefined : `sha256:${createHash('sha256').update(raw).digest('hex')}`
}

describe('a base image whose download breaks', () => {
  test('its layer cut after 200 KB (under Node 24): retried, the image is pushed and the outputs are set', async () => {
    proxy.rules.push({ match: blobGet(baseLayer.digest), fault: { kind: 'cut-response', after: 200 * 1024 }, times: 1 })
    const r = await build({ 'base-image': base, image: `${host}/cut/layer` }, {}, nodes()[1]!.path)
    expect(r.code, r.stdout).toBe(0)
    expect(proxy.seen.filter((s) => s.status === -3)).toHaveLength(1)
    expect(r.stdout).toMatch(
      new RegExp(
        `retrying after GET .*/blobs/${baseLayer.digest}: the response body was cut after \\d+ of ` +
          `${baseLayer.size} bytes`,
      ),
    )
    expect(r.outputs.digest).toMatch(/^sha256:/)
    expect(await tagDigest('cut/layer', 'v1')).toBe(r.outputs.digest)
  })

  test('its layer cut every time: the step fails naming the blob, in bounded time, and nothing is tagged', async () => {
    proxy.rules.push({
      match: blobGet(baseLayer.digest),
      fault: { kind: 'cut-response', after: 200 * 1024 },
      times: Infinity,
    })
    const started = Date.now()
    const r = await build({ 'base-image': base, image: `${host}/cut/always` })
    proxy.rules.length = 0
    expect(r.code).toBe(1)
    expect(Date.now() - started).toBeLessThan(90_000)
    expect(errorLines(r.stdout)[0]).toMatch(
      new RegExp(
        `^GET http://${host}/v2/base/big/blobs/${baseLayer.digest}: the response body was cut after \\d+ of ` +
          `${baseLayer.size} bytes$`,
      ),
    )
    expect(r.outputs.digest).toBeUndefined()
    expect(await tagDigest('cut/always', 'v1')).toBeUndefined()
  })

  test('its index cut after 100 bytes: retried, pushed', async () => {
    proxy.rules.push({
      match: (m, p) => m === 'GET' && p.startsWith('/v2/base/big/manifests/'),
      fault: { kind: 'cut-response', after: 100 },
      times: 1,
    })
    const r = await build({ 'base-image': base, image: `${host}/cut/index` })
    expect(r.code, r.stdout).toBe(0)
    expect(proxy.seen.filter((s) => s.status === -3)).not.toHaveLength(0)
    expect(await tagDigest('cut/index', 'v1')).toBe(r.outputs.digest)
  })

  test('its layer stalls past the idle timeout (2 s): retried, pushed', async () => {
    proxy.rules.push({
      match: blobGet(baseLayer.digest),
      fault: { kind: 'stall-response', after: 100 * 1024 },
      times: 1,
    })
    const r = await build({ 'base-image': base, image: `${host}/stall/layer` }, { BUILD_GO_IMAGE_IDLE_TIMEOUT: '2' })
    expect(r.code, r.stdout).toBe(0)
    expect(r.stdout).toMatch(/retrying after GET .*: no byte of the response body for 2 s/)
    expect(await tagDigest('stall/layer', 'v1')).toBe(r.outputs.digest)
  })

  test('its layer stalls every time: the step fails naming the blob in bounded time', async () => {
    proxy.rules.push({
      match: blobGet(baseLayer.digest),
      fault: { kind: 'stall-response', after: 100 * 1024 },
      times: Infinity,
    })
    const started = Date.now()
    const r = await build({ 'base-image': base, image: `${host}/stall/always` }, { BUILD_GO_IMAGE_IDLE_TIMEOUT: '1' })
    proxy.rules.length = 0
    expect(r.code).toBe(1)
    expect(Date.now() - started).toBeLessThan(90_000)
    expect(errorLines(r.stdout)[0]).toMatch(
      new RegExp(`^GET http://${host}/v2/base/big/blobs/${baseLayer.digest}: no byte of the response body for 1 s`),
    )
  })
})

describe('uploads that break', () => {
  test(
    'PUT and PATCH bodies forwarded in part, then dropped (under Node 24): new sessions carry them; the ' +
      'image is complete',
    async () => {
      proxy.rules.push(
        {
          match: (m, p, h) =>
            m === 'PUT' && p.includes('/cut/upload/blobs/uploads/') && Number(h['content-length'] ?? 0) > 100_000,
          fault: { kind: 'cut-request', after: 100_000 },
          times: 2,
        },
        {
          match: (m, p) => m === 'PATCH' && p.includes('/cut/upload/blobs/uploads/'),
          fault: { kind: 'cut-request', after: 1_000_000 },
          times: 1,
        },
      )
      // 3 platforms and -X, so the layers are new; arm/v7's program layer is over 4 MiB (a PATCH).
      const r = await build(
        {
          image: `${host}/cut/upload`,
          platforms: 'linux/amd64,linux/arm64,linux/arm/v7',
          ldflags: '-X main.version=cut',
        },
        {},
        nodes()[1]!.path,
      )
      expect(r.code, r.stdout).toBe(0)
      const cut = proxy.seen.filter((s) => s.status === -5)
      expect(cut.map((s) => s.method).sort()).toEqual(['PATCH', 'PUT', 'PUT'])
      const back = await mkdtemp(join(work, 'upload-back-'))
      await run('skopeo', [
        'copy',
        '--all',
        '--src-tls-verify=false',
        `docker://${host}/cut/upload:v1`,
        `oci:${back}:v1`,
      ])
      expect(await tagDigest('cut/upload', 'v1')).toBe(r.outputs.digest)
      proxy.rules.length = 0
    },
  )
})

describe('tagging that fails part way', () => {
  test('the error, the log and the job summary say which tags moved; the registry agrees', async () => {
    const repo = 'tags/partial'
    proxy.rules.push({
      match: (m, p) => m === 'PUT' && p === `/v2/${repo}/manifests/b`,
      fault: {
        kind: 'status',
        status: 400,
        body: JSON.stringify({ errors: [{ code: 'TAG_INVALID', message: 'refused' }] }),
      },
      times: Infinity,
    })
    const r = await build({ image: `${host}/${repo}`, tags: 'a\nb\nc\nd\ne\nf' })
    proxy.rules.length = 0
    expect(r.code).toBe(1)
    const line = errorLines(r.stdout).find((l) => l.startsWith('tagging stopped')) as string
    expect(line).toMatch(
      new RegExp(
        `^tagging stopped at ${host}/${repo}:b: PUT .* gave HTTP 400: TAG_INVALID refused; tags moved: .*; not moved: `,
      ),
    )
    const moved = /tags moved: ([^;]*)/.exec(line)?.[1]?.split(', ') ?? []
    const notMoved = /not moved: (.*)$/.exec(line)?.[1]?.split(', ') ?? []
    expect([...moved, ...notMoved].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((t) => `${host}/${repo}:${t}`))
    expect(notMoved).toContain(`${host}/${repo}:b`)
    for (const t of moved) expect(await tagDigest(repo, t.split(':').pop() as string)).toMatch(/^sha256:/)
    for (const t of notMoved) expect(await tagDigest(repo, t.split(':').pop() as string)).toBeUndefined()
    expect(r.summary).toContain('tagging stopped')
    for (const t of moved) expect(r.summary).toContain(`<tr><td><code>${t}</code></td><td>moved</td></tr>`)
    expect(r.summary).toContain(`<tr><td><code>${host}/${repo}:b</code></td><td>not moved</td></tr>`)
  })
})

describe('merge: a platform image copied from another registry whose blob download is cut', () => {
  test('retried; the target holds every platform', async () => {
    const other = await startRegistry({ dir: join(work, 'registry-2') })
    stops.push(() => other.stop())
    const otherProxy = await startProxy(other.port)
    stops.push(() => otherProxy.stop())
    const built = await build({
      image: `${host}/merge/src`,
      platforms: 'linux/arm64',
      'push-by-digest': 'true',
      tags: '',
    })
    expect(built.code, built.stdout).toBe(0)
    const layers = JSON.parse(
      await run('skopeo', [
        'inspect',
        '--raw',
        '--tls-verify=false',
        `docker://${host}/merge/src@${built.outputs.digest}`,
      ]),
    ).layers
    const program = layers.at(-1) as { digest: string; size: number }
    proxy.rules.push({ match: blobGet(program.digest), fault: { kind: 'cut-response', after: 300 * 1024 }, times: 1 })
    const r = await runAction({
      inputs: {
        image: `${otherProxy.host}/merge/dst`,
        merge: `${host}/merge/src@${built.outputs.digest}`,
        push: 'true',
        tags: 'merged',
      },
      timeoutMs: 120_000,
    })
    expect(r.code, r.stdout).toBe(0)
    expect(proxy.seen.filter((s) => s.status === -3)).not.toHaveLength(0)
    expect(r.stdout).toMatch(/retrying after .*the response body was cut/)
    const back = await mkdtemp(join(work, 'merge-back-'))
    await run('skopeo', [
      'copy',
      '--all',
      '--src-tls-verify=false',
      `docker://${otherProxy.host}/merge/dst:merged`,
      `oci:${back}:m`,
    ])
  })
})

describe('token servers', () => {
  const user = { u: 'p4ss-word' }
  let pki: Pki

  /** A token-auth registry holding a read-only base, with the given policy for push asked there. */
  async function tokenRegistry(name: string, opts: Partial<TokenServerOptions> = {}) {
    pki ??= makePki(join(work, 'pki'))
    const options: TokenServerOptions = { pki, service: 'svc', issuer: 'iss', users: user, ...opts }
    const readOnly = options.readOnly
    delete options.readOnly // the base is pushed first, with full rights
    const tokens = await startTokenServer(options)
    stops.push(() => tokens.stop())
    const reg = await startRegistry({
      dir: join(work, name),
      tls: pki,
      token: { realm: tokens.realm, service: 'svc', issuer: 'iss', pki },
    })
    stops.push(() => reg.stop())
    await run('skopeo', [
      'copy',
      '--all',
      '--dest-cert-dir',
      pki.certDir,
      '--dest-creds',
      'u:p4ss-word',
      `oci:${join(work, 'base')}:base`,
      `docker://${reg.host}/library/base:1`,
    ])
    if (readOnly) options.readOnly = readOnly
    return { tokens, reg }
  }

  function pushOn(inputs: Record<string, string>): Promise<ActionRun> {
    return build({ username: 'u', password: 'p4ss-word', ...inputs }, { NODE_EXTRA_CA_CERTS: pki.caCert })
  }

  test(
    'one that refuses push on a read-only repository: the base is read with pull scope only, and the ' +
      'push succeeds',
    async () => {
      const { tokens, reg } = await tokenRegistry('reg-refuse', {
        readOnly: { repositories: ['library/base'], policy: 'refuse' },
      })
      const before = tokens.requests.length
      const r = await pushOn({ 'base-image': `${reg.host}/library/base:1`, image: `${reg.host}/team/app` })
      expect(r.code, r.stdout).toBe(0)
      const asked = tokens.requests
        .slice(before)
        .flatMap((t) => t.scopes)
        .filter((s) => s.includes('library/base'))
      expect(asked.length).toBeGreaterThan(0)
      expect(asked.every((s) => s === 'repository:library/base:pull')).toBe(true)
      expect(tokens.requests.slice(before).some((t) => t.refused)).toBe(false)
    },
  )

  test(
    'one that narrows: a push to the read-only repository fails naming the scope it ' + 'lacks, and nothing is tagged',
    async () => {
      const { reg } = await tokenRegistry('reg-narrow', {
        readOnly: { repositories: ['library/base'], policy: 'narrow' },
      })
      const r = await pushOn({ image: `${reg.host}/library/base`, tags: 'hijack' })
      expect(r.code).toBe(1)
      expect(errorLines(r.stdout)[0]).toBe(
        `authentication to ${reg.host} failed: the token does not grant repository:library/base:push,pull; ` +
          `check that the credentials may write this repository`,
      )
      const tags = JSON.parse(
        await run('skopeo', [
          'list-tags',
          '--cert-dir',
          pki.certDir,
          '--creds',
          'u:p4ss-word',
          `docker://${reg.host}/library/base`,
        ]),
      ).Tags
      expect(tags).toEqual(['1'])
    },
  )

  test('tokens that really expire after 3 s (no floor): fetched again as they age, the push completes', async () => {
    const { tokens, reg } = await tokenRegistry('reg-expiry', { lifetime: 3, expShift: 60 })
    const slow = await startProxy(reg.port, readFileSync(pki.caCert))
    stops.push(() => slow.stop())
    // Slow enough that the push outlives two tokens whatever the machine's speed (at 700 ms one CI
    // run pushed in 5.75 s, under the 6 s this test needs to mean anything).
    slow.rules.push({ match: (_m, p) => p.includes('/blobs/'), fault: { kind: 'delay', ms: 1000 }, times: Infinity })
    const before = tokens.requests.length
    const started = Date.now()
    const r = await pushOn({ image: `${slow.host}/tok/app`, platforms: 'linux/amd64,linux/arm64' })
    const seconds = (Date.now() - started) / 1000
    expect(r.code, r.stdout).toBe(0)
    const fetched = tokens.requests.slice(before).filter((t) => t.account === 'u').length
    // A token lives 3 s and is replaced in its last quarter: at least one fetch per 3 s of pushing.
    expect(seconds).toBeGreaterThan(6)
    expect(fetched).toBeGreaterThanOrEqual(Math.floor(seconds / 3))
    expect(
      await run('skopeo', [
        'inspect',
        '--raw',
        '--cert-dir',
        pki.certDir,
        '--creds',
        'u:p4ss-word',
        `docker://${reg.host}/tok/app:v1`,
      ]),
    ).toContain('manifests')
  })
})
