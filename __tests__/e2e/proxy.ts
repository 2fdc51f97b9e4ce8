// A loopback HTTP proxy in front of the real registry: it counts requests, behaves as a hosted
// registry does (a profile from registry-profiles.ts), and injects faults on the requests chosen:
// whole answers (503, 429, a redirect), and at the byte level (a request body forwarded in part
// and then cut, a response cut or stalled after N bytes).
import { createHash } from 'node:crypto'
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request,
  type Server,
  type ServerResponse,
} from 'node:http'
import { request as tlsRequest } from 'node:https'
import type { AddressInfo } from 'node:net'
import { PROFILES, type ProfileName, type Refusal, type RegistryProfile } from './registry-profiles.js'

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
  contentLength?: string
  contentRange?: string
  /** Sent with Transfer-Encoding: chunked (no Content-Length). */
  chunked: boolean
}

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'drop' }
  | { kind: 'redirect'; to: (path: string) => string }
  /** Take the request and never answer (a stalled upload). */
  | { kind: 'hang' }
  /** Forward the request after a pause (a slow network). */
  | { kind: 'delay'; ms: number }
  /** Forward the first `after` bytes of the request body, then cut both connections. */
  | { kind: 'cut-request'; after: number }
  /** Forward the answer's headers and `after` bytes of its body, then cut the connection. */
  | { kind: 'cut-response'; after: number }
  /** Forward the answer's headers and `after` bytes of its body, then send nothing more. */
  | { kind: 'stall-response'; after: number }

export interface Rule {
  match: (method: string, path: string, headers: IncomingHttpHeaders) => boolean
  fault: Fault
  /** How many matching requests get the fault; Infinity for all. */
  times: number
}

export interface FaultProxy {
  host: string
  seen: Seen[]
  rules: Rule[]
  profile: RegistryProfile
  stop(): Promise<void>
}

export interface ProxyOptions {
  relativeLocations?: boolean
  profile?: ProfileName
}

interface Referrer {
  mediaType: string
  digest: string
  size: number
  artifactType?: string
  annotations?: Record<string, string>
}

function refuse(res: ServerResponse, r: Refusal): void {
  res.writeHead(r.status, { 'Content-Type': 'text/plain', ...r.headers, Connection: 'close' })
  res.end(r.body)
}

/** Plain HTTP towards the client; towards the registry, TLS when `ca` is given. */
export async function startProxy(targetPort: number, ca?: Buffer, opts: ProxyOptions = {}): Promise<FaultProxy> {
  const seen: Seen[] = []
  const rules: Rule[] = []
  const profile = PROFILES[opts.profile ?? 'plain']
  const referrers = new Map<string, Referrer[]>() // `<name>@<subject digest>`
  const ranges = new Map<string, string>() // upload id -> the first Range it reported
  const written = new Set<string>() // `<name>:<tag>` once a PUT of it succeeded (immutable tags)
  const server: Server = createServer((req, res) => {
    const method = req.method ?? 'GET'
    let path = req.url ?? '/'
    const entry: Seen = {
      method,
      path,
      status: 0,
      bytesIn: 0,
      authorization: Boolean(req.headers.authorization),
      at: Date.now(),
      chunked: /chunked/i.test(String(req.headers['transfer-encoding'] ?? '')),
      ...(req.headers['content-length'] !== undefined ? { contentLength: req.headers['content-length'] } : {}),
      ...(req.headers['content-range'] !== undefined ? { contentRange: req.headers['content-range'] } : {}),
    }
    seen.push(entry)
    const refusal = profile.refuse?.(method, path, req.headers)
    if (refusal) {
      entry.status = refusal.status
      req.on('data', (d: Buffer) => (entry.bytesIn += d.byteLength))
      return refuse(res, refusal)
    }
    const tagPut = method === 'PUT' ? /^\/v2\/(.+)\/manifests\/([^/?]+)$/.exec(path) : null
    const immutable = profile.immutableTags
    if (immutable && tagPut && !tagPut[2]!.startsWith('sha256:') && !immutable.exclude?.test(tagPut[2]!)) {
      const key = `${tagPut[1]}:${tagPut[2]}`
      if (written.has(key)) {
        const refusal = immutable.refusal(tagPut[1]!, tagPut[2]!)
        entry.status = refusal.status
        req.resume()
        return refuse(res, refusal)
      }
      res.on('finish', () => res.statusCode < 300 && written.add(key))
    }
    const referrersPath = /^\/v2\/(.+)\/referrers\/(sha256:[0-9a-f]{64})/.exec(path)
    if (referrersPath) {
      req.resume()
      if (!profile.servesReferrers) {
        entry.status = 404
        res.writeHead(404, { 'Content-Type': 'text/plain' })
        return void res.end('404 page not found')
      }
      entry.status = 200
      const manifests = referrers.get(`${referrersPath[1]}@${referrersPath[2]}`) ?? []
      res.writeHead(200, { 'Content-Type': 'application/vnd.oci.image.index.v1+json' })
      return void res.end(
        JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }),
      )
    }
    if (profile.ignoreMounts && method === 'POST' && path.includes('?mount=')) path = path.slice(0, path.indexOf('?'))
    const rule = rules.find((r) => r.times > 0 && r.match(method, path, req.headers))
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
        res.writeHead(f.status, {
          'Content-Type': f.body === undefined ? 'application/json' : 'text/plain',
          ...f.headers,
        })
        res.end(f.body ?? JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'injected fault' }] }))
        return
      }
      if (f.kind === 'redirect') {
        entry.status = 307
        req.resume()
        res.writeHead(307, { Location: f.to(path) })
        res.end()
        return
      }
      if (f.kind === 'cut-request' || f.kind === 'cut-response' || f.kind === 'stall-response') return forward(f)
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
    function forward(fault?: Fault): void {
      const send = ca ? tlsRequest : request
      // The registry builds Location URLs from Host and X-Forwarded-Proto: keep them pointing here.
      const headers = { ...req.headers, 'x-forwarded-proto': 'http' }
      const isManifestPut = method === 'PUT' && path.includes('/manifests/')
      const manifestBody: Buffer[] = []
      const upstream = send(
        { host: '127.0.0.1', port: targetPort, method, path, headers, ...(ca ? { ca } : {}) },
        (up: IncomingMessage) => {
          entry.status = up.statusCode ?? 0
          const headers = { ...up.headers }
          // Registries may answer with relative Locations (the spec allows both): test that path too.
          if (opts.relativeLocations && headers.location)
            headers.location =
              new URL(headers.location, 'http://x').pathname + new URL(headers.location, 'http://x').search
          if (typeof headers.location === 'string') entry.location = headers.location
          const upload = /\/blobs\/uploads\/([^/?]+)/.exec(path)?.[1]
          if (profile.frozenRange && upload && typeof headers.range === 'string') {
            if (method === 'PATCH' && !ranges.has(upload)) ranges.set(upload, headers.range)
            headers.range = ranges.get(upload) ?? '0-0'
          }
          if (isManifestPut && (up.statusCode ?? 0) < 300) noteManifest(headers)
          res.writeHead(up.statusCode ?? 502, headers)
          if (fault?.kind === 'cut-response' || fault?.kind === 'stall-response') {
            let sent = 0
            const after = fault.after
            up.on('data', (d: Buffer) => {
              if (sent >= after) return
              const part = d.subarray(0, after - sent)
              sent += part.byteLength
              res.write(part)
              if (sent >= after) {
                // The rest of the registry's answer is read and dropped (destroying it could close
                // the client's side too, which would make a stall a cut).
                entry.status = fault.kind === 'cut-response' ? -3 : -4
                if (fault.kind === 'cut-response') res.socket?.destroy()
              }
            })
            return
          }
          up.pipe(res)
        },
      )
      upstream.on('error', () => res.destroy())
      let cap = profile.bodyCap
      req.on('data', (d: Buffer) => {
        entry.bytesIn += d.byteLength
        if (isManifestPut) manifestBody.push(d)
        if (cap && entry.bytesIn > cap.bytes) {
          // Cut what went upstream and refuse, as a capping proxy in front of a registry does.
          entry.status = cap.refusal.status
          upstream.destroy()
          refuse(res, cap.refusal)
          cap = undefined
          req.unpipe(upstream)
        }
        if (fault?.kind === 'cut-request' && entry.bytesIn > fault.after) {
          entry.status = -5
          upstream.destroy()
          req.socket.destroy()
        }
      })
      req.pipe(upstream)
      req.resume()

      function noteManifest(headers: Record<string, unknown>): void {
        const bytes = Buffer.concat(manifestBody)
        let m: {
          subject?: { digest: string }
          mediaType?: string
          artifactType?: string
          annotations?: Record<string, string>
          config?: { mediaType?: string }
        }
        try {
          m = JSON.parse(bytes.toString('utf8'))
        } catch {
          return
        }
        if (!m.subject) return
        if (profile.subjectHeader) headers['oci-subject'] = m.subject.digest
        if (!profile.servesReferrers) return
        const name = /^\/v2\/(.+)\/manifests\//.exec(path)?.[1] ?? ''
        const key = `${name}@${m.subject.digest}`
        const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
        const list = (referrers.get(key) ?? []).filter((r) => r.digest !== digest)
        list.push({
          mediaType: m.mediaType ?? 'application/vnd.oci.image.manifest.v1+json',
          digest,
          size: bytes.byteLength,
          ...(m.artifactType || m.config?.mediaType ? { artifactType: m.artifactType ?? m.config?.mediaType } : {}),
          ...(m.annotations ? { annotations: m.annotations } : {}),
        })
        referrers.set(key, list)
      }
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  return {
    host: `127.0.0.1:${port}`,
    seen,
    rules,
    profile,
    stop: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}
