import { expect, test } from 'vitest'
import { redactUserinfo, shownValue } from '../../src/inputs/redact.js'
import { buildStamp, rfc3339 } from '../../src/meta/stamp.js'
import { stepDir } from '../../src/runner/step-dir.js'

test.each([
  [
    'SOURCE_DATE_EPOCH wins over the commit time; a tag names the version',
    { sourceDateEpoch: '100', commitTime: '200', commit: 'a'.repeat(40), ref: 'refs/tags/v1.2.3' },
    { epoch: 100, commit: 'a'.repeat(40), version: '1.2.3', date: '1970-01-01T00:01:40Z' },
  ],
  [
    'a branch: dev-<short commit>, dated by the commit',
    { commitTime: '1700000000', commit: 'b'.repeat(40), ref: 'refs/heads/main' },
    { epoch: 1700000000, commit: 'b'.repeat(40), version: `dev-${'b'.repeat(7)}`, date: '2023-11-14T22:13:20Z' },
  ],
  [
    'nothing known: epoch 0, dev',
    { commit: 'not-a-sha' },
    { epoch: 0, commit: 'unknown', version: 'dev', date: rfc3339(0) },
  ],
])('%s', (_label, facts, stamp) => {
  expect(buildStamp(facts)).toEqual(stamp)
})

test('user:pass@ is redacted anywhere in a text; secret-bearing inputs are shown by shape', () => {
  expect(redactUserinfo('GOPROXY=https://u:p@proxy.example,direct')).toBe('GOPROXY=https://***@proxy.example,direct')
  expect(shownValue('ldflags', '-X main.key=s3cret')).toBe('"-X main.key=…" (value hidden)')
  expect(shownValue('ldflags', '-s')).toBe('"-s"')
  expect(shownValue('platforms', 'linux/x')).toBe('"linux/x"')
})

test('each step of a job works in a directory named by its GITHUB_ACTION; outside a runner, one', () => {
  expect(stepDir('/c', { GITHUB_ACTION: '__owner_repo_2' })).toBe('/c/__owner_repo_2')
  expect(stepDir('/c', { GITHUB_ACTION: '../x y' })).toBe('/c/__x_y') // no climbing out
  expect(stepDir('/c', {})).toBe('/c')
})
