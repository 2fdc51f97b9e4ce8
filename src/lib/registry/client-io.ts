// An authenticated client for one registry host: the exchange with one layer per concern stacked
// on it, as go-containerregistry's transport stacks its round trippers, and retries of whole
// requests at this one level.
//
// The stack, outermost first: ping (ping.ts: base URL and challenge, once per host) > status
// (status.ts: an unexpected answer is a RegistryError) > auth (authorize.ts: the scopes' token, the
// 401 replay) > redirects (redirect.ts: followed by hand, Authorization to the registry alone) >
// the exchange (transport.ts: the action's http-client, or a script in the tests).
//
// Where each operation is retried (once, at one level; never nested):
// | operation                                   | retried by                                    |
// | ------------------------------------------- | --------------------------------------------- |
// | a request (HEAD, GET, PUT of a manifest)     | request(): the whole stack, up to 5 attempts  |
// | a small body (manifest, config, token-free)  | requestBytes(): request and body together     |
// | the ping, a token fetch                      | not alone: each attempt of the request above  |
// | a blob upload (HEAD, mount, POST, PATCH, PUT)| its caller, as one unit (publication, base    |
// |                                              | pull); upload-io resumes a cut session inside |
// | a blob's bytes read from a registry          | the copy that reads them, as part of its unit |
// | a tag (PUT of a manifest by tag)             | request()                                     |

import { Cancellation } from '../cancel.js'
import { DEFAULT_RETRY, type RetryOptions, withRetry } from '../retry.js'
import { authorize } from './authorize.js'
import { readAll } from './body-io.js'
import type { Credential } from './credentials.js'
import { redactUrl } from './errors.js'
import { Ping, pinged } from './ping.js'
import { followRedirects } from './redirect.js'
import { checkStatus } from './status.js'
import { type HttpRequest, type HttpResponse, MAX_TEXT_BYTES, type Transport } from './transport.js'

export { header } from './transport.js'

export interface ClientOptions {
  /** The run's cancellation; absent: one of the client's own, never cancelled. */
  cancellation?: Cancellation
  transport: Transport
  credential?: Credential
  retry?: RetryOptions
  now?: () => number
  /** Called with every token obtained, so the caller can mask it. */
  onSecret?: (secret: string) => void
  debug?: (message: string) => void
}

export interface RegistryRequest {
  method: string
  /** A path under the registry (`/v2/...`) or an absolute URL (an upload Location). */
  url: string
  /** The token scopes this request needs (repository-io.ts states them per operation). */
  scopes: string[]
  headers?: Record<string, string>
  body?: HttpRequest['body']
  /** Statuses that count as success; anything else throws a RegistryError. */
  expect: number[]
  /** Retry temporary failures of this one request (off inside a unit its caller retries). */
  retry?: boolean
  /** Send even after a cancellation (the DELETE that closes an upload session). */
  whenCancelled?: boolean
}

/** What upload styles a registry has refused as too large, learnt once per run (upload-io.ts). */
export interface UploadHints {
  putRefused?: boolean
  streamRefused?: boolean
  chunkSize?: number
  /** Chunked PATCHes failed there: a Range that stopped advancing (ECR), or refused (GAR). */
  chunksBroken?: boolean
}

export class RegistryClient {
  private readonly ping: Ping
  private readonly stack: Transport
  readonly uploadHints: UploadHints = {}
  /** The run's: after it, no request starts (but the DELETEs that close sessions). */
  readonly cancellation: Cancellation

  constructor(
    /** The API host, with port if any. */
    readonly host: string,
    private readonly opts: ClientOptions,
  ) {
    const now = opts.now ?? Date.now
    this.cancellation = opts.cancellation ?? new Cancellation()
    this.ping = new Ping(host, opts.transport)
    const auth = { ping: this.ping, credential: opts.credential, tokenTransport: opts.transport, now }
    const authorized = authorize(followRedirects(opts.transport, opts.debug), { ...auth, onSecret: opts.onSecret })
    this.stack = pinged(checkStatus(authorized, now), this.ping)
  }

  /** `https://host`, or `http://host` for a loopback registry without TLS (ping.ts). */
  baseUrl(): Promise<string> {
    return this.ping.baseUrl()
  }

  async request(req: RegistryRequest): Promise<HttpResponse> {
    return this.retried(req, () => this.send(req))
  }

  /** A request and its whole (small) body, retried together: a body cut mid-way is asked again. */
  async requestBytes(req: RegistryRequest, limit = MAX_TEXT_BYTES): Promise<{ res: HttpResponse; bytes: Buffer }> {
    return this.retried(req, async () => {
      const res = await this.send(req)
      return { res, bytes: await readAll(res.stream(), limit, `${req.method} ${redactUrl(res.url)}`) }
    })
  }

  private retried<T>(req: RegistryRequest, once: () => Promise<T>): Promise<T> {
    return req.retry === false ? once() : withRetry(once, this.opts.retry ?? DEFAULT_RETRY)
  }

  private send(req: RegistryRequest): Promise<HttpResponse> {
    if (!req.whenCancelled) this.cancellation.throwIfCancelled()
    const { retry: _, whenCancelled: __, ...http } = req
    return this.stack.send(http)
  }
}
