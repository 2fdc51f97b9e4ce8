// The edge of the publish stage: credentials and clients for every registry named, then publish.
import * as core from '@actions/core'
import type { PublishSettings } from '../config/config.js'
import type { Descriptor } from '../oci/descriptor.js'
import { readLayout } from '../oci/layout-read.js'
import type { Credential } from '../registry/credentials.js'
import { clientFactory, credentialFor } from '../registry/io.js'
import { formatReference } from '../registry/reference.js'
import { publish, type PublishStats } from './publish.js'

export interface Published {
  /** `registry/repository@digest` for each target. */
  images: string[]
  /** `registry/repository:tag` for each tag pushed. */
  tags: string[]
  digest: string
  stats: PublishStats
}

export async function publishLayout(settings: PublishSettings, layoutDir: string, top: Descriptor, env: NodeJS.ProcessEnv): Promise<Published> {
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
    const layout = await readLayout(layoutDir)
    const result = await publish(layout, top, settings.targets, { client: factory.client, concurrency: 4, log: (m) => core.info(m) })
    const { stats } = result
    core.info(`blobs: ${stats.uploaded} uploaded (${stats.bytesUploaded} bytes), ${stats.mounted} mounted, ${stats.exists} already present`)
    return {
      images: settings.targets.map((t) => formatReference({ ...t.reference, digest: result.digest })),
      tags: settings.targets.flatMap((t) => t.tags.map((tag) => formatReference({ ...t.reference, tag }))),
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
