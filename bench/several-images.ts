// #28's figure: a monorepo's services from one step. examples/monorepo (api, worker and migrate
// sharing internal/greet), a new commit that changes the shared package before every run, four
// platforms, pushed to a loopback registry: this action with `main: ./cmd/...` against `ko build`
// of the mains (same flags: -trimpath, no -s -w, SBOMs on; ko build ./cmd/... refuses the
// library under cmd/) and against one action step per image, interleaved in a rotating order.
// Then one counting round per tool: a -toolexec wrapper (GOFLAGS, the same for all) counts the
// compiles of the shared package per platform.
// PROJECT=go-containerregistry takes a real open-source monorepo from the module proxy instead:
// google/go-containerregistry's four mains under cmd/ (crane, its doc generator help, gcrane,
// registry, beside two libraries there), the commit changing pkg/name, which every one imports.
// Run with `npm run bench:several-images` (after `bash scripts/setup-bench.sh`); appends to BENCHMARKS.md.
import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, runAction } from '../__tests__/e2e/action.js'
import { startRegistry } from '../__tests__/e2e/registry.js'
import { appendResults, cpuSeconds, machine, median } from './machine.js'
import { ok, PLATFORMS, pushBase, sh } from './peers.js'

const RUNS = Number(process.env.RUNS ?? 5)
const KO = join(ROOT, '.tools/bin/ko')
const GGCR = 'github.com/google/go-containerregistry@v0.22.1'
const project =
  process.env.PROJECT === 'go-containerregistry'
    ? {
        name: `${GGCR.replace('@', ' ')} (from the module proxy)`,
        source: () => moduleSource(GGCR),
        mains: ['cmd/crane', 'cmd/crane/help', 'cmd/gcrane', 'cmd/registry'],
        shared: { dir: 'pkg/name', importPath: 'github.com/google/go-containerregistry/pkg/name' },
      }
    : {
        name: 'examples/monorepo',
        source: () => join(ROOT, 'examples/monorepo'),
        mains: ['cmd/api', 'cmd/worker', 'cmd/migrate'],
        shared: { dir: 'internal/greet', importPath: 'example.com/monorepo/internal/greet' },
      }
const MAINS = project.mains
const GO_VERSION = execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim().replace(/^go/, '')
const work = await mkdtemp(join(tmpdir(), 'bgi-bench-several-'))
process.env.TMPDIR = work
const registry = await startRegistry({ dir: join(work, 'registry') })
const host = registry.host
const base = await pushBase(work, host)
const dir = join(work, 'project')
cpSync(project.source(), dir, { recursive: true })
execFileSync('chmod', ['-R', 'u+w', dir])
let seq = 0

/** A module's source as the proxy serves it (its directory in the module cache). */
function moduleSource(module: string): string {
  const info = JSON.parse(execFileSync('go', ['mod', 'download', '-json', module], { encoding: 'utf8' }))
  return info.Dir as string
}

/** A new commit in the shared package: every service compiles it again and links again. */
function changeShared(): void {
  const pkg = project.shared.importPath.split('/').at(-1)
  writeFileSync(
    join(dir, project.shared.dir, 'zz_bench_commit.go'),
    `package ${pkg}\n\n// Commit is this run's.\nconst Commit = "${Math.random().toString(36).slice(2)}"\n`,
  )
}

const step = (main: string, repo: string, env: Record<string, string>, inputs: Record<string, string> = {}) =>
  runAction({
    inputs: {
      'working-directory': dir,
      // The machine's Go (ko and the builds alone use it), not an older go.mod toolchain line.
      'go-version': GO_VERSION,
      main,
      platforms: PLATFORMS.join(','),
      image: `${host}/${repo}`,
      tags: 'bench',
      push: 'true',
      'base-image': base,
      strip: 'false',
      cache: 'false',
      ...inputs,
    },
    env: { SOURCE_DATE_EPOCH: '1700000000', ...env },
  }).then(ok)

/**
 * Go's work alone, as the step gives it: one go build per platform of the mains into a
 * directory, two at a time (one per CPU), same flags; no Node, no image, no push.
 */
async function goBuildsAlone(env: Record<string, string>): Promise<void> {
  const queue = [...PLATFORMS]
  const worker = async () => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      const [, arch, variant] = p.split('/') as [string, string, string?]
      await sh('go', ['build', '-trimpath', '-o', `${join(work, 'go-alone', p)}/`, ...MAINS.map((m) => `./${m}`)], {
        cwd: dir,
        env: { CGO_ENABLED: '0', GOOS: 'linux', GOARCH: arch, ...(variant ? { GOARM: variant.slice(1) } : {}), ...env },
      })
    }
  }
  await Promise.all([worker(), worker()])
}

const tools: [string, (repo: string, env?: Record<string, string>) => Promise<unknown>][] = [
  ['one step', (repo, env = {}) => step('./cmd/...', repo, env)],
  // Where the one step's time goes: without its SBOMs, without its push (the OCI layout only),
  // and Go's builds with nothing around them.
  ['one step, no SBOMs', (repo, env = {}) => step('./cmd/...', repo, env, { sbom: 'false' })],
  ['one step, no push (OCI layout only)', (repo, env = {}) => step('./cmd/...', repo, env, { push: 'false' })],
  ["Go's builds alone (as the step runs them)", (_repo, env = {}) => goBuildsAlone(env)],
  [
    'a step per image',
    async (repo, env = {}) => {
      for (const m of MAINS) await step(`./${m}`, `${repo}/${m.split('/').at(-1)}`, env)
    },
  ],
  [
    // ko build ./cmd/... stops at the library under cmd/ ("found 4 local packages, expected 1"):
    // ko is given the mains.
    'ko build (the mains)',
    (repo, env = {}) =>
      sh(
        KO,
        [
          'build',
          '--base-import-paths',
          '--platform',
          PLATFORMS.join(','),
          '--insecure-registry',
          '--tags',
          'bench',
          ...MAINS.map((m) => `./${m}`),
        ],
        { cwd: dir, env: { KO_DOCKER_REPO: `${host}/${repo}`, KO_DEFAULTBASEIMAGE: base, ...koEnv(env) } },
      ),
  ],
]

/**
 * ko refuses -toolexec (in GOFLAGS and in a build's flags): for the counting round it runs a `go`
 * (KO_GO_PATH) that adds the same wrapper to each go build it is asked for.
 */
function koEnv(env: Record<string, string>): Record<string, string> {
  const toolexec = /-toolexec=\S+/.exec(env.GOFLAGS ?? '')?.[0]
  if (!toolexec) return { SOURCE_DATE_EPOCH: '1700000000', ...env }
  const real = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim()
  const go = join(work, 'go-counting')
  writeFileSync(
    go,
    `#!/bin/sh\nif [ "$1" = build ]; then shift; exec '${real}/bin/go' build ${toolexec} "$@"; fi\n` +
      `exec '${real}/bin/go' "$@"\n`,
  )
  chmodSync(go, 0o755)
  const { GOFLAGS: _, ...rest } = env
  return { SOURCE_DATE_EPOCH: '1700000000', KO_GO_PATH: go, ...rest }
}

/** Wall seconds, and CPU seconds: the tool's processes (children of this one), the registry's. */
const time = async (fn: () => Promise<unknown>) => {
  const start = performance.now()
  const cpu = [cpuSeconds('self', true), cpuSeconds(registry.pid)]
  await fn()
  return {
    wall: (performance.now() - start) / 1000,
    tool: cpuSeconds('self', true) - (cpu[0] as number),
    registry: cpuSeconds(registry.pid) - (cpu[1] as number),
  }
}

for (const [name, run] of tools) {
  changeShared()
  await run(`warm/${seq++}`) // Go build cache, base pulls
  process.stdout.write(`warm ${name} `)
}
const times: Record<string, number[]> = Object.fromEntries(tools.map(([t]) => [t, []]))
const cpu: Record<string, { tool: number[]; registry: number[] }> = Object.fromEntries(
  tools.map(([t]) => [t, { tool: [], registry: [] }]),
)
for (let i = 0; i < RUNS; i++)
  for (let k = 0; k < tools.length; k++) {
    const [name, run] = tools[(i + k) % tools.length]!
    changeShared()
    const t = await time(() => run(`several/${seq++}`))
    times[name]!.push(t.wall)
    cpu[name]!.tool.push(t.tool)
    cpu[name]!.registry.push(t.registry)
    process.stdout.write(`${name} ${t.wall.toFixed(2)} s (cpu ${t.tool.toFixed(2)} + ${t.registry.toFixed(2)} s)\n`)
  }

// The counting round: every compile of the shared package, by platform.
const log = join(work, 'compiles.log')
const wrapper = join(work, 'count.sh')
writeFileSync(
  wrapper,
  [
    '#!/bin/sh',
    'case "$1" in */compile) ;; *) exec "$@" ;; esac',
    `case " $* " in *" -p ${project.shared.importPath} "*) echo "$GOOS/$GOARCH$GOARM" >> '${log}' ;; esac`,
    'exec "$@"',
    '',
  ].join('\n'),
)
chmodSync(wrapper, 0o755)
const compiles: Record<string, string> = {}
for (const [name, run] of tools) {
  changeShared()
  rmSync(log, { force: true })
  await run(`count/${seq++}`, { GOFLAGS: `-toolexec=${wrapper}` })
  const lines = readFileSync(log, 'utf8').trim().split('\n')
  compiles[name] = `${lines.length} (${(lines.length / PLATFORMS.length).toFixed(1)} per platform)`
}

const m = (t: string) => median(times[t]!)
const perRound = (a: string, b: string) => median(times[a]!.map((x, i) => x / times[b]![i]!))
const KO_TOOL = 'ko build (the mains)'
const N = cpus().length
const cpuOf = (t: string) => `${median(cpu[t]!.tool).toFixed(2)} + ${median(cpu[t]!.registry).toFixed(2)} s`
const row = (t: string) =>
  `| ${t} | ${m(t).toFixed(2)} s | ${(m(t) / m(KO_TOOL)).toFixed(2)}x (${perRound(t, KO_TOOL).toFixed(2)}x) | ` +
  `${cpuOf(t)} | ${compiles[t]} |`
const koVersion = execFileSync(KO, ['version'], { encoding: 'utf8' }).trim()
appendResults(`## Several images from one step (bench/several-images.ts, #28)

${machine()}; ko ${koVersion}. ${project.name}: ${MAINS.length} mains (${MAINS.join(', ')}) sharing
${project.shared.dir}; before every run a new commit changes that shared package. Platforms
${PLATFORMS.join(', ')}; one 4-platform base image pushed first and given to every tool; loopback
distribution registry; warm Go build cache; same flags (-trimpath, no -s -w; SBOMs on); cache off;
medians of ${RUNS} rounds after a warm-up, the tools interleaved in a rotating order. CPU: user +
system seconds of the tool's processes (Node, go and its compilers, the helper; ko and its go)
and of the registry's, which shares the ${N} CPUs: wall time cannot fall below their sum over ${N}.

| tool | median | ratio to ko (per round) | CPU: the tool's + the registry's | compiles of the shared package |
|---|---|---|---|---|
${tools.map(([t]) => row(t)).join('\n')}

Target: one step at most 0.6x ko, and the shared package compiled once per platform.
Every run, seconds: ${tools.map(([t]) => `${t} ${times[t]!.map((x) => x.toFixed(2)).join('/')}`).join('; ')}
`)
await registry.stop()
await rm(work, { recursive: true, force: true })
