// The ping layer: `GET /v2/` once per host, for two facts every request needs: the base URL
// (https, or http for a loopback registry that does not speak TLS: docker's rule) and the auth
// challenge. Requests that start together share one ping; a failed one is sent again by the next
// request (one ping per attempt of the request that needs it: the request is the one retried, a
// retry here as well would multiply). Paths (`/v2/...`) become URLs on the base.
import { type Challenge, pickChallenge } from './challenge.js'
import { isTemporaryStatus, RegistryError } from './errors.js'
import { isLoopback } from './reference.js'
import { header, type Transport, wrap } from './transport.js'

export class Ping {
  private base: Promise<string> | undefined
  /** The registry's auth challenge (from the ping, updated by any later 401); absent: no auth. */
  challenge: Challenge | undefined

  constructor(
    /** The API host, with port if any. */
    readonly host: string,
    private readonly transport: Transport,
  ) {}

  baseUrl(): Promise<string> {
    if (!this.base) {
      const probing = this.probe()
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
        const res = await this.transport.send({ method: 'GET', url: `${base}/v2/` })
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
}

/** Requests by path go to the pinged base; absolute URLs (an upload Location) as they are. */
export function pinged(next: Transport, ping: Ping): Transport {
  return wrap(next, async (req) => {
    const base = await ping.baseUrl()
    return next.send(req.url.startsWith('/') ? { ...req, url: `${base}${req.url}` } : req)
  })
}
