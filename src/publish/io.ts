// The edge of the publish stage: credentials and clients for every registry named, then publish.
import * as core from '@actions/core'
import type { PublishSettings } from '../config/config.js'
import type { Descriptor } from '../oci/descriptor.js'
import { readLayout } from '../oci/layout-read.js'
import type { Credential } from '../registry/credentials.js'
import { clientFactory, credentialFor } from '../registry/io.js'
import { formatReference } from '../registry/reference.js'
import { publish, type PublishStats, type PushTarget } from './publish.js'
import { Repository } from '../registry/repository.js'
import type { RegistryClient } from '../registry/client.js'
import type { GitHubContext } from '../meta/context.js'
import { deriveTags, refFacts, renderTags } from '../meta/tags.js'
import { TAG } from '../registry/reference.js'
import { InputError } from '../errors.js'

export interface Published {
  /** `registry/repository@digest` for each target. */
  images: string[]
  /** `registry/repository:tag` for each tag pushed. */
  tags: string[]
  digest: string
  stats: PublishStats
}

export interface TagSource {
  github: GitHubContext
  /** Commit time, for {{date}}. */
  epoch: number
}

/**
 * A repository's tags: those written in `image`, plus the `tags` input rendered, or (when it is
 * empty) the tags the event gives; `latest` on a release tag only when no higher release is there.
 */
async function tagsFor(settings: PublishSettings, t: PublishSettings['targets'][number], source: TagSource, client: RegistryClient): Promise<string[]> {
  let computed: string[]
  if (settings.tagTemplates.length > 0) {
    const { tags, skipped } = renderTags(settings.tagTemplates, source.github, source.epoch)
    for (const s of skipped) core.info(`tag template ${s} has no value for this event (${source.github.eventName || 'no event'}); skipped`)
    computed = tags
  } else {
    const v = refFacts(source.github).version
    const existing = v && v.prerelease.length === 0 ? await new Repository(client, t.reference.repository).listTags() : []
    computed = deriveTags(source.github, existing)
  }
  const tags = [...new Set([...t.tags, ...computed])]
  for (const tag of tags) if (!TAG.test(tag)) throw new InputError('tags', tag, 'a tag is 1-128 of A-Z a-z 0-9 _ . - and does not start with . or -')
  return tags.length > 0 ? tags : ['latest']
}

export async function publishLayout(settings: PublishSettings, layoutDir: string, top: Descriptor, env: NodeJS.ProcessEnv, source: TagSource): Promise<Published> {
  const first = settings.targets[0]?.reference.registry
  const creds = new Map<string, Credential | undefined>()
  for (const t of settings.targets) {
    if (creds.has(t.reference.apiHost)) continue
    creds.set(
      t.reference.apiHost,
      await credentialFor(t.reference.registry, {
        ...(first ? { registry: first } : {}),
        ...(settings.username ? { username: settings.username, password: settings.password ?? '' } : {}),
        ...(settings.githubToken ? { githubToken: settings.githubToken } : {}),
        ...(env.GITHUB_ACTOR ? { githubActor: env.GITHUB_ACTOR } : {}),
      }, env),
    )
    core.info(`${t.reference.registry}: ${describe(creds.get(t.reference.apiHost))}`)
  }
  const factory = clientFactory(creds)
  try {
    const targets: PushTarget[] = []
    for (const t of settings.targets) targets.push({ reference: t.reference, tags: await tagsFor(settings, t, source, factory.client(t.reference.apiHost)) })
    const layout = await readLayout(layoutDir)
    const result = await publish(layout, top, targets, { client: factory.client, concurrency: 4, log: (m) => core.info(m) })
    const { stats } = result
    core.info(`blobs: ${stats.uploaded} uploaded (${stats.bytesUploaded} bytes), ${stats.mounted} mounted, ${stats.exists} already present`)
    return {
      images: targets.map((t) => formatReference({ ...t.reference, digest: result.digest })),
      tags: targets.flatMap((t) => t.tags.map((tag) => formatReference({ ...t.reference, tag }))),
      digest: result.digest,
      stats,
    }
  } finally {
    factory.transport.close()
  }
}

function describe(c: Credential | undefined): string {
  if (!c) return 'no credentials (anonymous)'
  return c.kind === 'basic' ? `credentials for user ${c.username}` : c.kind === 'identity' ? 'an identity token' : 'a registry token'
}
