// Token scopes (distribution's token spec): each operation names the access it needs, pull for
// what it reads, push for what it writes, never more. Pure.

export type Access = 'pull' | 'push'

/**
 * `repository:<name>:push,pull` for writes (push first: some registries read only the first
 * action), `:pull` for reads.
 */
export function repositoryScope(repository: string, access: Access): string {
  return `repository:${repository}:${access === 'push' ? 'push,pull' : 'pull'}`
}

/**
 * A scope set in one form: actions on the same resource merged (`pull,push` from a challenge and
 * our `push,pull` are one scope), push first, sorted; so equal sets share one token.
 */
export function normalizeScopes(scopes: readonly string[]): string[] {
  const actions = new Map<string, Set<string>>()
  for (const s of scopes) {
    const at = s.lastIndexOf(':')
    const resource = at > 0 ? s.slice(0, at) : s
    const set = actions.get(resource) ?? new Set<string>()
    for (const a of at > 0 ? s.slice(at + 1).split(',') : []) if (a) set.add(a)
    actions.set(resource, set)
  }
  return [...actions.entries()]
    .map(([resource, set]) => {
      const list = [...set].sort((a, b) => (a === 'push' ? -1 : b === 'push' ? 1 : a.localeCompare(b)))
      return list.length > 0 ? `${resource}:${list.join(',')}` : resource
    })
    .sort()
}

/** One key per scope set, whatever the order or repetition. */
export function scopeKey(scopes: readonly string[]): string {
  return normalizeScopes(scopes).join(' ')
}
