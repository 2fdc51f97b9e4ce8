// The edge of the compile stage: runs `go list` and one `go build` per platform, in parallel.

import { mkdir, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as core from '@actions/core'
import { getExecOutput } from '@actions/exec'
import pLimit from 'p-limit'
import type { Config } from '../config/config.js'
import { CompileError, InputError } from '../errors.js'
import { binaryName, buildCommand } from './build.js'
import { workspaceRelative } from './diagnostics.js'
import type { BuildInfo } from './ldflags.js'
import { platformSlug, type TargetPlatform } from './platform.js'

export interface MainPackage {
  importPath: string
  binaryName: string
}

export interface Binary {
  platform: TargetPlatform
  path: string
  name: string
  size: number
}

/** Check that `main` names a main package, before any build starts. */
export async function resolveMainPackage(config: Config, go: string, env: NodeJS.ProcessEnv): Promise<MainPackage> {
  const first = config.platforms[0]
  const args = ['list', '-f', '{{.Name}} {{.ImportPath}}']
  if (config.buildTags.length > 0) args.push(`-tags=${config.buildTags.join(',')}`)
  args.push(config.main)
  const cmdEnv = first ? buildCommand(config, first, { version: '', commit: '', date: '' }, '', env).env : {}
  const out = await getExecOutput(go, args, { cwd: config.workingDirectory, env: cmdEnv, silent: true, ignoreReturnCode: true })
  const accepted = "give the path of a main package inside 'working-directory', e.g. . or ./cmd/app"
  if (out.exitCode !== 0) {
    const why = out.stderr.trim().split('\n')[0] ?? ''
    throw new InputError('main', config.main, `${accepted} (go list: ${why})`)
  }
  const [name, importPath] = out.stdout.trim().split('\n')[0]?.split(' ') ?? []
  if (name !== 'main' || !importPath) {
    throw new InputError('main', config.main, `${accepted}; this is package ${name ?? '?'}, not package main`)
  }
  return { importPath, binaryName: binaryName(importPath) }
}

/** Build every platform, at most one per CPU at a time; the first failure fails the stage. */
export async function compileAll(config: Config, pkg: MainPackage, info: BuildInfo, outDir: string, go: string, env: NodeJS.ProcessEnv): Promise<Binary[]> {
  try {
    return await Promise.all(startBuilds(config, pkg, info, outDir, go, env))
  } catch (e) {
    if (e instanceof CompileError) showDiagnostics(e, config.workingDirectory, env.GITHUB_WORKSPACE || process.cwd())
    throw e
  }
}

function startBuilds(config: Config, pkg: MainPackage, info: BuildInfo, outDir: string, go: string, env: NodeJS.ProcessEnv): Promise<Binary>[] {
  const limit = pLimit(availableParallelism())
  return config.platforms.map((platform) =>
    limit(async () => {
      const dir = join(outDir, platformSlug(platform))
      await mkdir(dir, { recursive: true })
      const path = join(dir, pkg.binaryName)
      const cmd = buildCommand(config, platform, info, path, env)
      const out = await getExecOutput(go, cmd.args, { cwd: config.workingDirectory, env: cmd.env, silent: true, ignoreReturnCode: true })
      if (out.exitCode !== 0) throw new CompileError(platform.name, tail(out.stderr || out.stdout, 60))
      return { platform, path, name: pkg.binaryName, size: (await stat(path)).size }
    }),
  )
}

/** Print the compiler's lines under the go problem matcher, so they become annotations. */
function showDiagnostics(e: CompileError, workingDirectory: string, workspace: string): void {
  core.info(`::add-matcher::${fileURLToPath(new URL('../matchers/go.json', import.meta.url))}`)
  for (const line of e.stderr.split('\n')) core.info(workspaceRelative(line, workingDirectory, workspace))
  core.info('::remove-matcher owner=build-go-image-go::')
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n')
}
