// Version, commit and timestamp of the build, from the GitHub context and git: pure.
import type { LdflagsValues } from '../compile/ldflags.js'

export interface SourceFacts {
  /** SOURCE_DATE_EPOCH as given, if any. */
  sourceDateEpoch?: string
  /** `git log -1 --format=%ct`, if the module is in a git work tree. */
  commitTime?: string
  /** GITHUB_SHA, else `git rev-parse HEAD`. */
  commit?: string
  /** GITHUB_REF, e.g. refs/tags/v1.2.3 */
  ref?: string
}

export interface BuildStamp extends LdflagsValues {
  /** Seconds since the epoch; never the wall clock, so rebuilds give the same digests. */
  epoch: number
}

export function buildStamp(f: SourceFacts): BuildStamp {
  const epoch = parseEpoch(f.sourceDateEpoch) ?? parseEpoch(f.commitTime) ?? 0
  const commit = f.commit && /^[0-9a-f]{7,64}$/.test(f.commit) ? f.commit : 'unknown'
  const tag = f.ref?.startsWith('refs/tags/') ? f.ref.slice('refs/tags/'.length) : undefined
  const version = tag ? tag.replace(/^v(?=\d)/, '') : commit === 'unknown' ? 'dev' : `dev-${commit.slice(0, 7)}`
  return { epoch, commit, version, date: rfc3339(epoch) }
}

export function rfc3339(epoch: number): string {
  return new Date(epoch * 1000).toISOString().replace('.000Z', 'Z')
}

function parseEpoch(s: string | undefined): number | undefined {
  if (s === undefined || !/^\d+$/.test(s.trim())) return undefined
  return Number(s.trim())
}
