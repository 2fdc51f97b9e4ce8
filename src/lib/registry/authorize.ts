// The auth layer: Authorization for the request's scopes (Basic, or a Bearer token per scope set
// from the realm the challenge names), and on a 401 the registry's new challenge, with any scopes it
// names beside ours, and the request sent once more. A second 401 is the credentials' failure.
import { authError, basicHeader, fetchToken } from './auth.js'
import { TokenCache } from './bearer.js'
import { pickChallenge } from './challenge.js'
import type { Credential } from './credentials.js'
import type { Ping } from './ping.js'
import { normalizeScopes } from './scope.js'
import { type HttpRequest, header, type Transport, wrap } from './transport.js'

export interface AuthOptions {
  ping: Ping
  credential?: Credential | undefined
  /** The transport tokens are fetched through (the realm is another host: no registry layers). */
  tokenTransport: Transport
  now: () => number
  /** Called with every token obtained, so the caller can mask it. */
  onSecret?: ((secret: string) => void) | undefined
}

export function authorize(next: Transport, opts: AuthOptions): Transport {
  const { ping, credential } = opts
  const tokens = new TokenCache(async (scopes) => {
    const t = await fetchToken({
      registry: ping.host,
      // A token is only asked for after a Bearer challenge.
      challenge: ping.challenge!,
      scopes,
      credential,
      transport: opts.tokenTransport,
      now: opts.now(),
    })
    opts.onSecret?.(t.value)
    return t
  }, opts.now)

  /** The Authorization header for these scopes; `refused` is a token value the registry just refused. */
  const authorization = async (scopes: string[], refused?: string) => {
    const challenge = ping.challenge
    if (challenge?.scheme === 'basic') {
      if (credential?.kind === 'basic') return { header: basicHeader(credential.username, credential.password) }
      if (credential?.kind === 'identity') return { header: basicHeader(credential.username, credential.token) }
      return undefined
    }
    if (challenge?.scheme !== 'bearer') return undefined
    const t = await tokens.get(scopes, refused)
    return { header: `Bearer ${t.value}`, token: t.value }
  }
  // Credentials belong to the registry's own host: an absolute URL elsewhere (an upload Location on
  // blob storage) gets none, and the redirect layer drops them on a hop to another host.
  const send = (req: HttpRequest, auth: { header: string } | undefined) =>
    next.send(
      auth && new URL(req.url).host === ping.host
        ? { ...req, headers: { ...req.headers, Authorization: auth.header } }
        : req,
    )

  return wrap(next, async (req) => {
    const scopes = req.scopes ?? []
    let auth = await authorization(scopes)
    const res = await send(req, auth)
    if (res.status !== 401) return res
    await res.discard()
    const challenge = pickChallenge(header(res, 'www-authenticate'))
    if (challenge) ping.challenge = challenge
    // The registry may name more scopes than we asked (its challenge's scope=): ask for those too.
    const wanted = normalizeScopes([...scopes, ...(challenge?.params.scope?.split(' ').filter(Boolean) ?? [])])
    auth = await authorization(wanted, auth?.token ?? '')
    const again = await send(req, auth)
    if (again.status !== 401) return again
    await again.discard()
    const refusal = pickChallenge(header(again, 'www-authenticate'))
    const why =
      refusal?.params.error === 'insufficient_scope'
        ? `the token does not grant ${wanted.join(' ')}; check that the credentials may ` +
          `${req.method === 'GET' || req.method === 'HEAD' ? 'read' : 'write'} this repository`
        : credential
          ? 'the registry rejected the credentials'
          : 'no credentials were found; give username and password, or log in with docker/login-action first'
    throw authError(ping.host, why)
  })
}
