// Each layer of the registry client alone, on the real exchange (http-io.ts) against a scripted
// loopback registry: what it adds, and that it adds nothing else. transport.test.ts drives the
// whole stack; client-io.ts's table says where each operation is retried, and the last tests hold
// it to that.
import { describe, expect, test } from 'vitest'
import type { Digest } from '../../src/lib/oci/digest.js'
import { authorize } from '../../src/lib/registry/authorize.js'
import { RegistryClient } from '../../src/lib/registry/client-io.js'
import { RegistryError } from '../../src/lib/registry/errors.js'
import { Ping, pinged } from '../../src/lib/registry/ping.js'
import { followRedirects } from '../../src/lib/registry/redirect.js'
import { Repository } from '../../src/lib/registry/repository-io.js'
import { checkStatus } from '../../src/lib/registry/status.js'
import { bearer, loopback, type Reply, type Scripted } from './scripted.js'

const { serve, exchange } = loopback()

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as RegistryError,
  )

describe('redirects alone', () => {
  test('followed to the end, the body kept on a 307, Authorization kept on the same host', async () => {
    const s = await serve((req) =>
      req.path === '/a' ? { status: 307, headers: { Location: '/b' } } : { status: 201, body: 'done' },
    )
    const t = followRedirects(exchange())
    const res = await t.send({
      method: 'PUT',
      url: `${s.base}/a`,
      headers: { Authorization: 'Basic x', 'Content-Length': '4' },
      body: () => Buffer.from('data'),
    })
    expect([res.status, await res.text()]).toEqual([201, 'done'])
    expect(s.arrived.map((a) => `${a.method} ${a.path} ${a.body} ${a.headers.authorization}`)).toEqual([
      'PUT /a data Basic x',
      'PUT /b data Basic x',
    ])
  })

  test('a hop to another host drops Authorization; a redirect the caller expects is not followed', async () => {
    const other = await serve(() => ({ status: 200 }), '127.0.0.2')
    const s = await serve(() => ({ status: 302, headers: { Location: `http://${other.host}/blob` } }))
    const t = followRedirects(exchange())
    await t.send({ method: 'GET', url: `${s.base}/x`, headers: { Authorization: 'Bearer t' } })
    expect(other.arrived[0]?.headers.authorization).toBeUndefined()
    const kept = await t.send({ method: 'GET', url: `${s.base}/x`, expect: [302] })
    expect(kept.status).toBe(302)
    expect(other.arrived).toHaveLength(1)
  })

  test('a loop ends after five hops with an error that says so', async () => {
    const s = await serve(() => ({ status: 307, headers: { Location: '/again' } }))
    const e = await rejection(followRedirects(exchange()).send({ method: 'GET', url: `${s.base}/start` }))
    expect(e?.message).toMatch(/too many redirects/)
    expect(s.arrived).toHaveLength(6)
  })
})

describe('status alone', () => {
  test('an expected answer passes; another is an error with the registry’s codes, temporary or not', async () => {
    const s = await serve((req) =>
      req.path === '/ok'
        ? { status: 200 }
        : req.path === '/busy'
          ? { status: 503, headers: { 'Retry-After': '2' } }
          : { status: 404, body: JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'no such tag' }] }) },
    )
    const t = checkStatus(exchange(), () => 0)
    expect((await t.send({ method: 'GET', url: `${s.base}/ok`, expect: [200] })).status).toBe(200)
    const missing = await rejection(t.send({ method: 'GET', url: `${s.base}/gone`, expect: [200] }))
    expect(missing).toBeInstanceOf(RegistryError)
    expect(missing).toMatchObject({ status: 404, codes: ['MANIFEST_UNKNOWN'], temporary: false })
    expect(missing?.message).toBe(`GET ${s.base}/gone gave HTTP 404: MANIFEST_UNKNOWN no such tag`)
    const busy = await rejection(t.send({ method: 'GET', url: `${s.base}/busy`, expect: [200] }))
    expect(busy).toMatchObject({ status: 503, temporary: true, retryAfterMs: 2000 })
    expect(s.arrived).toHaveLength(3)
  })
})

describe('ping alone', () => {
  test('one GET /v2/ for requests that start together; paths go to the base it found', async () => {
    const s = await serve((req) => (req.path === '/v2/' ? { status: 401, headers: bearer(s) } : { status: 200 }))
    const ping = new Ping(s.host, exchange())
    const t = pinged(exchange(), ping)
    await Promise.all([1, 2, 3].map((n) => t.send({ method: 'GET', url: `/v2/app/manifests/${n}` })))
    expect(s.arrived.filter((a) => a.path === '/v2/').length).toBe(1)
    // Loopback without TLS: https was tried (refused by the TLS handshake), then http.
    expect(await ping.baseUrl()).toBe(s.base)
    expect(ping.challenge?.scheme).toBe('bearer')
    expect(s.arrived.map((a) => a.path).sort()).toEqual([
      '/v2/',
      '/v2/app/manifests/1',
      '/v2/app/manifests/2',
      '/v2/app/manifests/3',
    ])
  })

  test('a failed ping is not retried by itself: the next request pings again', async () => {
    let down = true
    const s = await serve((req) => (req.path === '/v2/' && down ? { status: 503 } : { status: 200 }))
    const t = pinged(exchange(), new Ping(s.host, exchange()))
    const e = await rejection(t.send({ method: 'GET', url: '/v2/app/tags/list' }))
    expect(e?.message).toMatch(/does not answer as a registry \(GET \/v2\/ gave HTTP 503\)/)
    expect(e?.temporary).toBe(true)
    expect(s.arrived.map((a) => a.path)).toEqual(['/v2/'])
    down = false
    await t.send({ method: 'GET', url: '/v2/app/tags/list' })
    expect(s.arrived.map((a) => a.path)).toEqual(['/v2/', '/v2/', '/v2/app/tags/list'])
  })
})

describe('auth alone', () => {
  test('a token for the scopes asked; a 401 brings a new token and one more try; a second 401 fails', async () => {
    let refuse = 0
    let issued = 0
    const s = await serve((req): Reply => {
      if (req.path.startsWith('/token')) return { status: 200, body: JSON.stringify({ token: `t${++issued}` }) }
      if (req.path === '/v2/') return { status: 401, headers: bearer(s) }
      if (refuse > 0) {
        refuse--
        return { status: 401, headers: bearer(s) }
      }
      return { status: 200 }
    })
    const ping = new Ping(s.host, exchange())
    await ping.baseUrl()
    const t = authorize(exchange(), { ping, tokenTransport: exchange(), now: Date.now })
    const send = () => t.send({ method: 'GET', url: `${s.base}/v2/app/tags/list`, scopes: ['repository:app:pull'] })
    expect((await send()).status).toBe(200)
    refuse = 1
    expect((await send()).status).toBe(200)
    refuse = 2
    const e = await rejection(send())
    expect(e?.message).toMatch(/rejected|no credentials/)
    const tokens = s.arrived.filter((a) => a.path.startsWith('/token'))
    expect(tokens[0]?.path).toContain('scope=repository%3Aapp%3Apull')
    const sent = s.arrived.filter((a) => a.path === '/v2/app/tags/list').map((a) => a.headers.authorization)
    expect(sent).toEqual(['Bearer t1', 'Bearer t1', 'Bearer t2', 'Bearer t2', 'Bearer t3'])
  })

  test('an absolute URL on another host (an upload Location on storage) gets no credentials', async () => {
    const storage = await serve(() => ({ status: 202 }), '127.0.0.2')
    const s = await serve(() => ({ status: 401, headers: { 'WWW-Authenticate': 'Basic realm="r"' } }))
    const ping = new Ping(s.host, exchange())
    await ping.baseUrl()
    const credential = { kind: 'basic' as const, username: 'u', password: 'p' }
    const t = authorize(exchange(), { ping, credential, tokenTransport: exchange(), now: Date.now })
    await t.send({ method: 'PATCH', url: `http://${storage.host}/upload/1` })
    expect(storage.arrived[0]?.headers.authorization).toBeUndefined()
  })
})

describe('retried at one level', () => {
  const client = (s: Scripted) =>
    new RegistryClient(s.host, { transport: exchange(), retry: { attempts: 3, baseMs: 1, maxMs: 2 } })

  test('a request is retried whole: three attempts, each with its own ping while the registry is down', async () => {
    const s = await serve(() => ({ status: 503 }))
    await rejection(client(s).request({ method: 'GET', url: '/v2/app/tags/list', scopes: [], expect: [200] }))
    expect(s.arrived.map((a) => a.path)).toEqual(['/v2/', '/v2/', '/v2/'])
  })

  test('a blob read for a copy is not retried by itself (the copy is, as one unit)', async () => {
    const s = await serve((req) => (req.path === '/v2/' ? { status: 200 } : { status: 503 }))
    const repo = new Repository(client(s), 'app')
    const digest = `sha256:${'b'.repeat(64)}` as Digest
    const stream = repo.blobSource(digest, 10).open(0, 10)
    const e = await new Promise<Error>((resolve) => stream.on('error', resolve).resume())
    expect(e.message).toMatch(/HTTP 503/)
    expect(s.arrived.filter((a) => a.path.includes('/blobs/')).length).toBe(1)
  })
})
