// Base images: what an image takes from its base, and config merging (media-type families are
// oci/descriptor.ts's, platform matching oci/platform.ts's). Pure.
import type { Descriptor, Family } from '../lib/oci/descriptor.js'
import type { Digest } from '../lib/oci/digest.js'

/** The base's `config` object, as far as we use it. */
export interface BaseRunConfig {
  Env?: string[]
  User?: string
  WorkingDir?: string
  ExposedPorts?: Record<string, object>
}

/** Base Env first, our PATH entry in front of the base PATH, then the `env` input wins. */
export function mergeEnv(base: string[] | undefined, appDir: string, ours: Record<string, string>): string[] {
  const env = new Map<string, string>()
  for (const e of base ?? []) {
    const eq = e.indexOf('=')
    if (eq > 0) env.set(e.slice(0, eq), e.slice(eq + 1))
  }
  const path = env.get('PATH')
  env.set(
    'PATH',
    path ? (path.split(':').includes(appDir) ? path : `${appDir}:${path}`) : `${appDir}:/usr/local/bin:/usr/bin:/bin`,
  )
  for (const [k, v] of Object.entries(ours)) env.set(k, v)
  return [...env].map(([k, v]) => `${k}=${v}`)
}

/** One platform of a base image: its manifest, the config fields we keep, its layers. */
export interface BasePlatform {
  manifest: Descriptor
  config: { config?: BaseRunConfig; history?: unknown[] }
  layers: Descriptor[]
}

/** What an image built on a base takes from it. */
export interface BaseFacts {
  /** As the user wrote it, for org.opencontainers.image.base.name. */
  name: string
  /** The digest the reference resolved to (the index, or the one manifest). */
  digest: Digest
  family: Family
  /** By target platform name. */
  platforms: Map<string, BasePlatform>
}
