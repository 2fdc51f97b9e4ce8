import { describe, expect, test } from 'vitest'
import { parseTargetPlatform, platformSlug } from '../../src/compile/platform.js'

describe('parseTargetPlatform', () => {
  test.each([
    [
      'linux/amd64 sets GOOS and GOARCH only',
      'linux/amd64',
      'linux/amd64',
      undefined,
      { GOOS: 'linux', GOARCH: 'amd64' },
    ],
    [
      'linux/amd64/v3 sets GOAMD64=v3',
      'linux/amd64/v3',
      'linux/amd64/v3',
      'v3',
      { GOOS: 'linux', GOARCH: 'amd64', GOAMD64: 'v3' },
    ],
    ['linux/arm64 has no variant', 'linux/arm64', 'linux/arm64', undefined, { GOOS: 'linux', GOARCH: 'arm64' }],
    [
      'linux/arm64/v8 keeps v8, Go default',
      'linux/arm64/v8',
      'linux/arm64/v8',
      'v8',
      { GOOS: 'linux', GOARCH: 'arm64' },
    ],
    ['linux/arm/v7 sets GOARM=7', 'linux/arm/v7', 'linux/arm/v7', 'v7', { GOOS: 'linux', GOARCH: 'arm', GOARM: '7' }],
    ['linux/arm/v6 sets GOARM=6', 'linux/arm/v6', 'linux/arm/v6', 'v6', { GOOS: 'linux', GOARCH: 'arm', GOARM: '6' }],
    ['linux/arm/v5 sets GOARM=5', 'linux/arm/v5', 'linux/arm/v5', 'v5', { GOOS: 'linux', GOARCH: 'arm', GOARM: '5' }],
    ['linux/arm defaults to v7', 'linux/arm', 'linux/arm/v7', 'v7', { GOOS: 'linux', GOARCH: 'arm', GOARM: '7' }],
    ['linux/386', 'linux/386', 'linux/386', undefined, { GOOS: 'linux', GOARCH: '386' }],
    ['linux/ppc64le', 'linux/ppc64le', 'linux/ppc64le', undefined, { GOOS: 'linux', GOARCH: 'ppc64le' }],
    ['linux/s390x', 'linux/s390x', 'linux/s390x', undefined, { GOOS: 'linux', GOARCH: 's390x' }],
    ['linux/riscv64', 'linux/riscv64', 'linux/riscv64', undefined, { GOOS: 'linux', GOARCH: 'riscv64' }],
    ['surrounding spaces are trimmed', '  linux/amd64 ', 'linux/amd64', undefined, { GOOS: 'linux', GOARCH: 'amd64' }],
  ])('%s', (_label, text, name, variant, goEnv) => {
    const p = parseTargetPlatform(text)
    expect(p).toEqual({ name, os: 'linux', architecture: goEnv.GOARCH, ...(variant ? { variant } : {}), goEnv })
  })

  test.each([
    ['linux/amd65: unknown architecture', 'linux/amd65', /unknown architecture amd65/],
    ['linux/arm/v9: bad arm variant', 'linux/arm/v9', /arm variant must be one of v5, v6, v7/],
    ['linux/386/v2: 386 takes no variant', 'linux/386/v2', /386 takes no variant/],
    ['windows/amd64: not linux', 'windows/amd64', /only linux/],
    ['amd64 alone: no os', 'amd64', /not os\/arch/],
    ['too many parts', 'linux/arm/v7/x', /not os\/arch/],
    ['empty', '', /not os\/arch/],
  ])('%s is rejected', (_label, text, message) => {
    const p = parseTargetPlatform(text)
    expect(typeof p).toBe('string')
    expect(p).toMatch(message)
  })

  test('platformSlug makes a file name', () => {
    expect(platformSlug({ name: 'linux/arm/v7' })).toBe('linux-arm-v7')
  })
})
