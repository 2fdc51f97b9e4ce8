// What the user asked for: `go-version` text (or a version file's) -> a VersionSpec. Pure.
import semver from 'semver'
import { InputError } from '../inputs/error.js'
import { goToSemver } from './version.js'

export type VersionSpec =
  | { kind: 'alias'; alias: 'stable' | 'oldstable'; text: string }
  | { kind: 'exact'; version: string; text: string }
  | { kind: 'range'; range: string; prerelease: boolean; text: string }
  /** go.mod's `go 1.x`: any Go at least this; install the newest patch of that minor. */
  | { kind: 'minimum'; version: string; text: string }

export const SPEC_HINT =
  'give an exact version (1.22.5), a range (1.22, 1.22.x, ~1.22, ^1.21, >=1.21 <1.23), stable, oldstable, ' +
  'or a prerelease (1.23rc1)'

export function parseSpec(input: string, text: string): VersionSpec {
  const t = text.trim()
  const lower = t.toLowerCase()
  if (lower === 'stable' || lower === 'latest' || lower === 'oldstable') {
    return { kind: 'alias', alias: lower === 'oldstable' ? 'oldstable' : 'stable', text: t }
  }
  // Go-style or semver exact versions, with a patch or a prerelease: 1.22.5, go1.23rc1, 1.23.0-rc.1.
  const exact = goToSemver(t)
  if (exact && (/^(go)?\d+\.\d+\.\d+/.test(t) || /(rc|beta|alpha)\d+$/.test(t) || /-/.test(t))) {
    return { kind: 'exact', version: exact, text: t }
  }
  // A bare minor (1.22, go1.22) means the newest patch of it, as in setup-go.
  const minor = /^(?:go)?(\d+)\.(\d+)$/.exec(t)
  const range = minor ? `~${minor[1]}.${minor[2]}.0` : t.replace(/\bgo(?=\d)/g, '')
  const valid = semver.validRange(range)
  if (!t || !valid) throw new InputError(input, text, SPEC_HINT)
  return { kind: 'range', range: valid, prerelease: /-/.test(range), text: t }
}

/** Where Go comes from: the download site, else the module proxy (auto), or only one of them. */
export type GoSource = 'auto' | 'download-site' | 'module-proxy'
