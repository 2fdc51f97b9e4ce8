// What a run's stages share of its life, made once by step-io.ts's Scope and handed down: the tags it
// writes (which moved, for a cancellation or a failure to report) and its cancellation (after
// which no registry request starts). Pure.
import type { Cancellation } from '../lib/cancel.js'
import type { TagLedger } from './tag-ledger.js'

export interface RunLife {
  readonly ledger: TagLedger
  readonly cancellation: Cancellation
}
