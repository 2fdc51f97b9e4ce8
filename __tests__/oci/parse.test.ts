import { describe, expect, test } from 'vitest'
import { blobOf, DockerMediaType, jsonBlob, MediaType } from '../../src/lib/oci/descriptor.js'
import { type Digest, digestOf } from '../../src/lib/oci/digest.js'
import { imageIndex, imageManifest } from '../../src/lib/oci/manifest.js'
import { memoryStore } from '../../src/lib/oci/memory-store.js'
import { childrenOf, parseImageConfig, parseManifest } from '../../src/lib/oci/parse.js'
import { readContent } from '../../src/lib/oci/store.js'

const layer = (s: string) => ({ mediaType: MediaType.layerGzip, digest: digestOf(s), size: s.length })
const config = (s: string) => ({ mediaType: MediaType.config, digest: digestOf(s), size: s.length })
const amd64 = { os: 'linux', architecture: 'amd64' }

describe('parseManifest', () => {
  test('an image manifest: config, layers, annotations and subject as descriptors', () => {
    const subject = config('subject')
    const m = parseManifest(
      jsonBlob(MediaType.manifest, {
        schemaVersion: 2,
        mediaType: MediaType.manifest,
        artifactType: 'application/spdx+json',
        config: config('c'),
        layers: [layer('a')],
        subject,
        annotations: { k: 'v' },
      }),
    )
    expect(m).toEqual({
      kind: 'manifest',
      mediaType: MediaType.manifest,
      artifactType: 'application/spdx+json',
      config: config('c'),
      layers: [layer('a')],
      subject,
      annotations: { k: 'v' },
    })
    expect(childrenOf(m).map((d) => d.digest)).toEqual([config('c').digest, layer('a').digest])
  })

  test('an index, and a Docker manifest list; each entry keeps its platform', () => {
    const a = imageManifest(config('ca'), [layer('a')])
    const index = imageIndex([{ ...a.descriptor, platform: { ...amd64, variant: 'v2' } }])
    const m = parseManifest(index)
    expect(m.kind).toBe('index')
    expect(childrenOf(m)).toEqual([{ ...a.descriptor, platform: { ...amd64, variant: 'v2' } }])
    const list = imageIndex([{ ...a.descriptor, platform: amd64 }], {}, DockerMediaType.index)
    expect(parseManifest(list).mediaType).toBe(DockerMediaType.index)
  })

  test('no mediaType in the document: the one it was served under', () => {
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [] }))
    const served = { mediaType: MediaType.index, digest: digestOf(bytes), size: bytes.length }
    expect(parseManifest({ descriptor: served, bytes }).kind).toBe('index')
  })

  test.each([
    ['not JSON', Buffer.from('{'), /is not JSON/],
    ['an array', Buffer.from('[]'), /is not a JSON object/],
    ['schema 1', Buffer.from('{"mediaType":"application/vnd.docker.distribution.manifest.v1+json"}'), /media type/],
    ['an index without manifests', Buffer.from(`{"mediaType":"${MediaType.index}"}`), /no manifests list/],
    ['a manifest without layers', Buffer.from(`{"mediaType":"${MediaType.manifest}","config":{}}`), /no layers/],
    [
      'a bad digest',
      Buffer.from(`{"mediaType":"${MediaType.index}","manifests":[{"mediaType":"x","digest":"md5:1","size":1}]}`),
      /manifests\[0\] has digest "md5:1", not sha256/,
    ],
    [
      'a negative size',
      Buffer.from(JSON.stringify({ mediaType: MediaType.manifest, config: { ...config('c'), size: -1 }, layers: [] })),
      /config has size -1, not a byte count/,
    ],
    [
      'a platform without os',
      Buffer.from(
        JSON.stringify({
          mediaType: MediaType.index,
          manifests: [{ ...config('c'), platform: { architecture: 'x' } }],
        }),
      ),
      /platform names no os and architecture/,
    ],
  ])('%s is refused, naming the manifest and the field', (_label, bytes, message) => {
    const blob = blobOf(MediaType.manifest, bytes)
    expect(() => parseManifest(blob)).toThrow(message)
    expect(() => parseManifest(blob)).toThrow(blob.descriptor.digest)
  })
})

describe('parseImageConfig', () => {
  test('the platform, created and the run config', () => {
    const c = parseImageConfig(
      Buffer.from(JSON.stringify({ ...amd64, variant: 'v3', created: '2026-01-01T00:00:00Z', config: { User: 'x' } })),
      'cfg',
    )
    expect(c).toEqual({ platform: { ...amd64, variant: 'v3' }, created: '2026-01-01T00:00:00Z', config: { User: 'x' } })
  })

  test('no os nor architecture: no platform (the caller decides); one without the other is refused', () => {
    expect(parseImageConfig(Buffer.from('{}'), 'cfg').platform).toBeUndefined()
    expect(() => parseImageConfig(Buffer.from('{"os":"linux"}'), 'cfg')).toThrow(/cfg names no os and architecture/)
  })
})

describe('readContent', () => {
  test('every manifest below the roots, once; an image manifest stops the walk', async () => {
    const a = imageManifest(config('ca'), [layer('shared')])
    const b = imageManifest(config('cb'), [layer('shared')])
    const index = imageIndex([
      { ...a.descriptor, platform: amd64 },
      { ...b.descriptor, platform: { os: 'linux', architecture: 'arm64' } },
    ])
    const content = await readContent(memoryStore([a, b, index]), [index.descriptor, a.descriptor])
    expect([...content.manifests.keys()].sort()).toEqual([a, b, index].map((m) => m.descriptor.digest as Digest).sort())
  })

  test('a manifest the source lacks names the source and the digest', async () => {
    const a = imageManifest(config('ca'), [layer('a')])
    const index = imageIndex([{ ...a.descriptor, platform: amd64 }])
    await expect(readContent(memoryStore([index]), [index.descriptor])).rejects.toThrow(
      `memory: manifest ${a.descriptor.digest} is missing`,
    )
  })
})
