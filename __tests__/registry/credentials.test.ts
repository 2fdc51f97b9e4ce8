import { describe, expect, test } from 'vitest'
import {
  CredentialError,
  credentialFromDockerConfig,
  type HelperRunner,
  normalizeHost,
  parseDockerConfig,
} from '../../src/lib/registry/credentials.js'
import { githubCredential, inputCredential } from '../../src/registry/login.js'

const b64 = (s: string) => Buffer.from(s).toString('base64')
const noHelper: HelperRunner = async () => {
  throw new Error('no helper expected')
}

describe('credentialFromDockerConfig', () => {
  test.each([
    [
      'auth entry by URL key',
      { auths: { 'https://ghcr.io': { auth: b64('u:p') } } },
      'ghcr.io',
      { kind: 'basic', username: 'u', password: 'p' },
    ],
    [
      'unpadded base64 auth',
      { auths: { 'r.io': { auth: b64('ab:c').replace(/=+$/, '') } } },
      'r.io',
      { kind: 'basic', username: 'ab', password: 'c' },
    ],
    [
      'password containing a colon',
      { auths: { 'r.io': { auth: b64('u:p:q') } } },
      'r.io',
      { kind: 'basic', username: 'u', password: 'p:q' },
    ],
    [
      'identity token',
      { auths: { 'r.io': { auth: b64('<token>:'), identitytoken: 'rt' } } },
      'r.io',
      { kind: 'identity', username: '<token>', token: 'rt' },
    ],
    ['registry token', { auths: { 'r.io': { registrytoken: 'bt' } } }, 'r.io', { kind: 'registry-token', token: 'bt' }],
    [
      'Docker Hub key matches docker.io',
      { auths: { 'https://index.docker.io/v1/': { auth: b64('h:p') } } },
      'docker.io',
      { kind: 'basic', username: 'h', password: 'p' },
    ],
    [
      'Docker Hub key matches registry-1',
      { auths: { 'docker.io': { auth: b64('h:p') } } },
      'registry-1.docker.io',
      { kind: 'basic', username: 'h', password: 'p' },
    ],
    ['other host is not used', { auths: { 'other.io': { auth: b64('u:p') } } }, 'r.io', undefined],
  ])('%s', async (_label, config, host, expected) => {
    expect(await credentialFromDockerConfig(config, host, noHelper)).toEqual(expected)
  })

  test('credHelpers beat auths; credsStore is the fallback; <token> means an identity token', async () => {
    const calls: string[] = []
    const run: HelperRunner = async (helper, url) => {
      calls.push(`${helper} ${url}`)
      return helper === 'ecr' ? { Username: 'AWS', Secret: 'pw' } : { Username: '<token>', Secret: 'refresh' }
    }
    const config = { auths: { 'r.io': { auth: b64('u:p') } }, credHelpers: { 'r.io': 'ecr' }, credsStore: 'desktop' }
    expect(await credentialFromDockerConfig(config, 'r.io', run)).toEqual({
      kind: 'basic',
      username: 'AWS',
      password: 'pw',
    })
    expect(await credentialFromDockerConfig(config, 'docker.io', run)).toEqual({
      kind: 'identity',
      username: '<token>',
      token: 'refresh',
    })
    expect(calls).toEqual(['ecr r.io', 'desktop https://index.docker.io/v1/'])
  })

  test('a helper with nothing for the host gives no credential', async () => {
    expect(await credentialFromDockerConfig({ credsStore: 'x' }, 'r.io', async () => undefined)).toBeUndefined()
  })

  test('bad files give our own error', () => {
    expect(() => parseDockerConfig('{', '/c.json')).toThrow(CredentialError)
    expect(() => parseDockerConfig('[]', '/c.json')).toThrow(/not a JSON object/)
    expect(
      credentialFromDockerConfig({ auths: { 'r.io': { auth: b64('nocolon') } } }, 'r.io', noHelper),
    ).rejects.toThrow(/base64 of user:password/)
  })

  test.each([
    ['https://index.docker.io/v1/', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['HTTPS://GHCR.IO/path', 'ghcr.io'],
    ['localhost:5000', 'localhost:5000'],
  ])('normalizeHost(%s) = %s', (key, host) => expect(normalizeHost(key)).toBe(host))
})

describe('input credentials', () => {
  const login = { registry: 'docker.io', username: 'u', password: 'p', githubToken: 'ghs_x', githubActor: 'octo' }
  test('username/password go only to the registry of the first image', () => {
    expect(inputCredential('registry-1.docker.io', login)).toEqual({ kind: 'basic', username: 'u', password: 'p' })
    expect(inputCredential('ghcr.io', login)).toBeUndefined()
  })
  test('on GitHub Enterprise Server the token goes to containers.<host>, and only there', () => {
    const ghes = { ...login, githubServer: 'https://github.example.com' }
    expect(githubCredential('containers.github.example.com', ghes)).toEqual({
      kind: 'basic',
      username: 'octo',
      password: 'ghs_x',
    })
    expect(githubCredential('ghcr.io', ghes)).toBeUndefined()
    expect(githubCredential('containers.github.example.com', login)).toBeUndefined()
    expect(githubCredential('ghcr.io', { ...login, githubServer: 'https://github.com' })).toBeDefined()
  })

  test('the GitHub token goes only to ghcr.io, as the actor', () => {
    expect(githubCredential('ghcr.io', login)).toEqual({ kind: 'basic', username: 'octo', password: 'ghs_x' })
    expect(githubCredential('quay.io', login)).toBeUndefined()
    expect(githubCredential('ghcr.io', { githubToken: 't' })).toEqual({
      kind: 'basic',
      username: 'x-access-token',
      password: 't',
    })
  })
})
