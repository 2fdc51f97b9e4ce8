// The compile stage's settings: what `go build` is given, parsed from the action's inputs. Stages own
// their settings; config/ only composes them. Pure.
import { isAbsolute, normalize, resolve } from 'node:path'
import { parse as parseShell } from 'shell-quote'
import { InputError } from '../inputs/error.js'
import { ENV_KEY, type InputReader, parseBoolean, parseKeyValues, splitList } from '../inputs/text.js'
import { COMPONENT } from '../lib/registry/reference.js'
import { LDFLAGS_PLACEHOLDERS, unknownPlaceholders } from './ldflags.js'
import { parseTargetPlatform, SUPPORTED_PLATFORMS_HINT, type TargetPlatform } from './platform.js'
import type { PrivateModules } from './private-modules.js'
import { parsePrivateModules } from './private-settings.js'

/** One `main` line: a package, or a pattern of them, optionally named (`api=./cmd/api`). */
export interface MainSpec {
  /** The image's name (several mains: `<image>/<name>`); absent: the package's last path element. */
  name?: string
  /** A path inside the module (./cmd/api), an import path, or a pattern ending in `/...`. */
  path: string
}

export interface CompileSettings {
  /** Where relative paths are resolved from (GITHUB_WORKSPACE, else the process's cwd). */
  workspace: string
  /** Absolute path of the Go module root. */
  workingDirectory: string
  /** The first main's path (one main: the only one). */
  main: string
  /** Every `main` line, in order: more than one, or a pattern, makes several images. */
  mains: MainSpec[]
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
  const mains = parseMains(read('main') || '.')
  return {
    workspace,
    workingDirectory: resolve(workspace, read('working-directory') || '.'),
    main: (mains[0] as MainSpec).path,
    mains,
    platforms: parsePlatforms(read('platforms') || DEFAULT_PLATFORMS),
    buildFlags: parseBuildFlags(read('build-flags')),
    ldflags: parseLdflags(read('ldflags')),
    strip: parseBoolean('strip', read('strip'), true),
    buildTags: parseBuildTags(read('build-tags')),
    buildEnv: parseKeyValues('build-env', read('build-env'), ENV_KEY, 'a variable name like CGO_ENABLED'),
    privateModules: parsePrivateModules(read),
  }
}

/** An image's name is a repository path component (lower case, digits, separators inside). */
export { COMPONENT as IMAGE_NAME } from '../lib/registry/reference.js'

// One line's form; action.yml says how several are given.
const MAIN_HINT = "give the main package as a path inside 'working-directory', e.g. . or ./cmd/app"

function parseMains(text: string): MainSpec[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
  // Blank: the module root, as when not given.
  const mains = lines.length > 0 ? lines.map(parseMainLine) : [{ path: '.' }]
  for (const [i, m] of mains.entries()) {
    if (mains.findIndex((o) => o.path === m.path) !== i)
      throw new InputError('main', m.path, `list each package once (${m.path} appears twice)`)
    if (m.name && mains.findIndex((o) => o.name === m.name) !== i)
      throw new InputError('main', m.name, `give each image its own name (${m.name} appears twice)`)
  }
  return mains
}

function parseMainLine(line: string): MainSpec {
  const eq = line.indexOf('=')
  const name = eq > 0 ? line.slice(0, eq).trim() : undefined
  const path = eq > 0 ? line.slice(eq + 1).trim() : line
  if (name !== undefined && !COMPONENT.test(name))
    throw new InputError('main', line, 'an image name is lower case letters, digits and . _ - inside, e.g. api')
  if (name !== undefined && path.endsWith('...'))
    throw new InputError('main', line, 'a name belongs to one package, not a pattern; name each package')
  return { ...(name ? { name } : {}), path: parseMain(path) }
}

function parseMain(text: string): string {
  const pattern = text.endsWith('/...')
  const stem = pattern ? text.slice(0, -4) || '.' : text
  if (isAbsolute(stem) || /\s/.test(stem) || stem.includes('...')) throw new InputError('main', text, MAIN_HINT)
  if (stem.startsWith('.')) {
    const n = normalize(stem)
    if (n === '..' || n.startsWith('../')) throw new InputError('main', text, MAIN_HINT)
    const path = n === '.' ? '.' : `./${n.replace(/\/$/, '')}`
    return pattern ? `${path}/...` : path
  }
  // An import path such as example.com/app/cmd/server.
  if (!/^[A-Za-z0-9._~\-/]+$/.test(stem)) throw new InputError('main', text, MAIN_HINT)
  return pattern ? `${stem}/...` : stem
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
