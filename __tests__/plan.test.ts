// The run's plan from real parsed settings: what a branch build, a pull request, a release and a
// run with an archive do, decided before any work.
import { describe, expect, test } from 'vitest'
import { parseConfig } from '../src/config/config.js'
import { planRun } from '../src/plan.js'

const parse = (inputs: Record<string, string>, eventName = 'push') =>
  parseConfig((n) => inputs[n] ?? '', { workspace: '/w', runnerTemp: '/t', eventName, hasIdToken: true })
const branch = { release: { release: false, why: 'a branch push' }, commit: 'abc' }

describe('planRun', () => {
  test('a branch push to a registry: push, no release, no archive; subjects named by the first image', () => {
    const config = parse({ image: 'ghcr.io/o/app\ndocker.io/o/app' })
    expect(planRun(config, branch, 'push')).toEqual({
      push: true,
      archive: false,
      subjectName: 'ghcr.io/o/app',
      attestationsApi: false,
    })
  })

  test('a pull request with a target does not push, and says why', () => {
    const config = parse({ image: 'ghcr.io/o/app' }, 'pull_request')
    const plan = planRun(config, branch, 'pull_request')
    expect(plan.push).toBe(false)
    expect(plan.notPushing).toBe('push: auto, event: pull_request')
    expect(plan.attestationsApi).toBe(false)
  })

  test('a release compares with the registry’s image of its commit, unless the commit is unknown', () => {
    const config = parse({ image: 'ghcr.io/o/app', 'attestations-api': 'true' })
    const release = { release: { release: true, why: 'a tag push' }, commit: 'abc' }
    expect(planRun(config, release, 'push')).toMatchObject({
      release: 'a tag push',
      evidence: { commit: 'abc' },
      attestationsApi: true,
    })
    expect(planRun(config, { ...release, commit: 'unknown' }, 'push').evidence).toBeUndefined()
  })

  test('no image: nothing to push and nothing said; a tarball or load asks for the archive stage', () => {
    const plan = planRun(parse({ tarball: 'out.tar' }), branch, 'push')
    expect(plan).toMatchObject({ push: false, archive: true, subjectName: 'image' })
    expect(plan.notPushing).toBeUndefined()
  })
})
