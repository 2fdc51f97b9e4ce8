// Assembles one image per platform and, for several platforms, an index over them, into an OCI
// layout, one platform at a time as its binary arrives: the layers written (or found kept), then
// what compose.ts makes of them.

import { type BaseImage, type BaseLayers, pullBaseLayers } from '../base/io.js'
import type { Binary } from '../compile/build.js'
import { type LayerCache, layerKey } from '../kept/layer-cache-io.js'
import { type Compressor, withFallback } from '../lib/oci/compressor.js'
import { type Layer, type LayerFile, writeLayer } from '../lib/oci/layer-io.js'
import type { Layout } from '../lib/oci/layout-io.js'
import type { AssembledImage, PlatformImage } from './assembled.js'
import { type ComposeOptions, composeIndex, composePlatform } from './compose.js'
import { baseFiles, binaryFiles, type DataEntry, dataFiles, type HostFile } from './rootfs.js'
import type { ImageSettings } from './settings.js'
import type { SharedLayers } from './shared-layers-io.js'

export type { AssembledImage, PlatformImage } from './assembled.js'

export interface AssembleOptions {
  settings: ImageSettings
  /** Seconds since the epoch: SOURCE_DATE_EPOCH or the commit time. */
  epoch: number
  mainImportPath: string
  /** A base image to build on; absent: scratch plus our base files layer. */
  base?: BaseImage
  /** Where compressed layers are kept between runs; absent: always compress. */
  layerCache?: LayerCache
  /** Go's zoneinfo.zip, for the scratch base files (ZONEINFO names it); absent: none. */
  zoneinfo?: HostFile
  /** The data directory's entries, for a layer at /var/run/ko (KO_DATA_PATH); absent: none. */
  data?: DataEntry[]
  /** The run's other images (several mains): a layer they share is written once. */
  shared?: SharedLayers
}

/** writeLayer, through the layer cache when there is one. */
async function cachedLayer(
  layout: Layout,
  files: LayerFile[],
  compressor: Compressor,
  opts: Pick<AssembleOptions, 'layerCache' | 'shared'>,
): Promise<Layer> {
  const cache = opts.layerCache
  return withFallback(compressor, async (c) => {
    const key = await layerKey(files, c.id)
    const write = async () => {
      if (!cache) return writeLayer(layout, files, c)
      const hit = await cache.lookup(key, layout)
      if (hit) return hit
      const layer = await writeLayer(layout, files, c)
      cache.keep(key, layer, layout)
      return layer
    }
    if (!opts.shared) return write()
    const [layer] = await opts.shared.once(key, layout, async () => [await write()])
    return layer as Layer
  })
}

/** What goes below every platform's binary layer: our base files on scratch, or the base's layers. */
export interface Below {
  scratchBase?: Layer
  baseLayers?: BaseLayers
  /** The data directory's layer: the same for every platform. */
  data?: Layer
}

/**
 * Write what lies below the binaries, once for all platforms: on scratch the base files layer
 * (the same for every platform); on a base image its layers (streamed into the layout).
 */
export async function prepareBelow(layout: Layout, opts: AssembleOptions, compressor: Compressor): Promise<Below> {
  const data = opts.data ? { data: await cachedLayer(layout, dataFiles(opts.data, opts.epoch), compressor, opts) } : {}
  const base = opts.base
  if (base) {
    const pull = async () => [...(await pullBaseLayers(base, layout)).values()]
    const layers = opts.shared
      ? await opts.shared.once(`base ${base.reference.repository}`, layout, pull)
      : await pull()
    return { baseLayers: new Map(layers.map((l) => [l.descriptor.digest, l])), ...data }
  }
  return { scratchBase: await cachedLayer(layout, baseFiles(opts.zoneinfo), compressor, opts), ...data }
}

/** The options composing an image takes from the stage's (the base's facts, no file paths). */
function composeOptions(opts: AssembleOptions): ComposeOptions {
  const { settings, epoch, mainImportPath, base } = opts
  return { settings, epoch, mainImportPath, zoneinfo: !!opts.zoneinfo, ...(base ? { base } : {}) }
}

/** The top of the image: the one manifest, or for several platforms an index over them. */
export async function topOf(layout: Layout, images: PlatformImage[], opts: AssembleOptions): Promise<AssembledImage> {
  const index = composeIndex(images, composeOptions(opts))
  if (!index) return { top: (images[0] as PlatformImage).manifest, images }
  await layout.putBlob(index)
  return { top: index.descriptor, images }
}

/** One platform's image: its program's layer over what is below, then its config and manifest. */
export async function assembleOne(
  layout: Layout,
  binary: Binary,
  opts: AssembleOptions,
  below: Below,
  compressor: Compressor,
): Promise<PlatformImage> {
  const app = await cachedLayer(
    layout,
    binaryFiles(binary.name, binary.path, binary.size, opts.epoch, binary.sha256),
    compressor,
    opts,
  )
  const base = opts.base?.platforms.get(binary.platform.name)
  const under: Layer[] = base
    ? base.layers.map((d) => below.baseLayers?.get(d.digest) as Layer)
    : [below.scratchBase as Layer]
  const parts = { under, app, ...(below.data ? { data: below.data } : {}) }
  const { config, manifest, image } = composePlatform(binary, parts, composeOptions(opts))
  // index.json, written last, is what makes the layout whole: the two need no order.
  await Promise.all([layout.putBlob(config), layout.putBlob(manifest)])
  return image
}
