// Building on a base image: a small multi-platform base (OCI, and the same converted to Docker's
// schema 2) is pushed to a local registry first; the action matches platforms, reuses (mounts) its
// layers, merges its config, keeps its media-type family and annotates base.name/base.digest.

import { createHash } from 'node:crypto'
import { mkdtemp, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type ActionRun, errorLines, ROOT, runAction } from './action.js'
import { makeBaseLayout } from './base-image.js'
import { run, runBinary, unpackPlatform } from './oci-tools.js'
import { type FaultProxy, startProxy } from './proxy.js'
import { type RunningRegistry, startRegistry } from './registry.js'

let work: string
let registry: RunningRegistry
let proxy: FaultProxy
let host: string
let ociBase: string
let dockerBase: string

async function rawDigest(ref: string): Promise<{ digest: string; json: any }> {
  const raw = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', ref])
  return { digest: `sha256:${createHash('sha256').update(raw).digest('hex')}`, json: JSON.parse(raw) }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-base-'))
  registry = await startRegistry({ dir: join(work, 'registry') })
  proxy = await startProxy(registry.port)
  host = proxy.host
  await makeBaseLayout(join(work, 'base-layout'))
  await run('skopeo', [
    'copy',
    '--all',
    '--dest-tls-verify=false',
    `oci:${join(work, 'base-layout')}:base`,
    `docker://${host}/base/static:1`,
  ])
  ociBase = `${host}/base/static@${(await rawDigest(`docker://${host}/base/static:1`)).digest}`
  await run('skopeo', [
    'copy',
    '--all',
    '--format',
    'v2s2',
    '--dest-tls-verify=false',
    `oci:${join(work, 'base-layout')}:base`,
    `docker://${host}/base/docker:1`,
  ])
  dockerBase = `${host}/base/docker:1`
})
afterAll(async () => {
  await proxy.stop()
  await registry.stop()
})

function build(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    inputs: {
      'working-directory': join(ROOT, 'examples/hello'),
      platforms: 'linux/amd64,linux/arm64',
      push: 'true',
      tags: 'v1',
      ...inputs,
    },
    env: { SOURCE_DATE_EPOCH: '1700000000' },
  })
}

describe('base-image', () => {
  let r: ActionRun

  beforeAll(async () => {
    r = await build({ 'base-image': ociBase, image: `${host}/team/onbase` })
    if (r.code !== 0) throw new Error(r.stdout)
  })

  test('layers: the base layer below ours; its blob mounted from the base repository, not uploaded', async () => {
    const base = (await rawDigest(`docker://${ociBase}`)).json
    const baseAmd64 = (
      await rawDigest(
        `docker://${host}/base/static@${base.manifests.find((m: any) => m.platform.architecture === 'amd64').digest}`,
      )
    ).json
    const index = (await rawDigest(`docker://${host}/team/onbase:v1`)).json
    const amd64 = (
      await rawDigest(
        `docker://${host}/team/onbase@${index.manifests.find((m: any) => m.platform.architecture === 'amd64').digest}`,
      )
    ).json
    expect(amd64.layers).toHaveLength(2)
    expect(amd64.layers[0]).toEqual(baseAmd64.layers[0])
    const mounted = proxy.seen.filter(
      (s) => s.method === 'POST' && s.path.includes(`mount=${baseAmd64.layers[0].digest}&from=base/static`),
    )
    expect(mounted.map((s) => s.status)).toEqual([201])
  })

  test(
    'annotations base.name and base.digest on the index (the base index) and each ' + 'manifest (its platform image)',
    async () => {
      const index = (await rawDigest(`docker://${host}/team/onbase:v1`)).json
      expect(index.annotations).toMatchObject({
        'org.opencontainers.image.base.name': ociBase,
        'org.opencontainers.image.base.digest': ociBase.split('@')[1],
      })
      const base = (await rawDigest(`docker://${ociBase}`)).json
      for (const arch of ['amd64', 'arm64']) {
        const m = (
          await rawDigest(
            `docker://${host}/team/onbase@${index.manifests.find((x: any) => x.platform.architecture === arch).digest}`,
          )
        ).json
        expect(m.annotations['org.opencontainers.image.base.digest']).toBe(
          base.manifests.find((x: any) => x.platform.architecture === arch).digest,
        )
      }
    },
  )

  test(
    'config: base Env and User kept, /app first on PATH, ours the entrypoint, base ' + 'labels not inherited',
    async () => {
      const config = JSON.parse(
        await run('skopeo', ['inspect', '--config', '--raw', '--tls-verify=false', `docker://${host}/team/onbase:v1`]),
      )
      expect(config.config.Env).toEqual(['PATH=/app:/usr/bin:/bin', 'BASE_ENV=1'])
      expect(config.config.User).toBe('1000:1000')
      expect(config.config.Entrypoint).toEqual(['/app/hello'])
      expect(config.config.Cmd).toBeUndefined()
      expect(config.config.ExposedPorts).toEqual({ '9090/tcp': {} })
      expect(config.config.Labels?.['com.example.base-label']).toBeUndefined()
      expect(config.rootfs.diff_ids).toHaveLength(2)
      expect(config.history.map((h: any) => h.created_by)).toEqual([
        'test base',
        'build-go-image: go build example.com/hello',
      ])
    },
  )

  test.each(['linux/amd64', 'linux/arm64'])('%s: umoci unpacks base and binary; the binary runs', async (platform) => {
    const bundle = await unpackPlatform(r.outputs['oci-layout']!, platform, await mkdtemp(join(work, 'unpack-')))
    expect(await readFile(join(bundle, 'rootfs/etc/base-marker'), 'utf8')).toBe('base image layer\n')
    expect((await stat(join(bundle, 'rootfs/app/hello'))).isFile()).toBe(true)
    expect((await runBinary(platform, join(bundle, 'rootfs/app/hello'), ['-version'])).trim()).toBe(
      `hello dev ${platform}`,
    )
  })

  test('the user input overrides the base user', async () => {
    const o = await build({
      'base-image': ociBase,
      image: `${host}/team/onbase`,
      tags: 'user',
      user: '65532',
      platforms: 'linux/amd64',
    })
    expect(o.code, o.stdout).toBe(0)
    const config = JSON.parse(
      await run('skopeo', ['inspect', '--config', '--raw', '--tls-verify=false', `docker://${host}/team/onbase:user`]),
    )
    expect(config.config.User).toBe('65532')
  })

  test('a Docker schema 2 base keeps its family: manifest list, Docker manifests and layer types', async () => {
    const d = await build({ 'base-image': dockerBase, image: `${host}/team/ondocker` })
    expect(d.code, d.stdout).toBe(0)
    const index = (await rawDigest(`docker://${host}/team/ondocker:v1`)).json
    expect(index.mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json')
    const m = (await rawDigest(`docker://${host}/team/ondocker@${index.manifests[0].digest}`)).json
    expect(m.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json')
    expect(m.config.mediaType).toBe('application/vnd.docker.container.image.v1+json')
    expect(m.layers.map((l: any) => l.mediaType)).toEqual([
      'application/vnd.docker.image.rootfs.diff.tar.gzip',
      'application/vnd.docker.image.rootfs.diff.tar.gzip',
    ])
  })

  test('a platform the base lacks fails before the compile stage, listing what it has', async () => {
    const e = await build({
      'base-image': ociBase,
      image: `${host}/team/onbase`,
      platforms: 'linux/amd64,linux/arm/v7',
    })
    expect(e.code).toBe(1)
    expect(errorLines(e.stdout)[0]).toBe(
      `Input 'base-image': "${ociBase}" is not valid; it has no linux/arm/v7; it has linux/amd64, linux/arm64`,
    )
    expect(e.stdout).not.toContain('::group::build')
  })

  test('a base image that does not exist: a clear error', async () => {
    const e = await build({ 'base-image': `${host}/base/missing:1`, image: `${host}/team/onbase` })
    expect(e.code).toBe(1)
    expect(errorLines(e.stdout)[0]).toBe(
      `Input 'base-image': "${host}/base/missing:1" is not valid; it does not exist in the registry; give ` +
        `an image that does (best pinned by digest)`,
    )
  })
})
