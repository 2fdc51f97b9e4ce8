// The edge of the image stage: an OCI layout that takes each platform's image (and SBOM) as soon
// as its binary is built, then the index; index.json is written last (the image under its tag,
// then its referrers), and a failed run removes what it created.
import type { Binary } from '../compile/io.js'
import { rfc3339 } from '../meta/build-info.js'
import { annotationsAt } from '../oci/annotation-levels.js'
import type { Compressor } from '../oci/compressor.js'
import type { Descriptor } from '../oci/descriptor.js'
import { OciLayout } from '../oci/layout.js'
import { LayoutSource } from '../oci/layout-read.js'
import type { ImageSource } from '../oci/store.js'
import { attachSbom, prepareSboms, readBuildInfo, type Sbom } from '../sbom/io.js'
import {
  type AssembledImage,
  type AssembleOptions,
  assembleOne,
  type Below,
  type PlatformImage,
  prepareBelow,
  topOf,
} from './assemble.js'

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

export class ImageLayout {
  private constructor(
    private readonly layout: OciLayout,
    private readonly below: Promise<Below>,
    private readonly compressor: Promise<Compressor>,
    private readonly opts: LayoutOptions,
  ) {}

  /**
   * Open the layout (a directory that cannot be one fails here, before any image is made) and start
   * writing what lies below every binary (base files, or the base's layers) while builds run.
   */
  static async open(dir: string, opts: LayoutOptions, compressor: Promise<Compressor>): Promise<ImageLayout> {
    const layout = await OciLayout.open(dir)
    const below = (async () => {
      const b = await prepareBelow(layout, opts, await compressor)
      if (opts.sbomGo) await prepareSboms(layout)
      return b
    })()
    below.catch(() => undefined) // every addPlatform() meets the failure
    return new ImageLayout(layout, below, compressor, opts)
  }

  get dir(): string {
    return this.layout.dir
  }

  /** The layout as a store to read from (what a push sends from). */
  get source(): ImageSource {
    return new LayoutSource(this.layout.dir)
  }

  async addPlatform(binary: Binary): Promise<PlatformResult> {
    const buildInfo = this.opts.sbomGo ? readBuildInfo(this.opts.sbomGo, binary.path) : undefined
    buildInfo?.catch(() => undefined) // awaited below, once the image is assembled
    const image = await assembleOne(this.layout, binary, this.opts, await this.below, await this.compressor)
    const sbom = buildInfo ? await attachSbom(this.layout, image, await buildInfo, rfc3339(this.opts.epoch)) : undefined
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
      await this.layout.writeIndex([{ ...image.top, annotations: top }, ...sboms.map((s) => s.descriptor)])
      return { ...image, sboms, refName: this.opts.refName }
    } catch (e) {
      await this.discard()
      throw e
    }
  }

  /** Remove what this run created, once nothing writes any more. */
  async discard(): Promise<void> {
    await this.below.catch(() => undefined)
    await this.layout.discard()
  }
}
