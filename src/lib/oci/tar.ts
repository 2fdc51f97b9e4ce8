// A ustar header writer. Hand-written rather than tar-stream or node-tar: a layer digest depends on
// every header byte, so the format must never change under us when a dependency is upgraded, and
// we need exactly one shape: regular files and directories, fixed owner, mode and mtime, no PAX.

export interface TarEntry {
  /** Path inside the image without a leading slash; directories end with '/'. */
  path: string
  type: 'file' | 'dir'
  mode: number
  uid: number
  gid: number
  /** Seconds since the epoch. */
  mtime: number
  size: number
}

/** One entry of a layer to write: a file on disk (streamed; its sha256 when known) or bytes; none for directories. */
export interface LayerFile {
  entry: TarEntry
  source?: { path: string; sha256?: string } | { bytes: Uint8Array }
}

const BLOCK = 512

function octal(n: number, width: number): string {
  // width includes the terminating NUL
  return n.toString(8).padStart(width - 1, '0') + '\0'
}

/** Split a path into ustar's prefix (155) and name (100) fields. */
function splitPath(path: string): { prefix: string; name: string } {
  if (Buffer.byteLength(path) <= 100) return { prefix: '', name: path }
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path
  for (let i = trimmed.lastIndexOf('/'); i > 0; i = trimmed.lastIndexOf('/', i - 1)) {
    const prefix = path.slice(0, i)
    const name = path.slice(i + 1)
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name.length > 0) {
      return { prefix, name }
    }
  }
  throw new Error(`path too long for a tar header: ${path}`)
}

export function tarHeader(e: TarEntry): Buffer {
  if (e.size > 0o77777777777) throw new Error(`file too large for a tar header: ${e.path}`)
  const h = Buffer.alloc(BLOCK)
  const { prefix, name } = splitPath(e.path)
  h.write(name, 0, 100, 'utf8')
  h.write(octal(e.mode & 0o7777, 8), 100, 'ascii')
  h.write(octal(e.uid, 8), 108, 'ascii')
  h.write(octal(e.gid, 8), 116, 'ascii')
  h.write(octal(e.type === 'file' ? e.size : 0, 12), 124, 'ascii')
  h.write(octal(e.mtime, 12), 136, 'ascii')
  h.write('        ', 148, 'ascii') // checksum is computed over spaces in its own field
  h.write(e.type === 'file' ? '0' : '5', 156, 'ascii')
  h.write('ustar\0', 257, 'ascii')
  h.write('00', 263, 'ascii')
  h.write(octal(0, 8), 329, 'ascii') // devmajor
  h.write(octal(0, 8), 337, 'ascii') // devminor
  h.write(prefix, 345, 155, 'utf8')
  let sum = 0
  for (const b of h) sum += b
  h.write(octal(sum, 7) + ' ', 148, 'ascii')
  return h
}

/** Zero bytes that pad a file's content to a whole block. */
export function tarPadding(size: number): Buffer {
  const rest = size % BLOCK
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest)
}

/** Two zero blocks end an archive. */
export function tarEnd(): Buffer {
  return Buffer.alloc(2 * BLOCK)
}

/** A piece of a layer's tar: bytes made here (headers, padding), or a file's content read as it goes. */
export type TarPart = { bytes: Uint8Array } | { path: string; size: number }

/** The tar of these files, in path order, as parts: what a compressor reads a layer from. */
export function tarParts(files: LayerFile[]): TarPart[] {
  const sorted = [...files].sort((a, b) => (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0))
  const parts: TarPart[] = []
  for (const f of sorted) {
    parts.push({ bytes: tarHeader(f.entry) })
    if (f.entry.type !== 'file' || !f.source) continue
    parts.push('bytes' in f.source ? { bytes: f.source.bytes } : { path: f.source.path, size: f.entry.size })
    const content = 'bytes' in f.source ? f.source.bytes.byteLength : f.entry.size
    if (content !== f.entry.size) throw new Error(`${f.entry.path}: ${content} bytes, its header says ${f.entry.size}`)
    parts.push({ bytes: tarPadding(content) })
  }
  parts.push({ bytes: tarEnd() })
  return parts
}
