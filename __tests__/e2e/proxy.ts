// A loopback HTTP proxy in front of a plain-HTTP registry: it counts requests and injects faults
// (503, 429 with Retry-After, a dropped connection mid-body, a redirect) on the requests chosen.
import { createServer, type IncomingMessage, request, type Server } from 'node:http'
import { request as tlsRequest } from 'node:https'
import type { AddressInfo } from 'node:net'

export interface Seen {
  method: string
  path: string
  status: number
  bytesIn: number
  authorization: boolean
  /** The Location header the client received. */
  location?: string
  /** When the request arrived (ms since the epoch). */
  at: number
}

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  | { kind: 'drop' }
  | { kind: 'redirect'; to: (path: string) => string }
  /** Take the request and never answer (a stalled upload). */
  | { kind: 'hang' }
  /** Forward the request after a pause (a slow network). */
  | { kind: 'delay'; ms: number }

export interface Rule {
  match: (method: string, path: string) => boolean
  fault: Fault
  /** How many matching requests get the fault; Infinity for all. */
  times: number
}

export interface FaultProxy {
  host: string
  seen: Seen[]
  rules: Rule[]
  stop(): Promise<void>
}

/** Plain HTTP towards the client; towards the registry, TLS when `ca` is given. */
export async function startProxy(targetPort: number, ca?: Buffer, opts: { relativeLocations?: boolean } = {}): Promise<FaultProxy> {
  const seen: Seen[] = []
  const rules: Rule[] = []
  const server: Server = createServer((req, res) => {
    const method = req.method ?? 'GET'
    const path = req.url ?? '/'
    const entry: Seen = { method, path, status: 0, bytesIn: 0, authorization: Boolean(req.headers.authorization), at: Date.now() }
    seen.push(entry)
    const rule = rules.find((r) => r.times > 0 && r.match(method, path))
    if (rule?.fault.kind === 'hang') {
      rule.times--
      entry.status = -2
      req.on('data', (d: Buffer) => (entry.bytesIn += d.byteLength))
      return
    }
    if (rule?.fault.kind === 'delay') {
      rule.times--
      req.pause()
      setTimeout(() => forward(), rule.fault.ms)
      return
    }
    if (rule) {
      rule.times--
      const f = rule.fault
      if (f.kind === 'status') {
        entry.status = f.status
        req.resume()
        res.writeHead(f.status, { 'Content-Type': 'application/json', ...f.headers })
        res.end(JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'injected fault' }] }))
        return
      }
      if (f.kind === 'redirect') {
        entry.status = 307
        req.resume()
        res.writeHead(307, { Location: f.to(path) })
        res.end()
        return
      }
      // Drop: take part of the body, then cut the connection without an answer.
      entry.status = -1
      let got = 0
      const cut = () => req.socket.destroy()
      req.on('data', (d: Buffer) => {
        got += d.byteLength
        entry.bytesIn = got
        if (got > 1024) cut()
      })
      req.on('end', cut)
      return
    }
    forward()
    function forward(): void {
      const send = ca ? tlsRequest : request
      // The registry builds Location URLs from Host and X-Forwarded-Proto: keep them pointing here.
      const headers = { ...req.headers, 'x-forwarded-proto': 'http' }
      const upstream = send({ host: '127.0.0.1', port: targetPort, method, path, headers, ...(ca ? { ca } : {}) }, (up: IncomingMessage) => {
        entry.status = up.statusCode ?? 0
        const headers = { ...up.headers }
        // Registries may answer with relative Locations (the spec allows both): test that path too.
        if (opts.relativeLocations && headers.location)
          headers.location = new URL(headers.location, 'http://x').pathname + new URL(headers.location, 'http://x').search
        if (typeof headers.location === 'string') entry.location = headers.location
        res.writeHead(up.statusCode ?? 502, headers)
        up.pipe(res)
      })
      upstream.on('error', () => res.destroy())
      req.on('data', (d: Buffer) => (entry.bytesIn += d.byteLength))
      req.pipe(upstream)
      req.resume()
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  return {
    host: `127.0.0.1:${port}`,
    seen,
    rules,
    stop: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}
