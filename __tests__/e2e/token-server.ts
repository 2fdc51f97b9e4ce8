// A token server for the distribution registry's `auth.token` mode, on loopback over TLS: it checks
// Basic credentials (GET) or a refresh token (OAuth2 POST) and signs JWTs the registry verifies.
import { createHash, createPrivateKey, createPublicKey, randomUUID, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import type { Pki } from './pki.js'

export interface TokenServerOptions {
  pki: Pki
  service: string
  issuer: string
  users: Record<string, string>
  refreshTokens?: Record<string, string>
  /** Token lifetime in seconds. */
  lifetime?: number
  /**
   * Make `exp` this many seconds earlier than the lifetime says: distribution accepts tokens up to
   * 60 s past exp (clock leeway), so a token that must die after 3 s carries exp = now + 3 - 60.
   */
  expShift?: number
  /** Repositories the users may only read, and what the server does when asked to push there. */
  readOnly?: { repositories: string[]; policy: 'refuse' | 'narrow' }
}

export interface TokenServer {
  realm: string
  requests: { method: string; scopes: string[]; account?: string; grant?: string; refused?: boolean }[]
  stop(): Promise<void>
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url')

/** libtrust's key id: base32 of the first 240 bits of sha256(SPKI DER), in groups of four. */
function libtrustKeyId(spkiDer: Buffer): string {
  const bytes = createHash('sha256').update(spkiDer).digest().subarray(0, 30)
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = ''
  for (const b of bytes) bits += b.toString(2).padStart(8, '0')
  let out = ''
  for (let i = 0; i < bits.length; i += 5) out += alphabet[parseInt(bits.slice(i, i + 5), 2)]
  return out.match(/.{4}/g)!.join(':')
}

export async function startTokenServer(opts: TokenServerOptions): Promise<TokenServer> {
  const key = createPrivateKey(readFileSync(opts.pki.tokenKey))
  const kid = libtrustKeyId(createPublicKey(key).export({ type: 'spki', format: 'der' }))
  const requests: TokenServer['requests'] = []

  /** Push asked on a read-only repository (refused outright by the 'refuse' policy). */
  function asksTooMuch(scopes: string[]): boolean {
    return scopes.some((s) => {
      const [, name, actions] = /^repository:(.+):([^:]+)$/.exec(s) ?? []
      return Boolean(name && opts.readOnly?.repositories.includes(name) && actions?.split(',').includes('push'))
    })
  }

  function token(account: string, scopes: string[]): string {
    const now = Math.floor(Date.now() / 1000)
    const access = scopes.map((s) => {
      const [type, ...rest] = s.split(':')
      const name = rest.slice(0, -1).join(':')
      let actions = (rest.at(-1) ?? '').split(',').filter(Boolean)
      // Docker Hub's way: grant what may be granted, silently drop the rest.
      if (opts.readOnly?.repositories.includes(name)) actions = actions.filter((a) => a === 'pull')
      return { type, name, actions }
    })
    const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid }))
    const claims = b64url(
      JSON.stringify({
        iss: opts.issuer,
        sub: account,
        aud: opts.service,
        exp: now + (opts.lifetime ?? 300) - (opts.expShift ?? 0),
        nbf: now - 5,
        iat: now,
        jti: randomUUID(),
        access,
      }),
    )
    const sig = sign('sha256', Buffer.from(`${header}.${claims}`), key)
    return `${header}.${claims}.${b64url(sig)}`
  }

  const server: Server = createServer(
    { key: readFileSync(opts.pki.serverKey), cert: readFileSync(opts.pki.serverCert) },
    (req, res) => {
      const url = new URL(req.url ?? '/', 'https://127.0.0.1')
      let body = ''
      req.on('data', (d: Buffer) => (body += d.toString()))
      req.on('end', () => {
        const reply = (status: number, value: unknown) => {
          res.writeHead(status, { 'Content-Type': 'application/json' })
          res.end(JSON.stringify(value))
        }
        if (req.method === 'POST') {
          const form = new URLSearchParams(body)
          const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean)
          requests.push({ method: 'POST', scopes, grant: form.get('grant_type') ?? '' })
          const account = opts.refreshTokens?.[form.get('refresh_token') ?? '']
          if (form.get('grant_type') !== 'refresh_token' || !account || !form.get('client_id'))
            return reply(401, { error: 'invalid_grant' })
          return reply(200, {
            access_token: token(account, scopes),
            expires_in: opts.lifetime ?? 300,
            scope: scopes.join(' '),
          })
        }
        const scopes = url.searchParams.getAll('scope')
        const auth = req.headers.authorization ?? ''
        const [user, pass] = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString().split(':') : []
        const refused = opts.readOnly?.policy === 'refuse' && asksTooMuch(scopes)
        requests.push({ method: 'GET', scopes, ...(user ? { account: user } : {}), ...(refused ? { refused } : {}) })
        // Anonymous users may pull the read-only repositories (public images), nothing else.
        const anonymousPull =
          !user &&
          opts.readOnly &&
          scopes.every((s) => opts.readOnly?.repositories.some((r) => s === `repository:${r}:pull`))
        if (!anonymousPull && (!user || opts.users[user] !== pass))
          return reply(401, { errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] })
        if (refused)
          return reply(403, { errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }] })
        reply(200, { token: token(user ?? '', scopes), expires_in: opts.lifetime ?? 300 })
      })
    },
  )
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  return {
    realm: `https://127.0.0.1:${port}/token`,
    requests,
    stop: () => new Promise<void>((r) => server.close(() => r())),
  }
}
