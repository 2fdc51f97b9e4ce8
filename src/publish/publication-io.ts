// Copies an OCI layout to one or more repositories: for every target, blobs (HEAD, mount from a
// sibling repository on the same registry, or upload; several at a time, some of them while the
// image is still being made), then manifests by digest; only when every target holds all of it
// are tags written. A failure before that leaves every existing tag as it was.
import type { Cancellation } from '../lib/cancel.js'
import { addToFallbackIndex, fallbackTag } from '../lib/oci/artifact.js'
import { BlobCopy } from '../lib/oci/copy.js'
import { type Blob, type Descriptor, MANIFEST_TYPES } from '../lib/oci/descriptor.js'
import { parseManifest } from '../lib/oci/parse.js'
import type { ImageContent, ImageSource } from '../lib/oci/store.js'
import type { RegistryClient } from '../lib/registry/client-io.js'
import { formatReference, type Reference } from '../lib/registry/reference.js'
import { type BlobOutcome, Repository, type UploadOptions } from '../lib/registry/repository-io.js'
import { DEFAULT_RETRY, loggedRetry, type RetryOptions } from '../lib/retry.js'
import { started } from '../lib/started.js'
import type { BlobPlaces } from './blob-places.js'
import { type PublishStats, planPush } from './plan.js'
import { TagLedger } from './tag-ledger.js'
import { writeTags } from './tagging.js'

export type { PublishStats } from './plan.js'

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
  /** Where the tags written are recorded: the run's, so a cancellation can say which moved. */
  ledger?: TagLedger
  /** The run's cancellation: no tag starts after it. */
  cancellation?: Cancellation
  /** Where a blob already lives (a base image's layers): mounted from there on the same registry. */
  origin?: (digest: string) => { apiHost: string; repository: string } | undefined
  /** The run's other publications (several images): a blob one of them puts on a registry is mounted. */
  places?: BlobPlaces
  /** Write the sha256-<hex> fallback tag for a registry without the referrers API (default: yes). */
  referrersTag?: boolean
}

export interface PublishResult {
  digest: Descriptor['digest']
  stats: PublishStats
}

/**
 * One push of one layout to its targets. Blobs may be sent early, while the rest of the image is
 * still being made (`send`); `finish` sends what is left, then manifests and tags. Each blob goes
 * to each target once: a later request for it joins the first.
 */
export class Publication {
  private readonly repos: Repository[]
  private readonly blobs: BlobCopy
  private readonly early = new Set<Promise<void>>()
  /** Fallback tags read ahead, by `<target index> <subject digest>`. */
  private readonly fallbacks = new Map<string, Promise<Blob | undefined>>()
  private held: Promise<string | undefined>[][] | undefined

  constructor(
    private readonly targets: PushTarget[],
    private readonly opts: PublishOptions,
  ) {
    this.repos = targets.map(
      (t) =>
        new Repository(opts.client(t.reference.apiHost), t.reference.repository, {
          access: 'push',
          ...(opts.upload ? { upload: opts.upload } : {}),
        }),
    )
    this.blobs = new BlobCopy(this.repos, {
      concurrency: opts.concurrency,
      retry: opts.retry ?? (opts.log ? loggedRetry(opts.log) : DEFAULT_RETRY),
      mountFrom: (i, digest) => this.mountSource(i, digest),
      onCopy: (i, digest, copying) => {
        const { apiHost, repository } = (this.targets[i] as PushTarget).reference
        opts.places?.placing(apiHost, repository, digest, copying)
      },
    })
  }

  get stats(): PublishStats {
    return this.blobs.stats
  }

  /**
   * Start sending these blobs of `source` to every target; `finish` waits for them. `subjects`:
   * manifests that referrers will name; what their fallback tags hold is read now, off the end
   * of the push (reads only: nothing is written before `finish`).
   */
  send(source: ImageSource, blobs: Descriptor[], subjects: Descriptor[] = []): void {
    this.readTags()
    for (const blob of blobs)
      this.whileBuilding(
        (async () => {
          for (const i of this.repos.keys()) await this.blobs.copy(i, source, blob)
        })(),
      )
    if (this.opts.referrersTag === false) return
    for (const subject of subjects)
      for (const [i, repo] of this.repos.entries()) {
        const reading = repo.getManifest(fallbackTag(subject.digest))
        this.fallbacks.set(`${i} ${subject.digest}`, reading)
        this.whileBuilding(reading)
      }
  }

  /** Where each tag points now (read before writing it, as go-containerregistry does), read once. */
  private readTags(): Promise<string | undefined>[][] {
    this.held ??= this.repos.map((repo, i) =>
      (this.targets[i] as PushTarget).tags.map((tag) => {
        const reading = repo.manifestDigest(tag, MANIFEST_TYPES).catch(() => undefined)
        this.whileBuilding(reading)
        return reading
      }),
    )
    return this.held
  }

  /** A request made before `finish`: `abandon` waits for it; its failure is met again there. */
  private whileBuilding(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    )
    this.early.add(settled)
    void settled.then(() => this.early.delete(settled))
  }

  /** Nothing more starts; waits for what is on its way (a failed run must not leave requests behind). */
  async abandon(): Promise<void> {
    this.blobs.stop()
    await Promise.allSettled([...this.early])
  }

  /** `top` and what it names, then the other roots (its referrers), from `content` to every target. */
  async finish(
    content: ImageContent,
    top: Descriptor,
    beforeTags?: (target: PushTarget, repo: Repository, top: Blob) => Promise<void>,
  ): Promise<PublishResult> {
    const referrers = content.roots.filter((r) => r.digest !== top.digest)
    const plan = planPush(top, content.manifests, referrers)
    const log = this.opts.log ?? (() => undefined)
    const referrersTag = this.opts.referrersTag ?? true
    const held = this.readTags()
    for (const [i, repo] of this.repos.entries()) {
      const target = this.targets[i] as PushTarget
      const outcomes = await Promise.all(plan.blobs.map((blob) => this.blobs.copy(i, content.source, blob)))
      const count = (o: BlobOutcome) => outcomes.filter((x) => x === o).length
      log(
        `${target.reference.registry}/${repo.name}: ${count('uploaded')} blobs uploaded, ` +
          `${count('mounted')} mounted, ${count('exists')} already there`,
      )
      // Platform manifests side by side, then the index that names them (the last one); beside
      // it the referrers, whose subjects are in place by then (the index's once it is in). One
      // subject's referrers one after another: each may extend the same fallback tag's index.
      const children = plan.manifests.slice(0, -1)
      await Promise.all(children.map((m) => repo.putManifest(m.descriptor.digest, m)))
      const top = repo.putManifest(plan.top.descriptor.digest, plan.top)
      // Whether the registry has the referrers API, asked once about a manifest now in place
      // (a 404 answers for every subject), beside the referrers' own pushes rather than after each.
      const api =
        plan.referrers.length > 0
          ? started(
              (children[0] ? Promise.resolve(children[0]) : top.then(() => plan.top)).then((m) =>
                repo.referrers(m.descriptor.digest),
              ),
            )
          : undefined
      const bySubject = new Map<string, Blob[]>()
      for (const r of plan.referrers) {
        const subject = parseManifest(r).subject?.digest ?? r.descriptor.digest
        bySubject.set(subject, [...(bySubject.get(subject) ?? []), r])
      }
      await Promise.all([
        top,
        ...[...bySubject].map(async ([subject, list]) => {
          if (subject === plan.top.descriptor.digest) await top
          for (const [n, r] of list.entries()) {
            const entry = referrers.find((d) => d.digest === r.descriptor.digest) ?? r.descriptor
            // Only the first finds the tag as read ahead: the next ones extend what it wrote.
            const read = n === 0 ? this.fallbacks.get(`${i} ${subject}`) : undefined
            await pushReferrer(repo, r, entry, log, {
              referrersTag,
              ...(api ? { api } : {}),
              ...(read ? { read } : {}),
            })
          }
        }),
      ])
    }
    if (beforeTags)
      for (const [i, repo] of this.repos.entries()) await beforeTags(this.targets[i] as PushTarget, repo, plan.top)
    const ledger = this.opts.ledger ?? new TagLedger()
    const known = ledger.already.length
    await writeTags(
      this.repos.flatMap((repo, i) => {
        const target = this.targets[i] as PushTarget
        return target.tags.map((tag, t) => ({
          reference: formatReference({ ...target.reference, tag }),
          digest: plan.top.descriptor.digest,
          held: () => held[i]?.[t] as Promise<string | undefined>,
          put: () => repo.putManifest(tag, plan.top),
        }))
      }),
      ledger,
      this.opts.cancellation,
    )
    for (const reference of ledger.already.slice(known)) log(`${reference}: already there, not written again`)
    return { digest: plan.top.descriptor.digest, stats: this.stats }
  }

  /**
   * Where target i can mount a blob from: an earlier target on the same registry (which has every
   * blob by the time target i asks), the base image's repository there, or where another image of the
   * run put it (once it lands).
   */
  private mountSource(i: number, digest: string): string | undefined | Promise<string | undefined> {
    const target = this.targets[i] as PushTarget
    const sibling = this.targets
      .slice(0, i)
      .find(
        (t) =>
          t.reference.apiHost === target.reference.apiHost && t.reference.repository !== target.reference.repository,
      )
    if (sibling) return sibling.reference.repository
    const origin = this.opts.origin?.(digest)
    if (origin && origin.apiHost === target.reference.apiHost) return origin.repository
    return this.opts.places?.from(target.reference.apiHost, target.reference.repository, digest)
  }
}

/**
 * Push an artifact by digest, then ask the referrers API whether it lists it: the OCI-Subject
 * answer is not trusted (ECR sent it with no referrers API; others answer a false 200). Unless
 * listed, it goes under the fallback tag `sha256-<subject hex>`: an index of the subject's
 * referrers, read (ahead, `read`, or beside the push: a round trip less where it is needed, a
 * small GET where it is not), extended (others' entries and annotations kept) and written back; or, with the
 * fallback tag left out (`referrersTag` false, as notation's --force-referrers-tag=false), nowhere.
 * A repository that refuses to move the tag (immutable tags) is told how to let it. `api`: the
 * repository's own question about the referrers API, under way (its answer is remembered).
 */
export async function pushReferrer(
  repo: Repository,
  artifact: Blob,
  entry: Descriptor,
  log: (m: string) => void,
  opts: { referrersTag?: boolean; api?: Promise<unknown>; read?: Promise<Blob | undefined> } = {},
): Promise<void> {
  const subject = parseManifest(artifact).subject
  const tag = subject && fallbackTag(subject.digest)
  const reading =
    tag && opts.referrersTag !== false
      ? started(opts.read?.catch(() => repo.getManifest(tag)) ?? repo.getManifest(tag))
      : undefined
  await repo.putManifest(artifact.descriptor.digest, artifact)
  if (!subject || !tag) return
  await opts.api?.catch(() => undefined) // a failed question is asked again just below
  const listed = await repo.referrers(subject.digest)
  if (listed?.some((d) => d.digest === artifact.descriptor.digest)) return
  const why = listed ? 'the referrers API does not list it' : 'no referrers API'
  const what = `${entry.artifactType ?? 'artifact'} ${artifact.descriptor.digest}`
  if (!reading) return log(`${repo.name}: ${why}; ${what} is not listed (referrers-tag: false)`)
  const current = await reading
  const existing = current && parseManifest(current)
  const next = addToFallbackIndex(existing && existing.kind === 'index' ? existing : undefined, entry)
  if (next)
    await repo.putManifest(tag, next).catch((e: unknown) => {
      if (!current) throw e
      throw new Error(
        `${repo.name}: the referrers tag ${tag} could not be extended to list ${what} (${(e as Error).message}); ` +
          'a repository with immutable tags must leave sha256-* tags mutable (ECR: IMMUTABLE_WITH_EXCLUSION ' +
          'with the filter sha256-*), or set referrers-tag: false if every registry you use has the referrers API',
        { cause: e },
      )
    })
  log(`${repo.name}: ${why}; ${what} listed under tag ${tag}`)
}
