// Blob uploads against the real registry, behind the proxy with hosted registries' profiles:
// the style chosen per blob, the ladder down when a registry refuses a body as too large, resume
// from the registry's Range, and a new session when the old one is gone.

import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { MediaType } from '../../src/lib/oci/descriptor.js'
import type { Digest } from '../../src/lib/oci/digest.js'
import { RegistryClient } from '../../src/lib/registry/client-io.js'
import { Repository } from '../../src/lib/registry/repository-io.js'
import type { Transport } from '../../src/lib/registry/transport.js'
import { withRetry } from '../../src/lib/retry.js'
import { httpTransport } from '../../src/registry/http-io.js'
import { type FaultProxy, startProxy } from '../e2e/proxy.js'
import { type RunningRegistry, startRegistry } from '../e2e/registry.js'
import type { ProfileName } from '../e2e/registry-profiles.js'

const MiB = 1 << 20
let registry: RunningRegistry
const proxies = new Map<ProfileName, FaultProxy>()
const transport = httpTransport('build-go-image-test', 5000)

beforeAll(async () => {
  registry = await startRegistry({ dir: await mkdtemp(join(tmpdir(), 'bgi-upload-')) })
  for (const p of ['plain', 'ghcr', 'ecr', 'gar', 'capped'] as const)
    proxies.set(p, await startProxy(registry.port, undefined, { profile: p }))
})
afterAll(async () => {
  transport.close()
  for (const p of proxies.values()) await p.stop()
  await registry.stop()
})

function blob(size: number) {
  const bytes = randomBytes(size)
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}` as Digest
  return {
    desc: { mediaType: MediaType.layerGzip, digest, size },
    source: { size, open: (start: number, end: number) => Readable.from([bytes.subarray(start, end)]) },
    bytes,
  }
}

/** A fresh client (its own upload hints) through the proxy of a profile. */
function repo(
  profile: ProfileName,
  name: string,
  upload = { putMax: 4 * MiB, chunkSize: 4 * MiB, resumes: 3 },
  through: Transport = transport,
) {
  const proxy = proxies.get(profile) as FaultProxy
  const client = new RegistryClient(proxy.host, { transport: through, retry: { attempts: 4, baseMs: 20, maxMs: 100 } })
  return { proxy, client, repo: new Repository(client, name, { access: 'push', upload }) }
}

/** As Publication does: the whole blob push retried as one unit. */
function push(r: Repository, b: ReturnType<typeof blob>) {
  return withRetry(() => r.pushBlob(b.desc, b.source), { attempts: 4, baseMs: 20, maxMs: 100 })
}

async function stored(name: string, digest: string): Promise<Buffer> {
  const res = await fetch(`http://${registry.host}/v2/${name}/blobs/${digest}`)
  expect(res.status).toBe(200)
  return Buffer.from(await res.arrayBuffer())
}

function since(proxy: FaultProxy, before: number) {
  return proxy.seen.slice(before).filter((s) => s.path.includes('/blobs/uploads/'))
}

describe('upload styles', () => {
  test('up to 4 MiB: one PUT with the body; above: one PATCH streamed without Content-Length, then PUT', async () => {
    const { proxy, repo: r } = repo('plain', 'style/a')
    const small = blob(1 * MiB)
    const big = blob(9 * MiB)
    const before = proxy.seen.length
    expect(await push(r, small)).toBe('uploaded')
    const mid = proxy.seen.length
    expect(await push(r, big)).toBe('uploaded')
    const smallSeen = proxy.seen.slice(before, mid).filter((s) => s.path.includes('/blobs/uploads/'))
    expect(smallSeen.map((s) => [s.method, s.bytesIn])).toEqual([
      ['POST', 0],
      ['PUT', 1 * MiB],
    ])
    const bigSeen = since(proxy, mid)
    expect(bigSeen.map((s) => s.method)).toEqual(['POST', 'PATCH', 'PUT'])
    expect(bigSeen[1]).toMatchObject({ chunked: true, bytesIn: 9 * MiB })
    expect(bigSeen[1]?.contentLength).toBeUndefined()
    expect(bigSeen[2]?.bytesIn).toBe(0)
    expect((await stored('style/a', big.desc.digest)).equals(big.bytes)).toBe(true)
  })

  test('GHCR: no request declares a body over 4 MiB, so its 416 is never met', async () => {
    const { proxy, repo: r } = repo('ghcr', 'style/ghcr')
    const b = blob(12 * MiB)
    const before = proxy.seen.length
    expect(await push(r, b)).toBe('uploaded')
    const seen = since(proxy, before)
    expect(seen.every((s) => s.status !== 416)).toBe(true)
    expect(seen.every((s) => Number(s.contentLength ?? 0) <= 4 * MiB)).toBe(true)
    expect((await stored('style/ghcr', b.desc.digest)).equals(b.bytes)).toBe(true)
  })

  test('GHCR refuses a 9 MiB PUT (a client allowed large PUTs): the same blob goes by streamed PATCH', async () => {
    const {
      proxy,
      client,
      repo: r,
    } = repo('ghcr', 'style/ghcr-put', { putMax: 64 * MiB, chunkSize: 4 * MiB, resumes: 3 })
    const b = blob(9 * MiB)
    const before = proxy.seen.length
    expect(await push(r, b)).toBe('uploaded')
    const seen = since(proxy, before)
    expect(seen.filter((s) => s.status === 416).map((s) => s.method)).toEqual(['PUT'])
    expect(seen.some((s) => s.method === 'PATCH' && s.chunked && s.status === 202)).toBe(true)
    expect(client.uploadHints.putRefused).toBe(true)
    expect((await stored('style/ghcr-put', b.desc.digest)).equals(b.bytes)).toBe(true)
  })

  test(
    'a proxy that counts every body and refuses over 4 MiB (413): chunks of at most 4 MiB, remembered ' +
      'for the next blob',
    async () => {
      const { proxy, client, repo: r } = repo('capped', 'style/capped')
      const first = blob(10 * MiB)
      const before = proxy.seen.length
      expect(await push(r, first)).toBe('uploaded')
      const seen = since(proxy, before)
      expect(seen.filter((s) => s.status === 413)).toHaveLength(1)
      expect(client.uploadHints.streamRefused).toBe(true)
      const ok = seen.filter((s) => s.method === 'PATCH' && s.status === 202)
      expect(ok.map((s) => s.bytesIn)).toEqual([4 * MiB, 4 * MiB, 2 * MiB])
      expect(ok.map((s) => s.contentRange)).toEqual([
        `0-${4 * MiB - 1}`,
        `${4 * MiB}-${8 * MiB - 1}`,
        `${8 * MiB}-${10 * MiB - 1}`,
      ])
      expect((await stored('style/capped', first.desc.digest)).equals(first.bytes)).toBe(true)
      const second = blob(6 * MiB)
      const mid = proxy.seen.length
      expect(await push(r, second)).toBe('uploaded')
      expect(since(proxy, mid).filter((s) => s.status === 413)).toEqual([])
      expect((await stored('style/capped', second.desc.digest)).equals(second.bytes)).toBe(true)
    },
  )
})

describe('faults inside a session', () => {
  test(
    'a streamed PATCH cut after 1 MB reached the registry: distribution drops the session, a new one ' +
      'carries the blob',
    async () => {
      const { proxy, repo: r } = repo('plain', 'fault/cut')
      const b = blob(8 * MiB)
      proxy.rules.push({
        match: (m, p) => m === 'PATCH' && p.includes('/fault/cut/'),
        fault: { kind: 'cut-request', after: 1_000_000 },
        times: 1,
      })
      const before = proxy.seen.length
      expect(await push(r, b)).toBe('uploaded')
      const seen = since(proxy, before)
      expect(seen.filter((s) => s.status === -5)).toHaveLength(1)
      // The resume asked where the session stood. Distribution drops a session cut this way, so a
      // new one starts; under load the ask can come before it has noticed, and the session, still
      // standing, takes the rest from its Range, or refuses it once it has noticed (a new one
      // starts then too). Either way the blob arrives whole.
      const asked = seen.find((s) => s.method === 'GET' && s.path.includes('/blobs/uploads/'))
      expect([404, 204]).toContain(asked?.status)
      const resumed = seen.filter((s) => s.method === 'PATCH').at(1)
      const refused = asked?.status === 404 || (resumed !== undefined && resumed.status !== 202)
      expect(seen.filter((s) => s.method === 'POST')).toHaveLength(refused ? 2 : 1)
      expect((await stored('fault/cut', b.desc.digest)).equals(b.bytes)).toBe(true)
    },
  )

  test(
    'chunks: a chunk dropped before it reached the registry resumes from its Range in ' + 'the same session',
    async () => {
      const {
        proxy,
        client,
        repo: r,
      } = repo('plain', 'fault/chunk', { putMax: 1 * MiB, chunkSize: 1 * MiB, resumes: 3 })
      client.uploadHints.streamRefused = true
      const b = blob(3 * MiB)
      let patches = 0
      proxy.rules.push({
        match: (m, p) => m === 'PATCH' && p.includes('/fault/chunk/') && ++patches === 2,
        fault: { kind: 'drop' },
        times: 1,
      })
      const before = proxy.seen.length
      expect(await push(r, b)).toBe('uploaded')
      const seen = since(proxy, before)
      expect(seen.filter((s) => s.status === -1)).toHaveLength(1)
      expect(seen.filter((s) => s.method === 'POST')).toHaveLength(1)
      expect(seen.some((s) => s.method === 'GET' && s.status === 204)).toBe(true)
      expect(seen.filter((s) => s.method === 'PATCH' && s.status === 202).map((s) => s.bytesIn)).toEqual([
        MiB,
        MiB,
        MiB,
      ])
      expect((await stored('fault/chunk', b.desc.digest)).equals(b.bytes)).toBe(true)
    },
  )

  test('ECR: a Range that stops advancing during chunks ends that session; the blob goes in one PUT', async () => {
    const { proxy, client, repo: r } = repo('ecr', 'fault/ecr', { putMax: 1 * MiB, chunkSize: 1 * MiB, resumes: 3 })
    client.uploadHints.streamRefused = true
    const b = blob(3 * MiB)
    const before = proxy.seen.length
    expect(await push(r, b)).toBe('uploaded')
    const seen = since(proxy, before)
    expect(client.uploadHints.chunksBroken).toBe(true)
    expect(seen.filter((s) => s.method === 'POST')).toHaveLength(2)
    expect(seen.at(-1)).toMatchObject({ method: 'PUT', bytesIn: 3 * MiB, status: 201 })
    expect((await stored('fault/ecr', b.desc.digest)).equals(b.bytes)).toBe(true)
  })

  test('GAR: chunks are refused (400); the blob goes in one PUT', async () => {
    const { proxy, client, repo: r } = repo('gar', 'fault/gar', { putMax: 1 * MiB, chunkSize: 1 * MiB, resumes: 3 })
    client.uploadHints.streamRefused = true
    const b = blob(2 * MiB)
    const before = proxy.seen.length
    expect(await push(r, b)).toBe('uploaded')
    const seen = since(proxy, before)
    expect(seen.filter((s) => s.status === 400).map((s) => s.method)).toEqual(['PATCH'])
    expect(seen.at(-1)).toMatchObject({ method: 'PUT', bytesIn: 2 * MiB, status: 201 })
    expect((await stored('fault/gar', b.desc.digest)).equals(b.bytes)).toBe(true)
  })

  test('a stalled answer to the closing PUT fails in bounded time and the retry finds the blob there', async () => {
    const { proxy, repo: r } = repo('plain', 'fault/stall')
    const b = blob(64 * 1024)
    proxy.rules.push({ match: (m, p) => m === 'PUT' && p.includes('/fault/stall/'), fault: { kind: 'hang' }, times: 1 })
    const start = Date.now()
    const outcome = await push(r, b).catch((e: Error) => e)
    expect(outcome).toBe('uploaded')
    expect(Date.now() - start).toBeLessThan(20_000)
    expect((await stored('fault/stall', b.desc.digest)).equals(b.bytes)).toBe(true)
  })

  test('OCI-Chunk-Min-Length raises the chunk size', async () => {
    // The registry's answer to POST says chunks of at least 100000 bytes.
    const minLength: Transport = {
      ...transport,
      send: async (req) => {
        const res = await transport.send(req)
        if (req.method === 'POST') res.headers['oci-chunk-min-length'] = '100000'
        return res
      },
    }
    const limits = { putMax: 1000, chunkSize: 10_000, resumes: 0 }
    const { proxy, client, repo: r } = repo('plain', 'fault/min', limits, minLength)
    client.uploadHints.streamRefused = true
    const b = blob(250_000)
    const before = proxy.seen.length
    expect(await push(r, b)).toBe('uploaded')
    expect(
      since(proxy, before)
        .filter((s) => s.method === 'PATCH')
        .map((p) => p.bytesIn),
    ).toEqual([100_000, 100_000, 50_000])
    expect((await stored('fault/min', b.desc.digest)).equals(b.bytes)).toBe(true)
  })
})
