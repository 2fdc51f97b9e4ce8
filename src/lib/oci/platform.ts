// The one home of a platform (os/architecture[/variant]) as images name it: its name, the
// order an index lists platforms in, and how a base's platforms match a target. Go's view of a
// target (GOOS/GOARCH/GOARM) is compile/platform.ts's; reading one from JSON is parse.ts's
// (platformOfJson), with every other manifest field. Pure.

export interface Platform {
  architecture: string
  os: string
  variant?: string
}

/** `linux/arm/v7` */
export function platformName(p: Platform): string {
  return [p.os, p.architecture, ...(p.variant ? [p.variant] : [])].join('/')
}

/**
 * A fixed order for index entries (os, architecture, variant), so an index is the same bytes
 * whether one job built every platform or a matrix of jobs did, in whatever order they finished.
 */
export function comparePlatforms(a: Platform, b: Platform): number {
  const ka = [a.os, a.architecture, a.variant ?? '']
  const kb = [b.os, b.architecture, b.variant ?? '']
  for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return (ka[i] as string) < (kb[i] as string) ? -1 : 1
  return 0
}

/** arm64 images are often labelled v8; treat an absent variant and v8 as the same there. */
function normalVariant(p: Platform): string {
  if (p.architecture === 'arm64' && (p.variant === undefined || p.variant === 'v8')) return ''
  if (p.architecture === 'arm' && p.variant === undefined) return 'v7'
  return p.variant ?? ''
}

export function platformMatches(have: Platform, want: Platform): boolean {
  return have.os === want.os && have.architecture === want.architecture && normalVariant(have) === normalVariant(want)
}

export function describePlatforms(ps: Platform[]): string {
  return ps.map(platformName).join(', ')
}
