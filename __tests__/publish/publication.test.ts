import { afterEach, describe, expect, test } from 'vitest'
import { artifactManifest } from '../../src/lib/oci/artifact.js'
import { blobOf, MediaType } from '../../src/lib/oci/descriptor.js'
import { imageIndex, imageManifest } from '../../src/lib/oci/manifest.js'
import { memoryStore } from '../../src/lib/oci/memory-store.js'
import { readContent } from '../../src/lib/oci/store.js'
import { RegistryClient } from '../../src/lib/registry/client-io.js'
import { Publication } from '../../src/publish/publication-io.js'
import { TaggingError, TagLedger } from '../../src/publish/tag-ledger.js'
import { httpTransport, type Transport } from '../../src/registry/http-io.js'
import { type Scripted, scripted } from '../registry/scripted.js'
import { registry } from './memory-registry.js'

const open: { s: Scripted; t: Transport }[] = []
afterEach(async () => {
  for (const { s, t } of open.splice(0)) {
    t.close()
    await s.stop()
  }
})

async function serve(reg: ReturnType<typeof registry>) {
  const s = await scripted((req) => reg.answer(req))
  const t = httpTransport('test', 5000)
  open.push({ s, t })
  const client = new RegistryClient(s.host, { transport: t, retry: { attempts: 1, baseMs: 1, maxMs: 1 } })
  return { s, client }
}

// Two platform images sharing a layer, their index, and an SBOM-like referrer of one of them.
const layer = blobOf(MediaType.layerGzip, Buffer.from('shared layer'))
const configs = ['a', 'b'].map((c) => blobOf(MediaType.config, Buffer.from(`{"c":"${c}"}`)))
const images = configs.map((c) => imageManifest(c.descriptor, [layer.descriptor]))
const index = imageIndex(
  images.map((m, i) => ({ ...m.descriptor, platform: { os: 'linux', architecture: ['amd64', 'arm64'][i]! } })),
)
const sbom = blobOf('application/spdx+json', Buffer.from('{"spdxVersion":"SPDX-2.3"}'))
const empty = blobOf('application/vnd.oci.empty.v1+json', Buffer.from('{}'))
const referrer = artifactManifest('application/spdx+json', sbom.descriptor, images[0]!.descriptor, {})
const all = [layer, ...configs, ...images, index, sbom, empty, referrer]

async function content() {
  return readContent(memoryStore(all), [
    index.descriptor,
    { ...referrer.descriptor, artifactType: 'application/spdx+json' },
  ])
}

describe('Publication', () => {
  test('blobs, then platform manifests, the index beside their referrers, and the tags last', async () => {
    const reg = registry()
    const { s, client } = await serve(reg)
    const ledger = new TagLedger()
    const publication = new Publication(
      [{ reference: { registry: s.host, apiHost: s.host, repository: 'team/app' }, tags: ['v1', 'latest'] }],
      { client: () => client, concurrency: 2, ledger },
    )
    const result = await publication.finish(await content(), index.descriptor)
    expect(result.digest).toBe(index.descriptor.digest)
    const puts = s.arrived.filter((a) => a.method === 'PUT').map((a) => a.path.split('?')[0]!)
    const at = (suffix: string) => puts.findIndex((p) => p.endsWith(suffix))
    const lastBlob = Math.max(...puts.map((p, i) => (p.includes('/blobs/') ? i : -1)))
    for (const m of images) expect(at(m.descriptor.digest)).toBeGreaterThan(lastBlob)
    expect(at(index.descriptor.digest)).toBeGreaterThan(Math.max(...images.map((m) => at(m.descriptor.digest))))
    expect(at(referrer.descriptor.digest)).toBeGreaterThan(at(images[0]!.descriptor.digest))
    expect(Math.min(at('/manifests/v1'), at('/manifests/latest'))).toBeGreaterThan(
      Math.max(at(referrer.descriptor.digest), at(index.descriptor.digest)),
    )
    // The shared layer went up once; every blob is there, and the tags name the index.
    expect(puts.filter((p) => p.includes('/blobs/')).length).toBe(5)
    expect(reg.blobs.size).toBe(5)
    expect(reg.manifests.get('v1')?.body).toEqual(Buffer.from(index.bytes))
    expect(ledger.moved.sort()).toEqual([`${s.host}/team/app:latest`, `${s.host}/team/app:v1`])
    // No referrers API here: the SBOM is listed under the fallback tag of its subject.
    const fallback = JSON.parse(reg.manifests.get(`sha256-${images[0]!.descriptor.digest.slice(7)}`)!.body.toString())
    expect(fallback.manifests.map((m: { digest: string }) => m.digest)).toEqual([referrer.descriptor.digest])
  })

  test('a platform manifest refused: the step fails and no tag is written or moved', async () => {
    const reg = registry((req) => req.method === 'PUT' && req.path.endsWith(images[1]!.descriptor.digest))
    const { s, client } = await serve(reg)
    const ledger = new TagLedger()
    const publication = new Publication(
      [{ reference: { registry: s.host, apiHost: s.host, repository: 'team/app' }, tags: ['v1'] }],
      { client: () => client, concurrency: 2, ledger },
    )
    await expect(publication.finish(await content(), index.descriptor)).rejects.toThrow(/HTTP 500/)
    // Read while the blobs went up (where it pointed), never written.
    expect(s.arrived.some((a) => a.method === 'PUT' && a.path.includes('/manifests/v1'))).toBe(false)
    expect(ledger.describe()).toBe('no tag was written or moved')
  })

  test('a tag refused part way: the error says which tags moved', async () => {
    const reg = registry((req) => req.method === 'PUT' && req.path.endsWith('/manifests/latest'))
    const { s, client } = await serve(reg)
    const publication = new Publication(
      [{ reference: { registry: s.host, apiHost: s.host, repository: 'team/app' }, tags: ['v1', 'latest'] }],
      { client: () => client, concurrency: 1, ledger: new TagLedger() },
    )
    const e = await publication.finish(await content(), index.descriptor).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(TaggingError)
    expect((e as Error).message).toMatch(
      new RegExp(`tags moved: ${s.host}/team/app:v1; not moved: ${s.host}/team/app:latest$`),
    )
  })

  const target = (s: Scripted) => ({ registry: s.host, apiHost: s.host, repository: 'team/app' })
  const fallback = `sha256-${images[0]!.descriptor.digest.slice(7)}`
  const sbom2 = blobOf('application/spdx+json', Buffer.from('{"spdxVersion":"SPDX-2.3","name":"second"}'))
  const referrer2 = artifactManifest('application/spdx+json', sbom2.descriptor, images[0]!.descriptor, {})

  test('referrers-tag false: no fallback tag is written; the referrer is pushed all the same', async () => {
    const reg = registry()
    const { s, client } = await serve(reg)
    const publication = new Publication([{ reference: target(s), tags: [] }], {
      client: () => client,
      concurrency: 2,
      referrersTag: false,
    })
    await publication.finish(await content(), index.descriptor)
    expect(reg.manifests.has(fallback)).toBe(false)
    expect(reg.manifests.has(referrer.descriptor.digest)).toBe(true)
  })

  test('an immutable fallback tag that cannot be extended says how to let it', async () => {
    // Tags are written once (ECR IMMUTABLE): the second referrer of the same subject cannot join.
    const reg = registry(
      (req) => req.method === 'PUT' && req.path.endsWith(`/manifests/${fallback}`) && reg.manifests.has(fallback),
    )
    const { s, client } = await serve(reg)
    const first = new Publication([{ reference: target(s), tags: [] }], { client: () => client, concurrency: 2 })
    await first.finish(await content(), index.descriptor)
    const second = new Publication([{ reference: target(s), tags: [] }], { client: () => client, concurrency: 2 })
    const more = await readContent(memoryStore([...all, sbom2, referrer2]), [
      index.descriptor,
      { ...referrer2.descriptor, artifactType: 'application/spdx+json' },
    ])
    const e = (await second.finish(more, index.descriptor).catch((x: unknown) => x)) as Error
    expect(e?.message).toMatch(new RegExp(`^team/app: the referrers tag ${fallback} could not be extended`))
    expect(e?.message).toContain('IMMUTABLE_WITH_EXCLUSION with the filter sha256-*), or set referrers-tag: false')
  })

  test('a registry without the referrers API is asked once: later referrers go to the fallback tag', async () => {
    const reg = registry()
    const { s, client } = await serve(reg)
    const publication = new Publication([{ reference: target(s), tags: ['v1'] }], {
      client: () => client,
      concurrency: 2,
    })
    const more = await readContent(memoryStore([...all, sbom2, referrer2]), [
      index.descriptor,
      { ...referrer.descriptor, artifactType: 'application/spdx+json' },
      { ...referrer2.descriptor, artifactType: 'application/spdx+json' },
    ])
    await publication.finish(more, index.descriptor)
    expect(s.arrived.filter((a) => a.path.includes('/referrers/'))).toHaveLength(1)
    const listed = JSON.parse(reg.manifests.get(fallback)!.body.toString()).manifests
    expect(listed.map((m: { digest: string }) => m.digest)).toEqual([
      referrer.descriptor.digest,
      referrer2.descriptor.digest,
    ])
  })
})

describe('Publication: reads made while the image is built', () => {
  const target = (s: Scripted) => ({ registry: s.host, apiHost: s.host, repository: 'team/app' })
  const fallback = `sha256-${images[0]!.descriptor.digest.slice(7)}`

  test("a platform's fallback tag and the tags are read once as its blobs go; none written before finish", async () => {
    const reg = registry()
    const { s, client } = await serve(reg)
    const publication = new Publication([{ reference: target(s), tags: ['v1'] }], {
      client: () => client,
      concurrency: 2,
    })
    const source = memoryStore(all)
    publication.send(source, [layer.descriptor, configs[0]!.descriptor], [images[0]!.descriptor])
    await publication.abandon() // waits for what is on its way
    const reads = (suffix: string) => s.arrived.filter((a) => a.path.endsWith(`/manifests/${suffix}`))
    expect(reads(fallback).map((a) => a.method)).toEqual(['GET'])
    expect(reads('v1').map((a) => a.method)).toEqual(['HEAD'])
    expect(s.arrived.some((a) => a.method === 'PUT' && a.path.includes('/manifests/'))).toBe(false)

    // Read ahead, then written at the push: neither is read a second time.
    const before = s.arrived.length
    const again = new Publication([{ reference: target(s), tags: ['v1'] }], { client: () => client, concurrency: 2 })
    again.send(source, [layer.descriptor], [images[0]!.descriptor])
    await again.finish(await content(), index.descriptor)
    const later = s.arrived.slice(before)
    expect(later.filter((a) => a.path.endsWith(`/manifests/${fallback}`)).map((a) => a.method)).toEqual(['GET', 'PUT'])
    expect(later.filter((a) => a.path.endsWith('/manifests/v1')).map((a) => a.method)).toEqual(['HEAD', 'PUT'])
    const listed = JSON.parse(reg.manifests.get(fallback)!.body.toString()).manifests
    expect(listed.map((m: { digest: string }) => m.digest)).toEqual([referrer.descriptor.digest])
  })

  test('a fallback tag that could not be read ahead is read again, so what it lists is kept', async () => {
    let refused = 0
    const reg = registry(
      (req) => req.method === 'GET' && req.path.endsWith(`/manifests/${fallback}`) && refused++ === 0,
    )
    const { s, client } = await serve(reg)
    // Another tool's referrer is listed already.
    const note = blobOf('application/example', Buffer.from('another tool'))
    const other = artifactManifest('application/example', note.descriptor, images[0]!.descriptor, {})
    reg.manifests.set(fallback, {
      type: MediaType.index,
      body: Buffer.from(
        JSON.stringify({ schemaVersion: 2, mediaType: MediaType.index, manifests: [other.descriptor] }),
      ),
    })
    const publication = new Publication([{ reference: target(s), tags: [] }], { client: () => client, concurrency: 2 })
    publication.send(memoryStore(all), [], [images[0]!.descriptor])
    await publication.finish(await content(), index.descriptor)
    expect(refused).toBe(2) // the read ahead (refused), then the one at the push
    const listed = JSON.parse(reg.manifests.get(fallback)!.body.toString()).manifests
    expect(listed.map((m: { digest: string }) => m.digest)).toEqual([
      other.descriptor.digest,
      referrer.descriptor.digest,
    ])
  })
})

describe('Publication: an image without referrers', () => {
  test('the referrers API is not asked; a refused manifest fails the push alone', async () => {
    const only = async () => readContent(memoryStore(all), [images[0]!.descriptor])
    const reg = registry()
    const { s, client } = await serve(reg)
    const target = { registry: s.host, apiHost: s.host, repository: 'team/app' }
    await new Publication([{ reference: target, tags: ['v1'] }], { client: () => client, concurrency: 2 }).finish(
      await only(),
      images[0]!.descriptor,
    )
    expect(s.arrived.some((a) => a.path.includes('/referrers/'))).toBe(false)
    expect(reg.manifests.get('v1')?.body).toEqual(Buffer.from(images[0]!.bytes))

    const refusing = registry((req) => req.method === 'PUT' && req.path.includes('/manifests/'))
    const other = await serve(refusing)
    const failing = new Publication([{ reference: { ...target, apiHost: other.s.host }, tags: ['v1'] }], {
      client: () => other.client,
      concurrency: 2,
    })
    await expect(failing.finish(await only(), images[0]!.descriptor)).rejects.toThrow(/HTTP 500/)
    expect(other.s.arrived.some((a) => a.path.includes('/referrers/'))).toBe(false)
  })
})
