// What an attestation says: an in-toto Statement v1 over the image's digests, with SLSA
// provenance v1 in the shape GitHub's own attestations take (actions/toolkit's attest package),
// its fields from the OIDC token's claims, so `gh attestation verify` policies hold. Pure.
import type { Descriptor } from '../lib/oci/descriptor.js'

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'
export const SPDX_DOCUMENT = 'https://spdx.dev/Document'
export const GITHUB_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1'

/** The OIDC token's claims the provenance is made of. */
export const PROVENANCE_CLAIMS = [
  'iss',
  'ref',
  'sha',
  'repository',
  'event_name',
  'job_workflow_ref',
  'workflow_ref',
  'repository_id',
  'repository_owner_id',
  'runner_environment',
  'run_id',
  'run_attempt',
] as const

export type Claims = Record<(typeof PROVENANCE_CLAIMS)[number], string> & { repository_visibility?: string }

export interface Subject {
  name: string
  digest: { sha256: string }
}

export interface Statement {
  _type: typeof STATEMENT_TYPE
  subject: Subject[]
  predicateType: string
  predicate: unknown
}

/** The claims of a JWT (not verified here: Fulcio verifies the token it is given). */
export function tokenClaims(jwt: string): Claims {
  const payload = jwt.split('.')[1]
  let claims: Record<string, unknown>
  try {
    claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>
  } catch {
    throw new Error('the OIDC token is not a JWT')
  }
  const missing = PROVENANCE_CLAIMS.filter((c) => typeof claims[c] !== 'string' || claims[c] === '')
  if (missing.length > 0) throw new Error(`the OIDC token lacks the claims ${missing.join(', ')}`)
  return claims as Claims
}

/** `ghcr.io/o/app` and a manifest -> an in-toto subject. */
export function subjectOf(name: string, d: Descriptor): Subject {
  return { name, digest: { sha256: d.digest.replace(/^sha256:/, '') } }
}

export function statement(subjects: Subject[], predicateType: string, predicate: unknown): Statement {
  return { _type: STATEMENT_TYPE, subject: subjects, predicateType, predicate }
}

/** SLSA provenance v1 for a GitHub Actions run, as GitHub's attestations write it. */
export function provenancePredicate(claims: Claims, serverUrl: string): unknown {
  const server = serverUrl.replace(/\/+$/, '')
  const workflowPath = claims.workflow_ref.replace(`${claims.repository}/`, '').replace(/@.*$/, '')
  return {
    buildDefinition: {
      buildType: GITHUB_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: claims.ref, repository: `${server}/${claims.repository}`, path: workflowPath },
      },
      internalParameters: {
        github: {
          event_name: claims.event_name,
          repository_id: claims.repository_id,
          repository_owner_id: claims.repository_owner_id,
          runner_environment: claims.runner_environment,
        },
      },
      resolvedDependencies: [
        { uri: `git+${server}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } },
      ],
    },
    runDetails: {
      builder: { id: `${server}/${claims.job_workflow_ref}` },
      metadata: {
        invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
      },
    },
  }
}
