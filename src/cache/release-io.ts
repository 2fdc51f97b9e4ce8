// A release build's caches: empty directories of this run's own, so no kept program, kept layer,
// kept compressor or Go build cache entry (restored from the Actions cache or left on a shared
// disk) can choose what the release ships. A sha256 kept beside a file finds damage, not tampering:
// whoever writes a cache entry writes both.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'

/** The environment for a release build: the action's cache and GOCACHE in a new empty directory. */
export async function freshCaches(
  env: NodeJS.ProcessEnv,
  why: string,
  scope: { defer(fn: () => unknown): void },
): Promise<NodeJS.ProcessEnv> {
  const dir = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'build-go-image-release-'))
  scope.defer(() => rm(dir, { recursive: true, force: true, maxRetries: 3 }))
  core.info(
    `Release build (${why}): kept programs, kept layers, the kept compressor and Go's build cache are ` +
      'left unused (a cache can be written by any job on the default branch); the module cache only after ' +
      'go mod verify; nothing is saved',
  )
  return { ...env, XDG_CACHE_HOME: join(dir, 'cache'), GOCACHE: join(dir, 'go-build') }
}
