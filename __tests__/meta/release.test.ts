import { describe, expect, test } from 'vitest'
import type { GitHubContext } from '../../src/meta/context.js'
import { type ReleaseMode, releaseDecision } from '../../src/meta/release.js'

const ctx = (eventName: string, ref: string): GitHubContext => ({
  eventName,
  ref,
  sha: 'a'.repeat(40),
  repository: 'o/r',
  serverUrl: 'https://github.com',
})

describe('releaseDecision', () => {
  test.each<[string, ReleaseMode, GitHubContext, string[], boolean, string]>([
    ['a tag push is a release', 'auto', ctx('push', 'refs/tags/v1.0.0'), [], true, 'a tag push (refs/tags/v1.0.0)'],
    ['a non-semver tag push too', 'auto', ctx('push', 'refs/tags/nightly'), [], true, 'a tag push'],
    ['a release event', 'auto', ctx('release', 'refs/tags/v2.0.0'), [], true, 'a release event'],
    ['a branch push with a semver tag', 'auto', ctx('push', 'refs/heads/main'), ['main', 'v1.2.3'], true, 'v1.2.3'],
    ['a semver prerelease tag', 'auto', ctx('workflow_dispatch', 'refs/heads/x'), ['1.2.3-rc.1'], true, '1.2.3-rc.1'],
    ['a branch push with branch tags is not', 'auto', ctx('push', 'refs/heads/main'), ['main', 'sha-abc'], false, ''],
    ['1.2 is not a semver version', 'auto', ctx('push', 'refs/heads/main'), ['1.2', 'latest'], false, ''],
    ['a pull request is not', 'auto', ctx('pull_request', 'refs/pull/7/merge'), ['pr-7'], false, ''],
    ['true widens it to every run', 'true', ctx('push', 'refs/heads/main'), [], true, 'release-build: true'],
    ['false narrows it to none', 'false', ctx('push', 'refs/tags/v1.0.0'), ['1.0.0'], false, 'release-build: false'],
  ])('%s', (_label, mode, github, tags, release, why) => {
    const d = releaseDecision(mode, github, tags)
    expect(d.release).toBe(release)
    expect(d.why).toContain(why)
  })
})
