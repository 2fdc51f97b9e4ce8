import { type Digest, digestOf } from './digest.js'
import type { Platform } from './platform.js'

export const MediaType = {
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  index: 'application/vnd.oci.image.index.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
} as const

/** Docker's schema 2 family, which base images and registries still serve. */
export const DockerMediaType = {
  manifest: 'application/vnd.docker.distribution.manifest.v2+json',
  index: 'application/vnd.docker.distribution.manifest.list.v2+json',
  config: 'application/vnd.docker.container.image.v1+json',
  layerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
} as const

/** The OCI or the Docker schema 2 family: an image's manifests, index and config are of one. */
export type Family = 'oci' | 'docker'

/** Media types of one family: registries reject OCI indexes over Docker manifests (and mixes). */
export function mediaTypes(family: Family): { manifest: string; index: string; config: string; layerGzip: string } {
  return family === 'docker' ? DockerMediaType : MediaType
}

export function familyOf(manifestMediaType: string): Family {
  return manifestMediaType.startsWith('application/vnd.docker.') ? 'docker' : 'oci'
}

/** Every manifest and index type this action reads (what a registry GET accepts). */
export const MANIFEST_TYPES: string[] = [
  MediaType.index,
  MediaType.manifest,
  DockerMediaType.index,
  DockerMediaType.manifest,
]

/** An OCI index or a Docker manifest list. */
export function isIndexType(mediaType: string): boolean {
  return mediaType === MediaType.index || mediaType === DockerMediaType.index
}

/** The one descriptor shape used by layout, push, merge and report. */
export interface Descriptor {
  mediaType: string
  digest: Digest
  size: number
  platform?: Platform
  annotations?: Record<string, string>
  artifactType?: string
}

/** A layer as an image config and a docker archive need it: its blob, and what it unpacks to. */
export interface Layer {
  descriptor: Descriptor
  /** sha256 of the uncompressed tar, for the config's rootfs.diff_ids. */
  diffId: Digest
  uncompressedSize: number
}

/** Serialized content with its descriptor: bytes are hashed once and never re-stringified. */
export interface Blob {
  descriptor: Descriptor
  bytes: Uint8Array
}

export function blobOf(mediaType: string, bytes: Uint8Array): Blob {
  return { descriptor: { mediaType, digest: digestOf(bytes), size: bytes.byteLength }, bytes }
}

/** JSON with no whitespace, as registries and peers store manifests. */
export function jsonBlob(mediaType: string, value: unknown): Blob {
  return blobOf(mediaType, Buffer.from(JSON.stringify(value), 'utf8'))
}

/** A record with keys in sorted order, so map-like JSON fields serialize the same everywhere. */
export function sortedRecord<T>(r: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {}
  for (const k of Object.keys(r).sort()) out[k] = r[k] as T
  return out
}
