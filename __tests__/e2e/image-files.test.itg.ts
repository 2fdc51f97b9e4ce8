// What a Go service finds in the scratch image besides its program: Go's zoneinfo (ZONEINFO), so
// time.LoadLocation works, and ko's kodata/ at $KO_DATA_PATH. A program that uses both is pushed to
// a real registry, pulled and run by a real Docker engine (amd64), and copied back with skopeo and
// run under qemu-user-static with the image's root as its file system (arm64).

import { execFile } from 'node:child_process'
import { mkdirSync, symlinkSync } from 'node:fs'
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type ActionRun, errorLines, NODE24, ROOT, runAction } from './action.js'
import { type DockerEngine, startDockerEngine } from './docker-engine.js'
import { run } from './oci-tools.js'
import { type RunningRegistry, startRegistry } from './registry.js'

const exec = promisify(execFile)
const EPOCH = '1700000000'
// 2023-11-14 22:13:20 UTC is 23:13 in Paris (CET, UTC+1).
const EXPECTED = [
  '2023-11-14 23:13 CET',
  'greeting: bonjour',
  'nested: deep',
  'linked: shared inside the module',
  'tool: 755',
]

let work: string
let app: string
let registry: RunningRegistry
let engine: DockerEngine
let built: ActionRun

const MAIN = `package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func main() {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		fmt.Println("zone:", err)
		os.Exit(2)
	}
	fmt.Println(time.Unix(${EPOCH}, 0).In(loc).Format("2006-01-02 15:04 MST"))
	dir := os.Getenv("KO_DATA_PATH")
	for _, f := range []string{"greeting", "sub/nested", "linked"} {
		b, err := os.ReadFile(filepath.Join(dir, f+".txt"))
		if err != nil {
			fmt.Println("data:", err)
			os.Exit(3)
		}
		fmt.Printf("%s: %s\\n", filepath.Base(f), b)
	}
	st, err := os.Stat(filepath.Join(dir, "tool.sh"))
	if err != nil {
		os.Exit(4)
	}
	fmt.Printf("tool: %o\\n", st.Mode().Perm())
}
`

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-files-'))
  app = join(work, 'app')
  mkdirSync(join(app, 'kodata', 'sub'), { recursive: true })
  await writeFile(join(app, 'go.mod'), 'module example.com/tzapp\n\ngo 1.21\n')
  await writeFile(join(app, 'main.go'), MAIN)
  await writeFile(join(app, 'shared.txt'), 'shared inside the module')
  await writeFile(join(app, 'kodata', 'greeting.txt'), 'bonjour')
  await writeFile(join(app, 'kodata', 'sub', 'nested.txt'), 'deep')
  await writeFile(join(app, 'kodata', 'tool.sh'), '#!/bin/sh\n')
  await chmod(join(app, 'kodata', 'tool.sh'), 0o700)
  await chmod(join(app, 'kodata', 'greeting.txt'), 0o600)
  symlinkSync('../shared.txt', join(app, 'kodata', 'linked.txt'))
  registry = await startRegistry({ dir: join(work, 'registry') })
  engine = await startDockerEngine()
  built = await runAction({
    inputs: {
      'working-directory': app,
      platforms: 'linux/amd64,linux/arm64',
      image: `${registry.host}/team/tzapp`,
      tags: 'v1',
      push: 'true',
    },
    env: { SOURCE_DATE_EPOCH: EPOCH },
  })
  if (built.code !== 0) throw new Error(built.stdout)
}, 240_000)

afterAll(async () => {
  await engine?.stop()
  await registry?.stop()
})

/** The image's platform manifest, config and layers, read back from the registry with skopeo. */
async function inspect(arch: string) {
  const ref = `docker://${registry.host}/team/tzapp:v1`
  const tls = ['--tls-verify=false', '--override-arch', arch]
  const index = JSON.parse(await run('skopeo', ['inspect', '--tls-verify=false', '--raw', ref]))
  const digest = index.manifests.find(
    (m: { platform: { architecture: string } }) => m.platform.architecture === arch,
  ).digest
  const manifest = JSON.parse(
    await run('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${registry.host}/team/tzapp@${digest}`]),
  )
  const config = JSON.parse(await run('skopeo', ['inspect', ...tls, '--config', ref]))
  return { manifest, config }
}

describe('zoneinfo and kodata in the scratch image', () => {
  test('pulled and run by a real Docker engine (amd64): the zone resolves and the data files are there', async () => {
    const ref = `${registry.host}/team/tzapp:v1`
    await engine.docker(['pull', '-q', ref], { timeoutMs: 120_000 })
    expect((await engine.docker(['run', '--rm', '--network', 'none', ref])).trim().split('\n')).toEqual(EXPECTED)
  })

  test('arm64 from the registry, run under qemu with the image as its root', async () => {
    const dir = await mkdtemp(join(work, 'arm64-'))
    await run('skopeo', [
      'copy',
      '--src-tls-verify=false',
      '--override-arch',
      'arm64',
      `docker://${registry.host}/team/tzapp:v1`,
      `oci:${dir}/l:img`,
    ])
    await run('umoci', ['unpack', '--rootless', '--image', `${dir}/l:img`, `${dir}/b`])
    const { config } = await inspect('arm64')
    const env = Object.fromEntries(
      (config.config.Env as string[]).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]),
    )
    expect(env.ZONEINFO).toBe('/usr/local/go/lib/time/zoneinfo.zip')
    expect(env.KO_DATA_PATH).toBe('/var/run/ko')
    // qemu-user resolves absolute paths inside -L first: the program sees the image's files.
    const { stdout } = await exec('qemu-aarch64-static', ['-L', `${dir}/b/rootfs`, `${dir}/b/rootfs/app/tzapp`], {
      env,
    })
    expect(stdout.trim().split('\n')).toEqual(EXPECTED)
  })

  test(
    'the data layer is reproducible: uniform modes, owner 0, the commit time; zoneinfo sits in the ' +
      'shared base layer',
    async () => {
      const { manifest, config } = await inspect('amd64')
      expect(manifest.layers).toHaveLength(3) // base files (with zoneinfo), kodata, the program
      expect(config.history.map((h: { created_by: string }) => h.created_by)).toEqual([
        'build-go-image: base files',
        'build-go-image: data directory',
        'build-go-image: go build example.com/tzapp',
      ])
      const blob = join(work, 'data.tgz')
      await run('skopeo', [
        'copy',
        '--src-tls-verify=false',
        '--override-arch',
        'amd64',
        `docker://${registry.host}/team/tzapp:v1`,
        `dir:${join(work, 'dir')}`,
      ])
      await exec('cp', [join(work, 'dir', manifest.layers[1].digest.slice(7)), blob])
      const listing = (await run('tar', ['--numeric-owner', '--full-time', '-tvzf', blob])).trim().split('\n')
      const rows = listing.map((l) => l.split(/\s+/)).map((f) => `${f[0]} ${f[1]} ${f[3]} ${f[4]} ${f[5]}`)
      expect(rows).toEqual([
        'drwxr-xr-x 0/0 2023-11-14 22:13:20 var/',
        'drwxr-xr-x 0/0 2023-11-14 22:13:20 var/run/',
        'drwxr-xr-x 0/0 2023-11-14 22:13:20 var/run/ko/',
        '-rw-r--r-- 0/0 2023-11-14 22:13:20 var/run/ko/greeting.txt',
        '-rw-r--r-- 0/0 2023-11-14 22:13:20 var/run/ko/linked.txt',
        'drwxr-xr-x 0/0 2023-11-14 22:13:20 var/run/ko/sub/',
        '-rw-r--r-- 0/0 2023-11-14 22:13:20 var/run/ko/sub/nested.txt',
        '-rwxr-xr-x 0/0 2023-11-14 22:13:20 var/run/ko/tool.sh',
      ])
      // Another program built with the same Go shares the base layer, zoneinfo included.
      const hello = await runAction({
        inputs: { 'working-directory': join(ROOT, 'examples/hello'), platforms: 'linux/amd64' },
        env: { SOURCE_DATE_EPOCH: EPOCH },
      })
      expect(hello.code, hello.stdout).toBe(0)
      const layout = hello.outputs['oci-layout'] as string
      const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8'))
      const helloManifest = JSON.parse(
        await readFile(join(layout, 'blobs/sha256', index.manifests[0].digest.slice(7)), 'utf8'),
      )
      expect(helloManifest.layers[0].digest).toBe(manifest.layers[0].digest)
    },
  )

  test(
    '(Node 24) zoneinfo: false and data-dir: false leave both out; the program then ' + 'says what is missing',
    async () => {
      const r = await runAction({
        inputs: {
          'working-directory': app,
          platforms: 'linux/amd64',
          zoneinfo: 'false',
          'data-dir': 'false',
          load: 'true',
          tags: 'bare',
        },
        env: { DOCKER_HOST: engine.host },
        node: NODE24,
      })
      expect(r.code, r.stdout).toBe(0)
      const out = await engine
        .docker(['run', '--rm', '--network', 'none', r.outputs.loaded as string])
        .catch((e: { stdout: string }) => e.stdout)
      expect(out.trim()).toBe('zone: unknown time zone Europe/Paris')
    },
  )

  test('a kodata symlink that leaves the module is refused, naming the file', async () => {
    const other = join(work, 'outside')
    mkdirSync(join(other, 'kodata'), { recursive: true })
    await writeFile(join(other, 'go.mod'), 'module example.com/outside\n\ngo 1.21\n')
    await writeFile(join(other, 'main.go'), 'package main\n\nfunc main() {}\n')
    symlinkSync('/etc/hostname', join(other, 'kodata', 'host'))
    const r = await runAction({ inputs: { 'working-directory': other, platforms: 'linux/amd64' } })
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(
      new RegExp(
        String.raw`^Input 'data-dir': ".*\/outside\/kodata" is not valid; kodata\/host links to` +
          String.raw` \/etc\/hostname, outside the module; copy the file in instead$`,
      ),
    )
  })
})
