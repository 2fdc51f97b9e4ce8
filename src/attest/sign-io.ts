// Keyless signing with Sigstore (@sigstore/sign: @actions/attest fixes its endpoints): a
// short-lived Fulcio certificate for the job's OIDC token, witnessed by Rekor and/or a timestamp
// authority, over a DSSE envelope; the result is a Sigstore bundle v0.3, as JSON.
import type { DSSEBundleBuilder, Witness } from '@sigstore/sign'
import type { SigstoreEndpoints } from './settings.js'
import { INTOTO_PAYLOAD_TYPE, type Statement } from './statement.js'

const TIMEOUT_MS = 15_000
const RETRIES = 2

// The Sigstore libraries (about 1 MB bundled) load only when a run signs, not at every start-up.
// Both are CommonJS: bundled, a dynamic import gives their exports as `default` only.
const commonJs = <T>(m: T): T => (m as { default?: T }).default ?? m
const signLib = async () => commonJs(await import('@sigstore/sign'))
const bundleLib = async () => commonJs(await import('@sigstore/bundle'))

export class Signer {
  private constructor(private readonly builder: DSSEBundleBuilder) {}

  static async open(token: string, endpoints: SigstoreEndpoints): Promise<Signer> {
    const { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness } = await signLib()
    const witnesses: Witness[] = []
    const fetchOpts = { timeout: TIMEOUT_MS, retry: RETRIES }
    if (endpoints.rekor) witnesses.push(new RekorWitness({ rekorBaseURL: endpoints.rekor, ...fetchOpts }))
    if (endpoints.tsa) witnesses.push(new TSAWitness({ tsaBaseURL: endpoints.tsa, ...fetchOpts }))
    const signer = new FulcioSigner({
      identityProvider: { getToken: async () => token },
      fulcioBaseURL: endpoints.fulcio,
      ...fetchOpts,
    })
    return new Signer(new DSSEBundleBuilder({ signer, witnesses }))
  }

  /** The statement signed, as a bundle's JSON text. */
  async sign(statement: Statement): Promise<string> {
    const bundle = await this.builder.create({
      data: Buffer.from(JSON.stringify(statement)),
      type: INTOTO_PAYLOAD_TYPE,
    })
    return JSON.stringify((await bundleLib()).bundleToJSON(bundle))
  }
}
