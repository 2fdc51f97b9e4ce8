// Cold vs warm build of examples/hello for two platforms, the warm run restoring the module and
// build caches through @actions/cache from a loopback cache server (GitHub's protocol v1).

import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ActionRun, ROOT, runAction } from '../__tests__/e2e/action.js'
import { startCacheServer } from '../__tests__/e2e/cache-server.js'
import { appendResults, machine, median } from './machine.js'

const ROUNDS = Number(process.env.ROUNDS ?? 3)
const work = await mkdtemp(join(tmpdir(), 'bgi-bench-cache-'))
// Each run's RUNNER_TEMP and Go's temporary files go under work, removed at the end.
process.env.TMPDIR = work
const src = join(work, 'src')
await cp(join(ROOT, 'examples/hello'), src, { recursive: true })
const goDirs = { GOMODCACHE: join(work, 'go/mod'), GOCACHE: join(work, 'go/build'), GOPATH: join(work, 'go/path') }

async function fresh(): Promise<void> {
  // Go leaves the module cache read-only.
  execFileSync('chmod', ['-R', 'u+w', join(work, 'go')], { stdio: 'ignore' })
  await rm(join(work, 'go'), { recursive: true, force: true })
}

function seconds(r: ActionRun, stage: string): number {
  return Number(new RegExp(`^${stage}: ([\\d.]+) s`, 'm').exec(r.stdout)?.[1])
}

const cold: number[] = []
const warm: number[] = []
const restore: number[] = []
for (let i = 0; i < ROUNDS; i++) {
  const server = await startCacheServer(await mkdtemp(join(work, 'store-')))
  const env = {
    ...goDirs,
    ACTIONS_CACHE_URL: server.url,
    ACTIONS_RUNTIME_TOKEN: 't',
    RUNNER_OS: 'Linux',
    GITHUB_SHA: 'a'.repeat(40),
    SOURCE_DATE_EPOCH: '1700000000',
  }
  const inputs = { 'working-directory': src, platforms: 'linux/amd64,linux/arm64' }
  await fresh().catch(() => undefined)
  const first = await runAction({ inputs, env })
  const post = await runAction({ script: 'dist/post.js', inputs: {}, env, state: first.state })
  if (first.code !== 0 || post.code !== 0) throw new Error(first.stdout + post.stdout)
  await fresh()
  const second = await runAction({ inputs, env: { ...env, GOPROXY: 'off' } })
  if (second.code !== 0 || second.outputs['build-cache-hit'] !== 'true') throw new Error(second.stdout)
  cold.push(seconds(first, 'build'))
  warm.push(seconds(second, 'build'))
  restore.push(seconds(second, 'cache'))
  await server.stop()
  console.log(`round ${i + 1}: compile cold ${cold.at(-1)} s, warm ${warm.at(-1)} s (restore ${restore.at(-1)} s)`)
}
execFileSync('chmod', ['-R', 'u+w', work], { stdio: 'ignore' })
await rm(work, { recursive: true, force: true }).catch(() => undefined)

appendResults(`
## Module and build cache: cold vs warm (bench/cache.ts)

${machine()}. examples/hello for linux/amd64 + linux/arm64, ${ROUNDS} rounds, medians. Cold: empty
GOMODCACHE and GOCACHE, cache miss. Warm: the same directories emptied, then restored by the action
from a loopback cache server, with GOPROXY=off (no module may be downloaded).

| figure | median | runs |
|---|---|---|
| compile stage, cold | ${median(cold).toFixed(2)} s | ${cold.join(', ')} |
| compile stage, warm | ${median(warm).toFixed(2)} s | ${warm.join(', ')} |
| cache restore (both entries) | ${median(restore).toFixed(2)} s | ${restore.join(', ')} |
| speed-up of the compile stage | ${(median(cold) / median(warm)).toFixed(1)}x | |
`)
