// Its own file: a cancellation is for the whole process, so it cannot be undone within one.
import { expect, test } from 'vitest'
import { CancelledError, cancelAll, isCancelled, throwIfCancelled, trackSession } from '../src/cancel.js'

test('a cancellation closes every tracked session (not the forgotten ones), then stops new requests', async () => {
  const closed: string[] = []
  trackSession({ cancel: async () => void closed.push('a') })
  const forget = trackSession({ cancel: async () => void closed.push('b') })
  forget()
  trackSession({ cancel: () => new Promise<void>(() => undefined) }) // never answers: bounded by the timeout
  expect(isCancelled()).toBe(false)
  expect(() => throwIfCancelled()).not.toThrow()
  expect(await cancelAll(50)).toBe(2)
  expect(closed).toEqual(['a'])
  expect(isCancelled()).toBe(true)
  expect(() => throwIfCancelled()).toThrow(CancelledError)
})
