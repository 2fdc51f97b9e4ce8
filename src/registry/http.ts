// One HTTP exchange through @actions/http-client (it honours the runner's proxy settings).
// Redirects and retries are handled by the registry client, not here, so that bodies can be
// re-sent and Authorization never follows a redirect to another host.

import type { IncomingHttpHeaders } from 'node:http'
import { Readable } from 'node:stream'
import { HttpClient } from '@actions/http-client'
import { isTemporaryNetworkError, RegistryError, redactUrl } from './errors.js'

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
  text(): Promise<string>
  /** The body as a stream (for blobs); use instead of text(). */
  stream(): Readable
  /** Read and drop the body so the connection can be reused. */
  discard(): Promise<void>
}

export interface Transport {
  send(req: HttpRequest): Promise<HttpResponse>
  close(): void
}

export function httpTransport(userAgent = 'build-go-image'): Transport {
  // http-client binds its keep-alive agent to the first protocol it sees: one client per protocol.
  const options = { allowRedirects: false, allowRetries: false, keepAlive: true, socketTimeout: 120_000 }
  const clients = { 'https:': new HttpClient(userAgent, [], options), 'http:': new HttpClient(userAgent, [], options) }
  return {
    async send(req) {
      const body = req.body?.()
      const data = body === undefined ? null : Buffer.isBuffer(body) ? Readable.from([body]) : body
      try {
        const client = new URL(req.url).protocol === 'http:' ? clients['http:'] : clients['https:']
        const res = await client.request(req.method, req.url, data, req.headers ?? {})
        let read: Promise<string> | undefined
        const text = () => (read ??= res.readBody())
        return {
          status: res.message.statusCode ?? 0,
          headers: res.message.headers,
          url: req.url,
          text,
          stream: () => res.message,
          discard: async () => void (await text()),
        }
      } catch (e) {
        if (body instanceof Readable) body.destroy()
        throw new RegistryError(
          req.method,
          redactUrl(req.url),
          undefined,
          [],
          isTemporaryNetworkError(e),
          `${req.method} ${redactUrl(req.url)}: ${(e as Error).message}`,
          { cause: e },
        )
      }
    },
    close: () => {
      for (const c of Object.values(clients)) c.dispose()
    },
  }
}
