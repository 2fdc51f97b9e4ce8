// The redirect layer: redirects followed by hand, so a body can be sent again and Authorization goes
// to the host it was meant for alone (blob storage, CDNs and others get none), never from https to
// http. A request is replayed as the Fetch standard says (§4.4 HTTP-redirect fetch): 307/308 keep
// method and body; 303 becomes GET (HEAD stays HEAD); 301/302 turn only a POST into a GET. A dropped
// body takes its headers with it.
import { RegistryError, redactUrl } from './errors.js'
import { type HttpRequest, header, type Transport, wrap } from './transport.js'

export const REDIRECT_STATUSES = [301, 302, 303, 307, 308]

const BODY_HEADERS = [
  'content-length',
  'content-type',
  'content-encoding',
  'content-language',
  'content-location',
  'content-range',
  'transfer-encoding',
]

export interface Replay {
  method: string
  keepBody: boolean
}

export function replayAfterRedirect(status: number, method: string): Replay {
  if ((status === 301 || status === 302) && method === 'POST') return { method: 'GET', keepBody: false }
  if (status === 303 && method !== 'GET' && method !== 'HEAD') return { method: 'GET', keepBody: false }
  return { method, keepBody: true }
}

export function withoutBodyHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !BODY_HEADERS.includes(k.toLowerCase())))
}

const MAX_HOPS = 5

export function followRedirects(next: Transport, debug?: (message: string) => void): Transport {
  return wrap(next, async (req) => {
    const first = new URL(req.url)
    let current: HttpRequest = req
    for (let hop = 0; hop <= MAX_HOPS; hop++) {
      const target = new URL(current.url)
      const res = await next.send(target.host === first.host ? current : withoutAuthorization(current))
      const location = header(res, 'location')
      if (!REDIRECT_STATUSES.includes(res.status) || !location || req.expect?.includes(res.status)) return res
      await res.discard()
      const to = new URL(location, current.url)
      if (target.protocol === 'https:' && to.protocol !== 'https:')
        throw new RegistryError({
          method: current.method,
          url: redactUrl(current.url),
          status: res.status,
          temporary: false,
          message: `${current.method} ${redactUrl(current.url)} redirected from https to ${to.protocol}; refused`,
        })
      const replay = replayAfterRedirect(res.status, current.method)
      debug?.(`${req.method} ${redactUrl(current.url)} redirected (${res.status}) to ${redactUrl(to.toString())}`)
      current = replay.keepBody
        ? { ...current, method: replay.method, url: to.toString() }
        : {
            ...withoutBody(current),
            method: replay.method,
            url: to.toString(),
          }
    }
    throw new RegistryError({
      method: req.method,
      url: redactUrl(req.url),
      temporary: false,
      message: `${req.method} ${redactUrl(req.url)}: too many redirects`,
    })
  })
}

function withoutAuthorization(req: HttpRequest): HttpRequest {
  const headers = Object.fromEntries(
    Object.entries(req.headers ?? {}).filter(([k]) => k.toLowerCase() !== 'authorization'),
  )
  return { ...req, headers }
}

function withoutBody(req: HttpRequest): HttpRequest {
  const { body: _, ...rest } = req
  return { ...rest, headers: withoutBodyHeaders(req.headers ?? {}) }
}
