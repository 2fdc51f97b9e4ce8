import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type ActionRun, ROOT, runAction } from './action.js'
import type { CacheService } from './cache-server.js'
import { startCacheServiceV2 } from './cache-service-v2.js'
import { run, runBinary, unpackPlatform } from './oci-tools.js'

let work: string
let src: string
let service: CacheService
// What the runner sets per step: GITHUB_ACTION is `__<owner>_<repo>`, then `..._2` for the second use.
const STEPS = [
  { action: '__octo_build-go-image', main: '.', program: 'hello' },
  { action: '__octo_build-go-image_2', main: './other', program: 'other' },
]

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-steps-'))
  src = join(work, 'src')
  await cp(join(ROOT, 'examples/hello'), src, { recursive: true })
  await mkdir(join(src, 'other'))
  await writeFile(join(src, 'other/main.go'), 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("other") }\n')
  service = await startCacheServiceV2(await mkdtemp(join(work, 'blobs-')))
}, 60_000)
afterAll(() => service.stop())

/** One job on one runner: the same RUNNER_TEMP, HOME and Go directories for every step. */
function jobEnv(runnerTemp: string, go: string): Record<string, string> {
  return {
    ...service.env,
    RUNNER_TEMP: runnerTemp,
    GOMODCACHE: join(go, 'mod'),
    GOCACHE: join(go, 'build'),
    GOPATH: join(go, 'path'),
    XDG_CACHE_HOME: join(go, 'xdg'),
    RUNNER_OS: 'Linux',
    ImageOS: 'ubuntu24',
    GITHUB_SHA: 'd'.repeat(40),
    SOURCE_DATE_EPOCH: '1700000000',
  }
}

async function job(name: string): Promise<{ mains: ActionRun[]; posts: ActionRun[] }> {
  const runnerTemp = await mkdtemp(join(work, `${name}-temp-`))
  // The same paths on every runner (the cache version hashes them), empty at the start of a job.
  const go = join(work, 'go')
  await run('chmod', ['-R', 'u+w', go]).catch(() => undefined)
  await rm(go, { recursive: true, force: true })
  const env = jobEnv(runnerTemp, go)
  const mains: ActionRun[] = []
  for (const step of STEPS) {
    const r = await runAction({
      inputs: { 'working-directory': src, main: step.main, platforms: 'linux/amd64,linux/arm64' },
      env: { ...env, GITHUB_ACTION: step.action },
    })
    if (r.code !== 0) throw new Error(`main ${step.action} failed:\n${r.stdout}`)
    mains.push(r)
  }
  const posts: ActionRun[] = []
  for (const i of [1, 0]) {
    const step = STEPS[i]!
    const r = await runAction({
      script: 'dist/post.js',
      inputs: {},
      env: { ...env, GITHUB_ACTION: step.action },
      state: mains[i]!.state,
    })
    if (r.code !== 0) throw new Error(`post ${step.action} failed:\n${r.stdout}`)
    posts[i] = r
  }
  return { mains, posts }
}

describe('two steps in one job', () => {
  let first: Awaited<ReturnType<typeof job>>

  test('each output names its own image, in a layout of its own', async () => {
    first = await job('one')
    const [a, b] = first.mains as [ActionRun, ActionRun]
    expect(a.outputs['oci-layout']).not.toBe(b.outputs['oci-layout'])
    for (const [i, r] of [a, b].entries()) {
      expect(r.outputs['oci-ref']?.startsWith(`oci:${r.outputs['oci-layout']}:`)).toBe(true)
      const bundle = await unpackPlatform(r.outputs['oci-layout']!, 'linux/arm64', await mkdtemp(join(work, 'unpack-')))
      const program = STEPS[i]!.program
      expect(await readdir(join(bundle, 'rootfs/app'))).toEqual([program])
      const said = await runBinary(
        'linux/arm64',
        join(bundle, 'rootfs/app', program),
        program === 'hello' ? ['-version'] : [],
      )
      expect(said.trim()).toBe(program === 'hello' ? 'hello dev linux/arm64' : 'other')
    }
    const index = JSON.parse(await readFile(join(a.outputs['oci-layout']!, 'index.json'), 'utf8'))
    expect(index.manifests[0].digest).toBe(a.outputs.digest)
  })

  test('both build caches are saved whole: the later post did not trim the earlier step', async () => {
    const [postA, postB] = first.posts as [ActionRun, ActionRun]
    // B's post ran first; A's then still had every layer and program it made.
    for (const post of [postA, postB]) {
      expect(post.stdout).toMatch(/build cache: saved /)
      expect(post.stdout).toMatch(/layers: dropped 0 files of earlier runs; saving [1-9]\d* of this run/)
      // 2 programs, 2 sha256
      expect(post.stdout).toMatch(/binaries: dropped 0 files of earlier runs; saving 4 of this run/)
    }
    // The module cache is one for the job: saved once, the second save a notice.
    expect(postA.stdout).toMatch(
      /module cache: build-go-image-mod-\S+ is already saved \(another step or job saved it first\); not saved again/,
    )
    expect(postA.stdout.match(/^::(warning|error)::.*$/gm)).toBeNull()
    expect(service.entries.filter((e) => e.committed && e.key.includes('-build-'))).toHaveLength(2)
  })

  test('the next job, on a fresh runner, finds both: no program linked again, no layer compressed again', async () => {
    const next = await job('two')
    for (const [i, r] of next.mains.entries()) {
      expect(r.outputs['build-cache-hit']).toBe('true')
      expect(r.outputs.digest).toBe(first.mains[i]!.outputs.digest)
      expect(r.stdout.match(/up to date: not linked again/g)).toHaveLength(2)
    }
  })
})
