// A merge job: reads the per-platform images the matrix jobs pushed by digest, checks each is
// there and no platform appears twice, then pushes one index (by digest, then its tags) to every
// repository in `image`, copying a platform image first where a repository lacks it. Nothing is
// written before every check has passed.

import * as core from '@actions/core'
import type { Referrer } from '../attest/referrer.js'
import { InputError } from '../inputs/error.js'
import type { AnnotationRule } from '../lib/oci/annotation-levels.js'
import { BASE_DIGEST, BASE_NAME } from '../lib/oci/annotations.js'
import { emptyBlob, fallbackTag } from '../lib/oci/artifact.js'
import type { Blob, Descriptor } from '../lib/oci/descriptor.js'
import { type Digest, isDigest } from '../lib/oci/digest.js'
import { memoryStore } from '../lib/oci/memory-store.js'
import { type ImageConfigFile, type ImageManifest, parseImageConfig, parseManifest } from '../lib/oci/parse.js'
import { type Platform, platformName } from '../lib/oci/platform.js'
import { type ImageContent, joinedSource, readContent } from '../lib/oci/store.js'
import type { RegistryClient } from '../lib/registry/client-io.js'
import { formatReference, parseReference, type Reference } from '../lib/registry/reference.js'
import { Repository } from '../lib/registry/repository-io.js'
import { GO_VERSION_LABEL } from '../meta/labels.js'
import { type MergeChild, mergedIndex } from './merge-plan.js'
import type { MergedIndex } from './plan.js'
import { Publication, type PushTarget } from './publication-io.js'
import type { RunLife } from './run-life.js'
import type { PublishSettings } from './settings.js'

interface Found extends MergeChild {
  repository: Repository
  reference: Reference
  blob: Blob
  manifest: ImageManifest
  /** Its config, read once: its platform, its `created` and the Go that built it. */
  config: ImageConfigFile
}

/** An image's platform from its config: no silent linux/amd64, it must take a place in an index. */
function platformOf(what: string, config: ImageConfigFile): Platform {
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
      const what = `${repository.name}@${manifest.descriptor.digest}`
      const config = parseImageConfig(await repository.readBlob(parsed.config.digest), `the config of ${what}`)
      const platform = child.platform ?? platformOf(what, config)
      const { mediaType, digest, size } = manifest.descriptor
      found.push({
        descriptor: { mediaType, digest, size, platform },
        annotations: parsed.annotations,
        source,
        repository,
        reference,
        blob: manifest,
        manifest: parsed,
        config,
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

/** The Go each image was built with (its config's label), and the platforms built with each. */
function goVersionsOf(children: Found[]): Map<string, string[]> {
  const versions = new Map<string, string[]>()
  for (const c of children) {
    const labels = (c.config.config?.Labels ?? {}) as Record<string, unknown>
    const go = typeof labels[GO_VERSION_LABEL] === 'string' ? (labels[GO_VERSION_LABEL] as string) : 'unrecorded'
    versions.set(go, [...(versions.get(go) ?? []), platformName(c.descriptor.platform)])
  }
  return versions
}

/**
 * When the build jobs say their images were made: the newest `created` among them (the annotation,
 * else the config's). A merge job need not check out the source, so this, not its own git, dates
 * `{{date}}` tags as the single job would.
 */
function createdEpoch(children: Found[]): number | undefined {
  let newest: number | undefined
  for (const c of children) {
    const created = c.annotations['org.opencontainers.image.created'] || c.config.created
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
  const goVersions = goVersionsOf(children)
  if (goVersions.size > 1)
    core.warning(
      `the images merged were built with different Go versions (${[...goVersions]
        .map(([g, p]) => `${g}: ` + p.join(', '))
        .join('; ')}): give every leg the same go-version or go-version-file`,
    )
  core.info(`merging ${children.length} images: ${children.map((c) => platformName(c.descriptor.platform)).join(', ')}`)
  const index = mergedIndex(children, rules, await baseDigest(children, client))
  // Signed before anything is written: a signing failure pushes nothing.
  const referrers = attest ? await attest(index.descriptor) : []
  const created = createdEpoch(children)
  const targets: PushTarget[] = []
  for (const t of settings.targets) targets.push({ reference: t.reference, tags: await tagsFor(t, created) })
  for (const { reference } of targets) {
    const repo = new Repository(client(reference.apiHost), reference.repository)
    for (const child of children)
      if (!(await repo.manifestDigest(child.descriptor.digest, [child.descriptor.mediaType])))
        core.info(`copying ${child.source} (${child.descriptor.digest}) into ${formatReference(reference)}`)
  }
  const content = await mergedContent(index, referrers, children)
  // The one copy a build pushes its layout with: each image's blobs (mounted from the repository it
  // is in when on one registry), the images, the index, what refers to them, then the tags.
  const origins = new Map<string, Reference>()
  for (const c of children)
    for (const d of [c.manifest.config, ...c.manifest.layers]) origins.set(d.digest, c.reference)
  const publication = new Publication(targets, {
    client,
    concurrency: 4,
    log: core.info,
    ledger: life.ledger,
    cancellation: life.cancellation,
    referrersTag: settings.referrersTag,
    origin: (digest) => origins.get(digest),
  })
  const { stats } = await publication.finish(content, index.descriptor)
  const digest = index.descriptor.digest
  return {
    digest,
    stats,
    descriptor: index.descriptor,
    digests: Object.fromEntries(children.map((c) => [platformName(c.descriptor.platform), c.descriptor.digest])),
    images: targets.map(({ reference }) => formatReference({ ...reference, digest })),
    tags: targets.flatMap(({ reference, tags }) => tags.map((tag) => formatReference({ ...reference, tag }))),
  }
}

/**
 * What the merge pushes, read as one store: the index and its signed referrers from memory, each
 * platform image with what refers to it there (its SBOM, signatures) from its own repository, so
 * a repository that lacks an image gets it listed as the build would have listed it.
 */
async function mergedContent(index: Blob, referrers: Referrer[], children: Found[]): Promise<ImageContent> {
  const signed = [emptyBlob(), ...referrers.flatMap((r) => [r.bundle, r.manifest])]
  const own: ImageContent = {
    source: memoryStore([index, ...signed], 'the merged index'),
    roots: [index.descriptor, ...referrers.map((r) => r.descriptor)],
    manifests: new Map([index, ...referrers.map((r) => r.manifest)].map((b) => [b.descriptor.digest, b])),
  }
  const parts = [own]
  for (const c of children)
    parts.push(
      await readContent(c.repository, [c.descriptor, ...(await referrersOf(c.repository, c.descriptor.digest))]),
    )
  const manifests = new Map(parts.flatMap((p) => [...p.manifests]))
  const roots = parts.flatMap((p) => (p === own ? p.roots : p.roots.slice(1)))
  return { source: joinedSource('the merge', parts), roots, manifests }
}
