// A merge job as users run it: no checkout (an empty workspace, no git, no SOURCE_DATE_EPOCH),
// after matrix jobs that built on a base image given by tag, with SBOMs. Its index must be the
// single job's byte for byte, its {{date}} tags the builds' date, and a copy into another
// repository must take the SBOMs along (through the fallback tag, and through a referrers API).

import { createHash } from 'node:crypto'
import { cp, mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { fallbackTag } from '../../src/lib/oci/artifact.js'
import { type ActionRun, ROOT, runAction } from './action.js'
import { makeBaseLayout } from './base-image.js'
import { run } from './oci-tools.js'
import { type FaultProxy, startProxy } from './proxy.js'
import { type RunningRegistry, startRegistry } from './registry.js'

const PLATFORMS = ['linux/amd64', 'linux/arm64']
const EPOCH = '1700000000' // 2023-11-14T22:13:20Z
let work: string
let src: string
let registry: RunningRegistry
let plain: FaultProxy
let withReferrers: FaultProxy
let base: string
const built: ActionRun[] = []
let single: ActionRun

function ok(r: ActionRun): ActionRun {
  if (r.code !== 0) throw new Error(`action failed (${r.code}):\n${r.stdout}\n${r.stderr}`)
  return r
}

async function raw(ref: string): Promise<{ digest: string; json: any }> {
  const text = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${ref}`])
  return { digest: `sha256:${createHash('sha256').update(text).digest('hex')}`, json: JSON.parse(text) }
}

const github = {
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: '4'.repeat(40),
  GITHUB_REPOSITORY: 'octo-org/app',
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-merge-'))
  src = join(work, 'src')
  await cp(join(ROOT, 'examples/hello'), src, { recursive: true })
  registry = await startRegistry({ dir: join(work, 'registry') })
  plain = await startProxy(registry.port)
  withReferrers = await startProxy(registry.port, undefined, { profile: 'referrers' })
  await makeBaseLayout(join(work, 'base-layout'))
  base = `${plain.host}/base/static:1`
  await run('skopeo', [
    'copy',
    '--all',
    '--dest-tls-verify=false',
    `oci:${join(work, 'base-layout')}:base`,
    `docker://${base}`,
  ])
  const inputs = {
    'working-directory': src,
    image: `${plain.host}/team/app`,
    push: 'true',
    'base-image': base,
    sbom: 'true',
  }
  for (const platform of PLATFORMS) {
    built.push(
      ok(
        await runAction({
          inputs: { ...inputs, platforms: platform, 'push-by-digest': 'true', tags: '' },
          env: { ...github, SOURCE_DATE_EPOCH: EPOCH },
        }),
      ),
    )
  }
  // The single job with its default tags (the branch), so its version annotation is the builds'.
  single = ok(
    await runAction({
      inputs: { ...inputs, platforms: PLATFORMS.join(',') },
      env: { ...github, SOURCE_DATE_EPOCH: EPOCH },
    }),
  )
}, 300_000)
afterAll(async () => {
  await withReferrers.stop()
  await plain.stop()
  await registry.stop()
})

async function merge(image: string, tags: string): Promise<ActionRun> {
  const empty = join(work, `checkout-${Math.random().toString(36).slice(2)}`)
  await mkdir(empty)
  const refs = built.map((r) => `${plain.host}/team/app@${r.outputs.digest}`).join('\n')
  // No SOURCE_DATE_EPOCH, no git work tree: what a merge job without actions/checkout has.
  return runAction({
    inputs: { image, merge: refs, push: 'true', tags, 'working-directory': empty },
    env: { ...github, GITHUB_WORKSPACE: empty },
  })
}

describe('a merge job with no checkout', () => {
  test('on a base given by tag: the single job index byte for byte, and {{date}} from the images', async () => {
    const r = ok(await merge(`${plain.host}/team/app`, "merged\nd-{{date 'YYYYMMDD'}}"))
    expect(r.outputs.digest).toBe(single.outputs.digest)
    expect(r.outputs.tags!.split('\n')).toEqual([`${plain.host}/team/app:merged`, `${plain.host}/team/app:d-20231114`])
    const index = await raw(`${plain.host}/team/app:d-20231114`)
    expect(index.digest).toBe(single.outputs.digest)
    expect(index.json.annotations['org.opencontainers.image.base.digest']).toBe((await raw(base)).digest)
    expect(r.stdout).not.toContain('::warning::')
    // The merge job's outputs: the single job's names, for the index it pushed.
    expect(JSON.parse(r.outputs.digests!)).toEqual(JSON.parse(single.outputs.digests!))
    expect(r.outputs.image).toBe(`${plain.host}/team/app@${single.outputs.digest}`)
    expect(JSON.parse(r.outputs.metadata!)).toEqual({
      'containerimage.digest': single.outputs.digest,
      'containerimage.descriptor': JSON.parse(single.outputs.metadata!)['containerimage.descriptor'],
      'image.name': `${plain.host}/team/app:merged,${plain.host}/team/app:d-20231114`,
    })
    expect(r.outputs.attestations).toBe('{}')
  })

  test('the base tag moved since the builds: a warning, and the index names no base digest', async () => {
    // A rebuilt base (another layer, so other platform manifests) under the same tag.
    await makeBaseLayout(join(work, 'base-moved'), undefined, Buffer.from('a security update\n'))
    await run('skopeo', [
      'copy',
      '--all',
      '--dest-tls-verify=false',
      `oci:${join(work, 'base-moved')}:base`,
      `docker://${plain.host}/base/static:1`,
    ])
    try {
      const r = ok(await merge(`${plain.host}/team/moved`, 'merged'))
      expect(r.stdout).toMatch(
        new RegExp(
          String.raw`::warning::base image .*\/base\/static:1 has moved since the builds; the merged index` +
            String.raw` names no org\.opencontainers\.image\.base\.digest`,
        ),
      )
      const annotations = (await raw(`${plain.host}/team/moved:merged`)).json.annotations
      expect(annotations['org.opencontainers.image.base.name']).toBe(base)
      expect(annotations['org.opencontainers.image.base.digest']).toBeUndefined()
    } finally {
      await run('skopeo', [
        'copy',
        '--all',
        '--dest-tls-verify=false',
        `oci:${join(work, 'base-layout')}:base`,
        `docker://${base}`,
      ])
    }
  })

  test.each([
    ['no referrers API: under the fallback tag', () => plain.host, 'copy/fallback'],
    ['a referrers API: listed by it', () => withReferrers.host, 'copy/api'],
  ])('copied into another repository, each image takes its SBOM along (%s)', async (_l, host, repo) => {
    const r = ok(await merge(`${host()}/${repo}`, 'merged'))
    expect(r.stdout).toContain('copying')
    for (const b of built) {
      const child = b.outputs.digest!
      const listing =
        host() === plain.host
          ? (await raw(`${host()}/${repo}:${fallbackTag(child)}`)).json
          : await (await fetch(`http://${host()}/v2/${repo}/referrers/${child}`)).json()
      const sboms = (listing.manifests as { artifactType?: string; digest: string }[]).filter(
        (m) => m.artifactType === 'application/spdx+json',
      )
      expect(sboms).toHaveLength(1)
      // The SBOM itself, whole, in the new repository: its layer read back and parsed.
      const manifest = (await raw(`${host()}/${repo}@${sboms[0]!.digest}`)).json
      expect(manifest.subject.digest).toBe(child)
      const layer = await fetch(`http://${registry.host}/v2/${repo}/blobs/${manifest.layers[0].digest}`)
      expect((JSON.parse(await layer.text()) as { spdxVersion: string }).spdxVersion).toBe('SPDX-2.3')
    }
  })
})
