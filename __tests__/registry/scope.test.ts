import { describe, expect, test } from 'vitest'
import { TokenCache } from '../../src/lib/registry/bearer.js'
import { REDIRECT_STATUSES, replayAfterRedirect, withoutBodyHeaders } from '../../src/lib/registry/redirect.js'
import { normalizeScopes, repositoryScope, scopeKey } from '../../src/lib/registry/scope.js'

describe('scopes', () => {
  test.each([
    ['a write asks push first', 'team/app', 'push' as const, 'repository:team/app:push,pull'],
    ['a read asks pull only', 'library/alpine', 'pull' as const, 'repository:library/alpine:pull'],
  ])('%s', (_label, repo, access, scope) => {
    expect(repositoryScope(repo, access)).toBe(scope)
  })

  test("a challenge's pull,push and our push,pull are one scope; order and repeats do not matter", () => {
    const a = ['repository:team/app:pull,push', 'repository:base/img:pull']
    const b = ['repository:base/img:pull', 'repository:team/app:push,pull', 'repository:team/app:pull']
    expect(normalizeScopes(a)).toEqual(['repository:base/img:pull', 'repository:team/app:push,pull'])
    expect(scopeKey(a)).toBe(scopeKey(b))
    expect(scopeKey(['registry:catalog:*'])).toBe('registry:catalog:*')
  })
})

describe('TokenCache', () => {
  const token = (value: string, refreshAt: number) => ({ value, refreshAt }) as never

  test('one fetch however many ask at once; reused until its refresh time, then fetched again', async () => {
    let now = 0
    const fetched: string[][] = []
    const cache = new TokenCache(
      async (scopes) => {
        fetched.push(scopes)
        return token(`t${fetched.length}`, now + 100)
      },
      () => now,
    )
    const scopes = ['repository:team/app:push,pull']
    const [a, b] = await Promise.all([cache.get(scopes), cache.get([...scopes].reverse())])
    expect(a).toBe(b)
    expect(fetched).toEqual([scopes])
    now = 50
    expect((await cache.get(scopes)) as unknown).toBe(a)
    now = 150
    expect(((await cache.get(scopes)) as unknown as { value: string }).value).toBe('t2')
  })

  test('a token the registry refused is not handed out again', async () => {
    let n = 0
    const cache = new TokenCache(
      async () => token(`t${++n}`, 1e9),
      () => 0,
    )
    const first = (await cache.get([])) as unknown as { value: string }
    const next = (await cache.get([], first.value)) as unknown as { value: string }
    expect([first.value, next.value]).toEqual(['t1', 't2'])
  })
})

describe('redirects', () => {
  test.each([
    ['307 keeps a PUT and its body', 307, 'PUT', { method: 'PUT', keepBody: true }],
    ['308 keeps a PATCH and its body', 308, 'PATCH', { method: 'PATCH', keepBody: true }],
    ['303 turns a PUT into a GET', 303, 'PUT', { method: 'GET', keepBody: false }],
    ['303 leaves HEAD alone', 303, 'HEAD', { method: 'HEAD', keepBody: true }],
    ['302 turns a POST into a GET', 302, 'POST', { method: 'GET', keepBody: false }],
    ['301 keeps a GET', 301, 'GET', { method: 'GET', keepBody: true }],
  ])('%s', (_label, status, method, replay) => {
    expect(REDIRECT_STATUSES).toContain(status)
    expect(replayAfterRedirect(status, method)).toEqual(replay)
  })

  test('a dropped body takes its headers with it, whatever their case', () => {
    const headers = { 'Content-Length': '3', 'content-type': 'x', Authorization: 'Bearer t', Accept: '*/*' }
    expect(withoutBodyHeaders(headers)).toEqual({ Authorization: 'Bearer t', Accept: '*/*' })
  })
})
