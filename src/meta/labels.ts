// OCI labels (image config) and annotations (manifests and index) from the GitHub context; the
// user's labels and annotations override. `created` is the commit time, never the wall clock. Pure.

import { type AnnotationRule, everywhere } from '../lib/oci/annotation-levels.js'
import type { GitHubContext } from './context.js'
import { rfc3339 } from './stamp.js'

const P = 'org.opencontainers.image.'

/**
 * The Go that built the image, as a label of its config: a merge job reads it from each leg's image
 * and warns when they differ (one Go across a matrix).
 */
export const GO_VERSION_LABEL = 'build-go-image.go.version'

/** The parts of the image's settings the standard labels and annotations join. */
export interface ImageLabels {
  labels: Record<string, string>
  annotations: AnnotationRule[]
}

/**
 * One of several images: its title is its name (the repository's is every image's), under the
 * user's own labels and annotations (`user`: as given), which still win.
 */
export function titled<I extends ImageLabels>(image: I, name: string, user: ImageLabels): I {
  return {
    ...image,
    labels: { ...image.labels, [`${P}title`]: name, ...user.labels },
    annotations: [...image.annotations, ...everywhere({ [`${P}title`]: name }), ...user.annotations],
  }
}

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
