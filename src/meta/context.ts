// The GitHub context the tags and labels come from: read once in main, passed in as data. Pure.

export interface GitHubContext {
  eventName: string
  /** refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge */
  ref: string
  sha: string
  /** owner/name */
  repository: string
  serverUrl: string
  defaultBranch?: string
  pullNumber?: number
  /** The head branch of a pull request (GITHUB_HEAD_REF). */
  headRef?: string
  description?: string
  license?: string
  htmlUrl?: string
}

interface EventPayload {
  number?: number
  pull_request?: { number?: number }
  repository?: {
    default_branch?: string
    description?: string | null
    license?: { spdx_id?: string } | null
    html_url?: string
  }
}

export function githubContext(env: Record<string, string | undefined>, payloadText: string | undefined): GitHubContext {
  let payload: EventPayload = {}
  try {
    payload = payloadText ? (JSON.parse(payloadText) as EventPayload) : {}
  } catch {
    payload = {}
  }
  const repo = payload.repository
  const pullNumber = payload.pull_request?.number ?? payload.number
  const license = repo?.license?.spdx_id
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    ...(repo?.default_branch ? { defaultBranch: repo.default_branch } : {}),
    ...(typeof pullNumber === 'number' ? { pullNumber } : {}),
    ...(env.GITHUB_HEAD_REF ? { headRef: env.GITHUB_HEAD_REF } : {}),
    ...(repo?.description ? { description: repo.description } : {}),
    ...(license && license !== 'NOASSERTION' ? { license } : {}),
    ...(repo?.html_url ? { htmlUrl: repo.html_url } : {}),
  }
}
