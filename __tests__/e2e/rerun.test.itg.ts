// Re-runs against the registries' own rules: a release job run again on a repository whose tags
// are immutable (ECR's IMMUTABLE, emulated by the proxy in front of a real registry) is green and
// writes no tag; a build of another image under the same tag fails naming both images.
import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { errorLines, ROOT, runAction } from './action.js'
import { type FaultProxy, startProxy } from './proxy.js'
import { type RunningRegistry, startRegistry } from './registry.js'

let work: string
let src: string
let registry: RunningRegistry
let ecr: FaultProxy

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-rerun-'))
  src = join(work, 'src')
  await cp(join(ROOT, 'examples/hello'), src, { recursive: true })
  registry = await startRegistry({ dir: join(work, 'registry') })
  ecr = await startProxy(registry.port, undefined, { profile: 'ecr-immutable' })
})
afterAll(async () => {
  await ecr.stop()
  await registry.stop()
})

const release = (ldflags = '') =>
  runAction({
    inputs: {
      'working-directory': src,
      platforms: 'linux/amd64,linux/arm64',
      image: `${ecr.host}/team/app`,
      tags: '1.2.3\nlatest',
      push: 'true',
      sbom: 'false',
      ldflags,
    },
    env: { SOURCE_DATE_EPOCH: '1700000000' },
  })

const tagPuts = (from: number) =>
  ecr.seen.slice(from).filter((s) => s.method === 'PUT' && /\/manifests\/(1\.2\.3|latest)$/.test(s.path))

test('a release run again on immutable tags: green, every tag already there, none written', async () => {
  const first = await release()
  expect(first.code, first.stdout).toBe(0)
  const before = ecr.seen.length
  const again = await release()
  expect(again.code, again.stdout).toBe(0)
  expect(again.outputs.digest).toBe(first.outputs.digest)
  expect(again.stdout).toContain(`${ecr.host}/team/app:1.2.3: already there, not written again`)
  expect(again.stdout).toContain(`${ecr.host}/team/app:latest: already there, not written again`)
  expect(tagPuts(before)).toEqual([])
})

test('another image under an immutable tag fails naming the tag, both digests and the registry’s answer', async () => {
  const held = (await release()).outputs.digest!
  const r = await release('-X main.version=other')
  expect(r.code).toBe(1)
  const line = errorLines(r.stdout).find((l) => l.startsWith('tagging stopped')) ?? ''
  expect(line).toMatch(new RegExp(`^tagging stopped at ${ecr.host}/team/app:(1\\.2\\.3|latest): `))
  expect(line).toContain(`is at ${held}; moving it to sha256:`)
  expect(line).toContain('TAG_INVALID')
  expect(line).toContain('cannot be overwritten because the repository is immutable')
  expect(line).toContain('push under a new tag, or let this one move')
})
