// The edge of the image stage: an OCI layout that takes each platform's image (and SBOM) as soon
// as its binary is built, then the index; index.json is written last (the image under its tag,
// then its referrers), and a failed run removes what it created.
import * as core from '@actions/core'
import type { Binary } from '../compile/build.js'
import { settlePlatforms } from '../compile/io.js'
import { annotationsAt } from '../lib/oci/annotation-levels.js'
import { emptyBlob } from '../lib/oci/artifact.js'
import type { Compressor } from '../lib/oci/compressor.js'
import type { Blob, Descriptor } from '../lib/oci/descriptor.js'
import { Layout } from '../lib/oci/layout-io.js'
import type { ImageSource } from '../lib/oci/store.js'
import { started } from '../lib/started.js'
import { rfc3339 } from '../meta/stamp.js'
import { attachSbom, prepareSboms, readBuildInfo, type Sbom } from '../sbom/io.js'
import {
  type AssembledImage,
  type AssembleOptions,
  assembleOne,
  type Below,
  type PlatformImage,
  prepareBelow,
  topOf,
} from './assemble-io.js'

export const REF_NAME = 'org.opencontainers.image.ref.name'

export interface LayoutOptions extends AssembleOptions {
  /** The tag recorded in index.json (umoci and skopeo select images by it). */
  refName: string
  /** Attach SPDX SBOMs made with this go binary; absent: none. */
  sbomGo?: string
}

/** One platform's image with its SBOM, and every blob they name (what a push sends). */
export interface PlatformResult {
  image: PlatformImage
  sbom?: Sbom
  blobs: Descriptor[]
}

export type LayoutImage = AssembledImage & { sboms: Sbom[]; refName: string }

/**
 * The image being assembled into its layout (lib/oci's Layout): what lies below every program
 * written while the builds run, each platform's image as its build ends, then the index.
 */
export class ImageAssembly {
  /** What index.json lists: the image, then its referrers. */
  private roots: Descriptor[] = []

  private constructor(
    private readonly layout: Layout,
    private readonly below: Promise<Below>,
    private readonly compressor: Promise<Compressor>,
    private readonly opts: LayoutOptions,
  ) {}

  /**
   * Open the layout (a directory that cannot be one fails here, before any image is made) and start
   * writing what lies below every binary (base files, or the base's layers) while builds run.
   */
  static async open(dir: string, opts: LayoutOptions, compressor: Promise<Compressor>): Promise<ImageAssembly> {
    const layout = await Layout.open(dir)
    // Every addPlatform() meets its failure.
    const below = started(
      (async () => {
        const b = await prepareBelow(layout, opts, await compressor)
        if (opts.sbomGo) await prepareSboms(layout)
        return b
      })(),
    )
    return new ImageAssembly(layout, below, compressor, opts)
  }

  get dir(): string {
    return this.layout.dir
  }

  /** The layout as a store to read from (what a push sends from). */
  get source(): ImageSource {
    return this.layout
  }

  async addPlatform(binary: Binary): Promise<PlatformResult> {
    // Awaited below, once the image is assembled.
    const buildInfo = this.opts.sbomGo ? started(readBuildInfo(this.opts.sbomGo, binary.path)) : undefined
    const image = await assembleOne(this.layout, binary, this.opts, await this.below, await this.compressor)
    const sbom = buildInfo
      ? await attachSbom(
          this.layout,
          { manifest: image.manifest, platform: image.binary.platform.name },
          await buildInfo,
          rfc3339(this.opts.epoch),
        )
      : undefined
    const blobs = [...image.layers.map((l) => l.descriptor), image.config, ...(sbom?.blobs ?? [])]
    return { image, blobs, ...(sbom ? { sbom } : {}) }
  }

  /** The index over the platforms (in the order given), then index.json; a failure removes the layout. */
  async finish(platforms: PlatformResult[]): Promise<LayoutImage> {
    try {
      const image = await topOf(
        this.layout,
        platforms.map((p) => p.image),
        this.opts,
      )
      const sboms = platforms.flatMap((p) => (p.sbom ? [p.sbom] : []))
      const top = {
        ...annotationsAt(this.opts.settings.annotations, 'index-descriptor'),
        [REF_NAME]: this.opts.refName,
      }
      this.roots = [{ ...image.top, annotations: top }, ...sboms.map((s) => s.descriptor)]
      await this.layout.writeIndex(this.roots)
      return { ...image, sboms, refName: this.opts.refName }
    } catch (e) {
      await this.discard()
      throw e
    }
  }

  /** Referrers made after the image (signed bundles): their blobs, then index.json lists them too. */
  async attach(referrers: { manifest: Blob; bundle: Blob; descriptor: Descriptor }[]): Promise<void> {
    await this.layout.putBlob(emptyBlob())
    for (const r of referrers) {
      await this.layout.putBlob(r.bundle)
      await this.layout.putBlob(r.manifest)
    }
    this.roots = [...this.roots, ...referrers.map((r) => r.descriptor)]
    await this.layout.writeIndex(this.roots)
  }

  /** Remove what this run created, once nothing writes any more. */
  async discard(): Promise<void> {
    await this.below.catch(() => undefined)
    await this.layout.discard()
  }
}

/** Where a platform's blobs go as soon as it is in the layout (the publication, when pushing). */
export interface BlobsOnTheirWay {
  /** `subjects`: the manifests its referrers (the SBOM) name. */
  send(source: ImageSource, blobs: Descriptor[], subjects: Descriptor[]): void
  /** Stop: the image will not be finished. */
  abandon(): Promise<void>
}

/**
 * As each platform's build ends, its image and SBOM go into the layout and (when pushing) its
 * blobs start up to the registry while the other platforms still build. A failure anywhere waits
 * for every platform, then abandons the push and removes what the layout gained.
 */
export async function imagesAsBuilt(
  binaries: Promise<Binary>[],
  layout: ImageAssembly,
  push: BlobsOnTheirWay | undefined,
  workingDirectory: string,
  env: NodeJS.ProcessEnv,
): Promise<PlatformResult[]> {
  const work = binaries.map(async (build) => {
    const binary = await build
    const skipped = binary.linkSkipped ? ', up to date: not linked again' : ''
    const size = (binary.size / 1048576).toFixed(1)
    core.info(`${binary.platform.name}: built in ${binary.seconds.toFixed(2)} s (${size} MiB${skipped})`)
    const platform = await layout.addPlatform(binary)
    push?.send(layout.source, platform.blobs, platform.sbom ? [platform.image.manifest] : [])
    core.info(
      `${binary.platform.name}: image ${platform.image.manifest.digest}${push ? ', its blobs on their way' : ''}`,
    )
    return platform
  })
  try {
    return await settlePlatforms(work, workingDirectory, env)
  } catch (e) {
    await push?.abandon()
    await layout.discard()
    throw e
  }
}
