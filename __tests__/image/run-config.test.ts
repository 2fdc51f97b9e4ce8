import { describe, expect, test } from 'vitest'
import { mergeEnv } from '../../src/base/family.js'
import { runConfig } from '../../src/image/run-config.js'
import { platformMatches } from '../../src/lib/oci/platform.js'

const settings = { args: [], env: {}, expose: [], labels: {}, annotations: [] }

describe('run config on scratch and on a base', () => {
  test('scratch: nonroot, PATH with /app', () => {
    expect(runConfig(settings, 'hello')).toMatchObject({
      user: '65532:65532',
      env: ['PATH=/app:/usr/local/bin:/usr/bin:/bin'],
      entrypoint: ['/app/hello'],
    })
  })
  test('base: its user, its Env with /app in front of PATH, env input wins, ports merged', () => {
    const c = runConfig({ ...settings, env: { BASE_ENV: '2' }, expose: ['8080/tcp'] }, 'hello', {
      Env: ['PATH=/usr/bin', 'BASE_ENV=1', 'TZ=UTC'],
      User: 'nonroot',
      WorkingDir: '/home',
      ExposedPorts: { '9090/tcp': {} },
    })
    expect(c).toMatchObject({
      user: 'nonroot',
      env: ['PATH=/app:/usr/bin', 'BASE_ENV=2', 'TZ=UTC'],
      workingDir: '/home',
      exposedPorts: ['9090/tcp', '8080/tcp'],
    })
    expect(runConfig({ ...settings, user: '0' }, 'x', { User: 'nonroot' }).user).toBe('0')
    expect(runConfig(settings, 'x', {}).user).toBe('')
    expect(mergeEnv([], '/app', {})).toEqual(['PATH=/app:/usr/local/bin:/usr/bin:/bin'])
  })
  test.each([
    [{ os: 'linux', architecture: 'arm64', variant: 'v8' }, { os: 'linux', architecture: 'arm64' }, true],
    [{ os: 'linux', architecture: 'arm' }, { os: 'linux', architecture: 'arm', variant: 'v7' }, true],
    [{ os: 'linux', architecture: 'arm', variant: 'v6' }, { os: 'linux', architecture: 'arm', variant: 'v7' }, false],
    [{ os: 'linux', architecture: 'amd64' }, { os: 'linux', architecture: 'arm64' }, false],
  ])('platformMatches(%j, %j) = %s', (have, want, ok) => expect(platformMatches(have, want)).toBe(ok))
})
