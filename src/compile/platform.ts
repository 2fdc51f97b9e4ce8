import type { Platform } from '../lib/oci/platform.js'

/** A target platform and the Go environment that builds for it. */
export interface TargetPlatform extends Platform {
  /** Canonical form, e.g. `linux/arm/v7`. */
  name: string
  goEnv: Record<string, string>
}

// Go's GOARCH for each OCI architecture we can build a static Linux binary for, and the variants
// each accepts with the Go variable that selects them. `undefined` variant means none is allowed.
const ARCHES: Record<string, { variants: Record<string, Record<string, string>>; defaultVariant?: string }> = {
  amd64: { variants: { v1: { GOAMD64: 'v1' }, v2: { GOAMD64: 'v2' }, v3: { GOAMD64: 'v3' }, v4: { GOAMD64: 'v4' } } },
  arm64: { variants: { v8: {}, 'v8.0': { GOARM64: 'v8.0' }, 'v9.0': { GOARM64: 'v9.0' } } },
  // Without a variant Go builds ARMv7 when cross-compiling; say so in the index too.
  arm: { variants: { v5: { GOARM: '5' }, v6: { GOARM: '6' }, v7: { GOARM: '7' } }, defaultVariant: 'v7' },
  '386': { variants: {} },
  ppc64le: { variants: {} },
  ppc64: { variants: {} },
  s390x: { variants: {} },
  riscv64: { variants: {} },
  mips64le: { variants: {} },
  mips64: { variants: {} },
  mipsle: { variants: {} },
  mips: { variants: {} },
  loong64: { variants: {} },
}

export const SUPPORTED_PLATFORMS_HINT =
  'use os/arch[/variant] with os linux, e.g. linux/amd64, linux/arm64, linux/arm/v6, linux/arm/v7, ' +
  'linux/386, linux/ppc64le, linux/s390x, linux/riscv64'

/** Parse `linux/arm/v7`; returns an error string (not thrown) so config can name the input. */
export function parseTargetPlatform(text: string): TargetPlatform | string {
  const parts = text.trim().split('/')
  const [os, architecture, variant, ...rest] = parts
  if (!os || !architecture || rest.length > 0) return `"${text}" is not os/arch[/variant]`
  if (os !== 'linux') return `"${text}": only linux images can be built from scratch`
  const arch = ARCHES[architecture]
  if (!arch) return `"${text}": unknown architecture ${architecture}`
  const v = variant ?? arch.defaultVariant
  const goEnv: Record<string, string> = { GOOS: os, GOARCH: architecture }
  if (v !== undefined) {
    const extra = arch.variants[v]
    if (!extra) {
      const known = Object.keys(arch.variants)
      return known.length > 0
        ? `"${text}": ${architecture} variant must be one of ${known.join(', ')}`
        : `"${text}": ${architecture} takes no variant`
    }
    Object.assign(goEnv, extra)
  }
  const name = [os, architecture, ...(v ? [v] : [])].join('/')
  return { name, os, architecture, ...(v ? { variant: v } : {}), goEnv }
}

/** `linux/arm/v7` -> `linux-arm-v7`, for file names. */
export function platformSlug(p: { name: string }): string {
  return p.name.replaceAll('/', '-')
}

/** The runner's own platform, from Node's process.arch. */
export function hostPlatform(nodeArch: string): string {
  const map: Record<string, string> = {
    x64: 'linux/amd64',
    arm64: 'linux/arm64',
    arm: 'linux/arm/v7',
    ia32: 'linux/386',
    ppc64: 'linux/ppc64le',
    s390x: 'linux/s390x',
    riscv64: 'linux/riscv64',
  }
  return map[nodeArch] ?? `linux/${nodeArch}`
}
