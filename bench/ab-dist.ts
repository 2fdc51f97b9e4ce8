// A/B of two builds of this action (a lever of #16, decided by numbers): DIST_A and DIST_B are
// dist/ directories relative to the repository (copy one aside before changing the code), run
// interleaved on bench/programs/nats with a new commit before every run, 4 platforms, into a
// loopback registry. Prints every run and the medians; `node scripts/run-ts.mjs bench/ab-dist.ts`.
import { randomBytes } from 'node:crypto'
import { cpSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, runAction } from '../__tests__/e2e/action.js'
import { startRegistry } from '../__tests__/e2e/registry.js'
import { median } from './machine.js'
import { PLATFORMS } from './peers.js'

const dists = { A: process.env.DIST_A ?? '.tools/distA', B: process.env.DIST_B ?? 'dist' }
const ROUNDS = Number(process.env.RUNS ?? 8)
const work = await mkdtemp(join(tmpdir(), 'bgi-ab-'))
process.env.TMPDIR = work
const registry = await startRegistry({ dir: join(work, 'registry') })
const dir = join(work, 'nats')
cpSync(join(ROOT, 'bench/programs/nats'), dir, { recursive: true })
const times: Record<string, number[]> = { A: [], B: [] }
let n = 0
for (let i = 0; i <= ROUNDS; i++) {
  for (const v of i % 2 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
    writeFileSync(
      join(dir, 'zz_commit.go'),
      `package main\n\nimport "os"\n\nfunc init() {\n\tif len(os.Args) > 99 ` +
        `{\n\t\tprintln("${randomBytes(8).toString('hex')}")\n\t}\n}\n`,
    )
    const start = performance.now()
    const r = await runAction({
      script: join(dists[v], 'main.js'),
      inputs: {
        'working-directory': dir,
        platforms: PLATFORMS.join(','),
        image: `${registry.host}/ab/app${n++}`,
        push: 'true',
        cache: 'false',
      },
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    })
    if (r.code !== 0) throw new Error(r.stdout.slice(-2000))
    if (i > 0) times[v]!.push((performance.now() - start) / 1000) // round 0 warms up
  }
}
for (const v of ['A', 'B'] as const)
  console.log(
    `${v} ${dists[v]}: ${times[v]!.map((x) => x.toFixed(2)).join(' ')}; median ${median(times[v]!).toFixed(2)} s`,
  )
await registry.stop()
await rm(work, { recursive: true, force: true })
