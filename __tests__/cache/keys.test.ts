import { describe, expect, test } from 'vitest'
import { buildCacheKeys, type CacheKeyInput, moduleCacheKeys, sameKey } from '../../src/cache/keys.js'
import { parsePostState } from '../../src/cache/state.js'

const base: CacheKeyInput = {
  prefix: '',
  os: 'Linux',
  arch: 'x64',
  imageOS: 'ubuntu24',
  goVersion: '1.22.5',
  depsHash: 'd'.repeat(64),
  targets: ['linux/amd64', 'linux/arm64'],
  buildSettings: ['-trimpath'],
  sourceId: 'a'.repeat(40),
}

describe('cache keys', () => {
  test('shape of both keys and their restore prefixes', () => {
    expect(moduleCacheKeys(base)).toEqual({
      key: `build-go-image-mod-Linux-x64-ubuntu24-go1.22.5-${'d'.repeat(64)}`,
      restoreKeys: ['build-go-image-mod-Linux-x64-ubuntu24-go1.22.5-'],
    })
    const b = buildCacheKeys(base)
    expect(b.key).toMatch(/^build-go-image-build-Linux-x64-ubuntu24-go1\.22\.5-[0-9a-f]{16}-[0-9a-f]{16}$/)
    expect(b.restoreKeys).toEqual([
      b.key.slice(0, b.key.lastIndexOf('-') + 1),
      'build-go-image-build-Linux-x64-ubuntu24-go1.22.5-',
    ])
    for (const k of b.restoreKeys) expect(b.key.startsWith(k)).toBe(true)
  })

  test.each([
    ['runner OS', { os: 'macOS' }, true, true],
    ['architecture', { arch: 'arm64' }, true, true],
    ['runner image', { imageOS: 'ubuntu22' }, true, true],
    ['Go version', { goVersion: '1.22.6' }, true, true],
    ['dependencies', { depsHash: 'e'.repeat(64) }, true, true],
    ['cache-prefix', { prefix: 'job2' }, true, true],
    ['target platforms', { targets: ['linux/amd64'] }, false, true],
    ['build flags', { buildSettings: ['-trimpath', '-race'] }, false, true],
    ['the commit', { sourceId: 'b'.repeat(40) }, false, true],
  ])('%s: changes module key %s, build key %s', (_l, change, modChanges, buildChanges) => {
    const k = { ...base, ...change }
    expect(moduleCacheKeys(k).key !== moduleCacheKeys(base).key).toBe(modChanges)
    expect(buildCacheKeys(k).key !== buildCacheKeys(base).key).toBe(buildChanges)
  })

  test('what must not change a key: the order of platforms', () => {
    expect(buildCacheKeys({ ...base, targets: ['linux/arm64', 'linux/amd64'] }).key).toBe(buildCacheKeys(base).key)
  })

  test('a new commit still restores the same targets first, then any build cache of that Go', () => {
    const next = buildCacheKeys({ ...base, sourceId: 'b'.repeat(40) })
    expect(next.restoreKeys).toEqual(buildCacheKeys(base).restoreKeys)
    expect(buildCacheKeys(base).key.startsWith(next.restoreKeys[0]!)).toBe(true)
  })

  test('keys never hold commas (the cache service splits on them)', () => {
    expect(buildCacheKeys({ ...base, buildSettings: ['-tags=a,b'] }).key).not.toContain(',')
  })
})

describe('post state', () => {
  test('round trip, and anything else is ignored', () => {
    const s = { version: 1, save: true, startedAt: 5, module: { paths: ['/m'], key: 'k', matchedKey: 'k' } }
    expect(parsePostState(JSON.stringify(s))).toEqual(s)
    expect(parsePostState('')).toBeUndefined()
    expect(parsePostState('{')).toBeUndefined()
    expect(parsePostState(JSON.stringify({ ...s, version: 2 }))).toBeUndefined()
    expect(parsePostState(JSON.stringify({ ...s, module: { key: 'k' } }))).toBeUndefined()
  })
})

test('sameKey: as actions/cache compares, case aside (act lower-cases keys), accents counted', () => {
  const key = 'build-go-image-mod-Linux-x64-ubuntu24-go1.26.0-abc'
  expect(sameKey(key.toLowerCase(), key)).toBe(true)
  expect(sameKey(key, key)).toBe(true)
  expect(sameKey(`${key}x`, key)).toBe(false)
  expect(sameKey('café', 'cafe')).toBe(false)
  expect(sameKey(undefined, key)).toBe(false)
})
