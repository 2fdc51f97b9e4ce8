import { describe, expect, test } from 'vitest'
import { renderLdflags, unknownPlaceholders } from '../../src/compile/ldflags.js'

const info = { version: '1.2.3', commit: 'abc1234def', date: '2024-05-01T10:00:00Z' }

describe('ldflags templates', () => {
  test.each([
    ['no placeholder is unchanged', '-s -w', '-s -w'],
    ['{{.Version}} becomes the version', '-X main.version={{.Version}}', '-X main.version=1.2.3'],
    [
      'all three, spaces inside braces allowed',
      '-X a={{ .Version }} -X b={{.Commit}} -X c={{.Date}}',
      '-X a=1.2.3 -X b=abc1234def -X c=2024-05-01T10:00:00Z',
    ],
    ['repeated placeholders', '{{.Commit}}/{{.Commit}}', 'abc1234def/abc1234def'],
  ])('%s', (_label, template, expected) => {
    expect(unknownPlaceholders(template)).toEqual([])
    expect(renderLdflags(template, info)).toBe(expected)
  })

  test.each([
    ['unknown key', '-X a={{.Tag}}', ['{{.Tag}}']],
    ['lower-case key', '-X a={{.version}}', ['{{.version}}']],
    ['missing dot', '-X a={{Version}}', ['{{Version}}']],
    ['one good, one bad', '{{.Version}} {{.Env.HOME}}', ['{{.Env.HOME}}']],
  ])('%s is reported', (_label, template, unknown) => {
    expect(unknownPlaceholders(template)).toEqual(unknown)
    expect(() => renderLdflags(template, info)).toThrow(/unknown ldflags placeholder/)
  })
})
