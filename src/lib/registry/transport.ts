// What the registry client sends requests through: one HTTP exchange, with no redirects or
// retries of its own. The client stacks one layer per concern on it (client-io.ts says the order);
// the action's http-io.ts is the real exchange, the tests script one.
import type { IncomingHttpHeaders } from 'node:http'
import type { Readable } from 'node:stream'

export interface HttpRequest {
  method: string
  url: string
  headers?: Record<string, string>
  /** Called once per attempt, so a body can be sent again. */
  body?: () => Readable | Buffer
  /** Statuses the caller takes as its answer: any other fails (status.ts); a redirect among them is kept. */
  expect?: number[]
  /** The token scopes the request needs (authorize.ts); the exchange itself ignores them. */
  scopes?: string[]
}

export interface HttpResponse {
  status: number
  headers: IncomingHttpHeaders
  url: string
  /** The whole body (error bodies, manifests, token answers); at most 4 MiB. */
  text(): Promise<string>
  /** The body as a stream (for blobs); use instead of text(). Fails when cut or stalled. */
  stream(): Readable
  /** Read and drop the body so the connection can be reused; a cut body is ignored. */
  discard(): Promise<void>
}

export const MAX_TEXT_BYTES = 4 << 20
export interface Transport {
  send(req: HttpRequest): Promise<HttpResponse>
  close(): void
}

/** One concern wrapped round the exchange below it (redirects, auth, the ping, status checks). */
export type Layer = (next: Transport) => Transport

/** A layer's transport: its own send, the next one's close. */
export function wrap(next: Transport, send: Transport['send']): Transport {
  return { send, close: () => next.close() }
}

export function header(res: HttpResponse, name: string): string | undefined {
  const v = res.headers[name]
  return Array.isArray(v) ? v[0] : v
}
