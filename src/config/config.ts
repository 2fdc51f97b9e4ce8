// Inputs -> one frozen, typed Config. Every input error is raised here, before any work; kebab-case
// input names appear nowhere else.
import { isAbsolute, join, normalize, resolve } from 'node:path'
import { parse as parseShell } from 'shell-quote'
import type { CacheMode } from '../cache/policy.js'
import { LDFLAGS_PLACEHOLDERS, unknownPlaceholders } from '../compile/ldflags.js'
import { parseTargetPlatform, SUPPORTED_PLATFORMS_HINT, type TargetPlatform } from '../compile/platform.js'
import type { PrivateModules } from '../compile/private-modules.js'
import { InputError } from '../errors.js'
import type { ReleaseMode } from '../meta/release.js'
import { type AnnotationRule, AnnotationRuleError, parseAnnotationRules } from '../oci/annotation-levels.js'
import { parseReference, type Reference } from '../registry/reference.js'
import { mirrorOf } from '../toolchain/mirror.js'
import type { GoSource } from '../toolchain/spec.js'
import { type AttestSettings, parseAttest } from './attest.js'
import { parsePrivateModules } from './private.js'
import { type PublishSettings, parsePublish } from './publish.js'
import { type InputReader, parseArgv, parseBoolean, parseKeyValues, splitList } from './text.js'

export interface ImageSettings {
  /** Absent: the built binary. */
  entrypoint?: string[]
  args: string[]
  env: Record<string, string>
  /** Absent: 65532:65532 on scratch, the base image's user on a base. */
  user?: string
  workdir?: string
  /** `8080/tcp` form. */
  expose: string[]
  labels: Record<string, string>
  /** By level (index, manifest, descriptors), in build-push-action's syntax. */
  annotations: AnnotationRule[]
}

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

export interface CacheSettings {
  mode: CacheMode
  prefix: string
  /** Glob patterns of the files that key the module cache. */
  dependencyPatterns: string[]
  /** The directory the patterns are relative to and files must lie under. */
  hashRoot: string
}

export interface Config {
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
  ociLayout: string
  /** docker-save archive path (one per platform when several), if asked for. */
  tarball?: string
  /** docker load the runner's own platform. */
  load: boolean
  /** Attach an SPDX SBOM to each platform image. */
  sbom: boolean
  /** A registry image to build on; absent: scratch. */
  baseImage?: Reference
  image: ImageSettings
  publish: PublishSettings
  /** Signed provenance and SBOM statements, pushed beside the image. */
  attest: AttestSettings
  toolchain: ToolchainSettings
  cache: CacheSettings
  /** release-build: auto (tag pushes, release events, semver tags), true (always) or false (never). */
  releaseMode: ReleaseMode
  /** Go's zoneinfo.zip in the scratch image, with ZONEINFO set. */
  zoneinfo: boolean
  /** The data directory for /var/run/ko: a path, kodata/ beside the main package if any (auto), or none. */
  dataDir: string | 'auto' | false
  /** GOPRIVATE patterns and the token for git over HTTPS to their hosts. */
  privateModules: PrivateModules
}

export type { MergeEntry, PublishSettings, PushMode } from './publish.js'
export { parseMerge } from './publish.js'
export type { InputReader } from './text.js'

export interface ConfigContext {
  /** Where relative paths are resolved from (GITHUB_WORKSPACE, else the process's cwd). */
  workspace: string
  /** RUNNER_TEMP, else the OS temp directory. */
  runnerTemp: string
  /** GITHUB_EVENT_NAME */
  eventName?: string
  /** The runner's platform, e.g. linux/amd64 (for `load`). */
  hostPlatform?: string
  /** The job can get an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL: permissions id-token: write). */
  hasIdToken?: boolean
  /** This step's own directory in RUNNER_TEMP (see step.ts); else RUNNER_TEMP/build-go-image. */
  stepTemp?: string
}

export const DEFAULT_PLATFORMS = 'linux/amd64,linux/arm64'

const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/
const USER = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$/
const BUILD_TAG = /^[A-Za-z0-9_.!]+$/
// Flags that other inputs own, or that would break the image.
const OWNED_FLAGS: Record<string, string> = {
  '-o': 'the action chooses the output path',
  '-ldflags': "use the 'ldflags' input",
  '-tags': "use the 'build-tags' input",
  '-toolexec': 'it runs arbitrary programs inside the build',
}

export function parseConfig(read: InputReader, ctx: ConfigContext): Readonly<Config> {
  const workingDirectory = resolve(ctx.workspace, read('working-directory') || '.')
  const platforms = parsePlatforms(read('platforms') || DEFAULT_PLATFORMS)
  const publish = parsePublish(read, ctx.eventName)
  const config: Config = {
    workingDirectory,
    main: parseMain(read('main') || '.'),
    platforms,
    buildFlags: parseBuildFlags(read('build-flags')),
    ldflags: parseLdflags(read('ldflags')),
    strip: parseBoolean('strip', read('strip'), true),
    buildTags: parseBuildTags(read('build-tags')),
    buildEnv: parseKeyValues('build-env', read('build-env'), ENV_KEY, 'a variable name like CGO_ENABLED'),
    ociLayout: resolve(
      ctx.workspace,
      read('oci-layout') || join(ctx.stepTemp ?? join(ctx.runnerTemp, 'build-go-image'), 'oci'),
    ),
    ...parseArchive(read, ctx, platforms),
    sbom: parseBoolean('sbom', read('sbom'), true),
    ...parseBaseImage(read('base-image')),
    image: parseImageSettings(read),
    publish,
    attest: parseAttest(read, ctx.hasIdToken ?? false, publish.push),
    toolchain: parseToolchain(read, ctx.workspace, workingDirectory),
    cache: parseCache(read, ctx.workspace, workingDirectory),
    releaseMode: parseReleaseMode(read('release-build')),
    privateModules: parsePrivateModules(read),
    zoneinfo: parseBoolean('zoneinfo', read('zoneinfo'), true),
    dataDir: parseDataDir(read('data-dir'), workingDirectory),
  }
  // A cgo program links the C library dynamically: on scratch it would not even start.
  if (config.buildEnv.CGO_ENABLED === '1' && !config.baseImage)
    throw new InputError(
      'build-env',
      'CGO_ENABLED=1',
      'a cgo program needs a C library the scratch image lacks; give a base-image that has one (and a C ' +
        'cross-compiler per platform), or leave CGO_ENABLED=0',
    )
  return Object.freeze(config)
}

function parseDataDir(text: string, workingDirectory: string): string | 'auto' | false {
  const t = text.trim()
  if (t === '' || t.toLowerCase() === 'auto') return 'auto'
  if (t.toLowerCase() === 'false') return false
  const dir = resolve(workingDirectory, t)
  if (dir !== workingDirectory && !dir.startsWith(`${workingDirectory}/`))
    throw new InputError(
      'data-dir',
      t,
      "give a directory inside 'working-directory' (it is copied to /var/run/ko), or false",
    )
  return dir
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

function parseImageSettings(read: InputReader): ImageSettings {
  const entrypoint = parseArgv('entrypoint', read('entrypoint'))
  const user = read('user').trim()
  if (user && !USER.test(user))
    throw new InputError('user', user, 'give user[:group], as names or numeric ids, e.g. 65532:65532')
  const workdir = read('workdir').trim()
  if (workdir && !workdir.startsWith('/'))
    throw new InputError('workdir', workdir, 'give an absolute path inside the image, e.g. /data')
  return {
    ...(entrypoint.length > 0 ? { entrypoint } : {}),
    args: parseArgv('args', read('args')),
    env: parseKeyValues('env', read('env'), ENV_KEY, 'a variable name like LOG_LEVEL'),
    ...(user ? { user } : {}),
    ...(workdir ? { workdir } : {}),
    expose: splitList(read('expose'), true)
      .flatMap((s) => s.split(/\s+/))
      .map(parsePort),
    labels: parseKeyValues('labels', read('labels'), LABEL_KEY, 'a label name like org.opencontainers.image.title'),
    annotations: parseAnnotations(read('annotations')),
  }
}

function parseAnnotations(text: string): AnnotationRule[] {
  try {
    return parseAnnotationRules(text)
  } catch (e) {
    if (e instanceof AnnotationRuleError) throw new InputError('annotations', e.line, e.accepted)
    throw e
  }
}

function parsePort(text: string): string {
  const m = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/.exec(text)
  const port = m ? Number(m[1]) : NaN
  if (!m || port < 1 || port > 65535) {
    throw new InputError(
      'expose',
      text,
      'give ports as numbers 1-65535, optionally with /tcp, /udp or /sctp, e.g. 8080 or 53/udp',
    )
  }
  return `${port}/${m[2] ?? 'tcp'}`
}

export const DEFAULT_GO_DOWNLOAD_BASE_URL = 'https://go.dev/dl'

const GO_SOURCES: GoSource[] = ['auto', 'download-site', 'module-proxy']

function parseToolchain(read: InputReader, workspace: string, workingDirectory: string): ToolchainSettings {
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

function parseReleaseMode(text: string): ReleaseMode {
  const mode = text.trim().toLowerCase() || 'auto'
  if (mode === 'auto' || mode === 'true' || mode === 'false') return mode
  throw new InputError(
    'release-build',
    text,
    'give auto (tag pushes, release events and semver tags are releases), true (every run) or false (none)',
  )
}

function parseCache(read: InputReader, workspace: string, workingDirectory: string): CacheSettings {
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

function parseArchive(
  read: InputReader,
  ctx: ConfigContext,
  platforms: TargetPlatform[],
): { tarball?: string; load: boolean } {
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

function parseBaseImage(text: string): { baseImage?: Reference } {
  const t = text.trim()
  if (t === '' || t === 'scratch') return {}
  try {
    return { baseImage: parseReference(t) }
  } catch (e) {
    throw new InputError(
      'base-image',
      t,
      `${(e as Error).message}; give scratch or an image such as registry/org/base@sha256:<digest>`,
    )
  }
}
