import { describe, expect, test } from 'vitest'
import { fetchFailureHint, mergedGoPrivate, privateModuleEnv, tokenScope } from '../../src/compile/private-modules.js'
import { parsePrivateModules } from '../../src/compile/private-settings.js'

const header = (t: string) => `Authorization: Basic ${Buffer.from(`x-access-token:${t}`).toString('base64')}`

describe('the token goes only where the patterns say', () => {
  test.each([
    ['github.com/my-org/*', 'https://github.com/my-org/'],
    ['github.com/my-org', 'https://github.com/my-org/'],
    ['GitHub.com/my-org/repo/sub', 'https://github.com/my-org/repo/sub/'],
    ['*.corp.example', 'https://*.corp.example/'],
    ['git.corp.example:8443/team/*/x', 'https://git.corp.example:8443/team/'],
    ['*', undefined],
    ['git*.example/x', undefined],
    ['localhost/x', undefined],
    ['*.example', undefined],
  ])('%s -> %s', (pattern, scope) => {
    expect(tokenScope(pattern)).toBe(scope)
  })

  test('GIT_CONFIG_* after the runner own entries; GOPRIVATE merged', () => {
    const env = privateModuleEnv(
      { patterns: ['github.com/my-org/*', 'github.com/my-org/lib', '*.corp.example'], token: 'tok' },
      { GOPRIVATE: 'example.com/a,github.com/my-org/*', GIT_CONFIG_COUNT: '1' },
    )
    expect(env).toEqual({
      GOPRIVATE: 'example.com/a,github.com/my-org/*,github.com/my-org/lib,*.corp.example',
      GIT_CONFIG_KEY_1: 'http.https://github.com/my-org/.extraheader',
      GIT_CONFIG_VALUE_1: header('tok'),
      GIT_CONFIG_KEY_2: 'http.https://github.com/my-org/lib/.extraheader',
      GIT_CONFIG_VALUE_2: header('tok'),
      GIT_CONFIG_KEY_3: 'http.https://*.corp.example/.extraheader',
      GIT_CONFIG_VALUE_3: header('tok'),
      GIT_CONFIG_COUNT: '4',
    })
  })

  test('no patterns: nothing added; patterns without a token: GOPRIVATE only', () => {
    expect(privateModuleEnv({ patterns: [] }, { GOPRIVATE: 'x.example' })).toEqual({})
    expect(privateModuleEnv({ patterns: ['a.example/b'] }, {})).toEqual({ GOPRIVATE: 'a.example/b' })
    expect(mergedGoPrivate(undefined, [])).toBe('')
  })
})

describe('inputs', () => {
  const read = (v: Record<string, string>) => (n: string) => v[n] ?? ''
  test('patterns, comma or newline separated, and a token', () => {
    expect(
      parsePrivateModules(
        read({ 'go-private': 'github.com/o/*, gitlab.example/g\n*.corp.example', 'go-private-token': ' t ' }),
      ),
    ).toEqual({
      patterns: ['github.com/o/*', 'gitlab.example/g', '*.corp.example'],
      token: 't',
    })
  })
  test('a token with no patterns, or a pattern it cannot be scoped to, is refused (the token never shown)', () => {
    expect(() => parsePrivateModules(read({ 'go-private-token': 'sekrit' }))).toThrow(
      "Input 'go-private-token': a value of 6 characters (hidden) is not valid; set 'go-private' too",
    )
    expect(() => parsePrivateModules(read({ 'go-private': '*', 'go-private-token': 'sekrit' }))).toThrow(
      `Input 'go-private': "*" is not valid; with go-private-token each pattern must start with a host`,
    )
    expect(() => parsePrivateModules(read({ 'go-private': 'a b' }))).toThrow('Input \'go-private\': "a b" is not valid')
  })
})

describe('a failed fetch names the fix', () => {
  const denied = 'go: git.corp.example/x.git@v1.0.0: no secure protocol found for repository'
  test('by what was given', () => {
    expect(fetchFailureHint(denied, { patterns: [] })).toContain("list its path in 'go-private'")
    expect(fetchFailureHint(denied, { patterns: ['git.corp.example'] })).toContain("set 'go-private-token'")
    expect(fetchFailureHint(denied, { patterns: ['git.corp.example'], token: 't' })).toContain(
      "the host refused 'go-private-token'",
    )
    expect(
      fetchFailureHint('go: example.com/x@v1.0.0: reading go.mod: unexpected EOF', { patterns: [] }),
    ).toBeUndefined()
  })
})
