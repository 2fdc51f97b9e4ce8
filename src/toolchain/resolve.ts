// Spec + release list + host -> the Go release to install. Candidates are sorted here, never
// trusted to come in order; prereleases match only when the spec names one. Pure.
import semver from 'semver'
import { ToolchainError } from './errors.js'
import type { VersionSpec } from './spec.js'
import { goToSemver } from './version.js'

export interface GoFile {
  filename: string
  os: string
  arch: string
  sha256: string
  size: number
  kind: string
}

export interface GoRelease {
  /** semver, e.g. 1.21.0-rc.2 */
  version: string
  stable: boolean
  files: GoFile[]
}

export interface Host {
  /** Go's names: linux, darwin, windows */
  os: string
  /** Go's names: amd64, arm64, 386, armv6l, ppc64le, s390x */
  arch: string
}

export interface ResolvedGo {
  version: string
  file: GoFile
}

/** go.dev's `?mode=json&include=all` answer -> releases; entries we cannot read are skipped. */
export function releasesFromListing(json: unknown): GoRelease[] {
  if (!Array.isArray(json)) throw new Error('the release list is not a JSON array')
  const out: GoRelease[] = []
  for (const r of json as { version?: unknown; stable?: unknown; files?: unknown }[]) {
    const version = typeof r?.version === 'string' ? goToSemver(r.version) : undefined
    if (!version || !Array.isArray(r.files)) continue
    out.push({ version, stable: r.stable === true, files: r.files as GoFile[] })
  }
  return out
}

/** Node's process.arch -> Go's archive arch. */
export function goArch(nodeArch: string): string {
  const map: Record<string, string> = {
    x64: 'amd64',
    ia32: '386',
    x32: '386',
    arm: 'armv6l',
    arm64: 'arm64',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
    loong64: 'loong64',
  }
  return map[nodeArch] ?? nodeArch
}

export function goOs(nodePlatform: string): string {
  return nodePlatform === 'win32' ? 'windows' : nodePlatform
}

function archive(r: GoRelease, host: Host): GoFile | undefined {
  return r.files.find((f) => f.kind === 'archive' && f.os === host.os && f.arch === host.arch)
}

const byVersionDesc = (a: string, b: string) => semver.rcompare(a, b)

/** Whether an installed or cached version satisfies the spec (aliases need the release list). */
export function satisfies(version: string, spec: VersionSpec): boolean {
  switch (spec.kind) {
    case 'exact':
      return semver.eq(version, spec.version)
    case 'range':
      return semver.satisfies(version, spec.range, { includePrerelease: spec.prerelease })
    case 'minimum':
      return semver.gte(version, spec.version) && semver.prerelease(version) === null
    case 'alias':
      return false
  }
}

/** The best of the given versions for the spec, or undefined. */
export function pickVersion(spec: VersionSpec, versions: { version: string; stable: boolean }[]): string | undefined {
  const sorted = [...versions].sort((a, b) => byVersionDesc(a.version, b.version))
  const stable = sorted.filter((v) => v.stable && semver.prerelease(v.version) === null)
  switch (spec.kind) {
    case 'alias': {
      if (spec.alias === 'stable') return stable[0]?.version
      const minors = [...new Set(stable.map((v) => `${semver.major(v.version)}.${semver.minor(v.version)}`))]
      const second = minors[1]
      return stable.find((v) => `${semver.major(v.version)}.${semver.minor(v.version)}` === second)?.version
    }
    case 'minimum': {
      const min = semver.parse(spec.version)
      return sorted.find(
        (v) =>
          semver.prerelease(v.version) === null &&
          semver.gte(v.version, spec.version) &&
          semver.major(v.version) === min?.major &&
          semver.minor(v.version) === min?.minor,
      )?.version
    }
    default:
      return sorted.find((v) => satisfies(v.version, spec))?.version
  }
}

export function resolveRelease(spec: VersionSpec, releases: GoRelease[], host: Host): ResolvedGo {
  const available = releases.filter((r) => archive(r, host))
  const version = pickVersion(spec, available)
  const release = version ? available.find((r) => r.version === version) : undefined
  const file = release && archive(release, host)
  if (!version || !file) {
    const near = nearest(
      spec,
      available.map((r) => r.version),
    )
    throw new ToolchainError(
      spec.text,
      `No Go release for ${host.os}/${host.arch} satisfies go-version ${JSON.stringify(spec.text)}; nearest ` +
        `available: ${near.join(', ') || 'none'}`,
    )
  }
  return { version, file }
}

/** Up to five available versions closest to what was asked for, newest first. */
export function nearest(spec: VersionSpec, versions: string[]): string[] {
  const target =
    spec.kind === 'exact' || spec.kind === 'minimum'
      ? spec.version
      : spec.kind === 'range'
        ? semver.minVersion(spec.range)?.version
        : undefined
  const withPre =
    spec.kind === 'exact' ? semver.prerelease(spec.version) !== null : spec.kind === 'range' && spec.prerelease
  const sorted = versions.filter((v) => withPre || semver.prerelease(v) === null).sort(byVersionDesc)
  if (!target) return sorted.slice(0, 5)
  // Position the target in the list, then take the neighbours on both sides, closest first.
  const at = sorted.findIndex((v) => semver.lte(v, target))
  const pivot = at < 0 ? sorted.length : at
  return sorted
    .map((v, i) => ({ v, d: i < pivot ? pivot - i - 0.5 : i - pivot }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 5)
    .map((x) => x.v)
    .sort(byVersionDesc)
}
