// A local cache of compressed layers, keyed by what goes into them: with a warm Go build cache the
// binary is byte-for-byte the one of the last run, so its layer is reused instead of compressed
// again (ko's KOCACHE idea, on by default here). Entries are plain files; a miss only costs the
// compression it would have cost anyway.
import { createHash } from 'node:crypto'
import { copyFile, link, mkdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { sha256File } from '../sha256-file.js'
import { stepDir } from '../step.js'
import { digestHex } from './digest.js'
import type { Layer, LayerFile } from './layer.js'
import type { OciLayout } from './layout.js'

const FORMAT = 'build-go-image layer cache v2'

/** This step's own cache directory, beside Go's (XDG_CACHE_HOME, else ~/.cache). */
export function ownCacheDir(env: NodeJS.ProcessEnv): string {
  return stepDir(join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'build-go-image'), env)
}

export function layerCacheDir(env: NodeJS.ProcessEnv): string {
  return join(ownCacheDir(env), 'layers')
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

export async function lookupLayer(dir: string, key: string, layout: OciLayout): Promise<Layer | undefined> {
  try {
    const layer = JSON.parse(await readFile(join(dir, `${key}.json`), 'utf8')) as Layer
    const target = layout.blobPath(layer.descriptor.digest)
    const tmp = layout.tempPath()
    const kept = join(dir, digestHex(layer.descriptor.digest))
    // A hard link when the cache and the layout share a file system, else a copy.
    await link(kept, tmp).catch(() => copyFile(kept, tmp))
    // Entries come back from the Actions cache or a shared disk: checked before use, as every kept
    // file is. A damaged one is dropped, and the layer compressed again.
    const s = await stat(tmp)
    if (s.size !== layer.descriptor.size || `sha256:${await sha256File(tmp)}` !== layer.descriptor.digest) {
      await Promise.all([tmp, kept, join(dir, `${key}.json`)].map((f) => rm(f, { force: true })))
      return undefined
    }
    await rename(tmp, target)
    // Mark the entry used, so trimming keeps it (as Go does for its build cache).
    const now = new Date()
    await utimes(join(dir, `${key}.json`), now, now).catch(() => undefined)
    await utimes(join(dir, digestHex(layer.descriptor.digest)), now, now).catch(() => undefined)
    return layer
  } catch {
    return undefined
  }
}

export async function storeLayer(dir: string, key: string, layer: Layer, layout: OciLayout): Promise<void> {
  try {
    await mkdir(dir, { recursive: true })
    const blob = join(dir, digestHex(layer.descriptor.digest))
    await copyFile(layout.blobPath(layer.descriptor.digest), `${blob}.tmp`)
    await rename(`${blob}.tmp`, blob)
    await writeFile(join(dir, `${key}.json`), JSON.stringify(layer))
  } catch {
    // A cache that cannot be written is only a slower next run.
  }
}
