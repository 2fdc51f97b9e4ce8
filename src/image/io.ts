// The edge of the image stage: opens the OCI layout, assembles into it, and removes what a failed
// run created.
import type { Binary } from '../compile/io.js'
import { OciLayout } from '../oci/layout.js'
import { assemble, type AssembledImage, type AssembleOptions } from './assemble.js'

export async function assembleLayout(dir: string, binaries: Binary[], opts: AssembleOptions): Promise<AssembledImage> {
  const layout = await OciLayout.open(dir)
  try {
    return await assemble(layout, binaries, opts)
  } catch (e) {
    await layout.discard()
    throw e
  }
}
