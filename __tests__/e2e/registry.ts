// Starts Debian's docker-registry (the CNCF distribution registry) on 127.0.0.1: plain HTTP, TLS
// with htpasswd Basic auth, or TLS with token auth. Bounded start-up wait; stop() kills it.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { request } from 'node:https'
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:net'
import { join } from 'node:path'
import type { Pki } from './pki.js'

export interface RegistryOptions {
  dir: string
  tls?: Pki
  htpasswd?: { user: string; password: string }
  token?: { realm: string; service: string; issuer: string; pki: Pki }
}

export interface RunningRegistry {
  host: string
  port: number
  logFile: string
  /** The registry's process (benches read its CPU time). */
  pid: number
  stop(): Promise<void>
}

export async function freePort(): Promise<number> {
  const srv = createServer()
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))
  const port = (srv.address() as AddressInfo).port
  await new Promise<void>((r) => srv.close(() => r()))
  return port
}

export async function startRegistry(opts: RegistryOptions): Promise<RunningRegistry> {
  mkdirSync(opts.dir, { recursive: true })
  const port = await freePort()
  const lines = [
    'version: 0.1',
    'log:',
    '  level: info',
    'storage:',
    `  filesystem: {rootdirectory: ${join(opts.dir, 'data')}}`,
    '  delete: {enabled: true}',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    '  secret: build-go-image-test',
  ]
  if (opts.tls) lines.push('  tls:', `    certificate: ${opts.tls.serverCert}`, `    key: ${opts.tls.serverKey}`)
  if (opts.htpasswd) {
    const file = join(opts.dir, 'htpasswd')
    writeFileSync(file, execFileSync('htpasswd', ['-Bbn', opts.htpasswd.user, opts.htpasswd.password]))
    lines.push('auth:', '  htpasswd:', '    realm: test-registry', `    path: ${file}`)
  }
  if (opts.token) {
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${opts.token.realm}`,
      `    service: ${opts.token.service}`,
      `    issuer: ${opts.token.issuer}`,
      `    rootcertbundle: ${opts.token.pki.tokenCert}`,
    )
  }
  const config = join(opts.dir, 'config.yml')
  writeFileSync(config, lines.join('\n') + '\n')
  const logFile = join(opts.dir, 'registry.log')
  const log = createWriteStream(logFile)
  const child: ChildProcess = spawn('docker-registry', ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] })
  // Two sources into one file: neither may end it (stdout ending first would make stderr's next
  // line a write after end); stop() ends it.
  child.stdout?.pipe(log, { end: false })
  child.stderr?.pipe(log, { end: false })
  const running: RunningRegistry = {
    host: `127.0.0.1:${port}`,
    port,
    logFile,
    pid: child.pid ?? 0,
    stop: async () => {
      // 'close' (not 'exit') fires once stdout and stderr are drained: ending the log before
      // that lets a late line write after end, an uncaught error in whatever test runs next.
      if (child.exitCode === null || child.stdout?.readable || child.stderr?.readable) {
        const closed = new Promise<void>((r) => child.once('close', () => r()))
        if (child.exitCode === null) child.kill('SIGTERM')
        await Promise.race([closed, new Promise((r) => setTimeout(r, 5000))])
        if (child.exitCode === null) child.kill('SIGKILL')
        await Promise.race([closed, new Promise((r) => setTimeout(r, 2000))])
      }
      child.stdout?.unpipe(log)
      child.stderr?.unpipe(log)
      log.end()
    },
  }
  for (let i = 0; i < 100; i++) {
    if (await answers(port, opts.tls)) return running
    if (child.exitCode !== null) break
    await new Promise((r) => setTimeout(r, 100))
  }
  await running.stop()
  throw new Error(`docker-registry did not start; see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-2000)}`)
}

function answers(port: number, tls: Pki | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    const opts = {
      host: '127.0.0.1',
      port,
      path: '/v2/',
      method: 'GET',
      timeout: 1000,
      ...(tls ? { ca: readFileSync(tls.caCert) } : {}),
    }
    const req = (tls ? request : httpRequest)(opts, (res) => {
      res.resume()
      resolve(res.statusCode === 200 || res.statusCode === 401)
    })
    req.on('error', () => resolve(false))
    req.on('timeout', () => {
      req.destroy()
      resolve(false)
    })
    req.end()
  })
}
