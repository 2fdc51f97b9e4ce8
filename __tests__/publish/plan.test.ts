import { describe, expect, test } from 'vitest'
import { type Blob, blobOf, MediaType } from '../../src/lib/oci/descriptor.js'
import { type Digest, digestOf } from '../../src/lib/oci/digest.js'
import { imageIndex, imageManifest } from '../../src/lib/oci/manifest.js'
import { planPush } from '../../src/publish/plan.js'

const layer = (s: string) => ({ mediaType: MediaType.layerGzip, digest: digestOf(s), size: s.length })
const config = (s: string) => ({ mediaType: MediaType.config, digest: digestOf(s), size: s.length })

describe('planPush', () => {
  test('index: shared blobs once, children before the index', () => {
    const base = layer('base')
    const a = imageManifest(config('ca'), [base, layer('a')])
    const b = imageManifest(config('cb'), [base, layer('b')])
    const index = imageIndex([
      { ...a.descriptor, platform: { os: 'linux', architecture: 'amd64' } },
      { ...b.descriptor, platform: { os: 'linux', architecture: 'arm64' } },
    ])
    const all = new Map<Digest, Blob>([a, b, index].map((m) => [m.descriptor.digest, m]))
    const plan = planPush(index.descriptor, all)
    expect(plan.blobs.map((d) => d.digest)).toEqual([
      config('ca').digest,
      base.digest,
      layer('a').digest,
      config('cb').digest,
      layer('b').digest,
    ])
    expect(plan.manifests.map((m) => m.descriptor.digest)).toEqual([
      a.descriptor.digest,
      b.descriptor.digest,
      index.descriptor.digest,
    ])
    expect(plan.top.descriptor.digest).toBe(index.descriptor.digest)
  })

  test('a single manifest is its own top', () => {
    const m = imageManifest(config('c'), [layer('l')])
    const plan = planPush(m.descriptor, new Map([[m.descriptor.digest, m]]))
    expect(plan.manifests).toHaveLength(1)
    expect(plan.blobs).toHaveLength(2)
  })

  test('a missing manifest is an error', () => {
    const m = blobOf(MediaType.manifest, Buffer.from('{}'))
    expect(() => planPush(m.descriptor, new Map())).toThrow(/missing from the layout/)
  })
})
