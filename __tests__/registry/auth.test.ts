// fetchToken against a scripted transport: the token protocol as data in, data out, no network.
import { Readable } from 'node:stream'
import { describe, expect, test } from 'vitest'
import { fetchToken } from '../../src/lib/registry/auth.js'
import type { HttpRequest, Transport } from '../../src/lib/registry/transport.js'

function scripted(status: number, body: string) {
  const sent: HttpRequest[] = []
  const transport: Transport = {
    send: async (req) => {
      sent.push(req)
      return {
        status,
        headers: {},
        url: req.url,
        text: async () => body,
        stream: () => Readable.from([body]),
        discard: async () => undefined,
      }
    },
    close: () => undefined,
  }
  return { sent, transport }
}

const challenge = { scheme: 'bearer', params: { realm: 'https://auth.example/token', service: 'reg' } }
const request = (transport: Transport, credential?: never) => ({
  registry: 'reg.example',
  challenge,
  scopes: ['repository:team/app:push,pull'],
  credential,
  transport,
  now: 1_000,
})

describe('fetchToken', () => {
  test(
    'Basic credentials: a GET for exactly the scopes asked; refreshed a quarter of ' + 'its life early (≤10 s)',
    async () => {
      const { sent, transport } = scripted(200, JSON.stringify({ token: 't', expires_in: 20 }))
      const t = await fetchToken(request(transport, { kind: 'basic', username: 'u', password: 'p' } as never))
      expect(t).toEqual({ value: 't', expiresAt: 21_000, refreshAt: 16_000 })
      const url = new URL(sent[0]!.url)
      expect(url.searchParams.getAll('scope')).toEqual(['repository:team/app:push,pull'])
      expect(url.searchParams.get('service')).toBe('reg')
      expect(url.searchParams.get('account')).toBe('u')
      expect(sent[0]!.headers?.Authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`)
    },
  )

  test('an identity token: the OAuth2 refresh-token POST', async () => {
    const { sent, transport } = scripted(200, JSON.stringify({ access_token: 'a' }))
    const t = await fetchToken(request(transport, { kind: 'identity', username: '<token>', token: 'r' } as never))
    expect(t.value).toBe('a')
    expect(t.expiresAt).toBe(61_000) // the spec's default of 60 s
    expect(sent[0]!.method).toBe('POST')
    const form = new URLSearchParams(String(sent[0]!.body?.()))
    expect(form.get('grant_type')).toBe('refresh_token')
    expect(form.get('refresh_token')).toBe('r')
  })

  test.each([
    ['anonymous refused', 401, '', undefined, /anonymous access was refused \(asked for repository:team/],
    ['credentials refused', 403, '', { kind: 'basic', username: 'u', password: 'p' }, /rejected the credentials/],
    ['not JSON', 200, '<html>', undefined, /not JSON/],
    ['no token', 200, '{}', undefined, /without a token/],
  ])('%s: a clear authentication error', async (_label, status, body, credential, message) => {
    const { transport } = scripted(status, body)
    await expect(fetchToken(request(transport, credential as never))).rejects.toThrow(message)
  })

  test('credentials never go to a plain-HTTP realm off loopback', async () => {
    const { sent, transport } = scripted(200, '{"token":"t"}')
    const req = { ...request(transport), challenge: { scheme: 'bearer', params: { realm: 'http://auth.example/t' } } }
    await expect(fetchToken(req)).rejects.toThrow(/refusing to send credentials to a token realm over http:/)
    expect(sent).toHaveLength(0)
  })
})
