import { describe, expect, test } from 'vitest'
import { annotationsAt, manifestOnlyKeys, parseAnnotationRules } from '../../src/lib/oci/annotation-levels.js'

describe('annotations by level', () => {
  const rules = parseAnnotationRules(
    [
      'all=1',
      'index:i=2',
      'manifest:m=3',
      'manifest[linux/arm64]:m=arm',
      'manifest-descriptor:md=4',
      'index-descriptor:id=5',
      'index:all=index',
    ].join('\n'),
  )
  test('each level gets its own, a platform rule only its platform, later lines win', () => {
    expect(annotationsAt(rules, 'index')).toEqual({ all: 'index', i: '2' })
    expect(annotationsAt(rules, 'manifest', 'linux/amd64')).toEqual({ all: '1', m: '3' })
    expect(annotationsAt(rules, 'manifest', 'linux/arm64')).toEqual({ all: '1', m: 'arm' })
    expect(annotationsAt(rules, 'manifest-descriptor', 'linux/amd64')).toEqual({ md: '4' })
    expect(annotationsAt(rules, 'index-descriptor')).toEqual({ id: '5' })
  })
  test('keys a merge job must not lift from the manifests to its index', () => {
    expect([...manifestOnlyKeys(rules)]).toEqual(['m'])
  })
})
