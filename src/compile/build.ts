// What to run for one platform: pure, so the exact command line is table-tested.
import { type LdflagsValues, renderLdflags } from './ldflags.js'
import type { TargetPlatform } from './platform.js'
import { privateModuleEnv } from './private-modules.js'
import type { CompileSettings } from './settings.js'

export interface BuildCommand {
  args: string[]
  env: Record<string, string>
}

// Variables that select a target; inherited values from the runner must not leak into a build.
const TARGET_VARS = [
  'GOOS',
  'GOARCH',
  'GOARM',
  'GOARM64',
  'GOAMD64',
  'GO386',
  'GOPPC64',
  'GOMIPS',
  'GOMIPS64',
  'GORISCV64',
]

/** The inherited environment without the variables that select a target (and any others named). */
export function withoutTargetVars(
  inherited: Record<string, string | undefined>,
  alsoDrop: string[] = [],
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(inherited))
    if (v !== undefined && !TARGET_VARS.includes(k) && !alsoDrop.includes(k)) env[k] = v
  return env
}

export function buildCommand(
  config: CompileSettings,
  platform: TargetPlatform,
  info: LdflagsValues,
  output: string,
  inherited: Record<string, string | undefined>,
  /** Several mains: their import paths, built by one go build into `output`, a directory. */
  packages: string[] = [config.main],
): BuildCommand {
  const args = ['build', ...config.buildFlags]
  if (config.buildTags.length > 0) args.push(`-tags=${config.buildTags.join(',')}`)
  // Stripped by default, as goreleaser does: panics still name functions and lines (the pclntab
  // stays), pprof still works; the binary is about 30% smaller and links faster.
  const ldflags = [config.strip ? '-s -w' : '', config.ldflags ? renderLdflags(config.ldflags, info) : '']
    .filter(Boolean)
    .join(' ')
  if (ldflags) args.push(`-ldflags=${ldflags}`)
  args.push('-o', output, ...packages)
  return { args, env: { ...withoutTargetVars(inherited), CGO_ENABLED: '0', ...platform.goEnv, ...config.buildEnv } }
}

/** The binary's name: the last element of the import path, skipping a major-version suffix. */
export function binaryName(importPath: string): string {
  const parts = importPath.split('/').filter((p) => p.length > 0)
  let name = parts.at(-1) ?? 'app'
  if (/^v[0-9]+$/.test(name) && parts.length > 1) name = parts.at(-2) ?? name
  return name.replace(/[^A-Za-z0-9._-]/g, '-')
}

export interface MainPackage {
  importPath: string
  binaryName: string
  /** The image's name, when there are several (`<image>/<name>`). */
  name: string
  /** The package's directory (where ko looks for kodata/). */
  dir: string
}

export interface Binary {
  platform: TargetPlatform
  path: string
  name: string
  size: number
  /** How long its build took. */
  seconds: number
  /** Go found the program of an earlier run up to date and did not link. */
  linkSkipped: boolean
  /** The program's sha256, hex. */
  sha256: string
}

/** Go never switches toolchains behind our back; private modules get GOPRIVATE and the token's git config. */
export function goEnvironment(
  config: Pick<CompileSettings, 'privateModules'>,
  env: NodeJS.ProcessEnv,
): NodeJS.ProcessEnv {
  return { ...env, GOTOOLCHAIN: 'local', ...privateModuleEnv(config.privateModules, env) }
}
