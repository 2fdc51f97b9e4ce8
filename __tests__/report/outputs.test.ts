import { expect, test } from 'vitest'
import type { AssembledImage } from '../../src/image/assembled.js'
import { MediaType } from '../../src/lib/oci/descriptor.js'
import type { Digest } from '../../src/lib/oci/digest.js'
import type { MergedIndex, Published } from '../../src/publish/plan.js'
import { humanSize, outputsOf, summaryRows } from '../../src/report/outputs.js'

const d = (c: string) => `sha256:${c.repeat(64)}` as Digest
const platform = { name: 'linux/arm64', os: 'linux', architecture: 'arm64', goEnv: {} }
const image: AssembledImage = {
  top: { mediaType: MediaType.manifest, digest: d('a'), size: 500 },
  images: [
    {
      binary: { platform, path: '/w/main', name: 'app', size: 3 << 20, seconds: 1, linkSkipped: false, sha256: '' },
      manifest: { mediaType: MediaType.manifest, digest: d('a'), size: 500 },
      config: { mediaType: MediaType.config, digest: d('c'), size: 900 },
      layers: [],
      compressedSize: 1536,
    },
  ],
}

test('one platform: digest, imageid (the config), metadata as build-push-action names it, and the layout ref', () => {
  const published: Published = { images: [`ghcr.io/o/app@${d('a')}`], tags: ['ghcr.io/o/app:v1'], digest: d('a') }
  const o = outputsOf({ job: 'build', image: { ...image, refName: 'v1' }, layoutDir: '/tmp/layout', published })
  expect(o.digest).toBe(d('a'))
  expect(o.imageid).toBe(d('c'))
  expect(JSON.parse(o.digests!)).toEqual({ 'linux/arm64': d('a') })
  expect(JSON.parse(o.metadata!)).toMatchObject({ 'containerimage.digest': d('a'), 'image.name': 'ghcr.io/o/app:v1' })
  expect(JSON.parse(o.metadata!)['containerimage.descriptor']).toEqual(image.top)
  expect(o.attestations).toBe('{}')
  expect(o['oci-ref']).toBe('oci:/tmp/layout:v1')
  expect([o.image, o.tags]).toEqual([`ghcr.io/o/app@${d('a')}`, 'ghcr.io/o/app:v1'])
})

test('not pushed: the registry outputs are empty; the summary row gives sizes a person reads', () => {
  const o = outputsOf({ job: 'build', image, layoutDir: '/tmp/layout' })
  expect([o.image, o.images, o.tags, o['oci-ref']]).toEqual(['', '', '', 'oci:/tmp/layout:latest'])
  expect(summaryRows(image)).toEqual([['linux/arm64', '3.0 MiB', '1.5 KiB', d('a')]])
  expect(humanSize(12)).toBe('12 B')
})

test('a merge job: the same outputs for the index it made, its descriptor in the metadata', () => {
  const merged: MergedIndex = {
    digest: d('e'),
    descriptor: { mediaType: MediaType.index, digest: d('e'), size: 700 },
    digests: { 'linux/amd64': d('1'), 'linux/arm64': d('2') },
    images: [`ghcr.io/o/app@${d('e')}`, `docker.io/o/app@${d('e')}`],
    tags: ['ghcr.io/o/app:1.0.0', 'docker.io/o/app:1.0.0'],
  }
  const o = outputsOf({ job: 'merge', merged, attestations: { [d('e')]: { provenance: d('f') } } })
  expect(o).toEqual({
    digest: d('e'),
    digests: JSON.stringify({ 'linux/amd64': d('1'), 'linux/arm64': d('2') }),
    image: `ghcr.io/o/app@${d('e')}`,
    images: `ghcr.io/o/app@${d('e')}\ndocker.io/o/app@${d('e')}`,
    tags: 'ghcr.io/o/app:1.0.0\ndocker.io/o/app:1.0.0',
    metadata: JSON.stringify({
      'containerimage.digest': d('e'),
      'containerimage.descriptor': { mediaType: MediaType.index, digest: d('e'), size: 700 },
      'image.name': 'ghcr.io/o/app:1.0.0,docker.io/o/app:1.0.0',
    }),
    attestations: JSON.stringify({ [d('e')]: { provenance: d('f') } }),
  })
  // Every output a merge writes is one a build writes too (one contract for both jobs).
  expect(Object.keys(o).every((k) => k in outputsOf({ job: 'build', image, layoutDir: '/l' }))).toBe(true)
})
