// What the action saves, so that one repository's Actions cache (10 GB, shared by every workflow)
// stays bounded. A build-cache entry per commit would evict the module cache and other workflows'
// entries within days on a busy repository. Pure.
//
// - `true` (the default): the build cache is saved only when it changed materially: nothing was
//   restored, or this run's compile outputs grew the restored Go build cache by at least
//   MATERIAL_SHARE. Otherwise the restored entry, still close, serves the next run too. On
//   pull_request events nothing is saved: a pull request's entries serve only that pull request,
//   while the default branch's serve every branch.
// - `always`: every miss is saved (the earlier behaviour). `read-only`: restore, never save.

export type CacheMode = 'true' | 'false' | 'read-only' | 'always'

/** The share of new compile outputs that makes a new build-cache entry worth its space. */
export const MATERIAL_SHARE = 0.1

/** Whether the post step saves at all, and why not. */
export function savePolicy(mode: CacheMode, eventName: string | undefined): { save: boolean; why?: string } {
  if (mode === 'read-only') return { save: false, why: 'cache: read-only, nothing saved' }
  if (mode === 'true' && (eventName === 'pull_request' || eventName === 'pull_request_target'))
    return {
      save: false,
      why:
        `${eventName}: caches restored, not saved (a pull request's entries serve only it; cache: always ` +
        `saves them)`,
    }
  return { save: true }
}

/**
 * Whether a build cache restored from an older entry (not the exact key) is saved again:
 * `restored` and `kept` are the Go build cache's bytes after the restore and before the save.
 */
export function buildCacheChanged(
  mode: CacheMode,
  restored: number | undefined,
  kept: number,
): { save: boolean; why: string } {
  const mib = (n: number) => `${(n / 1048576).toFixed(1)} MiB`
  if (mode === 'always' || restored === undefined || restored === 0) return { save: true, why: 'new' }
  const added = Math.max(0, kept - restored)
  const what = `this run added ${mib(added)} of compile outputs to the ${mib(restored)} restored`
  return added >= restored * MATERIAL_SHARE
    ? { save: true, why: what }
    : {
        save: false,
        why: `${what} (under ${MATERIAL_SHARE * 100}%): not saved, the restored entry serves the next run`,
      }
}
