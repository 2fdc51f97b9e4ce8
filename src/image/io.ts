// The edge of the image stage: opens the OCI layout, assembles into it, attaches the SBOMs, writes
// index.json last (the image under its tag, then its referrers), and removes what a failed run
// created.
import type { Binary } from '../compile/io.js'
import { rfc3339 } from '../meta/build-info.js'
import { OciLayout } from '../oci/layout.js'
import { attachSboms, type Sbom } from '../sbom/io.js'
import { type AssembledImage, type AssembleOptions, assemble } from './assemble.js'

export const REF_NAME = 'org.opencontainers.image.ref.name'

export interface LayoutOptions extends AssembleOptions {
  /** The tag recorded in index.json (umoci and skopeo select images by it). */
  refName: string
  /** Attach SPDX SBOMs made with this go binary; absent: none. */
  sbomGo?: string
}

export async function assembleLayout(dir: string, binaries: Binary[], opts: LayoutOptions): Promise<AssembledImage & { sboms: Sbom[]; refName: string }> {
  const layout = await OciLayout.open(dir)
  try {
    const image = await assemble(layout, binaries, opts)
    const sboms = opts.sbomGo ? await attachSboms(layout, image.images, opts.sbomGo, rfc3339(opts.epoch)) : []
    await layout.writeIndex([{ ...image.top, annotations: { [REF_NAME]: opts.refName } }, ...sboms.map((s) => s.descriptor)])
    return { ...image, sboms, refName: opts.refName }
  } catch (e) {
    await layout.discard()
    throw e
  }
}
