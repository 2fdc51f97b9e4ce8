import { crc32, deflateRawSync, gunzipSync, inflateRawSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import { gzipHeader, gzipTrailer } from '../../src/lib/oci/gzip.js'
import { tarEnd, tarHeader, tarPadding } from '../../src/lib/oci/tar.js'

const entry = { path: 'app/hello', type: 'file' as const, mode: 0o755, uid: 0, gid: 0, mtime: 1700000000, size: 5 }

describe('tar', () => {
  test('a ustar header: fields in octal, a checksum that GNU tar accepts', () => {
    const h = tarHeader(entry)
    expect(h.byteLength).toBe(512)
    expect(h.toString('ascii', 0, 9)).toBe('app/hello')
    expect(h.toString('ascii', 100, 107)).toBe('0000755')
    expect(h.toString('ascii', 124, 135)).toBe('00000000005')
    expect(h.toString('ascii', 257, 263)).toBe('ustar\0')
    const sum = [...h].reduce((n, b, i) => n + (i >= 148 && i < 156 ? 32 : b), 0)
    expect(Number.parseInt(h.toString('ascii', 148, 154), 8)).toBe(sum)
  })

  test('a long path goes into the prefix field; one that cannot be split is refused', () => {
    const long = `${'d'.repeat(120)}/file`
    const h = tarHeader({ ...entry, path: long })
    expect(h.toString('ascii', 0, 4)).toBe('file')
    expect(h.toString('ascii', 345, 465)).toBe('d'.repeat(120))
    expect(() => tarHeader({ ...entry, path: 'x'.repeat(101) })).toThrow(/path too long/)
  })

  test('padding to whole blocks, two zero blocks at the end', () => {
    expect(tarPadding(5).byteLength).toBe(507)
    expect(tarPadding(512).byteLength).toBe(0)
    expect(tarEnd().equals(Buffer.alloc(1024))).toBe(true)
  })
})

describe('gzip framing', () => {
  test('our header and trailer around raw deflate make a gzip any reader takes, the same on every host', () => {
    const data = Buffer.from('hello, layer')
    const framed = Buffer.concat([gzipHeader(3), deflateRawSync(data), gzipTrailer(crc32(data), data.byteLength)])
    expect(gunzipSync(framed).equals(data)).toBe(true)
    expect(framed.readUInt32LE(4)).toBe(0) // mtime 0
    expect(framed[9]).toBe(255) // OS unknown, whatever the runner
    expect(inflateRawSync(framed.subarray(10, -8)).equals(data)).toBe(true)
  })
})
