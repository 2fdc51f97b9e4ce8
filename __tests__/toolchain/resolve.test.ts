// Spec -> version over the real release listings in __tests__/fixtures/toolchain: go.dev's
// listing (golang-dl.json: Go 1.2-1.13, go1.14rc1 last, source and installer files) and
// actions/go-versions' manifest (go-versions-manifest.json, 1.9-1.27, mapped to go.dev's shape).

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { InputError } from '../../src/inputs/error.js'
import { ToolchainError } from '../../src/toolchain/errors.js'
import {
  type GoRelease,
  goArch,
  goOs,
  nearest,
  releasesFromListing,
  resolveRelease,
} from '../../src/toolchain/resolve.js'
import { parseSpec } from '../../src/toolchain/spec.js'
import { goToSemver, semverToGo } from '../../src/toolchain/version.js'
import { parseVersionFile } from '../../src/toolchain/version-file.js'

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/toolchain', name), 'utf8'))
const godev = releasesFromListing(fixture('golang-dl.json'))
const manifest: GoRelease[] = (
  fixture('go-versions-manifest.json') as {
    version: string
    stable: boolean
    files: { filename: string; platform: string; arch: string }[]
  }[]
).map((r) => ({
  version: r.version,
  stable: r.stable,
  files: r.files.map((f) => ({
    filename: f.filename,
    os: goOs(f.platform),
    arch: goArch(f.arch),
    sha256: '0'.repeat(64),
    size: 1,
    kind: 'archive',
  })),
}))
// Shuffled deterministically: resolution must not depend on the listing's order.
const shuffled = [...manifest].sort((a, b) =>
  a.version.split('').reverse().join('') < b.version.split('').reverse().join('') ? -1 : 1,
)
const linux = { os: 'linux', arch: 'amd64' }

const resolve = (spec: string, releases: GoRelease[], host = linux) =>
  resolveRelease(parseSpec('go-version', spec), releases, host).version

describe('spec -> version, actions/go-versions manifest (1.9 to 1.27)', () => {
  test.each([
    ['exact 1.22.5', '1.22.5', '1.22.5'],
    ['exact with go prefix', 'go1.22.5', '1.22.5'],
    ['exact .0 release', '1.21.0', '1.21.0'],
    ['bare minor: newest patch', '1.22', '1.22.12'],
    ['go-prefixed minor', 'go1.22', '1.22.12'],
    ['x range', '1.22.x', '1.22.12'],
    ['tilde', '~1.22', '1.22.12'],
    ['tilde with patch', '~1.22.3', '1.22.12'],
    ['caret', '^1.21', '1.27.0'],
    ['caret with patch', '^1.21.4', '1.27.0'],
    ['major only', '1', '1.27.0'],
    ['1.x', '1.x', '1.27.0'],
    ['bounded range', '>=1.21 <1.23', '1.22.12'],
    ['bounded range, exclusive top', '>=1.20.0 <1.21.0', '1.20.14'],
    ['less than', '<1.20', '1.19.13'],
    ['hyphen range', '1.18 - 1.19', '1.19.13'],
    ['or range', '1.12.x || 1.13.x', '1.13.15'],
    ['stable', 'stable', '1.27.0'],
    ['latest is stable', 'latest', '1.27.0'],
    ['oldstable', 'oldstable', '1.26.7'],
    ['oldest', '1.9', '1.9.7'],
    ['x wildcard', '1.26.*', '1.26.7'],
  ])('%s: %s -> %s', (_label, spec, version) => {
    expect(resolve(spec, manifest)).toBe(version)
  })

  test.each([
    ['1.22', '1.22.12'],
    ['stable', '1.27.0'],
    ['oldstable', '1.26.7'],
    ['^1.20', '1.27.0'],
    ['1.25.x', '1.25.14'],
  ])('unsorted listing: %s -> %s', (spec, version) => {
    expect(resolve(spec, shuffled)).toBe(version)
  })

  test.each([
    ['darwin/arm64', { os: 'darwin', arch: 'arm64' }, '1.22', 'go-1.22.12-darwin-arm64.tar.gz'],
    ['windows/amd64', { os: 'windows', arch: 'amd64' }, '1.22.5', 'go-1.22.5-win32-x64.zip'],
  ])('host %s picks its archive', (_l, host, spec, filename) => {
    expect(resolveRelease(parseSpec('go-version', spec), manifest, host).file.filename).toBe(filename)
  })
})

describe('spec -> version, go.dev listing (unsorted, with prerelease, source and installer files)', () => {
  test.each([
    ['newest of all', '^1.0', '1.13.7'],
    ['stable alias', 'stable', '1.13.7'],
    ['oldstable alias', 'oldstable', '1.12.16'],
    ['1.12 out of order (1.12.16 listed second)', '1.12', '1.12.16'],
    ['pre-1.21 .0 release named go1.12', '1.12.0', '1.12.0'],
    ['Go-style rc', '1.14rc1', '1.14.0-rc.1'],
    ['go-prefixed rc', 'go1.14rc1', '1.14.0-rc.1'],
    ['semver rc', '1.14.0-rc.1', '1.14.0-rc.1'],
    ['range naming a prerelease', '>=1.14.0-rc.0', '1.14.0-rc.1'],
    ['a range without prerelease skips the rc', '>=1.13', '1.13.7'],
    ['pre-1.21 patch release go1.2.2', '1.2.2', '1.2.2'],
    ['1.13.x', '1.13.x', '1.13.7'],
  ])('%s: %s -> %s', (_label, spec, version) => {
    expect(resolve(spec, godev)).toBe(version)
  })

  test.each([
    ['darwin amd64 archive, not the .pkg', { os: 'darwin', arch: 'amd64' }, 'go1.13.7.darwin-amd64.tar.gz'],
    ['windows amd64 zip, not the .msi', { os: 'windows', arch: 'amd64' }, 'go1.13.7.windows-amd64.zip'],
    ['linux armv6l', { os: 'linux', arch: 'armv6l' }, 'go1.13.7.linux-armv6l.tar.gz'],
    ['linux s390x', { os: 'linux', arch: 's390x' }, 'go1.13.7.linux-s390x.tar.gz'],
  ])('%s', (_l, host, filename) => {
    const r = resolveRelease(parseSpec('go-version', '1.13.7'), godev, host)
    expect(r.file.filename).toBe(filename)
    expect(r.file.kind).toBe('archive')
    expect(r.file.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  test('a release with only a source file for the host is not a candidate', () => {
    expect(() => resolve('1.13.7', godev, { os: 'plan9', arch: 'amd64' })).toThrow(ToolchainError)
  })

  test('no match lists the nearest versions', () => {
    expect(() => resolve('1.14', godev)).toThrow(
      'No Go release for linux/amd64 satisfies go-version "1.14"; nearest available: 1.13.7, 1.13.6, ' +
        '1.13.5, 1.13.4, 1.13.3',
    )
    expect(() => resolve('1.99.1', manifest)).toThrow(/nearest available: 1\.27\.0/)
  })
})

describe('version files', () => {
  test.each([
    [
      'go.mod toolchain beats go',
      'go.mod',
      'module x\n\ngo 1.21\n\ntoolchain go1.22.5\n',
      { kind: 'exact', version: '1.22.5' },
    ],
    ['go.mod go line is a minimum', 'go.mod', 'module x\ngo 1.22\n', { kind: 'minimum', version: '1.22.0' }],
    ['go.mod go line with patch', 'go.mod', 'module x\ngo 1.22.3 // comment\n', { kind: 'minimum', version: '1.22.3' }],
    [
      'go.mod toolchain rc',
      'go.mod',
      'module x\ngo 1.23rc1\ntoolchain go1.23rc2\n',
      { kind: 'exact', version: '1.23.0-rc.2' },
    ],
    [
      'go.mod toolchain default ignored',
      'go.mod',
      'go 1.21\ntoolchain default\n',
      { kind: 'minimum', version: '1.21.0' },
    ],
    ['go.work', 'go.work', 'go 1.22.1\n\nuse ./a\n', { kind: 'minimum', version: '1.22.1' }],
    ['.go-version exact', '.go-version', '1.22.5\n', { kind: 'exact', version: '1.22.5' }],
    ['.go-version go-prefixed minor', '.go-version', 'go1.22\n', { kind: 'range', range: '>=1.22.0 <1.23.0-0' }],
    [
      '.tool-versions golang (asdf)',
      '.tool-versions',
      'nodejs 20.1.0\ngolang 1.22.4\n',
      { kind: 'exact', version: '1.22.4' },
    ],
    ['.tool-versions go (mise)', '.tool-versions', 'go 1.21.13\n', { kind: 'exact', version: '1.21.13' }],
  ])('%s', (_label, name, text, expected) => {
    expect(parseVersionFile('go-version-file', `/repo/${name}`, text)).toMatchObject(expected)
  })

  test.each([
    ['go.mod without go line', 'go.mod', 'module x\n', /no 'go 1.x'/],
    ['empty .go-version', '.go-version', '\n\n', /empty/],
    ['.tool-versions without go', '.tool-versions', 'nodejs 20\n', /golang <version>/],
  ])('%s is an InputError', (_l, name, text, message) => {
    expect(() => parseVersionFile('go-version-file', `/r/${name}`, text)).toThrow(InputError)
    expect(() => parseVersionFile('go-version-file', `/r/${name}`, text)).toThrow(message)
  })
})

describe('specs and names', () => {
  test.each(['', 'banana', '1.22.5.6', '>=', 'go'])('%j is not a spec', (text) => {
    expect(() => parseSpec('go-version', text)).toThrow(/^Input 'go-version': .* give an exact version/)
  })

  test.each([
    ['go1.21.3', '1.21.3'],
    ['go1.21rc2', '1.21.0-rc.2'],
    ['go1.20', '1.20.0'],
    ['go1.21beta1', '1.21.0-beta.1'],
    ['go1', '1.0.0'],
  ])('goToSemver(%s) = %s and back', (name, version) => {
    expect(goToSemver(name)).toBe(version)
    expect(semverToGo(version)).toBe(name)
  })

  test.each([
    ['x64', 'amd64'],
    ['ia32', '386'],
    ['arm', 'armv6l'],
    ['arm64', 'arm64'],
    ['ppc64', 'ppc64le'],
    ['s390x', 's390x'],
  ])('node arch %s -> %s', (n, g) => {
    expect(goArch(n)).toBe(g)
  })

  test('nearest for aliases is the newest', () => {
    expect(nearest(parseSpec('go-version', 'stable'), ['1.1.0', '1.3.0', '1.2.0'])).toEqual(['1.3.0', '1.2.0', '1.1.0'])
  })
})
