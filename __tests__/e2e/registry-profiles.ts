// How hosted registries behave, from ../../../shared/research/registries.md, as rules the
// proxy applies in front of the real docker-registry (which shows none of them itself).
import type { IncomingHttpHeaders } from 'node:http'

export type ProfileName = 'plain' | 'ghcr' | 'ecr' | 'ecr-immutable' | 'dockerhub' | 'gar' | 'referrers' | 'capped'

export interface Refusal {
  status: number
  headers?: Record<string, string>
  body: string
}

export interface RegistryProfile {
  name: ProfileName
  /** Refuse a request from its line and headers alone, before any body is read. */
  refuse?(method: string, path: string, headers: IncomingHttpHeaders): Refusal | undefined
  /** Bodies counted over this many bytes as they arrive (streamed or not) are cut and refused. */
  bodyCap?: { bytes: number; refusal: Refusal }
  /** Mount requests become plain session starts (202): ECR mounts only what a manifest there names. */
  ignoreMounts?: boolean
  /** The Range a session reports stops at its first PATCH (ECR's chunked uploads). */
  frozenRange?: boolean
  /** Answer OCI-Subject to a manifest PUT that has a subject. */
  subjectHeader?: boolean
  /** Serve `/v2/<name>/referrers/<digest>` from the manifests seen. */
  servesReferrers?: boolean
  /**
   * A tag once written is never written again, even to the same digest (ECR's IMMUTABLE; with
   * `exclude`, IMMUTABLE_WITH_EXCLUSION: tags it matches stay mutable).
   */
  immutableTags?: { exclude?: RegExp; refusal: (repository: string, tag: string) => Refusal }
}

const MiB = 1 << 20
const json = (code: string, message: string) => JSON.stringify({ errors: [{ code, message }] })

/** GHCR's answer to a body over 4 MiB (oras-project/rust-oci-client#35). */
export const GHCR_TOO_LARGE: Refusal = {
  status: 416,
  headers: { 'Content-Type': 'application/json' },
  body: json(
    'REQUESTED_RANGE_NOT_SATISFIABLE',
    'the request body is too large and exceeds the maximum permissible limit of 4.00MiB',
  ),
}

export const PROFILES: Record<ProfileName, RegistryProfile> = {
  plain: { name: 'plain' },
  // A PATCH (or, unsettled in the reports, a PUT) that declares over 4 MiB is refused; a streamed
  // PATCH (no Content-Length) is taken. No referrers API.
  ghcr: {
    name: 'ghcr',
    refuse: (method, path, headers) =>
      (method === 'PATCH' || method === 'PUT') &&
      path.includes('/blobs/uploads/') &&
      Number(headers['content-length'] ?? 0) > 4 * MiB
        ? GHCR_TOO_LARGE
        : undefined,
  },
  // Mount -> 202; OCI-Subject sent though /referrers/ is 404; Range frozen during chunked PATCHes.
  ecr: { name: 'ecr', ignoreMounts: true, subjectHeader: true, frozenRange: true },
  // A repository with tag mutability IMMUTABLE, answering as ECR does over the registry API.
  'ecr-immutable': {
    name: 'ecr-immutable',
    ignoreMounts: true,
    subjectHeader: true,
    immutableTags: {
      refusal: (repository, tag) => ({
        status: 400,
        headers: { 'Content-Type': 'application/json' },
        body: json(
          'TAG_INVALID',
          `The image tag '${tag}' already exists in the '${repository}' repository and cannot be overwritten ` +
            'because the repository is immutable.',
        ),
      }),
    },
  },
  // Its plain-text 429 comes from test rules (the proxy's `status` fault with a text body).
  dockerhub: { name: 'dockerhub' },
  // No chunked upload: a PATCH with Content-Range is refused; a streamed PATCH or a PUT is taken.
  gar: {
    name: 'gar',
    refuse: (method, _path, headers) =>
      method === 'PATCH' && headers['content-range']
        ? { status: 400, body: json('BLOB_UPLOAD_INVALID', 'chunked upload is not supported') }
        : undefined,
  },
  referrers: { name: 'referrers', subjectHeader: true, servesReferrers: true },
  // A proxy in front (Cloudflare-like) that counts every body and refuses over 4 MiB with 413.
  capped: { name: 'capped', bodyCap: { bytes: 4 * MiB, refusal: { status: 413, body: 'Request Entity Too Large' } } },
}
