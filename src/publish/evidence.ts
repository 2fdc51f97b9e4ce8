// Reproducibility as evidence: before a release moves any tag, the image the registry already
// holds for the same commit (its `sha-<short>` tag, when the release pushes that tag too) is read
// and its digest compared with the release's. A difference is a warning naming both; it says too
// whether the layers (the programs) are the same, so a difference in labels alone reads as such.

import type { Blob } from '../lib/oci/descriptor.js'
import { childrenOf, parseManifest } from '../lib/oci/parse.js'
import type { ImageSource } from '../lib/oci/store.js'

/** The commit tag among a target's tags, if any. */
export function commitTag(tags: string[]): string | undefined {
  return tags.find((t) => /^sha-[0-9a-f]{7,40}$/.test(t))
}

/** Every layer digest below a manifest or index, in order. */
async function layersOf(store: ImageSource, top: Blob): Promise<string[]> {
  const m = parseManifest(top)
  if (m.kind === 'manifest') return m.layers.map((l) => l.digest)
  const out: string[] = []
  for (const child of childrenOf(m)) {
    const blob = await store.getManifest(child.digest)
    if (blob) out.push(...(await layersOf(store, blob)))
  }
  return out
}

export type Evidence =
  | { kind: 'none'; message: string }
  | { kind: 'same'; message: string }
  | { kind: 'different'; message: string }

/** Compare what `held` holds under `tag` with the release's `top` (read from `release`). */
export async function compareHeld(held: ImageSource, tag: string, release: ImageSource, top: Blob): Promise<Evidence> {
  const where = `${held.name}:${tag}`
  const before = await held.getManifest(tag)
  if (!before) return { kind: 'none', message: `reproducibility: ${where} does not exist yet; nothing to compare` }
  const ours = top.descriptor.digest
  const theirs = before.descriptor.digest
  if (theirs === ours)
    return { kind: 'same', message: `reproducibility: ${where} holds ${theirs}, the release's digest: reproduced` }
  const sameLayers =
    JSON.stringify(await layersOf(held, before).catch(() => [])) === JSON.stringify(await layersOf(release, top))
  return {
    kind: 'different',
    message:
      `reproducibility: ${where} holds ${theirs}, the release is ${ours}: ` +
      (sameLayers
        ? 'the layers (the programs) are the same; the configs or annotations differ (labels naming the version?)'
        : 'the layers differ: the same commit built to other bytes'),
  }
}
