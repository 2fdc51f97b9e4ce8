// What turns a layer's tar into raw DEFLATE: the fast helper (deflate/, klauspost/compress) or,
// where it cannot be built, Node's zlib. The choice decides the layer's bytes, so its id is part
// of the layer cache key and it is made once per run, never per layer.
import type { Duplex } from 'node:stream'
import { createDeflateRaw } from 'node:zlib'

export interface Compressor {
  /** Algorithm, version and level: what the compressed bytes depend on. */
  id: string
  level: number
  /** For the log: what compresses the layers, and why this one. */
  description: string
  /** A stream that turns what is written to it into one raw DEFLATE stream (RFC 1951). */
  deflateRaw(): Duplex
  /**
   * After a layer failed with `error`: the compressor to write it again with, or undefined when
   * the error is not this compressor's (a vanished source, a full disk) or there is no other.
   */
  fallback?(error: unknown): Compressor | undefined
}

/** A layer through `compressor`, written again through its fallback if the compressor failed. */
export async function withFallback<T>(compressor: Compressor, write: (c: Compressor) => Promise<T>): Promise<T> {
  try {
    return await write(compressor)
  } catch (e) {
    const other = compressor.fallback?.(e)
    if (!other) throw e
    return write(other)
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
    deflateRaw: () => createDeflateRaw({ level: ZLIB_LEVEL, chunkSize: 256 * 1024 }),
  }
}
