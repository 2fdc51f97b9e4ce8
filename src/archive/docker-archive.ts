// `docker save` archives (manifest.json, repositories, config and layer files) that `docker load`
// and `podman load` accept; one per platform, since the format holds one image per name. Layers
// are written uncompressed, named by diff_id, as `docker save` itself does. Pure parts here.
import { type Digest, digestHex } from '../lib/oci/digest.js'

export interface ArchiveImage {
  configDigest: Digest
  /** Uncompressed layer digests, base first. */
  diffIds: Digest[]
  /** `name:tag` */
  repoTag: string
}

export function archiveManifest(img: ArchiveImage): string {
  return JSON.stringify([
    {
      Config: `blobs/sha256/${digestHex(img.configDigest)}`,
      RepoTags: [img.repoTag],
      Layers: img.diffIds.map((d) => `blobs/sha256/${digestHex(d)}`),
    },
  ])
}

/** The legacy `repositories` file: name -> tag -> top layer id. */
export function archiveRepositories(img: ArchiveImage): string {
  const colon = img.repoTag.lastIndexOf(':')
  const top = img.diffIds.at(-1)
  return JSON.stringify({
    [img.repoTag.slice(0, colon)]: { [img.repoTag.slice(colon + 1)]: top ? digestHex(top) : '' },
  })
}

/** `app.tar` + linux/arm64 -> `app-linux-arm64.tar` (several platforms); the path itself for one. */
export function archivePath(path: string, platformSlug: string, several: boolean): string {
  if (!several) return path
  const m = /^(.*?)(\.tar)?$/.exec(path)
  return `${m?.[1] ?? path}-${platformSlug}${m?.[2] ?? '.tar'}`
}
