// The fast compressor: deflate/ built with the machine's Go, cached, deterministic whatever its
// parts' sizes, and its layers read back by gunzip and GNU tar; zlib where it cannot be had.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  actionRoot,
  HELPER_LEVEL,
  helperCompressor,
  helperPath,
  helperSource,
} from '../../src/image/deflate-helper-io.js'
import { HelperFailure, HelperProcess } from '../../src/image/helper-process-io.js'
import { baseFiles, binaryFiles } from '../../src/image/rootfs.js'
import { type Compressor, withFallback } from '../../src/lib/oci/compressor.js'
import { digestOf } from '../../src/lib/oci/digest.js'
import { gzipHeader } from '../../src/lib/oci/gzip.js'
import { writeLayer } from '../../src/lib/oci/layer-io.js'
import { Layout } from '../../src/lib/oci/layout-io.js'
import type { TarPart } from '../../src/lib/oci/tar.js'
import { zlibCompressor } from '../../src/lib/oci/zlib-io.js'
import { plantHelper } from '../fake-helper.js'

const goVersion = execFileSync('go', ['env', 'GOVERSION']).toString().trim().replace(/^go/, '')
let dir: string
let helper: Compressor
let sampleFile: string
// Compressible, like a binary: random bytes repeated with variations.
const sample = Buffer.concat(
  Array.from({ length: 64 }, (_, i) => Buffer.concat([randomBytes(4096), Buffer.alloc(8192, i)])),
)

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bgi-deflate-'))
  helper = await helperCompressor('go', goVersion, process.env, join(dir, 'cache'))
  sampleFile = join(dir, 'sample')
  await writeFile(sampleFile, sample)
}, 180_000)
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

let files = 0
/** The gzip file `c` writes for these parts (default: the sample, as one file). */
async function gzipped(c: Compressor, parts?: TarPart[]): Promise<Buffer> {
  const out = join(dir, `out-${files++}.gz`)
  await c.gzipTo(parts ?? [{ path: sampleFile, size: sample.byteLength }], out)
  return readFile(out)
}

describe('the deflate helper', () => {
  test('is built with the Go at hand, then found in the cache', async () => {
    expect(helper.description).toBe(`klauspost/compress level ${HELPER_LEVEL} (helper built)`)
    const again = await helperCompressor('go', goVersion, process.env, join(dir, 'cache'))
    expect(again.description).toBe(`klauspost/compress level ${HELPER_LEVEL} (helper cached)`)
    expect(again.id).toBe(helper.id)
  })

  test("the job's GOFLAGS, GOWORK and target variables do not reach the helper's build", async () => {
    const env = {
      ...process.env,
      GOFLAGS: '-toolexec=/bin/false',
      GOWORK: join(dir, 'missing', 'go.work'),
      GOOS: 'windows',
      GOARCH: 'arm64',
    }
    const c = await helperCompressor('go', goVersion, env, join(dir, 'user-env'))
    expect(c.description).toBe(`klauspost/compress level ${HELPER_LEVEL} (helper built)`)
    expect((await gzipped(c)).equals(await gzipped(helper))).toBe(true)
  }, 120_000)

  test('its id names the vendored library version, which go.mod pins', async () => {
    const goMod = await readFile(join(actionRoot(), 'deflate', 'go.mod'), 'utf8')
    const version = /github\.com\/klauspost\/compress v(\S+)/.exec(goMod)?.[1]
    expect(helper.id).toBe(`klauspost-compress-${version}-${HELPER_LEVEL}`)
  })

  test("the same tar, the same file whatever its parts' sizes (a file, bytes in pieces); it gunzips back", async () => {
    const whole = await gzipped(helper)
    const pieces: TarPart[] = []
    for (let at = 0; at < sample.byteLength; ) {
      const n = 1 + ((at * 7919) % 70_000)
      pieces.push({ bytes: sample.subarray(at, at + n) })
      at += n
    }
    expect((await gzipped(helper, pieces)).equals(whole)).toBe(true)
    expect(gunzipSync(whole).equals(sample)).toBe(true)
    expect(whole.byteLength).toBeLessThan(sample.byteLength / 2)
    expect(whole.subarray(0, 10).equals(gzipHeader(HELPER_LEVEL))).toBe(true)
  })

  test(
    'a layer made with it: gunzip checks the framing, GNU tar lists it, and a second ' + 'layer is identical',
    async () => {
      const bin = join(dir, 'app')
      await writeFile(bin, sample)
      const files = binaryFiles('app', bin, sample.byteLength, 1700000000)
      const one = await Layout.open(join(dir, 'one'))
      const layer = await writeLayer(one, files, helper)
      const gz = await readFile(one.blobPath(layer.descriptor.digest))
      expect(digestOf(gunzipSync(gz))).toBe(layer.diffId)
      expect(execFileSync('tar', ['-tzf', one.blobPath(layer.descriptor.digest)], { encoding: 'utf8' })).toContain(
        'app/app',
      )
      const two = await Layout.open(join(dir, 'two'))
      expect(await writeLayer(two, files, helper)).toEqual(layer)
    },
  )

  test('golden digest: the base files layer through the helper is byte-for-byte stable', async () => {
    const layout = await Layout.open(join(dir, 'golden'))
    const layer = await writeLayer(layout, baseFiles(), helper)
    expect(layer.descriptor.digest).toBe(GOLDEN_BASE_DIGEST)
  })

  test('built for arm64 and run under qemu, it gives the same bytes as on this machine', async () => {
    const arm = join(dir, 'deflate-arm64')
    execFileSync('go', ['build', '-trimpath', '-o', arm, '.'], {
      cwd: join(actionRoot(), 'deflate'),
      env: { ...process.env, GOOS: 'linux', GOARCH: 'arm64', CGO_ENABLED: '0', GOFLAGS: '-mod=vendor' },
    })
    const out = join(dir, 'via-qemu.gz')
    const request = {
      id: 7,
      out,
      header: gzipHeader(HELPER_LEVEL).toString('base64'),
      parts: [{ file: sampleFile, size: sample.byteLength }],
    }
    const answer = JSON.parse(
      execFileSync('qemu-aarch64-static', [arm, String(HELPER_LEVEL)], {
        input: `${JSON.stringify(request)}\n`,
      }).toString(),
    )
    const native = await gzipped(helper)
    expect(answer).toMatchObject({ id: 7, digest: digestOf(native), size: native.byteLength })
    expect((await readFile(out)).equals(native)).toBe(true)
  }, 120_000)

  test('built with Go 1.21 (the oldest it allows, fetched from the module proxy) it gives the same bytes', async () => {
    // downloads the toolchain module once
    execFileSync('go', ['version'], { env: { ...process.env, GOTOOLCHAIN: 'go1.21.13' } })
    const modcache = execFileSync('go', ['env', 'GOMODCACHE']).toString().trim()
    const go121 = join(modcache, 'golang.org', 'toolchain@v0.0.1-go1.21.13.linux-amd64', 'bin', 'go')
    const old = await helperCompressor(go121, '1.21.13', process.env, join(dir, 'go121'))
    expect(old.description).toBe(`klauspost/compress level ${HELPER_LEVEL} (helper built)`)
    expect((await gzipped(old)).equals(await gzipped(helper))).toBe(true)
  }, 300_000)

  test('a helper that dies mid-layer is a failure naming it (zlib takes over), not a short layer', async () => {
    const dying = new HelperProcess('sh', ['-c', 'head -c 10 >/dev/null; echo boom >&2; exit 3'])
    const out = join(dir, 'dying.gz')
    const failure = await dying
      .gzip([{ path: sampleFile, size: sample.byteLength }], out, gzipHeader(3))
      .catch((e) => e)
    expect(failure).toBeInstanceOf(HelperFailure)
    expect((failure as Error).message).toBe('sh failed (3): boom')
    expect(helper.fallback?.(new Error('not the helper'))).toBeUndefined()
  })

  test("a layer's file that vanished, or an output it cannot write: that layer's error, not the helper's", async () => {
    const gone = helper.gzipTo([{ path: join(dir, 'no-such-program'), size: 10 }], join(dir, 'gone.gz'))
    await expect(gone).rejects.toThrow(/no-such-program: no such file or directory/)
    await expect(gone).rejects.not.toBeInstanceOf(HelperFailure)
    const shrunk = helper.gzipTo([{ path: sampleFile, size: sample.byteLength + 1 }], join(dir, 'shrunk.gz'))
    await expect(shrunk).rejects.toThrow(/sample: size changed while reading/)
    const unwritable = helper.gzipTo([], join(dir, 'no-such-dir', 'layer.gz'))
    await expect(unwritable).rejects.toMatchObject({ syscall: 'write', code: 'ENOENT' })
    // and the helper still serves the run
    expect((await gzipped(helper)).byteLength).toBeGreaterThan(0)
  })
})

describe('zlib where the helper cannot be had', () => {
  test('a Go older than the helper needs', async () => {
    const c = await helperCompressor('go', '1.20.14', process.env, join(dir, 'old'))
    expect(c.id).toBe('zlib-4')
    expect(c.description).toBe('zlib level 4 (the fast compressor needs Go 1.21 or later)')
  })

  test('a Go that cannot build it', async () => {
    const c = await helperCompressor('false', goVersion, process.env, join(dir, 'broken'))
    expect(c.id).toBe('zlib-4')
    expect(c.description).toMatch(/^zlib level 4 \(the fast compressor is not available: it did not build/)
  })

  test('a step that ends while the helper builds: the build is killed, nothing is kept', async () => {
    const cache = join(dir, 'cancelled')
    const stop = new AbortController()
    // A fresh GOCACHE: the build takes seconds, far longer than the 300 ms before the abort.
    const env = { ...process.env, GOCACHE: await mkdtemp(join(dir, 'gocache-')) }
    setTimeout(() => stop.abort(), 300)
    const c = await helperCompressor('go', goVersion, env, cache, stop.signal)
    expect(c.description).toBe('zlib level 4 (the step ended before the fast compressor was built)')
    expect(existsSync(await helperPath(goVersion, cache))).toBe(false) // a finished build would have left it
  }, 60_000)
})

describe('a kept helper is checked before it runs, and one that fails gives way to zlib', () => {
  test('a kept helper whose sha256 does not match is not run: it is built again', async () => {
    const cache = join(dir, 'tampered')
    const bin = await plantHelper(cache, 'exit 0', 'f'.repeat(64))
    const c = await helperCompressor('go', goVersion, process.env, cache)
    expect(c.description).toBe(`klauspost/compress level ${HELPER_LEVEL} (helper built)`)
    expect((await readFile(bin)).subarray(0, 4)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46])) // ELF, not the script
    expect((await gzipped(c)).equals(await gzipped(helper))).toBe(true)
  }, 120_000)

  test('a helper that crashes on a layer: that layer and the rest go through zlib, with one warning', async () => {
    const cache = join(dir, 'crashing')
    const bin = await plantHelper(cache, 'echo killed >&2; kill -9 $$')
    const c = await helperCompressor('go', goVersion, process.env, cache)
    expect(c.description).toBe(`klauspost/compress level ${HELPER_LEVEL} (helper cached)`)
    const appBin = join(dir, 'crash-app')
    await writeFile(appBin, sample)
    const files = binaryFiles('app', appBin, sample.byteLength, 1700000000)
    const warnings: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((chunk: string) =>
      String(chunk).startsWith('::warning::')
        ? warnings.push(String(chunk)) > 0
        : write(chunk)) as typeof process.stdout.write
    try {
      const layout = await Layout.open(join(dir, 'crash-layout'))
      const first = await withFallback(c, (x) => writeLayer(layout, files, x))
      const second = await withFallback(c, (x) => writeLayer(layout, baseFiles(), x))
      const zlib = zlibCompressor('reference')
      expect(first).toEqual(await writeLayer(await Layout.open(join(dir, 'zlib-1')), files, zlib))
      expect(second).toEqual(await writeLayer(await Layout.open(join(dir, 'zlib-2')), baseFiles(), zlib))
    } finally {
      process.stdout.write = write
    }
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^::warning::The fast compressor failed \(.*failed \(SIGKILL\): killed\); .* their digests differ/,
    )
    expect(c.id).toBe('zlib-4')
    // the second layer did not try it
    expect((await readFile(`${bin}.runs`, 'utf8')).trim().split('\n')).toHaveLength(1)
  })

  test('a helper that does not run here (a noexec cache, say) is found by its probe: zlib from the start', async () => {
    const cache = join(dir, 'noexec')
    const bin = await plantHelper(cache, 'exit 0')
    await chmod(bin, 0o644) // what a noexec mount looks like to spawn: EACCES
    const c = await helperCompressor('go', goVersion, process.env, cache)
    expect(c.id).toBe('zlib-4')
    expect(c.description).toMatch(
      /^zlib level 4 \(the fast compressor is not available: it does not run here: .*EACCES/,
    )
  })

  test("the cache key covers every file of the helper's source, the vendored library too", async () => {
    const copy = join(dir, 'source-copy')
    await cp(join(actionRoot(), 'deflate'), copy, { recursive: true })
    const before = await helperSource(copy, goVersion)
    await writeFile(join(copy, 'vendor/github.com/klauspost/compress/flate/deflate.go'), '// changed\n', { flag: 'a' })
    const after = await helperSource(copy, goVersion)
    expect(after.library).toBe(before.library)
    expect(after.key).not.toBe(before.key)
  })
})

const GOLDEN_BASE_DIGEST = 'sha256:7ef50bcfa9e9f3db9303893ce52cdd325acc149103bf695486782b57a43858a0'
