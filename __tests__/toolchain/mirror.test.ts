import { expect, test } from 'vitest'
import { mirrorOf } from '../../src/toolchain/mirror.js'

test('credentials in a mirror URL become a Basic header and secrets to mask; the URL shown has none', () => {
  const m = mirrorOf(new URL('https://ci:p%40ss@mirror.example/go/dl/'))
  expect(m.url).toBe('https://mirror.example/go/dl')
  expect(m.authorization).toBe(`Basic ${Buffer.from('ci:p@ss').toString('base64')}`)
  expect(m.secrets).toEqual(['p@ss', Buffer.from('ci:p@ss').toString('base64')])
})

test('a mirror without credentials: no header, nothing to mask', () => {
  expect(mirrorOf(new URL('https://mirror.example/dl'))).toEqual({ url: 'https://mirror.example/dl', secrets: [] })
})
