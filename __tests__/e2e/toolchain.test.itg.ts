// The toolchain stage end to end: a loopback server plays go.dev (release list + a real Go archive,
// the machine's own Go repacked as go/...), and the action installs it into a fresh tool cache,
// builds with it, finds it again without downloading, refuses a tampered archive, and falls back
// to a cached Go with a warning when the list cannot be reached.

import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { errorLines, ROOT, runAction } from './action.js'
import { archiveEntry, type GoDev, hostGoArchive, serveGoDev } from './go-dev.js'
import { freePort } from './registry.js'

const GOROOT = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim()
const GO_NAME = execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim() // e.g. go1.26.8
const VERSION = GO_NAME.replace(/^go/, '')
const FILENAME = `${GO_NAME}.linux-amd64.tar.gz`

let work: string
let archive: string
let goDev: GoDev
let base: string
let tamper = false
const MIRROR_USERINFO = 'ci:s3cr%t-pass'

// PATH without any go binary, so the action cannot fall back on the machine's Go.
const PATH_WITHOUT_GO = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((d) => d && !existsSync(join(d, 'go')))
  .join(delimiter)

function listing(): unknown {
  const entry = archiveEntry(archive, { version: GO_NAME, os: 'linux', arch: 'amd64' })
  const archiveFile = { ...entry, sha256: tamper ? 'f'.repeat(64) : entry.sha256 }
  return [
    {
      version: 'go1.99rc1',
      stable: false,
      files: [{ ...archiveFile, filename: 'go1.99rc1.linux-amd64.tar.gz', version: 'go1.99rc1' }],
    },
    {
      version: GO_NAME,
      stable: true,
      files: [
        { ...archiveFile, filename: `${GO_NAME}.src.tar.gz`, os: '', arch: '', kind: 'source' },
        archiveFile,
        { ...archiveFile, filename: `${GO_NAME}.darwin-amd64.pkg`, os: 'darwin', kind: 'installer' },
      ],
    },
    {
      version: 'go1.20.14',
      stable: true,
      files: [{ ...archiveFile, filename: 'go1.20.14.linux-amd64.tar.gz', version: 'go1.20.14' }],
    },
  ]
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-toolchain-'))
  archive = hostGoArchive(work, GOROOT, GO_NAME)
  goDev = await serveGoDev(listing, [archive], MIRROR_USERINFO)
  base = goDev.base
})
afterAll(() => goDev.close())

function build(inputs: Record<string, string>, toolCache: string) {
  return runAction({
    inputs: {
      'working-directory': join(ROOT, 'examples/hello'),
      platforms: 'linux/amd64',
      'go-download-base-url': base,
      ...inputs,
    },
    env: { PATH: PATH_WITHOUT_GO, RUNNER_TOOL_CACHE: toolCache },
  })
}

describe('Go toolchain from a go.dev-shaped server', () => {
  let toolCache: string

  beforeAll(async () => {
    toolCache = await mkdtemp(join(work, 'tool-cache-'))
  })

  test('installs into a fresh tool cache, verifies, and builds examples/hello with it', async () => {
    const r = await build({ 'go-version': VERSION }, toolCache)
    expect(r.code, r.stdout).toBe(0)
    expect(r.outputs['go-version']).toBe(VERSION)
    expect(goDev.served.filter((u) => u.endsWith('.tar.gz'))).toEqual([`/dl/${FILENAME}`])
    const installed = join(toolCache, 'go', VERSION, 'x64')
    expect(existsSync(join(installed, 'bin', 'go'))).toBe(true)
    expect(existsSync(`${installed}.complete`)).toBe(true)
    expect(r.githubPath).toContain(join(installed, 'bin'))
    expect(r.githubEnv).toMatch(/GOTOOLCHAIN<<.*\nlocal\n/)
    expect(r.outputs.digest).toMatch(/^sha256:/)
    // Nothing of the download stays behind in RUNNER_TEMP.
    expect(readdirSync(r.runnerTemp).filter((f) => /^[0-9a-f-]{36}$/.test(f))).toEqual([])
  })

  test('a second run finds it in the tool cache without downloading', async () => {
    const before = goDev.served.length
    const r = await build({ 'go-version': VERSION }, toolCache)
    expect(r.code, r.stdout).toBe(0)
    expect(goDev.served.slice(before)).toEqual([]) // an exact version in the cache needs no list either
    expect(r.stdout).toContain(`Go ${VERSION} from the tool cache satisfies ${VERSION}`)
  })

  test('stable resolves through the list (skipping the rc) and finds the cached copy', async () => {
    const before = goDev.served.length
    const r = await build({ 'go-version': 'stable' }, toolCache)
    expect(r.code, r.stdout).toBe(0)
    expect(r.outputs['go-version']).toBe(VERSION)
    expect(goDev.served.slice(before)).toEqual(['/dl/?mode=json&include=all'])
  })

  test('an unreachable list with a cached Go that satisfies: success with a warning', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/dl`
    const minor = VERSION.split('.').slice(0, 2).join('.')
    const r = await build({ 'go-version': minor, 'check-latest': 'true', 'go-download-base-url': closed }, toolCache)
    expect(r.code, r.stdout).toBe(0)
    expect(r.stdout).toMatch(
      new RegExp(
        `::warning::Could not read the Go release list .*; using Go ${VERSION.replace(/\./g, '\\.')} from ` +
          `the tool cache`,
      ),
    )
  })

  test('an unreachable list and nothing cached: the error names the URL', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/dl`
    const r = await build(
      { 'go-version': '1.20.14', 'go-download-base-url': closed },
      await mkdtemp(join(work, 'empty-')),
    )
    expect(r.code).toBe(1)
    // auto: the module proxy is tried next, and needs an installed Go to fetch with (none here).
    expect(errorLines(r.stdout)[0]).toBe(
      `Could not install Go for 1.20.14 from the download site (${closed}/?mode=json&include=all: connect ` +
        `ECONNREFUSED ${closed.slice(7, -3)}); nor from the module proxy: it needs an installed Go 1.21 or ` +
        `later (PATH or tool cache) to fetch with, and there is none`,
    )
  })

  test('no release satisfies: the error lists the nearest versions', async () => {
    const r = await build({ 'go-version': '1.21' }, await mkdtemp(join(work, 'empty-')))
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toBe(
      `No Go release for linux/amd64 satisfies go-version "1.21"; nearest available: ${VERSION}, 1.20.14`,
    )
  })

  test('a tampered archive fails with both hashes, and nothing is installed', async () => {
    tamper = true
    const cache = await mkdtemp(join(work, 'tampered-'))
    try {
      const r = await build({ 'go-version': VERSION }, cache)
      expect(r.code).toBe(1)
      expect(errorLines(r.stdout)[0]).toBe(
        `sha256 mismatch for ${FILENAME}: the release list says ${'f'.repeat(64)}, the download is ` +
          `${archiveEntry(archive, { version: GO_NAME, os: 'linux', arch: 'amd64' }).sha256}; the file was deleted`,
      )
      expect(existsSync(join(cache, 'go'))).toBe(false)
      expect(readdirSync(r.runnerTemp).filter((f) => /^[0-9a-f-]{36}$/.test(f))).toEqual([])
    } finally {
      tamper = false
    }
  })

  test('a mirror URL with user:pass@: Basic auth to the mirror, and the password never in the log', async () => {
    const [user, pass] = MIRROR_USERINFO.split(':') as [string, string]
    const hostPath = base.slice('http://'.length).replace('/dl', '/private/dl')
    const url = `http://${user}:${encodeURIComponent(pass)}@${hostPath}`
    const r = await build({ 'go-version': VERSION, 'go-download-base-url': url }, await mkdtemp(join(work, 'private-')))
    expect(r.code, r.stdout).toBe(0)
    expect(goDev.authorizations.length).toBeGreaterThanOrEqual(2) // the list and the archive
    const token = Buffer.from(MIRROR_USERINFO).toString('base64')
    expect(r.stdout).toContain(`::add-mask::${pass.replace('%', '%25')}`) // commands escape %
    const logged = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
    expect(logged).toContain(`Downloading Go ${VERSION} from ${base.replace('/dl', '/private/dl')}/${FILENAME}`)
    for (const secret of [pass, encodeURIComponent(pass), token]) expect(logged).not.toContain(secret)

    const wrong = url.replace(encodeURIComponent(pass), 'nope')
    const refused = await build(
      { 'go-version': VERSION, 'go-download-base-url': wrong, 'go-download-source': 'download-site' },
      await mkdtemp(join(work, 'private-')),
    )
    expect(refused.code).toBe(1)
    expect(errorLines(refused.stdout)[0]).toBe(
      `Could not read the download site (${base.replace('/dl', '/private/dl')}/?mode=json&include=all ` +
        `answered HTTP 401)`,
    )
    expect(refused.stdout).not.toContain('nope@')
  })

  test('go-version-file that does not exist, and one without a version', async () => {
    const missing = await build({ 'go-version-file': 'nope/go.mod' }, toolCache)
    expect(missing.code).toBe(1)
    expect(errorLines(missing.stdout)[0]).toMatch(
      /^Input 'go-version-file': ".*nope\/go.mod" is not valid; the file does not exist/,
    )
    const dir = await mkdtemp(join(work, 'vf-'))
    const { writeFileSync } = await import('node:fs')
    writeFileSync(join(dir, '.go-version'), '\n')
    const empty = await build({ 'go-version-file': join(dir, '.go-version') }, toolCache)
    expect(errorLines(empty.stdout)[0]).toMatch(/^Input 'go-version-file': .* the file is empty/)
  })
})
