// The OCI annotations that name an image's base (image-spec annotations.md). Pure.

export const BASE_NAME = 'org.opencontainers.image.base.name'
export const BASE_DIGEST = 'org.opencontainers.image.base.digest'

/**
 * The image's annotations, and on a base image its name as written and a digest: on a platform
 * manifest the base's platform manifest, on the index what the name resolved to. The merge job
 * builds its index with this too, so both ways give the same bytes.
 */
export function baseAnnotations(
  annotations: Record<string, string>,
  base: { name: string; digest: string } | undefined,
): Record<string, string> {
  return base ? { ...annotations, [BASE_NAME]: base.name, [BASE_DIGEST]: base.digest } : annotations
}
