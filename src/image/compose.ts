// What one platform's image and the index over them are, as bytes: the config (run settings,
// history, diff_ids), the manifest over the layers, and the index, all from data the stage has
// already made (the layers, the base's facts). Pure: assemble-io.ts writes what this returns.
import type { BaseFacts } from '../base/family.js'
import type { Binary } from '../compile/build.js'
import { annotationsAt } from '../lib/oci/annotation-levels.js'
import { baseAnnotations } from '../lib/oci/annotations.js'
import { imageConfig } from '../lib/oci/config.js'
import type { Blob, Layer } from '../lib/oci/descriptor.js'
import { mediaTypes } from '../lib/oci/descriptor.js'
import { imageIndex, imageManifest } from '../lib/oci/manifest.js'
import { platformName } from '../lib/oci/platform.js'
import { rfc3339 } from '../meta/stamp.js'
import type { PlatformImage } from './assembled.js'
import { KO_DATA_PATH, ZONEINFO_PATH } from './rootfs.js'
import { runConfig } from './run-config.js'
import type { ImageSettings } from './settings.js'

export interface ComposeOptions {
  settings: ImageSettings
  /** Seconds since the epoch: SOURCE_DATE_EPOCH or the commit time. */
  epoch: number
  mainImportPath: string
  /** The base image built on; absent: scratch with our base files layer. */
  base?: BaseFacts
  /** Go's zoneinfo.zip is in the scratch base files layer. */
  zoneinfo: boolean
}

/** The layers of one platform's image, bottom up. */
export interface PlatformLayers {
  /** The base's layers, or on scratch our base files layer. */
  under: Layer[]
  /** The data directory's layer, when there is one. */
  data?: Layer
  /** The program's layer. */
  app: Layer
}

/** What the image's environment gains from the layers below the program. */
function layerEnv(opts: ComposeOptions, layers: PlatformLayers): Record<string, string> {
  return {
    ...(opts.zoneinfo && !opts.base ? { ZONEINFO: `/${ZONEINFO_PATH}` } : {}),
    ...(layers.data ? { KO_DATA_PATH } : {}),
  }
}

/** One platform's config and manifest, and the image record the rest of the run reads. */
export function composePlatform(
  binary: Binary,
  parts: PlatformLayers,
  opts: ComposeOptions,
): { config: Blob; manifest: Blob; image: PlatformImage } {
  const created = rfc3339(opts.epoch)
  const types = mediaTypes(opts.base?.family ?? 'oci')
  const base = opts.base?.platforms.get(binary.platform.name)
  const app: Layer = { ...parts.app, descriptor: { ...parts.app.descriptor, mediaType: types.layerGzip } }
  const data = parts.data ? [parts.data] : []
  const layers = [...parts.under, ...data, app]
  const ours = { createdBy: `build-go-image: go build ${opts.mainImportPath}`, comment: `/app/${binary.name}` }
  const dataHistory = data.length > 0 ? [{ createdBy: 'build-go-image: data directory', comment: KO_DATA_PATH }] : []
  const baseComment =
    `CA certificates, passwd, group, nsswitch.conf, /tmp, ` +
    `/home/nonroot${opts.zoneinfo ? `, /${ZONEINFO_PATH}` : ''}`
  const config = imageConfig({
    platform: binary.platform,
    created,
    run: runConfig(opts.settings, binary.name, base?.config.config, layerEnv(opts, parts)),
    diffIds: layers.map((l) => l.diffId),
    history: base
      ? [...dataHistory, ours]
      : [{ createdBy: 'build-go-image: base files', comment: baseComment }, ...dataHistory, ours],
    ...(base?.config.history ? { baseHistory: base.config.history } : {}),
    mediaType: types.config,
  })
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
  const { architecture, os, variant } = binary.platform
  const image: PlatformImage = {
    binary,
    manifest: { ...manifest.descriptor, platform: { architecture, os, ...(variant ? { variant } : {}) } },
    config: config.descriptor,
    layers,
    compressedSize: config.descriptor.size + layers.reduce((n, l) => n + l.descriptor.size, 0),
  }
  return { config, manifest, image }
}

/** The index over several platforms' images; undefined for one (its manifest is the top). */
export function composeIndex(images: PlatformImage[], opts: ComposeOptions): Blob | undefined {
  if (images.length === 1) return undefined
  const rules = opts.settings.annotations
  return imageIndex(
    images.map((i) => ({
      ...i.manifest,
      annotations: annotationsAt(
        rules,
        'manifest-descriptor',
        i.manifest.platform && platformName(i.manifest.platform),
      ),
    })),
    baseAnnotations(annotationsAt(rules, 'index'), opts.base && { name: opts.base.name, digest: opts.base.digest }),
    mediaTypes(opts.base?.family ?? 'oci').index,
  )
}
