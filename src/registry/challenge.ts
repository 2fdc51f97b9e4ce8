// WWW-Authenticate parsing (RFC 7235 auth-params). Hand-written: the header grammar is small and
// no maintained npm package parses auth-params with quoted strings for both Basic and Bearer.

export interface Challenge {
  scheme: 'basic' | 'bearer' | string
  params: Record<string, string>
}

export function parseChallenge(header: string | undefined): Challenge | undefined {
  if (!header) return undefined
  const m = /^\s*([A-Za-z][A-Za-z0-9-]*)\s*(.*)$/s.exec(header)
  if (!m) return undefined
  const params: Record<string, string> = {}
  const re = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/g
  for (const p of (m[2] ?? '').matchAll(re)) {
    params[(p[1] ?? '').toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '')
  }
  return { scheme: (m[1] ?? '').toLowerCase(), params }
}

/** `repository:<name>:push,pull` (push first: some registries read only the first action). */
export function repositoryScope(repository: string, actions: readonly string[]): string {
  return `repository:${repository}:${actions.join(',')}`
}
