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
import { type BinarySlot, binaryCacheDir, ProgramSlots, type SlotOutcome, slotName } from './binary-cache-io.js'
import { type Binary, binaryName, buildCommand, type MainPackage } from './build.js'
import { workspaceRelative } from './diagnostics.js'
import { CompileError } from './errors.js'
import type { LdflagsValues } from './ldflags.js'
import { platformSlug, type TargetPlatform } from './platform.js'
import { type CompileSettings, IMAGE_NAME, type MainSpec } from './settings.js'

export type { Binary, MainPackage } from './build.js'

/**
 * The images' main packages, each `main` line resolved by go list (a pattern: its main packages
 * only) and named; checked while the builds start (a failure stops them).
 */
export async function resolveMainPackages(
  config: CompileSettings,
  go: string,
  env: NodeJS.ProcessEnv,
): Promise<MainPackage[]> {
  const found = await Promise.all(config.mains.map((spec) => listMains(config, spec, go, env)))
  const mains = found.flat()
  for (const [i, m] of mains.entries()) {
    const other = mains.findIndex((o) => o.name === m.name)
    if (other !== i)
      throw new InputError(
        'main',
        m.importPath,
        `it and ${mains[other]?.importPath} would both be the image ${m.name}; name them, e.g. ${m.name}=<path>`,
      )
  }
  return mains
}

async function listMains(
  config: CompileSettings,
  spec: MainSpec,
  go: string,
  env: NodeJS.ProcessEnv,
): Promise<MainPackage[]> {
  const first = config.platforms[0]
  const args = ['list', '-f', '{{.Name}}\t{{.ImportPath}}\t{{.Dir}}']
  if (config.buildTags.length > 0) args.push(`-tags=${config.buildTags.join(',')}`)
  args.push(spec.path)
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
    throw new InputError('main', spec.path, `${accepted} (go list: ${why})`)
  }
  const listed = out.stdout
    .trim()
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => l.split('\t'))
  const pattern = spec.path.endsWith('...')
  const mains = listed.filter(([name]) => name === 'main')
  if (!pattern && mains.length === 0)
    throw new InputError('main', spec.path, `${accepted}; this is package ${listed[0]?.[0] ?? '?'}, not package main`)
  if (mains.length === 0)
    throw new InputError(
      'main',
      spec.path,
      'no main package matches it; give a pattern over main packages, e.g. ./cmd/...',
    )
  return mains.map(([, importPath = '', ...dir]) => {
    const binary = binaryName(importPath)
    const name = spec.name ?? binary.toLowerCase().replace(/[^a-z0-9._-]/g, '-')
    if (!IMAGE_NAME.test(name))
      throw new InputError(
        'main',
        importPath,
        `its image needs a name (lower case, digits, . _ -): give ${spec.path} one, e.g. app=${spec.path}`,
      )
    return { importPath, binaryName: binary, name, dir: dir.join('\t') }
  })
}

/** Several images: more than one `main` line, or a pattern. */
export function severalMains(config: Pick<CompileSettings, 'mains'>): boolean {
  return config.mains.length > 1 || config.mains.some((m) => m.path.endsWith('...'))
}

/**
 * Start every platform's build, at most one per CPU at a time: one promise per platform, in the
 * order of the platforms, so that each platform's images can be made as soon as its build ends.
 * One main builds before its package is checked and the base image read (it only needs the
 * source); several wait for go list to name them, then one go build per platform compiles them
 * all (shared packages once). `mains` names the programs once known, and `signal` stops every
 * build when the step fails elsewhere first. Each program starts from the one its slot in `slots`
 * holds (see binary-cache-io.ts). A platform's programs come in the order of `mains`. `underWay`
 * resolves once the first builds (one per CPU) have started, or any build has ended.
 */
export function compileEach(
  config: CompileSettings,
  mains: Promise<MainPackage[]>,
  info: LdflagsValues,
  outDir: string,
  go: string,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
  slots: ProgramSlots,
): { binaries: Promise<Binary[]>[]; underWay: Promise<void> } {
  const limit = pLimit(availableParallelism())
  const wave = Math.min(limit.concurrency, config.platforms.length)
  let spawned = 0
  let begun = () => {}
  const underWay = new Promise<void>((resolve) => (begun = resolve))
  let failed = false
  const builds = config.platforms.map((platform) => {
    const dir = join(outDir, platformSlug(platform))
    const run = async (cmd: { args: string[]; env: Record<string, string> }) => {
      const running = runProcess(go, cmd.args, { cwd: config.workingDirectory, env: cmd.env, signal })
      if (++spawned === wave) begun()
      const out = await running
      // It did not start, or the step stopped it: not the compiler's failure.
      if (out.error) throw out.error
      if (out.code !== 0) {
        failed = true
        throw new CompileError(platform.name, tail(out.stderr || out.stdout, 60))
      }
    }
    // The go builds hold one of the CPU places; checking the programs after them does not, so the
    // next platform's build starts as soon as this one's go exits.
    const built = limit(async () => {
      // After a failure, the platforms still waiting are not built: the step fails anyway.
      if (failed || signal.aborted) throw new Error(`${platform.name}: not built, the step failed first`)
      const startedAt = performance.now()
      await mkdir(dir, { recursive: true })
      const batches = await platformBatches(config, platform, mains, info, dir, env, slots)
      for (const b of batches) {
        await Promise.all(b.programs.map((p) => p.slot.seed(p.path)))
        await run(b.cmd)
      }
      return { startedAt, batches }
    })
    return built.then(async ({ startedAt, batches }) => {
      const programs: { path: string; settled: Settled }[] = []
      for (const b of batches) {
        const settled = await settleSlots(platform.name, b.programs, () => limit(() => run(b.cmd)))
        for (const [i, p] of b.programs.entries())
          programs[b.order[i] as number] = { path: p.path, settled: settled[i]! }
      }
      const seconds = (performance.now() - startedAt) / 1000
      const pkgs = await mains
      return Promise.all(
        programs.map(async ({ path, settled }, i) => ({
          platform,
          path,
          name: (pkgs[i] as MainPackage).binaryName,
          size: (await stat(path)).size,
          seconds,
          linkSkipped: settled.outcome === 'up to date',
          sha256: settled.sha256,
        })),
      )
    })
  })
  void Promise.race(builds).then(begun, begun)
  // A build may fail before anyone awaits it (while the packages are still being checked).
  return { binaries: builds.map(started), underWay }
}

/** One go build of a platform: its programs (each in its slot), and where each goes among `mains`. */
interface Batch {
  programs: { path: string; slot: BinarySlot }[]
  order: number[]
  cmd: { args: string[]; env: Record<string, string> }
}

/**
 * A platform's go builds: one main, one build; several, one build for all of them (shared packages
 * compiled once), unless two programs would have one name (go build -o DIR/ names each after its
 * package): then one build per group of distinct names.
 */
async function platformBatches(
  config: CompileSettings,
  platform: TargetPlatform,
  mains: Promise<MainPackage[]>,
  info: LdflagsValues,
  dir: string,
  env: NodeJS.ProcessEnv,
  slots: ProgramSlots,
): Promise<Batch[]> {
  if (!severalMains(config)) {
    // The file's name on disk does not matter: the image names it after the package.
    const path = join(dir, 'main')
    const programs = [{ path, slot: slots.slot(slotName(config, platform)) }]
    return [{ programs, order: [0], cmd: buildCommand(config, platform, info, path, env) }]
  }
  const pkgs = await mains
  return Promise.all(
    byProgramName(pkgs).map(async (batch) => {
      const out = join(dir, String(batch.index))
      await mkdir(out, { recursive: true })
      return {
        programs: batch.packages.map((p) => ({
          path: join(out, p.binaryName),
          slot: slots.slot(slotName(config, platform, p.importPath)),
        })),
        order: batch.packages.map((p) => pkgs.indexOf(p)),
        cmd: buildCommand(
          config,
          platform,
          info,
          `${out}/`,
          env,
          batch.packages.map((p) => p.importPath),
        ),
      }
    }),
  )
}

/**
 * Settle each program of a build just run; when go left a damaged kept program in place (now
 * removed), build once more (that one links) and settle again.
 */
async function settleSlots(
  platform: string,
  programs: { path: string; slot: BinarySlot }[],
  buildAgain: () => Promise<void>,
): Promise<Settled[]> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await buildAgain()
    const settled = await Promise.all(programs.map((p) => p.slot.settle(p.path)))
    if (settled.every((s): s is Settled => s.outcome !== 'damaged')) return settled
  }
  throw new Error(`${platform}: go left a damaged program in place twice`)
}

type Settled = Exclude<SlotOutcome, { outcome: 'damaged' }>

/** The packages in groups whose program names differ (usually one group: one go build). */
function byProgramName(pkgs: MainPackage[]): { index: number; packages: MainPackage[] }[] {
  const groups: { index: number; packages: MainPackage[] }[] = []
  for (const p of pkgs) {
    const group = groups.find((g) => !g.packages.some((o) => o.binaryName === p.binaryName))
    if (group) group.packages.push(p)
    else groups.push({ index: groups.length, packages: [p] })
  }
  return groups
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

/** The builds under way: the main packages being checked, and per platform one program per main. */
export interface Builds {
  mains: Promise<MainPackage[]>
  binaries: Promise<Binary[]>[]
  /** The first builds have started (or one has ended). */
  underWay: Promise<void>
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
  const mains = started(resolveMainPackages(config, go, env)) // the check step reports its failure
  const slots = new ProgramSlots(binaryCacheDir(env))
  const { binaries, underWay } = compileEach(config, mains, info, work, go, env, scope.signal, slots)
  scope.defer(async () => {
    await Promise.allSettled(binaries)
    await slots.written()
  })
  return { mains, binaries, underWay }
}
