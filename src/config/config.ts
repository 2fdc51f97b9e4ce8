// Inputs -> one frozen, typed Config, composed of the stages' own settings (each stage parses its
// inputs in its settings.ts); every input error is raised before any work. Here: only the rules
// that span stages.
import { join } from 'node:path'
import { type ArchiveSettings, parseArchiveSettings } from '../archive/settings.js'
import { type AttestSettings, parseAttest } from '../attest/settings.js'
import { type BaseSettings, parseBaseSettings } from '../base/settings.js'
import { type CacheSettings, parseCacheSettings } from '../cache/settings.js'
import { type CompileSettings, parseCompileSettings } from '../compile/settings.js'
import { type ImageSettings, type LayoutSettings, parseImageSettings, parseLayoutSettings } from '../image/settings.js'
import { InputError } from '../inputs/error.js'
import type { InputReader } from '../inputs/text.js'
import { parseReleaseMode, type ReleaseMode } from '../meta/release.js'
import { type PublishSettings, parsePublish } from '../publish/settings.js'
import { parseResolveSettings, type ResolveSettings } from '../resolve/settings.js'
import { parseToolchainSettings, type ToolchainSettings } from '../toolchain/settings.js'

export type Config = CompileSettings &
  ArchiveSettings &
  LayoutSettings &
  BaseSettings &
  ResolveSettings & {
    image: ImageSettings
    publish: PublishSettings
    /** Signed provenance and SBOM statements, pushed beside the image. */
    attest: AttestSettings
    toolchain: ToolchainSettings
    cache: CacheSettings
    /** release-build: auto (tag pushes, release events, semver tags), true (always) or false (never). */
    releaseMode: ReleaseMode
  }

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
  /** This step's own directory in RUNNER_TEMP (see runner/step-dir.ts); else RUNNER_TEMP/build-go-image. */
  stepTemp?: string
}

export function parseConfig(read: InputReader, ctx: ConfigContext): Readonly<Config> {
  const compile = parseCompileSettings(read, ctx.workspace)
  const { workingDirectory, platforms } = compile
  const publish = parsePublish(read, ctx.eventName)
  const defaultLayout = join(ctx.stepTemp ?? join(ctx.runnerTemp, 'build-go-image'), 'oci')
  const config: Config = {
    ...compile,
    ...parseLayoutSettings(read, ctx.workspace, workingDirectory, defaultLayout),
    ...parseArchiveSettings(read, ctx, platforms),
    ...parseBaseSettings(read('base-image')),
    ...parseResolveSettings(read, ctx.workspace),
    image: parseImageSettings(read),
    publish,
    attest: parseAttest(read, ctx.hasIdToken ?? false, publish.push),
    toolchain: parseToolchainSettings(read, ctx.workspace, workingDirectory),
    cache: parseCacheSettings(read, ctx.workspace, workingDirectory),
    releaseMode: parseReleaseMode(read('release-build')),
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
