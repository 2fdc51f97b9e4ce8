// Go releases as the module proxy serves them: every release is the module golang.org/toolchain at
// v0.0.1-go<version>.<os>-<arch>, checked against the checksum database by `go` itself (that is
// how Go switches toolchains). Pure.
import semver from 'semver'
import type { Host } from './resolve.js'
import { goToSemver, semverToGo } from './version.js'

export const TOOLCHAIN_MODULE = 'golang.org/toolchain'

/** The module version that holds Go `version` (semver) for the host. */
export function toolchainModuleVersion(version: string, host: Host): string {
  return `v0.0.1-${semverToGo(version)}.${host.os}-${host.arch}`
}

/** `go list -m -versions` of the toolchain module -> the releases for the host (prereleases not stable). */
export function releasesFromModuleVersions(versions: string[], host: Host): { version: string; stable: boolean }[] {
  const suffix = `.${host.os}-${host.arch}`
  const out: { version: string; stable: boolean }[] = []
  for (const v of versions) {
    if (!v.startsWith('v0.0.1-go') || !v.endsWith(suffix)) continue
    const version = goToSemver(v.slice('v0.0.1-'.length, -suffix.length))
    if (version) out.push({ version, stable: semver.prerelease(version) === null })
  }
  return out
}

/** Files of a toolchain module that must be executable (a module zip keeps no file modes). */
export function isToolchainExecutable(relativePath: string): boolean {
  return /^bin\/[^/]+$/.test(relativePath) || /^pkg\/tool\/[^/]+\/[^/]+$/.test(relativePath)
}
