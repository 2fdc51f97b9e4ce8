// The edge of the publish stage: credentials and clients for every registry named, then publish.

import * as core from '@actions/core'
import type { Referrer } from '../attest/referrer.js'
import type { BaseImage } from '../base/io.js'
import { InputError } from '../inputs/error.js'
import { Cancellation } from '../lib/cancel.js'
import type { AnnotationRule } from '../lib/oci/annotation-levels.js'
import type { Blob, Descriptor } from '../lib/oci/descriptor.js'
import { Layout } from '../lib/oci/layout-io.js'
import type { RegistryClient } from '../lib/registry/client-io.js'
import type { Credential } from '../lib/registry/credentials.js'
import { formatReference, type Reference, TAG } from '../lib/registry/reference.js'
import { Repository } from '../lib/registry/repository-io.js'
import type { GitHubContext } from '../meta/context.js'
import { deriveTags, refFacts, renderTags } from '../meta/tags.js'
import { clientFactory, credentialFor } from '../registry/io.js'
import { BlobPlaces } from './blob-places.js'
import { commitTag, compareHeld } from './evidence.js'
import { explainPushError } from './explain.js'
import { mergeImages } from './merge-io.js'
import type { Published } from './plan.js'
import { Publication, type PushTarget } from './publication-io.js'
import type { RunLife } from './run-life.js'
import type { PublishSettings } from './settings.js'
import { TagLedger } from './tag-ledger.js'

export type { Published } from './plan.js'

export interface TagSource {
  github: GitHubContext
  /** Commit time, for {{date}}. */
  epoch: number
}

/**
 * A repository's tags: those written in `image`, plus the `tags` input rendered, or (when it is
 * empty) the tags the event gives; `latest` on a release tag only when no higher release is there.
 */
async function tagsFor(
  settings: PublishSettings,
  t: PublishSettings['targets'][number],
  source: TagSource,
  client: RegistryClient,
): Promise<string[]> {
  let computed: string[]
  const templates = [...settings.tagTemplates, ...t.tagTemplates]
  if (templates.length > 0) {
    const { tags, skipped } = renderTags(templates, source.github, source.epoch)
    for (const s of skipped)
      core.info(`tag template ${s} has no value for this event (${source.github.eventName || 'no event'}); skipped`)
    computed = tags
  } else {
    const v = refFacts(source.github).version
    const existing =
      v && v.prerelease.length === 0
        ? await new Repository(client, t.reference.repository, { access: 'push' }).listTags()
        : []
    computed = deriveTags(source.github, existing)
  }
  const tags = [...new Set([...t.tags, ...computed])]
  for (const tag of tags)
    if (!TAG.test(tag))
      throw new InputError('tags', tag, 'a tag is 1-128 of A-Z a-z 0-9 _ . - and does not start with . or -')
  return tags.length > 0 ? tags : ['latest']
}

/** Credentials for every registry named (masked), and one client per registry host. */
export async function connect(
  settings: PublishSettings,
  env: NodeJS.ProcessEnv,
  life: RunLife,
  extra: Reference[] = [],
) {
  const first = settings.targets[0]?.reference.registry
  const creds = new Map<string, Credential | undefined>()
  const refs = [
    ...settings.targets.map((t) => t.reference),
    ...settings.merge.flatMap((m) => (m.repository ? [m.repository] : [])),
    ...extra,
  ]
  for (const ref of refs) {
    if (creds.has(ref.apiHost)) continue
    creds.set(
      ref.apiHost,
      await credentialFor(
        ref.registry,
        {
          ...(first ? { registry: first } : {}),
          ...(settings.username ? { username: settings.username, password: settings.password ?? '' } : {}),
          ...(settings.githubToken ? { githubToken: settings.githubToken } : {}),
          ...(env.GITHUB_ACTOR ? { githubActor: env.GITHUB_ACTOR } : {}),
          ...(env.GITHUB_SERVER_URL ? { githubServer: env.GITHUB_SERVER_URL } : {}),
        },
        env,
      ),
    )
    core.info(`${ref.registry}: ${describe(creds.get(ref.apiHost))}`)
  }
  return { ...clientFactory(creds, life.cancellation), ledger: life.ledger, places: new BlobPlaces() }
}

/** A push under way: opened before the build, so blobs can go up while other platforms build. */
export interface OpenPublication {
  publication: Publication
  targets: PushTarget[]
}

/** The run's registry clients, one per host, sharing one transport. */
export type Registries = Awaited<ReturnType<typeof connect>>

/** Every target's tags (a bad tag fails here, before any image is made), and the publication to fill. */
export async function openPublication(
  settings: PublishSettings,
  registries: Registries,
  source: TagSource,
  base?: BaseImage,
): Promise<OpenPublication> {
  const targets: PushTarget[] = []
  for (const t of settings.targets) {
    // A matrix job pushes by digest only; the merge job tags.
    targets.push({
      reference: t.reference,
      tags: settings.pushByDigest ? [] : await tagsFor(settings, t, source, registries.client(t.reference.apiHost)),
    })
  }
  const baseBlobs = new Set(
    [...(base?.platforms.values() ?? [])].flatMap((p) => p.layers.map((l) => l.digest as string)),
  )
  const origin = base
    ? (d: string) =>
        baseBlobs.has(d) ? { apiHost: base.reference.apiHost, repository: base.reference.repository } : undefined
    : undefined
  const publication = new Publication(targets, {
    client: registries.client,
    concurrency: 4,
    log: (m) => core.info(m),
    ledger: registries.ledger,
    cancellation: registries.cancellation,
    places: registries.places,
    referrersTag: settings.referrersTag,
    ...(origin ? { origin } : {}),
  })
  return { publication, targets }
}

/** Send what was not sent early, then manifests, then tags. */
export async function finishPublication(
  open: OpenPublication,
  layoutDir: string,
  top: Descriptor,
  release?: { commit: string },
): Promise<Published> {
  const content = await Layout.at(layoutDir).content()
  // A release first reads what the registry holds for its commit (evidence.ts); a read that
  // fails is said, never the push's failure.
  const evidence = release
    ? async (target: PushTarget, repo: Repository, topBlob: Blob) => {
        const tag = commitTag(target.tags) ?? `sha-${release.commit.slice(0, 7)}`
        const found = await compareHeld(repo, tag, content.source, topBlob).catch(
          (e: unknown) =>
            ({ kind: 'none', message: `reproducibility: could not read ${tag}: ${(e as Error).message}` }) as const,
        )
        if (found.kind === 'different') core.warning(found.message)
        else core.info(found.message)
      }
    : undefined
  const result = await open.publication.finish(content, top, evidence).catch((e: unknown) => {
    throw explainPushError(e)
  })
  const { stats } = result
  core.info(
    `blobs: ${stats.uploaded} uploaded (${stats.bytesUploaded} bytes), ${stats.mounted} mounted, ` +
      `${stats.exists} already present`,
  )
  return {
    images: open.targets.map((t) => formatReference({ ...t.reference, digest: result.digest })),
    tags: open.targets.flatMap((t) => t.tags.map((tag) => formatReference({ ...t.reference, tag }))),
    digest: result.digest,
    stats,
  }
}

/** Push a finished layout in one go (the publish-only benchmark). */
export async function publishLayout(
  settings: PublishSettings,
  layoutDir: string,
  top: Descriptor,
  env: NodeJS.ProcessEnv,
  source: TagSource,
) {
  const registries = await connect(settings, env, { ledger: new TagLedger(), cancellation: new Cancellation() })
  try {
    return await finishPublication(await openPublication(settings, registries, source), layoutDir, top)
  } finally {
    registries.transport.close()
  }
}

/** The merge job: no build; one index over the images the matrix pushed. */
export async function mergeAndPublish(
  settings: PublishSettings,
  rules: AnnotationRule[],
  env: NodeJS.ProcessEnv,
  source: TagSource,
  base: Reference | undefined,
  life: RunLife,
  attest?: (index: Descriptor) => Promise<Referrer[]>,
) {
  // The base is read again to name it on the index: its registry's credentials too.
  const factory = await connect(settings, env, life, base ? [base] : [])
  try {
    // Tags are dated by the images' own time, not the merge job's checkout (it may have none).
    const tags = (t: PublishSettings['targets'][number], created: number | undefined) =>
      tagsFor(settings, t, { ...source, epoch: created ?? source.epoch }, factory.client(t.reference.apiHost))
    return await mergeImages(settings, rules, factory.client, tags, life, attest).catch((e: unknown) => {
      throw explainPushError(e)
    })
  } finally {
    factory.transport.close()
  }
}

function describe(c: Credential | undefined): string {
  if (!c) return 'no credentials (anonymous)'
  return c.kind === 'basic'
    ? `credentials for user ${c.username}`
    : c.kind === 'identity'
      ? 'an identity token'
      : 'a registry token'
}
