// A step's life in one place: what it started is stopped and cleaned up when it ends, however it
// ends; the runner's cancellation (SIGINT, then SIGTERM) closes open upload sessions and says
// which tags moved; and the last net keeps any URL's user:pass@ out of the failure message.
import * as core from '@actions/core'
import { guardExit } from './exit-guard-io.js'
import { redactUserinfo } from './inputs/redact.js'
import { Cancellation } from './lib/cancel.js'
import type { RunLife } from './publish/run-life.js'
import { TaggingError, TagLedger } from './publish/tag-ledger.js'
import { reportTags } from './report/io.js'

/** How long a cancelled step spends on its cleanups before it exits. */
const CLEANUP_MS = 4000

/** What a step's work registers to be undone at its end, and the signal that stops it. */
export class Scope implements RunLife {
  private readonly stop = new AbortController()
  /** The tags the run writes, and which moved: what a cancellation reports. */
  readonly ledger = new TagLedger()
  /** After a cancellation no registry request starts; open upload sessions are closed. */
  readonly cancellation = new Cancellation()
  private readonly cleanups: (() => unknown)[] = []
  private closing?: Promise<void>

  /** Aborted when the step ends or is cancelled: processes and requests started under it stop. */
  get signal(): AbortSignal {
    return this.stop.signal
  }

  /** Run `fn` at the end, whatever happened; the last registered runs first. */
  defer(fn: () => unknown): void {
    this.cleanups.push(fn)
  }

  /** Stop what runs, then undo in reverse order; a cleanup that fails is a warning, not the step's error. */
  close(): Promise<void> {
    // A cancellation and the work's own end may both close it: both wait for the one closing.
    this.closing ??= (async () => {
      this.stop.abort()
      for (const fn of this.cleanups.splice(0).reverse()) {
        try {
          await fn()
        } catch (e) {
          core.warning(`cleanup: ${(e as Error).message}`)
        }
      }
    })()
    return this.closing
  }
}

/** Run a step's work in a scope, with the cancellation handlers, and fail the step on an error. */
export function runStep(work: (scope: Scope) => Promise<void>): void {
  const scope = new Scope()
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      // No new request starts from here on; tags are written only after all content, so none moves.
      void scope.cancellation.cancelAll(5000).then(async (n) => {
        const { ledger } = scope
        core.setFailed(`Cancelled by ${signal}: ${n} open upload session(s) cancelled; ${ledger.describe()}`)
        if (ledger.planned.length > 0) await reportTags(ledger).catch(() => undefined)
        // The scope's cleanups run too (builds stopped, temporary directories removed), bounded:
        // the runner kills the step a few seconds after its signal.
        await Promise.race([scope.close(), new Promise((r) => setTimeout(r, CLEANUP_MS))])
        process.exit(1)
      })
    })
  }
  guardExit(
    work(scope)
      .finally(() => scope.close())
      .catch(async (e: unknown) => {
        // A failure while tagging: the summary says which tags moved before the step fails.
        if (e instanceof TaggingError) await reportTags(e.ledger).catch(() => undefined)
        core.setFailed(redactUserinfo(e instanceof Error ? e.message : String(e)))
      }),
  )
}
