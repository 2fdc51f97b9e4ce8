import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { type AssembleOptions, type PlatformImage, topOf } from '../../src/image/assemble-io.js'
import { everywhere, parseAnnotationRules } from '../../src/lib/oci/annotation-levels.js'
import { BASE_DIGEST, BASE_NAME, baseAnnotations } from '../../src/lib/oci/annotations.js'
import { MediaType } from '../../src/lib/oci/descriptor.js'
import type { Digest } from '../../src/lib/oci/digest.js'
import { Layout } from '../../src/lib/oci/layout-io.js'
import { type MergeChild, mergedIndex } from '../../src/publish/merge-plan.js'
import { parseMerge } from '../../src/publish/settings.js'

const d = (c: string) => `sha256:${c.repeat(64)}` as Digest
const common = { 'org.opencontainers.image.revision': 'r', 'org.opencontainers.image.created': 't' }

describe('parseMerge', () => {
  test.each([
    ['newline list', `${d('a')}\n${d('b')}`, [{ digest: d('a') }, { digest: d('b') }]],
    ['comma list', `${d('a')}, ${d('b')}`, [{ digest: d('a') }, { digest: d('b') }]],
    ['JSON array', JSON.stringify([d('a'), d('b')]), [{ digest: d('a') }, { digest: d('b') }]],
    [
      'repo@digest',
      `ghcr.io/o/app@${d('c')}`,
      [{ repository: { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'o/app' }, digest: d('c') }],
    ],
    ['empty', '  ', []],
  ])('%s', (_l, text, expected) => expect(parseMerge(text)).toEqual(expected))

  test.each(['sha256:abc', 'ghcr.io/o/app:1.0', 'ghcr.io/o/app', '["sha256:x"]', '[1]', '[not json'])(
    '%j is refused',
    (text) => {
      expect(() => parseMerge(text)).toThrow(/^Input 'merge': .* give image digests/)
    },
  )
})

describe('mergedIndex', () => {
  const child = (arch: string, c: string, annotations: Record<string, string>, variant?: string): MergeChild => ({
    descriptor: {
      mediaType: MediaType.manifest,
      digest: d(c),
      size: 500,
      platform: { os: 'linux', architecture: arch, ...(variant ? { variant } : {}) },
    },
    annotations,
    source: d(c),
  })

  test('equals the single-job index, whatever order the jobs finished in', async () => {
    const kids = [child('arm64', 'b', common), child('arm', 'c', common, 'v7'), child('amd64', 'a', common)]
    expect(mergedIndex(kids, []).descriptor.digest).toBe(await singleJobTop(kids, common))
  })

  test('only annotations every child shares, then the merge job own ones', () => {
    const merged = mergedIndex(
      [child('amd64', 'a', { ...common, x: '1' }), child('arm64', 'b', { ...common, x: '2' })],
      parseAnnotationRules('team=core'),
    )
    expect(JSON.parse(Buffer.from(merged.bytes).toString()).annotations).toEqual({ ...common, team: 'core' })
  })

  test('a platform twice is an input error naming both', () => {
    expect(() => mergedIndex([child('amd64', 'a', {}), child('amd64', 'b', {})], [])).toThrow(
      `Input 'merge': "${d('b')}" is not valid; platform linux/amd64 appears twice (also in ${d('a')}); ` +
        `give each platform once`,
    )
  })
})

describe('mergedIndex on a base image', () => {
  const platformBase = (c: string) => `sha256:${c.repeat(64)}` as Digest
  /** Platform images as the single job annotates them: the base's name and its platform manifest. */
  const kids = (name: string, mediaType: string = MediaType.manifest): MergeChild[] =>
    [
      ['amd64', 'a', '1'],
      ['arm64', 'b', '2'],
    ].map(([arch, c, base]) => ({
      descriptor: {
        mediaType,
        digest: d(c as string),
        size: 9,
        platform: { os: 'linux', architecture: arch as string },
      },
      annotations: baseAnnotations(common, { name, digest: platformBase(base as string) }),
      source: d(c as string),
    }))
  const resolved = `sha256:${'f'.repeat(64)}` as Digest

  test('given by tag: with the digest the tag resolved to, the single-job index byte for byte', async () => {
    const name = 'r.io/base:1'
    const merged = mergedIndex(kids(name), [], resolved)
    expect(merged.descriptor.digest).toBe(
      await singleJobTop(kids(name), common, { name, digest: resolved, family: 'oci' }),
    )
    expect(JSON.parse(Buffer.from(merged.bytes).toString()).annotations).toMatchObject({
      [BASE_NAME]: name,
      [BASE_DIGEST]: resolved,
    })
  })

  test('given by tag, the tag unreadable or moved: no base digest on the index (never a platform one)', () => {
    const annotations = JSON.parse(Buffer.from(mergedIndex(kids('r.io/base:1'), []).bytes).toString()).annotations
    expect(annotations[BASE_NAME]).toBe('r.io/base:1')
    expect(annotations[BASE_DIGEST]).toBeUndefined()
  })

  test(
    'pinned by digest: the pin is the index digest, as in the single job; Docker ' + 'children give a manifest list',
    async () => {
      const name = `r.io/base@${resolved}`
      const docker = 'application/vnd.docker.distribution.manifest.v2+json'
      const merged = mergedIndex(kids(name, docker), [])
      expect(merged.descriptor.digest).toBe(
        await singleJobTop(kids(name, docker), common, { name, digest: resolved, family: 'docker' }),
      )
      const idx = JSON.parse(Buffer.from(merged.bytes).toString())
      expect(idx.mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json')
      expect(idx.annotations).toEqual({ ...common, [BASE_NAME]: name, [BASE_DIGEST]: resolved })
    },
  )
})

/** The single job's top: its own index code (topOf), over the same platform manifests. */
async function singleJobTop(
  children: MergeChild[],
  annotations: Record<string, string>,
  base?: { name: string; digest: Digest; family: string },
) {
  const layout = await Layout.open(await mkdtemp(join(tmpdir(), 'bgi-merge-')))
  const images = children.map((c) => ({ manifest: c.descriptor }) as unknown as PlatformImage)
  const { top } = await topOf(layout, images, {
    settings: { annotations: everywhere(annotations) },
    ...(base ? { base } : {}),
  } as unknown as AssembleOptions)
  return top.digest
}

describe('parseMerge: the legs of several images', () => {
  const d = (c: string) => `sha256:${c.repeat(64)}`
  const leg = (a: string, w: string) => ({
    api: { digest: d(a), repositories: ['ghcr.io/o/mono/api'] },
    worker: { digest: d(w), repositories: ['ghcr.io/o/mono/worker'] },
  })

  test('each leg’s images-json: one entry per image and leg, with its repository', () => {
    const entries = parseMerge(JSON.stringify([leg('a', 'b'), leg('c', 'e')]))
    expect(entries.map((e) => [e.image, e.digest, e.repository?.repository])).toEqual([
      ['api', d('a'), 'o/mono/api'],
      ['worker', d('b'), 'o/mono/worker'],
      ['api', d('c'), 'o/mono/api'],
      ['worker', d('e'), 'o/mono/worker'],
    ])
  })

  test.each([
    ['an empty leg', [leg('a', 'b'), {}], /^Input 'merge': "leg 2: \{\}" is not valid; it names no image/],
    [
      'an empty string for a leg',
      [leg('a', 'b'), ''],
      /^Input 'merge': "leg 2: \\"\\"" is not valid; it names no image/,
    ],
    ['a leg without an image', [leg('a', 'b'), { api: leg('c', 'e').api }], /"leg 2" is not valid; it names api but/],
    [
      'an empty digest',
      [leg('a', 'b'), { ...leg('c', 'e'), worker: { digest: '' } }],
      /"leg 2: worker" .*digest is ""/,
    ],
  ])('%s is refused, naming the leg', (_l, legs, message) => {
    expect(() => parseMerge(JSON.stringify(legs))).toThrow(message)
  })
})

describe('parseMerge: an empty entry is an error naming it, never a smaller index', () => {
  const d = `sha256:${'a'.repeat(64)}`
  test('a matrix outputs object with a leg that set nothing (act, nektos/act#981)', () => {
    expect(() => parseMerge(JSON.stringify({ 'digest-amd64': d, 'digest-arm64': '' }))).toThrow(
      /^Input 'merge': "digest-arm64" is not valid; it is empty: the build job that should give it gave none/,
    )
    expect(parseMerge(JSON.stringify({ 'digest-amd64': d, 'digest-arm64': d }))).toHaveLength(2)
  })

  test('a JSON array with an empty entry names its place', () => {
    expect(() => parseMerge(JSON.stringify([d, ' ']))).toThrow(/^Input 'merge': "entry 2" is not valid; it is empty/)
  })
})
