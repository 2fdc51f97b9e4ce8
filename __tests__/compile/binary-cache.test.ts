import { describe, expect, test } from 'vitest'
import { slotName } from '../../src/compile/binary-cache-io.js'
import { parseTargetPlatform, type TargetPlatform } from '../../src/compile/platform.js'
import { parseConfig } from '../../src/config/config.js'

function config(inputs: Record<string, string>, workspace = '/src') {
  return parseConfig((n) => inputs[n] ?? '', { workspace, runnerTemp: '/tmp' })
}
const amd64 = parseTargetPlatform('linux/amd64') as TargetPlatform
const base = slotName(config({ ldflags: '-X main.v={{.Version}}' }), amd64)

describe('slotName: one kept program per module, main package, platform and build settings', () => {
  test('the same inputs name the same slot', () => {
    expect(slotName(config({ ldflags: '-X main.v={{.Version}}' }), amd64)).toBe(base)
    expect(base).toMatch(/^[0-9a-f]{32}$/)
  })

  test('a new workspace path for each run (act, some self-hosted runners): the same slot', () => {
    expect(slotName(config({ ldflags: '-X main.v={{.Version}}' }, '/runs/1234/src'), amd64)).toBe(base)
    const svc = (ws: string) =>
      slotName(config({ ldflags: '-X main.v={{.Version}}', 'working-directory': 'svc' }, ws), amd64)
    expect(svc('/a')).toBe(svc('/b/c'))
  })

  test.each([
    [
      'another platform',
      config({ ldflags: '-X main.v={{.Version}}' }),
      parseTargetPlatform('linux/arm64') as TargetPlatform,
    ],
    [
      'another variant of the same architecture',
      config({ ldflags: '-X main.v={{.Version}}' }),
      parseTargetPlatform('linux/amd64/v3') as TargetPlatform,
    ],
    ['another main package', config({ ldflags: '-X main.v={{.Version}}', main: './cmd/other' }), amd64],
    ['another module directory', config({ ldflags: '-X main.v={{.Version}}', 'working-directory': 'svc' }), amd64],
    ['other ldflags', config({ ldflags: '-s -w -X main.v={{.Version}}' }), amd64],
    ['build tags', config({ ldflags: '-X main.v={{.Version}}', 'build-tags': 'netgo' }), amd64],
    ['build flags', config({ ldflags: '-X main.v={{.Version}}', 'build-flags': '-mod=vendor' }), amd64],
    ['build env', config({ ldflags: '-X main.v={{.Version}}', 'build-env': 'GOEXPERIMENT=loopvar' }), amd64],
  ])('%s: another slot (two steps of one job do not relink each other)', (_label, c, platform) => {
    expect(slotName(c, platform)).not.toBe(base)
  })
})
