// A merge job: reads the per-platform images the matrix jobs pushed by digest, checks each is
// there and no platform appears twice, then pushes one index (by digest, then its tags) to every
// repository in `image`, copying a platform image first where a repository lacks it. Nothing is
// written before every check has passed.

import * as core from '@actions/core'
import type { PublishSettings } from '../config/config.js'
import { InputError } from '../errors.js'
import type { AnnotationRule } from '../oci/annotation-levels.js'
import { BASE_DIGEST, BASE_NAME } from '../oci/annotations.js'
import { fallbackTag } from '../oci/artifact.js'
import { type Blob, type Descriptor, MediaType, type Platform } from '../oci/descriptor.js'
import type { Digest } from '../oci/digest.js'
import type { RegistryClient } from '../registry/client.js'
import { formatReference, parseReference, type Reference } from '../registry/reference.js'
import { Repository } from '../registry/repository.js'
import { loggedRetry, withRetry } from '../retry.js'
import type { Published } from './io.js'
import { type MergeChild, mergedIndex } from './merge-plan.js'
import { pushReferrer } from './publish.js'
import { writeTags } from './tagging.js'

const INDEX_TYPES: string[] = [MediaType.index, 'application/vnd.docker.distribution.manifest.list.v2+json']

interface Found extends MergeChild {
  repository: Repository
  reference: Reference
  blob: Blob
}

function parse(blob: Blob): {
  manifests?: Descriptor[]
  config?: Descriptor
  layers?: Descriptor[]
  annotations?: Record<string, string>
} {
  return JSON.parse(Buffer.from(blob.bytes).toString('utf8'))
}

async function platformOf(repo: Repository, manifest: Blob): Promise<Platform> {
  const config = parse(manifest).config
  if (!config) throw new Error(`${repo.name}@${manifest.descriptor.digest} has no config`)
  const c = JSON.parse((await repo.readBlob(config.digest)).toString('utf8')) as {
    os?: string
    architecture?: string
    variant?: string
  }
  // No silent linux/amd64: an image without a platform cannot take a place in an index.
  if (!c.os || !c.architecture)
    throw new Error(
      `${repo.name}@${manifest.descriptor.digest}: its config names no os and architecture, so it has no ` +
        `platform to merge under`,
    )
  return { os: c.os, architecture: c.architecture, ...(c.variant ? { variant: c.variant } : {}) }
}

async function findChildren(settings: PublishSettings, client: (host: string) => RegistryClient): Promise<Found[]> {
  const found: Found[] = []
  for (const entry of settings.merge) {
    const reference = entry.repository ?? (settings.targets[0]?.reference as Reference)
    const repository = new Repository(client(reference.apiHost), reference.repository)
    const source = formatReference({ ...reference, digest: entry.digest })
    const blob = await repository.getManifest(entry.digest)
    if (!blob)
      throw new InputError(
        'merge',
        source,
        `it is not in ${reference.registry}/${reference.repository}; give the digests the build jobs pushed ` +
          `(their digest output)`,
      )
    const children = INDEX_TYPES.includes(blob.descriptor.mediaType) ? (parse(blob).manifests ?? []) : [blob.descriptor]
    for (const child of children) {
      if (child.platform?.os === 'unknown') continue // attestations, not images
      const manifest = child.digest === blob.descriptor.digest ? blob : await repository.getManifest(child.digest)
      if (!manifest)
        throw new InputError('merge', source, `its index names ${child.digest}, which is not in the repository`)
      const platform = child.platform ?? (await platformOf(repository, manifest))
      found.push({
        descriptor: {
          mediaType: manifest.descriptor.mediaType,
          digest: manifest.descriptor.digest,
          size: manifest.descriptor.size,
          platform,
        },
        annotations: parse(manifest).annotations ?? {},
        source,
        repository,
        reference,
        blob: manifest,
      })
    }
  }
  return found
}

/** Copy the blobs a manifest names from one repository to another (mounting on the same registry). */
async function copyBlobs(from: Found, manifest: Blob, to: Repository, toRef: Reference): Promise<void> {
  const m = parse(manifest)
  const sameRegistry = from.reference.apiHost === toRef.apiHost
  for (const d of [m.config, ...(m.layers ?? [])]) {
    if (!d) continue
    await withRetry(
      () =>
        to.pushBlob(
          d,
          from.repository.blobSource(d.digest, d.size),
          sameRegistry ? from.reference.repository : undefined,
        ),
      loggedRetry(core.info),
    )
  }
}

/** What refers to an image in its repository: the referrers API, else the fallback tag's index. */
async function referrersOf(repo: Repository, subject: Digest): Promise<Descriptor[]> {
  const listed = await repo.referrers(subject)
  if (listed) return listed
  const fallback = await repo.getManifest(fallbackTag(subject))
  return fallback ? (parse(fallback).manifests ?? []) : []
}

/**
 * Copy one platform image into a repository that lacks it, and what refers to it there (its SBOM,
 * signatures), listed in the new repository as the build would have listed them.
 */
async function copyImage(from: Found, to: Repository, toRef: Reference): Promise<void> {
  await copyBlobs(from, from.blob, to, toRef)
  await to.putManifest(from.descriptor.digest, from.blob)
  for (const entry of await referrersOf(from.repository, from.descriptor.digest)) {
    const artifact = await from.repository.getManifest(entry.digest)
    if (!artifact)
      throw new Error(`${from.source}: its referrer ${entry.digest} is listed but not in ${from.reference.repository}`)
    await copyBlobs(from, artifact, to, toRef)
    await pushReferrer(to, artifact, entry, core.info)
  }
}

/**
 * The digest the builds' base image name (given by tag) resolved to, as the single job records
 * on its index: the tag read again, and accepted only if it still holds every child's base
 * manifest. A tag that moved since the builds, or cannot be read, leaves it out with a warning.
 */
async function baseDigest(children: Found[], client: (host: string) => RegistryClient): Promise<string | undefined> {
  const name = children[0]?.annotations[BASE_NAME]
  if (!name || name.includes('@sha256:') || children.some((c) => c.annotations[BASE_NAME] !== name)) return undefined
  const missing = `the merged index names no ${BASE_DIGEST}, so it differs from a single job's`
  try {
    const ref = parseReference(name)
    const top = await new Repository(client(ref.apiHost), ref.repository).getManifest(ref.tag ?? 'latest')
    const held = new Set(
      top
        ? [
            top.descriptor.digest,
            ...(INDEX_TYPES.includes(top.descriptor.mediaType)
              ? (parse(top).manifests ?? []).map((m) => m.digest)
              : []),
          ]
        : [],
    )
    if (top && children.every((c) => held.has(c.annotations[BASE_DIGEST] as Digest))) return top.descriptor.digest
    core.warning(`base image ${name} ${top ? 'has moved since the builds' : 'is gone'}; ${missing}`)
  } catch (e) {
    core.warning(`base image ${name} could not be read (${(e as Error).message}); ${missing}`)
  }
  return undefined
}

/**
 * When the build jobs say their images were made: the newest `created` among them (the annotation,
 * else the config's). A merge job need not check out the source, so this, not its own git, dates
 * `{{date}}` tags as the single job would.
 */
async function createdEpoch(children: Found[]): Promise<number | undefined> {
  let newest: number | undefined
  for (const c of children) {
    let created = c.annotations['org.opencontainers.image.created']
    if (!created) {
      const config = parse(c.blob).config
      if (config)
        created = (JSON.parse((await c.repository.readBlob(config.digest)).toString('utf8')) as { created?: string })
          .created
    }
    const ms = created ? Date.parse(created) : Number.NaN
    if (Number.isFinite(ms)) newest = Math.max(newest ?? 0, Math.floor(ms / 1000))
  }
  return newest
}

export async function mergeImages(
  settings: PublishSettings,
  rules: AnnotationRule[],
  client: (host: string) => RegistryClient,
  tagsFor: (target: PublishSettings['targets'][number], created: number | undefined) => Promise<string[]>,
): Promise<Published & { digests: Record<string, string> }> {
  const children = await findChildren(settings, client)
  const index = mergedIndex(children, rules, await baseDigest(children, client))
  const created = await createdEpoch(children)
  const targets = settings.targets.map((t) => ({
    target: t,
    repo: new Repository(client(t.reference.apiHost), t.reference.repository, { access: 'push' }),
  }))
  const tags = new Map<string, string[]>()
  for (const { target } of targets) tags.set(formatReference(target.reference), await tagsFor(target, created))
  for (const { target, repo } of targets) {
    for (const child of children) {
      if (await repo.manifestDigest(child.descriptor.digest, [child.descriptor.mediaType])) continue
      core.info(`copying ${child.source} (${child.descriptor.digest}) into ${formatReference(target.reference)}`)
      await copyImage(child, repo, target.reference)
    }
    await repo.putManifest(index.descriptor.digest, index)
  }
  await writeTags(
    targets.flatMap(({ target, repo }) =>
      (tags.get(formatReference(target.reference)) ?? []).map((tag) => ({
        reference: formatReference({ ...target.reference, tag }),
        put: () => repo.putManifest(tag, index),
      })),
    ),
  )
  const digest = index.descriptor.digest
  return {
    digest,
    digests: Object.fromEntries(
      children.map((c) => [
        [c.descriptor.platform.os, c.descriptor.platform.architecture, c.descriptor.platform.variant]
          .filter(Boolean)
          .join('/'),
        c.descriptor.digest,
      ]),
    ),
    images: targets.map(({ target }) => formatReference({ ...target.reference, digest })),
    tags: targets.flatMap(({ target }) =>
      (tags.get(formatReference(target.reference)) ?? []).map((tag) => formatReference({ ...target.reference, tag })),
    ),
    stats: { exists: 0, mounted: 0, uploaded: 0, bytesUploaded: 0 },
  }
}
