// A store in memory: a merge's index and its signed referrers before they are pushed, and the tests'
// images (the image model needs nothing from disk or network to be walked or copied).
import { Readable } from 'node:stream'
import type { Blob } from './descriptor.js'
import type { ImageSource } from './store.js'

export function memoryStore(blobs: Blob[], name = 'memory'): ImageSource {
  const by = new Map(blobs.map((b) => [b.descriptor.digest as string, b]))
  const bytes = (digest: string): Buffer => {
    const blob = by.get(digest)
    if (!blob) throw new Error(`${name}: no blob ${digest}`)
    return Buffer.from(blob.bytes)
  }
  return {
    name,
    getManifest: async (reference) => by.get(reference),
    readBlob: async (digest) => bytes(digest),
    blobSource: (digest, size) => ({
      size,
      open: (start, end) => {
        try {
          return Readable.from([bytes(digest).subarray(start, end)])
        } catch (e) {
          return new Readable({ read: () => undefined }).destroy(e as Error)
        }
      },
    }),
  }
}
