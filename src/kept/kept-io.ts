// The files this action keeps between runs, beside Go's caches, in one layout with one integrity
// rule and one trim policy:
// - layout: <XDG_CACHE_HOME or ~/.cache>/build-go-image[/<step>]/<kind>/<name>, and beside each
//   file `<name>.sha256`. Kinds: `layers` (compressed layers by digest, with `<key>.json` naming
//   them, and the fast compressor `deflate-<key>`) and `binaries` (linked programs by slot).
// - integrity: a kept file is used only once its sha256 matches the one beside it (restored caches
//   and shared disks can hold damaged files); a mismatch removes both, and the work is done again.
// - trim: a file used or made by a run has its mtime refreshed; the post step saves only what this
//   run touched, and what went unused for a day is dropped at most once an hour (a self-hosted disk
//   is not trimmed by anything else, and walking a busy runner's thousands of files every run
//   would cost every run a few tenths of a second; Go's own cache trims the same way).
// - saving: every kind travels with the build cache (KEPT_KINDS): the same packages give the same
//   program (not linked again) and the same layer (not compressed again).
import { copyFile, link, mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { sha256File } from '../lib/sha256-file-io.js'
import { stepDir } from '../runner/step-dir.js'

export const KEPT_KINDS = ['layers', 'binaries'] as const
export type KeptKind = (typeof KEPT_KINDS)[number]

const STALE_AFTER_MS = 24 * 60 * 60 * 1000
const TRIM_EVERY_MS = 60 * 60 * 1000

/** This step's own cache directory, beside Go's. */
export function ownCacheDir(env: NodeJS.ProcessEnv): string {
  return stepDir(join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'build-go-image'), env)
}

export function keptDir(env: NodeJS.ProcessEnv, kind: KeptKind): string {
  return join(ownCacheDir(env), kind)
}

/** What is saved with the build cache, and trimmed: every kind's directory. */
export function keptDirs(env: NodeJS.ProcessEnv): string[] {
  return KEPT_KINDS.map((k) => keptDir(env, k))
}

/** The sha256 recorded beside a kept file, without reading the file; undefined when there is none. */
export async function recordedSha256(path: string): Promise<string | undefined> {
  const text = await readFile(`${path}.sha256`, 'utf8').catch(() => undefined)
  const sha256 = text?.trim()
  return sha256 && /^[0-9a-f]{64}$/.test(sha256) ? sha256 : undefined
}

/** Refresh a kept file's mtime (and its sha256's), so the trims keep it. */
export async function markUsed(path: string): Promise<void> {
  const now = new Date()
  await utimes(path, now, now).catch(() => undefined)
  await utimes(`${path}.sha256`, now, now).catch(() => undefined)
}

/** Remove a kept file and its sha256 (damaged, or replaced). */
export async function forget(path: string): Promise<void> {
  await Promise.all([unlink(path).catch(() => undefined), unlink(`${path}.sha256`).catch(() => undefined)])
}

/**
 * The kept file at `path` when its bytes match the sha256 beside it (marked used); undefined when
 * it is absent, and when it is damaged (then removed).
 */
export async function checkedFile(path: string): Promise<{ path: string; sha256: string } | undefined> {
  return checkedCopy(path, path)
}

/**
 * `file` (a link or copy just made of the kept file at `path`, so no rename in between can swap
 * what was checked) when its bytes match the sha256 recorded beside `path`; else undefined, and
 * the kept file removed. A match marks the kept file used.
 */
export async function checkedCopy(file: string, path: string): Promise<{ path: string; sha256: string } | undefined> {
  const sha256 = await recordedSha256(path)
  if (!sha256) return undefined
  const actual = await sha256File(file).catch(() => undefined)
  if (actual !== sha256) {
    await forget(path)
    return undefined
  }
  await markUsed(path)
  return { path: file, sha256 }
}

/**
 * Keep `from` at `path` with its sha256, renamed into place, so a reader sees the old file or the
 * new one whole. A hard link when `link` (and on one file system; the caller's file is never
 * written again, only replaced by rename), else a copy (a file the user may touch, as the layout's).
 */
export async function keepFile(path: string, from: string, sha256: string, opts = { link: true }): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true })
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  try {
    if (opts.link) await link(from, tmp).catch(() => copyFile(from, tmp))
    else await copyFile(from, tmp)
    await rename(tmp, path)
    await writeFile(tmp, `${sha256}\n`)
    await rename(tmp, `${path}.sha256`)
  } finally {
    await unlink(tmp).catch(() => undefined)
  }
}

/**
 * Drop the kept files this run neither made nor used (a hit refreshes their mtime): a layer is
 * only reused for a byte-identical binary and a program slot only by the same build settings, so
 * older ones would only make every saved entry larger. Returns [dropped, kept, bytes kept].
 */
export function trimUnused(dir: string, startedAt: number): Promise<[number, number, number]> {
  // A second of slack: the kernel stamps files from a coarse clock, a little behind Date.now().
  return trimFiles(filesIn(dir), startedAt - 1000)
}

/**
 * Drop what went unused for a day, in every kind's directory, unless that was done within the hour
 * (trim.txt's mtime says when; it is not saved with the caches, so a fresh runner trims).
 */
export async function trimStale(env: NodeJS.ProcessEnv, now: number): Promise<void> {
  const stamp = join(ownCacheDir(env), 'trim.txt')
  const last = await stat(stamp).then(
    (s) => s.mtimeMs,
    () => 0,
  )
  if (last <= now && now - last < TRIM_EVERY_MS) return
  // No directory yet: nothing to trim either.
  await writeFile(stamp, `${new Date(now).toISOString()}\n`).catch(() => undefined)
  for (const dir of keptDirs(env)) await trimFiles(filesIn(dir), now - STALE_AFTER_MS)
}

async function* filesIn(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  for (const e of entries) if (e.isFile()) yield join(dir, e.name)
}

/** Remove the files last used before `cutoff` (epoch ms); returns [removed, kept, bytes kept]. */
export async function trimFiles(files: AsyncIterable<string>, cutoff: number): Promise<[number, number, number]> {
  let removed = 0
  let kept = 0
  let bytes = 0
  for await (const f of files) {
    const s = await stat(f).catch(() => undefined)
    if (!s) continue
    if (s.mtimeMs < cutoff) {
      await unlink(f).catch(() => undefined)
      removed++
    } else {
      kept++
      bytes += s.size
    }
  }
  return [removed, kept, bytes]
}
