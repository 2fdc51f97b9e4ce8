// Signed provenance and SBOMs, checked by the real verifier: the action (dist/, as a runner runs
// it) signs with an offline Sigstore on loopback (@sigstore/mock's Fulcio and timestamp
// authority, the runner's token endpoint) and pushes each bundle as an OCI 1.1 referrer to a
// real registry, with the referrers API (a proxy serving it) and without (the fallback tag).
// cosign v3.1.3, built from the Go module proxy by scripts/setup.sh, verifies them offline.

import { execFile } from 'node:child_process'
import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type ActionRun, errorLines, nodes, ROOT, runAction } from './action.js'
import { type FaultProxy, startProxy } from './proxy.js'
import { type RunningRegistry, startRegistry } from './registry.js'
import { IDENTITY, ISSUER, type Sigstore, startSigstore } from './sigstore.js'

const exec = promisify(execFile)
const COSIGN = join(ROOT, '.tools/bin/cosign')
const PLATFORMS = 'linux/amd64,linux/arm64'
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
let work: string
let src: string
let registry: RunningRegistry
let sigstore: Sigstore
const stops: (() => Promise<void>)[] = []

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-attest-'))
  src = join(work, 'src')
  await cp(join(ROOT, 'examples/hello'), src, { recursive: true })
  registry = await startRegistry({ dir: join(work, 'reg') })
  stops.push(() => registry.stop())
  sigstore = await startSigstore(work)
  stops.push(() => sigstore.stop())
}, 60_000)
afterAll(async () => {
  for (const stop of stops.reverse()) await stop()
})

const GITHUB_ENV = {
  SOURCE_DATE_EPOCH: '1700000000',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/svc',
  GITHUB_SHA: 'c'.repeat(40),
  GITHUB_REF: 'refs/tags/v1.0.0',
  GITHUB_EVENT_NAME: 'push',
}

function build(
  host: string,
  repo: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = sigstore.tokenEnv,
  node?: string,
) {
  return runAction({
    ...(node ? { node } : {}),
    inputs: {
      'working-directory': src,
      platforms: PLATFORMS,
      image: `${host}/${repo}`,
      push: 'true',
      attest: 'true',
      ...sigstore.inputs,
      ...inputs,
    },
    env: { ...GITHUB_ENV, ...env },
  })
}

function ok(r: ActionRun): ActionRun {
  if (r.code !== 0) throw new Error(`action failed (${r.code}):\n${r.stdout}\n${r.stderr}`)
  return r
}

/** cosign's verdict on an image, offline against the mock instance's trusted root. */
async function cosign(
  args: string[],
  image: string,
  opts: { identity?: string; trustedRoot?: string } = {},
): Promise<{ ok: boolean; output: string }> {
  const flags = [
    '--trusted-root',
    opts.trustedRoot ?? sigstore.trustedRoot,
    '--certificate-identity',
    opts.identity ?? IDENTITY,
    '--certificate-oidc-issuer',
    ISSUER,
    '--insecure-ignore-tlog',
    '--use-signed-timestamps',
    '--allow-http-registry',
  ]
  try {
    const { stdout, stderr } = await exec(COSIGN, [...args, ...flags, image], {
      env: { ...process.env, HOME: work, DOCKER_CONFIG: join(work, 'docker') },
      maxBuffer: 16 << 20,
    })
    return { ok: true, output: stdout + stderr }
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string }
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` }
  }
}

/** The predicate types of the statements cosign printed (one JSON envelope per line). */
function predicateTypes(output: string): string[] {
  return output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(Buffer.from(JSON.parse(l).payload, 'base64').toString()).predicateType as string)
}

describe.each([
  ['with the referrers API', 'referrers'],
  ['without it (the fallback tag)', 'plain'],
] as const)('a signed push to a registry %s', (_label, profile) => {
  let proxy: FaultProxy
  let r: ActionRun
  let host: string
  let digests: Record<string, string>

  beforeAll(async () => {
    proxy = await startProxy(registry.port, undefined, { profile })
    stops.push(() => proxy.stop())
    host = proxy.host
    // The runtime action.yml names (Node 24) signs one of them, the host's Node the other.
    r = ok(
      await build(
        host,
        `acme/svc-${profile}`,
        {},
        sigstore.tokenEnv,
        profile === 'plain' ? nodes()[1]!.path : undefined,
      ),
    )
    digests = JSON.parse(r.outputs.digests!) as Record<string, string>
  })

  test('every manifest has a provenance referrer, each platform an SBOM one; pushed before any tag', () => {
    const attestations = JSON.parse(r.outputs.attestations!) as Record<string, Record<string, string>>
    expect(Object.keys(attestations).sort()).toEqual([r.outputs.digest!, ...Object.values(digests)].sort())
    expect(Object.keys(attestations[r.outputs.digest!]!)).toEqual(['provenance'])
    for (const d of Object.values(digests)) expect(Object.keys(attestations[d]!).sort()).toEqual(['provenance', 'sbom'])
    const kinds = proxy.seen.map((s) => `${s.method} ${s.path}`)
    const firstTag = kinds.findIndex((k) => /^PUT .*\/manifests\/1\.0\.0$/.test(k))
    expect(firstTag).toBeGreaterThan(0)
    for (const referrer of Object.values(attestations).flatMap((a) => Object.values(a))) {
      const put = kinds.indexOf(`PUT /v2/acme/svc-${profile}/manifests/${referrer}`)
      expect(put, referrer).toBeGreaterThan(0)
      expect(put).toBeLessThan(firstTag)
    }
    expect(r.summary).toContain('cosign verify-attestation --type slsaprovenance1')
  })

  test('the index carries no attestation entries (no unknown/unknown platforms) and no .sig/.att tags', async () => {
    const res = await fetch(`http://${host}/v2/acme/svc-${profile}/tags/list`)
    const tags = ((await res.json()) as { tags: string[] }).tags
    expect(tags.filter((t) => t.endsWith('.sig') || t.endsWith('.att'))).toEqual([])
    if (profile === 'plain') expect(tags.filter((t) => t.startsWith('sha256-'))).toHaveLength(3)
    const index = await (
      await fetch(`http://${host}/v2/acme/svc-${profile}/manifests/1.0.0`, {
        headers: { accept: 'application/vnd.oci.image.index.v1+json' },
      })
    ).json()
    expect(index.manifests.map((m: any) => `${m.platform.os}/${m.platform.architecture}`)).toEqual(PLATFORMS.split(','))
  })

  test('cosign verifies provenance and signature for the index and a platform manifest', async () => {
    for (const digest of [r.outputs.digest!, digests['linux/arm64']!]) {
      const image = `${host}/acme/svc-${profile}@${digest}`
      const provenance = await cosign(['verify-attestation', '--type', 'slsaprovenance1'], image)
      expect(provenance.ok, provenance.output).toBe(true)
      expect(predicateTypes(provenance.output)).toEqual(['https://slsa.dev/provenance/v1'])
      const statement = JSON.parse(
        Buffer.from(
          JSON.parse(provenance.output.split('\n').find((l) => l.startsWith('{'))!).payload,
          'base64',
        ).toString(),
      )
      expect(statement.subject.map((s: any) => `sha256:${s.digest.sha256}`).sort()).toEqual(
        [r.outputs.digest!, ...Object.values(digests)].sort(),
      )
      expect(statement.predicate.buildDefinition.buildType).toBe('https://actions.github.io/buildtypes/workflow/v1')
      expect(statement.predicate.buildDefinition.resolvedDependencies[0].digest.gitCommit).toBe('c'.repeat(40))
      expect(statement.predicate.runDetails.builder.id).toBe(IDENTITY)
      const signature = await cosign(['verify'], image)
      expect(signature.ok, signature.output).toBe(true)
    }
  })

  test('cosign verifies the signed SPDX SBOM of a platform manifest', async () => {
    const image = `${host}/acme/svc-${profile}@${digests['linux/amd64']}`
    const sbom = await cosign(['verify-attestation', '--type', 'spdxjson'], image)
    expect(sbom.ok, sbom.output).toBe(true)
    expect(predicateTypes(sbom.output)).toEqual(['https://spdx.dev/Document'])
  })

  test('cosign refuses another identity and another trusted root', async () => {
    const image = `${host}/acme/svc-${profile}@${r.outputs.digest}`
    const other = await cosign(['verify'], image, {
      identity: 'https://github.com/evil/repo/.github/workflows/x.yml@refs/heads/main',
    })
    expect(other.ok).toBe(false)
    const elsewhere = await startSigstore(await mkdtemp(join(work, 'other-root-')))
    await elsewhere.stop()
    const root = await cosign(['verify'], image, { trustedRoot: elsewhere.trustedRoot })
    expect(root.ok).toBe(false)
  })
})

describe('what is refused, and what is not signed', () => {
  let proxy: FaultProxy
  beforeAll(async () => {
    proxy = await startProxy(registry.port, undefined, { profile: 'referrers' })
    stops.push(() => proxy.stop())
  })

  const tagsOf = async (repo: string) =>
    ((await (await fetch(`http://${proxy.host}/v2/${repo}/tags/list`)).json()) as { tags?: string[] }).tags ?? []

  test('a manifest with no bundle, and one with a tampered bundle, are refused by cosign', async () => {
    const signed = ok(await build(proxy.host, 'acme/signed'))
    const unsigned = ok(await build(proxy.host, 'acme/unsigned', { attest: 'false' }))
    expect(unsigned.outputs.attestations).toBe('{}')
    const image = `${proxy.host}/acme/unsigned@${unsigned.outputs.digest}`
    expect((await cosign(['verify'], image)).ok).toBe(false)
    // The signed image's provenance bundle, its statement's subject changed to the unsigned image.
    const referrer = (JSON.parse(signed.outputs.attestations!) as Record<string, Record<string, string>>)[
      signed.outputs.digest!
    ]!.provenance!
    const manifest = await (
      await fetch(`http://${proxy.host}/v2/acme/signed/manifests/${referrer}`, {
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
      })
    ).json()
    const bundle = await (await fetch(`http://${proxy.host}/v2/acme/signed/blobs/${manifest.layers[0].digest}`)).json()
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString())
    statement.subject = [{ name: 'x', digest: { sha256: unsigned.outputs.digest!.slice(7) } }]
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
    await attachBundle(proxy.host, 'acme/unsigned', unsigned.outputs.digest!, JSON.stringify(bundle))
    const tampered = await cosign(['verify-attestation', '--type', 'slsaprovenance1'], image)
    expect(tampered.ok).toBe(false)
    expect((await cosign(['verify'], image)).ok).toBe(false)
  })

  test('attest: auto without an OIDC token: a notice, the image pushed unsigned', async () => {
    const r = ok(await build(proxy.host, 'acme/auto', { attest: 'auto' }, {}))
    expect(r.stdout).toMatch(/^::notice::attest: the job has no OIDC token/m)
    expect(r.outputs.attestations).toBe('{}')
    expect(await tagsOf('acme/auto')).toContain('1.0.0')
  })

  test('attest: true without an OIDC token fails with the inputs, nothing pushed', async () => {
    const r = await build(proxy.host, 'acme/no-token', {}, {})
    expect(r.code).not.toBe(0)
    expect(errorLines(r.stdout)[0]).toMatch(/^Input 'attest': "true" is not valid.*permissions: id-token: write/)
    expect(proxy.seen.filter((s) => s.path.startsWith('/v2/acme/no-token/'))).toEqual([])
  })

  test('a refusing Sigstore: auto warns and pushes unsigned; true fails and moves no tag', async () => {
    sigstore.refuseWith = 403
    try {
      const auto = ok(await build(proxy.host, 'acme/refused-auto', { attest: 'auto' }))
      expect(auto.stdout).toMatch(/^::warning::attest: .* did not sign .*403.*the image is pushed unsigned/m)
      expect(await tagsOf('acme/refused-auto')).toContain('1.0.0')
      const strict = await build(proxy.host, 'acme/refused-true')
      expect(strict.code).not.toBe(0)
      expect(errorLines(strict.stdout).join('\n')).toMatch(/did not sign.*no manifest was pushed and no tag moved/)
      expect(await tagsOf('acme/refused-true')).toEqual([])
    } finally {
      sigstore.refuseWith = undefined
    }
  })

  test('attestations-api: each bundle also goes to the repository attestations API', async () => {
    const before = sigstore.stored.length
    ok(
      await build(
        proxy.host,
        'acme/stored',
        { 'attestations-api': 'true', 'github-token': 'ghs_test' },
        {
          ...sigstore.tokenEnv,
          GITHUB_API_URL: sigstore.url,
        },
      ),
    )
    // Provenance, and one SBOM per platform.
    expect(sigstore.stored.length - before).toBe(3)
    expect((sigstore.stored.at(-1) as { bundle: { mediaType: string } }).bundle.mediaType).toBe(BUNDLE)
    // A 403 there (no attestations plan) is a warning: the bundles are in the registry already.
    const refused = ok(
      await build(
        proxy.host,
        'acme/stored-403',
        { 'attestations-api': 'true', 'github-token': 'ghs_test' },
        { ...sigstore.tokenEnv, GITHUB_API_URL: sigstore.url, GITHUB_REPOSITORY: 'acme/private' },
      ),
    )
    expect(refused.stdout).toMatch(/^::warning::attestations-api: 403 from http:\/\/127\.0\.0\.1:\d+ \(the job needs/m)
    expect(sigstore.stored.length - before).toBe(3)
    expect(Object.keys(JSON.parse(refused.outputs.attestations!))).toHaveLength(3)
  })
})

describe('a matrix: each leg signs its image, the merge job signs the index it makes', () => {
  test('cosign verifies the merged index and a leg’s platform manifest', async () => {
    const proxy = await startProxy(registry.port)
    stops.push(() => proxy.stop())
    const legs = []
    for (const platform of PLATFORMS.split(','))
      legs.push(ok(await build(proxy.host, 'acme/matrix', { platforms: platform, 'push-by-digest': 'true' })))
    const merge = ok(
      await runAction({
        inputs: {
          image: `${proxy.host}/acme/matrix`,
          merge: legs.map((l) => `${proxy.host}/acme/matrix@${l.outputs.digest}`).join('\n'),
          push: 'true',
          attest: 'true',
          ...sigstore.inputs,
        },
        env: { ...GITHUB_ENV, ...sigstore.tokenEnv },
      }),
    )
    const index = merge.outputs.digest!
    expect(Object.keys(JSON.parse(merge.outputs.attestations!))).toEqual([index])
    const image = `${proxy.host}/acme/matrix@${index}`
    const provenance = await cosign(['verify-attestation', '--type', 'slsaprovenance1'], image)
    expect(provenance.ok, provenance.output).toBe(true)
    const leg = await cosign(['verify'], `${proxy.host}/acme/matrix@${legs[1]!.outputs.digest}`)
    expect(leg.ok, leg.output).toBe(true)
  })
})

describe('a release reads what the registry holds for its commit before it moves a tag', () => {
  test('a branch image of the commit differs in labels only; a re-run of the release is reproduced', async () => {
    const proxy = await startProxy(registry.port)
    stops.push(() => proxy.stop())
    const one = { platforms: 'linux/amd64', attest: 'false', 'release-build': 'auto' }
    ok(await build(proxy.host, 'acme/evidence', { ...one, tags: 'sha-ccccccc' }, { GITHUB_REF: 'refs/heads/main' }))
    const release = ok(await build(proxy.host, 'acme/evidence', one))
    expect(release.stdout).toMatch(/^Release build \(a tag push/m)
    expect(release.stdout).toMatch(
      new RegExp(
        String.raw`^::warning::reproducibility: .*acme/evidence:sha-ccccccc holds sha256:[0-9a-f]{64}, ` +
          'the release is ' +
          `${release.outputs.digest}: the layers .the programs. are the same`,
        'm',
      ),
    )
    const again = ok(await build(proxy.host, 'acme/evidence', one))
    expect(again.outputs.digest).toBe(release.outputs.digest)
    expect(again.stdout).toContain(
      `acme/evidence:sha-ccccccc holds ${release.outputs.digest}, the release's digest: reproduced`,
    )
  })
})

/** Push a bundle as a referrer of `subject` (the registry API, by hand: a tampering registry user). */
async function attachBundle(host: string, repo: string, subject: string, bundle: string): Promise<void> {
  const { createHash } = await import('node:crypto')
  const sha = (b: string) => `sha256:${createHash('sha256').update(b).digest('hex')}`
  for (const blob of [bundle, '{}']) {
    const start = await fetch(`http://${host}/v2/${repo}/blobs/uploads/`, { method: 'POST' })
    const location = new URL(start.headers.get('location')!, `http://${host}`)
    location.searchParams.set('digest', sha(blob))
    const put = await fetch(location, { method: 'PUT', body: blob })
    expect(put.status).toBe(201)
  }
  const head = await fetch(`http://${host}/v2/${repo}/manifests/${subject}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.index.v1+json' },
  })
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    artifactType: BUNDLE,
    config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: sha('{}'), size: 2 },
    layers: [{ mediaType: BUNDLE, digest: sha(bundle), size: Buffer.byteLength(bundle) }],
    subject: {
      mediaType: head.headers.get('content-type'),
      digest: subject,
      size: Number(head.headers.get('content-length')),
    },
    annotations: {
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1',
    },
  })
  const res = await fetch(`http://${host}/v2/${repo}/manifests/${sha(manifest)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
    body: manifest,
  })
  expect(res.status).toBe(201)
}

describe('several images from one step: each signed, with its own SBOMs', () => {
  test('cosign verifies each image’s provenance and one platform’s SBOM, the subject its own repository', async () => {
    const proxy = await startProxy(registry.port)
    stops.push(() => proxy.stop())
    const mono = join(work, 'monorepo')
    await cp(join(ROOT, 'examples/monorepo'), mono, { recursive: true })
    const r = ok(await build(proxy.host, 'acme/mono', { 'working-directory': mono, main: './cmd/api\n./cmd/worker' }))
    const images = JSON.parse(r.outputs['images-json']!) as Record<
      string,
      { digest: string; digests: Record<string, string>; 'sbom-digests': Record<string, string>; attestations: object }
    >
    expect(Object.keys(images).sort()).toEqual(['api', 'worker'])
    for (const [name, image] of Object.entries(images)) {
      expect(Object.keys(image['sbom-digests']).sort()).toEqual(PLATFORMS.split(',').sort())
      expect(Object.keys(image.attestations)).toContain(image.digest)
      const ref = `${proxy.host}/acme/mono/${name}@${image.digest}`
      const provenance = await cosign(['verify-attestation', '--type', 'slsaprovenance1'], ref)
      expect(provenance.ok, provenance.output).toBe(true)
      // The statement's subject is the image's own repository.
      const statement = JSON.parse(
        Buffer.from(
          JSON.parse(provenance.output.split('\n').find((l) => l.startsWith('{'))!).payload,
          'base64',
        ).toString(),
      )
      expect(statement.subject[0].name).toBe(`${proxy.host}/acme/mono/${name}`)
      const platform = `${proxy.host}/acme/mono/${name}@${image.digests['linux/arm64']}`
      const sbom = await cosign(['verify-attestation', '--type', 'spdxjson'], platform)
      expect(sbom.ok, sbom.output).toBe(true)
    }
  })
})
