// What turns a layer's tar into a gzip file: the fast helper (deflate/, klauspost/compress) or,
// where it cannot be built, Node's zlib (zlib-io.ts). The choice decides the layer's bytes, so its id is part
// of the layer cache key and it is made once per run, never per layer.
import type { Digest } from './digest.js'
import type { TarPart } from './tar.js'

/** A layer file as written: the tar's digest and size (diff_id) and the gzip file's. */
export interface Gzipped {
  diffId: Digest
  digest: Digest
  size: number
  uncompressedSize: number
}

export interface Compressor {
  /** Algorithm, version and level: what the compressed bytes depend on. */
  id: string
  level: number
  /** For the log: what compresses the layers, and why this one. */
  description: string
  /**
   * Write the tar these parts make, gzip-compressed (gzip.ts's header, one raw DEFLATE stream, the
   * RFC 1952 trailer), to the file `out`. A failure to write `out` carries syscall 'write'.
   */
  gzipTo(parts: TarPart[], out: string): Promise<Gzipped>
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
