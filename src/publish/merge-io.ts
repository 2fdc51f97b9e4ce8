// A merge job: reads the per-platform images the matrix jobs pushed by digest, checks each is
// there and no platform appears twice, then pushes one index (by digest, then its tags) to every
// repository in `image`, copying a platform image first where a repository lacks it. Nothing is
// written before every check has passed.

import { Readable } from 'node:stream'
import * as core from '@actions/core'
import type { Referrer } from '../attest/referrer.js'
import { InputError } from '../inputs/error.js'
import type { AnnotationRule } from '../lib/oci/annotation-levels.js'
import { BASE_DIGEST, BASE_NAME } from '../lib/oci/annotations.js'
import { emptyBlob, fallbackTag } from '../lib/oci/artifact.js'
import type { Blob, Descriptor } from '../lib/oci/descriptor.js'
import { type Digest, isDigest } from '../lib/oci/digest.js'
import { type ImageManifest, parseImageConfig, parseManifest } from '../lib/oci/parse.js'
import { type Platform, platformName } from '../lib/oci/platform.js'
import { type BlobSource, readContent } from '../lib/oci/store.js'
import type { RegistryClient } from '../lib/registry/client-io.js'
import { formatReference, parseReference, type Reference } from '../lib/registry/reference.js'
import { Repository } from '../lib/registry/repository-io.js'
import { type MergeChild, mergedIndex } from './merge-plan.js'
import type { MergedIndex } from './plan.js'
import { Publication, pushReferrer } from './publication-io.js'
import type { RunLife } from './run-life.js'
import type { PublishSettings } from './settings.js'
import { writeTags } from './tagging.js'

interface Found extends MergeChild {
  repository: Repository
  reference: Reference
  blob: Blob
  manifest: ImageManifest
}

/** A small blob held in memory (a signed bundle), as a blob source. */
function bytesSource(bytes: Uint8Array): BlobSource {
  return { size: bytes.length, open: (start, end) => Readable.from([Buffer.from(bytes).subarray(start, end)]) }
}

/** An image's platform from its config: no silent linux/amd64, it must take a place in an index. */
async function platformOf(repo: Repository, blob: Blob, m: ImageManifest): Promise<Platform> {
  const what = `${repo.name}@${blob.descriptor.digest}`
  const config = parseImageConfig(await repo.readBlob(m.config.digest), `the config of ${what}`)
  if (!config.platform)
    throw new Error(`${what}: its config names no os and architecture, so it has no platform to merge under`)
  return config.platform
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
    const top = parseManifest(blob)
    const children = top.kind === 'index' ? top.manifests : [blob.descriptor]
    for (const child of children) {
      if (child.platform?.os === 'unknown') continue // attestations, not images
      const manifest = child.digest === blob.descriptor.digest ? blob : await repository.getManifest(child.digest)
      if (!manifest)
        throw new InputError('merge', source, `its index names ${child.digest}, which is not in the repository`)
      const parsed = parseManifest(manifest)
      if (parsed.kind !== 'manifest')
        throw new InputError('merge', source, `its index names ${child.digest}, an index, not a platform image`)
      const platform = child.platform ?? (await platformOf(repository, manifest, parsed))
      const { mediaType, digest, size } = manifest.descriptor
      found.push({
        descriptor: { mediaType, digest, size, platform },
        annotations: parsed.annotations,
        source,
        repository,
        reference,
        blob: manifest,
        manifest: parsed,
      })
    }
  }
  return found
}

/** What refers to an image in its repository: the referrers API, else the fallback tag's index. */
async function referrersOf(repo: Repository, subject: Digest): Promise<Descriptor[]> {
  const listed = await repo.referrers(subject)
  if (listed) return listed
  const fallback = await repo.getManifest(fallbackTag(subject))
  const index = fallback && parseManifest(fallback)
  return index && index.kind === 'index' ? index.manifests : []
}

/**
 * Copy one platform image into a repository that lacks it, with what refers to it there (its
 * SBOM, signatures), listed in the new repository as the build would have listed them: the same
 * Publication a build pushes its layout with, reading from the source repository instead (its
 * blobs mounted when both are on one registry).
 */
async function copyImage(from: Found, to: Reference, client: (host: string) => RegistryClient): Promise<void> {
  const referrers = await referrersOf(from.repository, from.descriptor.digest)
  const content = await readContent(from.repository, [from.descriptor, ...referrers])
  const origin = { apiHost: from.reference.apiHost, repository: from.reference.repository }
  const copy = new Publication([{ reference: to, tags: [] }], {
    client,
    concurrency: 4,
    log: core.info,
    origin: () => origin,
  })
  await copy.finish(content, from.descriptor)
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
    const parsed = top && parseManifest(top)
    const below = parsed && parsed.kind === 'index' ? parsed.manifests.map((m) => m.digest) : []
    const held = new Set(top ? [top.descriptor.digest, ...below] : [])
    const holds = (c: Found) => {
      const d = c.annotations[BASE_DIGEST]
      return isDigest(d) && held.has(d)
    }
    if (top && children.every(holds)) return top.descriptor.digest
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
      const config = c.manifest.config
      created = parseImageConfig(await c.repository.readBlob(config.digest), `the config of ${c.source}`).created
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
  life: RunLife,
  attest?: (index: Descriptor) => Promise<Referrer[]>,
): Promise<MergedIndex> {
  const children = await findChildren(settings, client)
  const index = mergedIndex(children, rules, await baseDigest(children, client))
  // Signed before anything is written: a signing failure pushes nothing.
  const referrers = attest ? await attest(index.descriptor) : []
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
      await copyImage(child, target.reference, client)
    }
    await repo.putManifest(index.descriptor.digest, index)
    for (const r of referrers) {
      for (const blob of [emptyBlob(), r.bundle]) await repo.pushBlob(blob.descriptor, bytesSource(blob.bytes))
      await pushReferrer(repo, r.manifest, r.descriptor, core.info)
    }
  }
  await writeTags(
    targets.flatMap(({ target, repo }) =>
      (tags.get(formatReference(target.reference)) ?? []).map((tag) => ({
        reference: formatReference({ ...target.reference, tag }),
        put: () => repo.putManifest(tag, index),
      })),
    ),
    life.ledger,
    life.cancellation,
  )
  const digest = index.descriptor.digest
  return {
    digest,
    descriptor: index.descriptor,
    digests: Object.fromEntries(children.map((c) => [platformName(c.descriptor.platform), c.descriptor.digest])),
    images: targets.map(({ target }) => formatReference({ ...target.reference, digest })),
    tags: targets.flatMap(({ target }) =>
      (tags.get(formatReference(target.reference)) ?? []).map((tag) => formatReference({ ...target.reference, tag })),
    ),
  }
}
