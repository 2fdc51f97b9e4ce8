import { describe, expect, test } from 'vitest'
import { parseChallenges, pickChallenge } from '../../src/lib/registry/challenge.js'

describe('WWW-Authenticate (RFC 7235)', () => {
  test.each([
    [
      'Docker Hub bearer: one challenge, a scope with a comma inside quotes',
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",' +
        'scope="repository:samalba/my-app:pull,push"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://auth.docker.io/token',
            service: 'registry.docker.io',
            scope: 'repository:samalba/my-app:pull,push',
          },
        },
      ],
    ],
    ['basic', 'Basic realm="Registry Realm"', [{ scheme: 'basic', params: { realm: 'Registry Realm' } }]],
    [
      'unquoted and spaced params',
      'bearer realm=https://t/x , service=svc',
      [{ scheme: 'bearer', params: { realm: 'https://t/x', service: 'svc' } }],
    ],
    ['an escaped quote', 'Bearer realm="a\\"b"', [{ scheme: 'bearer', params: { realm: 'a"b' } }]],
    [
      'two challenges in one header (as Node joins two headers): Bearer keeps its realm, Basic its own',
      'Bearer realm="https://t/token,x",service="reg", Basic realm="basic-realm"',
      [
        { scheme: 'bearer', params: { realm: 'https://t/token,x', service: 'reg' } },
        { scheme: 'basic', params: { realm: 'basic-realm' } },
      ],
    ],
    [
      'a token68 challenge before a Bearer one',
      'Negotiate abc==, Bearer realm="r",error="insufficient_scope"',
      [
        { scheme: 'negotiate', params: { token68: 'abc==' } },
        { scheme: 'bearer', params: { realm: 'r', error: 'insufficient_scope' } },
      ],
    ],
    ['a scheme with no params', 'Basic', [{ scheme: 'basic', params: {} }]],
  ])('%s', (_l, header, expected) => expect(parseChallenges(header)).toEqual(expected))

  test('absent header: no challenge', () => {
    expect(parseChallenges(undefined)).toEqual([])
    expect(pickChallenge(undefined)).toBeUndefined()
  })

  test('Bearer is picked over a Basic offered first', () => {
    expect(pickChallenge('Basic realm="b", Bearer realm="https://t/token",service="s"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://t/token', service: 's' },
    })
  })
})
