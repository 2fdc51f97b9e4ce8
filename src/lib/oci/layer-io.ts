// Builds a gzip-compressed tar layer in one streaming pass: tar framing, diff_id hashing, crc32,
// deflate, digest hashing and the file write all happen on the same chunks, so a 150 MB binary is
// never held in memory. The deflate runs off the main thread (the helper process, or zlib on the
// libuv pool), so layers compress in parallel.
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { crc32 } from 'node:zlib'
import type { Compressor } from './compressor.js'
import { type Layer, MediaType } from './descriptor.js'
import { digestOfHash } from './digest.js'
import { gzipHeader, gzipTrailer } from './gzip.js'
import type { Layout } from './layout-io.js'
import { type LayerFile, tarEnd, tarHeader, tarPadding } from './tar.js'

export type { Layer } from './descriptor.js'
export type { LayerFile } from './tar.js'

async function* tarChunks(files: LayerFile[]): AsyncGenerator<Buffer> {
  const sorted = [...files].sort((a, b) => (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0))
  for (const f of sorted) {
    yield tarHeader(f.entry)
    if (f.entry.type !== 'file' || !f.source) continue
    let written = 0
    if ('bytes' in f.source) {
      written = f.source.bytes.byteLength
      yield Buffer.from(f.source.bytes)
    } else {
      for await (const chunk of createReadStream(f.source.path, { highWaterMark: 1 << 20 })) {
        written += (chunk as Buffer).byteLength
        yield chunk as Buffer
      }
    }
    if (written !== f.entry.size)
      throw new Error(`${f.entry.path}: size changed while reading (${written} != ${f.entry.size})`)
    yield tarPadding(written)
  }
  yield tarEnd()
}

export async function writeLayer(layout: Layout, files: LayerFile[], compressor: Compressor): Promise<Layer> {
  const level = compressor.level
  const diffHash = createHash('sha256')
  const digestHash = createHash('sha256')
  let crc = 0
  let uncompressed = 0
  let compressed = 0

  const measureTar = new Transform({
    transform(chunk: Buffer, _enc, done) {
      diffHash.update(chunk)
      crc = crc32(chunk, crc)
      uncompressed += chunk.byteLength
      done(null, chunk)
    },
  })
  let headerSent = false
  const frameGzip = new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (!headerSent) {
        headerSent = true
        this.push(tally(gzipHeader(level)))
      }
      done(null, tally(chunk))
    },
    flush(done) {
      if (!headerSent) this.push(tally(gzipHeader(level)))
      done(null, tally(gzipTrailer(crc, uncompressed)))
    },
  })
  function tally(b: Buffer): Buffer {
    digestHash.update(b)
    compressed += b.byteLength
    return b
  }

  const tmp = layout.tempPath()
  try {
    await pipeline(
      Readable.from(tarChunks(files)),
      measureTar,
      compressor.deflateRaw(),
      frameGzip,
      createWriteStream(tmp),
    )
  } catch (e) {
    await rm(tmp, { force: true })
    // A source that vanished is our bug or the build's; a write that failed is the layout's.
    throw (e as NodeJS.ErrnoException).syscall === 'write' || (e as NodeJS.ErrnoException).code === 'ENOSPC'
      ? layout.error(e)
      : e
  }
  const digest = digestOfHash(digestHash)
  await layout.commit(tmp, digest)
  return {
    descriptor: { mediaType: MediaType.layerGzip, digest, size: compressed },
    diffId: digestOfHash(diffHash),
    uncompressedSize: uncompressed,
  }
}
