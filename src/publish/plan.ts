// The order of a push: every blob, then each platform manifest by digest, then the index by
// digest; tags come last and only after all of it is in every target. Pure.
import type { CopyStats } from '../lib/oci/copy.js'
import type { Blob, Descriptor } from '../lib/oci/descriptor.js'
import type { Digest } from '../lib/oci/digest.js'
import { childrenOf, parseManifest } from '../lib/oci/parse.js'

export interface PushPlan {
  /** Config and layer blobs, each once. */
  blobs: Descriptor[]
  /** Manifests in push order: children before the index that names them. */
  manifests: Blob[]
  top: Blob
  /** Artifacts whose subject is in the image (SBOMs), pushed after it by digest. */
  referrers: Blob[]
}

export function planPush(top: Descriptor, manifests: Map<Digest, Blob>, referrers: Descriptor[] = []): PushPlan {
  const blobs = new Map<Digest, Descriptor>()
  const ordered: Blob[] = []
  const seen = new Set<Digest>()
  const visit = (d: Descriptor): void => {
    if (seen.has(d.digest)) return
    seen.add(d.digest)
    const blob = manifests.get(d.digest)
    if (!blob) throw new Error(`manifest ${d.digest} is missing from the layout`)
    const m = parseManifest(blob)
    if (m.kind === 'index') {
      for (const child of m.manifests) visit(child)
    } else {
      for (const b of childrenOf(m)) if (!blobs.has(b.digest)) blobs.set(b.digest, b)
    }
    ordered.push({ descriptor: { mediaType: d.mediaType, digest: d.digest, size: d.size }, bytes: blob.bytes })
  }
  visit(top)
  const last = ordered.at(-1)
  if (!last) throw new Error('nothing to push')
  const imageManifests = ordered.length
  for (const r of referrers) visit(r)
  return {
    blobs: [...blobs.values()],
    manifests: ordered.slice(0, imageManifests),
    top: last,
    referrers: ordered.slice(imageManifests),
  }
}

/** What a push did with its blobs: the copy's counts (lib/oci/copy.ts). */
export type PublishStats = CopyStats

export interface Published {
  /** `registry/repository@digest` for each target. */
  images: string[]
  /** `registry/repository:tag` for each tag pushed. */
  tags: string[]
  digest: string
  /** What the push did with its blobs (a merge: what it copied into a repository that lacked it). */
  stats?: PublishStats
}

/** What a merge pushed: the index (its descriptor), its platform images, where and under which tags. */
export type MergedIndex = Published & { descriptor: Descriptor; digests: Record<string, string> }
