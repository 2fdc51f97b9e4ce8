// The deflate helper (deflate/main.go) as one running process for the run: each layer is a request
// (one JSON line: the output file, the gzip header, the tar's parts) answered by id, several side
// by side inside it. Its input ends with the step's process, and so does it.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import type { Socket } from 'node:net'
import { constants } from 'node:os'
import { createInterface } from 'node:readline'
import type { Gzipped } from '../lib/oci/compressor.js'
import { parseDigest } from '../lib/oci/digest.js'
import type { TarPart } from '../lib/oci/tar.js'

/** The helper process itself failed (did not start, crashed, was killed, answered nonsense). */
export class HelperFailure extends Error {}

interface Answer {
  id: number
  diffId?: string
  digest?: string
  size: number
  uncompressedSize: number
  error?: string
  failed?: 'read' | 'write'
  errno?: number
}

export class HelperProcess {
  private readonly child: ChildProcessWithoutNullStreams
  private readonly pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>()
  private next = 1
  private ended?: HelperFailure
  private stderr = ''

  constructor(
    private readonly command: string,
    args: string[],
  ) {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] })
    this.child = child
    child.stderr.on('data', (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-4000)))
    child.once('error', (e) => this.end(new HelperFailure(`${command} did not start: ${e.message}`)))
    child.once('close', (code, signal) =>
      this.end(
        new HelperFailure(
          `${command} ${code === 0 ? 'exited before answering' : `failed (${signal ?? code})`}: ${this.stderr.trim()}`,
        ),
      ),
    )
    // A process that died takes writes with EPIPE; what counts is why it died: its exit and stderr.
    child.stdin.on('error', () => undefined)
    createInterface({ input: child.stdout }).on('line', (line) => this.answer(line))
    // Only a request waiting for its answer keeps the step's process alive (see request()).
    child.unref()
    for (const s of [child.stdin, child.stdout, child.stderr]) (s as unknown as Socket).unref()
  }

  /** Write one layer file; rejects with HelperFailure when the process fails, else with the layer's error. */
  async gzip(parts: TarPart[], out: string, header: Buffer): Promise<Gzipped> {
    const a = await this.request({
      out,
      header: header.toString('base64'),
      parts: parts.map((p) =>
        'bytes' in p ? { data: Buffer.from(p.bytes).toString('base64') } : { file: p.path, size: p.size },
      ),
    })
    if (a.error) {
      // The helper runs on this machine: its error numbers are Node's os.constants.errno.
      const code = Object.entries(constants.errno).find(([, n]) => n === a.errno)?.[0]
      throw Object.assign(new Error(a.error), a.failed === 'write' ? { syscall: 'write' } : {}, code ? { code } : {})
    }
    return {
      diffId: parseDigest(a.diffId ?? ''),
      digest: parseDigest(a.digest ?? ''),
      size: a.size,
      uncompressedSize: a.uncompressedSize,
    }
  }

  /** Stop it now (a probe that failed): what waits for it fails. */
  stop(): void {
    this.child.kill()
  }

  private request(job: object): Promise<Answer> {
    if (this.ended) return Promise.reject(this.ended)
    const id = this.next++
    return new Promise<Answer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      if (this.pending.size === 1) (this.child.stdout as unknown as Socket).ref()
      this.child.stdin.write(`${JSON.stringify({ id, ...job })}\n`)
    })
  }

  private answer(line: string): void {
    let a: Answer
    try {
      a = JSON.parse(line) as Answer
    } catch {
      this.end(new HelperFailure(`${this.command} answered ${JSON.stringify(line.slice(0, 200))}`))
      this.child.kill()
      return
    }
    const waiting = this.pending.get(a.id)
    if (!waiting) return
    this.pending.delete(a.id)
    if (this.pending.size === 0) (this.child.stdout as unknown as Socket).unref()
    waiting.resolve(a)
  }

  private end(e: HelperFailure): void {
    if (this.ended) return
    this.ended = e
    for (const w of this.pending.values()) w.reject(e)
    this.pending.clear()
    ;(this.child.stdout as unknown as Socket).unref()
  }
}
