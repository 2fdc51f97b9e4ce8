import { describe, expect, test } from 'vitest'
import {
  isTemporaryStatus,
  parseRetryAfter,
  RegistryError,
  redactUrl,
  registryErrorCodes,
} from '../../src/lib/registry/errors.js'
import { resumeOffset } from '../../src/lib/registry/upload-io.js'
import { withRetry } from '../../src/lib/retry.js'

const temporary = (retryAfterMs?: number) =>
  new RegistryError({
    method: 'GET',
    url: 'u',
    status: 503,
    temporary: true,
    message: 'busy',
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  })

describe('withRetry', () => {
  test('retries temporary errors with growing, jittered waits, then succeeds', async () => {
    const waits: number[] = []
    let n = 0
    const v = await withRetry(async () => (++n < 4 ? Promise.reject(temporary()) : 'ok'), {
      attempts: 5,
      baseMs: 100,
      maxMs: 1000,
      sleep: async (ms) => void waits.push(ms),
      random: () => 1,
    })
    expect(v).toBe('ok')
    expect(waits).toEqual([100, 200, 400])
  })

  test('Retry-After wins over backoff', async () => {
    const waits: number[] = []
    let n = 0
    await withRetry(async () => (++n < 2 ? Promise.reject(temporary(3000)) : 1), {
      attempts: 3,
      baseMs: 10,
      maxMs: 10,
      sleep: async (ms) => void waits.push(ms),
    })
    expect(waits).toEqual([3000])
  })

  test('a permanent error is thrown at once; attempts are bounded', async () => {
    let n = 0
    await expect(
      withRetry(
        async () => {
          n++
          throw new RegistryError({ method: 'GET', url: 'u', status: 404, temporary: false, message: 'nope' })
        },
        { attempts: 5, baseMs: 1, maxMs: 1, sleep: async () => {} },
      ),
    ).rejects.toThrow('nope')
    expect(n).toBe(1)
    n = 0
    await expect(
      withRetry(
        async () => {
          n++
          throw temporary()
        },
        { attempts: 3, baseMs: 1, maxMs: 1, sleep: async () => {} },
      ),
    ).rejects.toThrow('busy')
    expect(n).toBe(3)
  })
})

describe('registry errors', () => {
  test.each([
    [408, true],
    [429, true],
    [499, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [501, false],
    [400, false],
    [401, false],
    [404, false],
    [413, false],
  ])('status %i temporary: %s', (s, t) => {
    expect(isTemporaryStatus(s)).toBe(t)
  })
  test('Retry-After in seconds or as a date', () => {
    expect(parseRetryAfter('2', 0)).toBe(2000)
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000)
    expect(parseRetryAfter(undefined, 0)).toBeUndefined()
  })
  test('URLs lose their query (upload state, tokens)', () => {
    expect(redactUrl('https://r.io/v2/a/blobs/uploads/x?_state=secret&digest=d')).toBe(
      'https://r.io/v2/a/blobs/uploads/x',
    )
  })
  test('error bodies give their codes', () => {
    expect(registryErrorCodes('{"errors":[{"code":"DENIED","message":"no"}]}')).toEqual({
      codes: ['DENIED'],
      messages: ['no'],
    })
    expect(registryErrorCodes('<html>')).toEqual({ codes: [], messages: [] })
  })
  test.each([
    ['0-0', 0],
    ['0-99', 100],
    ['bytes=0-9', 10],
    [undefined, 0],
    ['0-999999', 500],
  ])('resume after Range %s at %i', (range, offset) => {
    expect(resumeOffset(range, 500)).toBe(offset)
  })
})
