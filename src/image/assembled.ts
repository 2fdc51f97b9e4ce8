// What the image stage made: one image per platform, and the top (an index, or the one manifest).
// Types only, shared by the stage, the archive and the report.
import type { Binary } from '../compile/build.js'
import type { Descriptor, Layer } from '../lib/oci/descriptor.js'

export interface PlatformImage {
  binary: Binary
  manifest: Descriptor
  config: Descriptor
  layers: Layer[]
  /** Config plus compressed layers: what a pull downloads. */
  compressedSize: number
}

export interface AssembledImage {
  /** The index for several platforms, else the one manifest. */
  top: Descriptor
  images: PlatformImage[]
}
