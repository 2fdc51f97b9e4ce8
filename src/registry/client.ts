// An authenticated client for one registry host: ping, challenges, token refresh, redirects
// followed by hand (Authorization only to the registry's own host), and retries of whole requests.

import { throwIfCancelled } from '../cancel.js'
import { DEFAULT_RETRY, type RetryOptions, withRetry } from '../retry.js'
import { authError, basicHeader, fetchToken, type Token } from './auth.js'
import { type Challenge, parseChallenge } from './challenge.js'
import type { Credential } from './credentials.js'
import { isTemporaryStatus, parseRetryAfter, RegistryError, redactUrl, registryErrorCodes } from './errors.js'
import type { HttpRequest, HttpResponse, Transport } from './http.js'

export interface ClientOptions {
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
  headers?: Record<string, string>
  body?: HttpRequest['body']
  /** Statuses that count as success; anything else throws a RegistryError. */
  expect: number[]
  /** Retry temporary failures of this one request (off inside an upload that retries as a unit). */
  retry?: boolean
  /** Send even after a cancellation (the DELETE that closes an upload session). */
  whenCancelled?: boolean
}

const REDIRECTS = [301, 302, 303, 307, 308]

function isLoopback(host: string): boolean {
  const name = host.replace(/:\d+$/, '')
  return name === 'localhost' || /^127\./.test(name) || name === '[::1]'
}

export class RegistryClient {
  private base: Promise<string> | undefined
  private challenge: Challenge | undefined
  private token: Token | undefined
  private readonly scopes = new Set<string>()
  private readonly now: () => number

  constructor(
    /** The API host, with port if any. */
    readonly host: string,
    private readonly opts: ClientOptions,
  ) {
    this.now = opts.now ?? Date.now
  }

  /** Ask for access to a repository; a new scope means a new token on the next request. */
  addScope(scope: string): void {
    this.scopes.add(scope)
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
    const candidates = isLoopback(this.host) ? [`https://${this.host}`, `http://${this.host}`] : [`https://${this.host}`]
    let lastError: unknown
    for (const base of candidates) {
      try {
        const res = await withRetry(() => this.opts.transport.send({ method: 'GET', url: `${base}/v2/` }), this.opts.retry ?? DEFAULT_RETRY)
        await res.discard()
        if (res.status === 401) this.challenge = parseChallenge(header(res, 'www-authenticate'))
        else if (res.status !== 200)
          throw new RegistryError('GET', `${base}/v2/`, res.status, [], false, `${this.host} does not answer as a registry (GET /v2/ gave HTTP ${res.status})`)
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

  private async requestOnce(req: RegistryRequest): Promise<HttpResponse> {
    if (!req.whenCancelled) throwIfCancelled()
    const base = await this.baseUrl()
    const url = req.url.startsWith('/') ? `${base}${req.url}` : req.url
    let res = await this.sendFollowingRedirects({ ...req, url }, await this.authorization(false))
    if (res.status === 401) {
      await res.discard()
      const challenge = parseChallenge(header(res, 'www-authenticate'))
      if (challenge) {
        this.challenge = challenge
        for (const s of challenge.params.scope?.split(' ') ?? []) this.scopes.add(s)
      }
      res = await this.sendFollowingRedirects({ ...req, url }, await this.authorization(true))
      if (res.status === 401) {
        await res.discard()
        throw authError(
          this.host,
          this.opts.credential
            ? 'the registry rejected the credentials'
            : 'no credentials were found; give username and password, or log in with docker/login-action first',
        )
      }
    }
    if (req.expect.includes(res.status)) return res
    const body = req.method === 'HEAD' ? '' : await res.text()
    const { codes, messages } = registryErrorCodes(body)
    const detail = messages.length > 0 ? `: ${codes.map((c, i) => `${c} ${messages[i] ?? ''}`.trim()).join('; ')}` : ''
    throw new RegistryError(
      req.method,
      redactUrl(url),
      res.status,
      codes,
      isTemporaryStatus(res.status),
      `${req.method} ${redactUrl(url)} gave HTTP ${res.status}${detail}`,
      {
        retryAfterMs: parseRetryAfter(header(res, 'retry-after'), this.now()),
      },
    )
  }

  private async sendFollowingRedirects(req: RegistryRequest & { url: string }, authorization: string | undefined): Promise<HttpResponse> {
    let { method, url } = req
    let body = req.body
    for (let hop = 0; hop <= 5; hop++) {
      const target = new URL(url)
      const headers: Record<string, string> = { ...req.headers }
      // Credentials belong to the registry's host alone (blob storage, CDNs and others get none).
      if (authorization && target.host === this.host) headers.Authorization = authorization
      const res = await this.opts.transport.send({ method, url, headers, ...(body ? { body } : {}) })
      const location = header(res, 'location')
      if (!REDIRECTS.includes(res.status) || !location || req.expect.includes(res.status)) return res
      await res.discard()
      const next = new URL(location, url)
      if (target.protocol === 'https:' && next.protocol !== 'https:') {
        throw new RegistryError(method, redactUrl(url), res.status, [], false, `${method} ${redactUrl(url)} redirected from https to ${next.protocol}; refused`)
      }
      if (res.status === 303 || ((res.status === 301 || res.status === 302) && method !== 'GET' && method !== 'HEAD')) {
        if (method !== 'GET' && method !== 'HEAD') {
          method = 'GET'
          body = undefined
        }
      }
      this.opts.debug?.(`${req.method} ${redactUrl(url)} redirected to ${redactUrl(next.toString())}`)
      url = next.toString()
    }
    throw new RegistryError(req.method, redactUrl(req.url), undefined, [], false, `${req.method} ${redactUrl(req.url)}: too many redirects`)
  }

  private async authorization(refresh: boolean): Promise<string | undefined> {
    const challenge = this.challenge
    const cred = this.opts.credential
    if (!challenge) return undefined
    if (challenge.scheme === 'basic') {
      if (cred?.kind === 'basic') return basicHeader(cred.username, cred.password)
      if (cred?.kind === 'identity') return basicHeader(cred.username, cred.token)
      return undefined
    }
    if (challenge.scheme !== 'bearer') return undefined
    const scopes = [...this.scopes].sort()
    const key = scopes.join(' ')
    const t = this.token
    if (refresh || !t || t.scopeKey !== key || t.expiresAt - 10_000 <= this.now()) {
      const fresh = await fetchToken({ registry: this.host, challenge, scopes, credential: cred, transport: this.opts.transport, now: this.now() })
      this.opts.onSecret?.(fresh.value)
      this.token = fresh
      return `Bearer ${fresh.value}`
    }
    return `Bearer ${t.value}`
  }
}

export function header(res: HttpResponse, name: string): string | undefined {
  const v = res.headers[name]
  return Array.isArray(v) ? v[0] : v
}
