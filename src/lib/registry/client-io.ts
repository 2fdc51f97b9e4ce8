// An authenticated client for one registry host: ping, challenges, token refresh, redirects
// followed by hand (Authorization only to the registry's own host), and retries of whole requests.

import { Cancellation } from '../cancel.js'
import { DEFAULT_RETRY, type RetryOptions, withRetry } from '../retry.js'
import { authError, basicHeader, fetchToken } from './auth.js'
import { TokenCache } from './bearer.js'
import { readAll } from './body-io.js'
import { type Challenge, pickChallenge } from './challenge.js'
import type { Credential } from './credentials.js'
import { isTemporaryStatus, parseRetryAfter, RegistryError, redactUrl, registryErrorCodes } from './errors.js'
import { REDIRECT_STATUSES, replayAfterRedirect, withoutBodyHeaders } from './redirect.js'
import { isLoopback } from './reference.js'
import { normalizeScopes } from './scope.js'
import { type HttpRequest, type HttpResponse, MAX_TEXT_BYTES, type Transport } from './transport.js'

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
  /** Retry temporary failures of this one request (off inside an upload that retries as a unit). */
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

/**
 * One registry host, as go-containerregistry's transport stacks it: ping (once), then auth for
 * the request's scopes (Basic, or a Bearer token per scope set), then retry, then the exchange
 * with redirects followed by hand (Authorization only to the registry's own host).
 */
export class RegistryClient {
  private base: Promise<string> | undefined
  private challenge: Challenge | undefined
  private readonly tokens: TokenCache
  private readonly now: () => number
  readonly uploadHints: UploadHints = {}
  /** The run's: after it, no request starts (but the DELETEs that close sessions). */
  readonly cancellation: Cancellation

  constructor(
    /** The API host, with port if any. */
    readonly host: string,
    private readonly opts: ClientOptions,
  ) {
    this.now = opts.now ?? Date.now
    this.cancellation = opts.cancellation ?? new Cancellation()
    this.tokens = new TokenCache(async (scopes) => {
      const challenge = this.challenge as Challenge
      const t = await fetchToken({
        registry: this.host,
        challenge,
        scopes,
        credential: opts.credential,
        transport: opts.transport,
        now: this.now(),
      })
      opts.onSecret?.(t.value)
      return t
    }, this.now)
  }

  /**
   * `https://host`, or `http://host` for a loopback registry that does not speak TLS (docker's
   * rule). Asked once: requests that start together share the one probe.
   */
  baseUrl(): Promise<string> {
    if (!this.base) {
      const probing = this.probe()
      // A failed probe is tried again by the next request.
      probing.catch(() => this.base === probing && (this.base = undefined))
      this.base = probing
    }
    return this.base
  }

  private async probe(): Promise<string> {
    const candidates = isLoopback(this.host)
      ? [`https://${this.host}`, `http://${this.host}`]
      : [`https://${this.host}`]
    let lastError: unknown
    for (const base of candidates) {
      try {
        // Once: the request that needs the answer is the one retried (a retry here as well would
        // multiply, 5 x 5 pings to a registry that is down).
        const res = await this.opts.transport.send({ method: 'GET', url: `${base}/v2/` })
        await res.discard()
        if (res.status === 401) this.challenge = pickChallenge(header(res, 'www-authenticate'))
        else if (res.status !== 200)
          throw new RegistryError({
            method: 'GET',
            url: `${base}/v2/`,
            status: res.status,
            temporary: isTemporaryStatus(res.status),
            message: `${this.host} does not answer as a registry (GET /v2/ gave HTTP ${res.status})`,
          })
        return base
      } catch (e) {
        lastError = e
      }
    }
    throw lastError
  }

  async request(req: RegistryRequest): Promise<HttpResponse> {
    const once = () => this.requestOnce(req)
    return req.retry === false ? once() : withRetry(once, this.opts.retry ?? DEFAULT_RETRY)
  }

  /** A request and its whole (small) body, retried together: a body cut mid-way is asked again. */
  async requestBytes(req: RegistryRequest, limit = MAX_TEXT_BYTES): Promise<{ res: HttpResponse; bytes: Buffer }> {
    const once = async () => {
      const res = await this.requestOnce(req)
      return { res, bytes: await readAll(res.stream(), limit, `${req.method} ${redactUrl(res.url)}`) }
    }
    return req.retry === false ? once() : withRetry(once, this.opts.retry ?? DEFAULT_RETRY)
  }

  private async requestOnce(req: RegistryRequest): Promise<HttpResponse> {
    if (!req.whenCancelled) this.cancellation.throwIfCancelled()
    const base = await this.baseUrl()
    const url = req.url.startsWith('/') ? `${base}${req.url}` : req.url
    let auth = await this.authorization(req.scopes)
    let res = await this.sendFollowingRedirects({ ...req, url }, auth?.header)
    if (res.status === 401) {
      await res.discard()
      const challenge = pickChallenge(header(res, 'www-authenticate'))
      if (challenge) this.challenge = challenge
      // The registry may name more scopes than we asked (its challenge's scope=): ask for those too.
      const wanted = normalizeScopes([...req.scopes, ...(challenge?.params.scope?.split(' ').filter(Boolean) ?? [])])
      auth = await this.authorization(wanted, auth?.token ?? '')
      res = await this.sendFollowingRedirects({ ...req, url }, auth?.header)
      if (res.status === 401) {
        await res.discard()
        const again = pickChallenge(header(res, 'www-authenticate'))
        const why =
          again?.params.error === 'insufficient_scope'
            ? `the token does not grant ${wanted.join(' ')}; check that the credentials may ` +
              `${req.method === 'GET' || req.method === 'HEAD' ? 'read' : 'write'} this repository`
            : this.opts.credential
              ? 'the registry rejected the credentials'
              : 'no credentials were found; give username and password, or log in with docker/login-action first'
        throw authError(this.host, why)
      }
    }
    if (req.expect.includes(res.status)) return res
    const body = req.method === 'HEAD' ? '' : await res.text().catch(() => '')
    const { codes, messages } = registryErrorCodes(body)
    const plain =
      codes.length === 0 && body.trim() !== '' && !body.trimStart().startsWith('<')
        ? `: ${body.trim().slice(0, 200)}`
        : ''
    const detail =
      messages.length > 0 ? `: ${codes.map((c, i) => `${c} ${messages[i] ?? ''}`.trim()).join('; ')}` : plain
    throw new RegistryError({
      method: req.method,
      url: redactUrl(url),
      status: res.status,
      codes,
      temporary: isTemporaryStatus(res.status),
      message: `${req.method} ${redactUrl(url)} gave HTTP ${res.status}${detail}`,
      retryAfterMs: parseRetryAfter(header(res, 'retry-after'), this.now()),
    })
  }

  private async sendFollowingRedirects(
    req: RegistryRequest & { url: string },
    authorization: string | undefined,
  ): Promise<HttpResponse> {
    let { method, url } = req
    let body = req.body
    let headers: Record<string, string> = { ...req.headers }
    for (let hop = 0; hop <= 5; hop++) {
      const target = new URL(url)
      const sent: Record<string, string> = { ...headers }
      // Credentials belong to the registry's host alone (blob storage, CDNs and others get none).
      if (authorization && target.host === this.host) sent.Authorization = authorization
      const res = await this.opts.transport.send({ method, url, headers: sent, ...(body ? { body } : {}) })
      const location = header(res, 'location')
      if (!REDIRECT_STATUSES.includes(res.status) || !location || req.expect.includes(res.status)) return res
      await res.discard()
      const next = new URL(location, url)
      if (target.protocol === 'https:' && next.protocol !== 'https:') {
        throw new RegistryError({
          method,
          url: redactUrl(url),
          status: res.status,
          temporary: false,
          message: `${method} ${redactUrl(url)} redirected from https to ${next.protocol}; refused`,
        })
      }
      const replay = replayAfterRedirect(res.status, method)
      method = replay.method
      if (!replay.keepBody) {
        body = undefined
        headers = withoutBodyHeaders(headers)
      }
      this.opts.debug?.(`${req.method} ${redactUrl(url)} redirected (${res.status}) to ${redactUrl(next.toString())}`)
      url = next.toString()
    }
    throw new RegistryError({
      method: req.method,
      url: redactUrl(req.url),
      temporary: false,
      message: `${req.method} ${redactUrl(req.url)}: too many redirects`,
    })
  }

  /** The Authorization header for these scopes; `refused` is a token value the registry just refused. */
  private async authorization(
    scopes: string[],
    refused?: string,
  ): Promise<{ header: string; token?: string } | undefined> {
    const challenge = this.challenge
    const cred = this.opts.credential
    if (!challenge) return undefined
    if (challenge.scheme === 'basic') {
      if (cred?.kind === 'basic') return { header: basicHeader(cred.username, cred.password) }
      if (cred?.kind === 'identity') return { header: basicHeader(cred.username, cred.token) }
      return undefined
    }
    if (challenge.scheme !== 'bearer') return undefined
    const t = await this.tokens.get(scopes, refused)
    return { header: `Bearer ${t.value}`, token: t.value }
  }
}

export function header(res: HttpResponse, name: string): string | undefined {
  const v = res.headers[name]
  return Array.isArray(v) ? v[0] : v
}
