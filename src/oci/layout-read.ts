// Reading an OCI image layout: index.json, manifests, and blobs as streams for upload.
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import type { Blob, Descriptor } from './descriptor.js'
import { type Digest, digestHex, digestOf } from './digest.js'

export interface LayoutContent {
  dir: string
  /** index.json's entries. */
  roots: Descriptor[]
  /** Every manifest and index reachable from the roots, by digest, as stored bytes. */
  manifests: Map<Digest, Blob>
}

export function blobPathIn(dir: string, digest: Digest): string {
  return join(dir, 'blobs', 'sha256', digestHex(digest))
}

export async function readLayout(dir: string): Promise<LayoutContent> {
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as { manifests?: Descriptor[] }
  const roots = index.manifests ?? []
  const manifests = new Map<Digest, Blob>()
  const visit = async (d: Descriptor): Promise<void> => {
    if (manifests.has(d.digest)) return
    const bytes = await readFile(blobPathIn(dir, d.digest))
    if (digestOf(bytes) !== d.digest) throw new Error(`OCI layout ${dir}: blob ${d.digest} does not match its digest`)
    manifests.set(d.digest, { descriptor: d, bytes })
    // An index of either family (OCI index, Docker manifest list) names its manifests.
    const children = (JSON.parse(bytes.toString('utf8')) as { manifests?: Descriptor[] }).manifests
    for (const c of children ?? []) await visit(c)
  }
  for (const r of roots) await visit(r)
  return { dir, roots, manifests }
}

export async function blobSize(dir: string, digest: Digest): Promise<number> {
  return (await stat(blobPathIn(dir, digest))).size
}

export function openBlob(dir: string, digest: Digest, start: number, end: number): Readable {
  if (end <= start) return createReadStream('/dev/null')
  return createReadStream(blobPathIn(dir, digest), { start, end: end - 1, highWaterMark: 1 << 20 })
}
