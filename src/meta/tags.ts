// Tags from the GitHub event, or from the `tags` input's templates. Pure: the registry's existing
// tags (for `latest`) and the commit time (for {{date}}) are arguments.
import semver from 'semver'
import { InputError } from '../inputs/error.js'
import type { GitHubContext } from './context.js'

const TAG_CHARS = /[^A-Za-z0-9_.-]+/g

/** A git ref name as a valid image tag: `feature/x` -> `feature-x`, at most 128 characters. */
export function sanitizeTag(name: string): string {
  return name
    .replace(TAG_CHARS, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128)
}

export interface RefFacts {
  /** The semver of a tag push (v stripped), if the tag is semver. */
  version?: semver.SemVer
  tag?: string
  branch?: string
}

export function refFacts(ctx: GitHubContext): RefFacts {
  if (ctx.ref.startsWith('refs/tags/')) {
    const tag = ctx.ref.slice('refs/tags/'.length)
    const version = semver.parse(tag.replace(/^v(?=\d)/, ''))
    return { tag, ...(version ? { version } : {}) }
  }
  if (ctx.ref.startsWith('refs/heads/')) return { branch: ctx.ref.slice('refs/heads/'.length) }
  if (ctx.headRef) return { branch: ctx.headRef }
  return {}
}

/** Is `v` the highest release among the repository's tags (so it may take `latest`)? */
export function isHighestRelease(v: semver.SemVer, existing: string[]): boolean {
  if (v.prerelease.length > 0) return false
  const releases = existing
    .map((t) => semver.parse(t.replace(/^v(?=\d)/, '')))
    .filter((x): x is semver.SemVer => x !== null && x.prerelease.length === 0)
  return releases.every((r) => semver.gte(v, r))
}

/** The tags an event gets when the `tags` input is empty. */
export function deriveTags(ctx: GitHubContext, existing: string[]): string[] {
  const tags: string[] = []
  const facts = refFacts(ctx)
  const isPull = ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target'
  if (isPull && ctx.pullNumber !== undefined) tags.push(`pr-${ctx.pullNumber}`)
  else if (ctx.eventName === 'schedule') tags.push('nightly')
  else if (facts.version) {
    const v = facts.version
    tags.push(v.version)
    if (v.prerelease.length === 0) {
      tags.push(`${v.major}.${v.minor}`)
      if (v.major > 0) tags.push(String(v.major))
      if (isHighestRelease(v, existing)) tags.push('latest')
    }
  } else if (facts.tag) tags.push(sanitizeTag(facts.tag))
  else if (facts.branch) {
    tags.push(sanitizeTag(facts.branch))
    if (ctx.eventName !== 'workflow_dispatch' && ctx.defaultBranch === facts.branch) tags.push('edge')
  }
  if (/^[0-9a-f]{7,}$/.test(ctx.sha)) tags.push(`sha-${ctx.sha.slice(0, 7)}`)
  return [...new Set(tags.filter((t) => t.length > 0))]
}

const TEMPLATE = /\{\{\s*(version|major|minor|patch|branch|sha|date\s+'([^']*)')\s*\}\}/g
const ANY_TEMPLATE = /\{\{[^}]*\}\}/g
export const TAG_TEMPLATE_HINT =
  "templates may use {{version}}, {{major}}, {{minor}}, {{patch}}, {{branch}}, {{sha}}, {{date 'YYYYMMDD'}}"

/** Check the templates before any work: unknown placeholders are input errors. */
export function checkTagTemplates(templates: string[]): void {
  for (const t of templates) {
    const unknown = (t.match(ANY_TEMPLATE) ?? []).find((m) => !new RegExp(`^${TEMPLATE.source}$`).test(m))
    if (unknown) throw new InputError('tags', t, TAG_TEMPLATE_HINT)
  }
}

function formatDate(epoch: number, format: string): string {
  const d = new Date(epoch * 1000)
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return format
    .replace('YYYY', String(d.getUTCFullYear()))
    .replace('MM', pad(d.getUTCMonth() + 1))
    .replace('DD', pad(d.getUTCDate()))
    .replace('HH', pad(d.getUTCHours()))
    .replace('mm', pad(d.getUTCMinutes()))
    .replace('ss', pad(d.getUTCSeconds()))
}

/**
 * Render tag templates. A template whose value is missing for this event ({{version}} on a branch
 * push) yields no tag rather than a broken one; the result is sanitized and de-duplicated.
 */
export function renderTags(
  templates: string[],
  ctx: GitHubContext,
  epoch: number,
): { tags: string[]; skipped: string[] } {
  const facts = refFacts(ctx)
  const v = facts.version
  const values: Record<string, string | undefined> = {
    version: v?.version,
    major: v ? String(v.major) : undefined,
    minor: v ? `${v.major}.${v.minor}` : undefined,
    patch: v ? `${v.major}.${v.minor}.${v.patch}` : undefined,
    branch: facts.branch ? sanitizeTag(facts.branch) : undefined,
    sha: /^[0-9a-f]{7,}$/.test(ctx.sha) ? ctx.sha.slice(0, 7) : undefined,
  }
  const tags: string[] = []
  const skipped: string[] = []
  for (const t of templates) {
    let missing = false
    const out = t.replace(TEMPLATE, (_m, key: string, fmt: string | undefined) => {
      const value = fmt !== undefined ? formatDate(epoch, fmt) : values[key]
      if (value === undefined) missing = true
      return value ?? ''
    })
    if (missing) skipped.push(t)
    else tags.push(sanitizeTag(out))
  }
  return { tags: [...new Set(tags.filter((x) => x.length > 0))], skipped }
}
