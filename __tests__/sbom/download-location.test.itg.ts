// An SBOM's downloadLocation must be the module proxy's own URL for the module: the proxy
// case-encodes capitals (BurntSushi -> !burnt!sushi). A real program importing a module with
// capitals is built, its SBOM made, and the zip at that URL's path read from the module cache's
// download directory, which is laid out as the module proxy protocol says (Go serves it as a
// GOPROXY=file:// proxy): no public service is asked.

import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { parseBuildInfo } from '../../src/sbom/buildinfo.js'
import { spdxDocument } from '../../src/sbom/spdx.js'

const MODULE = 'github.com/BurntSushi/toml'
const VERSION = 'v1.3.2'

/** The name of a zip's first entry (its first local file header: name length at 26, name at 30). */
function firstEntry(zip: Buffer): string {
  expect(zip.readUInt32LE(0)).toBe(0x04034b50)
  return zip.subarray(30, 30 + zip.readUInt16LE(26)).toString('utf8')
}

test('downloadLocation of a module with capitals is its module proxy zip', { timeout: 120_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bgi-sbom-'))
  await writeFile(join(dir, 'go.mod'), `module example.com/caps\n\ngo 1.21\n`)
  await writeFile(
    join(dir, 'main.go'),
    `package main\n\nimport "${MODULE}"\n\nfunc main() { _, _ = toml.Decode("a = 1", &struct{ A int }{}) }\n`,
  )
  const go = (...args: string[]) =>
    execFileSync('go', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GOFLAGS: '-mod=mod -buildvcs=false' },
    })
  go('get', `${MODULE}@${VERSION}`)
  go('build', '-trimpath', '-o', 'caps', '.')
  const doc = spdxDocument(parseBuildInfo(go('version', '-m', 'caps')), {
    manifestDigest: `sha256:${'a'.repeat(64)}`,
    platform: 'linux/amd64',
    created: '2024-01-01T00:00:00Z',
  }) as {
    packages: { name: string; downloadLocation: string }[]
  }
  const toml = doc.packages.find((p) => p.name === MODULE)
  expect(toml?.downloadLocation).toBe(`https://proxy.golang.org/github.com/!burnt!sushi/toml/@v/${VERSION}.zip`)
  const downloads = join(go('env', 'GOMODCACHE').trim(), 'cache', 'download')
  const zip = async (location: string) =>
    firstEntry(await readFile(join(downloads, location.replace('https://proxy.golang.org/', ''))))
  expect(await zip(toml!.downloadLocation)).toMatch(new RegExp(`^${MODULE}@${VERSION}/`))
  // The path lower-cased names no download of this module.
  const lower = join(downloads, `github.com/burntsushi/toml/@v/${VERSION}.zip`)
  expect(
    await stat(lower).then(
      () => 'found',
      () => 'absent',
    ),
  ).toBe('absent')
})
