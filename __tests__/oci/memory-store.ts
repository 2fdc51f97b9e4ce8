// A store in memory: the image model needs nothing from disk or network to be walked or copied.
import { Readable } from 'node:stream'
import type { Blob } from '../../src/lib/oci/descriptor.js'
import type { ImageSource } from '../../src/lib/oci/store.js'

export function memoryStore(blobs: Blob[]): ImageSource {
  const by = new Map(blobs.map((b) => [b.descriptor.digest as string, b]))
  const bytes = (digest: string) => Buffer.from(by.get(digest)?.bytes ?? [])
  return {
    name: 'memory',
    getManifest: async (reference) => by.get(reference),
    readBlob: async (digest) => bytes(digest),
    blobSource: (digest, size) => ({ size, open: (start, end) => Readable.from([bytes(digest).subarray(start, end)]) }),
  }
}
