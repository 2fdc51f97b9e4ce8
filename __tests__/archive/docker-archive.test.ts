import { describe, expect, test } from 'vitest'
import { archiveManifest, archivePath, archiveRepositories } from '../../src/archive/docker-archive.js'
import { parseConfig } from '../../src/config/config.js'
import type { Digest } from '../../src/lib/oci/digest.js'

const d = (c: string) => `sha256:${c.repeat(64)}` as Digest

describe('docker archive', () => {
  test.each([
    ['several platforms: platform appended before .tar', '/o/app.tar', 'linux-arm64', true, '/o/app-linux-arm64.tar'],
    ['no .tar: added', '/o/app', 'linux-arm-v7', true, '/o/app-linux-arm-v7.tar'],
    ['one platform: the path as given', '/o/app.tar', 'linux-amd64', false, '/o/app.tar'],
  ])('%s', (_l, path, slug, several, expected) => expect(archivePath(path, slug, several)).toBe(expected))

  test('manifest.json and repositories name config and layers by digest', () => {
    const img = { configDigest: d('c'), diffIds: [d('1'), d('2')], repoTag: 'ghcr.io/o/app:v1' }
    expect(JSON.parse(archiveManifest(img))).toEqual([
      {
        Config: `blobs/sha256/${'c'.repeat(64)}`,
        RepoTags: ['ghcr.io/o/app:v1'],
        Layers: [`blobs/sha256/${'1'.repeat(64)}`, `blobs/sha256/${'2'.repeat(64)}`],
      },
    ])
    expect(JSON.parse(archiveRepositories(img))).toEqual({ 'ghcr.io/o/app': { v1: '2'.repeat(64) } })
  })

  test('load needs the runner platform among platforms', () => {
    const parse = (inputs: Record<string, string>) =>
      parseConfig((n) => inputs[n] ?? '', { workspace: '/w', runnerTemp: '/t', hostPlatform: 'linux/amd64' })
    expect(parse({ load: 'true' }).load).toBe(true)
    expect(() => parse({ load: 'true', platforms: 'linux/arm64' })).toThrow(
      `Input 'load': "true" is not valid; the runner's platform linux/amd64 must be among platforms ` +
        `(linux/arm64) to load it`,
    )
    expect(() => parse({ load: 'yes' })).toThrow(/^Input 'load': "yes" is not valid; give true or false/)
    expect(parse({ tarball: 'out/app.tar' }).tarball).toBe('/w/out/app.tar')
  })
})
