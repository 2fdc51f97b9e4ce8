// The cache budget over ten successive commits: what each policy saves to the cache service, how
// often the build cache is restored, and what the compile costs. Each commit runs on a fresh runner
// (empty Go directories) against a loopback cache service (protocol v1), main then post. Commits
// change the main package; every fourth also adds a package of generated code (a real change of
// compile outputs). Programs: examples/hello and the NATS server (bench/programs/nats, ~24 MB).

import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, runAction } from '../__tests__/e2e/action.js'
import { startCacheServer } from '../__tests__/e2e/cache-server.js'
import { appendResults, machine, median } from './machine.js'

const COMMITS = Number(process.env.COMMITS ?? 10)
const work = await mkdtemp(join(tmpdir(), 'bgi-bench-budget-'))
process.env.TMPDIR = work
const goDirs = {
  GOMODCACHE: join(work, 'go/mod'),
  GOCACHE: join(work, 'go/build'),
  GOPATH: join(work, 'go/path'),
  XDG_CACHE_HOME: join(work, 'go/xdg'),
}

async function freshRunner(): Promise<void> {
  execFileSync('chmod', ['-R', 'u+w', join(work, 'go')], { stdio: 'ignore' })
  await rm(join(work, 'go'), { recursive: true, force: true })
}

/** Commit i: a new line in main, and every fourth commit a new package of generated code it imports. */
async function commit(src: string, mainFile: string, i: number, imports: string[]): Promise<void> {
  if (i > 0 && i % 4 === 0) {
    const pkg = `gen${i}`
    await mkdir(join(src, pkg), { recursive: true })
    const funcs = Array.from({ length: 3000 }, (_, n) => `func F${n}(x int) int { return x*${n + 1} + ${i} }`).join(
      '\n',
    )
    await writeFile(join(src, pkg, 'gen.go'), `package ${pkg}\n\n${funcs}\n\nvar Sum = F1(1) + F2999(2)\n`)
    imports.push(pkg)
  }
  const module = /^module (\S+)/m.exec(execFileSync('cat', [join(src, 'go.mod')], { encoding: 'utf8' }))?.[1]
  const text =
    `package main\n\nimport ` +
    `(\n\t"fmt"\n${imports.map((p) => `\t"${module}/${p}"\n`).join('')})\n\nfunc init() ` +
    `{\n\tfmt.Sprint("commit ${i}"${imports.map((p) => `, ${p}.Sum`).join('')})\n}\n`
  await writeFile(join(src, mainFile), text)
}

interface Row {
  program: string
  policy: string
  savedBytes: number[]
  entries: number
  restored: number
  compile: number[]
}

async function measure(program: string, dir: string, policy: 'true' | 'always'): Promise<Row> {
  const src = join(work, `${program}-${policy}`)
  await cp(dir, src, { recursive: true })
  const server = await startCacheServer(await mkdtemp(join(work, 'store-')))
  const row: Row = { program, policy, savedBytes: [], entries: 0, restored: 0, compile: [] }
  const imports: string[] = []
  for (let i = 0; i <= COMMITS; i++) {
    await commit(src, 'budget_commit.go', i, imports)
    await freshRunner().catch(() => undefined)
    const env = {
      ...goDirs,
      ...server.env,
      RUNNER_OS: 'Linux',
      GITHUB_SHA: i.toString(16).padStart(40, '0'),
      GITHUB_EVENT_NAME: 'push',
      SOURCE_DATE_EPOCH: '1700000000',
    }
    const before = server.entries.reduce((n, e) => n + e.size, 0)
    const main = await runAction({
      inputs: { 'working-directory': src, platforms: 'linux/amd64', cache: policy, sbom: 'false' },
      env,
    })
    const post = await runAction({ script: 'dist/post.js', inputs: {}, env, state: main.state })
    if (main.code !== 0 || post.code !== 0) throw new Error(main.stdout + post.stdout)
    if (i === 0) continue // the cold start: the same for both policies
    row.savedBytes.push(server.entries.reduce((n, e) => n + e.size, 0) - before)
    row.compile.push(Number(/^build: ([\d.]+) s/m.exec(main.stdout)?.[1]))
    if (/build cache: restored /.test(main.stdout)) row.restored++
    console.log(
      `${program} ${policy} commit ${i}: compile ${row.compile.at(-1)} s, saved ` +
        `${(row.savedBytes.at(-1)! / 1048576).toFixed(1)} MiB`,
    )
  }
  row.entries = server.entries.filter((e) => e.key.includes('-build-')).length
  await server.stop()
  return row
}

const rows: Row[] = []
for (const [program, dir] of [
  ['examples/hello', join(ROOT, 'examples/hello')],
  ['NATS server v2.15.2', join(ROOT, 'bench/programs/nats')],
] as const) {
  for (const policy of ['always', 'true'] as const) rows.push(await measure(program, dir, policy))
}
execFileSync('chmod', ['-R', 'u+w', work], { stdio: 'ignore' })
await rm(work, { recursive: true, force: true }).catch(() => undefined)

const mib = (n: number) => (n / 1048576).toFixed(1)
appendResults(`
## Cache budget over ${COMMITS} commits (bench/cache-budget.ts)

${machine()}. Each commit on a fresh runner (empty Go directories), linux/amd64, a loopback cache
service (v1), main then post. Every commit changes the main package; commits 4 and 8 also add a
package of 3,000 generated functions. \`always\`: every miss saved (the earlier behaviour);
\`true\`: the budget (the build cache saved only when this run grew it by 10% or more). The cold
first run is left out (the same for both).

${
  '| program | cache | saved to the service, total | per commit (median) | build-cache entries | ' +
  'build cache restored | compile (median) |'
}
|---|---|---|---|---|---|---|
${rows
  .map(
    (r) =>
      `| ${r.program} | \`${r.policy}\` | ${mib(r.savedBytes.reduce((a, b) => a + b, 0))} MiB | ` +
      `${mib(median(r.savedBytes))} MiB | ${r.entries} | ${r.restored} of ${COMMITS} | ` +
      `${median(r.compile).toFixed(2)} s |`,
  )
  .join('\n')}
`)
