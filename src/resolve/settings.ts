// The resolve stage's settings: Kubernetes YAML whose ko:// references become the images built,
// written to one file, and the images file (every image, tag and platform digest, for a release
// asset). Parsed from the action's inputs; config/ composes. Pure.
import { isAbsolute, resolve } from 'node:path'
import { InputError } from '../inputs/error.js'
import { type InputReader, splitList } from '../inputs/text.js'

export interface ResolveSettings {
  /** Files or glob patterns of YAML to render (absolute, or relative to the workspace). */
  resolve: string[]
  /** Where the rendered YAML goes (absolute). */
  resolvedFile?: string
  /** Where the images file goes (absolute). */
  imagesFile?: string
}

export function parseResolveSettings(read: InputReader, workspace: string): ResolveSettings {
  const patterns = splitList(read('resolve'), false).map((p) => (isAbsolute(p) ? p : resolve(workspace, p)))
  const resolvedFile = read('resolved-file').trim()
  const imagesFile = read('images-file').trim()
  if (patterns.length > 0 && !resolvedFile)
    throw new InputError(
      'resolve',
      read('resolve').trim(),
      'give resolved-file too: the file the rendered YAML goes to',
    )
  if (resolvedFile && patterns.length === 0)
    throw new InputError('resolved-file', resolvedFile, 'give resolve too: the YAML files (or globs) to render')
  return {
    resolve: patterns,
    ...(resolvedFile ? { resolvedFile: resolve(workspace, resolvedFile) } : {}),
    ...(imagesFile ? { imagesFile: resolve(workspace, imagesFile) } : {}),
  }
}
