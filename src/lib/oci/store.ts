// The one model every end of the action reads and writes through, as go-containerregistry's
// `remote` and `layout` both serve v1.Image: a store holds manifests (stored bytes, by digest or
// tag) and blobs (opened as byte ranges). The OCI layout on disk and a registry repository are
// both stores; the push, the merge's copy and the base image's pull are one walk over them, and
// the docker archive reads its image through the same interface.
import type { Readable } from 'node:stream'
import type { Blob, Descriptor } from './descriptor.js'
import type { Digest } from './digest.js'
import { childrenOf, parseManifest } from './parse.js'

/** Where a blob's bytes come from: opened once per request. */
export interface BlobSource {
  size: number
  /** Bytes [start, end) of the blob. */
  open(start: number, end: number): Readable
}

export type BlobOutcome = 'exists' | 'mounted' | 'uploaded'

/** What images are read from: the OCI layout, or a registry repository. */
export interface ImageSource {
  /** For messages: the layout's directory, the repository's name. */
  readonly name: string
  /** A manifest or index as stored bytes (by digest, or for a registry by tag); undefined if absent. */
  getManifest(reference: string): Promise<Blob | undefined>
  /** A small blob whole (a config), checked against its digest. */
  readBlob(digest: Digest): Promise<Uint8Array>
  /** A blob's bytes, as ranges. */
  blobSource(digest: Digest, size: number): BlobSource
}

/** What images are written to: the OCI layout, or a registry repository. */
export interface ImageSink {
  readonly name: string
  /** Store one blob (checked against its digest); `mountFrom` names a sibling repository that has it. */
  pushBlob(descriptor: Descriptor, source: BlobSource, mountFrom?: string): Promise<BlobOutcome>
  putManifest(reference: string, manifest: Blob): Promise<void>
}

/** Roots and every manifest and index reachable from them, as stored bytes. */
export interface ImageContent {
  source: ImageSource
  roots: Descriptor[]
  manifests: Map<Digest, Blob>
}

/** Read every manifest reachable from the roots (an index names its manifests), each parsed once. */
export async function readContent(source: ImageSource, roots: Descriptor[]): Promise<ImageContent> {
  const manifests = new Map<Digest, Blob>()
  const visit = async (d: Descriptor): Promise<void> => {
    if (manifests.has(d.digest)) return
    const blob = await source.getManifest(d.digest)
    if (!blob) throw new Error(`${source.name}: manifest ${d.digest} is missing`)
    manifests.set(d.digest, blob)
    const m = parseManifest(blob)
    if (m.kind === 'index') for (const child of childrenOf(m)) await visit(child)
  }
  for (const r of roots) await visit(r)
  return { source, roots, manifests }
}

/**
 * Several stores read as one: each manifest and blob from the store whose content holds it (a
 * merge's platform images live in their own repositories, its index in memory).
 */
export function joinedSource(name: string, parts: ImageContent[]): ImageSource {
  const owner = new Map<string, ImageSource>()
  for (const part of parts)
    for (const [digest, blob] of part.manifests) {
      owner.set(digest, part.source)
      const m = parseManifest(blob)
      if (m.kind === 'manifest') for (const d of [m.config, ...m.layers]) owner.set(d.digest, part.source)
    }
  const of = (digest: string): ImageSource => {
    const source = owner.get(digest)
    if (!source) throw new Error(`${name}: nothing holds ${digest}`)
    return source
  }
  return {
    name,
    getManifest: async (reference) => (owner.has(reference) ? of(reference).getManifest(reference) : undefined),
    readBlob: (digest) => of(digest).readBlob(digest),
    blobSource: (digest, size) => of(digest).blobSource(digest, size),
  }
}
