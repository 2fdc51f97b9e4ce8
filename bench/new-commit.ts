// #16's figure: a new commit on every run (what CI builds on every push), source to a pushed
// 4-platform image, this action vs ko vs buildah, interleaved in a rotating order, with the raw
// parallel `go build`s of the same commit as the floor. Programs: examples/hello and a real Go
// server of about 20 MB from the module proxy (the NATS server, bench/programs/nats). For each
// round and tool a file with a fresh random string goes into the main package first.
// Run with `npm run bench:new-commit` (after `bash scripts/setup-bench.sh`); appends to BENCHMARKS.md.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, runAction } from '../__tests__/e2e/action.js'
import { startRegistry } from '../__tests__/e2e/registry.js'
import { appendResults, machine, median } from './machine.js'
import { buildah as buildahBuild, newCommit, ok, PLATFORMS, pushBase, sh } from './peers.js'

const RUNS = Number(process.env.RUNS ?? 9)
const KO = join(ROOT, '.tools/bin/ko')
const work = await mkdtemp(join(tmpdir(), 'bgi-bench-nc-'))
process.env.TMPDIR = work
const registry = await startRegistry({ dir: join(work, 'registry') })
const host = registry.host
let seq = 0

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return (performance.now() - start) / 1000
}

const base = await pushBase(work, host)

const ours = async (dir: string, repo: string, extra: Record<string, string> = {}) =>
  ok(
    await runAction({
      inputs: {
        'working-directory': dir,
        platforms: PLATFORMS.join(','),
        image: `${host}/${repo}`,
        tags: 'bench',
        push: 'true',
        'base-image': base,
        cache: 'false',
        ...extra,
      },
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    }),
  )

/** ko with its defaults (SBOM on, no -s -w), or with `-s -w` as our default strips. */
async function ko(dir: string, repo: string, strip: boolean): Promise<void> {
  const config = join(work, `ko-${strip ? 'strip' : 'default'}.yaml`)
  writeFileSync(config, strip ? 'builds:\n- id: app\n  main: .\n  ldflags: ["-s", "-w"]\n' : 'builds: []\n')
  await sh(KO, ['build', '--bare', '--platform', PLATFORMS.join(','), '--insecure-registry', '--tags', 'bench', '.'], {
    cwd: dir,
    env: {
      KO_DOCKER_REPO: `${host}/${repo}`,
      KO_DEFAULTBASEIMAGE: base,
      SOURCE_DATE_EPOCH: '1700000000',
      KO_CONFIG_PATH: config,
    },
  })
}

/** The floor: the same commit's go builds, all platforms at once (at most one per CPU, as ours). */
async function rawBuilds(dir: string, strip: boolean): Promise<void> {
  const out = join(work, `raw-${seq++}`)
  mkdirSync(out)
  const queue = [...PLATFORMS]
  const worker = async () => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      const [, arch, variant] = p.split('/') as [string, string, string?]
      const env = { CGO_ENABLED: '0', GOOS: 'linux', GOARCH: arch, ...(variant ? { GOARM: variant.slice(1) } : {}) }
      await sh(
        'go',
        ['build', '-trimpath', ...(strip ? ['-ldflags=-s -w'] : []), '-o', join(out, p.replaceAll('/', '-')), '.'],
        { cwd: dir, env },
      )
    }
  }
  await Promise.all(Array.from({ length: availableParallelism() }, worker))
  await rm(out, { recursive: true, force: true })
}

const buildah = (dir: string, repo: string) => buildahBuild(work, dir, `${host}/${repo}:bench`, base)

const programs = { hello: join(ROOT, 'examples/hello'), 'NATS server v2.15.2': join(ROOT, 'bench/programs/nats') }
const rows: string[] = []
const raw: string[] = []
for (const [name, source] of Object.entries(programs)) {
  const dir = join(work, `program-${seq++}`)
  cpSync(source, dir, { recursive: true })
  const tools: [string, (repo: string) => Promise<unknown>][] = [
    ['ours', (repo) => ours(dir, repo)],
    ['ko', (repo) => ko(dir, repo, false)],
    ['ours strip: false', (repo) => ours(dir, repo, { strip: 'false' })],
    ['ko -s -w', (repo) => ko(dir, repo, true)],
    ['go build -s -w', () => rawBuilds(dir, true)],
    ['go build', () => rawBuilds(dir, false)],
    ['buildah', (repo) => buildah(dir, repo)],
  ]
  for (const [tool, run] of tools) {
    newCommit(dir)
    await run(`warm/${seq++}`) // Go build cache, base pulls
    process.stdout.write(`warm ${tool} `)
  }
  const times: Record<string, number[]> = Object.fromEntries(tools.map(([t]) => [t, []]))
  for (let i = 0; i < RUNS; i++) {
    for (let k = 0; k < tools.length; k++) {
      const [tool, run] = tools[(i + k) % tools.length]!
      newCommit(dir)
      times[tool]!.push(await time(() => run(`nc/${seq++}`)))
    }
  }
  for (const [tool] of tools) console.log(`\n${name} ${tool}: ${times[tool]!.map((x) => x.toFixed(2)).join(', ')}`)
  const m = (t: string) => median(times[t]!)
  const perRound = (a: string, b: string) => median(times[a]!.map((x, i) => x / times[b]![i]!))
  const beyond = (a: string, floor: string) =>
    median(times[a]!.map((x, i) => (x - times[floor]![i]!) / times[floor]![i]!))
  rows.push(
    `| ${name}, defaults (ours strips, SBOM on both) | ${m('ours').toFixed(2)} s | ko ${m('ko').toFixed(2)} ` +
      `s, buildah ${m('buildah').toFixed(2)} s | ${(m('ours') / m('ko')).toFixed(2)}x ko (per round ` +
      `${perRound('ours', 'ko').toFixed(2)}x) | at most 0.8x |`,
    `| ${name}, identical flags, no -s -w | ${m('ours strip: false').toFixed(2)} s | ko ` +
      `${m('ko').toFixed(2)} s | ${(m('ours strip: false') / m('ko')).toFixed(2)}x (per round ` +
      `${perRound('ours strip: false', 'ko').toFixed(2)}x) | at most 0.95x |`,
    `| ${name}, identical flags, -s -w | ${m('ours').toFixed(2)} s | ko ${m('ko -s -w').toFixed(2)} s | ` +
      `${(m('ours') / m('ko -s -w')).toFixed(2)}x (per round ${perRound('ours', 'ko -s -w').toFixed(2)}x) | ` +
      `at most 0.95x |`,
    `| ${name}, beyond the raw parallel go builds (-s -w) | ${m('ours').toFixed(2)} s | go build ` +
      `${m('go build -s -w').toFixed(2)} s | +${(100 * beyond('ours', 'go build -s -w')).toFixed(0)}% (ko ` +
      `-s -w: +${(100 * beyond('ko -s -w', 'go build -s -w')).toFixed(0)}%) | at most +10% |`,
  )
  raw.push(`${name}: ${tools.map(([t]) => `${t} ${times[t]!.map((x) => x.toFixed(2)).join('/')}`).join('; ')}`)
}

const koVersion = execFileSync(KO, ['version'], { encoding: 'utf8' }).trim()
appendResults(`## A new commit on every run (bench/new-commit.ts, #16)

${machine()}; ko ${koVersion}. Loopback distribution registry (plain HTTP), one 4-platform base
image pushed first and given to every tool; platforms ${PLATFORMS.join(', ')}; warm Go build cache;
medians of ${RUNS} rounds after a warm-up, the tools interleaved in a rotating order, a new commit
(a fresh random string in the main package) before every run of every tool; cache off, SBOM on for
this action and ko; each run into a fresh repository. The floor: the same commit's \`go build
-trimpath\` for the 4 platforms, ${availableParallelism()} at a time.

| figure | this action | peers | ratio | target |
|---|---|---|---|---|
${rows.join('\n')}

Every run, seconds: ${raw.join(' | ')}
`)
await registry.stop()
await rm(work, { recursive: true, force: true })
