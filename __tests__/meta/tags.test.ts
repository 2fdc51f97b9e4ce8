// Event payloads (real-shaped, __tests__/fixtures/events) -> the exact tag list.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { githubContext } from '../../src/meta/context.js'
import { standardLabels } from '../../src/meta/labels.js'
import { checkTagTemplates, deriveTags, renderTags, sanitizeTag } from '../../src/meta/tags.js'

const SHA = '8f2b7a9c4d3e1f0a5b6c7d8e9f0a1b2c3d4e5f60'
const payload = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/events', `${name}.json`), 'utf8')

function ctx(eventName: string, ref: string, event: string, extra: Record<string, string> = {}) {
  return githubContext(
    { GITHUB_EVENT_NAME: eventName, GITHUB_REF: ref, GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'octo-org/app', ...extra },
    payload(event),
  )
}

describe('tags derived from the event', () => {
  test.each([
    [
      'tag push v1.2.3 in an empty repository',
      ctx('push', 'refs/tags/v1.2.3', 'tag-push'),
      [],
      ['1.2.3', '1.2', '1', 'latest', 'sha-8f2b7a9'],
    ],
    [
      'tag push v1.2.3 when 1.2.2 and 1.0.0 exist',
      ctx('push', 'refs/tags/v1.2.3', 'tag-push'),
      ['1.2.2', 'latest', '1.0.0', 'sha-1234567'],
      ['1.2.3', '1.2', '1', 'latest', 'sha-8f2b7a9'],
    ],
    [
      'tag push v1.9.1 after 2.0.1: latest stays',
      ctx('push', 'refs/tags/v1.9.1', 'tag-push'),
      ['2.0.1', '2.0', '2', 'latest'],
      ['1.9.1', '1.9', '1', 'sha-8f2b7a9'],
    ],
    [
      'a higher prerelease does not block latest',
      ctx('push', 'refs/tags/v1.2.3', 'tag-push'),
      ['2.0.0-rc.1'],
      ['1.2.3', '1.2', '1', 'latest', 'sha-8f2b7a9'],
    ],
    [
      'prerelease tag: only its own version',
      ctx('push', 'refs/tags/v2.0.0-rc.1', 'tag-push'),
      [],
      ['2.0.0-rc.1', 'sha-8f2b7a9'],
    ],
    [
      'v0.x: no major-only tag 0',
      ctx('push', 'refs/tags/v0.4.1', 'tag-push'),
      [],
      ['0.4.1', '0.4', 'latest', 'sha-8f2b7a9'],
    ],
    ['tag without v', ctx('push', 'refs/tags/3.1.0', 'tag-push'), [], ['3.1.0', '3.1', '3', 'latest', 'sha-8f2b7a9']],
    [
      'non-semver tag: sanitized name',
      ctx('push', 'refs/tags/release/2024-05', 'tag-push'),
      [],
      ['release-2024-05', 'sha-8f2b7a9'],
    ],
    [
      'branch push: sanitized branch',
      ctx('push', 'refs/heads/feature/login-page', 'branch-push'),
      [],
      ['feature-login-page', 'sha-8f2b7a9'],
    ],
    [
      'default branch push: plus edge',
      ctx('push', 'refs/heads/main', 'branch-push'),
      [],
      ['main', 'edge', 'sha-8f2b7a9'],
    ],
    [
      'pull_request: pr-<number>',
      ctx('pull_request', 'refs/pull/42/merge', 'pull-request', { GITHUB_HEAD_REF: 'feature/login-page' }),
      [],
      ['pr-42', 'sha-8f2b7a9'],
    ],
    [
      'pull_request_target: pr-<number>',
      ctx('pull_request_target', 'refs/heads/main', 'pull-request'),
      [],
      ['pr-42', 'sha-8f2b7a9'],
    ],
    ['schedule: nightly', ctx('schedule', 'refs/heads/main', 'schedule'), [], ['nightly', 'sha-8f2b7a9']],
    [
      'workflow_dispatch: the branch name, no edge',
      ctx('workflow_dispatch', 'refs/heads/main', 'workflow-dispatch'),
      [],
      ['main', 'sha-8f2b7a9'],
    ],
  ])('%s', (_label, c, existing, expected) => {
    expect(deriveTags(c, existing)).toEqual(expected)
  })
})

describe('tag templates', () => {
  const tagPush = ctx('push', 'refs/tags/v1.2.3', 'tag-push')
  const branch = ctx('push', 'refs/heads/feature/login-page', 'branch-push')
  const epoch = 1714557600 // 2024-05-01T10:00:00Z

  test.each([
    [
      'version parts (duplicates dropped)',
      tagPush,
      ['{{version}}', '{{major}}', '{{minor}}', '{{patch}}', 'v{{major}}-stable'],
      ['1.2.3', '1', '1.2', 'v1-stable'],
    ],
    [
      'branch and sha',
      branch,
      ['{{branch}}', '{{branch}}-{{sha}}', 'static'],
      ['feature-login-page', 'feature-login-page-8f2b7a9', 'static'],
    ],
    [
      'date from the commit time',
      branch,
      ["nightly-{{date 'YYYYMMDD'}}", "{{date 'YYYY-MM-DD-HHmm'}}"],
      ['nightly-20240501', '2024-05-01-1000'],
    ],
  ])('%s', (_l, c, templates, expected) => {
    expect(renderTags(templates, c, epoch).tags).toEqual(expected)
  })

  test('a template without a value for the event is skipped, not broken', () => {
    expect(renderTags(['{{version}}', '{{branch}}'], branch, epoch)).toEqual({
      tags: ['feature-login-page'],
      skipped: ['{{version}}'],
    })
  })

  test.each(['{{.Version}}', '{{tag}}', '{{date YYYY}}'])('%s is refused', (t) => {
    expect(() => checkTagTemplates([t])).toThrow(/^Input 'tags': .* templates may use \{\{version\}\}/)
  })

  test.each([
    ['feature/x', 'feature-x'],
    ['-lead', 'lead'],
    ['a b@c', 'a-b-c'],
    ['x'.repeat(200), 'x'.repeat(128)],
  ])('sanitizeTag(%j) = %j', (a, b) => expect(sanitizeTag(a)).toBe(b))
})

describe('standard labels', () => {
  test('from a tag push payload; created is the commit time', () => {
    expect(standardLabels(ctx('push', 'refs/tags/v1.2.3', 'tag-push'), 1714557600, '1.2.3')).toEqual({
      'org.opencontainers.image.created': '2024-05-01T10:00:00Z',
      'org.opencontainers.image.description': 'A small Go service',
      'org.opencontainers.image.licenses': 'Apache-2.0',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.source': 'https://github.com/octo-org/app',
      'org.opencontainers.image.title': 'app',
      'org.opencontainers.image.url': 'https://github.com/octo-org/app',
      'org.opencontainers.image.version': '1.2.3',
    })
  })
  test('NOASSERTION and null description are left out; no repository, no labels', () => {
    const labels = standardLabels(ctx('pull_request', 'refs/pull/42/merge', 'pull-request'), 0, 'pr-42')
    expect(labels['org.opencontainers.image.licenses']).toBeUndefined()
    expect(labels['org.opencontainers.image.description']).toBeUndefined()
    expect(standardLabels(githubContext({}, undefined), 0, undefined)).toEqual({})
  })
})
