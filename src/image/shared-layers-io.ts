// Layers the run's images have in common (several mains: the base files and zoneinfo, a base
// image's layers): each written, or pulled, once, and taken into every other image's layout from
// the first one's file (Layout.adopt: a hard link on one file system, checked against its digest).
import type { Layer } from '../lib/oci/descriptor.js'
import type { Layout } from '../lib/oci/layout-io.js'

export class SharedLayers {
  private readonly written = new Map<string, Promise<{ layers: Layer[]; layout: Layout }>>()

  /** The layers `write` makes for `key`, made once in the run; `layout` gets them either way. */
  async once(key: string, layout: Layout, write: () => Promise<Layer[]>): Promise<Layer[]> {
    const first = this.written.get(key)
    if (!first) {
      const writing = write().then((layers) => ({ layers, layout }))
      this.written.set(key, writing)
      return (await writing).layers
    }
    const { layers, layout: from } = await first
    if (from === layout) return layers
    for (const { descriptor } of layers)
      if (!(await layout.adopt(from.blobPath(descriptor.digest), descriptor.digest)))
        throw new Error(`layer ${descriptor.digest} in ${from.dir} no longer matches its digest`)
    return layers
  }
}
