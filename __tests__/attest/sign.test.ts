// The signer against an offline Sigstore on loopback (@sigstore/mock's handlers), checked with
// @sigstore/verify: the Rekor path (a public repository's witness) and the timestamp-authority
// path (a private one's), and a tampered envelope refused.
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { Signer } from '../../src/attest/sign-io.js'
import { SLSA_PROVENANCE_V1, statement } from '../../src/attest/statement.js'
import { IDENTITY, ISSUER, type Sigstore, startSigstore } from '../e2e/sigstore.js'

let sigstore: Sigstore
let trust: ReturnType<typeof toTrustMaterial>

beforeAll(async () => {
  sigstore = await startSigstore(await mkdtemp(join(tmpdir(), 'bgi-sign-')))
  trust = toTrustMaterial(TrustedRoot.fromJSON(JSON.parse(await readFile(sigstore.trustedRoot, 'utf8'))))
})
afterAll(() => sigstore.stop())

const subject = { name: '127.0.0.1:5000/acme/svc', digest: { sha256: 'ab'.repeat(32) } }
const stmt = statement([subject], SLSA_PROVENANCE_V1, { buildDefinition: {} })
const policy = { subjectAlternativeName: IDENTITY, extensions: { issuer: ISSUER } }

describe('keyless signing, verified by @sigstore/verify', () => {
  test.each([
    ['witnessed by Rekor (public repositories)', 'rekor', { tlogThreshold: 1, timestampThreshold: 1 }],
    ['witnessed by a timestamp authority (private ones)', 'tsa', { tlogThreshold: 0, timestampThreshold: 1 }],
  ] as const)('%s', async (_label, witness, thresholds) => {
    const signer = await Signer.open(sigstore.jwt, { fulcio: sigstore.url, [witness]: sigstore.url })
    const json = JSON.parse(await signer.sign(stmt))
    expect(json.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
    expect(json.verificationMaterial.certificate).toBeDefined()
    expect(Boolean(json.verificationMaterial.tlogEntries?.length)).toBe(witness === 'rekor')
    expect(Boolean(json.verificationMaterial.timestampVerificationData?.rfc3161Timestamps?.length)).toBe(
      witness === 'tsa',
    )
    const verifier = new Verifier(trust, { ctlogThreshold: 1, ...thresholds })
    const signed = verifier.verify(toSignedEntity(bundleFromJSON(json)), policy)
    expect(signed.identity?.subjectAlternativeName).toBe(IDENTITY)
    const payload = JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString())
    expect(payload).toEqual(stmt)

    // Another identity, and a changed statement, are refused.
    expect(() =>
      verifier.verify(toSignedEntity(bundleFromJSON(json)), { ...policy, subjectAlternativeName: 'https://x' }),
    ).toThrow()
    const tampered = structuredClone(json)
    tampered.dsseEnvelope.payload = Buffer.from(JSON.stringify({ ...stmt, subject: [] })).toString('base64')
    expect(() => verifier.verify(toSignedEntity(bundleFromJSON(tampered)), policy)).toThrow()
  })
})
