// A Go program's build information, read from its ELF file in-process, as Go's debug/buildinfo
// reads it: the `.go.buildinfo` section starts with a 32-byte header (magic, pointer size, flags)
// and, since Go 1.18 (flag 2), holds the Go version and the module information inline as
// uvarint-prefixed strings. Done here rather than by `go version -m`: a spawn per program (twelve
// for three services on four platforms) costs the step more than these few reads. No npm library
// reads it. Pure: the edge (io.ts) reads the byte ranges these functions ask for.

/** The part of an ELF header that locates the section headers. */
export interface ElfHeader {
  little: boolean
  wide: boolean
  sectionsAt: number
  sectionSize: number
  sectionCount: number
  namesIndex: number
}

export interface Section {
  nameAt: number
  offset: number
  size: number
}

/** Bytes an ELF header takes (64-bit; a 32-bit one is shorter). */
export const ELF_HEADER_BYTES = 64
const MAGIC = Buffer.from('\x7fELF', 'latin1')
const BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1')
const HEADER_SIZE = 32
const ALIGN = 16
const FLAG_INLINE = 2

/** The header's facts, or undefined when `head` is not an ELF file's start. */
export function elfHeader(head: Buffer): ElfHeader | undefined {
  if (head.byteLength < 52 || !head.subarray(0, 4).equals(MAGIC)) return undefined
  const wide = head[4] === 2
  const little = head[5] === 1
  const u16 = (at: number) => (little ? head.readUInt16LE(at) : head.readUInt16BE(at))
  const u32 = (at: number) => (little ? head.readUInt32LE(at) : head.readUInt32BE(at))
  if (wide && head.byteLength < ELF_HEADER_BYTES) return undefined
  const sectionsAt = wide ? Number(little ? head.readBigUInt64LE(0x28) : head.readBigUInt64BE(0x28)) : u32(0x20)
  const at = wide ? 0x3a : 0x2e
  return { little, wide, sectionsAt, sectionSize: u16(at), sectionCount: u16(at + 2), namesIndex: u16(at + 4) }
}

/** The section headers, from the `sectionCount * sectionSize` bytes at `sectionsAt`. */
export function sections(table: Buffer, h: ElfHeader): Section[] {
  const out: Section[] = []
  for (let i = 0; i < h.sectionCount && (i + 1) * h.sectionSize <= table.byteLength; i++) {
    const s = table.subarray(i * h.sectionSize)
    const u32 = (at: number) => (h.little ? s.readUInt32LE(at) : s.readUInt32BE(at))
    const u64 = (at: number) => Number(h.little ? s.readBigUInt64LE(at) : s.readBigUInt64BE(at))
    out.push(
      h.wide
        ? { nameAt: u32(0), offset: u64(0x18), size: u64(0x20) }
        : { nameAt: u32(0), offset: u32(0x10), size: u32(0x14) },
    )
  }
  return out
}

/** The section called `name`, given the section names' table (the `namesIndex` section's bytes). */
export function sectionNamed(all: Section[], names: Buffer, name: string): Section | undefined {
  return all.find((s) => {
    const end = names.indexOf(0, s.nameAt)
    return end > s.nameAt && names.toString('latin1', s.nameAt, end) === name
  })
}

/**
 * The Go version and module information in a `.go.buildinfo` section; undefined for the format
 * before Go 1.18 (pointers into the data, not inline strings) or anything unexpected.
 */
export function goBuildInfo(section: Buffer): { goVersion: string; modules: string } | undefined {
  let at = -1
  for (let i = 0; i + HEADER_SIZE <= section.byteLength; i += ALIGN)
    if (section.subarray(i, i + BUILDINFO_MAGIC.byteLength).equals(BUILDINFO_MAGIC)) {
      at = i
      break
    }
  if (at < 0 || ((section[at + 15] as number) & FLAG_INLINE) === 0) return undefined
  const version = uvarintBytes(section, at + HEADER_SIZE)
  const modules = version && uvarintBytes(section, version.next)
  if (!version || !modules) return undefined
  // cmd/go frames the module information with 16-byte sentinels; debug/buildinfo strips them.
  const m = modules.bytes
  const framed = m.byteLength >= 33 && m[m.byteLength - 17] === 0x0a
  return { goVersion: version.bytes.toString(), modules: framed ? m.subarray(16, -16).toString() : '' }
}

function uvarintBytes(b: Buffer, from: number): { bytes: Buffer; next: number } | undefined {
  let n = 0
  let shift = 1
  let at = from
  for (; ; at++) {
    const byte = b[at]
    if (byte === undefined || shift > 2 ** 35) return undefined
    n += (byte & 0x7f) * shift
    shift *= 128
    if (byte < 0x80) break
  }
  at++
  if (at + n > b.byteLength) return undefined
  return { bytes: b.subarray(at, at + n), next: at + n }
}

/** What `go version -m <path>` prints for it (without its `go` line: parseBuildInfo skips it). */
export function versionText(path: string, info: { goVersion: string; modules: string }): string {
  const lines = info.modules.replace(/\n$/, '').split('\n')
  return `${path}: ${info.goVersion}\n${lines.map((l) => `\t${l}\n`).join('')}`
}
