// A Sigstore bundle as an OCI 1.1 referrer of the manifest it attests, in the layout cosign v3
// writes and reads (its BUNDLE_SPEC.md, @sigstore/oci): artifactType and the one layer of the
// bundle's media type, the empty config, and the annotations that name what is inside. Pure.
import { artifactManifest } from '../lib/oci/artifact.js'
import { type Blob, blobOf, type Descriptor } from '../lib/oci/descriptor.js'

export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'

export interface Referrer {
  /** The referrer manifest, and its descriptor as index.json and the fallback tag list it. */
  manifest: Blob
  descriptor: Descriptor
  /** The bundle itself (the manifest's one layer). */
  bundle: Blob
}

export function bundleReferrer(
  bundleJson: string,
  subject: Descriptor,
  predicateType: string,
  created: string,
): Referrer {
  const bundle = blobOf(BUNDLE_MEDIA_TYPE, Buffer.from(bundleJson))
  const annotations = {
    'dev.sigstore.bundle.content': 'dsse-envelope',
    'dev.sigstore.bundle.predicateType': predicateType,
    'org.opencontainers.image.created': created,
  }
  const manifest = artifactManifest(BUNDLE_MEDIA_TYPE, bundle.descriptor, subject, annotations)
  return { manifest, bundle, descriptor: { ...manifest.descriptor, artifactType: BUNDLE_MEDIA_TYPE, annotations } }
}
