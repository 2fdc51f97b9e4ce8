// Every response body is read through here, so a cut or stalled transfer is an error the retry
// sees. `res.pipe(out)` alone passes no error on: a connection cut mid-body left `out` neither
// ended nor failed, Node's event loop emptied and the step exited 0 with nothing done.
import type { IncomingMessage } from 'node:http'
import { type Readable, Transform } from 'node:stream'
import { RegistryError } from './errors.js'

export interface BodyOptions {
  method: string
  /** Redacted, for messages. */
  url: string
  /** No byte for this long is an error. */
  idleMs: number
}

/**
 * The body of `source` as a stream that fails (with a temporary RegistryError) when the
 * connection closes before the body is complete, when fewer bytes than Content-Length arrive,
 * or when no byte arrives for `idleMs`.
 */
export function guardBody(source: IncomingMessage, opts: BodyOptions): Readable {
  const declared = Number(source.headers['content-length'])
  const expected = Number.isFinite(declared) ? declared : undefined
  let received = 0
  let timer: NodeJS.Timeout | undefined
  const fault = (why: string, cause?: unknown) =>
    new RegistryError({
      method: opts.method,
      url: opts.url,
      status: source.statusCode,
      temporary: true,
      message: `${opts.method} ${opts.url}: ${why}`,
      ...(cause ? { cause } : undefined),
    })
  const cutShort = () =>
    `the response body was cut after ${received}${expected !== undefined ? ` of ${expected}` : ''} bytes`
  const out = new Transform({
    transform(chunk: Buffer, _enc, done) {
      received += chunk.byteLength
      arm()
      done(null, chunk)
    },
    flush(done) {
      clearTimeout(timer)
      done(expected !== undefined && received < expected ? fault(cutShort()) : null)
    },
  })
  const arm = () => {
    clearTimeout(timer)
    timer = setTimeout(
      () => out.destroy(fault(`no byte of the response body for ${opts.idleMs / 1000} s`)),
      opts.idleMs,
    )
  }
  arm()
  source.on('error', (e) => out.destroy(fault(cutShort(), e)))
  source.on('close', () => {
    if (!source.complete) out.destroy(fault(cutShort()))
  })
  out.on('close', () => {
    clearTimeout(timer)
    if (!source.complete) source.destroy()
  })
  source.pipe(out)
  return out
}

/** Reads a whole (small) body; over `limit` bytes is an error. */
export async function readAll(stream: Readable, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  let n = 0
  for await (const c of stream) {
    n += (c as Buffer).byteLength
    if (n > limit) {
      stream.destroy()
      throw new RegistryError({
        method: 'GET',
        url: what,
        temporary: false,
        message: `${what}: the response is over ${limit} bytes`,
      })
    }
    chunks.push(c as Buffer)
  }
  return Buffer.concat(chunks)
}
