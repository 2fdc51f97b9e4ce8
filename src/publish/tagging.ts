// Writes tags, a few at a time, recording each in the ledger; after the first failure or a
// cancellation no new tag starts, and the error lists what moved and what did not. Each tag is read
// first, as go-containerregistry does: one already at the image is left alone (a re-run moves
// nothing, and a registry with immutable tags does not refuse it), and a refused move names both
// images.
import pLimit from 'p-limit'
import type { Cancellation } from '../lib/cancel.js'
import { TaggingError, type TagLedger, TagMoveRefused } from './tag-ledger.js'

export interface TagWrite {
  /** `registry/repository:tag`. */
  reference: string
  /** The image the tag is to point at. */
  digest: string
  /** What the tag points at now (undefined: no such tag, or the registry does not say). */
  held(): Promise<string | undefined>
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
        // A tag that cannot be read is written: the PUT's answer decides.
        const held = await w.held().catch(() => undefined)
        if (held === w.digest) return void ledger.already.push(w.reference)
        ledger.inFlight.add(w.reference)
        try {
          await w.put()
          ledger.moved.push(w.reference)
        } catch (error) {
          const refused = held ? new TagMoveRefused(w.reference, held, w.digest, { cause: error }) : error
          failure ??= { reference: w.reference, error: refused }
        } finally {
          ledger.inFlight.delete(w.reference)
        }
      }),
    ),
  )
  if (failure) throw new TaggingError(failure.reference, ledger, { cause: failure.error })
}
