// Whether this run is a release build: one whose image nothing but the source, Go and the base
// image may decide (no kept program, kept layer, restored build cache or saved cache). Pure.
//
// The rule (auto): the event is a tag push or `release`, or a tag to push is a semantic version
// (1.2.3, v1.2.3, 1.2.3-rc.1). The `release-build` input widens it (true: every run) or narrows
// it (false: never, the caches serve tag pushes as they serve branches).
import semver from 'semver'
import { InputError } from '../inputs/error.js'
import type { GitHubContext } from './context.js'

export type ReleaseMode = 'auto' | 'true' | 'false'

export interface ReleaseDecision {
  release: boolean
  /** Why, for the log: the input, the event, or the tag that made it one. */
  why: string
}

const isVersion = (tag: string) => semver.valid(tag.replace(/^v(?=\d)/, '')) !== null

export function releaseDecision(mode: ReleaseMode, github: GitHubContext, tags: string[]): ReleaseDecision {
  if (mode === 'true') return { release: true, why: 'release-build: true' }
  if (mode === 'false') return { release: false, why: 'release-build: false' }
  if (github.eventName === 'release') return { release: true, why: 'a release event' }
  if (github.ref.startsWith('refs/tags/')) return { release: true, why: `a tag push (${github.ref})` }
  const version = tags.find(isVersion)
  if (version) return { release: true, why: `the semver tag ${version}` }
  return { release: false, why: 'not a tag push, release event or semver tag' }
}

/** The release-build input. */
export function parseReleaseMode(text: string): ReleaseMode {
  const mode = text.trim().toLowerCase() || 'auto'
  if (mode === 'auto' || mode === 'true' || mode === 'false') return mode
  throw new InputError(
    'release-build',
    text,
    'give auto (tag pushes, release events and semver tags are releases), true (every run) or false (none)',
  )
}
