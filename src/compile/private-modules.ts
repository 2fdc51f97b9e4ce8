// Private modules: GOPRIVATE patterns, and a token for git over HTTPS to exactly the hosts and path
// prefixes those patterns name. The token goes into the build's environment as GIT_CONFIG_COUNT /
// GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n (never into a git config file), as an extra header git
// sends only to URLs under each scope. Pure.

export interface PrivateModules {
  /** GOPRIVATE patterns (comma-separated globs matching module path prefixes). */
  patterns: string[]
  token?: string
}

const GLOB = /[*?[\\]/

/**
 * The URL prefix a pattern allows the token for: `github.com/org/*` -> `https://github.com/org/`,
 * `*.corp.example` -> `https://*.corp.example/` (git's host wildcard: one label). Undefined when
 * the pattern names no host that can be scoped (`*`, `git*.example/x`).
 */
export function tokenScope(pattern: string): string | undefined {
  const [host = '', ...path] = pattern.split('/')
  const hostOk = /^[a-z0-9.-]+(:\d+)?$/i.test(host) && host.includes('.')
  const wildcardOk = /^\*\.[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host)
  if (!hostOk && !wildcardOk) return undefined
  const literal: string[] = []
  for (const p of path) {
    if (GLOB.test(p) || p === '') break
    literal.push(p)
  }
  return `https://${[host.toLowerCase(), ...literal].join('/')}/`
}

/** The token as git sends it (Basic, user x-access-token, as GitHub and most hosts take a token). */
export function basicCredential(token: string): string {
  return Buffer.from(`x-access-token:${token}`).toString('base64')
}

/** GOPRIVATE as the build sees it: the runner's patterns, then the input's, each once. */
export function mergedGoPrivate(inherited: string | undefined, patterns: string[]): string {
  const all = [...(inherited ?? '').split(','), ...patterns].map((p) => p.trim()).filter(Boolean)
  return [...new Set(all)].join(',')
}

/**
 * The variables to add to the build's environment. GIT_CONFIG_* entries the runner already has are
 * kept (ours are appended after them).
 */
export function privateModuleEnv(
  settings: PrivateModules,
  inherited: Record<string, string | undefined>,
): Record<string, string> {
  if (settings.patterns.length === 0) return {}
  const env: Record<string, string> = { GOPRIVATE: mergedGoPrivate(inherited.GOPRIVATE, settings.patterns) }
  if (!settings.token) return env
  const header = `Authorization: Basic ${basicCredential(settings.token)}`
  const scopes = [...new Set(settings.patterns.map(tokenScope).filter((s): s is string => s !== undefined))]
  const start = Number.parseInt(inherited.GIT_CONFIG_COUNT ?? '0', 10) || 0
  scopes.forEach((scope, i) => {
    env[`GIT_CONFIG_KEY_${start + i}`] = `http.${scope}.extraheader`
    env[`GIT_CONFIG_VALUE_${start + i}`] = header
  })
  env.GIT_CONFIG_COUNT = String(start + scopes.length)
  return env
}

// What go or git say when a repository wants credentials it did not get (go often reports only
// "no secure protocol found" once git, with prompts off, has refused).
const WANTS_CREDENTIALS = new RegExp(
  [
    'terminal prompts disabled',
    'could not read Username',
    'Authentication failed',
    'no secure protocol found',
    'returned error: 40[13]',
  ].join('|'),
  'i',
)

/** The fix to name when fetching modules failed as a private repository fails; else undefined. */
export function fetchFailureHint(stderr: string, settings: PrivateModules): string | undefined {
  if (!WANTS_CREDENTIALS.test(stderr)) return undefined
  if (settings.token)
    return (
      "the host refused 'go-private-token', or 'go-private' does not cover this module: check that the " +
      'token can read the repository'
    )
  if (settings.patterns.length > 0)
    return "a private repository needs credentials: set 'go-private-token' to a token that can read it"
  return "if it is private, list its path in 'go-private' and set 'go-private-token' to a token that can read it"
}
