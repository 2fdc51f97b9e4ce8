// GitHub's cache service v2, as github.com runners use it (ACTIONS_CACHE_SERVICE_V2 and
// ACTIONS_RESULTS_URL): Twirp JSON calls on loopback (CreateCacheEntry, FinalizeCacheEntryUpload,
// GetCacheEntryDownloadURL) that hand out signed URLs into Azure Blob Storage, played by Azurite,
// Microsoft's emulator. The URLs name the production host `devstoreaccount1.blob.core.windows.net`
// (over http), reached through a forward proxy of ours (HTTP_PROXY), so @actions/cache takes its
// real Azure SDK paths for both upload and download; the proxy can cut downloads.
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from '@azure/storage-blob'
import { NODE24, ROOT } from './action.js'
import type { CacheEntry, CacheService } from './cache-server.js'
import { freePort } from './registry.js'

// Azurite's documented development account.
const ACCOUNT = 'devstoreaccount1'
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const BLOB_HOST = `${ACCOUNT}.blob.core.windows.net`
const CONTAINER = 'actions-cache'
const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/'
const AZURITE = join(ROOT, '.tools/azurite/node_modules/azurite/dist/src/blob/main.js')

async function startAzurite(dir: string): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort()
  // Azurite needs Node 22 or later: it runs under the Node 24 that action.yml names.
  const child = spawn(
    NODE24,
    [
      AZURITE,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--location',
      dir,
      '--silent',
      '--skipApiVersionCheck',
      '--loose',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let out = ''
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
  for (let i = 0; i < 100 && !out.includes('successfully listens'); i++) {
    if (child.exitCode !== null) break
    await new Promise((r) => setTimeout(r, 100))
  }
  if (!out.includes('successfully listens')) {
    child.kill()
    throw new Error(`Azurite did not start:\n${out}`)
  }
  return { port, child }
}

export async function startCacheServiceV2(dir: string): Promise<CacheService> {
  const azurite = await startAzurite(dir)
  const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY)
  await new BlobServiceClient(`http://127.0.0.1:${azurite.port}/${ACCOUNT}`, credential)
    .getContainerClient(CONTAINER)
    .createIfNotExists()
  const entries: (CacheEntry & { blob: string })[] = []
  const log: string[] = []
  const self: CacheService = {
    protocol: 'v2',
    env: {},
    entries,
    log,
    cutDownloads: 0,
    downloadsCut: 0,
    stop: async () => undefined,
  }
  const signed = (blob: string, permissions: string) => {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName: blob,
        permissions: BlobSASPermissions.parse(permissions),
        expiresOn: new Date(Date.now() + 3600_000),
      },
      credential,
    )
    return `http://${BLOB_HOST}/${CONTAINER}/${blob}?${sas.toString()}`
  }

  // Twirp: POST /twirp/<service>/<method>, JSON in and out; errors as {code, msg} with their status.
  const twirp: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (d: Buffer) => chunks.push(d))
    req.on('end', () => {
      const method = (req.url ?? '').startsWith(SERVICE) ? (req.url ?? '').slice(SERVICE.length) : ''
      log.push(`${req.method} ${method || req.url}`)
      const answer = (status: number, value: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify(value))
      }
      if (self.failWith) return answer(self.failWith, { code: 'internal', msg: 'injected failure' })
      if (req.headers.authorization !== 'Bearer test-token')
        return answer(401, { code: 'unauthenticated', msg: 'no token' })
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>
      const version = String(body.version ?? '')
      if (method === 'CreateCacheEntry') {
        const key = String(body.key)
        if (entries.some((e) => e.key === key && e.version === version))
          return answer(409, {
            code: 'already_exists',
            msg: 'cache entry with the same key, version, and scope already exists',
          })
        const id = entries.length + 1
        entries.push({ id, key, version, committed: false, size: 0, created: Date.now() + id, blob: `entry-${id}` })
        return answer(200, { ok: true, signed_upload_url: signed(`entry-${id}`, 'cw') })
      }
      if (method === 'FinalizeCacheEntryUpload') {
        const entry = entries.find((e) => e.key === body.key && e.version === version && !e.committed)
        if (!entry) return answer(404, { code: 'not_found', msg: 'no such entry being uploaded' })
        entry.committed = true
        entry.size = Number(body.size_bytes)
        return answer(200, { ok: true, entry_id: String(entry.id) })
      }
      if (method === 'GetCacheEntryDownloadURL') {
        const usable = entries.filter((e) => e.committed && e.version === version).sort((a, b) => b.created - a.created)
        const restoreKeys = (body.restore_keys as string[] | undefined) ?? []
        const hit =
          usable.find((e) => e.key === body.key) ??
          restoreKeys.map((k) => usable.find((e) => e.key.startsWith(k))).find(Boolean)
        if (!hit) return answer(200, { ok: false })
        return answer(200, { ok: true, signed_download_url: signed(hit.blob, 'r'), matched_key: hit.key })
      }
      answer(404, { code: 'bad_route', msg: `no method ${method}` })
    })
  })

  // The forward proxy for the blob host: to Azurite, cutting a download's body when asked.
  const proxy: Server = createServer((req, res) => {
    const target = new URL(req.url ?? '/', `http://${BLOB_HOST}`)
    if (target.host !== BLOB_HOST) {
      res.writeHead(502)
      return res.end('this proxy serves the blob host only')
    }
    const cut = req.method === 'GET' && self.cutDownloads > 0
    const upstream = request(
      {
        host: '127.0.0.1',
        port: azurite.port,
        method: req.method,
        path: target.pathname + target.search,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers)
        if (!cut) return void up.pipe(res)
        self.cutDownloads--
        self.downloadsCut++
        // Half the body, then the connection drops.
        const half = Math.floor(Number(up.headers['content-length'] ?? 0) / 2)
        let sent = 0
        up.on('data', (d: Buffer) => {
          if (sent >= half) return
          const part = d.subarray(0, half - sent)
          sent += part.byteLength
          res.write(part)
          if (sent >= half) res.destroy()
        })
      },
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })

  await Promise.all([twirp, proxy].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))))
  self.env = {
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: `http://127.0.0.1:${(twirp.address() as AddressInfo).port}/`,
    ACTIONS_RUNTIME_TOKEN: 'test-token',
    // Only the blob host goes through the proxy; the Twirp service and registries are reached directly.
    HTTP_PROXY: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    NO_PROXY: '127.0.0.1,localhost',
  }
  self.stop = async () => {
    for (const s of [twirp, proxy]) {
      s.closeAllConnections()
      await new Promise<void>((r) => s.close(() => r()))
    }
    azurite.child.kill()
    await new Promise<void>((r) => (azurite.child.exitCode !== null ? r() : azurite.child.once('exit', () => r())))
  }
  return self
}
