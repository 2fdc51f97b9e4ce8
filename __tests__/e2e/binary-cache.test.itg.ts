// Linked programs kept between runs: an unchanged build is not linked again (go finds the kept
// program up to date), and anything that changes the program (a new tag in -X, a new source line)
// links again, so a kept program is never shipped stale. Checked on the images: digests, and the
// programs themselves run (arm64 under qemu).

import { existsSync } from 'node:fs'
import { cp, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { plantHelper } from '../fake-helper.js'
import { type ActionRun, ROOT, runAction } from './action.js'
import { runBinary, unpackPlatform } from './oci-tools.js'

const PLATFORMS = ['linux/amd64', 'linux/arm64']
let work: string
let src: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-slots-'))
  src = join(work, 'src')
  await cp(join(ROOT, 'examples/hello'), src, { recursive: true })
})

async function build(tag: string): Promise<ActionRun> {
  const r = await runAction({
    inputs: {
      'working-directory': src,
      platforms: PLATFORMS.join(','),
      ldflags: '-s -w -X main.version={{.Version}}',
      sbom: 'false',
    },
    env: { SOURCE_DATE_EPOCH: '1700000000', GITHUB_REF: `refs/tags/${tag}`, XDG_CACHE_HOME: join(work, 'cache') },
  })
  if (r.code !== 0) throw new Error(`action failed:\n${r.stdout}\n${r.stderr}`)
  return r
}

/** The kept programs (each with its sha256 beside it). */
async function kept(): Promise<string[]> {
  const names = await readdir(join(work, 'cache/build-go-image/binaries'))
  const programs = names.filter((n) => !n.endsWith('.sha256'))
  expect(names.filter((n) => n.endsWith('.sha256')).sort()).toEqual(programs.map((p) => `${p}.sha256`).sort())
  return programs
}

/** The platforms whose link go skipped, as the log says. */
function notLinked(r: ActionRun): string[] {
  return [...r.stdout.matchAll(/^(\S+): built in [\d.]+ s \([\d.]+ MiB, up to date: not linked again\)$/gm)]
    .map((m) => m[1] as string)
    .sort()
}

async function versionOf(r: ActionRun, platform: string): Promise<string> {
  const bundle = await unpackPlatform(r.outputs['oci-layout']!, platform, await mkdtemp(join(work, 'unpack-')))
  return (await runBinary(platform, join(bundle, 'rootfs/app/hello'), ['-version'])).trim()
}

describe('linked programs kept between runs', () => {
  const runs: ActionRun[] = []

  test('a first run links every platform and keeps each program', async () => {
    runs.push(await build('v1.0.0'))
    expect(notLinked(runs[0]!)).toEqual([])
    expect(await kept()).toHaveLength(2)
  })

  test('the same commit again: no platform is linked, and the image is the same', async () => {
    runs.push(await build('v1.0.0'))
    expect(notLinked(runs[1]!)).toEqual(PLATFORMS)
    expect(runs[1]!.outputs.digest).toBe(runs[0]!.outputs.digest)
    expect(await versionOf(runs[1]!, 'linux/arm64')).toBe('hello 1.0.0 linux/arm64')
  })

  test('a new tag in -X: every platform links again and the programs carry it', async () => {
    runs.push(await build('v1.0.1'))
    expect(notLinked(runs[2]!)).toEqual([])
    expect(runs[2]!.outputs.digest).not.toBe(runs[0]!.outputs.digest)
    expect(await versionOf(runs[2]!, 'linux/amd64')).toBe('hello 1.0.1 linux/amd64')
    expect(await versionOf(runs[2]!, 'linux/arm64')).toBe('hello 1.0.1 linux/arm64')
  })

  test('back to the first tag: linked again, and the image is the first run’s, byte for byte', async () => {
    runs.push(await build('v1.0.0'))
    expect(notLinked(runs[3]!)).toEqual([])
    expect(runs[3]!.outputs.digest).toBe(runs[0]!.outputs.digest)
  })

  test('a changed source file links again; the next run does not', async () => {
    await writeFile(join(src, 'extra.go'), 'package main\n\nfunc init() { version += "+extra" }\n')
    runs.push(await build('v1.0.0'))
    expect(notLinked(runs[4]!)).toEqual([])
    expect(await versionOf(runs[4]!, 'linux/arm64')).toBe('hello 1.0.0+extra linux/arm64')
    runs.push(await build('v1.0.0'))
    expect(notLinked(runs[5]!)).toEqual(PLATFORMS)
    expect(runs[5]!.outputs.digest).toBe(runs[4]!.outputs.digest)
  })

  test('a damaged kept program (not one at all, or cut short) is linked over, never shipped', async () => {
    const dir = join(work, 'cache/build-go-image/binaries')
    const [first, second] = await kept()
    await writeFile(join(dir, first!), 'not a program')
    await writeFile(join(dir, second!), (await readFile(join(dir, second!))).subarray(0, 4096))
    const r = await build('v1.0.0')
    expect(notLinked(r)).toEqual([])
    expect(r.outputs.digest).toBe(runs[4]!.outputs.digest)
    // The slots hold the programs again.
    expect(notLinked(await build('v1.0.0'))).toEqual(PLATFORMS)
  })
})

describe('on a runner that keeps its disk', () => {
  test('kept layers and programs unused for a day are dropped, the rest kept; at most one walk an hour', async () => {
    const cache = join(work, 'cache/build-go-image')
    const stale = [join(cache, 'layers', 'ab'.repeat(32)), join(cache, 'binaries', 'cd'.repeat(16))]
    const recent = [join(cache, 'layers', 'ef'.repeat(32)), join(cache, 'binaries', '01'.repeat(16))]
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000)
    const plant = async () => {
      for (const f of stale) {
        await writeFile(f, 'old')
        await utimes(f, hoursAgo(25), hoursAgo(25))
      }
      for (const f of recent) {
        await writeFile(f, 'recent')
        await utimes(f, hoursAgo(23), hoursAgo(23))
      }
    }
    // The runs above trimmed; the last of them 61 minutes ago.
    const stamp = join(cache, 'trim.txt')
    expect(existsSync(stamp)).toBe(true)
    await utimes(stamp, hoursAgo(61 / 60), hoursAgo(61 / 60))
    await plant()
    const r = await build('v1.0.0')
    expect(notLinked(r)).toEqual(PLATFORMS)
    for (const f of stale) expect(existsSync(f), f).toBe(false)
    for (const f of recent) expect(existsSync(f), f).toBe(true)
    // Within the hour of that trim, a run does not walk the directories again.
    await plant()
    await build('v1.0.0')
    for (const f of [...stale, ...recent]) expect(existsSync(f), f).toBe(true)
  })
})

describe('a kept deflate helper that crashes', () => {
  test('the step still succeeds: zlib takes over with a warning, and the image runs', async () => {
    const cacheHome = join(work, 'crash-cache')
    // It passes the empty probe, then dies on the first real layer.
    await plantHelper(join(cacheHome, 'build-go-image', 'layers'), 'echo out of memory >&2; kill -9 $$')
    const r = await runAction({
      inputs: { 'working-directory': src, platforms: PLATFORMS.join(','), sbom: 'false' },
      env: { SOURCE_DATE_EPOCH: '1700000000', XDG_CACHE_HOME: cacheHome },
    })
    expect(r.code, r.stdout).toBe(0)
    expect(
      r.stdout.match(/^::warning::The fast compressor failed \(.*out of memory\); .*digests differ/gm),
    ).toHaveLength(1)
    expect(r.stdout).toMatch(/^layers: zlib level 4 \(the fast compressor failed: /m)
    for (const platform of PLATFORMS) {
      const said = await versionOf(r, platform) // arm64 under qemu
      expect(said.startsWith('hello dev')).toBe(true)
      expect(said.endsWith(` ${platform}`)).toBe(true)
    }
  })
})
