// The zlib compressor: a layer's tar parts through Node's raw DEFLATE stream, framed as gzip and
// written to a file in one streaming pass: diff_id hashing, crc32, deflate, digest hashing and the
// write happen on the same chunks, so a 150 MB binary is never held in memory. The fast helper
// (deflate/) does the same in its own process.
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { type Duplex, Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { crc32, createDeflateRaw } from 'node:zlib'
import type { Compressor, Gzipped } from './compressor.js'
import { digestOfHash } from './digest.js'
import { gzipHeader, gzipTrailer } from './gzip.js'
import type { TarPart } from './tar.js'

async function* chunks(parts: TarPart[]): AsyncGenerator<Buffer> {
  for (const p of parts) {
    if ('bytes' in p) {
      yield Buffer.from(p.bytes)
      continue
    }
    let read = 0
    for await (const chunk of createReadStream(p.path, { highWaterMark: 1 << 20 })) {
      read += (chunk as Buffer).byteLength
      yield chunk as Buffer
    }
    if (read !== p.size) throw new Error(`${p.path}: size changed while reading (${read} != ${p.size})`)
  }
}

async function gzipStream(parts: TarPart[], out: string, level: number, deflateRaw: () => Duplex): Promise<Gzipped> {
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
  await pipeline(Readable.from(chunks(parts)), measureTar, deflateRaw(), frameGzip, createWriteStream(out))
  return {
    diffId: digestOfHash(diffHash),
    digest: digestOfHash(digestHash),
    size: compressed,
    uncompressedSize: uncompressed,
  }
}

// Level 4: within 1.5% of level 6's size at nearly twice its speed (zlib switches to its lazy
// matcher at 4 with short chains); measured on a Go binary in bench/ (BENCHMARKS.md).
const ZLIB_LEVEL = 4

export function zlibCompressor(why: string): Compressor {
  return {
    id: `zlib-${ZLIB_LEVEL}`,
    level: ZLIB_LEVEL,
    description: `zlib level ${ZLIB_LEVEL} (${why})`,
    gzipTo: (parts, out) =>
      gzipStream(parts, out, ZLIB_LEVEL, () => createDeflateRaw({ level: ZLIB_LEVEL, chunkSize: 256 * 1024 })),
  }
}
