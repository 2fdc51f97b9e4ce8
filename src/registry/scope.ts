// Token scopes (distribution's token spec): each operation names the access it needs, pull for
// what it reads, push for what it writes, never more. Pure.

export type Access = 'pull' | 'push'

/** `repository:<name>:push,pull` for writes (push first: some registries read only the first action), `:pull` for reads. */
export function repositoryScope(repository: string, access: Access): string {
  return `repository:${repository}:${access === 'push' ? 'push,pull' : 'pull'}`
}

/** One key per scope set, whatever the order or repetition. */
export function scopeKey(scopes: readonly string[]): string {
  return [...new Set(scopes)].sort().join(' ')
}
