import { describe, expect, test } from 'vitest'
import { attach, signings } from '../../src/attest/plan.js'
import { BUNDLE_MEDIA_TYPE, bundleReferrer } from '../../src/attest/referrer.js'
import { defaultEndpoints, parseAttest } from '../../src/attest/settings.js'
import { PROVENANCE_CLAIMS, provenancePredicate, tokenClaims } from '../../src/attest/statement.js'
import type { Descriptor } from '../../src/lib/oci/descriptor.js'
import type { Digest } from '../../src/lib/oci/digest.js'
import { parseManifest } from '../../src/lib/oci/parse.js'

const d = (c: string, mediaType = 'application/vnd.oci.image.manifest.v1+json'): Descriptor => ({
  mediaType,
  digest: `sha256:${c.repeat(64)}` as Digest,
  size: 100,
})
const index = d('a', 'application/vnd.oci.image.index.v1+json')
const amd64 = d('b')
const arm64 = d('c')
const claims = {
  iss: 'https://token.actions.githubusercontent.com',
  ref: 'refs/tags/v1.0.0',
  sha: 'f'.repeat(40),
  repository: 'acme/svc',
  event_name: 'push',
  job_workflow_ref: 'acme/svc/.github/workflows/release.yml@refs/tags/v1.0.0',
  workflow_ref: 'acme/svc/.github/workflows/release.yml@refs/tags/v1.0.0',
  repository_id: '1',
  repository_owner_id: '2',
  runner_environment: 'github-hosted',
  run_id: '3',
  run_attempt: '4',
}
const jwt = (c: object) => `e30.${Buffer.from(JSON.stringify(c)).toString('base64url')}.sig`

describe('tokenClaims', () => {
  test('reads every claim the provenance needs', () => {
    expect(tokenClaims(jwt(claims))).toEqual(claims)
  })
  test('a missing claim is named', () => {
    const { run_id: _, ...rest } = claims
    expect(() => tokenClaims(jwt(rest))).toThrow('the OIDC token lacks the claims run_id')
  })
  test('not a JWT', () => {
    expect(() => tokenClaims('nope')).toThrow('not a JWT')
  })
  test('the list of claims is the one actions/attest requires', () => {
    expect([...PROVENANCE_CLAIMS].sort()).toEqual(Object.keys(claims).sort())
  })
})

describe('provenancePredicate', () => {
  test("GitHub's workflow/v1 shape, from the claims", () => {
    expect(provenancePredicate(claims, 'https://github.com/')).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/tags/v1.0.0',
            repository: 'https://github.com/acme/svc',
            path: '.github/workflows/release.yml',
          },
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '1',
            repository_owner_id: '2',
            runner_environment: 'github-hosted',
          },
        },
        resolvedDependencies: [
          { uri: 'git+https://github.com/acme/svc@refs/tags/v1.0.0', digest: { gitCommit: 'f'.repeat(40) } },
        ],
      },
      runDetails: {
        builder: { id: 'https://github.com/acme/svc/.github/workflows/release.yml@refs/tags/v1.0.0' },
        metadata: { invocationId: 'https://github.com/acme/svc/actions/runs/3/attempts/4' },
      },
    })
  })
})

describe('signings and referrers', () => {
  const what = {
    manifests: [index, amd64, arm64],
    name: 'ghcr.io/acme/svc',
    sboms: [{ manifest: amd64, document: { spdxVersion: 'SPDX-2.3' } }],
  }

  test('one provenance over the index and every platform; one SBOM statement per platform', () => {
    const plan = signings(what, claims, 'https://github.com')
    expect(plan.map((s) => s.kind)).toEqual(['provenance', 'sbom'])
    expect(plan[0]!.statement.subject).toEqual([
      { name: 'ghcr.io/acme/svc', digest: { sha256: 'a'.repeat(64) } },
      { name: 'ghcr.io/acme/svc', digest: { sha256: 'b'.repeat(64) } },
      { name: 'ghcr.io/acme/svc', digest: { sha256: 'c'.repeat(64) } },
    ])
    expect(plan[0]!.attachTo).toEqual([index, amd64, arm64])
    expect(plan[1]!.statement.predicateType).toBe('https://spdx.dev/Document')
    expect(plan[1]!.attachTo).toEqual([amd64])
  })

  test('a single platform is its own top: attested once', () => {
    const plan = signings({ ...what, manifests: [amd64, amd64], sboms: [] }, claims, 'https://github.com')
    expect(plan[0]!.attachTo).toEqual([amd64])
  })

  test('each bundle becomes a referrer of each subject, in the layout cosign reads', () => {
    const plan = signings(what, claims, 'https://github.com')
    const { referrers, bySubject } = attach(plan, ['{"p":1}', '{"s":1}'], '2026-01-01T00:00:00Z')
    expect(referrers).toHaveLength(4)
    expect(Object.keys(bySubject)).toEqual([index.digest, amd64.digest, arm64.digest])
    expect(Object.keys(bySubject[amd64.digest]!)).toEqual(['provenance', 'sbom'])
    const m = JSON.parse(Buffer.from(referrers[0]!.manifest.bytes).toString())
    expect(m).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: BUNDLE_MEDIA_TYPE,
      config: {
        mediaType: 'application/vnd.oci.empty.v1+json',
        digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
        size: 2,
      },
      layers: [{ mediaType: BUNDLE_MEDIA_TYPE, digest: referrers[0]!.bundle.descriptor.digest, size: 7 }],
      subject: { mediaType: index.mediaType, digest: index.digest, size: 100 },
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1',
        'org.opencontainers.image.created': '2026-01-01T00:00:00Z',
      },
    })
    expect(parseManifest(referrers[0]!.manifest).subject?.digest).toBe(index.digest)
    expect(referrers[0]!.descriptor.artifactType).toBe(BUNDLE_MEDIA_TYPE)
  })

  test('bundleReferrer is deterministic for the same bundle and time', () => {
    const a = bundleReferrer('{}', amd64, 'x', 't')
    const b = bundleReferrer('{}', amd64, 'x', 't')
    expect(a.descriptor.digest).toBe(b.descriptor.digest)
  })
})

describe('parseAttest', () => {
  const read = (inputs: Record<string, string>) => (n: string) => inputs[n] ?? ''
  test('auto by default; the instance chosen later', () => {
    expect(parseAttest(read({}), false, true)).toEqual({ mode: 'auto', githubApi: false })
  })
  test('true without a token fails when it pushes, naming the permission', () => {
    expect(() => parseAttest(read({ attest: 'true' }), false, true)).toThrow(/permissions: id-token: write/)
    expect(parseAttest(read({ attest: 'true' }), false, false).mode).toBe('true')
  })
  test.each([
    ['a bad mode', { attest: 'yes' }, /^Input 'attest'/],
    ['a Fulcio with no witness', { 'sigstore-fulcio-url': 'https://f.example' }, /sigstore-rekor-url or/],
    ['a witness with no Fulcio', { 'sigstore-tsa-url': 'https://t.example' }, /^Input 'sigstore-fulcio-url'/],
    ['not a URL', { 'sigstore-fulcio-url': 'fulcio', 'sigstore-tsa-url': 'x' }, /^Input 'sigstore-fulcio-url'/],
    ['not http(s)', { 'sigstore-fulcio-url': 'ftp://f', 'sigstore-tsa-url': 'https://t' }, /http\(s\)/],
  ])('%s is refused', (_l, inputs, error) => {
    expect(() => parseAttest(read(inputs), true, true)).toThrow(error)
  })
  test('an instance of the user', () => {
    const s = parseAttest(
      read({ 'sigstore-fulcio-url': 'https://f.example/', 'sigstore-rekor-url': 'https://r.example' }),
      true,
      true,
    )
    expect(s.endpoints).toEqual({ fulcio: 'https://f.example', rekor: 'https://r.example' })
  })
  test('defaults as actions/attest: public-good for public repositories, GitHub’s for others', () => {
    expect(defaultEndpoints('public', 'https://github.com')).toEqual({
      fulcio: 'https://fulcio.sigstore.dev',
      rekor: 'https://rekor.sigstore.dev',
    })
    expect(defaultEndpoints('private', 'https://github.com')).toEqual({
      fulcio: 'https://fulcio.githubapp.com',
      tsa: 'https://timestamp.githubapp.com',
    })
    expect(defaultEndpoints('internal', 'https://acme.ghe.com').fulcio).toBe('https://fulcio.acme.ghe.com')
  })
})
