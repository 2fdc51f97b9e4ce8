// A local cache of compressed layers, keyed by what goes into them: with a warm Go build cache the
// binary is byte-for-byte the one of the last run, so its layer is reused instead of compressed
// again (ko's KOCACHE idea, on by default here). Entries are plain files; a miss only costs the
// compression it would have cost anyway.
import { createHash } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Layer } from '../lib/oci/descriptor.js'
import { digestHex } from '../lib/oci/digest.js'
import type { Layout } from '../lib/oci/layout-io.js'
import type { LayerFile } from '../lib/oci/tar.js'
import { sha256File } from '../lib/sha256-file-io.js'
import { forget, keepFile, keptDir, markUsed, recordedSha256 } from './kept-io.js'

const FORMAT = 'build-go-image layer cache v3'

export function layerCacheDir(env: NodeJS.ProcessEnv): string {
  return keptDir(env, 'layers')
}

/**
 * The key: every tar header field, the sha256 of every file's content (given by the build, which
 * already hashed the program, else read here) and the compressor's id.
 */
export async function layerKey(files: LayerFile[], compressorId: string): Promise<string> {
  const h = createHash('sha256').update(`${FORMAT}\n${compressorId}\n`)
  for (const f of [...files].sort((a, b) => (a.entry.path < b.entry.path ? -1 : 1))) {
    h.update(JSON.stringify(f.entry))
    if (f.source && 'bytes' in f.source) h.update(f.source.bytes)
    else if (f.source) h.update(f.source.sha256 ?? (await sha256File(f.source.path)))
  }
  return h.digest('hex')
}

/** The kept layer for `key`, adopted by the layout once its bytes are checked; undefined on a miss. */
export async function lookupLayer(dir: string, key: string, layout: Layout): Promise<Layer | undefined> {
  const record = join(dir, `${key}.json`)
  try {
    const layer = JSON.parse(await readFile(record, 'utf8')) as Layer
    const kept = join(dir, digestHex(layer.descriptor.digest))
    // The kept file's recorded sha256 (kept-io.ts), then the layout's own check of its bytes.
    if (
      (await recordedSha256(kept)) !== digestHex(layer.descriptor.digest) ||
      !(await layout.adopt(kept, layer.descriptor.digest))
    ) {
      await forget(kept)
      await rm(record, { force: true })
      return undefined
    }
    await markUsed(kept)
    await markUsed(record)
    return layer
  } catch {
    return undefined
  }
}

export async function storeLayer(dir: string, key: string, layer: Layer, layout: Layout): Promise<void> {
  try {
    const hex = digestHex(layer.descriptor.digest)
    await keepFile(join(dir, hex), layout.blobPath(layer.descriptor.digest), hex, { link: false })
    await writeFile(join(dir, `${key}.json`), JSON.stringify(layer))
  } catch {
    // A cache that cannot be written is only a slower next run.
  }
}

/**
 * The run's layer cache: looked up before a layer is compressed; a layer compressed is kept
 * beside the rest of its image's work, not before it (copying it is off the way to the push),
 * and `written` waits for what is still being kept (before the step ends and its caches go).
 */
export class LayerCache {
  private readonly writing = new Set<Promise<void>>()

  constructor(readonly dir: string) {}

  lookup(key: string, layout: Layout): Promise<Layer | undefined> {
    return lookupLayer(this.dir, key, layout)
  }

  keep(key: string, layer: Layer, layout: Layout): void {
    const keeping = storeLayer(this.dir, key, layer, layout)
    this.writing.add(keeping)
    void keeping.then(() => this.writing.delete(keeping))
  }

  async written(): Promise<void> {
    await Promise.all([...this.writing])
  }
}
