// The files a static Go service needs on scratch: CA certificates (so HTTPS works), a passwd and
// group naming the nonroot user, nsswitch.conf (files before DNS), a writable /tmp and a home.
// Same content for every build, with mtime 0, so this layer's digest never changes and is shared.
import type { LayerFile, TarEntry } from '../lib/oci/tar.js'
import { CA_BUNDLE } from './ca-bundle.js'

export const NONROOT = 65532

const PASSWD = `root:x:0:0:root:/root:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
nonroot:x:${NONROOT}:${NONROOT}:nonroot:/home/nonroot:/sbin/nologin
`
const GROUP = `root:x:0:
nobody:x:65534:
nonroot:x:${NONROOT}:
`
const NSSWITCH = 'hosts: files dns\n'

function dir(path: string, mode: number, owner = 0): LayerFile {
  return { entry: { path, type: 'dir', mode, uid: owner, gid: owner, mtime: 0, size: 0 } }
}

function file(path: string, mode: number, text: string): LayerFile {
  const bytes = Buffer.from(text, 'utf8')
  const entry: TarEntry = { path, type: 'file', mode, uid: 0, gid: 0, mtime: 0, size: bytes.byteLength }
  return { entry, source: { bytes } }
}

/** Go's time zone database on scratch: one file (Go's own zip) that ZONEINFO names. */
export const ZONEINFO_PATH = 'usr/local/go/lib/time/zoneinfo.zip'

/** A file on the runner to put in a layer, its size known. */
export interface HostFile {
  path: string
  size: number
}

/** The base files, and Go's zoneinfo.zip when given (the same for one Go version: one digest). */
export function baseFiles(zoneinfo?: HostFile): LayerFile[] {
  const zone: LayerFile[] = zoneinfo
    ? [
        ...['usr/', 'usr/local/', 'usr/local/go/', 'usr/local/go/lib/', 'usr/local/go/lib/time/'].map((d) =>
          dir(d, 0o755),
        ),
        {
          entry: { path: ZONEINFO_PATH, type: 'file', mode: 0o444, uid: 0, gid: 0, mtime: 0, size: zoneinfo.size },
          source: { path: zoneinfo.path },
        },
      ]
    : []
  return [
    ...zone,
    dir('etc/', 0o755),
    file('etc/group', 0o644, GROUP),
    file('etc/nsswitch.conf', 0o644, NSSWITCH),
    file('etc/passwd', 0o644, PASSWD),
    dir('etc/ssl/', 0o755),
    dir('etc/ssl/certs/', 0o755),
    file('etc/ssl/certs/ca-certificates.crt', 0o644, CA_BUNDLE),
    dir('home/', 0o755),
    dir('home/nonroot/', 0o700, NONROOT),
    dir('tmp/', 0o1777),
  ]
}

export const APP_DIR = 'app'

/** Where ko puts kodata/, and what KO_DATA_PATH says. */
export const KO_DATA_PATH = '/var/run/ko'

/** One entry of the data directory: a path below it, a directory or a regular file on the runner. */
export interface DataEntry {
  /** Relative, with `/` separators; directories end with `/`. */
  path: string
  /** For files: where the bytes are, the size, and whether any execute bit is set. */
  file?: HostFile & { executable: boolean }
}

/**
 * The data layer: the directory at /var/run/ko with modes made uniform (0755 directories and
 * executables, 0644 files), owner 0:0 and the build's timestamp, so the digest depends on content only.
 */
export function dataFiles(entries: DataEntry[], mtime: number): LayerFile[] {
  const root = KO_DATA_PATH.slice(1)
  const dirs = ['var/', 'var/run/', `${root}/`].map((path) => ({
    entry: { path, type: 'dir' as const, mode: 0o755, uid: 0, gid: 0, mtime, size: 0 },
  }))
  return [
    ...dirs,
    ...entries.map((e): LayerFile => {
      const path = `${root}/${e.path}`
      if (!e.file) return { entry: { path, type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime, size: 0 } }
      const mode = e.file.executable ? 0o755 : 0o644
      return {
        entry: { path, type: 'file', mode, uid: 0, gid: 0, mtime, size: e.file.size },
        source: { path: e.file.path },
      }
    }),
  ]
}

/** The binary layer: /app/<name>, mode 0555, owner 0:0, mtime = the build's timestamp. */
export function binaryFiles(name: string, path: string, size: number, mtime: number, sha256?: string): LayerFile[] {
  return [
    { entry: { path: `${APP_DIR}/`, type: 'dir', mode: 0o555, uid: 0, gid: 0, mtime, size: 0 } },
    {
      entry: { path: `${APP_DIR}/${name}`, type: 'file', mode: 0o555, uid: 0, gid: 0, mtime, size },
      source: { path, ...(sha256 ? { sha256 } : {}) },
    },
  ]
}
