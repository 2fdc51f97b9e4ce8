// The action under nektos/act in self-hosted mode, the engine of Gitea's and Forgejo's runners:
// a workflow in a repository of its own uses the action from a local path, pushes to a loopback
// registry and keeps its caches in act's cache server. act gives each run a new workspace path and
// lower-cases cache keys: the second run, on empty Go caches, must restore both (exact hits), find
// the kept program (not linked again) and push the same digest.
import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { ROOT } from './action.js'
import { type RunningRegistry, startRegistry } from './registry.js'

const exec = promisify(execFile)
const ACT = join(ROOT, '.tools/bin/act')
let work: string
let repo: string
let registry: RunningRegistry

const WORKFLOW = `on: push
jobs:
  image:
    runs-on: self-hosted
    steps:
      - uses: actions/checkout@v4
      - uses: ./.github/actions/build-go-image
        id: b
        with:
          working-directory: hello
          platforms: linux/amd64
          image: \${{ env.REGISTRY }}/act/hello
          tags: v1
          push: 'true'
      - run: >-
          echo "RESULT cache-hit=\${{ steps.b.outputs.cache-hit }}
          build-cache-hit=\${{ steps.b.outputs.build-cache-hit }} digest=\${{ steps.b.outputs.digest }}"
`

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-act-'))
  repo = join(work, 'repo')
  await mkdir(join(repo, '.github/workflows'), { recursive: true })
  await cp(join(ROOT, 'examples/hello'), join(repo, 'hello'), { recursive: true })
  const action = join(repo, '.github/actions/build-go-image')
  await mkdir(action, { recursive: true })
  await cp(join(ROOT, 'action.yml'), join(action, 'action.yml'))
  await cp(join(ROOT, 'dist'), join(action, 'dist'), { recursive: true })
  await writeFile(join(repo, '.github/workflows/build.yml'), WORKFLOW)
  const git = (...args: string[]) =>
    exec('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: repo })
  await git('init', '-q')
  await git('add', '-A')
  await git('commit', '-qm', 'the workflow')
  registry = await startRegistry({ dir: join(work, 'registry') })
}, 60_000)
afterAll(async () => {
  await registry.stop()
  await rm(join(work, 'go'), { recursive: true, force: true }).catch(() => undefined)
})

/**
 * One act run on empty Go caches (as on a fresh runner: the same paths, for the cache version
 * hashes them, emptied); the RESULT line's values.
 */
async function act(): Promise<{ log: string; result: Record<string, string> }> {
  const go = join(work, 'go')
  await exec('chmod', ['-R', 'u+w', go]).catch(() => undefined)
  await rm(go, { recursive: true, force: true })
  const env = {
    REGISTRY: registry.host,
    GOCACHE: join(go, 'build'),
    GOMODCACHE: join(go, 'mod'),
    GOPATH: join(go, 'path'),
    XDG_CACHE_HOME: join(go, 'xdg'),
    SOURCE_DATE_EPOCH: '1700000000',
  }
  const { stdout, stderr } = await exec(
    ACT,
    [
      'push',
      '-P',
      'self-hosted=-self-hosted',
      '--cache-server-path',
      join(work, 'act-cache'),
      '--artifact-server-path',
      join(work, 'act-artifacts'),
      ...Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`]),
    ],
    { cwd: repo, maxBuffer: 64 << 20, env: { ...process.env, HOME: process.env.HOME ?? '/root' } },
  )
  const log = stdout + stderr
  // What the run step printed (act's `| ` lines), not the command line act shows before it.
  const line = (/\| RESULT (.*)$/m.exec(log)?.[1] ?? '').trim()
  return { log, result: Object.fromEntries(line.split(/\s+/).map((kv) => kv.split('=') as [string, string])) }
}

test('two runs under act: the second restores both caches (exact hits), finds the kept program', async () => {
  const first = await act()
  expect(first.log).toContain('🏁  Job succeeded')
  expect(first.result).toMatchObject({ 'cache-hit': 'false', 'build-cache-hit': 'false' })
  expect(first.log).toMatch(/module cache: saved build-go-image-mod-/)
  const second = await act()
  expect(second.log).toContain('🏁  Job succeeded')
  expect(second.result).toEqual({ 'cache-hit': 'true', 'build-cache-hit': 'true', digest: first.result.digest })
  expect(second.log).toMatch(/linux\/amd64: built in [\d.]+ s \([\d.]+ MiB, up to date: not linked again\)/)
  expect(second.log).toContain('module cache: exact hit')
  expect(first.result.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
}, 600_000)
