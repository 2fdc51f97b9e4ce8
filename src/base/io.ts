// The edge of base images: reads the base's index (or manifest) and each platform's config from
// its registry while the builds run, before any image is made, and later streams its layers into
// the OCI layout, verified.

import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import * as core from '@actions/core'
import type { TargetPlatform } from '../compile/platform.js'
import { InputError } from '../inputs/error.js'
import { BlobCopy } from '../lib/oci/copy.js'
import type { Blob, Descriptor, Layer } from '../lib/oci/descriptor.js'
import { type Family, familyOf } from '../lib/oci/descriptor.js'
import { type Digest, digestOfHash } from '../lib/oci/digest.js'
import type { Layout } from '../lib/oci/layout-io.js'
import { parseImageConfig, parseManifest } from '../lib/oci/parse.js'
import type { Platform } from '../lib/oci/platform.js'
import { describePlatforms, platformMatches } from '../lib/oci/platform.js'
import type { RegistryClient } from '../lib/registry/client-io.js'
import type { Reference } from '../lib/registry/reference.js'
import { Repository } from '../lib/registry/repository-io.js'
import { loggedRetry } from '../lib/retry.js'
import type { BaseFacts, BasePlatform, BaseRunConfig } from './family.js'

export type { BasePlatform } from './family.js'

/** A base image as read from its registry: what the image stage needs, and where it came from. */
export interface BaseImage extends BaseFacts {
  reference: Reference
  repository: Repository
}

export async function resolveBase(
  reference: Reference,
  name: string,
  wanted: TargetPlatform[],
  client: (host: string) => RegistryClient,
): Promise<BaseImage> {
  const repository = new Repository(client(reference.apiHost), reference.repository)
  const top = await repository.getManifest(reference.digest ?? reference.tag ?? 'latest')
  if (!top)
    throw new InputError(
      'base-image',
      name,
      'it does not exist in the registry; give an image that does (best pinned by digest)',
    )
  if (reference.digest && top.descriptor.digest !== reference.digest)
    throw new Error(`base image ${name} resolved to ${top.descriptor.digest}`)
  const platforms = new Map<string, BasePlatform>()
  const parsed = parseManifest(top)
  let family: Family
  if (parsed.kind === 'index') {
    const entries = parsed.manifests.filter(
      (m): m is Descriptor & { platform: Platform } => !!m.platform && m.platform.os !== 'unknown',
    )
    family = familyOf(entries[0]?.mediaType ?? top.descriptor.mediaType)
    const chosen = wanted.map((want) => {
      const entry = entries.find((e) => platformMatches(e.platform, want))
      if (!entry)
        throw new InputError(
          'base-image',
          name,
          `it has no ${want.name}; it has ${describePlatforms(entries.map((e) => e.platform))}`,
        )
      return { want, entry }
    })
    // Every platform's manifest and config side by side: round trips, not bytes, are the cost.
    const read = await Promise.all(
      chosen.map(async ({ entry }) => {
        const manifest = await repository.getManifest(entry.digest)
        if (!manifest) throw new Error(`base image ${name}: ${entry.digest} is missing from the registry`)
        return (await platformOf(repository, manifest)).base
      }),
    )
    for (const [i, { want }] of chosen.entries()) platforms.set(want.name, read[i] as BasePlatform)
  } else {
    family = familyOf(top.descriptor.mediaType)
    const one = await platformOf(repository, top)
    // No silent linux/amd64: a base whose config names no platform cannot be matched to a target.
    if (!one.platform)
      throw new InputError('base-image', name, 'its config names no os and architecture; give a multi-platform index')
    for (const want of wanted) {
      if (!platformMatches(one.platform, want))
        throw new InputError('base-image', name, `it has no ${want.name}; it has ${describePlatforms([one.platform])}`)
      platforms.set(want.name, one.base)
    }
  }
  return { name, reference, digest: top.descriptor.digest, family, repository, platforms }
}

async function platformOf(repository: Repository, blob: Blob): Promise<{ base: BasePlatform; platform?: Platform }> {
  const m = parseManifest(blob)
  if (m.kind !== 'manifest') throw new Error(`base image: ${blob.descriptor.digest} is an index inside an index`)
  const what = `${repository.name}@${m.config.digest}`
  const config = parseImageConfig(await repository.readBlob(m.config.digest), `image config ${what}`)
  const run = { ...(config.config ? { config: config.config as BaseRunConfig } : {}) }
  const base = {
    manifest: blob.descriptor,
    config: { ...run, ...(config.history ? { history: config.history } : {}) },
    layers: m.layers,
  }
  return { base, ...(config.platform ? { platform: config.platform } : {}) }
}

/** Base layers as our Layer records: the compressed descriptor, its diff_id and uncompressed size. */
export type BaseLayers = Map<string, Layer>

/**
 * Stream every base layer into the layout (once per digest), checking its digest, and read its
 * diff_id and uncompressed size on the way (the docker archive needs them).
 */
export async function pullBaseLayers(base: BaseImage, layout: Layout): Promise<BaseLayers> {
  const unique = new Map<string, Descriptor>()
  for (const p of base.platforms.values()) for (const layer of p.layers) unique.set(layer.digest, layer)
  // Layers side by side: each is a download, a hash and a gunzip, mostly waiting on the network.
  // The copy checks each digest; a failed request names the blob's URL.
  const copy = new BlobCopy([layout], { concurrency: Math.max(1, unique.size), retry: loggedRetry(core.info) })
  const layers = await Promise.all(
    [...unique.values()].map(async (layer) => {
      await copy.copy(0, base.repository, layer)
      const facts = await uncompressedFacts(layout.blobPath(layer.digest), layer.mediaType)
      return [layer.digest, { descriptor: layer, ...facts }] as const
    }),
  )
  return new Map(layers)
}

async function uncompressedFacts(
  path: string,
  mediaType: string,
): Promise<{ diffId: Digest; uncompressedSize: number }> {
  const gzip = mediaType.endsWith('gzip')
  if (!gzip && !mediaType.endsWith('.tar') && !mediaType.endsWith('tar'))
    throw new Error(`base layer media type ${mediaType} is not supported (gzip or plain tar)`)
  const hash = createHash('sha256')
  let size = 0
  const count = new Transform({
    transform(c: Buffer, _e, done) {
      size += c.byteLength
      hash.update(c)
      done()
    },
  })
  if (gzip) await pipeline(createReadStream(path), createGunzip(), count)
  else await pipeline(createReadStream(path), count)
  return { diffId: digestOfHash(hash), uncompressedSize: size }
}
