// Push through dist/main.js to registries that behave as the hosted ones do (a proxy with each
// registry's profile in front of the real docker-registry): examples/hello on two platforms, and a
// program whose layer is over 70 MB (GHCR refuses any PATCH declaring over 4 MiB). Each is pulled
// back with skopeo and run (under qemu for arm64); under Node 20 and Node 24 in turn.

import { createHash, randomBytes } from 'node:crypto'
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type ActionRun, nodes, ROOT, runAction } from './action.js'
import { run, runBinary, unpackPlatform } from './oci-tools.js'
import { type FaultProxy, startProxy } from './proxy.js'
import { type RunningRegistry, startRegistry } from './registry.js'
import type { ProfileName } from './registry-profiles.js'

const MiB = 1 << 20
let work: string
let hello: string
let assets: string
let payloadDigest: string
let registry: RunningRegistry
const stops: (() => Promise<void>)[] = []

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-profiles-'))
  hello = join(work, 'hello')
  await cp(join(ROOT, 'examples/hello'), hello, { recursive: true })
  // A Go program that embeds 72 MB of incompressible assets: its layer is about as large.
  assets = join(work, 'assets')
  await mkdir(assets, { recursive: true })
  const payload = randomBytes(72 * MiB)
  payloadDigest = createHash('sha256').update(payload).digest('hex')
  await writeFile(join(assets, 'payload.bin'), payload)
  await writeFile(join(assets, 'go.mod'), 'module example.com/assets\n\ngo 1.22\n')
  await writeFile(
    join(assets, 'main.go'),
    [
      'package main',
      '',
      'import (',
      '\t"crypto/sha256"',
      '\t_ "embed"',
      '\t"fmt"',
      ')',
      '',
      '//go:embed payload.bin',
      'var payload []byte',
      '',
      'func main() { fmt.Printf("%d %x\\n", len(payload), sha256.Sum256(payload)) }',
      '',
    ].join('\n'),
  )
  registry = await startRegistry({ dir: join(work, 'registry') })
  stops.push(() => registry.stop())
})
afterAll(async () => {
  for (const s of stops.reverse()) await s()
})

function ok(r: ActionRun): ActionRun {
  if (r.code !== 0) throw new Error(`action failed (${r.code}):\n${r.stdout}\n${r.stderr}`)
  return r
}

function push(inputs: Record<string, string>, node: string): Promise<ActionRun> {
  return runAction({ node, inputs: { push: 'true', ...inputs }, env: { SOURCE_DATE_EPOCH: '1700000000' } })
}

/** Copy the pushed image back with skopeo (which checks every digest), then run it. */
async function pullAndRun(host: string, repo: string, tag: string, platform: string, args: string[]): Promise<string> {
  const back = await mkdtemp(join(work, 'back-'))
  await run('skopeo', [
    'copy',
    '--all',
    '--src-tls-verify=false',
    `docker://${host}/${repo}:${tag}`,
    `oci:${back}/layout:${tag}`,
  ])
  const config = JSON.parse(
    await run('skopeo', ['inspect', '--config', '--raw', '--tls-verify=false', `docker://${host}/${repo}:${tag}`]),
  )
  const bundle = await unpackPlatform(`${back}/layout`, platform, back)
  const entrypoint = (config.config.Entrypoint as string[])[0] as string
  return runBinary(platform, join(bundle, 'rootfs', entrypoint), args)
}

async function tagsOf(host: string, repo: string): Promise<string[]> {
  return JSON.parse(await run('skopeo', ['list-tags', '--tls-verify=false', `docker://${host}/${repo}`]))
    .Tags as string[]
}

const profiles: { profile: ProfileName; helloNode: number; bigNode: number }[] = [
  { profile: 'ghcr', helloNode: 1, bigNode: 0 },
  { profile: 'ecr', helloNode: 0, bigNode: 1 },
  { profile: 'dockerhub', helloNode: 1, bigNode: 0 },
  { profile: 'gar', helloNode: 0, bigNode: 1 },
  { profile: 'referrers', helloNode: 1, bigNode: 0 },
]

describe.each(profiles)('$profile', ({ profile, helloNode, bigNode }) => {
  let proxy: FaultProxy
  let small: ActionRun
  let big: ActionRun

  beforeAll(async () => {
    proxy = await startProxy(registry.port, undefined, { profile })
    stops.push(() => proxy.stop())
    if (profile === 'dockerhub') {
      // Its abuse limit: a plain-text 429 with no Retry-After (docker/hub-feedback#1907).
      proxy.rules.push(
        {
          match: (m, p) => m === 'HEAD' && p.includes('/blobs/'),
          fault: { kind: 'status', status: 429, body: 'Too Many Requests\n' },
          times: 2,
        },
        {
          match: (m, p) => m === 'PUT' && p.includes('/manifests/'),
          fault: { kind: 'status', status: 429, body: 'Too Many Requests\n' },
          times: 1,
        },
      )
    }
    if (profile === 'ecr') {
      proxy.rules.push({
        match: (m, p) => m === 'POST' && p.includes('/blobs/uploads/'),
        fault: {
          kind: 'status',
          status: 429,
          body: JSON.stringify({ errors: [{ code: 'TOOMANYREQUESTS', message: 'Rate exceeded' }] }),
        },
        times: 1,
      })
    }
    const image =
      profile === 'ecr'
        ? `${proxy.host}/${profile}/hello\n${proxy.host}/${profile}/mirror`
        : `${proxy.host}/${profile}/hello`
    small = ok(
      await push(
        { 'working-directory': hello, platforms: 'linux/amd64,linux/arm64', image, tags: 'v1' },
        nodes()[helloNode]!.path,
      ),
    )
    big = ok(
      await push(
        { 'working-directory': assets, platforms: 'linux/arm64', image: `${proxy.host}/${profile}/assets`, tags: 'v1' },
        nodes()[bigNode]!.path,
      ),
    )
  })

  test('hello: pulled back by skopeo, it runs on both platforms', async () => {
    for (const platform of ['linux/amd64', 'linux/arm64']) {
      expect(await pullAndRun(proxy.host, `${profile}/hello`, 'v1', platform, ['-version'])).toBe(
        `hello dev ${platform}\n`,
      )
    }
    expect(small.outputs.digest).toMatch(/^sha256:/)
  })

  test('the 72 MB program: pulled back by skopeo, it runs under qemu and prints its payload digest', async () => {
    expect(await pullAndRun(proxy.host, `${profile}/assets`, 'v1', 'linux/arm64', [])).toBe(
      `${72 * MiB} ${payloadDigest}\n`,
    )
    expect(big.stdout).toMatch(/blobs: \d+ uploaded/)
  })

  test('no upload request declared a body over 4 MiB; the large layer went as one streamed PATCH', () => {
    const uploads = proxy.seen.filter((s) => s.path.includes('/blobs/uploads/'))
    expect(uploads.filter((s) => Number(s.contentLength ?? 0) > 4 * MiB)).toEqual([])
    expect(uploads.filter((s) => s.status === 416 || s.status === 413)).toEqual([])
    expect(uploads.some((s) => s.method === 'PATCH' && s.chunked && s.bytesIn > 70 * MiB && s.status === 202)).toBe(
      true,
    )
    // No chunked upload (Content-Range) was needed anywhere: GAR has none.
    expect(uploads.filter((s) => s.contentRange !== undefined)).toEqual([])
  })

  if (profile === 'referrers') {
    test('the referrers API lists each SBOM, so no fallback tag is written', async () => {
      const digests = JSON.parse(small.outputs.digests!) as Record<string, string>
      const sboms = JSON.parse(small.outputs['sbom-digests']!) as Record<string, string>
      for (const [platform, digest] of Object.entries(digests)) {
        const listed = (await (
          await fetch(`http://${proxy.host}/v2/${profile}/hello/referrers/${digest}`)
        ).json()) as any
        expect(listed.manifests.map((m: any) => m.digest)).toEqual([sboms[platform]])
      }
      expect(await tagsOf(proxy.host, `${profile}/hello`)).toEqual(['v1'])
    })
  } else {
    test('no referrers API (ECR even answers OCI-Subject): each SBOM is listed under its fallback tag', async () => {
      const digests = JSON.parse(small.outputs.digests!) as Record<string, string>
      const sboms = JSON.parse(small.outputs['sbom-digests']!) as Record<string, string>
      for (const [platform, digest] of Object.entries(digests)) {
        const fallback = JSON.parse(
          await run('skopeo', [
            'inspect',
            '--raw',
            '--tls-verify=false',
            `docker://${proxy.host}/${profile}/hello:sha256-${digest.slice(7)}`,
          ]),
        )
        expect(fallback.manifests.map((m: any) => m.digest)).toEqual([sboms[platform]])
      }
      if (profile === 'ecr')
        expect(proxy.seen.some((s) => s.path.includes('/referrers/') && s.status === 404)).toBe(true)
    })
  }

  if (profile === 'ecr') {
    test('mounts answered 202 are uploads into the session given; the rate limit was retried', async () => {
      const mounts = proxy.seen.filter(
        (s) => s.method === 'POST' && s.path.includes('/ecr/mirror/blobs/uploads/?mount='),
      )
      expect(mounts.length).toBeGreaterThan(0)
      expect(mounts.every((m) => m.status === 202)).toBe(true)
      expect(proxy.seen.filter((s) => s.status === 429)).toHaveLength(1)
      const raw = await run('skopeo', [
        'inspect',
        '--raw',
        '--tls-verify=false',
        `docker://${proxy.host}/ecr/mirror:v1`,
      ])
      expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(small.outputs.digest)
    })
  }

  if (profile === 'dockerhub') {
    test('its plain-text 429s without Retry-After were retried', () => {
      expect(proxy.seen.filter((s) => s.status === 429)).toHaveLength(3)
      expect(small.stdout).toMatch(/retrying after PUT .* gave HTTP 429: Too Many Requests/)
    })
  }
})
