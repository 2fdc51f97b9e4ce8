// The edge of the compile stage: runs `go list` and one `go build` per platform, in parallel.

import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as core from '@actions/core'
import { getExecOutput } from '@actions/exec'
import pLimit from 'p-limit'
import { InputError } from '../inputs/error.js'
import { runProcess } from '../lib/process-io.js'
import { started } from '../lib/started.js'
import { binaryCacheDir, ProgramSlots, type SlotOutcome, slotName } from './binary-cache-io.js'
import { type Binary, binaryName, buildCommand, type MainPackage } from './build.js'
import { workspaceRelative } from './diagnostics.js'
import { CompileError } from './errors.js'
import type { LdflagsValues } from './ldflags.js'
import { platformSlug } from './platform.js'
import type { CompileSettings } from './settings.js'

export type { Binary, MainPackage } from './build.js'

/** Check that `main` names a main package (while the builds start; a failure stops them). */
export async function resolveMainPackage(
  config: CompileSettings,
  go: string,
  env: NodeJS.ProcessEnv,
): Promise<MainPackage> {
  const first = config.platforms[0]
  const args = ['list', '-f', '{{.Name}} {{.ImportPath}} {{.Dir}}']
  if (config.buildTags.length > 0) args.push(`-tags=${config.buildTags.join(',')}`)
  args.push(config.main)
  const cmdEnv = first ? buildCommand(config, first, { version: '', commit: '', date: '' }, '', env).env : {}
  const out = await getExecOutput(go, args, {
    cwd: config.workingDirectory,
    env: cmdEnv,
    silent: true,
    ignoreReturnCode: true,
  })
  const accepted = "give the path of a main package inside 'working-directory', e.g. . or ./cmd/app"
  if (out.exitCode !== 0) {
    const why = out.stderr.trim().split('\n')[0] ?? ''
    throw new InputError('main', config.main, `${accepted} (go list: ${why})`)
  }
  const [name, importPath, ...dir] = out.stdout.trim().split('\n')[0]?.split(' ') ?? []
  if (name !== 'main' || !importPath) {
    throw new InputError('main', config.main, `${accepted}; this is package ${name ?? '?'}, not package main`)
  }
  return { importPath, binaryName: binaryName(importPath), dir: dir.join(' ') }
}

/**
 * Start every platform's build, at most one per CPU at a time: one promise per platform, in the
 * order of the platforms, so that each platform's image can be made as soon as its build ends.
 * The builds start before the package is checked and the base image read (they only need the
 * source); `pkg` names the binary once it is known, and `signal` stops them all when the step
 * fails elsewhere first. Each build starts from the program its slot in `slots` holds (see
 * binary-cache-io.ts).
 */
export function compileEach(
  config: CompileSettings,
  pkg: Promise<MainPackage>,
  info: LdflagsValues,
  outDir: string,
  go: string,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
  slots: ProgramSlots,
): Promise<Binary>[] {
  const limit = pLimit(availableParallelism())
  let failed = false
  const builds = config.platforms.map((platform) =>
    limit(async () => {
      // After a failure, the platforms still waiting are not built: the step fails anyway.
      if (failed || signal.aborted) throw new Error(`${platform.name}: not built, the step failed first`)
      const startedAt = performance.now()
      const dir = join(outDir, platformSlug(platform))
      await mkdir(dir, { recursive: true })
      // The file's name on disk does not matter: the image names it after the package.
      const path = join(dir, 'main')
      const slot = slots.slot(slotName(config, platform))
      await slot.seed(path)
      const cmd = buildCommand(config, platform, info, path, env)
      let settled: SlotOutcome = { outcome: 'damaged' }
      // A second build only after a damaged kept program was removed: that one links.
      for (let attempt = 0; settled.outcome === 'damaged' && attempt < 2; attempt++) {
        const out = await runProcess(go, cmd.args, { cwd: config.workingDirectory, env: cmd.env, signal })
        // It did not start, or the step stopped it: not the compiler's failure.
        if (out.error) throw out.error
        if (out.code !== 0) {
          failed = true
          throw new CompileError(platform.name, tail(out.stderr || out.stdout, 60))
        }
        settled = await slot.settle(path)
      }
      if (settled.outcome === 'damaged') throw new Error(`${platform.name}: go left a damaged program in place twice`)
      const seconds = (performance.now() - startedAt) / 1000
      const size = (await stat(path)).size
      return {
        platform,
        path,
        name: (await pkg).binaryName,
        size,
        seconds,
        linkSkipped: settled.outcome === 'up to date',
        sha256: settled.sha256,
      }
    }),
  )
  // A build may fail before anyone awaits it (while the package is still being checked).
  return builds.map(started)
}

/**
 * Wait for every platform's work (its build and what follows it). Every one ends before this
 * does, so nothing still writes when a failure is cleaned up; the first failure in platform order
 * fails the stage, a compiler's lines shown under the problem matcher.
 */
export async function settlePlatforms<T>(
  work: Promise<T>[],
  workingDirectory: string,
  env: NodeJS.ProcessEnv,
): Promise<T[]> {
  const settled = await Promise.allSettled(work)
  const failed = settled.find((s) => s.status === 'rejected')
  if (failed) {
    const e = failed.reason as unknown
    if (e instanceof CompileError) showDiagnostics(e, workingDirectory, env.GITHUB_WORKSPACE || process.cwd())
    throw e
  }
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value)
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

/** The builds under way: the main package being checked, and one program per platform. */
export interface Builds {
  main: Promise<MainPackage>
  binaries: Promise<Binary>[]
}

/**
 * Start checking the main package and building every platform: they need only the source, so they
 * run while the registry is reached and the base read. Each build starts from its kept program
 * (binary-cache-io.ts). When the step ends, the scope stops them and waits for them, and for the kept
 * programs being replaced, before the build directory goes.
 */
export async function startBuilds(
  config: CompileSettings,
  go: string,
  info: LdflagsValues,
  env: NodeJS.ProcessEnv,
  scope: { signal: AbortSignal; defer(fn: () => unknown): void },
): Promise<Builds> {
  const work = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'build-go-image-'))
  scope.defer(() => rm(work, { recursive: true, force: true, maxRetries: 3 }))
  const main = started(resolveMainPackage(config, go, env)) // the check step reports its failure
  const slots = new ProgramSlots(binaryCacheDir(env))
  const binaries = compileEach(config, main, info, work, go, env, scope.signal, slots)
  scope.defer(async () => {
    await Promise.allSettled(binaries)
    await slots.written()
  })
  return { main, binaries }
}
