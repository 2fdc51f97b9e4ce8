// The edge of the config stage: reads inputs from the runner and checks the paths they name.
import * as core from '@actions/core'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { InputError } from '../errors.js'
import { parseConfig, type Config } from './config.js'

// Inputs declared in action.yml whose stages are not built yet, with the value that means "unused":
// setting one to anything else gets a warning.
const NOT_YET_BUILT: Record<string, string> = {
  'go-version': '', 'go-version-file': '', 'check-latest': 'false', 'go-download-base-url': '', 'cache-dependency-path': '',
  'push-by-digest': 'false', merge: '', 'base-image': 'scratch',
}

export async function readConfig(env: NodeJS.ProcessEnv, cwd: string): Promise<{ config: Readonly<Config>; warnings: string[] }> {
  const read = (name: string): string => core.getInput(name, { trimWhitespace: name !== 'password' })
  const config = parseConfig(read, {
    workspace: env.GITHUB_WORKSPACE || cwd,
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    ...(env.GITHUB_EVENT_NAME ? { eventName: env.GITHUB_EVENT_NAME } : {}),
  })
  if (config.publish.password) core.setSecret(config.publish.password)
  if (config.publish.githubToken) core.setSecret(config.publish.githubToken)
  await checkModuleRoot(config.workingDirectory)
  await checkLayoutPath(config.ociLayout)
  const warnings = Object.entries(NOT_YET_BUILT).filter(([n, unused]) => read(n) !== '' && read(n) !== unused).map(([n]) =>
    `Input '${n}' is not supported by this version yet and was ignored`,
  )
  return { config, warnings }
}

async function checkModuleRoot(dir: string): Promise<void> {
  const s = await stat(dir).catch(() => undefined)
  if (!s?.isDirectory()) throw new InputError('working-directory', dir, 'give a directory that exists in the workspace')
  const mod = await stat(join(dir, 'go.mod')).catch(() => undefined)
  if (!mod?.isFile()) throw new InputError('working-directory', dir, 'give the Go module root (the directory holding go.mod)')
}

async function checkLayoutPath(path: string): Promise<void> {
  const s = await stat(path).catch(() => undefined)
  if (s && !s.isDirectory()) throw new InputError('oci-layout', path, 'give a directory path (new, empty, or an existing OCI layout); this is a file')
}
