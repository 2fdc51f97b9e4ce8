// A throwaway PKI for loopback TLS: a CA, a server certificate for 127.0.0.1/localhost, and a
// token-signing certificate, made with openssl.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface Pki {
  dir: string
  caCert: string
  serverCert: string
  serverKey: string
  tokenCert: string
  tokenKey: string
  /** A directory with ca.crt, as skopeo's --cert-dir wants. */
  certDir: string
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' })
}

export function makePki(dir: string): Pki {
  mkdirSync(dir, { recursive: true })
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
      '-days',
      '2',
      '-subj',
      '/CN=build-go-image test CA',
    ],
    dir,
  )
  writeFileSync(
    join(dir, 'server.ext'),
    'subjectAltName=IP:127.0.0.1,IP:127.0.0.2,DNS:localhost\nextendedKeyUsage=serverAuth\n',
  )
  openssl(
    ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1'],
    dir,
  )
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.crt',
      '-days',
      '2',
      '-extfile',
      'server.ext',
    ],
    dir,
  )
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'token.key',
      '-out',
      'token.crt',
      '-days',
      '2',
      '-subj',
      '/CN=build-go-image test token issuer',
    ],
    dir,
  )
  const certDir = join(dir, 'certs.d')
  mkdirSync(certDir, { recursive: true })
  writeFileSync(join(certDir, 'ca.crt'), readFileSync(join(dir, 'ca.crt')))
  return {
    dir,
    caCert: join(dir, 'ca.crt'),
    serverCert: join(dir, 'server.crt'),
    serverKey: join(dir, 'server.key'),
    tokenCert: join(dir, 'token.crt'),
    tokenKey: join(dir, 'token.key'),
    certDir,
  }
}
