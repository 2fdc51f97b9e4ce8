// The files a static Go service needs on scratch: CA certificates (so HTTPS works), a passwd and
// group naming the nonroot user, nsswitch.conf (files before DNS), a writable /tmp and a home.
// Same content for every build, with mtime 0, so this layer's digest never changes and is shared.
import type { LayerFile } from '../oci/layer.js'
import type { TarEntry } from '../oci/tar.js'
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

export function baseFiles(): LayerFile[] {
  return [
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

/** The binary layer: /app/<name>, mode 0555, owner 0:0, mtime = the build's timestamp. */
export function binaryFiles(name: string, path: string, size: number, mtime: number, sha256?: string): LayerFile[] {
  return [
    { entry: { path: `${APP_DIR}/`, type: 'dir', mode: 0o555, uid: 0, gid: 0, mtime, size: 0 } },
    { entry: { path: `${APP_DIR}/${name}`, type: 'file', mode: 0o555, uid: 0, gid: 0, mtime, size }, source: { path, ...(sha256 ? { sha256 } : {}) } },
  ]
}
