// The index a merge job makes from per-platform images pushed by a matrix of jobs. Pure.

import { InputError } from '../inputs/error.js'
import { type AnnotationRule, annotationsAt, manifestOnlyKeys } from '../lib/oci/annotation-levels.js'
import { BASE_DIGEST, BASE_NAME, baseAnnotations } from '../lib/oci/annotations.js'
import type { Blob, Descriptor } from '../lib/oci/descriptor.js'
import { familyOf, mediaTypes } from '../lib/oci/descriptor.js'
import { imageIndex } from '../lib/oci/manifest.js'
import { type Platform, platformName } from '../lib/oci/platform.js'

export interface MergeChild {
  descriptor: Descriptor & { platform: Platform }
  /** The platform manifest's own annotations. */
  annotations: Record<string, string>
  /** `repo@digest` as given, for errors. */
  source: string
}

/**
 * One index over every child, in the same platform order a single job uses. Its annotations are
 * those every child shares (the build jobs saw the same commit and event), then the merge job's
 * own `annotations` input; so the index equals a single-job build's byte for byte.
 */
export function mergedIndex(children: MergeChild[], rules: AnnotationRule[], baseDigest?: string): Blob {
  const seen = new Map<string, MergeChild>()
  for (const c of children) {
    const name = platformName(c.descriptor.platform)
    const other = seen.get(name)
    if (other)
      throw new InputError(
        'merge',
        c.source,
        `platform ${name} appears twice (also in ${other.source}); give each platform once`,
      )
    seen.set(name, c)
  }
  const [first, ...rest] = children
  // Keys the rules put on manifests only were never on the single job's index: not lifted.
  const manifestOnly = manifestOnlyKeys(rules)
  const shared: Record<string, string> = {}
  for (const [k, v] of Object.entries(first?.annotations ?? {})) {
    if (!manifestOnly.has(k) && rest.every((c) => c.annotations[k] === v)) shared[k] = v
  }
  // Platform images name their own base manifest; the index names what the base's name resolved
  // to, as the single job does: pinned in the name, else as the caller found it.
  const { [BASE_NAME]: baseName, [BASE_DIGEST]: _platformBase, ...own } = shared
  const digest = baseName?.includes('@sha256:') ? baseName.slice(baseName.indexOf('@') + 1) : baseDigest
  const family = children.every((c) => familyOf(c.descriptor.mediaType) === 'docker') ? 'docker' : 'oci'
  return imageIndex(
    children.map((c) => ({
      ...c.descriptor,
      annotations: annotationsAt(rules, 'manifest-descriptor', platformName(c.descriptor.platform)),
    })),
    {
      ...(baseName && digest
        ? baseAnnotations(own, { name: baseName, digest })
        : baseName
          ? { ...own, [BASE_NAME]: baseName }
          : own),
      ...annotationsAt(rules, 'index'),
    },
    mediaTypes(family).index,
  )
}
