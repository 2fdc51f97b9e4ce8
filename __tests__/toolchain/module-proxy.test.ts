import { describe, expect, test } from 'vitest'
import {
  isToolchainExecutable,
  releasesFromModuleVersions,
  toolchainModuleVersion,
} from '../../src/toolchain/module-proxy.js'
import { pickVersion } from '../../src/toolchain/resolve.js'
import { parseSpec } from '../../src/toolchain/spec.js'

const host = { os: 'linux', arch: 'amd64' }

describe('golang.org/toolchain versions', () => {
  test('a release and a prerelease by Go name', () => {
    expect(toolchainModuleVersion('1.26.11', host)).toBe('v0.0.1-go1.26.11.linux-amd64')
    expect(toolchainModuleVersion('1.27.0-rc.1', { os: 'linux', arch: 'arm64' })).toBe('v0.0.1-go1.27rc1.linux-arm64')
  })

  test('the proxy list: only the host, prereleases not stable, and ranges resolve over it', () => {
    const list = [
      'v0.0.1-go1.26.9.linux-amd64',
      'v0.0.1-go1.26.10.linux-amd64',
      'v0.0.1-go1.26.10.darwin-arm64',
      'v0.0.1-go1.27rc1.linux-amd64',
      'v0.0.2-x',
      'v0.0.1-gox.linux-amd64',
    ]
    const releases = releasesFromModuleVersions(list, host)
    expect(releases).toEqual([
      { version: '1.26.9', stable: true },
      { version: '1.26.10', stable: true },
      { version: '1.27.0-rc.1', stable: false },
    ])
    expect(pickVersion(parseSpec('go-version', '1.26.x'), releases)).toBe('1.26.10')
    expect(pickVersion(parseSpec('go-version', 'stable'), releases)).toBe('1.26.10')
  })

  test('executables: bin/ and pkg/tool/<os_arch>/ only', () => {
    expect(isToolchainExecutable('bin/go')).toBe(true)
    expect(isToolchainExecutable('pkg/tool/linux_amd64/compile')).toBe(true)
    expect(isToolchainExecutable('src/cmd/go/main.go')).toBe(false)
    expect(isToolchainExecutable('bin/sub/x')).toBe(false)
  })
})
