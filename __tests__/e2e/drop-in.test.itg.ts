// Moving a workflow over from docker/build-push-action: the step below is docker/metadata-action's
// README example, with build-push-action swapped for this action and nothing else changed:
//
//   - id: meta
//     uses: docker/metadata-action@v5
//     with:
//       images: |
//         name/app
//         ghcr.io/username/app
//       tags: |
//         type=ref,event=branch
//         type=semver,pattern={{version}}
//         type=semver,pattern={{major}}.{{minor}}
//         type=sha
//   - uses: <owner>/build-go-image@v1
//     with:
//       push: ${{ github.event_name != 'pull_request' }}
//       tags: ${{ steps.meta.outputs.tags }}
//       labels: ${{ steps.meta.outputs.labels }}
//       annotations: ${{ steps.meta.outputs.annotations }}
//
// metadata-action runs only on GitHub, so its outputs for a push of tag v1.2.3 are written here as
// it prints them (full references one per line; KEY=VALUE labels; `manifest:`-prefixed annotations,
// and with DOCKER_METADATA_ANNOTATIONS_LEVELS=manifest,index also `index:` ones), with the two
// repositories on a local registry.

import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { NODE24, ROOT, runAction } from './action.js'
import { run } from './oci-tools.js'
import { type RunningRegistry, startRegistry } from './registry.js'

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37'
const CREATED = '2026-11-30T09:00:00.000Z'
let registry: RunningRegistry

function metadataOutputs(levels: string[]) {
  const images = [`${registry.host}/name/app`, `${registry.host}/username/app`]
  const tags = images.flatMap((i) => [`${i}:1.2.3`, `${i}:1.2`, `${i}:sha-860c190`, `${i}:latest`])
  const pairs = {
    'org.opencontainers.image.created': CREATED,
    'org.opencontainers.image.description': 'A service from the metadata action',
    'org.opencontainers.image.licenses': 'MIT',
    'org.opencontainers.image.revision': SHA,
    'org.opencontainers.image.source': 'https://github.com/username/app',
    'org.opencontainers.image.title': 'app',
    'org.opencontainers.image.url': 'https://github.com/username/app',
    'org.opencontainers.image.version': '1.2.3',
  }
  const lines = Object.entries(pairs).map(([k, v]) => `${k}=${v}`)
  return {
    tags: tags.join('\n'),
    labels: lines.join('\n'),
    annotations: levels.flatMap((l) => lines.map((x) => `${l}:${x}`)).join('\n'),
    pairs,
  }
}

const GITHUB = {
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/tags/v1.2.3',
  GITHUB_SHA: SHA,
  GITHUB_REPOSITORY: 'username/app',
  SOURCE_DATE_EPOCH: '1700000000',
}

beforeAll(async () => {
  registry = await startRegistry({ dir: join(await mkdtemp(join(tmpdir(), 'bgi-dropin-')), 'registry') })
})
afterAll(() => registry?.stop())

const raw = async (ref: string) =>
  JSON.parse(await run('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${ref}`]))

describe("docker/metadata-action's outputs, verbatim", () => {
  test(
    'tags as full references push every repository and tag; labels land in the config; manifest: ' +
      'annotations on the manifests only',
    async () => {
      const meta = metadataOutputs(['manifest'])
      const r = await runAction({
        inputs: {
          'working-directory': join(ROOT, 'examples/hello'),
          platforms: 'linux/amd64,linux/arm64',
          push: 'true',
          tags: meta.tags,
          labels: meta.labels,
          annotations: meta.annotations,
        },
        env: GITHUB,
      })
      expect(r.code, r.stdout).toBe(0)
      for (const repo of ['name/app', 'username/app']) {
        const listed = JSON.parse(
          await run('skopeo', ['list-tags', '--tls-verify=false', `docker://${registry.host}/${repo}`]),
        ).Tags.sort()
        expect(listed.filter((t: string) => !t.startsWith('sha256-'))).toEqual([
          '1.2',
          '1.2.3',
          'latest',
          'sha-860c190',
        ])
      }
      expect(r.outputs.tags?.split('\n').sort()).toEqual(meta.tags.split('\n').sort())
      const index = await raw(`${registry.host}/name/app:1.2.3`)
      const manifest = await raw(`${registry.host}/name/app@${index.manifests[0].digest}`)
      // The manifests carry metadata-action's values; the index keeps this action's own (the commit time, not CREATED).
      expect(manifest.annotations).toMatchObject(meta.pairs)
      expect(index.annotations['org.opencontainers.image.created']).toBe('2023-11-14T22:13:20Z')
      expect(index.annotations['org.opencontainers.image.description']).toBeUndefined()
      const config = JSON.parse(
        await run('skopeo', [
          'inspect',
          '--tls-verify=false',
          '--config',
          '--override-arch',
          'arm64',
          `docker://${registry.host}/username/app:1.2`,
        ]),
      )
      expect(config.config.Labels).toMatchObject(meta.pairs)
    },
  )

  test(
    '(Node 24) DOCKER_METADATA_ANNOTATIONS_LEVELS=manifest,index: the index gets them too (what GHCR ' +
      'shows); descriptor levels go on the entries',
    async () => {
      const meta = metadataOutputs(['manifest', 'index'])
      const annotations = `${meta.annotations}\nmanifest-descriptor[linux/arm64]:com.example.arch=arm64`
      const r = await runAction({
        inputs: {
          'working-directory': join(ROOT, 'examples/hello'),
          platforms: 'linux/amd64,linux/arm64',
          push: 'true',
          tags: meta.tags,
          annotations,
        },
        env: { ...GITHUB, GITHUB_REF: 'refs/tags/v1.2.4' },
        node: NODE24, // as a runner runs action.yml's node24
      })
      expect(r.code, r.stdout).toBe(0)
      const index = await raw(`${registry.host}/username/app:latest`)
      expect(index.annotations).toMatchObject(meta.pairs)
      const entries = Object.fromEntries(index.manifests.map((m: any) => [m.platform.architecture, m.annotations]))
      expect(entries).toEqual({ amd64: undefined, arm64: { 'com.example.arch': 'arm64' } })
    },
  )
})
