// OCI labels (image config) and annotations (manifests and index) from the GitHub context; the
// user's labels and annotations override. `created` is the commit time, never the wall clock. Pure.

import type { GitHubContext } from './context.js'
import { rfc3339 } from './stamp.js'

const P = 'org.opencontainers.image.'

export function standardLabels(ctx: GitHubContext, epoch: number, version: string | undefined): Record<string, string> {
  if (!ctx.repository) return {}
  const url = ctx.htmlUrl ?? `${ctx.serverUrl}/${ctx.repository}`
  return {
    [`${P}created`]: rfc3339(epoch),
    ...(ctx.description ? { [`${P}description`]: ctx.description } : {}),
    ...(ctx.license ? { [`${P}licenses`]: ctx.license } : {}),
    ...(/^[0-9a-f]{40}$/.test(ctx.sha) ? { [`${P}revision`]: ctx.sha } : {}),
    [`${P}source`]: url,
    [`${P}title`]: ctx.repository.split('/').pop() ?? ctx.repository,
    [`${P}url`]: url,
    ...(version ? { [`${P}version`]: version } : {}),
  }
}
