import { describe, expect, test } from 'vitest'
import { parseMerge } from '../../src/config/config.js'
import { MediaType } from '../../src/oci/descriptor.js'
import type { Digest } from '../../src/oci/digest.js'
import { imageIndex } from '../../src/oci/manifest.js'
import { type MergeChild, mergedIndex } from '../../src/publish/merge-plan.js'

const d = (c: string) => `sha256:${c.repeat(64)}` as Digest

describe('parseMerge', () => {
  test.each([
    ['newline list', `${d('a')}\n${d('b')}`, [{ digest: d('a') }, { digest: d('b') }]],
    ['comma list', `${d('a')}, ${d('b')}`, [{ digest: d('a') }, { digest: d('b') }]],
    ['JSON array', JSON.stringify([d('a'), d('b')]), [{ digest: d('a') }, { digest: d('b') }]],
    ['repo@digest', `ghcr.io/o/app@${d('c')}`, [{ repository: { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'o/app' }, digest: d('c') }]],
    ['empty', '  ', []],
  ])('%s', (_l, text, expected) => expect(parseMerge(text)).toEqual(expected))

  test.each(['sha256:abc', 'ghcr.io/o/app:1.0', 'ghcr.io/o/app', '["sha256:x"]', '[1]', '[not json'])('%j is refused', (text) => {
    expect(() => parseMerge(text)).toThrow(/^Input 'merge': .* give image digests/)
  })
})

describe('mergedIndex', () => {
  const child = (arch: string, c: string, annotations: Record<string, string>, variant?: string): MergeChild => ({
    descriptor: { mediaType: MediaType.manifest, digest: d(c), size: 500, platform: { os: 'linux', architecture: arch, ...(variant ? { variant } : {}) } },
    annotations,
    source: d(c),
  })
  const common = { 'org.opencontainers.image.revision': 'r', 'org.opencontainers.image.created': 't' }

  test('equals the single-job index, whatever order the jobs finished in', () => {
    const kids = [child('arm64', 'b', common), child('arm', 'c', common, 'v7'), child('amd64', 'a', common)]
    const merged = mergedIndex(kids, {})
    const single = imageIndex([kids[2]!.descriptor, kids[0]!.descriptor, kids[1]!.descriptor], common)
    expect(merged.descriptor.digest).toBe(single.descriptor.digest)
  })

  test('only annotations every child shares, then the merge job own ones', () => {
    const merged = mergedIndex([child('amd64', 'a', { ...common, x: '1' }), child('arm64', 'b', { ...common, x: '2' })], { team: 'core' })
    expect(JSON.parse(Buffer.from(merged.bytes).toString()).annotations).toEqual({ ...common, team: 'core' })
  })

  test('a platform twice is an input error naming both', () => {
    expect(() => mergedIndex([child('amd64', 'a', {}), child('amd64', 'b', {})], {})).toThrow(
      `Input 'merge': "${d('b')}" is not valid; platform linux/amd64 appears twice (also in ${d('a')}); give each platform once`,
    )
  })
})

describe('mergedIndex on a base image', () => {
  test('Docker-family children give a Docker manifest list; a pinned base.name gives base.digest', () => {
    const base = `r.io/base@sha256:${'f'.repeat(64)}`
    const kid = (arch: string, c: string): MergeChild => ({
      descriptor: { mediaType: 'application/vnd.docker.distribution.manifest.v2+json', digest: d(c), size: 9, platform: { os: 'linux', architecture: arch } },
      annotations: { 'org.opencontainers.image.base.name': base, 'org.opencontainers.image.base.digest': d(c === 'a' ? '1' : '2') },
      source: d(c),
    })
    const idx = JSON.parse(Buffer.from(mergedIndex([kid('amd64', 'a'), kid('arm64', 'b')], {}).bytes).toString())
    expect(idx.mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json')
    expect(idx.annotations).toEqual({ 'org.opencontainers.image.base.name': base, 'org.opencontainers.image.base.digest': `sha256:${'f'.repeat(64)}` })
  })
})
