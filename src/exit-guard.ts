// A step that exits 0 must have done its work. When the event loop empties while the step's work
// is still pending (an operation that neither finished nor failed: a stream that lost its error),
// Node would exit 0 with nothing done; this fails the step instead.
import * as core from '@actions/core'

export function guardExit(work: Promise<unknown>): void {
  let settled = false
  const settle = () => {
    settled = true
  }
  work.then(settle, settle)
  process.on('beforeExit', () => {
    if (settled) return
    settled = true
    core.setFailed('build-go-image stopped before its work was done: an operation neither finished nor failed (please report this); nothing after it ran')
  })
}
