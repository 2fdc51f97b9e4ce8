// Chunked uploads against the real registry: PATCH with Content-Range, the registry's
// OCI-Chunk-Min-Length respected, and resume from the registry's Range after a dropped chunk.

import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { MediaType } from '../../src/oci/descriptor.js'
import type { Digest } from '../../src/oci/digest.js'
import { RegistryClient } from '../../src/registry/client.js'
import { httpTransport } from '../../src/registry/http.js'
import { Repository } from '../../src/registry/repository.js'
import { type FaultProxy, startProxy } from '../e2e/proxy.js'
import { type RunningRegistry, startRegistry } from '../e2e/registry.js'

let registry: RunningRegistry
let proxy: FaultProxy
const transport = httpTransport()

beforeAll(async () => {
  registry = await startRegistry({ dir: await mkdtemp(join(tmpdir(), 'bgi-chunk-')) })
  proxy = await startProxy(registry.port)
})
afterAll(async () => {
  transport.close()
  await proxy.stop()
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

function repo(name: string, chunkSize: number) {
  const client = new RegistryClient(proxy.host, { transport, retry: { attempts: 3, baseMs: 50, maxMs: 200 } })
  return new Repository(client, name, { monolithicMax: 100_000, chunkSize, chunkResumes: 3 })
}

async function fetchBlob(name: string, digest: string): Promise<Buffer> {
  const res = await fetch(`http://${registry.host}/v2/${name}/blobs/${digest}`)
  expect(res.status).toBe(200)
  return Buffer.from(await res.arrayBuffer())
}

describe('chunked blob upload', () => {
  test('a blob over the monolithic limit goes up in PATCH chunks with inclusive Content-Range', async () => {
    const b = blob(350_000)
    const before = proxy.seen.length
    expect(await repo('chunks/a', 100_000).pushBlob(b.desc, b.source)).toBe('uploaded')
    const patches = proxy.seen.slice(before).filter((s) => s.method === 'PATCH')
    expect(patches.map((p) => p.bytesIn)).toEqual([100_000, 100_000, 100_000, 50_000])
    expect((await fetchBlob('chunks/a', b.desc.digest)).equals(b.bytes)).toBe(true)
  })

  test('a chunk dropped mid-way is resumed from the Range the registry reports', async () => {
    const b = blob(300_000)
    let patches = 0
    proxy.rules.push({ match: (m) => m === 'PATCH' && ++patches === 2, fault: { kind: 'drop' }, times: 1 })
    const before = proxy.seen.length
    expect(await repo('chunks/b', 120_000).pushBlob(b.desc, b.source)).toBe('uploaded')
    const seen = proxy.seen.slice(before)
    expect(seen.filter((s) => s.status === -1)).toHaveLength(1)
    expect(seen.some((s) => s.method === 'GET' && s.path.includes('/blobs/uploads/') && s.status === 204)).toBe(true)
    expect(seen.filter((s) => s.method === 'POST')).toHaveLength(1) // same session, not a new one
    // The second chunk was cut; the registry said it held 120000 bytes, so that chunk was sent again.
    expect(seen.filter((s) => s.method === 'PATCH' && s.status === 202).map((s) => s.bytesIn)).toEqual([120_000, 120_000, 60_000])
    expect((await fetchBlob('chunks/b', b.desc.digest)).equals(b.bytes)).toBe(true)
  })

  test('OCI-Chunk-Min-Length raises the chunk size', async () => {
    const b = blob(250_000)
    const client = new RegistryClient(proxy.host, { transport })
    const r = new Repository(client, 'chunks/c', { monolithicMax: 1000, chunkSize: 10_000, chunkResumes: 0 })
    // Add the header to the session start's answer, as a registry with a minimum would.
    const originalSend = transport.send
    const patched = {
      ...transport,
      send: async (req: Parameters<typeof transport.send>[0]) => {
        const res = await originalSend(req)
        if (req.method === 'POST') res.headers['oci-chunk-min-length'] = '100000'
        return res
      },
    }
    ;(client as unknown as { opts: { transport: unknown } }).opts.transport = patched
    const before = proxy.seen.length
    expect(await r.pushBlob(b.desc, b.source)).toBe('uploaded')
    expect(
      proxy.seen
        .slice(before)
        .filter((s) => s.method === 'PATCH')
        .map((p) => p.bytesIn),
    ).toEqual([100_000, 100_000, 50_000])
    expect((await fetchBlob('chunks/c', b.desc.digest)).equals(b.bytes)).toBe(true)
  })
})
