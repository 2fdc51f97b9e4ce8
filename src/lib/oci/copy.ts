// The one copy of blobs between stores: each blob to each sink once (a later ask joins the first),
// a few at a time, each copy retried as one unit: the one level a blob copy is retried at
// (lib/registry/client-io.ts's table). The push and the merge (through the publication) and the
// base image's pull all copy through it.
import pLimit, { type LimitFunction } from 'p-limit'
import { CancelledError } from '../cancel.js'
import { DEFAULT_RETRY, type RetryOptions, withRetry } from '../retry.js'
import { started } from '../started.js'
import type { Descriptor } from './descriptor.js'
import type { BlobOutcome, ImageSink, ImageSource } from './store.js'

export interface CopyStats {
  exists: number
  mounted: number
  uploaded: number
  bytesUploaded: number
}

export interface BlobCopyOptions {
  concurrency: number
  retry?: RetryOptions
  /**
   * Where sink i may mount a blob from (a repository on the same registry that has it, or will once
   * another copy lands: awaited before the copy takes one of the `concurrency` places).
   */
  mountFrom?: (sink: number, digest: string) => string | undefined | Promise<string | undefined>
  /** Told of every copy as it starts (a run's other publications may mount from it). */
  onCopy?: (sink: number, digest: string, copying: Promise<BlobOutcome>) => void
}

export class BlobCopy {
  readonly stats: CopyStats = { exists: 0, mounted: 0, uploaded: 0, bytesUploaded: 0 }
  private readonly copies = new Map<string, Promise<BlobOutcome>>()
  private readonly limit: LimitFunction
  private stopped = false

  constructor(
    readonly sinks: readonly ImageSink[],
    private readonly opts: BlobCopyOptions,
  ) {
    this.limit = pLimit(opts.concurrency)
  }

  /** Copy one blob of `from` into sink i, once: a second call gets the first's outcome. */
  copy(sink: number, from: ImageSource, blob: Descriptor): Promise<BlobOutcome> {
    const key = `${sink} ${blob.digest}`
    const known = this.copies.get(key)
    if (known) return known
    const to = this.sinks[sink] as ImageSink
    const copying = (async () => {
      const mount = await this.opts.mountFrom?.(sink, blob.digest)
      return this.limit(async () => {
        if (this.stopped) throw new CancelledError('the copy was abandoned')
        const source = from.blobSource(blob.digest, blob.size)
        const outcome = await withRetry(() => to.pushBlob(blob, source, mount), this.opts.retry ?? DEFAULT_RETRY)
        this.stats[outcome]++
        if (outcome === 'uploaded') this.stats.bytesUploaded += blob.size
        return outcome
      })
    })()
    this.copies.set(key, started(copying))
    this.opts.onCopy?.(sink, blob.digest, copying)
    return copying
  }

  /** Every blob into every sink, each sink's in parallel. */
  all(from: ImageSource, blobs: readonly Descriptor[]): Promise<BlobOutcome[][]> {
    return Promise.all(this.sinks.map((_, i) => Promise.all(blobs.map((b) => this.copy(i, from, b)))))
  }

  /** Nothing more starts (what is on its way finishes or fails). */
  stop(): void {
    this.stopped = true
  }
}
