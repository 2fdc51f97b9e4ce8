// Push through dist/main.js to a real distribution registry in three set-ups (plain HTTP; TLS +
// htpasswd; TLS + token auth), read back with skopeo; faults injected by a loopback proxy.

import { chmod, cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type ActionRun, errorLines, nodes, ROOT, runAction, visibleLog } from './action.js'
import { run, skopeoRaw } from './oci-tools.js'
import { makePki, type Pki } from './pki.js'
import { type FaultProxy, startProxy } from './proxy.js'
import { type RunningRegistry, startRegistry } from './registry.js'
import { startTokenServer, type TokenServer } from './token-server.js'

const PLATFORMS = 'linux/amd64,linux/arm64,linux/arm/v7'
const USER = 'ci-user'
const PASSWORD = 's3cret-Pa55word-never-logged'
let src: string
let pki: Pki
let work: string
const stops: (() => Promise<void>)[] = []

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-push-'))
  src = join(work, 'src')
  await cp(join(ROOT, 'examples/hello'), src, { recursive: true })
  pki = makePki(join(work, 'pki'))
})
afterAll(async () => {
  for (const stop of stops.reverse()) await stop()
})

function push(
  host: string,
  extra: Record<string, string> = {},
  env: Record<string, string> = {},
  node?: string,
): Promise<ActionRun> {
  return runAction({
    ...(node ? { node } : {}),
    inputs: {
      'working-directory': src,
      platforms: PLATFORMS,
      image: `${host}/team/hello`,
      tags: 'v1\nstable',
      push: 'true',
      ...extra,
    },
    env: { SOURCE_DATE_EPOCH: '1700000000', NODE_EXTRA_CA_CERTS: pki.caCert, ...env },
  })
}

function ok(r: ActionRun): ActionRun {
  if (r.code !== 0) throw new Error(`action failed (${r.code}):\n${r.stdout}\n${r.stderr}`)
  return r
}

/** skopeo against the registry: TLS verified with the test CA, or plain HTTP. */
function skopeoOpts(tls: boolean, creds?: string): string[] {
  return [...(tls ? ['--cert-dir', pki.certDir] : ['--tls-verify=false']), ...(creds ? ['--creds', creds] : [])]
}

async function checkPulledBack(r: ActionRun, host: string, tls: boolean, creds?: string): Promise<void> {
  const opts = skopeoOpts(tls, creds)
  const raw = await run('skopeo', ['inspect', '--raw', ...opts, `docker://${host}/team/hello:v1`])
  const { createHash } = await import('node:crypto')
  expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(r.outputs.digest)
  const index = JSON.parse(raw)
  expect(index.manifests.map((m: any) => m.platform.architecture)).toEqual(['amd64', 'arm', 'arm64'])
  const stable = await run('skopeo', ['inspect', '--raw', ...opts, `docker://${host}/team/hello:stable`])
  expect(stable).toBe(raw)
  // Pull every platform back into an OCI layout: skopeo verifies each blob's digest as it copies.
  const back = await mkdtemp(join(work, 'pulled-'))
  await run('skopeo', [
    'copy',
    '--all',
    ...(tls ? ['--src-cert-dir', pki.certDir] : ['--src-tls-verify=false']),
    ...(creds ? ['--src-creds', creds] : []),
    `docker://${host}/team/hello:v1`,
    `oci:${back}:v1`,
  ])
  const local = await skopeoRaw(`oci:${back}:v1`)
  expect(local.digest).toBe(r.outputs.digest)
  expect(r.outputs.image).toBe(`${host}/team/hello@${r.outputs.digest}`)
  expect(r.outputs.tags!.split('\n')).toEqual([`${host}/team/hello:v1`, `${host}/team/hello:stable`])
}

describe('plain HTTP registry behind a counting, fault-injecting proxy that makes Locations relative', () => {
  let registry: RunningRegistry
  let proxy: FaultProxy
  let first: ActionRun

  beforeAll(async () => {
    registry = await startRegistry({ dir: join(work, 'reg-plain') })
    stops.push(() => registry.stop())
    proxy = await startProxy(registry.port, undefined, { relativeLocations: true })
    stops.push(() => proxy.stop())
    first = ok(await push(proxy.host, {}, {}, nodes()[1]!.path))
  })

  test('the index and every platform arrive; skopeo reports the digest output', async () => {
    await checkPulledBack(first, proxy.host, false)
    expect(JSON.parse(first.outputs.metadata!)['image.name']).toBe(
      `${proxy.host}/team/hello:v1,${proxy.host}/team/hello:stable`,
    )
    expect(first.summary).toContain(`${proxy.host}/team/hello:v1`)
  })

  test(
    'each platform has an SPDX SBOM, found through the fallback tag, whose subject is ' + 'the platform manifest',
    async () => {
      const digests = JSON.parse(first.outputs.digests!) as Record<string, string>
      const sboms = JSON.parse(first.outputs['sbom-digests']!) as Record<string, string>
      expect(Object.keys(sboms)).toEqual(Object.keys(digests))
      for (const [platform, digest] of Object.entries(digests)) {
        const fallback = JSON.parse(
          await run('skopeo', [
            'inspect',
            '--raw',
            '--tls-verify=false',
            `docker://${proxy.host}/team/hello:sha256-${digest.slice(7)}`,
          ]),
        )
        expect(fallback.manifests).toEqual([
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: sboms[platform],
            size: expect.any(Number),
            artifactType: 'application/spdx+json',
            annotations: { 'org.opencontainers.image.created': '2023-11-14T22:13:20Z' },
          },
        ])
        const res = await fetch(`http://${proxy.host}/v2/team/hello/manifests/${sboms[platform]}`, {
          headers: { Accept: 'application/vnd.oci.image.manifest.v1+json' },
        })
        const artifact = (await res.json()) as any
        expect(artifact.artifactType).toBe('application/spdx+json')
        expect(artifact.config.mediaType).toBe('application/vnd.oci.empty.v1+json')
        expect(artifact.subject.digest).toBe(digest)
        const doc = (await (
          await fetch(`http://${proxy.host}/v2/team/hello/blobs/${artifact.layers[0].digest}`)
        ).json()) as any
        expect(doc.spdxVersion).toBe('SPDX-2.3')
        const uuid = doc.packages.find((p: any) => p.name === 'github.com/google/uuid')
        expect(uuid.versionInfo).toBe('v1.6.0')
        expect(uuid.externalRefs[0].referenceLocator).toBe('pkg:golang/github.com/google/uuid@v1.6.0')
        expect(uuid.checksums[0]).toEqual({
          algorithm: 'SHA256',
          checksumValue: Buffer.from('NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=', 'base64').toString('hex'),
        })
        expect(doc.packages[0].comment).toContain(`for ${platform}`)
      }
    },
  )

  test('the proxy really answered with relative Locations', () => {
    const sessions = proxy.seen.filter((s) => s.method === 'POST' && s.status === 202)
    expect(sessions.length).toBeGreaterThan(0)
    expect(sessions.every((s) => s.location?.startsWith('/v2/team/hello/blobs/uploads/'))).toBe(true)
  })

  test('blobs, then platform manifests by digest, then the index by digest, then tags', () => {
    const writes = proxy.seen.filter((s) => s.method === 'PUT')
    const kinds = writes.map((s) =>
      s.path.includes('/blobs/uploads/')
        ? 'blob'
        : s.path.includes('/manifests/sha256:')
          ? 'digest'
          : s.path.includes('/manifests/sha256-')
            ? 'sbom-fallback-tag'
            : 'tag',
    )
    const lastBlob = kinds.lastIndexOf('blob')
    const firstDigest = kinds.indexOf('digest')
    const firstTag = kinds.indexOf('tag')
    expect(lastBlob).toBeLessThan(firstDigest)
    expect(kinds.lastIndexOf('digest')).toBeLessThan(firstTag)
    expect(kinds.lastIndexOf('sbom-fallback-tag')).toBeLessThan(firstTag)
    // 3 platform manifests + the index + 3 SBOM artifact manifests, by digest.
    expect(kinds.filter((k) => k === 'digest')).toHaveLength(7)
    expect(kinds.filter((k) => k === 'sbom-fallback-tag')).toHaveLength(3)
    expect(kinds.filter((k) => k === 'tag')).toHaveLength(2)
  })

  test('a second push of the same build uploads no blob', async () => {
    const before = proxy.seen.length
    const again = ok(await push(proxy.host))
    expect(again.outputs.digest).toBe(first.outputs.digest)
    const requests = proxy.seen.slice(before)
    expect(requests.filter((s) => s.path.includes('/blobs/uploads/'))).toEqual([])
    expect(
      requests.filter((s) => s.method === 'HEAD' && s.path.includes('/blobs/')).every((s) => s.status === 200),
    ).toBe(true)
    expect(again.stdout).toMatch(/blobs: 0 uploaded \(0 bytes\), 0 mounted, 11 already present/)
  })

  test('503s, a 429 with Retry-After and a connection dropped mid-blob are retried; the push succeeds', async () => {
    proxy.rules.push(
      { match: (m, p) => m === 'HEAD' && p.includes('/blobs/'), fault: { kind: 'status', status: 503 }, times: 2 },
      {
        match: (m, p) => m === 'POST' && p.includes('/blobs/uploads/'),
        fault: { kind: 'status', status: 429, headers: { 'Retry-After': '1' } },
        times: 1,
      },
      { match: (m, p) => m === 'PUT' && p.includes('/blobs/uploads/'), fault: { kind: 'drop' }, times: 1 },
      { match: (m, p) => m === 'PUT' && p.includes('/manifests/'), fault: { kind: 'status', status: 502 }, times: 1 },
    )
    const before = proxy.seen.length
    // A different build (other ldflags), so every binary layer must be uploaded again.
    const r = ok(await push(proxy.host, { ldflags: '-X main.version=faulty', tags: 'faulty' }))
    const seen = proxy.seen.slice(before)
    expect(seen.filter((s) => s.status === 503)).toHaveLength(2)
    expect(seen.filter((s) => s.status === 429)).toHaveLength(1)
    expect(seen.filter((s) => s.status === -1)).toHaveLength(1)
    expect(seen.filter((s) => s.status === 502)).toHaveLength(1)
    const inspected = await run('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${proxy.host}/team/hello:faulty`,
    ])
    const { createHash } = await import('node:crypto')
    expect(`sha256:${createHash('sha256').update(inspected).digest('hex')}`).toBe(r.outputs.digest)
    expect(proxy.rules.every((rule) => rule.times === 0)).toBe(true)
  })

  test('when faults never stop, the step fails and no tag is created or moved', async () => {
    const stableBefore = await run('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${proxy.host}/team/hello:stable`,
    ])
    proxy.rules.length = 0
    proxy.rules.push({
      match: (m, p) => m === 'PUT' && p.includes('/blobs/uploads/'),
      fault: { kind: 'status', status: 503 },
      times: Infinity,
    })
    const r = await push(proxy.host, { ldflags: '-X main.version=never', tags: 'stable\nbrand-new' })
    proxy.rules.length = 0
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(
      /PUT http:\/\/127\.0\.0\.1:\d+\/v2\/team\/hello\/blobs\/uploads\/[^ ?]* gave HTTP 503/,
    )
    const stableAfter = await run('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${proxy.host}/team/hello:stable`,
    ])
    expect(stableAfter).toBe(stableBefore)
    await expect(
      run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${proxy.host}/team/hello:brand-new`]),
    ).rejects.toThrow(/manifest unknown/i)
    // Abandoned upload sessions were cancelled.
    expect(proxy.seen.some((s) => s.method === 'DELETE' && s.path.includes('/blobs/uploads/'))).toBe(true)
  })
})

describe('TLS registry with htpasswd Basic auth', () => {
  let registry: RunningRegistry
  let host: string

  beforeAll(async () => {
    registry = await startRegistry({
      dir: join(work, 'reg-basic'),
      tls: pki,
      htpasswd: { user: USER, password: PASSWORD },
    })
    stops.push(() => registry.stop())
    host = registry.host
  })

  test('push with username and password; skopeo reads every platform back', async () => {
    const r = ok(await push(host, { username: USER, password: PASSWORD }))
    await checkPulledBack(r, host, true, `${USER}:${PASSWORD}`)
    expect(visibleLog(r)).not.toContain(PASSWORD)
  })

  test('a wrong password fails naming the registry, and the password appears in no log line', async () => {
    const wrong = 'wrong-Pa55word-xyz'
    const r = await push(host, { username: USER, password: wrong, tags: 'never' })
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toBe(`authentication to ${host} failed: the registry rejected the credentials`)
    expect(visibleLog(r)).not.toContain(wrong)
  })

  test('credentials from a docker config credHelper', async () => {
    const bin = join(work, 'helper-bin')
    await mkdir(bin, { recursive: true })
    const helper = join(bin, 'docker-credential-testhelper')
    await writeFile(
      helper,
      `#!/bin/sh\nread host\n[ "$host" = "${host}" ] || exit 1\necho ` +
        `'{"ServerURL":"${host}","Username":"${USER}","Secret":"${PASSWORD}"}'\n`,
    )
    await chmod(helper, 0o755)
    const config = join(work, 'docker-helper')
    await mkdir(config, { recursive: true })
    await writeFile(join(config, 'config.json'), JSON.stringify({ credHelpers: { [host]: 'testhelper' } }))
    const r = ok(await push(host, { tags: 'helper' }, { DOCKER_CONFIG: config, PATH: `${bin}:${process.env.PATH}` }))
    expect(r.stdout).toContain(`${host}: credentials for user ${USER}`)
    expect(visibleLog(r)).not.toContain(PASSWORD)
  })
})

describe('TLS registry with token auth', () => {
  let registry: RunningRegistry
  let tokens: TokenServer

  beforeAll(async () => {
    tokens = await startTokenServer({
      pki,
      service: 'test-registry',
      issuer: 'test-issuer',
      users: { [USER]: PASSWORD },
      refreshTokens: { 'refresh-abc-123': USER },
    })
    stops.push(() => tokens.stop())
    registry = await startRegistry({
      dir: join(work, 'reg-token'),
      tls: pki,
      token: { realm: tokens.realm, service: 'test-registry', issuer: 'test-issuer', pki },
    })
    stops.push(() => registry.stop())
  })

  test('push with username and password (token by GET with Basic); skopeo reads it back', async () => {
    const r = ok(await push(registry.host, { username: USER, password: PASSWORD }))
    await checkPulledBack(r, registry.host, true, `${USER}:${PASSWORD}`)
    const get = tokens.requests.find((t) => t.method === 'GET' && t.account === USER)
    expect(get?.scopes).toContain('repository:team/hello:push,pull')
  })

  test('an identity token from docker config goes through the OAuth2 POST flow', async () => {
    const config = join(work, 'docker-identity')
    await mkdir(config, { recursive: true })
    await writeFile(
      join(config, 'config.json'),
      JSON.stringify({
        auths: {
          [`https://${registry.host}`]: {
            auth: Buffer.from(`${USER}:`).toString('base64').replace(/=+$/, ''),
            identitytoken: 'refresh-abc-123',
          },
        },
      }),
    )
    const before = tokens.requests.length
    const r = ok(await push(registry.host, { tags: 'identity' }, { DOCKER_CONFIG: config }))
    expect(tokens.requests.slice(before).some((t) => t.method === 'POST' && t.grant === 'refresh_token')).toBe(true)
    expect(r.stdout).toContain('an identity token')
  })

  test('no credentials: a clear error naming the registry', async () => {
    const r = await push(registry.host, { tags: 'anon' }, { DOCKER_CONFIG: join(work, 'nothing-here') })
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(
      new RegExp(`^authentication to ${registry.host.replace(/\./g, '\\.')} failed: anonymous access was refused`),
    )
  })
})

describe('several repositories and registries', () => {
  test('each gets the image; a second repository on the same registry mounts blobs instead of uploading', async () => {
    const plain = await startRegistry({ dir: join(work, 'reg-multi-plain') })
    stops.push(() => plain.stop())
    const proxy = await startProxy(plain.port)
    stops.push(() => proxy.stop())
    const tls = await startRegistry({
      dir: join(work, 'reg-multi-tls'),
      tls: pki,
      htpasswd: { user: USER, password: PASSWORD },
    })
    stops.push(() => tls.stop())
    const image = [`${tls.host}/team/hello`, `${proxy.host}/team/hello`, `${proxy.host}/mirror/hello`].join('\n')
    const r = ok(await push(proxy.host, { image, username: USER, password: PASSWORD, tags: 'multi' }))
    expect(r.outputs.images!.split('\n')).toEqual([
      `${tls.host}/team/hello@${r.outputs.digest}`,
      `${proxy.host}/team/hello@${r.outputs.digest}`,
      `${proxy.host}/mirror/hello@${r.outputs.digest}`,
    ])
    for (const [host, repo, opts] of [
      [tls.host, 'team/hello', skopeoOpts(true, `${USER}:${PASSWORD}`)],
      [proxy.host, 'team/hello', skopeoOpts(false)],
      [proxy.host, 'mirror/hello', skopeoOpts(false)],
    ] as const) {
      const raw = await run('skopeo', ['inspect', '--raw', ...opts, `docker://${host}/${repo}:multi`])
      const { createHash } = await import('node:crypto')
      expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(r.outputs.digest)
    }
    const mounts = proxy.seen.filter(
      (s) => s.method === 'POST' && s.path.startsWith('/v2/mirror/hello/blobs/uploads/?mount='),
    )
    expect(mounts).toHaveLength(11) // 7 image blobs, the empty config and 3 SBOMs
    expect(mounts.every((m) => m.status === 201 && m.path.includes('&from=team/hello'))).toBe(true)
    expect(proxy.seen.filter((s) => s.method === 'PUT' && s.path.startsWith('/v2/mirror/hello/blobs/'))).toEqual([])
  })
})

describe('tags and annotations from a tag-push event', () => {
  const event = join(ROOT, '__tests__/fixtures/events/tag-push.json')
  const github = (ref: string, sha: string) => ({
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: ref,
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: 'octo-org/app',
    GITHUB_EVENT_PATH: event,
  })
  let host: string

  beforeAll(async () => {
    const registry = await startRegistry({ dir: join(work, 'reg-tags') })
    stops.push(() => registry.stop())
    host = registry.host
  })

  async function digestOf(tag: string): Promise<string> {
    const raw = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${host}/team/hello:${tag}`])
    const { createHash } = await import('node:crypto')
    return `sha256:${createHash('sha256').update(raw).digest('hex')}`
  }

  test('v2.0.1: every derived tag points at the index, which carries the annotations', async () => {
    const r = ok(await push(host, { tags: '' }, github('refs/tags/v2.0.1', '2'.repeat(40))))
    const repo = `${host}/team/hello`
    expect(r.outputs.tags!.split('\n')).toEqual(
      ['2.0.1', '2.0', '2', 'latest', 'sha-2222222'].map((t) => `${repo}:${t}`),
    )
    for (const t of ['2.0.1', '2.0', '2', 'latest', 'sha-2222222']) expect(await digestOf(t)).toBe(r.outputs.digest)
    const index = JSON.parse(await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${repo}:2.0.1`]))
    expect(index.annotations).toEqual({
      'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
      'org.opencontainers.image.description': 'A small Go service',
      'org.opencontainers.image.licenses': 'Apache-2.0',
      'org.opencontainers.image.revision': '2'.repeat(40),
      'org.opencontainers.image.source': 'https://github.com/octo-org/app',
      'org.opencontainers.image.title': 'app',
      'org.opencontainers.image.url': 'https://github.com/octo-org/app',
      'org.opencontainers.image.version': '2.0.1',
    })
    const config = JSON.parse(
      await run('skopeo', ['inspect', '--config', '--raw', '--tls-verify=false', `docker://${repo}:2.0.1`]),
    )
    expect(config.config.Labels['org.opencontainers.image.version']).toBe('2.0.1')
    expect(r.summary).toContain(`docker pull ${repo}:latest`)
  })

  test('v1.9.1 pushed after v2.0.1 does not move latest back', async () => {
    const latestBefore = await digestOf('latest')
    const r = ok(await push(host, { tags: '' }, github('refs/tags/v1.9.1', '1'.repeat(40))))
    expect(r.outputs.tags!.split('\n').map((t) => t.split(':').pop())).toEqual(['1.9.1', '1.9', '1', 'sha-1111111'])
    expect(await digestOf('latest')).toBe(latestBefore)
    expect(await digestOf('1.9.1')).toBe(r.outputs.digest)
    expect(r.outputs.digest).not.toBe(latestBefore)
  })
})

describe('matrix: three runners push by digest, then a merge job', () => {
  const event = join(ROOT, '__tests__/fixtures/events/tag-push.json')
  const github = {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/tags/v3.1.0',
    GITHUB_SHA: '3'.repeat(40),
    GITHUB_REPOSITORY: 'octo-org/app',
    GITHUB_EVENT_PATH: event,
  }
  let host: string
  let proxy: FaultProxy
  const perPlatform: ActionRun[] = []

  beforeAll(async () => {
    const registry = await startRegistry({ dir: join(work, 'reg-matrix') })
    stops.push(() => registry.stop())
    proxy = await startProxy(registry.port)
    stops.push(() => proxy.stop())
    host = proxy.host
    for (const platform of PLATFORMS.split(',')) {
      // A runner of its own: fresh RUNNER_TEMP and GITHUB_OUTPUT (runAction), and tool cache.
      const toolCache = await mkdtemp(join(work, 'runner-tools-'))
      perPlatform.push(
        ok(
          await push(
            host,
            { platforms: platform, 'push-by-digest': 'true', tags: '' },
            { ...github, RUNNER_TOOL_CACHE: toolCache },
          ),
        ),
      )
    }
  })

  test('each runner pushed its platform by digest, with no tag', async () => {
    for (const r of perPlatform) {
      expect(r.outputs.tags).toBe('')
      expect(Object.keys(JSON.parse(r.outputs.digests!))).toHaveLength(1)
      expect(r.outputs.image).toBe(`${host}/team/hello@${r.outputs.digest}`)
    }
    // Manifests by digest only (sha256:...), besides the SBOM fallback tags (sha256-...).
    expect(
      proxy.seen.filter(
        (s) => s.method === 'PUT' && s.path.includes('/manifests/') && !/\/manifests\/sha256[:-]/.test(s.path),
      ),
    ).toEqual([])
    // The only tags are the SBOM fallback tags (this registry has no referrers API).
    const tags = JSON.parse(await run('skopeo', ['list-tags', '--tls-verify=false', `docker://${host}/team/hello`]))
      .Tags as string[]
    expect(tags).toHaveLength(3)
    expect(tags.every((t) => /^sha256-[0-9a-f]{64}$/.test(t))).toBe(true)
  })

  test('merge makes the same index as a single-job build, with every platform, and tags it', async () => {
    const digests = perPlatform.map((r) => r.outputs.digest)
    const merged = ok(
      await runAction({
        inputs: {
          image: `${host}/team/hello`,
          merge: JSON.stringify([digests[2], digests[0], digests[1]]),
          push: 'true',
          'working-directory': join(work, 'no-checkout'),
        },
        env: { ...github },
      }),
    )
    expect(merged.stdout).not.toContain('::group::build')
    const single = ok(await push(host, { tags: 'single-job' }, github))
    expect(merged.outputs.digest).toBe(single.outputs.digest)
    const index = JSON.parse(
      await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${host}/team/hello:3.1.0`]),
    )
    expect(index.manifests.map((m: any) => [m.platform.architecture, m.platform.variant ?? ''].join('/'))).toEqual([
      'amd64/',
      'arm/v7',
      'arm64/',
    ])
    expect(index.annotations['org.opencontainers.image.version']).toBe('3.1.0')
    for (const tag of ['3.1.0', '3.1', '3', 'latest', 'sha-3333333']) {
      const raw = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${host}/team/hello:${tag}`])
      const { createHash } = await import('node:crypto')
      expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(merged.outputs.digest)
    }
    expect(JSON.parse(merged.outputs.digests!)).toEqual(
      Object.assign({}, ...perPlatform.map((r) => JSON.parse(r.outputs.digests!))),
    )
    expect(merged.outputs.tags!.split('\n')).toHaveLength(5)
  })

  test('repo@digest entries in another repository of the same registry are copied in (mounted)', async () => {
    const other = `${host}/mirror/hello`
    const refs = perPlatform.map((r) => `${host}/team/hello@${r.outputs.digest}`).join('\n')
    const r = ok(await runAction({ inputs: { image: other, merge: refs, push: 'true', tags: 'merged' }, env: github }))
    expect(r.stdout).toContain('copying')
    const raw = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${other}:merged`])
    expect(JSON.parse(raw).manifests).toHaveLength(3)
    await run('skopeo', [
      'copy',
      '--all',
      '--src-tls-verify=false',
      `docker://${other}:merged`,
      `oci:${await mkdtemp(join(work, 'mirror-pull-'))}:x`,
    ])
    expect(
      proxy.seen.some(
        (s) => s.method === 'POST' && s.path.startsWith('/v2/mirror/hello/blobs/uploads/?mount=') && s.status === 201,
      ),
    ).toBe(true)
  })

  test.each([
    [
      'a digest that is not in the repository',
      () => `sha256:${'e'.repeat(64)}`,
      new RegExp(
        String.raw`^Input 'merge': ".*@sha256:e{64}" is not valid; it is not in` +
          String.raw` 127\.0\.0\.1:\d+\/team\/hello; give the digests the build jobs pushed`,
      ),
    ],
    [
      'two digests of the same platform',
      () => `${perPlatform[0]!.outputs.digest},${perPlatform[1]!.outputs.digest},${perPlatform[0]!.outputs.digest}`,
      /^Input 'merge': ".*" is not valid; platform linux\/amd64 appears twice/,
    ],
    ['a malformed digest', () => 'sha256:1234', /^Input 'merge': "sha256:1234" is not valid; give image digests/],
  ])('%s: a clear error, and no tag created', async (_l, merge, message) => {
    const r = await runAction({
      inputs: { image: `${host}/team/hello`, merge: merge(), push: 'true', tags: 'must-not-exist' },
      env: github,
    })
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(message)
    await expect(
      run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${host}/team/hello:must-not-exist`]),
    ).rejects.toThrow(/manifest unknown/i)
  })
})

describe('redirects', () => {
  test('a blob request redirected to another loopback host gets no Authorization header', async () => {
    const registry = await startRegistry({
      dir: join(work, 'reg-redirect'),
      tls: pki,
      htpasswd: { user: USER, password: PASSWORD },
    })
    stops.push(() => registry.stop())
    const proxy = await startProxy(registry.port, await readFile(pki.caCert))
    stops.push(() => proxy.stop())
    const arrived: { authorization: string | undefined; path: string }[] = []
    const other = createServer((req, res) => {
      arrived.push({ authorization: req.headers.authorization, path: req.url ?? '' })
      res.writeHead(404)
      res.end()
    })
    await new Promise<void>((r) => other.listen(0, '127.0.0.2', r))
    stops.push(() => new Promise((r) => other.close(() => r())))
    const otherPort = (other.address() as AddressInfo).port
    proxy.rules.push({
      match: (m, p) => m === 'HEAD' && p.includes('/blobs/sha256:'),
      fault: { kind: 'redirect', to: (p) => `http://127.0.0.2:${otherPort}${p}` },
      times: 2,
    })
    const r = ok(await push(proxy.host, { username: USER, password: PASSWORD }))
    expect(arrived).toHaveLength(2)
    expect(arrived.every((a) => a.authorization === undefined)).toBe(true)
    expect(proxy.seen.filter((s) => s.path.startsWith('/v2/team')).every((s) => s.authorization)).toBe(true)
    expect(r.outputs.digest).toMatch(/^sha256:/)
  })
})

describe('push modes', () => {
  test('push: auto does not push on a pull_request event; push: false never pushes', async () => {
    for (const [mode, event] of [
      ['auto', 'pull_request'],
      ['false', 'push'],
    ] as const) {
      const r = ok(
        await runAction({
          inputs: { 'working-directory': src, platforms: 'linux/amd64', image: '127.0.0.1:9/none/app', push: mode },
          env: { GITHUB_EVENT_NAME: event },
        }),
      )
      expect(r.stdout).toContain(`Not pushing (push: ${mode}, event: ${event})`)
      expect(r.outputs.image).toBe('')
      expect(r.outputs.digest).toMatch(/^sha256:/)
    }
  })

  test('an image name with upper case is rejected before any build', async () => {
    const r = await runAction({ inputs: { 'working-directory': src, image: 'ghcr.io/Owner/App', push: 'true' } })
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toBe(
      `Input 'image': "ghcr.io/Owner/App" is not valid; "Owner/App" is not a valid repository name ` +
        `(repository names must be lowercase); give repositories like ghcr.io/owner/app, one per line`,
    )
    expect(r.stdout).not.toContain('::group::build')
  })
})
