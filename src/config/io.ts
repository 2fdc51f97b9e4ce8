// The edge of the config stage: reads inputs from the runner and checks the paths they name.

import { readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { checkDockerEngine } from '../archive/io.js'
import { hostPlatform } from '../compile/platform.js'
import { basicCredential } from '../compile/private-modules.js'
import { InputError } from '../inputs/error.js'
import { stepDir } from '../runner/step-dir.js'
import type { ToolchainSettings } from '../toolchain/settings.js'
import { parseSpec, type VersionSpec } from '../toolchain/spec.js'
import { parseVersionFile } from '../toolchain/version-file.js'
import { type Config, parseConfig } from './config.js'

export interface ReadConfig {
  config: Readonly<Config>
  /** Absent for a merge job, which builds nothing. */
  goSpec?: VersionSpec
  warnings: string[]
}

export async function readConfig(env: NodeJS.ProcessEnv, cwd: string): Promise<ReadConfig> {
  const read = (name: string): string => core.getInput(name, { trimWhitespace: name !== 'password' })
  const config = parseConfig(read, {
    workspace: env.GITHUB_WORKSPACE || cwd,
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    stepTemp: stepDir(join(env.RUNNER_TEMP || tmpdir(), 'build-go-image'), env),
    ...(env.GITHUB_EVENT_NAME ? { eventName: env.GITHUB_EVENT_NAME } : {}),
    hostPlatform: hostPlatform(process.arch),
    hasIdToken: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
  })
  if (config.publish.password) core.setSecret(config.publish.password)
  if (config.publish.githubToken) core.setSecret(config.publish.githubToken)
  for (const secret of config.toolchain.secrets) core.setSecret(secret)
  const { token } = config.privateModules
  // The token, and the header git is given (which a GIT_TRACE log would show).
  if (token) for (const s of [token, basicCredential(token)]) core.setSecret(s)
  const merging = config.publish.merge.length > 0
  if (!merging) {
    await checkModuleRoot(config.workingDirectory)
    await checkLayoutPath(config.ociLayout)
    if (config.load) await checkDockerEngine()
  }
  const warnings: string[] = []
  if (config.toolchain.goVersion && read('go-version-file'))
    warnings.push("Both 'go-version' and 'go-version-file' are set; 'go-version' is used")
  return merging ? { config, warnings } : { config, goSpec: await readVersionSpec(config.toolchain), warnings }
}

/** The Go version spec: go-version, else the version file (go.mod in working-directory by default). */
export async function readVersionSpec(settings: ToolchainSettings): Promise<VersionSpec> {
  if (settings.goVersion) return parseSpec('go-version', settings.goVersion)
  const text = await readFile(settings.versionFile, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT')
      throw new InputError('go-version-file', settings.versionFile, `the file cannot be read (${e.code ?? e.message})`)
    return undefined
  })
  if (text === undefined)
    throw new InputError(
      'go-version-file',
      settings.versionFile,
      'the file does not exist; give a go.mod, go.work, .go-version or .tool-versions path, or set go-version',
    )
  return parseVersionFile('go-version-file', settings.versionFile, text)
}

async function checkModuleRoot(dir: string): Promise<void> {
  const s = await stat(dir).catch(() => undefined)
  if (!s?.isDirectory()) throw new InputError('working-directory', dir, 'give a directory that exists in the workspace')
  const mod = await stat(join(dir, 'go.mod')).catch(() => undefined)
  if (!mod?.isFile())
    throw new InputError('working-directory', dir, 'give the Go module root (the directory holding go.mod)')
}

async function checkLayoutPath(path: string): Promise<void> {
  const s = await stat(path).catch(() => undefined)
  if (s && !s.isDirectory())
    throw new InputError(
      'oci-layout',
      path,
      'give a directory path (new, empty, or an existing OCI layout); this is a file',
    )
}
