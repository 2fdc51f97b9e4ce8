// Which tags a run has moved. Tags are written last, after every blob and manifest is in place;
// if writing them fails or the job is cancelled part way, the user is told exactly which
// `repo:tag` moved and which did not (error message, log and job summary). Pure.

export class TagLedger {
  planned: string[] = []
  readonly moved: string[] = []
  /** Read first and found at the image already (a re-run): not written again. */
  readonly already: string[] = []
  /** Sent, answer not yet seen: may or may not have moved. */
  readonly inFlight = new Set<string>()

  notMoved(): string[] {
    return this.planned.filter((t) => !this.moved.includes(t) && !this.inFlight.has(t) && !this.already.includes(t))
  }

  /** One line for an error message or a cancellation. */
  describe(): string {
    const there = this.already.length > 0 ? `; already there: ${this.already.join(', ')}` : ''
    if (this.moved.length === 0 && this.inFlight.size === 0) return `no tag was written or moved${there}`
    const parts = [`tags moved: ${this.moved.join(', ') || 'none'}${there}`]
    if (this.inFlight.size > 0) parts.push(`sent but unconfirmed: ${[...this.inFlight].join(', ')}`)
    parts.push(`not moved: ${this.notMoved().join(', ') || 'none'}`)
    return parts.join('; ')
  }
}

export class TaggingError extends Error {
  override readonly name = 'TaggingError'
  constructor(
    readonly failed: string,
    readonly ledger: TagLedger,
    options: { cause: unknown },
  ) {
    super(
      `tagging stopped at ${failed}: ${(options.cause as Error)?.message ?? String(options.cause)}; ` +
        `${ledger.describe()}`,
      options,
    )
  }
}

/**
 * A tag that points at another image, which the registry refused to move: the repository keeps
 * its tags immutable (ECR's IMMUTABLE, Harbor's immutability rules, GAR's immutable tags).
 */
export class TagMoveRefused extends Error {
  override readonly name = 'TagMoveRefused'
  constructor(
    readonly reference: string,
    readonly held: string,
    readonly digest: string,
    options: { cause: unknown },
  ) {
    super(
      `${reference} is at ${held}; moving it to ${digest} was refused ` +
        `(${(options.cause as Error)?.message ?? String(options.cause)}). The repository may keep its tags ` +
        'immutable: push under a new tag, or let this one move',
      options,
    )
  }
}
