// tarball and load: docker-save archives read back by skopeo and podman; `load` into a real
// Docker engine (dockerd, see docker-engine.ts) whose container then runs and serves; and the
// clear error when no engine answers.

import { readdirSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type ActionRun, errorLines, ROOT, runAction } from './action.js'
import { type DockerEngine, startDockerEngine } from './docker-engine.js'
import { ociRef, run } from './oci-tools.js'
import { freePort } from './registry.js'

let work: string
let built: ActionRun
const src = join(ROOT, 'examples/hello')

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-archive-'))
  built = await runAction({
    inputs: { 'working-directory': src, platforms: 'linux/amd64,linux/arm64', tarball: join(work, 'app.tar') },
    env: { SOURCE_DATE_EPOCH: '1700000000' },
  })
  if (built.code !== 0) throw new Error(built.stdout)
})

async function layoutConfigDigest(arch: string): Promise<string> {
  const raw = await run('skopeo', ['inspect', '--raw', '--override-arch', arch, ociRef(built.outputs['oci-layout']!)])
  const index = JSON.parse(raw)
  const m = index.manifests.find((x: any) => x.platform.architecture === arch)
  const manifest = JSON.parse(
    await readFile(join(built.outputs['oci-layout']!, 'blobs/sha256', m.digest.slice(7)), 'utf8'),
  )
  return manifest.config.digest
}

describe('tarball', () => {
  test('one archive per platform, named with the platform; the output maps them', () => {
    expect(JSON.parse(built.outputs.tarballs!)).toEqual({
      'linux/amd64': join(work, 'app-linux-amd64.tar'),
      'linux/arm64': join(work, 'app-linux-arm64.tar'),
    })
    expect(built.stdout).toContain('one docker archive per platform')
  })

  test.each(['amd64', 'arm64'])(
    'linux/%s: skopeo reads the archive with the same config digest as the OCI layout',
    async (arch) => {
      const out = await mkdtemp(join(work, `copy-${arch}-`))
      await run('skopeo', ['copy', `docker-archive:${join(work, `app-linux-${arch}.tar`)}`, `oci:${out}:x`])
      const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8'))
      const manifest = JSON.parse(await readFile(join(out, 'blobs/sha256', index.manifests[0].digest.slice(7)), 'utf8'))
      expect(manifest.config.digest).toBe(await layoutConfigDigest(arch))
    },
  )

  test.each(['amd64', 'arm64'])('linux/%s: podman load lists the image with the right architecture', async (arch) => {
    const store = await mkdtemp(join(work, 'podman-'))
    // podman refuses a runroot longer than 50 characters, which the scratch directory is.
    const runroot = await mkdtemp('/tmp/bgi-run-')
    const podman = [
      '--storage-driver',
      'vfs',
      '--root',
      join(store, 'root'),
      '--runroot',
      runroot,
      '--cgroup-manager',
      'cgroupfs',
      '--events-backend',
      'none',
    ]
    try {
      const out = await run('podman', [...podman, 'load', '-i', join(work, `app-linux-${arch}.tar`)])
      expect(out).toContain('Loaded image')
      const inspect = JSON.parse(await run('podman', [...podman, 'image', 'inspect', 'build-go-image:latest']))
      expect(inspect[0].Architecture).toBe(arch)
      expect(inspect[0].Config.Entrypoint).toEqual(['/app/hello'])
    } finally {
      await rm(runroot, { recursive: true, force: true })
    }
  })
})

describe('load', () => {
  test('with no Docker engine: a clear error naming load, before any build', async () => {
    const r = await runAction({ inputs: { 'working-directory': src, platforms: 'linux/amd64', load: 'true' } })
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(
      /^Input 'load': "true" is not valid; it needs a Docker engine on the runner, and none answers/,
    )
    expect(r.stdout).not.toContain('::group::build')
  })

  describe('into a real Docker engine', () => {
    let engine: DockerEngine
    beforeAll(async () => {
      engine = await startDockerEngine()
    }, 60_000)
    afterAll(() => engine?.stop())

    test(
      "several platforms: only the runner's is archived and loaded; it runs as nonroot " + 'and serves its port',
      async () => {
        const r = await runAction({
          inputs: {
            'working-directory': src,
            platforms: 'linux/arm64,linux/amd64',
            load: 'true',
            image: 'ghcr.io/o/app',
            push: 'false',
            tags: 'v1',
          },
          env: { DOCKER_HOST: engine.host, SOURCE_DATE_EPOCH: '1700000000' },
        })
        expect(r.code, r.stdout).toBe(0)
        expect(r.outputs.loaded).toBe('ghcr.io/o/app:v1')
        expect(r.outputs.tarballs ?? '').toBe('')
        // not the arm64 one
        expect(readdirSync(join(r.runnerTemp, 'build-go-image')).filter((f) => f.endsWith('.tar'))).toEqual([
          'image.tar',
        ])
        const inspect = JSON.parse(await engine.docker(['image', 'inspect', 'ghcr.io/o/app:v1']))[0]
        expect(inspect.Architecture).toBe('amd64')
        expect(inspect.Config.User).toBe('65532:65532')
        expect(await engine.docker(['run', '--rm', '--network', 'none', 'ghcr.io/o/app:v1', '-version'])).toBe(
          'hello dev linux/amd64\n',
        )
        // As a service: on the host's network, a request to the port it exposes.
        const port = await freePort()
        const name = `bgi-serve-${port}`
        await engine.docker([
          'run',
          '-d',
          '--name',
          name,
          '--network',
          'host',
          'ghcr.io/o/app:v1',
          `-addr=127.0.0.1:${port}`,
        ])
        try {
          let body = ''
          for (let i = 0; i < 50 && !body; i++) {
            body = await fetch(`http://127.0.0.1:${port}/`).then(
              (res) => res.text(),
              () => '',
            )
            if (!body) await new Promise((res) => setTimeout(res, 100))
          }
          expect(body).toMatch(/^hello from linux\/amd64 \(instance [0-9a-f-]{36}\)$/m)
          expect((await engine.docker(['top', name, '-o', 'pid,uid'])).split('\n')[1]?.trim().split(/\s+/)[1]).toBe(
            '65532',
          )
        } finally {
          await engine.docker(['rm', '-f', name])
        }
      },
    )

    test('with tarball too: every platform archived where asked, and the runner platform loaded', async () => {
      const out = await mkdtemp(join(work, 'both-'))
      const r = await runAction({
        inputs: {
          'working-directory': src,
          platforms: 'linux/arm64,linux/amd64',
          load: 'true',
          tarball: join(out, 'app.tar'),
          tags: 'both',
          push: 'false',
        },
        env: { DOCKER_HOST: engine.host, SOURCE_DATE_EPOCH: '1700000000' },
      })
      expect(r.code, r.stdout).toBe(0)
      expect(Object.keys(JSON.parse(r.outputs.tarballs!)).sort()).toEqual(['linux/amd64', 'linux/arm64'])
      expect(r.outputs.loaded).toBe('build-go-image:both')
      expect(JSON.parse(await engine.docker(['image', 'inspect', 'build-go-image:both']))[0].Architecture).toBe('amd64')
    })
  })
})
