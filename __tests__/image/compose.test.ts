// Composing images from layers already made: data in, bytes out, no layout and no registry.
import { describe, expect, test } from 'vitest'
import type { BaseFacts } from '../../src/base/family.js'
import type { Binary } from '../../src/compile/build.js'
import { parseTargetPlatform, type TargetPlatform } from '../../src/compile/platform.js'
import { parseConfig } from '../../src/config/config.js'
import { composeIndex, composePlatform } from '../../src/image/compose.js'
import { DockerMediaType, type Layer, MediaType } from '../../src/lib/oci/descriptor.js'
import { type Digest, digestOf } from '../../src/lib/oci/digest.js'
import { parseImageConfig, parseManifest } from '../../src/lib/oci/parse.js'

const settings = parseConfig((n) => ({ annotations: 'manifest:m=1\nindex:i=2' })[n] ?? '', {
  workspace: '/src',
  runnerTemp: '/tmp',
}).image
const layer = (s: string): Layer => ({
  descriptor: { mediaType: MediaType.layerGzip, digest: digestOf(s), size: s.length },
  diffId: digestOf(`diff ${s}`),
  uncompressedSize: 10 * s.length,
})
const binary = (name: string): Binary => ({
  platform: parseTargetPlatform(name) as TargetPlatform,
  path: '/w/main',
  name: 'hello',
  size: 1000,
  seconds: 1,
  linkSkipped: false,
  sha256: '',
})
const opts = { settings, epoch: 1700000000, mainImportPath: 'example.com/hello', zoneinfo: true }
const config = (b: { bytes: Uint8Array }) => JSON.parse(Buffer.from(b.bytes).toString('utf8'))

describe('composePlatform', () => {
  test('on scratch: base files, data, program in order; ZONEINFO and KO_DATA_PATH set; dated by the commit', () => {
    const parts = { under: [layer('base')], data: layer('data'), app: layer('app') }
    const { config: c, manifest, image } = composePlatform(binary('linux/arm64'), parts, opts)
    const cfg = config(c)
    expect(parseImageConfig(c.bytes, 'cfg').platform).toEqual({ os: 'linux', architecture: 'arm64' })
    expect(cfg.created).toBe('2023-11-14T22:13:20Z')
    expect(cfg.rootfs.diff_ids).toEqual([...parts.under, parts.data, parts.app].map((l) => l.diffId))
    expect(cfg.config.Env).toEqual(expect.arrayContaining(['ZONEINFO=/usr/local/go/lib/time/zoneinfo.zip']))
    expect(cfg.config.Env).toEqual(expect.arrayContaining(['KO_DATA_PATH=/var/run/ko']))
    expect(cfg.history.map((h: { created_by: string }) => h.created_by)).toEqual([
      'build-go-image: base files',
      'build-go-image: data directory',
      'build-go-image: go build example.com/hello',
    ])
    const m = parseManifest(manifest)
    expect(m.kind === 'manifest' && m.layers.map((l) => l.digest)).toEqual(image.layers.map((l) => l.descriptor.digest))
    expect(m.annotations).toEqual({ m: '1' })
    expect(image.manifest.platform).toEqual({ os: 'linux', architecture: 'arm64' })
    expect(image.compressedSize).toBe(c.descriptor.size + 4 + 4 + 3)
  })

  test('the same inputs give the same bytes (the digests are reproducible)', () => {
    const parts = { under: [layer('base')], app: layer('app') }
    const a = composePlatform(binary('linux/amd64'), parts, opts)
    const b = composePlatform(binary('linux/amd64'), parts, { ...opts })
    expect(a.manifest.descriptor.digest).toBe(b.manifest.descriptor.digest)
    expect(composePlatform(binary('linux/amd64'), parts, { ...opts, epoch: 1 }).manifest.descriptor.digest).not.toBe(
      a.manifest.descriptor.digest,
    )
  })

  test('on a Docker base: its family for every media type, its history first, its platform manifest named', () => {
    const baseManifest = { mediaType: DockerMediaType.manifest, digest: digestOf('base-arm64'), size: 9 }
    const base: BaseFacts = {
      name: 'example.com/base:1',
      digest: digestOf('base-index') as Digest,
      family: 'docker',
      platforms: new Map([
        [
          'linux/arm64',
          { manifest: baseManifest, config: { history: [{ created_by: 'base' }] }, layers: [layer('b').descriptor] },
        ],
      ]),
    }
    const parts = { under: [layer('b')], app: layer('app') }
    const { config: c, manifest, image } = composePlatform(binary('linux/arm64'), parts, { ...opts, base })
    expect([c.descriptor.mediaType, manifest.descriptor.mediaType, image.layers[1]?.descriptor.mediaType]).toEqual([
      DockerMediaType.config,
      DockerMediaType.manifest,
      DockerMediaType.layerGzip,
    ])
    expect(config(c).history[0]).toEqual({ created_by: 'base' })
    expect(config(c).config.Env.some((e: string) => e.startsWith('ZONEINFO='))).toBe(false) // the base's own
    expect(parseManifest(manifest).annotations).toMatchObject({
      'org.opencontainers.image.base.name': 'example.com/base:1',
      'org.opencontainers.image.base.digest': baseManifest.digest,
    })
  })
})

describe('composeIndex', () => {
  test('one platform: no index; several: platform order whatever the build order, index annotations', () => {
    const parts = { under: [layer('base')], app: layer('app') }
    const amd64 = composePlatform(binary('linux/amd64'), parts, opts).image
    const arm = composePlatform(binary('linux/arm/v7'), parts, opts).image
    expect(composeIndex([amd64], opts)).toBeUndefined()
    const index = composeIndex([arm, amd64], opts)
    const parsed = index && parseManifest(index)
    expect(parsed && parsed.kind === 'index' && parsed.manifests.map((m) => m.platform)).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm', variant: 'v7' },
    ])
    expect(parsed?.annotations).toEqual({ i: '2' })
    expect(composeIndex([amd64, arm], opts)?.descriptor.digest).toBe(index?.descriptor.digest)
  })
})
