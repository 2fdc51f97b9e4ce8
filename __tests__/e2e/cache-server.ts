// GitHub's cache service, protocol v1 (the one @actions/cache selects with ACTIONS_CACHE_URL, as
// GHES runners still use it; github.com's v2 is in cache-service-v2.ts), on
// loopback with entries stored on disk: look-up by key then restore-key prefixes (newest first),
// reserve, PATCH chunks with Content-Range, commit, and download.
import { closeSync, createReadStream, openSync, statSync, writeSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

export interface CacheEntry {
  id: number
  key: string
  version: string
  committed: boolean
  size: number
  created: number
}

/** A cache service of either protocol, as the tests drive it. */
export interface CacheService {
  protocol: 'v1' | 'v2'
  /** What a runner sets for @actions/cache to find it. */
  env: Record<string, string>
  entries: CacheEntry[]
  log: string[]
  /** Answer every API call with this status (a broken cache service). */
  failWith?: number
  /** Cut this many of the next archive downloads half way (the connection drops). */
  cutDownloads: number
  downloadsCut: number
  /** v1 only: end this many downloads cleanly half way, with no length declared (undetectable). */
  truncateDownloads?: number
  /** v1 only: keep and look up keys lower-cased, as act's cache server does (nektos/act#2497). */
  lowerCaseKeys?: boolean
  stop(): Promise<void>
}

export type CacheServer = CacheService & { url: string }

export async function startCacheServer(dir: string): Promise<CacheServer> {
  const entries: CacheEntry[] = []
  const log: string[] = []
  let port = 0
  const self: CacheServer = {
    protocol: 'v1',
    url: '',
    env: {},
    entries,
    log,
    cutDownloads: 0,
    downloadsCut: 0,
    truncateDownloads: 0,
    stop: async () => undefined,
  }
  const file = (id: number) => join(dir, `entry-${id}`)

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const chunks: Buffer[] = []
    req.on('data', (d: Buffer) => chunks.push(d))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      log.push(`${req.method} ${url.pathname}${url.search}`)
      const json = (status: number, value?: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' })
        res.end(value === undefined ? '' : JSON.stringify(value))
      }
      if (self.failWith && url.pathname.startsWith('/_apis/'))
        return json(self.failWith, { message: 'injected failure' })
      const api = url.pathname.replace(/^\/_apis\/artifactcache\//, '')
      if (req.method === 'GET' && api === 'cache') {
        const asked = url.searchParams.get('keys') ?? ''
        const keys = (self.lowerCaseKeys ? asked.toLowerCase() : asked).split(',')
        const version = url.searchParams.get('version')
        const usable = entries.filter((e) => e.committed && e.version === version).sort((a, b) => b.created - a.created)
        const hit =
          usable.find((e) => e.key === keys[0]) ??
          keys
            .slice(1)
            .map((k) => usable.find((e) => e.key.startsWith(k)))
            .find(Boolean)
        if (!hit) return json(204)
        return json(200, {
          cacheKey: hit.key,
          scope: 'refs/heads/main',
          archiveLocation: `http://127.0.0.1:${port}/download/${hit.id}`,
        })
      }
      if (req.method === 'POST' && api === 'caches') {
        const reserved = JSON.parse(body.toString()) as { key: string; version: string }
        const { version } = reserved
        const key = self.lowerCaseKeys ? reserved.key.toLowerCase() : reserved.key
        if (entries.some((e) => e.key === key && e.version === version)) return json(409, { message: 'already exists' })
        const entry: CacheEntry = {
          id: entries.length + 1,
          key,
          version,
          committed: false,
          size: 0,
          created: Date.now() + entries.length,
        }
        entries.push(entry)
        closeSync(openSync(file(entry.id), 'w'))
        return json(201, { cacheId: entry.id })
      }
      const idMatch = /^caches\/(\d+)$/.exec(api)
      const entry = idMatch ? entries.find((e) => e.id === Number(idMatch[1])) : undefined
      if (req.method === 'PATCH' && entry) {
        const range = /^bytes (\d+)-(\d+)\/\*$/.exec(req.headers['content-range'] ?? '')
        if (!range || Number(range[2]) - Number(range[1]) + 1 !== body.byteLength)
          return json(400, { message: 'bad Content-Range' })
        const fd = openSync(file(entry.id), 'r+')
        writeSync(fd, body, 0, body.byteLength, Number(range[1]))
        closeSync(fd)
        return json(204)
      }
      if (req.method === 'POST' && entry) {
        const { size } = JSON.parse(body.toString()) as { size: number }
        if (statSync(file(entry.id)).size !== size) return json(400, { message: 'size mismatch' })
        entry.committed = true
        entry.size = size
        return json(204)
      }
      const dl = /^\/download\/(\d+)$/.exec(url.pathname)
      if (req.method === 'GET' && dl) {
        const e = entries.find((x) => x.id === Number(dl[1]))
        if (!e) return json(404)
        const half = Math.floor(e.size / 2)
        if (self.truncateDownloads) {
          self.truncateDownloads--
          self.downloadsCut++
          res.writeHead(200, { 'Content-Type': 'application/octet-stream' })
          return void createReadStream(file(e.id), { end: half - 1 }).pipe(res)
        }
        res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(e.size) })
        if (self.cutDownloads > 0) {
          self.cutDownloads--
          self.downloadsCut++
          const part = createReadStream(file(e.id), { end: half - 1 })
          part.on('end', () => res.destroy())
          return void part.pipe(res, { end: false })
        }
        return void createReadStream(file(e.id)).pipe(res)
      }
      json(404, { message: 'unknown' })
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  port = (server.address() as AddressInfo).port
  self.url = `http://127.0.0.1:${port}/`
  self.env = { ACTIONS_CACHE_URL: self.url, ACTIONS_RUNTIME_TOKEN: 'test-token' }
  self.stop = () => new Promise<void>((r) => server.close(() => r()))
  return self
}
