// Build information read in-process from real Go programs (64- and 32-bit, little- and big-endian,
// stripped or not, with a dependency and a replaced module) equals what `go version -m` reads.
import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { parseBuildInfo } from '../../src/sbom/buildinfo.js'
import { goBuildInfo } from '../../src/sbom/elf-buildinfo.js'
import { readBuildInfo } from '../../src/sbom/io.js'
import { ROOT } from '../e2e/action.js'

let src: string

beforeAll(async () => {
  src = join(await mkdtemp(join(tmpdir(), 'bgi-buildinfo-')), 'hello')
  await cp(join(ROOT, 'examples/hello'), src, { recursive: true })
})

function build(goarch: string, flags: string[], env: Record<string, string> = {}): string {
  const out = join(src, `hello-${goarch}-${flags.length}`)
  execFileSync('go', ['build', '-trimpath', ...flags, '-o', out, '.'], {
    cwd: src,
    env: { ...process.env, CGO_ENABLED: '0', GOOS: 'linux', GOARCH: goarch, ...env },
  })
  return out
}

/** What Go itself reads (ours is given a `go` that does not exist: it never asks one). */
const byGo = (path: string) => execFileSync('go', ['version', '-m', path], { encoding: 'utf8' })

describe('build information from the ELF file', () => {
  test.each([
    ['amd64', []],
    ['amd64', ['-ldflags=-s -w -X main.version=1.2.3']],
    ['arm', ['-ldflags=-s -w'], { GOARM: '7' }],
    ['s390x', []],
    ['ppc64le', ['-tags=netgo']],
  ] as [string, string[], Record<string, string>?][])('%s %j: the same as go version -m', (goarch, flags, env) => {
    const bin = build(goarch, flags, env)
    return readBuildInfo('/nonexistent/go', bin).then((text) => {
      const ours = parseBuildInfo(text)
      expect(ours).toEqual(parseBuildInfo(byGo(bin)))
      expect(ours.deps.map((d) => d.path)).toContain('github.com/google/uuid')
      expect(ours.settings).toContainEqual(['GOARCH', goarch])
    })
  })

  test('a replaced module is read as go reads it', async () => {
    const vendored = join(src, 'uuid-copy')
    const modcache = execFileSync('go', ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim()
    await cp(join(modcache, 'github.com/google/uuid@v1.6.0'), vendored, { recursive: true })
    execFileSync('chmod', ['-R', 'u+w', vendored])
    const goMod = join(src, 'go.mod')
    await writeFile(
      goMod,
      'module example.com/hello\n\ngo 1.22\n\nrequire github.com/google/uuid v1.6.0\n\n' +
        'replace github.com/google/uuid => ./uuid-copy\n',
    )
    const bin = build('amd64', [])
    const ours = parseBuildInfo(await readBuildInfo('/nonexistent/go', bin))
    expect(ours).toEqual(parseBuildInfo(byGo(bin)))
    expect(ours.deps).toContainEqual({ path: './uuid-copy', version: '(devel)' })
  })

  test('a file that is not a Go program: go version -m is asked, and its failure named', async () => {
    const text = join(src, 'not-a-program')
    await writeFile(text, 'hello\n')
    await expect(readBuildInfo('go', text)).rejects.toThrow(/^go version -m .*not-a-program failed: /)
  })

  test('the format before Go 1.18 (no inline strings) is not guessed at', () => {
    const header = Buffer.alloc(64)
    Buffer.from('\xff Go buildinf:', 'latin1').copy(header)
    header[14] = 8
    header[15] = 0
    expect(goBuildInfo(header)).toBeUndefined()
  })
})
