// The attestation inputs: attest, the Sigstore endpoints, the GitHub attestations API. Pure.
import { InputError } from '../inputs/error.js'
import { type InputReader, parseBoolean } from '../inputs/text.js'

export type AttestMode = 'auto' | 'true' | 'false'

export interface AttestSettings {
  /** auto: sign when the job has an OIDC token and pushes; true: fail without one; false: never. */
  mode: AttestMode
  /** A Sigstore instance of the user's (GHES, a private one, tests); absent: chosen by visibility. */
  endpoints?: SigstoreEndpoints
  /** Also POST each bundle to the repository's attestations API. */
  githubApi: boolean
}

export interface SigstoreEndpoints {
  fulcio: string
  /** A transparency log witnesses the signature (public repositories)... */
  rekor?: string
  /** ...or a timestamp authority does (private ones), or both. */
  tsa?: string
}

const ACCEPTED_MODES =
  'give auto (sign when the job has an OIDC token and pushes), true (always; fail without), or false'

export function parseAttest(read: InputReader, hasIdToken: boolean, pushes: boolean): AttestSettings {
  const mode = read('attest').trim().toLowerCase() || 'auto'
  if (mode !== 'auto' && mode !== 'true' && mode !== 'false')
    throw new InputError('attest', read('attest'), ACCEPTED_MODES)
  if (mode === 'true' && pushes && !hasIdToken)
    throw new InputError(
      'attest',
      'true',
      'signing needs the job\'s OIDC token: add "permissions: id-token: write" to the job, or set attest: auto',
    )
  const [fulcio, rekor, tsa] = ['sigstore-fulcio-url', 'sigstore-rekor-url', 'sigstore-tsa-url'].map((n) =>
    url(n, read(n)),
  )
  if ((rekor || tsa) && !fulcio)
    throw new InputError('sigstore-fulcio-url', '', 'give the Fulcio URL of the instance whose Rekor or TSA is set')
  if (fulcio && !rekor && !tsa)
    throw new InputError(
      'sigstore-fulcio-url',
      fulcio,
      'a signature needs a witness: also give sigstore-rekor-url or sigstore-tsa-url (or both)',
    )
  return {
    mode,
    ...(fulcio ? { endpoints: { fulcio, ...(rekor ? { rekor } : {}), ...(tsa ? { tsa } : {}) } } : {}),
    githubApi: parseBoolean('attestations-api', read('attestations-api'), false),
  }
}

function url(input: string, text: string): string | undefined {
  const t = text.trim()
  if (!t) return undefined
  let u: URL
  try {
    u = new URL(t)
  } catch {
    throw new InputError(input, t, 'give an http(s) URL, e.g. https://fulcio.example.com')
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new InputError(input, t, 'give an http(s) URL')
  return t.replace(/\/+$/, '')
}

/**
 * The instance actions/attest would pick: the public-good one (Fulcio and Rekor) for a public
 * repository, GitHub's (Fulcio and its timestamp authority, no public log) for any other.
 */
export function defaultEndpoints(visibility: string | undefined, serverUrl: string): SigstoreEndpoints {
  if (visibility === 'public') return { fulcio: 'https://fulcio.sigstore.dev', rekor: 'https://rekor.sigstore.dev' }
  const host = new URL(serverUrl).hostname
  const base = host === 'github.com' ? 'githubapp.com' : host
  return { fulcio: `https://fulcio.${base}`, tsa: `https://timestamp.${base}` }
}
