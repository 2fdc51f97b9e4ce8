// Go from the module proxy, for real: go.dev is unreachable here but the module proxy is not. A
// module whose go.mod names a toolchain newer than the machine's Go gets that release as the module
// golang.org/toolchain (checked by the machine's go against the checksum database), kept in the
// tool cache, and the image's program is built with it.

import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import semver from 'semver'
import { beforeAll, describe, expect, test } from 'vitest'
import { errorLines, runAction } from './action.js'
import { unpackPlatform } from './oci-tools.js'
import { freePort } from './registry.js'

const MACHINE = execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim().replace(/^go/, '')

/** The newest linux/amd64 release the proxy holds above the machine's Go (1.26.11 on the day this was written). */
function newerRelease(): string {
  const out = execFileSync('go', ['list', '-m', '-versions', 'golang.org/toolchain'], {
    encoding: 'utf8',
    env: { ...process.env, GOTOOLCHAIN: 'local', GOWORK: 'off' },
    cwd: tmpdir(),
  })
  const versions = out
    .trim()
    .split(' ')
    .map((v) => /^v0\.0\.1-go(\d+\.\d+\.\d+)\.linux-amd64$/.exec(v)?.[1])
    .filter((v): v is string => v !== undefined && semver.gt(v, MACHINE))
  const sameMinor = versions.filter(
    (v) => semver.minor(v) === semver.minor(MACHINE) && semver.major(v) === semver.major(MACHINE),
  )
  const pick = (sameMinor.length > 0 ? sameMinor : versions).sort(semver.compare)[0]
  if (!pick) throw new Error(`the module proxy holds no Go newer than ${MACHINE}`)
  return pick
}

let work: string
let module: string
let target: string
let closedSite: string

beforeAll(async () => {
  target = newerRelease()
  work = await mkdtemp(join(tmpdir(), 'bgi-goproxy-'))
  module = join(work, 'app')
  execFileSync('mkdir', ['-p', module])
  await writeFile(join(module, 'go.mod'), `module example.com/app\n\ngo 1.21\n\ntoolchain go${target}\n`)
  await writeFile(
    join(module, 'main.go'),
    'package main\n\nimport (\n\t"fmt"\n\t"runtime"\n)\n\nfunc main() { fmt.Println(runtime.Version()) }\n',
  )
  closedSite = `http://127.0.0.1:${await freePort()}/dl`
})

function build(inputs: Record<string, string>, env: Record<string, string>) {
  return runAction({
    inputs: { 'working-directory': module, platforms: 'linux/amd64', 'go-download-base-url': closedSite, ...inputs },
    env,
    timeoutMs: 600_000,
  })
}

describe('Go from the module proxy', () => {
  test(
    `a toolchain line newer than the machine's Go: installed from the module proxy, ` + `go.dev unreachable`,
    async () => {
      const toolCache = await mkdtemp(join(work, 'tool-cache-'))
      const layout = join(work, 'layout')
      const r = await build({ 'oci-layout': layout }, { RUNNER_TOOL_CACHE: toolCache })
      expect(r.code, r.stdout).toBe(0)
      expect(r.outputs['go-version']).toBe(target)
      expect(r.stdout).toMatch(
        new RegExp(
          String.raw`::warning::Go from the download site` +
            String.raw` \(http:\/\/127\.0\.0\.1:\d+\/dl\/\?mode=json&include=all: .*ECONNREFUSED.*\); trying the` +
            String.raw` module proxy \(GOPROXY=`,
        ),
      )
      expect(r.stdout).toContain(
        `as golang.org/toolchain@v0.0.1-go${target}.linux-amd64 (verified against the checksum database)`,
      )
      const go = join(toolCache, 'go', target, 'x64', 'bin', 'go')
      expect(statSync(go).mode & 0o111).not.toBe(0)
      expect(existsSync(join(toolCache, 'go', target, 'x64.complete'))).toBe(true)
      expect(
        execFileSync(go, ['env', 'GOVERSION'], {
          encoding: 'utf8',
          env: { ...process.env, GOTOOLCHAIN: 'local' },
        }).trim(),
      ).toBe(`go${target}`)
      // The program in the image was linked by that Go: it prints runtime.Version().
      const bundle = await unpackPlatform(layout, 'linux/amd64', await mkdtemp(join(work, 'unpack-')))
      expect(execFileSync(join(bundle, 'rootfs/app/app'), { encoding: 'utf8' }).trim()).toBe(`go${target}`)

      // A second job on the same runner finds it in the tool cache: no site, no proxy.
      const again = await build({}, { RUNNER_TOOL_CACHE: toolCache, GOPROXY: 'off' })
      expect(again.code, again.stdout).toBe(0)
      expect(again.stdout).toContain(`Go ${target} from the tool cache satisfies go${target}`)
    },
  )

  test('neither source answers: the error names both and what each said', async () => {
    // A proxy URL with credentials, as corporate ones have: never in the log.
    const proxy = `https://ci:proxy-s3cret@127.0.0.1:${await freePort()}`
    const r = await build({}, { RUNNER_TOOL_CACHE: await mkdtemp(join(work, 'empty-')), GOPROXY: proxy })
    expect(r.code).toBe(1)
    const [line] = errorLines(r.stdout)
    expect(line).toContain(
      `Could not install Go for go${target} from the download site (${closedSite}/?mode=json&include=all: ` +
        `connect ECONNREFUSED`,
    )
    expect(line).toMatch(
      new RegExp(
        String.raw`; nor from the module proxy: downloading` +
          String.raw` golang.org\/toolchain@v0\.0\.1-go[0-9.]+\.linux-amd64: .*(connection refused|connect)`,
      ),
    )
    expect(errorLines(r.stdout)).toHaveLength(1)
    expect(r.stdout + r.stderr).not.toContain('proxy-s3cret')
    expect(r.stdout).toContain('trying the module proxy (GOPROXY=https://***@127.0.0.1:')
  })

  test('go-download-source: module-proxy skips the download site', async () => {
    const r = await build(
      { 'go-download-source': 'module-proxy', 'go-version': target },
      { RUNNER_TOOL_CACHE: await mkdtemp(join(work, 'only-proxy-')), GOPROXY: 'off' },
    )
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(
      new RegExp(
        `^Could not install Go for ${target.replace(/\./g, '\\.')} from the module proxy: downloading ` +
          `golang.org/toolchain@v0\\.0\\.1-go${target.replace(/\./g, '\\.')}\\.linux-amd64: .*GOPROXY=off`,
      ),
    )
    expect(r.stdout).not.toContain('release list')
  })

  test('a range goes through the proxy list (here refused: GOPROXY=off)', async () => {
    const r = await build(
      { 'go-download-source': 'module-proxy', 'go-version': '1.27.x' },
      { RUNNER_TOOL_CACHE: await mkdtemp(join(work, 'range-')), GOPROXY: 'off' },
    )
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toBe(
      'Could not install Go for 1.27.x from the module proxy: listing golang.org/toolchain: go: module ' +
        'lookup disabled by GOPROXY=off',
    )
  })
})
