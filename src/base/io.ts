// The edge of base images: reads the base's index (or manifest) and each platform's config from
// its registry while the builds run, before any image is made, and later streams its layers into
// the OCI layout, verified.

import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import * as core from '@actions/core'
import type { TargetPlatform } from '../compile/platform.js'
import { InputError } from '../errors.js'
import type { Blob, Descriptor, Platform } from '../oci/descriptor.js'
import type { Digest } from '../oci/digest.js'
import type { Layer } from '../oci/layer.js'
import type { OciLayout } from '../oci/layout.js'
import type { RegistryClient } from '../registry/client.js'
import { formatReference, type Reference } from '../registry/reference.js'
import { Repository } from '../registry/repository.js'
import { loggedRetry, withRetry } from '../retry.js'
import { type BaseRunConfig, describePlatforms, type Family, familyOf, isIndex, platformMatches } from './family.js'

export interface BasePlatform {
  manifest: Descriptor
  config: { config?: BaseRunConfig; rootfs?: { diff_ids?: Digest[] }; history?: unknown[] }
  layers: Descriptor[]
}

export interface BaseImage {
  /** As the user wrote it, for org.opencontainers.image.base.name. */
  name: string
  reference: Reference
  /** The digest the reference resolved to (the index, or the one manifest). */
  digest: Digest
  family: Family
  repository: Repository
  platforms: Map<string, BasePlatform>
}

function parse<T>(blob: Blob): T {
  return JSON.parse(Buffer.from(blob.bytes).toString('utf8')) as T
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
  let family: Family
  if (isIndex(top.descriptor.mediaType)) {
    const entries = (parse<{ manifests: Descriptor[] }>(top).manifests ?? []).filter(
      (m) => m.platform && m.platform.os !== 'unknown',
    )
    family = familyOf(entries[0]?.mediaType ?? top.descriptor.mediaType)
    const chosen = wanted.map((want) => {
      const entry = entries.find((e) => platformMatches(e.platform as Platform, want))
      if (!entry)
        throw new InputError(
          'base-image',
          name,
          `it has no ${want.name}; it has ${describePlatforms(entries.map((e) => e.platform as Platform))}`,
        )
      return { want, entry }
    })
    // Every platform's manifest and config side by side: round trips, not bytes, are the cost.
    const read = await Promise.all(
      chosen.map(async ({ entry }) => {
        const manifest = await repository.getManifest(entry.digest)
        if (!manifest) throw new Error(`base image ${name}: ${entry.digest} is missing from the registry`)
        return platformOf(repository, manifest)
      }),
    )
    for (const [i, { want }] of chosen.entries()) platforms.set(want.name, read[i] as BasePlatform)
  } else {
    family = familyOf(top.descriptor.mediaType)
    const one = await platformOf(repository, top)
    const cfg = one.config as { os?: string; architecture?: string; variant?: string }
    const have: Platform = {
      os: cfg.os ?? 'linux',
      architecture: cfg.architecture ?? 'amd64',
      ...(cfg.variant ? { variant: cfg.variant } : {}),
    }
    for (const want of wanted) {
      if (!platformMatches(have, want))
        throw new InputError('base-image', name, `it has no ${want.name}; it has ${describePlatforms([have])}`)
      platforms.set(want.name, one)
    }
  }
  return { name, reference, digest: top.descriptor.digest, family, repository, platforms }
}

async function platformOf(repository: Repository, manifest: Blob): Promise<BasePlatform> {
  const m = parse<{ config: Descriptor; layers: Descriptor[] }>(manifest)
  const config = JSON.parse((await repository.readBlob(m.config.digest)).toString('utf8')) as BasePlatform['config']
  return { manifest: manifest.descriptor, config, layers: m.layers }
}

/** Base layers as our Layer records: the compressed descriptor, its diff_id and uncompressed size. */
export type BaseLayers = Map<string, Layer>

/**
 * Stream every base layer into the layout (once per digest), checking its digest, and read its
 * diff_id and uncompressed size on the way (the docker archive needs them).
 */
export async function pullBaseLayers(base: BaseImage, layout: OciLayout): Promise<BaseLayers> {
  const unique = new Map<string, Descriptor>()
  for (const p of base.platforms.values()) for (const layer of p.layers) unique.set(layer.digest, layer)
  // Layers side by side: each is a download, a hash and a gunzip, mostly waiting on the network.
  const layers = await Promise.all(
    [...unique.values()].map(async (layer) => [layer.digest, await pullLayer(base, layout, layer)] as const),
  )
  return new Map(layers)
}

async function pullLayer(base: BaseImage, layout: OciLayout, layer: Descriptor): Promise<Layer> {
  const path = layout.blobPath(layer.digest)
  if (!existsSync(path)) {
    await withRetry(async () => {
      const tmp = layout.tempPath()
      const hash = createHash('sha256')
      try {
        const tap = new Transform({
          transform(c: Buffer, _e, done) {
            hash.update(c)
            done(null, c)
          },
        })
        await pipeline(
          base.repository.blobSource(layer.digest, layer.size).open(0, layer.size),
          tap,
          createWriteStream(tmp),
        )
        const got = `sha256:${hash.digest('hex')}`
        if (got !== layer.digest)
          throw Object.assign(
            new Error(`base layer ${layer.digest} of ${formatReference(base.reference)} arrived as ${got}`),
            { temporary: true },
          )
        await layout.commit(tmp, layer.digest)
      } catch (e) {
        await rm(tmp, { force: true })
        throw e
      }
    }, loggedRetry(core.info))
  }
  return { descriptor: layer, ...(await uncompressedFacts(path, layer.mediaType)) }
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
  return { diffId: `sha256:${hash.digest('hex')}` as Digest, uncompressedSize: size }
}
