// Cache keys for the module cache and the build cache. Pure: everything that may change a key is
// an argument, so tests can show what changes it and what must not.
import { createHash } from 'node:crypto'

export interface CacheKeyInput {
  /** The cache-prefix input, separating unrelated jobs. */
  prefix: string
  /** RUNNER_OS, process.arch and ImageOS (the runner image, e.g. ubuntu24). */
  os: string
  arch: string
  imageOS: string
  goVersion: string
  /** Hash of the files named by cache-dependency-path (every go.sum by default). */
  depsHash: string
  /** Target platforms and build settings: a cross-compile for other targets is another cache. */
  targets: string[]
  buildSettings: string[]
  /** The commit (or a hash of the sources): each commit saves its own build cache. */
  sourceId: string
}

export interface CacheKeys {
  key: string
  /** Tried in order when the key misses, each as a prefix: the nearest older entry wins. */
  restoreKeys: string[]
}

function short(parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16)
}

function base(kind: string, k: CacheKeyInput): string {
  const prefix = k.prefix ? `${k.prefix}-` : ''
  return `${prefix}build-go-image-${kind}-${k.os}-${k.arch}${k.imageOS ? `-${k.imageOS}` : ''}-go${k.goVersion}-`
}

export function moduleCacheKeys(k: CacheKeyInput): CacheKeys {
  const b = base('mod', k)
  return { key: `${b}${k.depsHash}`, restoreKeys: [b] }
}

export function buildCacheKeys(k: CacheKeyInput): CacheKeys {
  const b = base('build', k)
  const targets = `${b}${short([...[...k.targets].sort(), '|', ...k.buildSettings])}-`
  return { key: `${targets}${short([k.depsHash, k.sourceId])}`, restoreKeys: [targets, b] }
}

/**
 * Whether the key a cache service matched is the key asked for, as actions/cache compares them:
 * accents count, case does not (act's cache server, like Gitea's and Forgejo's runners, lower-cases
 * the keys it stores, nektos/act#2497).
 */
export function sameKey(matched: string | undefined, key: string | undefined): boolean {
  return (
    matched !== undefined && key !== undefined && matched.localeCompare(key, undefined, { sensitivity: 'accent' }) === 0
  )
}
