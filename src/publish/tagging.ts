// Writes tags, a few at a time, recording each in the ledger; after the first failure or a
// cancellation no new tag starts, and the error lists what moved and what did not.
import pLimit from 'p-limit'
import type { Cancellation } from '../lib/cancel.js'
import { TaggingError, type TagLedger } from './tag-ledger.js'

export interface TagWrite {
  /** `registry/repository:tag`. */
  reference: string
  put(): Promise<unknown>
}

export async function writeTags(
  writes: TagWrite[],
  ledger: TagLedger,
  cancellation?: Cancellation,
  concurrency = 4,
): Promise<void> {
  ledger.planned.push(...writes.map((w) => w.reference))
  const limit = pLimit(concurrency)
  let failure: { reference: string; error: unknown } | undefined
  await Promise.all(
    writes.map((w) =>
      limit(async () => {
        if (failure || cancellation?.isCancelled) return
        ledger.inFlight.add(w.reference)
        try {
          await w.put()
          ledger.moved.push(w.reference)
        } catch (error) {
          failure ??= { reference: w.reference, error }
        } finally {
          ledger.inFlight.delete(w.reference)
        }
      }),
    ),
  )
  if (failure) throw new TaggingError(failure.reference, ledger, { cause: failure.error })
}
