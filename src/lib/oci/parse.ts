// The one reader of manifest, index and config JSON, wherever it came from (the OCI layout, a
// registry, a base image, a merge's inputs). Every descriptor is checked (media type, sha256
// digest, size) before anything follows it, so a damaged or hostile document fails here, naming
// itself, rather than as an odd request later. Pure.
import { type Blob, type Descriptor, isIndexType, MANIFEST_TYPES } from './descriptor.js'
import { type Digest, parseDigest } from './digest.js'
import type { Platform } from './platform.js'

export interface ImageManifest {
  kind: 'manifest'
  mediaType: string
  config: Descriptor
  layers: Descriptor[]
  artifactType?: string
  subject?: Descriptor
  annotations: Record<string, string>
}

export interface IndexManifest {
  kind: 'index'
  mediaType: string
  manifests: Descriptor[]
  subject?: Descriptor
  annotations: Record<string, string>
}

export type Manifest = ImageManifest | IndexManifest

/** The parts of an image config this action reads. */
export interface ImageConfigFile {
  platform?: Platform
  created?: string
  config?: Record<string, unknown>
  rootfs?: { diff_ids?: Digest[] }
  history?: unknown[]
}

export class ManifestError extends Error {
  override readonly name = 'ManifestError'
}

type Json = Record<string, unknown>

function object(v: unknown, what: string): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ManifestError(`${what} is not a JSON object`)
  return v as Json
}

function strings(v: unknown, what: string): Record<string, string> {
  if (v === undefined) return {}
  const o = object(v, what)
  for (const [k, s] of Object.entries(o))
    if (typeof s !== 'string') throw new ManifestError(`${what}.${k} is not a string`)
  return o as Record<string, string>
}

/** A descriptor as JSON gives it, checked: media type, digest and size, and platform if any. */
export function parseDescriptor(v: unknown, what: string): Descriptor {
  const d = object(v, what)
  if (typeof d.mediaType !== 'string' || d.mediaType === '') throw new ManifestError(`${what} has no mediaType`)
  let digest: Digest
  try {
    digest = parseDigest(String(d.digest))
  } catch {
    throw new ManifestError(`${what} has digest ${JSON.stringify(d.digest)}, not sha256:<64 hex>`)
  }
  if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0)
    throw new ManifestError(`${what} has size ${JSON.stringify(d.size)}, not a byte count`)
  const out: Descriptor = { mediaType: d.mediaType, digest, size: d.size }
  if (d.platform !== undefined) out.platform = platformOfJson(d.platform, `${what}.platform`)
  if (d.annotations !== undefined) out.annotations = strings(d.annotations, `${what}.annotations`)
  if (typeof d.artifactType === 'string') out.artifactType = d.artifactType
  return out
}

function json(bytes: Uint8Array, what: string): Json {
  let v: unknown
  try {
    v = JSON.parse(Buffer.from(bytes).toString('utf8'))
  } catch (e) {
    throw new ManifestError(`${what} is not JSON (${(e as Error).message})`)
  }
  return object(v, what)
}

/**
 * A manifest or index, as stored bytes. Its media type is the document's own, else the one it was
 * served or listed under (Docker's schema 2 documents carry theirs; an OCI one may omit it).
 */
export function parseManifest(blob: Blob): Manifest {
  const what = `manifest ${blob.descriptor.digest}`
  const body = json(blob.bytes, what)
  const mediaType = typeof body.mediaType === 'string' ? body.mediaType : blob.descriptor.mediaType
  if (!MANIFEST_TYPES.includes(mediaType))
    throw new ManifestError(`${what} has media type ${JSON.stringify(mediaType)}, not an OCI or Docker v2 manifest`)
  const annotations = strings(body.annotations, `${what} annotations`)
  const subject = body.subject === undefined ? {} : { subject: parseDescriptor(body.subject, `${what} subject`) }
  if (isIndexType(mediaType)) {
    if (!Array.isArray(body.manifests)) throw new ManifestError(`${what} is an index with no manifests list`)
    const manifests = body.manifests.map((m, i) => parseDescriptor(m, `${what} manifests[${i}]`))
    return { kind: 'index', mediaType, manifests, annotations, ...subject }
  }
  if (!Array.isArray(body.layers)) throw new ManifestError(`${what} has no layers list`)
  return {
    kind: 'manifest',
    mediaType,
    config: parseDescriptor(body.config, `${what} config`),
    layers: body.layers.map((l, i) => parseDescriptor(l, `${what} layers[${i}]`)),
    ...(typeof body.artifactType === 'string' ? { artifactType: body.artifactType } : {}),
    annotations,
    ...subject,
  }
}

/** What a manifest names below it: an index its manifests, an image its config and layers. */
export function childrenOf(m: Manifest): Descriptor[] {
  return m.kind === 'index' ? m.manifests : [m.config, ...m.layers]
}

/** An image config: its platform (when it names one) and the fields a base or a merge reads. */
export function parseImageConfig(bytes: Uint8Array, what: string): ImageConfigFile {
  const c = json(bytes, what)
  const platform = c.os || c.architecture ? { platform: platformOfJson(c, what) } : {}
  return {
    ...platform,
    ...(typeof c.created === 'string' ? { created: c.created } : {}),
    ...(c.config !== undefined && c.config !== null ? { config: object(c.config, `${what} config`) } : {}),
    ...(c.rootfs !== undefined ? { rootfs: object(c.rootfs, `${what} rootfs`) as ImageConfigFile['rootfs'] } : {}),
    ...(Array.isArray(c.history) ? { history: c.history } : {}),
  }
}

/** A platform as a descriptor or config gives it in JSON, checked. */
export function platformOfJson(v: unknown, what: string): Platform {
  const p = object(v, what)
  if (typeof p.os !== 'string' || typeof p.architecture !== 'string' || !p.os || !p.architecture)
    throw new ManifestError(`${what} names no os and architecture`)
  if (p.variant !== undefined && typeof p.variant !== 'string')
    throw new ManifestError(`${what}.variant is not a string`)
  return { architecture: p.architecture, os: p.os, ...(p.variant ? { variant: p.variant } : {}) }
}
