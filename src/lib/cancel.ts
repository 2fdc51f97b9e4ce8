// Cancellation of a run: the runner sends SIGINT/SIGTERM when a job is cancelled. No new registry
// request starts after it, open upload sessions are cancelled with DELETE, and since tags are
// written only after all content, no tag moves. One per run (the Scope's), handed to the registry
// clients and the publication; no module state.

export class CancelledError extends Error {
  override readonly name = 'CancelledError'
  readonly temporary = false
}

interface Session {
  cancel(): Promise<void>
}

export class Cancellation {
  private cancelled = false
  private readonly sessions = new Set<Session>()

  get isCancelled(): boolean {
    return this.cancelled
  }

  throwIfCancelled(): void {
    if (this.cancelled) throw new CancelledError('cancelled')
  }

  /** Track an upload session so a cancellation can close it; returns the function that forgets it. */
  track(session: Session): () => void {
    this.sessions.add(session)
    return () => this.sessions.delete(session)
  }

  /** Stop new requests and cancel every open upload session (bounded by timeoutMs). */
  async cancelAll(timeoutMs: number): Promise<number> {
    this.cancelled = true
    const open = [...this.sessions]
    await Promise.race([Promise.allSettled(open.map((s) => s.cancel())), new Promise((r) => setTimeout(r, timeoutMs))])
    return open.length
  }
}
