// The toolchain stage's settings: which Go, and where it is downloaded from. Parsed from the
// action's inputs; config/ composes. Pure.
import { join, resolve } from 'node:path'
import { InputError } from '../inputs/error.js'
import { type InputReader, parseBoolean } from '../inputs/text.js'
import { mirrorOf } from './mirror.js'
import type { GoSource } from './spec.js'

export interface ToolchainSettings {
  /** go-version text, if given (it wins over go-version-file). */
  goVersion?: string
  /** Absolute path of the version file: go-version-file, else go.mod in working-directory. */
  versionFile: string
  checkLatest: boolean
  /** Download site or mirror, without a trailing slash or credentials. */
  baseUrl: string
  /** From `user:pass@` in go-download-base-url: sent to that host only. */
  baseAuthorization?: string
  /** Parts of go-download-base-url to mask in logs. */
  secrets: string[]
  /** go-download-source: the download site, the module proxy, or the site then the proxy (auto). */
  source: GoSource
}

export const DEFAULT_GO_DOWNLOAD_BASE_URL = 'https://go.dev/dl'

const GO_SOURCES: GoSource[] = ['auto', 'download-site', 'module-proxy']

export function parseToolchainSettings(
  read: InputReader,
  workspace: string,
  workingDirectory: string,
): ToolchainSettings {
  const baseText = read('go-download-base-url').trim() || DEFAULT_GO_DOWNLOAD_BASE_URL
  let base: URL
  try {
    base = new URL(baseText)
  } catch {
    throw new InputError(
      'go-download-base-url',
      baseText,
      'give an http(s) URL of a Go download mirror, e.g. https://go.dev/dl',
    )
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new InputError(
      'go-download-base-url',
      baseText,
      'give an http(s) URL of a Go download mirror, e.g. https://go.dev/dl',
    )
  }
  const goVersion = read('go-version').trim()
  const file = read('go-version-file').trim()
  const mirror = mirrorOf(base)
  const source = (read('go-download-source').trim().toLowerCase() || 'auto') as GoSource
  if (!GO_SOURCES.includes(source)) {
    throw new InputError(
      'go-download-source',
      read('go-download-source'),
      'give auto (the download site, else the module proxy), download-site or module-proxy',
    )
  }
  return {
    ...(goVersion ? { goVersion } : {}),
    versionFile: file ? resolve(workspace, file) : join(workingDirectory, 'go.mod'),
    checkLatest: parseBoolean('check-latest', read('check-latest'), false),
    baseUrl: mirror.url,
    ...(mirror.authorization ? { baseAuthorization: mirror.authorization } : {}),
    secrets: mirror.secrets,
    source,
  }
}
