// Sigstore without the internet: @sigstore/mock's Fulcio, Rekor and timestamp authority handlers
// served by a node:http server on loopback, the runner's OIDC token endpoint
// (ACTIONS_ID_TOKEN_REQUEST_URL) serving a JWT with GitHub's claims, GitHub's attestations API,
// and the trusted root a verifier needs (assembled as sigstore-js's mock-server does).
import { createHash, generateKeyPairSync } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
} from '@sigstore/mock'
import { HashAlgorithm, PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs'

export const ISSUER = 'https://token.actions.githubusercontent.com'
export const WORKFLOW_REF = 'acme/svc/.github/workflows/release.yml@refs/tags/v1.0.0'
export const IDENTITY = `https://github.com/${WORKFLOW_REF}`

/** GitHub's claims for a tag push of acme/svc (what a `sigstore`-audience token carries). */
export function githubClaims(extra: Record<string, string> = {}): Record<string, string> {
  return {
    iss: ISSUER,
    aud: 'sigstore',
    sub: 'repo:acme/svc:ref:refs/tags/v1.0.0',
    ref: 'refs/tags/v1.0.0',
    sha: 'c'.repeat(40),
    repository: 'acme/svc',
    repository_owner: 'acme',
    repository_id: '101',
    repository_owner_id: '202',
    repository_visibility: 'private',
    event_name: 'push',
    workflow_ref: WORKFLOW_REF,
    job_workflow_ref: WORKFLOW_REF,
    runner_environment: 'github-hosted',
    run_id: '303',
    run_attempt: '1',
    // The mock Fulcio takes the certificate's SAN from this claim.
    san: IDENTITY,
    ...extra,
  }
}

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')

export interface Sigstore {
  url: string
  /** The env a runner gives a job with `permissions: id-token: write`. */
  tokenEnv: Record<string, string>
  /** The action's inputs pointing at this instance (TSA only, as GitHub's instance for private repos). */
  inputs: Record<string, string>
  trustedRoot: string
  /** The token the endpoint hands out. */
  jwt: string
  requests: string[]
  /** Fulcio answers this status to every request (a refusing instance). */
  refuseWith?: number
  /** Attestations stored through the attestations API. */
  stored: unknown[]
  stop(): Promise<void>
}

export async function startSigstore(dir: string, claims = githubClaims()): Promise<Sigstore> {
  const keys = () => generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const ctlog = await initializeCTLog(keys())
  const ca = await initializeCA(keys(), ctlog)
  // The TSA's clock, set at each request (below).
  const clock = new Date()
  const tsa = await initializeTSA(keys(), clock)
  const handlers = [fulcioHandler(ca, { strict: true, subjectClaim: 'san' }), tsaHandler(tsa)]
  const requests: string[] = []
  const stored: unknown[] = []
  const jwt = `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(claims)}.c2ln`
  let tlog: Awaited<ReturnType<typeof initializeTLog>> | undefined
  const self: Sigstore = {
    url: '',
    tokenEnv: {},
    inputs: {},
    trustedRoot: join(dir, 'trusted_root.json'),
    jwt,
    requests,
    stored,
    stop: () => new Promise((res) => server.close(() => res())),
  }
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', async () => {
      const path = (req.url ?? '').split('?')[0] ?? ''
      requests.push(`${req.method} ${path}`)
      const body = Buffer.concat(chunks).toString('utf8')
      if (path === '/token') {
        const ok = req.headers.authorization === 'Bearer runner-token' && req.url?.includes('audience=sigstore')
        res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' })
        return res.end(JSON.stringify(ok ? { value: jwt } : { message: 'bad token request' }))
      }
      if (path.startsWith('/repos/') && path.endsWith('/attestations')) {
        // A private repository without GitHub's attestations plan.
        if (path.startsWith('/repos/acme/private/')) {
          res.writeHead(403, { 'content-type': 'application/json' })
          return res.end(JSON.stringify({ message: 'Feature not available for this repository' }))
        }
        stored.push(JSON.parse(body))
        res.writeHead(201, { 'content-type': 'application/json' })
        return res.end(JSON.stringify({ id: stored.length }))
      }
      if (self.refuseWith && path === '/api/v2/signingCert') {
        res.writeHead(self.refuseWith, { 'content-type': 'application/json' })
        return res.end(JSON.stringify({ code: self.refuseWith, message: 'signing is not enabled for this repository' }))
      }
      const handler = [...handlers, ...(tlog ? [rekorHandler(tlog)] : [])].find((h) => h.path === path)
      if (!handler) {
        res.writeHead(404)
        return res.end()
      }
      // asn1js writes a GeneralizedTime's milliseconds without trailing zeros (.04), which
      // verifiers refuse: the TSA's clock is now, moved within its 10 ms to a millisecond that ends
      // in 5 (the same second, so the certificate's validity still holds it), whatever the load.
      const now = Date.now()
      if (path === '/api/v1/timestamp') clock.setTime(now - (now % 10) + 5)
      const out = await handler.fn(path === '/api/v1/log/entries' ? canonicalDsse(body) : body)
      res.writeHead(out.statusCode, { 'content-type': out.contentType ?? 'application/json' })
      res.end(out.response)
    })
  })
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  tlog = await initializeTLog(url, keys())
  self.url = url
  self.tokenEnv = { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token?x=1`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-token' }
  self.inputs = { 'sigstore-fulcio-url': url, 'sigstore-tsa-url': url }
  await writeFile(self.trustedRoot, JSON.stringify(trustedRoot(ca, ctlog, tsa, tlog, url)))
  return self
}

/**
 * What Rekor stores for a proposed DSSE entry (its canonical form: hashes and signatures, not the
 * envelope); the mock would log the proposal itself, which no verifier accepts as a body.
 */
function canonicalDsse(body: string): string {
  const proposed = JSON.parse(body) as {
    kind: string
    apiVersion: string
    spec: { proposedContent?: { envelope: string; verifiers: string[] } }
  }
  const content = proposed.spec.proposedContent
  if (proposed.kind !== 'dsse' || !content) return body
  const envelope = JSON.parse(content.envelope) as { payload: string; signatures: { sig: string }[] }
  const sha = (b: Buffer | string) => ({ algorithm: 'sha256', value: createHash('sha256').update(b).digest('hex') })
  return JSON.stringify({
    kind: 'dsse',
    apiVersion: proposed.apiVersion,
    spec: {
      envelopeHash: sha(content.envelope),
      payloadHash: sha(Buffer.from(envelope.payload, 'base64')),
      signatures: envelope.signatures.map((s, i) => ({ signature: s.sig, verifier: content.verifiers[i] })),
    },
  })
}

type Raw = ArrayBufferView<ArrayBuffer>
const bytes = (v: Raw) => Buffer.from(v.buffer, v.byteOffset, v.byteLength)

function trustedRoot(
  ca: { rootCertificate: Raw },
  ctlog: { publicKey: Buffer; logID: Raw },
  tsa: { rootCertificate: Raw; intCertificate: Raw },
  tlog: { publicKey: Buffer },
  url: string,
): unknown {
  // A minute in the past: a verifier's clock and the certificates' may differ by a little.
  const validFor = { start: new Date(Date.now() - 60_000) }
  const subject = { commonName: 'sigstore', organization: 'sigstore.mock' }
  const key = (raw: Buffer) => ({ rawBytes: raw, keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor })
  return TrustedRoot.toJSON({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    certificateAuthorities: [
      {
        subject,
        uri: 'https://fulcio.sigstore.mock',
        certChain: { certificates: [{ rawBytes: bytes(ca.rootCertificate) }] },
        validFor,
        operator: 'sigstore.mock',
      },
    ],
    tlogs: [
      {
        // A checkpoint's signer is matched by the log's URL.
        baseUrl: url,
        hashAlgorithm: HashAlgorithm.SHA2_256,
        publicKey: key(tlog.publicKey),
        logId: { keyId: createHash('sha256').update(tlog.publicKey).digest() },
        checkpointKeyId: undefined,
        operator: 'sigstore.mock',
      },
    ],
    ctlogs: [
      {
        baseUrl: 'https://ctfe.sigstore.mock',
        hashAlgorithm: HashAlgorithm.SHA2_256,
        publicKey: key(ctlog.publicKey),
        logId: { keyId: bytes(ctlog.logID) },
        checkpointKeyId: undefined,
        operator: 'sigstore.mock',
      },
    ],
    timestampAuthorities: [
      {
        subject,
        uri: 'https://tsa.sigstore.mock',
        certChain: {
          certificates: [{ rawBytes: bytes(tsa.intCertificate) }, { rawBytes: bytes(tsa.rootCertificate) }],
        },
        validFor,
        operator: 'sigstore.mock',
      },
    ],
  })
}
