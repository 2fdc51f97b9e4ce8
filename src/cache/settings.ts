// The cache stage's settings: whether and how the module and build caches are kept, and which files
// key them. Parsed from the action's inputs; config/ composes. Pure.
import { isAbsolute, join } from 'node:path'
import { InputError } from '../inputs/error.js'
import { type InputReader, splitList } from '../inputs/text.js'
import type { CacheMode } from './policy.js'

export interface CacheSettings {
  mode: CacheMode
  prefix: string
  /** Glob patterns of the files that key the module cache. */
  dependencyPatterns: string[]
  /** The directory the patterns are relative to and files must lie under. */
  hashRoot: string
}

export function parseCacheSettings(read: InputReader, workspace: string, workingDirectory: string): CacheSettings {
  const mode = read('cache').trim().toLowerCase() || 'true'
  if (mode !== 'true' && mode !== 'false' && mode !== 'read-only' && mode !== 'always') {
    throw new InputError(
      'cache',
      read('cache'),
      'give true, false, read-only (restore without saving) or always (save every miss)',
    )
  }
  const prefix = read('cache-prefix').trim()
  if (prefix && !/^[A-Za-z0-9._-]{1,100}$/.test(prefix)) {
    throw new InputError('cache-prefix', prefix, 'use up to 100 of A-Z a-z 0-9 . _ - (no commas, no spaces)')
  }
  const given = splitList(read('cache-dependency-path'), false)
  return given.length > 0
    ? {
        mode,
        prefix,
        dependencyPatterns: given.map((p) => (isAbsolute(p) ? p : join(workspace, p))),
        hashRoot: workspace,
      }
    : { mode, prefix, dependencyPatterns: [join(workingDirectory, '**', 'go.sum')], hashRoot: workingDirectory }
}
