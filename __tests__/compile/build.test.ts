import { describe, expect, test } from 'vitest'
import { binaryName, buildCommand, goEnvironment } from '../../src/compile/build.js'
import { parseTargetPlatform, type TargetPlatform } from '../../src/compile/platform.js'
import { parseConfig } from '../../src/config/config.js'

function config(inputs: Record<string, string>) {
  return parseConfig((n) => inputs[n] ?? '', { workspace: '/src', runnerTemp: '/tmp' })
}
const armv7 = parseTargetPlatform('linux/arm/v7') as TargetPlatform
const info = { version: '1.0.0', commit: 'abcdef0', date: '1970-01-01T00:00:00Z' }

describe('buildCommand', () => {
  test('defaults: -trimpath, stripped, CGO_ENABLED=0, GOARM from the variant, output and package last', () => {
    const cmd = buildCommand(config({}), armv7, info, '/out/app', { PATH: '/bin' })
    expect(cmd.args).toEqual(['build', '-trimpath', '-ldflags=-s -w', '-o', '/out/app', '.'])
    expect(buildCommand(config({ strip: 'false' }), armv7, info, '/out/app', {}).args).toEqual([
      'build',
      '-trimpath',
      '-o',
      '/out/app',
      '.',
    ])
    expect(cmd.env).toEqual({ PATH: '/bin', CGO_ENABLED: '0', GOOS: 'linux', GOARCH: 'arm', GOARM: '7' })
  })

  test('tags, rendered ldflags and extra flags are passed', () => {
    const c = config({
      'build-flags': '-v -mod=readonly',
      'build-tags': 'netgo, osusergo',
      ldflags: '-s -X main.v={{.Version}}',
      main: './cmd/x',
    })
    expect(buildCommand(c, armv7, info, '/o', {}).args).toEqual([
      'build',
      '-trimpath',
      '-v',
      '-mod=readonly',
      '-tags=netgo,osusergo',
      '-ldflags=-s -w -s -X main.v=1.0.0',
      '-o',
      '/o',
      './cmd/x',
    ])
  })

  test('target variables inherited from the runner do not leak; build-env wins over defaults', () => {
    const c = config({ 'build-env': 'CGO_ENABLED=1\nGOEXPERIMENT=loopvar', 'base-image': 'r.io/debian:12' })
    const amd64 = parseTargetPlatform('linux/amd64') as TargetPlatform
    const env = buildCommand(c, amd64, info, '/o', { GOAMD64: 'v4', GOARM: '6', GOOS: 'darwin', HOME: '/root' }).env
    expect(env).toEqual({ HOME: '/root', CGO_ENABLED: '1', GOOS: 'linux', GOARCH: 'amd64', GOEXPERIMENT: 'loopvar' })
  })
})

describe('binaryName', () => {
  test.each([
    ['module root', 'example.com/hello', 'hello'],
    ['cmd subpackage', 'github.com/o/r/cmd/server', 'server'],
    ['major version suffix is skipped', 'github.com/o/tool/v2', 'tool'],
    ['single element', 'hello', 'hello'],
  ])('%s', (_label, importPath, name) => {
    expect(binaryName(importPath)).toBe(name)
  })
})

describe('cgo', () => {
  test('CGO_ENABLED=1 on scratch is refused, naming build-env and the way out', () => {
    expect(() => config({ 'build-env': 'CGO_ENABLED=1' })).toThrow(
      new RegExp(
        String.raw`^Input 'build-env': "CGO_ENABLED=…" \(value hidden\) is not valid; a cgo program needs a C` +
          String.raw` library the scratch image lacks; give a base-image`,
      ),
    )
    expect(config({ 'build-env': 'CGO_ENABLED=1', 'base-image': 'r.io/debian:12' }).buildEnv.CGO_ENABLED).toBe('1')
  })
})

describe('goEnvironment', () => {
  test('go never switches toolchains; private modules add GOPRIVATE and the scoped header, nothing else', () => {
    expect(goEnvironment(config({}), { PATH: '/bin', GOTOOLCHAIN: 'auto' })).toEqual({
      PATH: '/bin',
      GOTOOLCHAIN: 'local',
    })
    const env = goEnvironment(config({ 'go-private': 'github.com/acme/*', 'go-private-token': 't' }), {})
    expect(env.GOPRIVATE).toBe('github.com/acme/*')
    expect(env.GIT_CONFIG_KEY_0).toBe('http.https://github.com/acme/.extraheader')
  })
})
