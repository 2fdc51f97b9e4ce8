import { describe, expect, test } from 'vitest'
import { checkImageTags, forImage, parseMerge, parsePublish } from '../../src/publish/settings.js'

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

describe('tags for one image of several (name=tag)', () => {
  const parse = (tags: string) =>
    parsePublish((n) => ({ image: 'ghcr.io/o/mono', tags, push: 'true' })[n] ?? '', 'push')

  test('a name=tag line is that image’s alone, beside everyone’s', () => {
    const s = parse('v1\napi=canary')
    expect(s.tagTemplates).toEqual(['v1'])
    expect(s.imageTags).toEqual([{ image: 'api', tag: 'canary' }])
    const api = forImage(s, 'api')
    expect(api.targets.map((t) => [t.reference.repository, t.tags])).toEqual([['o/mono/api', ['canary']]])
    expect(forImage(s, 'worker').targets[0]?.tags).toEqual([])
    expect(forImage(s, 'worker').tagTemplates).toEqual(['v1'])
  })

  test('a name=tag for an image not built, or with one image, is an input error', () => {
    const s = parse('api=canary')
    expect(() => checkImageTags(s, ['worker'])).toThrow(/^Input 'tags': "api=canary" .*no image is named api/)
    expect(() => checkImageTags(s, undefined)).toThrow(/needs several mains/)
    expect(() => checkImageTags(s, ['api', 'worker'])).not.toThrow()
    expect(() => parse('API=x')).toThrow(/a tag for one image is <image name>=<tag>/)
  })
})
