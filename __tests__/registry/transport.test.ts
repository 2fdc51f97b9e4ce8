// The registry transport's layers against a scripted loopback registry: scopes per operation,
// tokens per scope set (fetched once however many ask, refreshed by their own lifetime), 401
// handling, redirects as the Fetch standard says, and bodies that fail when cut or stalled.
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { describe, expect, test } from 'vitest'
import { MediaType } from '../../src/lib/oci/descriptor.js'
import type { Digest } from '../../src/lib/oci/digest.js'
import { RegistryClient } from '../../src/lib/registry/client-io.js'
import { RegistryError } from '../../src/lib/registry/errors.js'
import { Repository } from '../../src/lib/registry/repository-io.js'
import { type Arrived, bearer, loopback, type Reply, type Scripted, scopesOf } from './scripted.js'

const DIGEST = `sha256:${'a'.repeat(64)}` as Digest
const { serve, exchange } = loopback()

function client(s: Scripted, opts: { now?: () => number; idleMs?: number; credential?: boolean } = {}) {
  return new RegistryClient(s.host, {
    transport: exchange(opts.idleMs ?? 5000),
    retry: { attempts: 3, baseMs: 1, maxMs: 5 },
    ...(opts.credential === false ? {} : { credential: { kind: 'basic', username: 'u', password: 'p' } }),
    ...(opts.now ? { now: opts.now } : {}),
  })
}

/** A token registry: /token hands out `t<n>` for the scopes asked; /v2/ paths want a Bearer token. */
function tokenRegistry(
  s: () => Scripted,
  opts: { expiresIn?: number; onV2?: (req: Arrived) => Reply | undefined } = {},
) {
  let issued = 0
  return (req: Arrived): Reply => {
    if (req.path.startsWith('/token')) {
      issued++
      return {
        status: 200,
        body: JSON.stringify({ token: `t${issued}`, ...(opts.expiresIn ? { expires_in: opts.expiresIn } : {}) }),
      }
    }
    if (req.path === '/v2/') return { status: 401, headers: bearer(s()) }
    if (!req.headers.authorization?.startsWith('Bearer ')) return { status: 401, headers: bearer(s()) }
    return opts.onV2?.(req) ?? { status: 404 }
  }
}

describe('scopes per operation', () => {
  test(
    'a repository opened to read asks for pull only; one opened to write for push,pull; a mount adds ' +
      'pull on its source',
    async () => {
      let s!: Scripted
      s = await serve(
        tokenRegistry(() => s, {
          onV2: (req) =>
            req.method === 'POST' ? { status: 201, headers: { Location: '/v2/team/app/blobs/x' } } : { status: 404 },
        }),
      )
      const c = client(s)
      await new Repository(c, 'library/alpine').hasBlob(DIGEST)
      const target = new Repository(c, 'team/app', { access: 'push' })
      const desc = { mediaType: MediaType.layerGzip, digest: DIGEST, size: 1 }
      expect(await target.pushBlob(desc, { size: 1, open: () => null as never }, 'team/base')).toBe('mounted')
      const tokenScopes = s.arrived.filter((a) => a.path.startsWith('/token')).map((a) => scopesOf(a.path))
      expect(tokenScopes).toEqual([
        ['repository:library/alpine:pull'],
        ['repository:team/app:push,pull'],
        ['repository:team/app:push,pull', 'repository:team/base:pull'],
      ])
    },
  )

  test('four requests that start together with a new scope set fetch one token', async () => {
    let s!: Scripted
    s = await serve(tokenRegistry(() => s))
    const repo = new Repository(client(s), 'team/app', { access: 'push' })
    await Promise.all([1, 2, 3, 4].map(() => repo.hasBlob(DIGEST)))
    expect(s.arrived.filter((a) => a.path.startsWith('/token'))).toHaveLength(1)
    expect(s.arrived.filter((a) => a.method === 'HEAD').every((a) => a.headers.authorization === 'Bearer t1')).toBe(
      true,
    )
  })

  test(
    'a token is used for its own lifetime (3 s), then a new one is fetched before the ' + 'registry refuses it',
    async () => {
      let now = 1_000_000
      let s!: Scripted
      s = await serve(tokenRegistry(() => s, { expiresIn: 3 }))
      const repo = new Repository(client(s, { now: () => now }), 'team/app')
      await repo.hasBlob(DIGEST)
      now += 2000
      await repo.hasBlob(DIGEST)
      now += 300 // 2.3 s: within the last quarter of its life
      await repo.hasBlob(DIGEST)
      const heads = s.arrived.filter((a) => a.method === 'HEAD').map((a) => a.headers.authorization)
      expect(heads).toEqual(['Bearer t1', 'Bearer t1', 'Bearer t2'])
      expect(s.arrived.filter((a) => a.path.startsWith('/v2/team')).every((a) => a.headers.authorization)).toBe(true)
    },
  )

  test('a refused token is replaced once; a second refusal for insufficient scope says which scope', async () => {
    let s!: Scripted
    s = await serve((req) => {
      if (req.path.startsWith('/token')) return { status: 200, body: JSON.stringify({ token: 'narrow' }) }
      return { status: 401, headers: bearer(s, ',error="insufficient_scope"') }
    })
    const err = await new Repository(client(s), 'team/app', { access: 'push' }).hasBlob(DIGEST).catch((e: Error) => e)
    expect((err as Error).message).toBe(
      `authentication to ${s.host} failed: the token does not grant repository:team/app:push,pull; check ` +
        `that the credentials may read this repository`,
    )
    expect(s.arrived.filter((a) => a.path.startsWith('/token'))).toHaveLength(2)
  })

  test('a header offering Basic and Bearer: Bearer is used with its own realm', async () => {
    let s!: Scripted
    s = await serve((req) => {
      if (req.path.startsWith('/token')) return { status: 200, body: JSON.stringify({ token: 'b1' }) }
      const challenge = { 'WWW-Authenticate': `Basic realm="basic", Bearer realm="${s.base}/token",service="svc"` }
      if (req.headers.authorization !== 'Bearer b1') return { status: 401, headers: challenge }
      return { status: 200 }
    })
    expect(await new Repository(client(s), 'team/app').hasBlob(DIGEST)).toBe(true)
    expect(
      new URL(s.arrived.find((a) => a.path.startsWith('/token'))!.path, 'http://x').searchParams.get('service'),
    ).toBe('svc')
  })

  test('an identity-token exchange that fails names POST', async () => {
    let s!: Scripted
    s = await serve((req) => (req.path.startsWith('/token') ? { status: 500 } : { status: 401, headers: bearer(s) }))
    const c = new RegistryClient(s.host, {
      transport: exchange(),
      credential: { kind: 'identity', username: '<token>', token: 'rt' },
      retry: { attempts: 1, baseMs: 1, maxMs: 1 },
    })
    const err = (await new Repository(c, 'team/app').hasBlob(DIGEST).catch((e: Error) => e)) as RegistryError
    expect(err.message).toBe(`token request POST ${s.base}/token failed with HTTP 500`)
  })
})

describe('redirects (Fetch standard)', () => {
  async function redirected(status: number, method: string, body?: Buffer) {
    const s = await serve((req) => {
      if (req.path === '/v2/') return { status: 200 }
      if (req.path.startsWith('/v2/team/app/first')) return { status, headers: { Location: '/v2/team/app/second' } }
      return { status: 201 }
    })
    const c = client(s, { credential: false })
    await c.request({
      method,
      url: '/v2/team/app/first',
      scopes: [],
      headers: {
        'Content-Type': 'application/octet-stream',
        ...(body ? { 'Content-Length': String(body.byteLength) } : {}),
      },
      ...(body ? { body: () => body } : {}),
      expect: [201],
    })
    return s.arrived.find((a) => a.path === '/v2/team/app/second') as Arrived
  }

  test.each([
    ['307 replays a PUT with its body', 307, 'PUT', 'PUT', 'payload'],
    ['308 replays a PATCH with its body', 308, 'PATCH', 'PATCH', 'payload'],
    ['302 keeps a PUT a PUT, with its body', 302, 'PUT', 'PUT', 'payload'],
    ['301 turns a POST into a GET without body or Content-Length', 301, 'POST', 'GET', ''],
    ['303 turns a PUT into a GET without body or Content-Length', 303, 'PUT', 'GET', ''],
  ])('%s', async (_l, status, method, then, body) => {
    const second = await redirected(status, method, Buffer.from('payload'))
    expect(second.method).toBe(then)
    expect(second.body.toString()).toBe(body)
    if (!body) {
      expect(second.headers['content-length']).toBeUndefined()
      expect(second.headers['content-type']).toBeUndefined()
    }
  })

  test('Authorization goes only to the registry host, not to the host a redirect names', async () => {
    const storage = await serve(() => ({ status: 200, body: 'blob' }), '127.0.0.2')
    const s = await serve((req): Reply => {
      if (req.path === '/v2/') return { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="r"' } }
      return { status: 307, headers: { Location: `http://${storage.host}/blob` } }
    })
    const res = await client(s).request({
      method: 'GET',
      url: `/v2/team/app/blobs/${DIGEST}`,
      scopes: [],
      expect: [200],
    })
    expect(await res.text()).toBe('blob')
    expect(s.arrived.at(-1)?.headers.authorization).toMatch(/^Basic /)
    expect(storage.arrived.at(-1)?.headers.authorization).toBeUndefined()
  })
})

describe('bodies that are cut or stall', () => {
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.manifest,
      config: { mediaType: MediaType.config, digest: `sha256:${'c'.repeat(64)}`, size: 2 },
      layers: [],
    }),
  )
  const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`

  test('a manifest cut after 20 bytes is a temporary error, and the retry reads it whole', async () => {
    const s = await serve((req, n) => {
      if (req.path === '/v2/') return { status: 200 }
      return {
        status: 200,
        headers: { 'Content-Type': MediaType.manifest },
        body: manifest,
        ...(n === 2 ? { cutAfter: 20 } : {}),
      }
    })
    const got = await new Repository(client(s, { credential: false }), 'team/app').getManifest(digest)
    expect(got?.descriptor.digest).toBe(digest)
    expect(s.arrived.filter((a) => a.path.includes('/manifests/'))).toHaveLength(2)
  })

  test.each([
    [
      'cut',
      { cutAfter: 100 },
      new RegExp(
        String.raw`^GET http:\/\/127\.0\.0\.1:\d+\/v2\/team\/app\/blobs\/sha256:a{64}: the response body was` +
          String.raw` cut after 100 of 1000 bytes$`,
      ),
    ],
    [
      'stalled',
      { stallAfter: 100 },
      /^GET http:\/\/127\.0\.0\.1:\d+\/v2\/team\/app\/blobs\/sha256:a{64}: no byte of the response body for 0\.3 s$/,
    ],
  ])('a blob stream %s mid-way fails, temporary, naming the blob', async (_l, fault, message) => {
    const s = await serve((req) =>
      req.path === '/v2/' ? { status: 200 } : { status: 200, body: Buffer.alloc(1000, 1), ...fault },
    )
    const stream = new Repository(client(s, { credential: false, idleMs: 300 }), 'team/app')
      .blobSource(DIGEST, 1000)
      .open(0, 1000)
    const err = await (async () => {
      for await (const _ of stream) {
        // read until it fails
      }
    })().catch((e: RegistryError) => e)
    expect(err).toBeInstanceOf(RegistryError)
    expect((err as RegistryError).temporary).toBe(true)
    expect((err as RegistryError).message).toMatch(message)
  })
})

describe('referrers', () => {
  test.each([
    ['404: no referrers API', { status: 404, body: '404 page not found' }, undefined],
    ['a false 200 that is not an index', { status: 200, body: '{}' }, undefined],
    ['an empty listing', { status: 200, body: JSON.stringify({ schemaVersion: 2, manifests: [] }) }, []],
  ])('%s', async (_l, reply, expected) => {
    const s = await serve((req) => (req.path === '/v2/' ? { status: 200 } : reply))
    expect(await new Repository(client(s, { credential: false }), 'team/app').referrers(DIGEST)).toEqual(expected)
  })
})

describe('resume within a session', () => {
  test(
    'a PATCH that fails resumes from the Range the session reports, with ' + 'Content-Range and only the rest',
    async () => {
      const bytes = Buffer.from(Array.from({ length: 300 }, (_, i) => i % 251))
      const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}` as Digest
      let patches = 0
      const s = await serve((req): Reply => {
        if (req.path === '/v2/') return { status: 200 }
        if (req.method === 'HEAD') return { status: 404 }
        if (req.method === 'POST') return { status: 202, headers: { Location: '/v2/team/app/blobs/uploads/s1' } }
        if (req.method === 'PATCH')
          return ++patches === 1
            ? { status: 503 }
            : { status: 202, headers: { Location: '/v2/team/app/blobs/uploads/s1', Range: '0-299' } }
        if (req.method === 'GET')
          return { status: 204, headers: { Location: '/v2/team/app/blobs/uploads/s1', Range: '0-99' } }
        return { status: 201, headers: { 'Docker-Content-Digest': digest } }
      })
      const repo = new Repository(client(s, { credential: false }), 'team/app', {
        access: 'push',
        upload: { putMax: 100, chunkSize: 100, resumes: 2 },
      })
      const source = { size: 300, open: (a: number, b: number) => Readable.from([bytes.subarray(a, b)]) }
      expect(await repo.pushBlob({ mediaType: MediaType.layerGzip, digest, size: 300 }, source)).toBe('uploaded')
      const session = s.arrived.filter((a) => a.path.startsWith('/v2/team/app/blobs/uploads/s1'))
      expect(session.map((a) => a.method)).toEqual(['PATCH', 'GET', 'PATCH', 'PUT'])
      expect(session[0]?.headers['transfer-encoding']).toBe('chunked')
      expect(session[2]?.headers['content-range']).toBe('100-299')
      expect(session[2]?.body.equals(bytes.subarray(100))).toBe(true)
      expect(session[3]?.path).toBe(`/v2/team/app/blobs/uploads/s1?digest=${encodeURIComponent(digest)}`)
    },
  )

  const uploadInvalid: Reply = {
    status: 404,
    body: JSON.stringify({ errors: [{ code: 'BLOB_UPLOAD_INVALID', message: 'invalid' }] }),
  }

  /** 50 bytes pushed in 10-byte chunks with 2 resumes; the error it fails with. */
  const failedPush = async (s: Scripted) => {
    const repo = new Repository(client(s, { credential: false }), 'team/app', {
      access: 'push',
      upload: { putMax: 10, chunkSize: 10, resumes: 2 },
    })
    const blob = { size: 50, open: () => Readable.from([Buffer.alloc(50)]) }
    return (await repo
      .pushBlob({ mediaType: MediaType.layerGzip, digest: DIGEST, size: 50 }, blob)
      .catch((e: unknown) => e)) as RegistryError
  }

  test(
    'a session the registry no longer knows (404 on its state) fails as temporary, so ' + 'the caller starts a new one',
    async () => {
      const s = await serve((req): Reply => {
        if (req.path === '/v2/') return { status: 200 }
        if (req.method === 'HEAD') return { status: 404 }
        if (req.method === 'POST') return { status: 202, headers: { Location: '/v2/team/app/blobs/uploads/s2' } }
        if (req.method === 'PATCH') return { status: 503 }
        if (req.method === 'GET') return uploadInvalid
        return { status: 204 }
      })
      const err = await failedPush(s)
      expect(err.temporary).toBe(true)
      expect(err.message).toMatch(
        /upload session lost \(after PATCH .* gave HTTP 503.*, the registry answered HTTP 404 for its state\)/,
      )
      // The abandoned session was cancelled.
      expect(s.arrived.at(-1)?.method).toBe('DELETE')
    },
  )

  test(
    'a session that still stands when asked, then refuses the resume (404): lost, told after the ' +
      'failure that sent it to resume',
    async () => {
      let patches = 0
      const s = await serve((req): Reply => {
        if (req.path === '/v2/') return { status: 200 }
        if (req.method === 'HEAD') return { status: 404 }
        if (req.method === 'POST') return { status: 202, headers: { Location: '/v2/team/app/blobs/uploads/s3' } }
        // The first PATCH fails; the registry, not yet done with it, still shows the session.
        if (req.method === 'PATCH' && ++patches === 1) return { status: 503 }
        if (req.method === 'GET') return { status: 204, headers: { Range: '0-0' } }
        if (req.method === 'PATCH') return uploadInvalid
        return { status: 204 }
      })
      const err = await failedPush(s)
      expect(err.temporary).toBe(true)
      expect(err.message).toMatch(/upload session lost \(after PATCH .* gave HTTP 503.*, PATCH .* gave HTTP 404/)
      expect(s.arrived.filter((a) => a.method === 'PATCH')).toHaveLength(2)
    },
  )
})

describe('the ping, retried at one level only', () => {
  test('a registry that is down (503): one ping per attempt of the request, not attempts squared', async () => {
    const s = await serve(() => ({ status: 503 }))
    const c = client(s, { credential: false })
    await expect(
      c.request({ method: 'GET', url: '/v2/team/app/manifests/v1', scopes: [], expect: [200] }),
    ).rejects.toThrow(/does not answer as a registry \(GET \/v2\/ gave HTTP 503\)/)
    expect(s.arrived.filter((a) => a.path === '/v2/')).toHaveLength(3)
  })

  test('a registry back after two busy answers: the request’s retries carry it', async () => {
    const s = await serve((req, n) => (req.path === '/v2/' && n <= 2 ? { status: 503 } : { status: 200, body: '{}' }))
    const c = client(s, { credential: false })
    const res = await c.request({ method: 'GET', url: '/v2/team/app/manifests/v1', scopes: [], expect: [200] })
    await res.discard()
    expect(s.arrived.map((a) => a.path)).toEqual(['/v2/', '/v2/', '/v2/', '/v2/team/app/manifests/v1'])
  })
})
