// mergeImages, the merge job's work, against a registry held in memory: one index over the images
// the matrix pushed (sorted by platform whatever the order given), pushed before its tags; its
// signed referrers before the tags too; a signing failure writes nothing; a missing image names
// the entry.
import { afterEach, describe, expect, test, vi } from 'vitest'
import { bundleReferrer } from '../../src/attest/referrer.js'
import { InputError } from '../../src/inputs/error.js'
import { Cancellation } from '../../src/lib/cancel.js'
import { type Blob, blobOf, MediaType } from '../../src/lib/oci/descriptor.js'
import { type Digest, digestOf } from '../../src/lib/oci/digest.js'
import { imageManifest } from '../../src/lib/oci/manifest.js'
import { RegistryClient } from '../../src/lib/registry/client-io.js'
import { GO_VERSION_LABEL } from '../../src/meta/labels.js'
import { mergeImages } from '../../src/publish/merge-io.js'
import type { PublishSettings } from '../../src/publish/settings.js'
import { TagLedger } from '../../src/publish/tag-ledger.js'
import { httpTransport, type Transport } from '../../src/registry/http-io.js'
import { type Scripted, scripted } from '../registry/scripted.js'
import { registry } from './memory-registry.js'

const open: { s: Scripted; t: Transport }[] = []
afterEach(async () => {
  for (const { s, t } of open.splice(0)) {
    t.close()
    await s.stop()
  }
})

/** One platform image, as a matrix leg pushed it by digest. */
function leg(reg: ReturnType<typeof registry>, architecture: string, go?: string): Blob {
  const labels = go ? { config: { Labels: { [GO_VERSION_LABEL]: go } } } : {}
  const config = blobOf(MediaType.config, Buffer.from(JSON.stringify({ architecture, os: 'linux', ...labels })))
  const layer = blobOf(MediaType.layerGzip, Buffer.from(`program for ${architecture}`))
  for (const b of [config, layer]) reg.blobs.set(b.descriptor.digest, Buffer.from(b.bytes))
  const m = imageManifest(config.descriptor, [layer.descriptor])
  reg.manifests.set(m.descriptor.digest, { type: MediaType.manifest, body: Buffer.from(m.bytes) })
  return m
}

async function setUp(refuse?: Parameters<typeof registry>[0]) {
  const reg = registry(refuse)
  const s = await scripted((req) => reg.answer(req))
  const t = httpTransport('test', 5000)
  open.push({ s, t })
  const client = new RegistryClient(s.host, { transport: t, retry: { attempts: 1, baseMs: 1, maxMs: 1 } })
  const reference = { registry: s.host, apiHost: s.host, repository: 'team/app' }
  const settings = (digests: string[]): PublishSettings => ({
    targets: [{ reference, tags: [], tagTemplates: [] }],
    tagTemplates: [],
    imageTags: [],
    referrersTag: true,
    pushByDigest: false,
    merge: digests.map((d) => ({ digest: d as Digest })),
    mode: 'true',
    push: true,
  })
  const life = { ledger: new TagLedger(), cancellation: new Cancellation() }
  return { reg, s, client, settings, life }
}

const puts = (s: Scripted) => s.arrived.filter((a) => a.method === 'PUT').map((a) => a.path.split('?')[0]!)

describe('mergeImages', () => {
  test('one index over the legs, sorted by platform, pushed before its tags', async () => {
    const { reg, s, client, settings, life } = await setUp()
    const arm = leg(reg, 'arm64')
    const amd = leg(reg, 'amd64')
    const merged = await mergeImages(
      settings([arm.descriptor.digest, amd.descriptor.digest]),
      [],
      () => client,
      async () => ['1.0.0', 'latest'],
      life,
    )
    expect(merged.digests).toEqual({ 'linux/amd64': amd.descriptor.digest, 'linux/arm64': arm.descriptor.digest })
    expect(merged.descriptor.digest).toBe(merged.digest)
    const index = JSON.parse(reg.manifests.get(merged.digest)!.body.toString())
    expect(index.manifests.map((m: { digest: string }) => m.digest)).toEqual([
      amd.descriptor.digest,
      arm.descriptor.digest,
    ])
    const order = puts(s)
    const indexAt = order.indexOf(`/v2/team/app/manifests/${merged.digest}`)
    expect(indexAt).toBeGreaterThanOrEqual(0)
    expect(order.indexOf('/v2/team/app/manifests/1.0.0')).toBeGreaterThan(indexAt)
    expect(life.ledger.moved.sort()).toEqual([`${s.host}/team/app:1.0.0`, `${s.host}/team/app:latest`])
    expect(merged.tags).toEqual([`${s.host}/team/app:1.0.0`, `${s.host}/team/app:latest`])
  })

  test('the signed index: its referrer is pushed after the index and before any tag', async () => {
    const { reg, s, client, settings, life } = await setUp()
    const legs = [leg(reg, 'amd64'), leg(reg, 'arm64')]
    let referrer = ''
    const merged = await mergeImages(
      settings(legs.map((l) => l.descriptor.digest)),
      [],
      () => client,
      async () => ['1.0.0'],
      life,
      async (index) => {
        const r = bundleReferrer('{"bundle":1}', index, 'https://slsa.dev/provenance/v1', '2026-01-01T00:00:00Z')
        referrer = r.descriptor.digest
        return [r]
      },
    )
    const order = puts(s)
    const at = (p: string) => order.indexOf(`/v2/team/app/manifests/${p}`)
    expect(at(referrer)).toBeGreaterThan(at(merged.digest))
    expect(at('1.0.0')).toBeGreaterThan(at(referrer))
    expect(reg.blobs.has(digestOf('{"bundle":1}'))).toBe(true)
  })

  test('a signing failure writes nothing and moves no tag', async () => {
    const { reg, s, client, settings, life } = await setUp()
    const legs = [leg(reg, 'amd64'), leg(reg, 'arm64')]
    const failing = async () => Promise.reject(new Error('attest: the instance did not sign'))
    await expect(
      mergeImages(
        settings(legs.map((l) => l.descriptor.digest)),
        [],
        () => client,
        async () => ['1'],
        life,
        failing,
      ),
    ).rejects.toThrow('did not sign')
    expect(puts(s)).toEqual([])
    expect(life.ledger.describe()).toBe('no tag was written or moved')
  })

  test('an entry the repository does not hold names the merge input; nothing is written', async () => {
    const { reg, s, client, settings, life } = await setUp()
    const amd = leg(reg, 'amd64')
    const missing = digestOf('never pushed')
    const e = await mergeImages(
      settings([amd.descriptor.digest, missing]),
      [],
      () => client,
      async () => ['1'],
      life,
    ).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(InputError)
    expect((e as Error).message).toMatch(new RegExp(`^Input 'merge': ".*@${missing}" is not valid; it is not in`))
    expect(puts(s)).toEqual([])
  })

  test('legs built with different Go versions: the merge warns, naming each; the same Go: no warning', async () => {
    const { reg, client, settings, life } = await setUp()
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      const legs = [leg(reg, 'amd64', '1.26.8'), leg(reg, 'arm64', '1.25.4')]
      await mergeImages(
        settings(legs.map((l) => l.descriptor.digest)),
        [],
        () => client,
        async () => ['1'],
        life,
      )
      const warnings = write.mock.calls.map((c) => String(c[0])).filter((l) => l.startsWith('::warning::'))
      expect(warnings).toEqual([
        '::warning::the images merged were built with different Go versions (1.26.8: linux/amd64; 1.25.4: ' +
          'linux/arm64): give every leg the same go-version or go-version-file\n',
      ])
      write.mockClear()
      const same = [leg(reg, 'amd64', '1.26.8'), leg(reg, 'arm64', '1.26.8')]
      await mergeImages(
        settings(same.map((l) => l.descriptor.digest)),
        [],
        () => client,
        async () => ['2'],
        life,
      )
      expect(write.mock.calls.map((c) => String(c[0])).filter((l) => l.startsWith('::warning::'))).toEqual([])
    } finally {
      write.mockRestore()
    }
  })
})
