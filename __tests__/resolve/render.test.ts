import { describe, expect, test } from 'vitest'
import { joinDocuments, renderKoReferences } from '../../src/resolve/render.js'

const images = new Map([
  ['example.com/mono/cmd/api', 'ghcr.io/o/mono/api@sha256:aaa'],
  ['example.com/mono/cmd/worker', 'ghcr.io/o/mono/worker@sha256:bbb'],
])

describe('renderKoReferences', () => {
  test('every ko:// reference becomes its image; comments, quotes and layout stay as written', () => {
    const yaml = [
      '# the api (ko://example.com/mono/cmd/api in a comment is rendered too, as ko does)',
      'spec:',
      '  containers:',
      '    - image: ko://example.com/mono/cmd/api   # keep me',
      "    - image: 'ko://example.com/mono/cmd/worker'",
      '    - image: nginx:1.27',
      '',
    ].join('\n')
    const r = renderKoReferences(yaml, 'k8s/app.yaml', images)
    expect(r.unknown).toEqual([])
    expect(r.text).toBe(
      [
        '# the api (ghcr.io/o/mono/api@sha256:aaa in a comment is rendered too, as ko does)',
        'spec:',
        '  containers:',
        '    - image: ghcr.io/o/mono/api@sha256:aaa   # keep me',
        "    - image: 'ghcr.io/o/mono/worker@sha256:bbb'",
        '    - image: nginx:1.27',
        '',
      ].join('\n'),
    )
  })

  test('a package not built is named with its file and line, and left as it was', () => {
    const r = renderKoReferences('a: 1\nimage: ko://example.com/mono/cmd/migrate\n', 'k8s/job.yaml', images)
    expect(r.unknown).toEqual(['k8s/job.yaml:2: ko://example.com/mono/cmd/migrate'])
    expect(r.text).toContain('ko://example.com/mono/cmd/migrate')
  })
})

test('joinDocuments puts one --- between files, none before a file that starts with one', () => {
  expect(joinDocuments(['a: 1\n', 'b: 2', '---\nc: 3\n'])).toBe('a: 1\n---\nb: 2\n---\nc: 3\n')
})
