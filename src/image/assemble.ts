// Assembles one scratch image per platform and, for several platforms, an index over them,
// into an OCI layout, one platform at a time as its binary arrives.

import { mediaTypes } from '../base/family.js'
import { type BaseImage, type BaseLayers, pullBaseLayers } from '../base/io.js'
import type { Binary } from '../compile/build.js'
import type { AssembledImage, PlatformImage } from './assembled.js'

export type { AssembledImage, PlatformImage } from './assembled.js'

import type { ImageSettings } from '../config/config.js'
import { rfc3339 } from '../meta/build-info.js'
import { annotationsAt } from '../oci/annotation-levels.js'
import { baseAnnotations } from '../oci/annotations.js'
import { type Compressor, withFallback } from '../oci/compressor.js'
import { imageConfig } from '../oci/config.js'
import { platformName } from '../oci/descriptor.js'
import { type Layer, type LayerFile, writeLayer } from '../oci/layer.js'
import { layerKey, lookupLayer, storeLayer } from '../oci/layer-cache.js'
import type { OciLayout } from '../oci/layout.js'
import { imageIndex, imageManifest } from '../oci/manifest.js'
import {
  baseFiles,
  binaryFiles,
  type DataEntry,
  dataFiles,
  type HostFile,
  KO_DATA_PATH,
  ZONEINFO_PATH,
} from './rootfs.js'
import { runConfig } from './run-config.js'

export interface AssembleOptions {
  settings: ImageSettings
  /** Seconds since the epoch: SOURCE_DATE_EPOCH or the commit time. */
  epoch: number
  mainImportPath: string
  /** A base image to build on; absent: scratch plus our base files layer. */
  base?: BaseImage
  /** Where compressed layers are kept between runs; absent: always compress. */
  layerCache?: string
  /** Go's zoneinfo.zip, for the scratch base files (ZONEINFO names it); absent: none. */
  zoneinfo?: HostFile
  /** The data directory's entries, for a layer at /var/run/ko (KO_DATA_PATH); absent: none. */
  data?: DataEntry[]
}

/** writeLayer, through the layer cache when there is one. */
async function cachedLayer(
  layout: OciLayout,
  files: LayerFile[],
  compressor: Compressor,
  cache: string | undefined,
): Promise<Layer> {
  return withFallback(compressor, async (c) => {
    if (!cache) return writeLayer(layout, files, c)
    const key = await layerKey(files, c.id)
    const hit = await lookupLayer(cache, key, layout)
    if (hit) return hit
    const layer = await writeLayer(layout, files, c)
    await storeLayer(cache, key, layer, layout)
    return layer
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
export async function prepareBelow(layout: OciLayout, opts: AssembleOptions, compressor: Compressor): Promise<Below> {
  const data = opts.data
    ? { data: await cachedLayer(layout, dataFiles(opts.data, opts.epoch), compressor, opts.layerCache) }
    : {}
  if (opts.base) return { baseLayers: await pullBaseLayers(opts.base, layout), ...data }
  return { scratchBase: await cachedLayer(layout, baseFiles(opts.zoneinfo), compressor, opts.layerCache), ...data }
}

/** What the image's environment gains from the layers below the program. */
function layerEnv(opts: AssembleOptions, below: Below): Record<string, string> {
  return {
    ...(opts.zoneinfo && !opts.base ? { ZONEINFO: `/${ZONEINFO_PATH}` } : {}),
    ...(below.data ? { KO_DATA_PATH } : {}),
  }
}

/** The top of the image: the one manifest, or for several platforms an index over them. */
export async function topOf(
  layout: OciLayout,
  images: PlatformImage[],
  opts: AssembleOptions,
): Promise<AssembledImage> {
  if (images.length === 1) return { top: (images[0] as PlatformImage).manifest, images }
  const types = mediaTypes(opts.base?.family ?? 'oci')
  const rules = opts.settings.annotations
  const index = imageIndex(
    images.map((i) => ({
      ...i.manifest,
      annotations: annotationsAt(
        rules,
        'manifest-descriptor',
        i.manifest.platform && platformName(i.manifest.platform),
      ),
    })),
    baseAnnotations(annotationsAt(rules, 'index'), opts.base && { name: opts.base.name, digest: opts.base.digest }),
    types.index,
  )
  await layout.putBlob(index)
  return { top: index.descriptor, images }
}

/** One platform's image: its binary layer over what is below, its config and its manifest. */
export async function assembleOne(
  layout: OciLayout,
  binary: Binary,
  opts: AssembleOptions,
  below: Below,
  compressor: Compressor,
): Promise<PlatformImage> {
  const created = rfc3339(opts.epoch)
  const types = mediaTypes(opts.base?.family ?? 'oci')
  const written = await cachedLayer(
    layout,
    binaryFiles(binary.name, binary.path, binary.size, opts.epoch, binary.sha256),
    compressor,
    opts.layerCache,
  )
  const app: Layer = { ...written, descriptor: { ...written.descriptor, mediaType: types.layerGzip } }
  const base = opts.base?.platforms.get(binary.platform.name)
  const under: Layer[] = base
    ? base.layers.map((d) => below.baseLayers?.get(d.digest) as Layer)
    : [below.scratchBase as Layer]
  const data = below.data ? [below.data] : []
  const layers = [...under, ...data, app]
  const ours = { createdBy: `build-go-image: go build ${opts.mainImportPath}`, comment: `/app/${binary.name}` }
  const dataHistory = data.length > 0 ? [{ createdBy: 'build-go-image: data directory', comment: KO_DATA_PATH }] : []
  const baseComment =
    `CA certificates, passwd, group, nsswitch.conf, /tmp, ` +
    `/home/nonroot${opts.zoneinfo ? `, /${ZONEINFO_PATH}` : ''}`
  const config = imageConfig({
    platform: binary.platform,
    created,
    run: runConfig(opts.settings, binary.name, base?.config.config, layerEnv(opts, below)),
    diffIds: layers.map((l) => l.diffId),
    history: base
      ? [...dataHistory, ours]
      : [{ createdBy: 'build-go-image: base files', comment: baseComment }, ...dataHistory, ours],
    ...(base?.config.history ? { baseHistory: base.config.history } : {}),
    mediaType: types.config,
  })
  await layout.putBlob(config)
  const manifest = imageManifest(
    config.descriptor,
    layers.map((l) => l.descriptor),
    // ko's choice: a platform image names the base's platform manifest, so updates are cheap to see.
    baseAnnotations(
      annotationsAt(opts.settings.annotations, 'manifest', binary.platform.name),
      base && opts.base && { name: opts.base.name, digest: base.manifest.digest },
    ),
    types.manifest,
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
