// The edge of the cache stage: restores the module and build caches in main (GitHub's cache service
// through @actions/cache), runs `go mod download` once, and saves in the post step. Every cache
// service error is a warning: a cache can make a build faster, never make it fail.

import { chmod, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import * as core from '@actions/core'
import { getExecOutput } from '@actions/exec'
import { hashFiles } from '@actions/glob'
import type { CompileSettings } from '../compile/settings.js'
import { keptDirs, trimFiles, trimUnused } from '../kept/kept-io.js'
import { buildCacheKeys, type CacheKeyInput, moduleCacheKeys, sameKey } from './keys.js'
import { buildCacheChanged, type CacheMode, savePolicy } from './policy.js'
import type { CacheSettings } from './settings.js'
import { type CacheEntryState, type PostState, STATE_NAME } from './state.js'

// @actions/cache brings the Azure storage SDK: load it only when a cache is used, not at start-up.
const cacheLib = () => import('@actions/cache')

export interface RestoreRequest {
  mode: CacheMode
  eventName?: string
  keyInput: Omit<CacheKeyInput, 'depsHash'>
  /** Patterns for cache-dependency-path, already resolved against the workspace. */
  dependencyPatterns: string[]
  /** The action's kept files (kept-io.ts), saved with the build cache. */
  keptDirs: string[]
  hashRoot: string
  workingDirectory: string
  go: string
  goEnv: Record<string, string | undefined>
  startedAt: number
  /** A release build (why it is one): the module cache only, verified; no build cache; nothing saved. */
  release?: string
}

export interface RestoreResult {
  moduleHit: boolean
  buildHit: boolean
}

// Build-cache entries unused for this long are trimmed before saving: Go's own trim limit. Go
// refreshes an entry's mtime when it uses it (at most hourly), and tar keeps mtimes through a save
// and restore, so an entry's mtime is its last use by any run. "Not used by this run" would be
// too eager: a build whose link is a cache hit never reads its dependencies' compile outputs, and
// the next source change would have to compile them (the standard library too) again.
export const TRIM_AFTER_MS = 5 * 24 * 60 * 60 * 1000

async function goEnvPaths(
  go: string,
  env: Record<string, string | undefined>,
  cwd: string,
): Promise<{ modcache: string; gocache: string }> {
  const out = await getExecOutput(go, ['env', 'GOMODCACHE', 'GOCACHE'], {
    cwd,
    env: env as Record<string, string>,
    silent: true,
  })
  const [modcache = '', gocache = ''] = out.stdout.trim().split('\n')
  return { modcache, gocache }
}

async function* walk(dir: string, deep = true): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  for (const e of entries) {
    const p = join(dir, e.name)
    if (e.isDirectory() && deep) yield* walk(p)
    else if (e.isFile()) yield p
  }
}

/** Go makes module directories read-only; tar cannot restore into them (setup-go's "File exists"). */
async function makeWritable(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  if (entries.length === 0) return
  await chmod(dir, 0o755).catch(() => undefined)
  for (const e of entries) if (e.isDirectory()) await makeWritable(join(dir, e.name))
}

async function isEmpty(dir: string): Promise<boolean> {
  return (await readdir(dir).catch(() => [])).length === 0
}

/**
 * A restore that failed part way (an archive cut short where no length could tell, so tar
 * extracted some of it) leaves files Go would trust: a module directory missing files. What was
 * empty before the restore is emptied again, so the build starts clean instead.
 */
async function undoPartial(name: string, paths: string[], wasEmpty: boolean[]): Promise<void> {
  const partial: string[] = []
  for (const [i, p] of paths.entries()) if (wasEmpty[i] && !(await isEmpty(p))) partial.push(p)
  if (partial.length === 0) return

  for (const p of partial) {
    await makeWritable(p)
    await rm(p, { recursive: true, force: true })
  }
  core.warning(
    `${name}: the restore failed part way; removed what it had written (${partial.join(', ')}), continuing without it`,
  )
}

async function restoreOne(
  name: string,
  paths: string[],
  keys: { key: string; restoreKeys: string[] },
): Promise<CacheEntryState> {
  const entry: CacheEntryState = { paths, key: keys.key }
  const wasEmpty = await Promise.all(paths.map(isEmpty))
  try {
    const matched = await (await cacheLib()).restoreCache(paths, keys.key, keys.restoreKeys)
    if (matched) entry.matchedKey = matched
    // @actions/cache reports a failed download or extraction as a miss (with its own warning).
    else await undoPartial(name, paths, wasEmpty)
    core.info(
      matched
        ? `${name}: restored ${matched}${sameKey(matched, keys.key) ? ' (exact)' : ''}`
        : `${name}: no cache for ${keys.key}`,
    )
  } catch (e) {
    core.warning(`${name}: restore failed, continuing without it: ${(e as Error).message}`)
    await undoPartial(name, paths, wasEmpty)
  }
  return entry
}

export async function restoreCaches(req: RestoreRequest): Promise<RestoreResult> {
  const policy = req.release
    ? { save: false, why: `release build (${req.release}): nothing saved` }
    : savePolicy(req.mode, req.eventName)
  const state: PostState = {
    version: 1,
    save: policy.save,
    ...(policy.why ? { why: policy.why } : {}),
    mode: req.mode,
    startedAt: req.startedAt,
  }
  let result: RestoreResult = { moduleHit: false, buildHit: false }
  if (req.mode !== 'false') {
    if (!(await cacheLib()).isFeatureAvailable()) {
      core.info('The GitHub cache service is not available here: caching is off')
    } else {
      const { modcache, gocache } = await goEnvPaths(req.go, req.goEnv, req.workingDirectory)
      const depsHash = (await hashFiles(req.dependencyPatterns.join('\n'), req.hashRoot)) || 'no-dependencies'
      const k = { ...req.keyInput, depsHash }
      await makeWritable(modcache)
      const [module, build] = await Promise.all([
        restoreOne('module cache', [modcache], moduleCacheKeys(k)),
        req.release ? undefined : restoreOne('build cache', [gocache, ...req.keptDirs], buildCacheKeys(k)),
      ])
      // Restored from an older entry: its size is what the post step weighs this run's additions against.
      if (build?.matchedKey && !sameKey(build.matchedKey, build.key))
        build.restoredBytes = await buildCacheBytes(gocache)
      state.module = module
      if (build) state.build = build
      result = { moduleHit: sameKey(module.matchedKey, module.key), buildHit: sameKey(build?.matchedKey, build?.key) }
    }
  }
  core.saveState(STATE_NAME, JSON.stringify(state))
  return result
}

/** Whether a matched cache key is the key asked for. */

/**
 * A release build uses the module cache (restored or on disk) only when `go mod verify` finds every
 * module as go.sum pins it (go checks each module's recorded hash against go.sum as it loads it,
 * and verify checks the files against that hash); otherwise it is emptied and downloaded afresh.
 */
async function verifyModules(
  go: string,
  cwd: string,
  env: Record<string, string | undefined>,
  modcache: string,
): Promise<void> {
  const out = await getExecOutput(go, ['mod', 'verify'], {
    cwd,
    env: env as Record<string, string>,
    silent: true,
    ignoreReturnCode: true,
  })
  if (out.exitCode === 0) return core.info('module cache: go mod verify passed; used')
  const why = (out.stdout + out.stderr).trim().split('\n')[0] ?? `exit ${out.exitCode}`
  core.warning(`module cache: go mod verify failed (${why}); emptied, every module is downloaded afresh`)
  await makeWritable(modcache)
  await rm(modcache, { recursive: true, force: true })
}

/** Drop build-cache entries unused for TRIM_AFTER_MS; returns [removed, kept, bytes kept]. */
export function trimBuildCache(gocache: string, startedAt: number): Promise<[number, number, number]> {
  return trimFiles(goEntries(gocache), startedAt - TRIM_AFTER_MS)
}

/** The bytes of the Go build cache's entries. */
async function buildCacheBytes(gocache: string): Promise<number> {
  let bytes = 0
  for await (const f of goEntries(gocache)) bytes += (await stat(f).catch(() => undefined))?.size ?? 0
  return bytes
}

async function* goEntries(gocache: string): AsyncGenerator<string> {
  for (const dir of await readdir(gocache).catch(() => [] as string[])) {
    if (/^[0-9a-f]{2}$/.test(dir)) yield* walk(join(gocache, dir)) // never README or trim.txt
  }
}

export async function saveCaches(state: PostState): Promise<void> {
  if (!state.save) return core.info(state.why ?? 'cache: read-only, nothing saved')
  for (const [name, entry] of [
    ['module cache', state.module],
    ['build cache', state.build],
  ] as const) {
    if (!entry) continue
    if (sameKey(entry.matchedKey, entry.key)) {
      core.info(`${name}: exact hit on ${entry.key}, not saved again`)
      continue
    }
    try {
      if (name === 'build cache') {
        const [removed, kept, bytes] = await trimBuildCache(entry.paths[0] ?? '', state.startedAt)
        core.info(
          `build cache: trimmed ${removed} entries unused for 5 days; ${kept} left ` +
            `(${(bytes / 1048576).toFixed(1)} MiB)`,
        )
        const changed = buildCacheChanged(state.mode ?? 'true', entry.restoredBytes, bytes)
        if (!changed.save) {
          core.info(`build cache: ${changed.why}`)
          continue
        }
        for (const dir of entry.paths.slice(1)) {
          const [dropped, keptHere, bytesHere] = await trimUnused(dir, state.startedAt)
          core.info(
            `${dir}: dropped ${dropped} files of earlier runs; saving ${keptHere} of this run ` +
              `(${(bytesHere / 1048576).toFixed(1)} MiB)`,
          )
        }
      }
      // Another step of this job (or another job) may have saved this key already: the library
      // would warn that it cannot reserve it. A lookup first makes that the notice it is.
      const lib = await cacheLib()
      if (sameKey(await lib.restoreCache([...entry.paths], entry.key, [], { lookupOnly: true }), entry.key)) {
        core.info(`${name}: ${entry.key} is already saved (another step or job saved it first); not saved again`)
        continue
      }
      const id = await lib.saveCache(entry.paths, entry.key)
      core.info(id === -1 ? `${name}: not saved (the key may already exist)` : `${name}: saved ${entry.key}`)
    } catch (e) {
      core.warning(`${name}: save failed: ${(e as Error).message}`)
    }
  }
}

/** The cache stage of a build: restore both caches (a release: the module cache, verified). */
export async function restoreModules(
  config: CompileSettings & { cache: CacheSettings },
  go: { go: string; version: string },
  commit: string,
  goEnv: Record<string, string | undefined>,
  startedAt: number,
  release?: string,
): Promise<RestoreResult> {
  const restored = await restoreCaches({
    ...(release ? { release } : {}),
    mode: config.cache.mode,
    ...(goEnv.GITHUB_EVENT_NAME ? { eventName: goEnv.GITHUB_EVENT_NAME } : {}),
    keyInput: {
      prefix: config.cache.prefix,
      os: goEnv.RUNNER_OS || process.platform,
      arch: process.arch,
      imageOS: goEnv.ImageOS || '',
      goVersion: go.version,
      targets: config.platforms.map((p) => p.name),
      buildSettings: [
        ...config.buildFlags,
        ...config.buildTags,
        ...Object.entries(config.buildEnv).map(([k, v]) => `${k}=${v}`),
      ],
      sourceId: commit,
    },
    dependencyPatterns: config.cache.dependencyPatterns,
    keptDirs: keptDirs(goEnv),
    hashRoot: config.cache.hashRoot,
    workingDirectory: config.workingDirectory,
    go: go.go,
    goEnv,
    startedAt,
  })
  // Restored or left on a shared disk, a release takes the module cache only as go.sum pins it.
  if (release) {
    const { modcache } = await goEnvPaths(go.go, goEnv, config.workingDirectory)
    await verifyModules(go.go, config.workingDirectory, goEnv, modcache)
  }
  return restored
}
