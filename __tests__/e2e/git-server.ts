// A private git host for tests: `git http-backend` (git's own smart-HTTP server, as CGI) behind an
// HTTPS server that wants `Authorization: Basic x-access-token:<token>`, for a made-up host name
// reached through a CONNECT proxy (HTTPS_PROXY), so git sees https://<host>/... as it would a real
// host. Other hosts' CONNECTs are tunnelled to where they name, and recorded.
import { execFileSync, spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer as createHttpServer, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { connect, type Socket } from 'node:net'
import { join } from 'node:path'

export interface GitHost {
  /** HTTPS_PROXY for the clients. */
  proxyUrl: string
  /** Every request: its path and whether it carried the token. */
  requests: { path: string; authorized: boolean; authorization: string }[]
  /** host:port of every CONNECT the proxy saw. */
  connects: string[]
  stop(): Promise<void>
}

/** A server certificate for `host`, signed by the test CA in `pkiDir` (see pki.ts). */
function certFor(pkiDir: string, host: string): { cert: Buffer; key: Buffer } {
  const run = (args: string[]) => execFileSync('openssl', args, { cwd: pkiDir, stdio: 'pipe' })
  writeFileSync(join(pkiDir, 'git.ext'), `subjectAltName=DNS:${host}\nextendedKeyUsage=serverAuth\n`)
  run(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'git.key', '-out', 'git.csr', '-subj', `/CN=${host}`])
  run([
    'x509',
    '-req',
    '-in',
    'git.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'git.crt',
    '-days',
    '2',
    '-extfile',
    'git.ext',
  ])
  return { cert: readFileSync(join(pkiDir, 'git.crt')), key: readFileSync(join(pkiDir, 'git.key')) }
}

/** Run one request through `git http-backend` (CGI: headers, a blank line, then the body). */
function cgi(
  projectRoot: string,
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse,
): void {
  const url = new URL(req.url ?? '/', 'https://git.invalid')
  const child = spawn('git', ['http-backend'], {
    env: {
      PATH: process.env.PATH ?? '',
      GIT_PROJECT_ROOT: projectRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      ...(req.headers['content-length'] ? { CONTENT_LENGTH: req.headers['content-length'] } : {}),
      HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
      GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
      REMOTE_USER: 'x-access-token',
      REMOTE_ADDR: '127.0.0.1',
    },
  })
  req.pipe(child.stdin)
  let head = Buffer.alloc(0)
  let body = false
  child.stdout.on('data', (chunk: Buffer) => {
    if (body) return void res.write(chunk)
    head = Buffer.concat([head, chunk])
    const end = head.indexOf('\r\n\r\n')
    if (end < 0) return
    let status = 200
    for (const line of head.subarray(0, end).toString().split('\r\n')) {
      const [k, ...v] = line.split(':')
      const value = v.join(':').trim()
      if (k?.toLowerCase() === 'status') status = Number.parseInt(value, 10)
      else if (k) res.setHeader(k, value)
    }
    res.writeHead(status)
    body = true
    res.write(head.subarray(end + 4))
  })
  child.on('close', () => res.end())
}

export async function startGitHost(opts: {
  host: string
  token: string
  projectRoot: string
  pkiDir: string
}): Promise<GitHost> {
  const requests: GitHost['requests'] = []
  const connects: string[] = []
  const want = `Basic ${Buffer.from(`x-access-token:${opts.token}`).toString('base64')}`
  const git = createHttpsServer(certFor(opts.pkiDir, opts.host), (req, res) => {
    const authorization = req.headers.authorization ?? ''
    requests.push({ path: req.url ?? '', authorized: authorization === want, authorization })
    if (authorization !== want) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="private"' })
      return void res.end()
    }
    cgi(opts.projectRoot, req, res)
  })
  await new Promise<void>((r) => git.listen(0, '127.0.0.1', r))
  const gitPort = (git.address() as AddressInfo).port
  const sockets = new Set<Socket>()
  const proxy: Server = createHttpServer((_req, res) => res.writeHead(405).end())
  proxy.on('connect', (req, client: Socket, first: Buffer) => {
    const target = req.url ?? ''
    connects.push(target)
    const [host, port] = target.split(':')
    const upstream = host === opts.host ? connect(gitPort, '127.0.0.1') : connect(Number(port), host)
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('close', () => sockets.delete(s))
      s.on('error', () => s.destroy())
    }
    upstream.on('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(first)
      upstream.pipe(client)
      client.pipe(upstream)
    })
  })
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r))
  return {
    proxyUrl: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    requests,
    connects,
    async stop() {
      for (const s of sockets) s.destroy()
      git.closeAllConnections()
      proxy.closeAllConnections()
      await Promise.all([new Promise((r) => git.close(r)), new Promise((r) => proxy.close(r))])
    },
  }
}
