// Go's version names (go1.21.3, go1.21rc2, go1.20) to semver (1.21.3, 1.21.0-rc.2, 1.20.0). Pure.
import semver from 'semver'

const GO_VERSION = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(rc|beta|alpha)(\d+))?$/

/** `go1.21rc2` -> `1.21.0-rc.2`; undefined when the text is not a Go version name. */
export function goToSemver(name: string): string | undefined {
  const m = GO_VERSION.exec(name.trim())
  if (!m) {
    // Already semver (1.23.0-rc.1)?
    const v = semver.valid(name.trim().replace(/^go/, ''))
    return v ?? undefined
  }
  const [, major, minor = '0', patch = '0', pre, preN] = m
  return `${major}.${minor}.${patch}${pre ? `-${pre}.${preN}` : ''}`
}

/** `1.21.0-rc.2` -> `go1.21rc2`; `1.21.0` -> `go1.21.0` (from 1.21 on) or `go1.20` (before). */
export function semverToGo(version: string): string {
  const v = semver.parse(version)
  if (!v) throw new Error(`not a version: ${version}`)
  const pre = v.prerelease.length === 2 ? `${v.prerelease[0]}${v.prerelease[1]}` : ''
  if (pre) return `go${v.major}.${v.minor}${pre}`
  if (v.patch === 0 && v.major === 1 && v.minor < 21) return v.minor === 0 ? `go${v.major}` : `go${v.major}.${v.minor}`
  return `go${v.major}.${v.minor}.${v.patch}`
}
