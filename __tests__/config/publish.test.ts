import { describe, expect, test } from 'vitest'
import { parseMerge, parsePublish } from '../../src/publish/settings.js'

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''
const digest = `sha256:${'a'.repeat(64)}`

describe('parsePublish', () => {
  test.each([
    ['auto pushes on a push event', { image: 'ghcr.io/o/app' }, 'push', true],
    ['auto does not push on a pull request', { image: 'ghcr.io/o/app' }, 'pull_request', false],
    ['false never pushes', { image: 'ghcr.io/o/app', push: 'false' }, 'push', false],
    ['nothing to push to: no push', {}, 'push', false],
  ])('%s', (_label, inputs, event, push) => {
    expect(parsePublish(reader(inputs), event).push).toBe(push)
  })

  test('a tag in image is that repository’s; full references in tags go to their repository', () => {
    const s = parsePublish(
      reader({ image: 'ghcr.io/o/app:edge\ndocker.io/o/app', tags: 'docker.io/o/app:1.2,v1' }),
      'push',
    )
    expect(s.targets.map((t) => [t.reference.registry, t.tags, t.tagTemplates])).toEqual([
      ['ghcr.io', ['edge'], []],
      ['docker.io', [], ['1.2']],
    ])
    expect(s.tagTemplates).toEqual(['v1'])
  })

  test.each([
    ['a bad push mode', { push: 'maybe' }, /^Input 'push'/],
    ['push true with no image', { push: 'true' }, /^Input 'image'.*push is true/],
    ['username without password', { image: 'ghcr.io/o/app', username: 'u' }, /^Input 'password'/],
    ['an image by digest', { image: `ghcr.io/o/app@${digest}` }, /without @digest/],
    ['a tag for a repository not in image', { image: 'ghcr.io/o/app', tags: 'ghcr.io/o/other:1' }, /not one of image/],
    [
      'push-by-digest and merge together',
      { image: 'ghcr.io/o/app', 'push-by-digest': 'true', merge: digest },
      /not both/,
    ],
  ])('%s is refused, naming the input', (_label, inputs, message) => {
    expect(() => parsePublish(reader(inputs), 'push')).toThrow(message)
  })
})

describe('parseMerge', () => {
  test('digests, repo@digest, as lines, commas or a JSON array', () => {
    expect(parseMerge(`${digest}, ghcr.io/o/app@${digest}`)).toEqual([
      { digest },
      { digest, repository: expect.objectContaining({ registry: 'ghcr.io', repository: 'o/app' }) },
    ])
    expect(parseMerge(JSON.stringify([digest]))).toEqual([{ digest }])
    expect(parseMerge('')).toEqual([])
  })

  test.each([
    ['a tag', 'ghcr.io/o/app:1'],
    ['a short digest', 'sha256:abc'],
    ['bad JSON', '[x'],
  ])('%s is refused with the accepted forms', (_label, text) => {
    expect(() => parseMerge(text)).toThrow(/give image digests \(sha256:<64 hex>\) or repo@sha256/)
  })
})
