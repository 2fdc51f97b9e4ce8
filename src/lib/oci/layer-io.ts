// Writes a gzip-compressed tar layer into a layout: the compressor writes the file (in its own
// process for the fast helper, streamed through zlib otherwise; a 150 MB binary is never held in
// memory), and the layout takes it under its digest. The deflate runs off the main thread, so
// layers compress in parallel.
import { rm } from 'node:fs/promises'
import type { Compressor, Gzipped } from './compressor.js'
import { type Layer, MediaType } from './descriptor.js'
import type { Layout } from './layout-io.js'
import { type LayerFile, tarParts } from './tar.js'

export type { Layer } from './descriptor.js'
export type { LayerFile } from './tar.js'

export async function writeLayer(layout: Layout, files: LayerFile[], compressor: Compressor): Promise<Layer> {
  const tmp = layout.tempPath()
  let written: Gzipped
  try {
    written = await compressor.gzipTo(tarParts(files), tmp)
  } catch (e) {
    await rm(tmp, { force: true })
    // A source that vanished is our bug or the build's; a write that failed is the layout's.
    throw (e as NodeJS.ErrnoException).syscall === 'write' || (e as NodeJS.ErrnoException).code === 'ENOSPC'
      ? layout.error(e)
      : e
  }
  await layout.commit(tmp, written.digest)
  return {
    descriptor: { mediaType: MediaType.layerGzip, digest: written.digest, size: written.size },
    diffId: written.diffId,
    uncompressedSize: written.uncompressedSize,
  }
}
