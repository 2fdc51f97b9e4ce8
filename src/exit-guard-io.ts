// A step that exits 0 must have done its work, and a step whose work is done must end.
// - When the event loop empties while the step's work is still pending (an operation that neither
//   finished nor failed: a stream that lost its error), Node would exit 0 with nothing done; this
//   fails the step instead.
// - When the work has settled, what a library left behind must not keep the step running:
//   @actions/cache leaves its 10-minute segment timer armed after a failed download, and the
//   runner waits for the process. The step exits with its code once the work is done.
import * as core from '@actions/core'

export function guardExit(work: Promise<unknown>): void {
  let settled = false
  const settle = () => {
    settled = true
    // After the turn that settled it (its own logging), with stdout flushed: it is synchronous
    // for files and pipes on Linux, and the exit code is core.setFailed's.
    setImmediate(() => process.exit())
  }
  work.then(settle, settle)
  process.on('beforeExit', () => {
    if (settled) return
    settled = true
    core.setFailed(
      'build-go-image stopped before its work was done: an operation neither finished nor failed (please ' +
        'report this); nothing after it ran',
    )
  })
}
