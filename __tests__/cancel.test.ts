import { expect, test } from 'vitest'
import { Cancellation, CancelledError } from '../src/lib/cancel.js'
import { TagLedger } from '../src/publish/tag-ledger.js'
import { writeTags } from '../src/publish/tagging.js'

test('a cancellation closes every tracked session (not the forgotten ones), then stops new requests', async () => {
  const run = new Cancellation()
  const closed: string[] = []
  run.track({ cancel: async () => void closed.push('a') })
  const forget = run.track({ cancel: async () => void closed.push('b') })
  forget()
  run.track({ cancel: () => new Promise<void>(() => undefined) }) // never answers: bounded by the timeout
  expect(run.isCancelled).toBe(false)
  expect(() => run.throwIfCancelled()).not.toThrow()
  expect(await run.cancelAll(50)).toBe(2)
  expect(closed).toEqual(['a'])
  expect(run.isCancelled).toBe(true)
  expect(() => run.throwIfCancelled()).toThrow(CancelledError)
})

test('one run’s cancellation is its own: another run is not cancelled', async () => {
  const one = new Cancellation()
  const other = new Cancellation()
  await one.cancelAll(10)
  expect(other.isCancelled).toBe(false)
})

test('after a cancellation no tag is written, and the ledger says none moved', async () => {
  const run = new Cancellation()
  await run.cancelAll(10)
  const ledger = new TagLedger()
  let put = 0
  await writeTags(
    [{ reference: 'r/a:1', digest: 'd', held: async () => undefined, put: async () => put++ }],
    ledger,
    run,
  )
  expect(put).toBe(0)
  expect(ledger.describe()).toBe('no tag was written or moved')
})
