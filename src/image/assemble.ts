// Assembles one scratch image per platform and, for several platforms, an index over them,
// into an OCI layout. Layers of different platforms compress in parallel (zlib's thread pool).
import type { Binary } from '../compile/io.js'
import type { ImageSettings } from '../config/config.js'
import { imageConfig } from '../oci/config.js'
import type { Descriptor } from '../oci/descriptor.js'
import { writeLayer, type Layer } from '../oci/layer.js'
import type { OciLayout } from '../oci/layout.js'
import { imageIndex, imageManifest } from '../oci/manifest.js'
import { baseFiles, binaryFiles } from './rootfs.js'
import { runConfig } from './run-config.js'
import { rfc3339 } from '../meta/build-info.js'

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

export interface AssembleOptions {
  settings: ImageSettings
  /** Seconds since the epoch: SOURCE_DATE_EPOCH or the commit time. */
  epoch: number
  mainImportPath: string
}

export async function assemble(layout: OciLayout, binaries: Binary[], opts: AssembleOptions): Promise<AssembledImage> {
  const created = rfc3339(opts.epoch)
  // The base layer is the same for every platform: write it once.
  const base = await writeLayer(layout, baseFiles())
  const images = await Promise.all(binaries.map((b) => assembleOne(layout, b, base, created, opts)))
  const annotations = opts.settings.annotations
  if (images.length === 1) return { top: (images[0] as PlatformImage).manifest, images }
  const index = imageIndex(
    images.map((i) => i.manifest),
    annotations,
  )
  await layout.putBlob(index)
  return { top: index.descriptor, images }
}

async function assembleOne(layout: OciLayout, binary: Binary, base: Layer, created: string, opts: AssembleOptions): Promise<PlatformImage> {
  const app = await writeLayer(layout, binaryFiles(binary.name, binary.path, binary.size, opts.epoch))
  const layers = [base, app]
  const config = imageConfig({
    platform: binary.platform,
    created,
    run: runConfig(opts.settings, binary.name),
    diffIds: layers.map((l) => l.diffId),
    history: [
      { createdBy: 'build-go-image: base files', comment: 'CA certificates, passwd, group, nsswitch.conf, /tmp, /home/nonroot' },
      { createdBy: `build-go-image: go build ${opts.mainImportPath}`, comment: `/app/${binary.name}` },
    ],
  })
  await layout.putBlob(config)
  const manifest = imageManifest(
    config.descriptor,
    layers.map((l) => l.descriptor),
    opts.settings.annotations,
  )
  await layout.putBlob(manifest)
  const { architecture, os, variant } = binary.platform
  return {
    binary,
    manifest: { ...manifest.descriptor, platform: { architecture, os, ...(variant ? { variant } : {}) } },
    config: config.descriptor,
    layers,
    compressedSize: config.descriptor.size + layers.reduce((n, l) => n + l.descriptor.size, 0),
  }
}
