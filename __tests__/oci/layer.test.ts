import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { baseFiles, binaryFiles } from '../../src/image/rootfs.js'
import { type Digest, digestOf } from '../../src/lib/oci/digest.js'
import { type LayerFile, writeLayer } from '../../src/lib/oci/layer-io.js'
import { Layout } from '../../src/lib/oci/layout-io.js'
import { zlibCompressor } from '../../src/lib/oci/zlib-io.js'

const zlib = zlibCompressor('test')
let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bgi-layer-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writeLayer', () => {
  test('the gzip stream has a fixed header (mtime 0, OS 255) and a diff_id over the tar', async () => {
    const layout = await Layout.open(join(dir, 'oci'))
    const layer = await writeLayer(layout, baseFiles(), zlib)
    const gz = await readFile(layout.blobPath(layer.descriptor.digest))
    expect([...gz.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff])
    expect(digestOf(gz)).toBe(layer.descriptor.digest)
    expect(gz.byteLength).toBe(layer.descriptor.size)
    const tar = gunzipSync(gz) // also checks our crc32 and size trailer
    expect(digestOf(tar)).toBe(layer.diffId)
    expect(tar.byteLength).toBe(layer.uncompressedSize)
  })

  test('golden digest: the base layer is byte-for-byte stable (a zlib or tar change shows here)', async () => {
    const layout = await Layout.open(join(dir, 'oci'))
    const layer = await writeLayer(layout, baseFiles(), zlib)
    expect(layer.diffId).toBe(GOLDEN_BASE_DIFF_ID)
    expect(layer.descriptor.digest).toBe(GOLDEN_BASE_DIGEST)
  })

  test('GNU tar lists sorted entries with our modes, owners and mtimes', async () => {
    const bin = join(dir, 'hello')
    await writeFile(bin, Buffer.alloc(1500, 7))
    const layout = await Layout.open(join(dir, 'oci'))
    const files: LayerFile[] = [...binaryFiles('hello', bin, 1500, 1700000000), ...baseFiles()]
    const layer = await writeLayer(layout, files, zlib)
    const listing = execFileSync(
      'tar',
      ['-tvzf', layout.blobPath(layer.descriptor.digest), '--numeric-owner', '--full-time'],
      {
        encoding: 'utf8',
        env: { ...process.env, TZ: 'UTC' },
      },
    )
    const rows = listing
      .trim()
      .split('\n')
      .map((l) => l.split(/\s+/))
    expect(rows.map((r) => r[5])).toEqual([
      'app/',
      'app/hello',
      'etc/',
      'etc/group',
      'etc/nsswitch.conf',
      'etc/passwd',
      'etc/ssl/',
      'etc/ssl/certs/',
      'etc/ssl/certs/ca-certificates.crt',
      'home/',
      'home/nonroot/',
      'tmp/',
    ])
    const byPath = Object.fromEntries(rows.map((r) => [r[5], r]))
    expect(byPath['app/hello']?.slice(0, 5)).toEqual(['-r-xr-xr-x', '0/0', '1500', '2023-11-14', '22:13:20'])
    expect(byPath['tmp/']?.slice(0, 2)).toEqual(['drwxrwxrwt', '0/0'])
    expect(byPath['home/nonroot/']?.slice(0, 2)).toEqual(['drwx------', '65532/65532'])
    expect(byPath['etc/passwd']?.slice(0, 4)).toEqual([
      '-rw-r--r--',
      '0/0',
      String(byPath['etc/passwd']?.[2]),
      '1970-01-01',
    ])
    // Extracting gives back the exact bytes.
    execFileSync('tar', ['-xzf', layout.blobPath(layer.descriptor.digest), '-C', dir])
    expect(await readFile(join(dir, 'app/hello'))).toEqual(Buffer.alloc(1500, 7))
  })

  test('long paths use the ustar prefix field and survive GNU tar', async () => {
    const layout = await Layout.open(join(dir, 'oci'))
    const long = `${'d'.repeat(60)}/${'e'.repeat(60)}/file.txt`
    const layer = await writeLayer(
      layout,
      [
        {
          entry: { path: long, type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 0, size: 2 },
          source: { bytes: Buffer.from('hi') },
        },
      ],
      zlib,
    )
    const listing = execFileSync('tar', ['-tzf', layout.blobPath(layer.descriptor.digest)], { encoding: 'utf8' })
    expect(listing.trim()).toBe(long)
  })

  test('a failed write leaves no temporary file behind', async () => {
    const layout = await Layout.open(join(dir, 'oci'))
    const missing = join(dir, 'does-not-exist')
    await expect(writeLayer(layout, binaryFiles('x', missing, 10, 0), zlib)).rejects.toThrow(/ENOENT/)
    expect(await readdir(join(dir, 'oci', 'blobs', 'sha256'))).toEqual([])
  })
})

// Measured once and pinned: if Node's zlib, our tar writer or the CA bundle changes, these change,
// and every image digest with them. Update only on purpose, and say so in the release notes.
const GOLDEN_BASE_DIFF_ID = 'sha256:70cfd3447ab4119d85c69b8059a7720760e6feb2cb31cb6b364920294b9782c9'
const GOLDEN_BASE_DIGEST = 'sha256:1374e6386b1e64302b0e2ea2c69c62bc4b71e87cfd54cf8fa3767dbc3d9ac48f'

describe('layer cache', () => {
  test(
    'a miss compresses and stores; a hit gives the same layer without compressing, ' + 'into another layout',
    async () => {
      const { layerKey, lookupLayer, storeLayer } = await import('../../src/kept/layer-cache-io.js')
      const cache = join(dir, 'cache')
      const bin = join(dir, 'bin')
      await writeFile(bin, Buffer.alloc(70_000, 3))
      const files = binaryFiles('bin', bin, 70_000, 1700000000)
      const key = await layerKey(files, 'zlib-4')
      const first = await Layout.open(join(dir, 'one'))
      expect(await lookupLayer(cache, key, first)).toBeUndefined()
      const layer = await writeLayer(first, files, zlib)
      await storeLayer(cache, key, layer, first)
      const second = await Layout.open(join(dir, 'two'))
      const hit = await lookupLayer(cache, key, second)
      expect(hit).toEqual(layer)
      expect(await readFile(second.blobPath(layer.descriptor.digest))).toEqual(
        await readFile(first.blobPath(layer.descriptor.digest)),
      )
      // Anything that changes the layer changes the key: content, mtime, compressor.
      await writeFile(bin, Buffer.alloc(70_000, 4))
      expect(await layerKey(files, 'zlib-4')).not.toBe(key)
      expect(await layerKey(binaryFiles('bin', bin, 70_000, 1), 'zlib-4')).not.toBe(await layerKey(files, 'zlib-4'))
      expect(await layerKey(files, 'klauspost-compress-1.17.11-3')).not.toBe(await layerKey(files, 'zlib-4'))
    },
  )

  test(
    'a kept layer that was damaged (as a restored cache may be) is not used: a miss, ' + 'and the entry dropped',
    async () => {
      const { layerKey, lookupLayer, storeLayer } = await import('../../src/kept/layer-cache-io.js')
      const { digestHex } = await import('../../src/lib/oci/digest.js')
      const cache = join(dir, 'cache')
      const bin = join(dir, 'bin')
      await writeFile(bin, Buffer.alloc(70_000, 5))
      const files = binaryFiles('bin', bin, 70_000, 1700000000)
      const key = await layerKey(files, 'zlib-4')
      const first = await Layout.open(join(dir, 'one'))
      const layer = await writeLayer(first, files, zlib)
      await storeLayer(cache, key, layer, first)
      const kept = join(cache, digestHex(layer.descriptor.digest))
      const bytes = await readFile(kept)
      // the same size, one byte flipped
      bytes.writeUInt8((bytes.readUInt8(bytes.byteLength - 20) ^ 0xff) & 0xff, bytes.byteLength - 20)
      await writeFile(kept, bytes)
      const second = await Layout.open(join(dir, 'two'))
      expect(await lookupLayer(cache, key, second)).toBeUndefined()
      expect(existsSync(second.blobPath(layer.descriptor.digest))).toBe(false)
      expect(existsSync(kept)).toBe(false)
      expect(existsSync(join(cache, `${key}.json`))).toBe(false)
      expect(readdirSync(join(dir, 'two', 'blobs', 'sha256'))).toEqual([]) // no temporary file left
    },
  )
})

describe('index.json', () => {
  test(
    'is replaced whole: a reader of the old file still reads the old index, and no ' + 'temporary file stays',
    async () => {
      const layout = await Layout.open(join(dir, 'idx'))
      const one = {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: `sha256:${'1'.repeat(64)}` as Digest,
        size: 1,
      }
      await layout.writeIndex([one])
      const path = join(dir, 'idx', 'index.json')
      const before = await readFile(path, 'utf8')
      const reader = await open(path, 'r')
      try {
        await layout.writeIndex([one, { ...one, digest: `sha256:${'2'.repeat(64)}` as Digest }])
        // Written in place, the open file would now be truncated and rewritten under the reader.
        expect((await reader.readFile('utf8')).toString()).toBe(before)
      } finally {
        await reader.close()
      }
      expect(JSON.parse(await readFile(path, 'utf8')).manifests).toHaveLength(2)
      expect(readdirSync(join(dir, 'idx')).sort()).toEqual(['blobs', 'index.json', 'oci-layout'])
    },
  )
})
