// Cancellation: the runner sends SIGINT/SIGTERM when a job is cancelled. No new registry request
// starts after it, open upload sessions are cancelled with DELETE, and since tags are written
// only after all content, no tag moves.

export class CancelledError extends Error {
  override readonly name = 'CancelledError'
  readonly temporary = false
}

interface Session {
  cancel(): Promise<void>
}

const state = { cancelled: false, sessions: new Set<Session>() }

export function isCancelled(): boolean {
  return state.cancelled
}

export function throwIfCancelled(): void {
  if (state.cancelled) throw new CancelledError('cancelled')
}

/** Track an upload session so a cancellation can close it; returns the function that forgets it. */
export function trackSession(session: Session): () => void {
  state.sessions.add(session)
  return () => state.sessions.delete(session)
}

/** Stop new requests and cancel every open upload session (bounded by timeoutMs). */
export async function cancelAll(timeoutMs: number): Promise<number> {
  state.cancelled = true
  const open = [...state.sessions]
  await Promise.race([Promise.allSettled(open.map((s) => s.cancel())), new Promise((r) => setTimeout(r, timeoutMs))])
  return open.length
}
