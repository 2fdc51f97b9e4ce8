// Registry authentication: Basic, or Bearer tokens from the realm the registry names (GET with
// Basic credentials or anonymous; OAuth2 POST for identity tokens), for exactly the scopes asked.
// bearer.ts caches them.

import type { Challenge } from './challenge.js'
import type { Credential } from './credentials.js'
import { RegistryError, redactUrl } from './errors.js'
import { isLoopback } from './reference.js'
import type { Transport } from './transport.js'

export interface Token {
  value: string
  expiresAt: number
  /** When to fetch a new one: a quarter of its life, at most 10 s, before it expires. */
  refreshAt: number
}

/** The token spec's default when the server names no lifetime. */
const DEFAULT_LIFETIME_S = 60

export interface TokenRequest {
  registry: string
  challenge: Challenge
  scopes: string[]
  credential: Credential | undefined
  transport: Transport
  now: number
}

const CLIENT_ID = 'build-go-image'

export function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}

export async function fetchToken(req: TokenRequest): Promise<Token> {
  const { challenge, credential, transport } = req
  if (credential?.kind === 'registry-token')
    return { value: credential.token, expiresAt: Number.POSITIVE_INFINITY, refreshAt: Number.POSITIVE_INFINITY }
  const realm = challenge.params.realm
  if (!realm) throw authError(req.registry, 'the registry asked for a Bearer token but named no realm')
  let url: URL
  try {
    url = new URL(realm)
  } catch {
    throw authError(req.registry, `the token realm ${JSON.stringify(realm)} is not a URL`)
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw authError(
      req.registry,
      `refusing to send credentials to a token realm over ${url.protocol} (${redactUrl(realm)})`,
    )
  }
  const service = challenge.params.service
  let res: Awaited<ReturnType<Transport['send']>>
  const method = credential?.kind === 'identity' ? 'POST' : 'GET'
  if (credential?.kind === 'identity') {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: credential.token,
      client_id: CLIENT_ID,
      access_type: 'offline',
    })
    if (service) form.set('service', service)
    if (req.scopes.length > 0) form.set('scope', req.scopes.join(' '))
    const body = Buffer.from(form.toString())
    res = await transport.send({
      method: 'POST',
      url: url.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(body.byteLength) },
      body: () => body,
    })
  } else {
    if (service) url.searchParams.set('service', service)
    for (const s of req.scopes) url.searchParams.append('scope', s)
    if (credential?.kind === 'basic') url.searchParams.set('account', credential.username)
    res = await transport.send({
      method: 'GET',
      url: url.toString(),
      headers:
        credential?.kind === 'basic' ? { Authorization: basicHeader(credential.username, credential.password) } : {},
    })
  }
  const text = await res.text()
  if (res.status === 401 || res.status === 403) {
    const asked = req.scopes.length > 0 ? ` (asked for ${req.scopes.join(' ')})` : ''
    throw authError(
      req.registry,
      credential
        ? `the registry rejected the credentials${asked}`
        : `anonymous access was refused${asked}; give username and password or log in with docker/login-action`,
    )
  }
  if (res.status !== 200) {
    throw new RegistryError({
      method,
      url: redactUrl(url.toString()),
      status: res.status,
      temporary: res.status >= 500 || res.status === 429,
      message: `token request ${method} ${redactUrl(url.toString())} failed with HTTP ${res.status}`,
    })
  }
  let body: { token?: string; access_token?: string; expires_in?: number }
  try {
    body = JSON.parse(text)
  } catch {
    throw authError(req.registry, 'the token server answered with something that is not JSON')
  }
  const value = body.token || body.access_token
  if (!value) throw authError(req.registry, 'the token server answered without a token')
  // As the server says: a floor here once turned 3 s tokens into 60 s ones that the registry refused.
  const lifetimeMs = (Number(body.expires_in) > 0 ? Number(body.expires_in) : DEFAULT_LIFETIME_S) * 1000
  const expiresAt = req.now + lifetimeMs
  return { value, expiresAt, refreshAt: expiresAt - Math.min(10_000, lifetimeMs / 4) }
}

export function authError(registry: string, why: string): RegistryError {
  return new RegistryError({
    method: 'AUTH',
    url: registry,
    status: 401,
    codes: ['UNAUTHORIZED'],
    temporary: false,
    message: `authentication to ${registry} failed: ${why}`,
  })
}
