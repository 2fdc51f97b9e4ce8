// What a release build costs against a cached one (#26): examples/hello for linux/amd64 +
// linux/arm64, on a fresh runner whose caches a branch build of the same commit saved (through
// @actions/cache and a loopback cache server). The cached tag build restores the build cache and
// kept programs (release-build: false); the release build compiles into an empty GOCACHE and
// links every platform (release-build: auto, a tag push). Same commit, same image bytes.

import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ActionRun, ROOT, runAction } from '../__tests__/e2e/action.js'
import { startCacheServer } from '../__tests__/e2e/cache-server.js'
import { appendResults, machine, median } from './machine.js'

const ROUNDS = Number(process.env.ROUNDS ?? 3)
const work = await mkdtemp(join(tmpdir(), 'bgi-bench-release-'))
process.env.TMPDIR = work
const src = join(work, 'src')
await cp(join(ROOT, 'examples/hello'), src, { recursive: true })
const dirs = {
  GOMODCACHE: join(work, 'go/mod'),
  GOCACHE: join(work, 'go/build'),
  GOPATH: join(work, 'go/path'),
  XDG_CACHE_HOME: join(work, 'go/xdg'),
}

async function fresh(): Promise<void> {
  execFileSync('chmod', ['-R', 'u+w', join(work, 'go')], { stdio: 'ignore' })
  await rm(join(work, 'go'), { recursive: true, force: true })
}

function seconds(r: ActionRun, stage: string): number {
  return Number(new RegExp(`^${stage}: ([\\d.]+) s`, 'm').exec(r.stdout)?.[1])
}

async function timed(inputs: Record<string, string>, env: Record<string, string>) {
  const started = performance.now()
  const r = await runAction({ inputs, env })
  if (r.code !== 0) throw new Error(r.stdout)
  return { r, wall: (performance.now() - started) / 1000 }
}

const rows = {
  cachedWall: [] as number[],
  cachedBuild: [] as number[],
  releaseWall: [] as number[],
  releaseBuild: [] as number[],
}
for (let i = 0; i < ROUNDS; i++) {
  const server = await startCacheServer(await mkdtemp(join(work, 'store-')))
  const env = {
    ...dirs,
    ...server.env,
    RUNNER_OS: 'Linux',
    GITHUB_SHA: 'a'.repeat(40),
    SOURCE_DATE_EPOCH: '1700000000',
  }
  const inputs = { 'working-directory': src, platforms: 'linux/amd64,linux/arm64' }
  await fresh().catch(() => undefined)
  const branch = await runAction({ inputs, env: { ...env, GITHUB_REF: 'refs/heads/main' } })
  const post = await runAction({ script: 'dist/post.js', inputs: {}, env, state: branch.state })
  if (branch.code !== 0 || post.code !== 0) throw new Error(branch.stdout + post.stdout)
  const tag = { ...env, GITHUB_REF: 'refs/tags/v1.0.0', GITHUB_EVENT_NAME: 'push' }
  await fresh()
  const cached = await timed({ ...inputs, 'release-build': 'false' }, tag)
  await fresh()
  const release = await timed({ ...inputs, 'release-build': 'auto' }, tag)
  if (release.r.outputs.digest !== cached.r.outputs.digest) throw new Error('the release and cached digests differ')
  rows.cachedWall.push(Number(cached.wall.toFixed(2)))
  rows.cachedBuild.push(seconds(cached.r, 'build'))
  rows.releaseWall.push(Number(release.wall.toFixed(2)))
  rows.releaseBuild.push(seconds(release.r, 'build'))
  await server.stop()
  console.log(`round ${i + 1}: cached ${cached.wall.toFixed(2)} s, release ${release.wall.toFixed(2)} s`)
}
execFileSync('chmod', ['-R', 'u+w', work], { stdio: 'ignore' })
await rm(work, { recursive: true, force: true }).catch(() => undefined)

const extra = (median(rows.releaseWall) - median(rows.cachedWall)).toFixed(1)
const row = (label: string, xs: number[]) => `| ${label} | ${median(xs).toFixed(2)} s | ${xs.join(', ')} |`
appendResults(`
## A release build against a cached one (bench/release.ts, #26)

${machine()}. examples/hello for linux/amd64 + linux/arm64, ${ROUNDS} rounds, medians; a tag push on a
fresh runner whose caches a branch build of the same commit saved. Cached: \`release-build: false\`
(build cache and kept programs restored, nothing linked). Release: the default, which takes no
build cache, program, layer or compressor from any cache (the module cache after \`go mod verify\`).
Both give the same digest (checked).

| figure | median | runs |
|---|---|---|
${row('main step, cached tag build', rows.cachedWall)}
${row('main step, release build', rows.releaseWall)}
${row('build stage, cached', rows.cachedBuild)}
${row('build stage, release', rows.releaseBuild)}

The release pays for compiling the standard library and every dependency for each platform, and
for building the fast compressor, every time: ${extra} s more here, what a build with no cache at all
costs: the price of a release that no cache entry can choose. Only releases pay it; branch and
pull-request builds keep the caches.
`)
