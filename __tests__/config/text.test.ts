import { describe, expect, test } from 'vitest'
import { parseArgv, parseBoolean, parseKeyValues, splitList } from '../../src/inputs/text.js'

describe('input text shapes', () => {
  test('lists: newlines, and commas where allowed; blanks dropped', () => {
    expect(splitList(' a\n\n b ,c\n', true)).toEqual(['a', 'b', 'c'])
    expect(splitList('a,b\nc', false)).toEqual(['a,b', 'c'])
  })

  test('KEY=VALUE lines: later lines win, the value keeps its = signs', () => {
    expect(parseKeyValues('env', 'A=1\nB=x=y\nA=2', /^[A-Z]+$/, 'upper case')).toEqual({ A: '2', B: 'x=y' })
  })

  test.each([
    ['no =', 'JUSTKEY', /write one KEY=VALUE per line \(item 1\)/],
    ['a bad key', 'ok=1\nbad key=2', /the key must be upper case \(item 2\)/],
  ])('KEY=VALUE with %s names the input and the item', (_label, text, message) => {
    expect(() => parseKeyValues('env', text, /^[A-Za-z]+$/, 'upper case')).toThrow(/^Input 'env'/)
    expect(() => parseKeyValues('env', text, /^[A-Za-z]+$/, 'upper case')).toThrow(message)
  })

  test.each([
    ['a JSON array', '["serve", "--port", "8080"]', ['serve', '--port', '8080']],
    ['one line, split at whitespace', 'serve --port 8080', ['serve', '--port', '8080']],
    ['one argument per line, spaces kept', 'serve\n--name=a b', ['serve', '--name=a b']],
    ['empty', '  ', []],
  ])('an argument vector from %s', (_label, text, argv) => {
    expect(parseArgv('args', text)).toEqual(argv)
  })

  test('an array that is not all strings is refused; booleans are true, false or the default', () => {
    expect(() => parseArgv('args', '[1]')).toThrow(/give a JSON array of strings/)
    expect([parseBoolean('x', 'TRUE', false), parseBoolean('x', '', true), parseBoolean('x', 'false', true)]).toEqual([
      true,
      true,
      false,
    ])
    expect(() => parseBoolean('load', 'yes', false)).toThrow(/^Input 'load'/)
  })
})

test('a bad value with a line separator (U+2028, U+2029) is still shown on one line', async () => {
  const { InputError } = await import('../../src/inputs/error.js')
  const e = new InputError('push', '\u2028x\u2029', 'give true or false')
  expect(e.message).toBe(String.raw`Input 'push': "\u2028x\u2029" is not valid; give true or false`)
  expect(e.message).not.toMatch(/[\n\r\u2028\u2029]/)
})
