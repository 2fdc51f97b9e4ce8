// The archive stage's settings: a docker-save archive and docker load. Parsed from the action's
// inputs; config/ composes. Pure.
import { resolve } from 'node:path'
import type { TargetPlatform } from '../compile/platform.js'
import { InputError } from '../inputs/error.js'
import { type InputReader, parseBoolean } from '../inputs/text.js'

export interface ArchiveSettings {
  /** docker-save archive path (one per platform when several), if asked for. */
  tarball?: string
  /** docker load the runner's own platform. */
  load: boolean
}

export function parseArchiveSettings(
  read: InputReader,
  ctx: { workspace: string; hostPlatform?: string },
  platforms: TargetPlatform[],
): ArchiveSettings {
  const tarball = read('tarball').trim()
  const load = parseBoolean('load', read('load'), false)
  if (load && ctx.hostPlatform && !platforms.some((p) => p.name === ctx.hostPlatform)) {
    throw new InputError(
      'load',
      'true',
      `the runner's platform ${ctx.hostPlatform} must be among platforms ` +
        `(${platforms.map((p) => p.name).join(', ')}) to load it`,
    )
  }
  return { ...(tarball ? { tarball: resolve(ctx.workspace, tarball) } : {}), load }
}
