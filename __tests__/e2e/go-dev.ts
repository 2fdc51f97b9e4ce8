// go.dev's download site, played on loopback: the release list (/dl/?mode=json&include=all) and
// the archives it names, real Go releases repacked the way go.dev packs them (a top-level go/).
// The same files sit under /private/dl/ behind Basic auth, for a private mirror.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, createReadStream, readFileSync, statSync } from 'node:fs'
import { mkdir, readdir } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'

export interface GoDev {
  /** The download base URL, http://127.0.0.1:<port>/dl. */
  base: string
  /** Every request's path, in order. */
  served: string[]
  /** The Authorization header of every request to /private/. */
  authorizations: string[]
  close(): Promise<void>
}

/** A release list's file entry for an archive on disk. */
export function archiveEntry(path: string, file: { version: string; os: string; arch: string }) {
  return {
    filename: path.split('/').pop() as string,
    ...file,
    sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
    size: statSync(path).size,
    kind: 'archive',
  }
}

/** Serve `listing()` as the release list and each archive in `archives` under its file name. */
export async function serveGoDev(listing: () => unknown, archives: string[], mirrorUserinfo = ''): Promise<GoDev> {
  const served: string[] = []
  const authorizations: string[] = []
  const byName = new Map(archives.map((a) => [`/dl/${a.split('/').pop()}`, a]))
  const server = createServer((req, res) => {
    served.push(req.url ?? '')
    let url = req.url ?? ''
    if (url.startsWith('/private/')) {
      authorizations.push(req.headers.authorization ?? '')
      if (req.headers.authorization !== `Basic ${Buffer.from(mirrorUserinfo).toString('base64')}`) {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="mirror"' })
        return res.end()
      }
      url = url.slice('/private'.length)
    }
    const archive = byName.get(url)
    if (url === '/dl/?mode=json&include=all') {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(listing()))
    } else if (archive) {
      res.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(statSync(archive).size),
      })
      createReadStream(archive).pipe(res)
    } else {
      res.writeHead(404)
      res.end()
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/dl`,
    served,
    authorizations,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

/** This machine's own Go, as go.dev's `<goName>.linux-amd64.tar.gz` in `dir`. */
export function hostGoArchive(dir: string, goroot: string, goName: string): string {
  const archive = join(dir, `${goName}.linux-amd64.tar.gz`)
  tarAsGo(dirname(goroot), goroot.split('/').pop() as string, archive)
  return archive
}

/**
 * Go's release for another platform (e.g. linux-arm64), as go.dev's archive in `dir`: from the
 * module proxy's golang.org/toolchain module, the very files of that release.
 */
export async function toolchainArchive(dir: string, goName: string, platform: string): Promise<string> {
  const mod = `golang.org/toolchain@v0.0.1-${goName}.${platform}`
  const { Zip } = JSON.parse(
    execFileSync('go', ['mod', 'download', '-json', mod], {
      encoding: 'utf8',
      env: { ...process.env, GOFLAGS: '', GOTOOLCHAIN: 'local' },
      cwd: dir,
    }),
  ) as { Zip: string }
  const unpacked = join(dir, `toolchain-${platform}`)
  await mkdir(unpacked)
  execFileSync('unzip', ['-q', Zip, '-d', unpacked])
  // A module zip keeps no file modes: the programs get theirs back, as Go's own toolchain switch does.
  const root = join(unpacked, mod)
  for (const sub of ['bin', `pkg/tool/${platform.replace('-', '_')}`])
    for (const f of await readdir(join(root, sub))) chmodSync(join(root, sub, f), 0o755)
  const archive = join(dir, `${goName}.${platform}.tar.gz`)
  tarAsGo(dirname(root), mod.split('/').pop() as string, archive)
  return archive
}

/** tar.gz `name` (a directory in `parent`) with its top directory renamed go/, as go.dev's are. */
function tarAsGo(parent: string, name: string, archive: string): void {
  execFileSync('sh', ['-c', `tar -C "${parent}" -cf - "${name}" --transform 's,^[^/]*,go,' | gzip -1 > "${archive}"`])
}
