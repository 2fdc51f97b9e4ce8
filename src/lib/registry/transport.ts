// What the registry client sends requests through: one HTTP exchange, with no redirects or
// retries of its own (the client's layers do those). http-io.ts is the real one; tests script one.
import type { IncomingHttpHeaders } from 'node:http'
import type { Readable } from 'node:stream'

export interface HttpRequest {
  method: string
  url: string
  headers?: Record<string, string>
  /** Called once per attempt, so a body can be sent again. */
  body?: () => Readable | Buffer
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
