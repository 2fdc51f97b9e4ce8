// Copies an OCI layout to one or more repositories: for every target, blobs (HEAD, mount from a
// sibling repository on the same registry, or upload; several at a time), then manifests by
// digest; only when every target holds all of it are tags written. A failure before that leaves
// every existing tag as it was.
import pLimit from 'p-limit'
import { addToFallbackIndex, fallbackTag } from '../oci/artifact.js'
import type { Blob, Descriptor } from '../oci/descriptor.js'
import { blobSize, type LayoutContent, openBlob } from '../oci/layout-read.js'
import type { RegistryClient } from '../registry/client.js'
import type { Reference } from '../registry/reference.js'
import { type BlobOutcome, Repository, type UploadOptions } from '../registry/repository.js'
import { DEFAULT_RETRY, type RetryOptions, withRetry } from '../retry.js'
import { planPush } from './plan.js'

export interface PushTarget {
  reference: Reference
  tags: string[]
}

export interface PublishOptions {
  client: (apiHost: string) => RegistryClient
  concurrency: number
  upload?: UploadOptions
  retry?: RetryOptions
  log?: (message: string) => void
  /** Where a blob already lives (a base image's layers): mounted from there on the same registry. */
  origin?: (digest: string) => { apiHost: string; repository: string } | undefined
}

export interface PublishStats {
  exists: number
  mounted: number
  uploaded: number
  bytesUploaded: number
}

export interface PublishResult {
  digest: Descriptor['digest']
  stats: PublishStats
}

export async function publish(layout: LayoutContent, top: Descriptor, targets: PushTarget[], opts: PublishOptions): Promise<PublishResult> {
  const referrers = layout.roots.filter((r) => r.digest !== top.digest)
  const plan = planPush(top, layout.manifests, referrers)
  const stats: PublishStats = { exists: 0, mounted: 0, uploaded: 0, bytesUploaded: 0 }
  const repos = targets.map((t) => new Repository(opts.client(t.reference.apiHost), t.reference.repository, opts.upload))
  const log = opts.log ?? (() => undefined)
  const limit = pLimit(opts.concurrency)
  const retry = opts.retry ?? DEFAULT_RETRY

  for (const [i, repo] of repos.entries()) {
    const target = targets[i] as PushTarget
    // A blob already pushed to a repository on the same registry is mounted, not sent again.
    const sibling = targets.slice(0, i).find((t) => t.reference.apiHost === target.reference.apiHost && t.reference.repository !== target.reference.repository)
    const outcomes = await Promise.all(
      plan.blobs.map((blob) =>
        limit(async () => {
          const size = await blobSize(layout.dir, blob.digest)
          const source = { size, open: (start: number, end: number) => openBlob(layout.dir, blob.digest, start, end) }
          const origin = opts.origin?.(blob.digest)
          const from = sibling?.reference.repository ?? (origin && origin.apiHost === target.reference.apiHost ? origin.repository : undefined)
          const outcome: BlobOutcome = await withRetry(() => repo.pushBlob(blob, source, from), retry)
          stats[outcome]++
          if (outcome === 'uploaded') stats.bytesUploaded += size
          return outcome
        }),
      ),
    )
    log(
      `${target.reference.registry}/${repo.name}: ${outcomes.filter((o) => o === 'uploaded').length} blobs uploaded, ${outcomes.filter((o) => o === 'mounted').length} mounted, ${outcomes.filter((o) => o === 'exists').length} already there`,
    )
    // Platform manifests side by side, then the index that names them (the last one), then the
    // referrers, whose subjects are all in place by then.
    await Promise.all(plan.manifests.slice(0, -1).map((m) => repo.putManifest(m.descriptor.digest, m)))
    await repo.putManifest(plan.top.descriptor.digest, plan.top)
    await Promise.all(plan.referrers.map((r) => pushReferrer(repo, r, referrers.find((d) => d.digest === r.descriptor.digest) ?? r.descriptor, log)))
  }
  await Promise.all(repos.map((repo, i) => Promise.all((targets[i] as PushTarget).tags.map((tag) => repo.putManifest(tag, plan.top)))))
  return { digest: plan.top.descriptor.digest, stats }
}

/**
 * Push an artifact by digest; a registry that indexes referrers answers with OCI-Subject. One
 * that does not gets the fallback tag `sha256-<subject hex>`: an index of the subject's referrers,
 * read, extended (annotations kept) and written back.
 */
async function pushReferrer(repo: Repository, artifact: Blob, entry: Descriptor, log: (m: string) => void): Promise<void> {
  const answer = await repo.putManifest(artifact.descriptor.digest, artifact)
  if (answer.subject) return
  const subject = (JSON.parse(Buffer.from(artifact.bytes).toString('utf8')) as { subject?: Descriptor }).subject
  if (!subject) return
  const tag = fallbackTag(subject.digest)
  const current = await repo.getManifest(tag)
  const next = addToFallbackIndex(current ? JSON.parse(Buffer.from(current.bytes).toString('utf8')) : undefined, entry)
  if (next) await repo.putManifest(tag, next)
  log(`${repo.name}: no referrers API; ${entry.artifactType ?? 'artifact'} ${artifact.descriptor.digest} listed under tag ${tag}`)
}
