// The edge of the attest stage: the job's OIDC token, the signatures, and (optionally) GitHub's
// attestations API. Whether a failure fails the step is the `attest` input's: true fails before
// any manifest or tag is pushed; auto warns and the image goes unsigned.
import * as core from '@actions/core'
import { HttpClient } from '@actions/http-client'
import { type Attached, type AttestSubject, attach, signings } from './plan.js'
import { type AttestSettings, defaultEndpoints } from './settings.js'
import { Signer } from './sign-io.js'
import { tokenClaims } from './statement.js'

export interface Attestations extends Attached {
  /** One bundle per statement, for the attestations API. */
  bundles: string[]
  /** What `cosign verify` checks the certificate against. */
  identity: string
  issuer: string
  /** Witnessed by a transparency log (else by a timestamp authority only). */
  tlog: boolean
}

/** The OIDC token's error, or the Sigstore instance's refusal: the step's fault only with attest: true. */
function refused(settings: AttestSettings, why: string): undefined {
  if (settings.mode === 'true')
    throw new Error(`attest: ${why}; nothing was signed, no manifest was pushed and no tag moved`)
  core.warning(`attest: ${why}; the image is pushed unsigned (attest: true would fail the step)`)
  return undefined
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

export async function attestImage(
  settings: AttestSettings,
  what: AttestSubject,
  env: NodeJS.ProcessEnv,
): Promise<Attestations | undefined> {
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com'
  let token: string
  let claims: ReturnType<typeof tokenClaims>
  try {
    token = await core.getIDToken('sigstore')
    claims = tokenClaims(token)
  } catch (e) {
    return refused(settings, `no usable OIDC token (${message(e)})`)
  }
  const endpoints = settings.endpoints ?? defaultEndpoints(claims.repository_visibility, serverUrl)
  const plan = signings(what, claims, serverUrl)
  const bundles: string[] = []
  try {
    const signer = await Signer.open(token, endpoints)
    for (const s of plan) bundles.push(await signer.sign(s.statement))
  } catch (e) {
    return refused(settings, `${endpoints.fulcio} did not sign (${message(e)})`)
  }
  const witnesses = [endpoints.rekor, endpoints.tsa].filter(Boolean).join(' and ')
  core.info(
    `attest: ${plan.length} statements (SLSA provenance v1${plan.length > 1 ? ', SPDX SBOMs' : ''}) signed by ` +
      `${endpoints.fulcio}, witnessed by ${witnesses}, for ${claims.job_workflow_ref}`,
  )
  return {
    ...attach(plan, bundles, new Date().toISOString()),
    bundles,
    identity: `${serverUrl.replace(/\/+$/, '')}/${claims.job_workflow_ref}`,
    issuer: claims.iss,
    tlog: Boolean(endpoints.rekor),
  }
}

/** Store each bundle with the repository's attestations API; a refusal is a warning. */
export async function storeAttestations(bundles: string[], token: string | undefined, env: NodeJS.ProcessEnv) {
  const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
  const repo = env.GITHUB_REPOSITORY
  if (!token || !repo) return core.warning('attestations-api: no github-token or GITHUB_REPOSITORY; not stored')
  const http = new HttpClient('build-go-image', [], { socketTimeout: 30_000 })
  try {
    for (const bundle of bundles) {
      const res = await http.post(`${api}/repos/${repo}/attestations`, JSON.stringify({ bundle: JSON.parse(bundle) }), {
        Authorization: `Bearer ${token}`,
        Accept: 'application/vnd.github+json',
        'Content-Type': 'application/json',
      })
      const body = await res.readBody()
      const status = res.message.statusCode ?? 0
      if (status === 403 || status === 404)
        return core.warning(
          `attestations-api: ${status} from ${api} (the job needs permissions attestations: write; private ` +
            "repositories need GitHub's attestations plan); the bundles are in the registry only",
        )
      if (status < 200 || status >= 300) throw new Error(`${status} ${body.slice(0, 200)}`)
      core.info(`attestations-api: stored, id ${(JSON.parse(body) as { id?: unknown }).id ?? '?'}`)
    }
  } finally {
    http.dispose()
  }
}

/** The command a user runs to check what was pushed. */
export function verifyCommand(image: string, a: Attestations): string {
  return [
    'cosign verify-attestation --type slsaprovenance1',
    `--certificate-identity ${a.identity}`,
    `--certificate-oidc-issuer ${a.issuer}`,
    ...(a.tlog ? [] : ['--insecure-ignore-tlog --use-signed-timestamps']),
    image,
  ].join(' ')
}
