// The OCI image layout as a store to read from: index.json's roots, manifests by digest (checked),
// and blobs as byte ranges for an upload or an archive.
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { type Blob, MediaType } from './descriptor.js'
import { type Digest, digestHex, digestOf, isDigest } from './digest.js'
import { parseManifest } from './parse.js'
import { type BlobSource, type ImageContent, type ImageSource, readContent } from './store.js'

export function blobPathIn(dir: string, digest: Digest): string {
  return join(dir, 'blobs', 'sha256', digestHex(digest))
}

export class LayoutSource implements ImageSource {
  constructor(readonly name: string) {}

  async getManifest(reference: string): Promise<Blob | undefined> {
    // A layout's blobs are named by digest only (index.json names the tags).
    if (!isDigest(reference)) return undefined
    const digest = reference
    const bytes = await readFile(blobPathIn(this.name, digest)).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined
      throw e
    })
    if (!bytes) return undefined
    if (digestOf(bytes) !== digest) throw new Error(`OCI layout ${this.name}: blob ${digest} does not match its digest`)
    const blob = { descriptor: { mediaType: MediaType.manifest, digest, size: bytes.byteLength }, bytes }
    return { ...blob, descriptor: { ...blob.descriptor, mediaType: parseManifest(blob).mediaType } }
  }

  async readBlob(digest: Digest): Promise<Uint8Array> {
    const bytes = await readFile(blobPathIn(this.name, digest))
    if (digestOf(bytes) !== digest) throw new Error(`OCI layout ${this.name}: blob ${digest} does not match its digest`)
    return bytes
  }

  blobSource(digest: Digest, size: number): BlobSource {
    return { size, open: (start, end) => openBlob(this.name, digest, start, end) }
  }
}

/** A layout's roots (index.json) and every manifest below them. */
export async function readLayout(dir: string): Promise<ImageContent> {
  const bytes = await readFile(join(dir, 'index.json'))
  const index = parseManifest({ descriptor: { mediaType: MediaType.index, digest: digestOf(bytes), size: 0 }, bytes })
  return readContent(new LayoutSource(dir), index.kind === 'index' ? index.manifests : [])
}

function openBlob(dir: string, digest: Digest, start: number, end: number): Readable {
  if (end <= start) return createReadStream('/dev/null')
  return createReadStream(blobPathIn(dir, digest), { start, end: end - 1, highWaterMark: 1 << 20 })
}
