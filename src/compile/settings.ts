// The compile stage's settings: what `go build` is given, parsed from the action's inputs. Stages own
// their settings; config/ only composes them. Pure.
import { isAbsolute, normalize, resolve } from 'node:path'
import { parse as parseShell } from 'shell-quote'
import { InputError } from '../inputs/error.js'
import { ENV_KEY, type InputReader, parseBoolean, parseKeyValues, splitList } from '../inputs/text.js'
import { LDFLAGS_PLACEHOLDERS, unknownPlaceholders } from './ldflags.js'
import { parseTargetPlatform, SUPPORTED_PLATFORMS_HINT, type TargetPlatform } from './platform.js'
import type { PrivateModules } from './private-modules.js'
import { parsePrivateModules } from './private-settings.js'

export interface CompileSettings {
  /** Absolute path of the Go module root. */
  workingDirectory: string
  main: string
  platforms: TargetPlatform[]
  buildFlags: string[]
  ldflags: string
  /** `-s -w` before the ldflags: no symbol table, no DWARF (the strip input, on by default). */
  strip: boolean
  buildTags: string[]
  buildEnv: Record<string, string>
  /** GOPRIVATE patterns and the token for git over HTTPS to their hosts. */
  privateModules: PrivateModules
}

export const DEFAULT_PLATFORMS = 'linux/amd64,linux/arm64'

const BUILD_TAG = /^[A-Za-z0-9_.!]+$/
// Flags that other inputs own, or that would break the image.
const OWNED_FLAGS: Record<string, string> = {
  '-o': 'the action chooses the output path',
  '-ldflags': "use the 'ldflags' input",
  '-tags': "use the 'build-tags' input",
  '-toolexec': 'it runs arbitrary programs inside the build',
}

export function parseCompileSettings(read: InputReader, workspace: string): CompileSettings {
  return {
    workingDirectory: resolve(workspace, read('working-directory') || '.'),
    main: parseMain(read('main') || '.'),
    platforms: parsePlatforms(read('platforms') || DEFAULT_PLATFORMS),
    buildFlags: parseBuildFlags(read('build-flags')),
    ldflags: parseLdflags(read('ldflags')),
    strip: parseBoolean('strip', read('strip'), true),
    buildTags: parseBuildTags(read('build-tags')),
    buildEnv: parseKeyValues('build-env', read('build-env'), ENV_KEY, 'a variable name like CGO_ENABLED'),
    privateModules: parsePrivateModules(read),
  }
}

function parseMain(text: string): string {
  const accepted = "give the main package as a path inside 'working-directory', e.g. . or ./cmd/app"
  if (isAbsolute(text) || /\s/.test(text) || text.includes('...')) throw new InputError('main', text, accepted)
  if (text.startsWith('.')) {
    const n = normalize(text)
    if (n === '..' || n.startsWith('../')) throw new InputError('main', text, accepted)
    return n === '.' ? '.' : `./${n.replace(/\/$/, '')}`
  }
  // An import path such as example.com/app/cmd/server.
  if (!/^[A-Za-z0-9._~\-/]+$/.test(text)) throw new InputError('main', text, accepted)
  return text
}

function parsePlatforms(text: string): TargetPlatform[] {
  const items = splitList(text, true)
  if (items.length === 0) throw new InputError('platforms', text, SUPPORTED_PLATFORMS_HINT)
  const out: TargetPlatform[] = []
  for (const item of items) {
    const p = parseTargetPlatform(item)
    if (typeof p === 'string') throw new InputError('platforms', item, SUPPORTED_PLATFORMS_HINT)
    if (out.some((q) => q.name === p.name))
      throw new InputError('platforms', item, `list each platform once (${p.name} appears twice)`)
    out.push(p)
  }
  return out
}

/**
 * Flags as a shell would split them, quotes included (`-gcflags="all=-N -l"`), with shell-quote;
 * `$NAME` stays as written (go build, not a shell, receives it), and shell operators are refused.
 */
function splitFlags(text: string): string[] {
  const flags: string[] = []
  for (const token of parseShell(text, (name) => `$${name}`)) {
    if (typeof token !== 'string')
      throw new InputError(
        'build-flags',
        text,
        'give go build flags only, quoted as in a shell; no operators, globs or comments',
      )
    flags.push(token)
  }
  return flags
}

function parseBuildFlags(text: string): string[] {
  const flags = text.trim() === '' ? [] : splitFlags(text.trim())
  for (const f of flags) {
    const name = f.replace(/^--/, '-').split('=')[0] ?? f
    const why = OWNED_FLAGS[name]
    if (why) throw new InputError('build-flags', f, `remove ${name}: ${why}`)
    if (!f.startsWith('-'))
      throw new InputError('build-flags', f, "give go build flags only (starting with -); the package goes in 'main'")
  }
  return flags.includes('-trimpath') || flags.some((f) => f.startsWith('-trimpath=')) ? flags : ['-trimpath', ...flags]
}

function parseLdflags(text: string): string {
  const unknown = unknownPlaceholders(text)
  if (unknown.length > 0) {
    throw new InputError('ldflags', unknown[0] ?? text, `placeholders may be ${LDFLAGS_PLACEHOLDERS.join(', ')}`)
  }
  return text.trim()
}

function parseBuildTags(text: string): string[] {
  const tags = text.split(/[\s,]+/).filter((t) => t.length > 0)
  for (const t of tags) {
    if (!BUILD_TAG.test(t))
      throw new InputError('build-tags', t, 'give build tags (letters, digits, _ and .), separated by commas or spaces')
  }
  return tags
}
