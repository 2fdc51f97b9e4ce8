// A scripted registry on loopback for the transport's unit tests: each test answers requests with
// a function of its own (status, headers, body, or a body cut or stalled after N bytes), and sees
// every request as it arrived (headers and body).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach } from 'vitest'
import type { Transport } from '../../src/lib/registry/transport.js'
import { httpTransport } from '../../src/registry/http-io.js'

export interface Arrived {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface Reply {
  status: number
  headers?: Record<string, string>
  body?: string | Buffer
  /** Declare the whole body, send this many bytes, then cut the connection. */
  cutAfter?: number
  /** Declare the whole body, send this many bytes, then send nothing more. */
  stallAfter?: number
}

export interface Scripted {
  host: string
  base: string
  arrived: Arrived[]
  stop(): Promise<void>
}

export async function scripted(
  answer: (req: Arrived, n: number) => Reply | Promise<Reply>,
  listen = '127.0.0.1',
): Promise<Scripted> {
  const arrived: Arrived[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (d: Buffer) => chunks.push(d))
    req.on('end', async () => {
      const got: Arrived = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      }
      arrived.push(got)
      const r = await answer(got, arrived.length)
      const body = r.body === undefined ? Buffer.alloc(0) : Buffer.from(r.body)
      res.writeHead(r.status, { 'Content-Length': String(body.byteLength), ...r.headers })
      const part = r.cutAfter ?? r.stallAfter
      if (part === undefined || req.method === 'HEAD') return void res.end(req.method === 'HEAD' ? undefined : body)
      res.write(body.subarray(0, part))
      if (r.cutAfter !== undefined) setTimeout(() => res.socket?.destroy(), 20)
    })
  })
  await new Promise<void>((r) => server.listen(0, listen, r))
  const host = `${listen}:${(server.address() as AddressInfo).port}`
  return {
    host,
    base: `http://${host}`,
    arrived,
    stop: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}

/** A Bearer challenge whose realm is this server's /token. */
export function bearer(s: { base: string }, extra = ''): Record<string, string> {
  return { 'WWW-Authenticate': `Bearer realm="${s.base}/token",service="scripted"${extra}` }
}

/** The scopes a token request asked for. */
export function scopesOf(path: string): string[] {
  return new URL(path, 'http://x').searchParams.getAll('scope')
}

/**
 * For a test file: `serve` starts a scripted registry and `exchange` opens the real HTTP exchange
 * (http-io.ts); both are stopped after each test.
 */
export function loopback() {
  const servers: Scripted[] = []
  const transports: Transport[] = []
  afterEach(async () => {
    for (const t of transports.splice(0)) t.close()
    for (const s of servers.splice(0)) await s.stop()
  })
  return {
    async serve(answer: (req: Arrived, n: number) => Reply | Promise<Reply>, listen?: string): Promise<Scripted> {
      const s = await scripted(answer, listen)
      servers.push(s)
      return s
    },
    exchange(idleMs = 5000): Transport {
      const t = httpTransport('test', idleMs)
      transports.push(t)
      return t
    },
  }
}
