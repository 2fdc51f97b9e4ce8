import { describe, expect, test } from 'vitest'
import { formatReference, ImageRefError, isLoopback, parseReference } from '../../src/lib/registry/reference.js'

const D = 'sha256:' + 'a'.repeat(64)

describe('parseReference', () => {
  test.each([
    [
      'short name gets docker.io/library',
      'alpine',
      { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'library/alpine' },
    ],
    [
      'user repo on Docker Hub',
      'user/app:1.0',
      { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'user/app', tag: '1.0' },
    ],
    [
      'index.docker.io alias',
      'index.docker.io/user/app',
      { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'user/app' },
    ],
    [
      'docker.io single component',
      'docker.io/nginx',
      { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'library/nginx' },
    ],
    [
      'ghcr with nested path',
      'ghcr.io/o/team/app',
      { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'o/team/app' },
    ],
    [
      'host with port and tag',
      'localhost:5000/app:v1',
      { registry: 'localhost:5000', apiHost: 'localhost:5000', repository: 'app', tag: 'v1' },
    ],
    ['localhost without port', 'localhost/app', { registry: 'localhost', apiHost: 'localhost', repository: 'app' }],
    ['ip:port', '127.0.0.1:5000/a/b', { registry: '127.0.0.1:5000', apiHost: '127.0.0.1:5000', repository: 'a/b' }],
    ['digest', `ghcr.io/o/app@${D}`, { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'o/app', digest: D }],
    [
      'tag and digest',
      `ghcr.io/o/app:1@${D}`,
      { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'o/app', tag: '1', digest: D },
    ],
    ['separators', 'r.io/a.b/c__d/e-f--g', { registry: 'r.io', apiHost: 'r.io', repository: 'a.b/c__d/e-f--g' }],
  ])('%s', (_label, text, expected) => {
    expect(parseReference(text)).toEqual(expected)
  })

  test.each([
    ['upper case repository', 'ghcr.io/Owner/app', /must be lowercase/],
    ['upper case short name', 'Alpine', /must be lowercase/],
    ['empty', '  ', /empty/],
    ['bad digest', 'ghcr.io/o/app@sha256:xyz', /not a sha256 digest/],
    ['bad tag', 'ghcr.io/o/app:-x', /tag "-x"/],
    ['tag over 128', `ghcr.io/o/app:${'t'.repeat(129)}`, /tag/],
    ['trailing separator', 'ghcr.io/o/app-', /not a valid repository name/],
    ['double slash', 'ghcr.io/o//app', /not a valid repository name/],
    ['bad host', 'bad_host.io:x/app', /not a registry host|not a valid/],
  ])('%s is rejected', (_label, text, message) => {
    expect(() => parseReference(text)).toThrow(ImageRefError)
    expect(() => parseReference(text)).toThrow(message)
  })

  test('formatReference round-trips', () => {
    for (const t of ['ghcr.io/o/app:1', `localhost:5000/a@${D}`, 'docker.io/library/alpine'])
      expect(formatReference(parseReference(t))).toBe(t)
  })
})

describe('isLoopback: where plain HTTP is allowed', () => {
  test.each([
    ['localhost', true],
    ['localhost:5000', true],
    ['127.0.0.1:41000', true],
    ['127.8.9.10', true],
    ['[::1]:5000', true],
    ['[::1]', true],
    ['ghcr.io', false],
    ['128.0.0.1', false],
    ['localhost.example.com', false],
  ])('%s -> %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback)
  })
})
