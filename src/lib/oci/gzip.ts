// Gzip framing around a raw deflate stream (from zlib or the deflate helper alike). Node's gzip
// writes the host OS into the header (3 on Linux, 19 on macOS, 10 on Windows), which would make
// layer digests depend on the runner; we write a fixed header (mtime 0, OS 255 "unknown", as Go
// does) and the RFC 1952 trailer ourselves.

export function gzipHeader(level: number): Buffer {
  const xfl = level >= 9 ? 2 : level === 1 ? 4 : 0
  return Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 0xff])
}

export function gzipTrailer(crc32: number, size: number): Buffer {
  const t = Buffer.alloc(8)
  t.writeUInt32LE(crc32 >>> 0, 0)
  t.writeUInt32LE(size % 2 ** 32, 4)
  return t
}
