// OCI 1.1 artifacts attached to an image by `subject` (found through the referrers API, or the
// fallback tag `sha256-<hex>` where a registry has none). Pure.
import { type Blob, blobOf, type Descriptor, jsonBlob, MediaType, sortedRecord } from './descriptor.js'

export const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json'

/** The empty config `{}` every artifact manifest without a config of its own points at. */
export function emptyBlob(): Blob {
  return blobOf(EMPTY_MEDIA_TYPE, Buffer.from('{}'))
}

export function artifactManifest(
  artifactType: string,
  layer: Descriptor,
  subject: Descriptor,
  annotations: Record<string, string>,
): Blob {
  const empty = emptyBlob().descriptor
  return jsonBlob(MediaType.manifest, {
    schemaVersion: 2,
    mediaType: MediaType.manifest,
    artifactType,
    config: { mediaType: empty.mediaType, digest: empty.digest, size: empty.size },
    layers: [{ mediaType: layer.mediaType, digest: layer.digest, size: layer.size }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    ...(Object.keys(annotations).length > 0 ? { annotations: sortedRecord(annotations) } : {}),
  })
}

/** The distribution spec's fallback tag for a subject: `sha256-<hex>`. */
export function fallbackTag(subjectDigest: string): string {
  const [alg, hex] = subjectDigest.split(':') as [string, string]
  return `${alg.slice(0, 32)}-${hex.slice(0, 64)}`.replace(/[^A-Za-z0-9_.-]/g, '-')
}

/**
 * Add a referrer to the fallback index (or start one), keeping its annotations and every entry
 * already there; returns undefined when it is already listed.
 */
export function addToFallbackIndex(
  existing: { manifests?: Descriptor[] } | undefined,
  referrer: Descriptor,
): Blob | undefined {
  const manifests = [...(existing?.manifests ?? [])]
  if (manifests.some((m) => m.digest === referrer.digest)) return undefined
  manifests.push(referrer)
  return jsonBlob(MediaType.index, { schemaVersion: 2, mediaType: MediaType.index, manifests })
}
