// What the main step hands to the post step: a versioned record, validated on read, so the post
// step saves exactly what main restored and never re-derives keys or paths.
import type { CacheMode } from './policy.js'

export interface CacheEntryState {
  paths: string[]
  key: string
  /** The key restore matched, if any. */
  matchedKey?: string
  /** The Go build cache's bytes just after a restore from an older entry (the budget's yardstick). */
  restoredBytes?: number
}

export interface PostState {
  version: 1
  /** Save in the post step (false for cache: read-only, and by the budget on pull requests). */
  save: boolean
  /** Why not, for the log. */
  why?: string
  /** The cache input: `always` saves every miss. */
  mode?: CacheMode
  /** Epoch ms when main started: build cache files not touched since are trimmed before saving. */
  startedAt: number
  module?: CacheEntryState
  build?: CacheEntryState
}

export const STATE_NAME = 'build-go-image'

export function parsePostState(text: string): PostState | undefined {
  if (!text) return undefined
  let v: unknown
  try {
    v = JSON.parse(text)
  } catch {
    return undefined
  }
  const s = v as PostState
  if (
    typeof s !== 'object' ||
    s === null ||
    s.version !== 1 ||
    typeof s.save !== 'boolean' ||
    typeof s.startedAt !== 'number'
  )
    return undefined
  const entryOk = (e: CacheEntryState | undefined) =>
    e === undefined || (Array.isArray(e.paths) && typeof e.key === 'string')
  return entryOk(s.module) && entryOk(s.build) ? s : undefined
}
