// One HTTP exchange through @actions/http-client (it honours the runner's proxy settings).
// Redirects and retries are handled by the registry client, not here, so that bodies can be
// re-sent and Authorization never follows a redirect to another host.

import { Readable } from 'node:stream'
import { HttpClient } from '@actions/http-client'
import { guardBody, readAll } from '../lib/registry/body-io.js'
import { isTemporaryNetworkError, RegistryError, redactUrl } from '../lib/registry/errors.js'
import type { Transport } from '../lib/registry/transport.js'
import { MAX_TEXT_BYTES } from '../lib/registry/transport.js'

export type { HttpRequest, HttpResponse, Transport } from '../lib/registry/transport.js'
export { MAX_TEXT_BYTES } from '../lib/registry/transport.js'

/** No byte sent or received for this long fails the request (BUILD_GO_IMAGE_IDLE_TIMEOUT, seconds). */
export const DEFAULT_IDLE_MS = 60_000

export function idleTimeoutMs(env: NodeJS.ProcessEnv): number {
  const s = Number(env.BUILD_GO_IMAGE_IDLE_TIMEOUT)
  return Number.isFinite(s) && s > 0 ? s * 1000 : DEFAULT_IDLE_MS
}

export function httpTransport(userAgent = 'build-go-image', idleMs = DEFAULT_IDLE_MS): Transport {
  // http-client binds its keep-alive agent to the first protocol it sees: one client per protocol.
  // Its socket timeout covers a request whose answer never comes; guardBody covers the body. The
  // socket's is a second later, so a stalled body is reported as the stall it is: with equal
  // timers the socket's could fire first and the stall read as a cut (seen in a CI run).
  const options = { allowRedirects: false, allowRetries: false, keepAlive: true, socketTimeout: idleMs + 1000 }
  const clients = { 'https:': new HttpClient(userAgent, [], options), 'http:': new HttpClient(userAgent, [], options) }
  return {
    async send(req) {
      const body = req.body?.()
      const data = body === undefined ? null : Buffer.isBuffer(body) ? Readable.from([body]) : body
      try {
        const client = new URL(req.url).protocol === 'http:' ? clients['http:'] : clients['https:']
        // pipe() into the request passes no error on: a body that fails (a source blob cut on
        // its way from another registry) must fail the request, not leave it waiting.
        const bodyFailed =
          data &&
          new Promise<never>((_, reject) => {
            data.once('error', reject)
          })
        bodyFailed?.catch(() => undefined)
        const sending = client.request(req.method, req.url, data, req.headers ?? {})
        const res = await (bodyFailed
          ? Promise.race([sending, bodyFailed]).catch((e: unknown) => {
              void sending.then(
                (late) => late.message.destroy(),
                () => undefined,
              )
              throw e
            })
          : sending)
        let guarded: Readable | undefined
        const stream = () =>
          (guarded ??= guardBody(res.message, { method: req.method, url: redactUrl(req.url), idleMs }))
        let read: Promise<string> | undefined
        const text = () =>
          (read ??= readAll(stream(), MAX_TEXT_BYTES, `${req.method} ${redactUrl(req.url)}`).then((b) =>
            b.toString('utf8'),
          ))
        return {
          status: res.message.statusCode ?? 0,
          headers: res.message.headers,
          url: req.url,
          text,
          stream,
          discard: () =>
            text().then(
              () => undefined,
              () => undefined,
            ),
        }
      } catch (e) {
        if (body instanceof Readable) body.destroy()
        throw new RegistryError({
          method: req.method,
          url: redactUrl(req.url),
          temporary: isTemporaryNetworkError(e) || (e as { temporary?: boolean }).temporary === true,
          message: `${req.method} ${redactUrl(req.url)}: ${(e as Error).message}`,
          cause: e,
        })
      }
    },
    close: () => {
      for (const c of Object.values(clients)) c.dispose()
    },
  }
}
