import { type Blob, type Descriptor, jsonBlob, MediaType, sortedRecord } from './descriptor.js'
import { comparePlatforms, type Platform } from './platform.js'

function withAnnotations<T extends object>(body: T, annotations: Record<string, string>): T {
  return Object.keys(annotations).length > 0 ? { ...body, annotations: sortedRecord(annotations) } : body
}

export function imageManifest(
  config: Descriptor,
  layers: Descriptor[],
  annotations: Record<string, string> = {},
  mediaType: string = MediaType.manifest,
): Blob {
  return jsonBlob(
    mediaType,
    withAnnotations(
      {
        schemaVersion: 2,
        mediaType,
        config: bare(config),
        layers: layers.map(bare),
      },
      annotations,
    ),
  )
}

/** An index over platform manifests, in platform order; every entry must carry its platform. */
export function imageIndex(
  manifests: Descriptor[],
  annotations: Record<string, string> = {},
  mediaType: string = MediaType.index,
): Blob {
  const withPlatform: (Descriptor & { platform: Platform })[] = []
  for (const m of manifests) {
    if (!m.platform) throw new Error(`index entry ${m.digest} has no platform`)
    withPlatform.push(m as Descriptor & { platform: Platform })
  }
  const sorted = withPlatform.sort((a, b) => comparePlatforms(a.platform, b.platform))
  return jsonBlob(
    mediaType,
    withAnnotations({ schemaVersion: 2, mediaType, manifests: sorted.map(descriptorJson) }, annotations),
  )
}

/** mediaType, digest, size only (no platform) in a fixed order. */
function bare(d: Descriptor): Descriptor {
  return { mediaType: d.mediaType, digest: d.digest, size: d.size }
}

/** A descriptor in a fixed key order, keeping its optional fields. */
export function descriptorJson(d: Descriptor): Descriptor {
  const out: Descriptor = bare(d)
  if (d.artifactType) out.artifactType = d.artifactType
  if (d.platform) {
    out.platform = {
      architecture: d.platform.architecture,
      os: d.platform.os,
      ...(d.platform.variant ? { variant: d.platform.variant } : {}),
    }
  }
  if (d.annotations && Object.keys(d.annotations).length > 0) out.annotations = sortedRecord(d.annotations)
  return out
}
