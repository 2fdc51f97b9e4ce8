// The attest stage: after the image is assembled and before anything names it in a registry, sign
// what it is and put the bundles into the layout as referrers; the push then sends them before
// any tag moves.
import * as core from '@actions/core'
import type { ImageAssembly, LayoutImage } from '../image/io.js'
import type { Descriptor } from '../lib/oci/descriptor.js'
import { type Attestations, attestImage } from './io.js'
import type { AttestSettings } from './settings.js'

/** attest: false, or auto in a job with no OIDC token (a notice; attest: true without one failed with the inputs). */
function willSign(settings: AttestSettings, env: NodeJS.ProcessEnv, what: string): boolean {
  if (settings.mode === 'false') return false
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) return true
  core.notice(`attest: the job has no OIDC token (permissions: id-token: write signs it); the ${what} is unsigned`)
  return false
}

export async function attest(
  settings: AttestSettings,
  image: LayoutImage,
  layout: ImageAssembly,
  subjectName: string,
  env: NodeJS.ProcessEnv,
): Promise<Attestations | undefined> {
  if (!willSign(settings, env, 'image')) return undefined
  const source = layout.source
  const sboms = await Promise.all(
    image.sboms.map(async (s) => {
      const platform = image.images.find((i) => i.binary.platform.name === s.platform)
      const doc = s.blobs[0]
      if (!platform || !doc) throw new Error(`the SBOM of ${s.platform} names no image`)
      return {
        manifest: platform.manifest,
        document: JSON.parse(Buffer.from(await source.readBlob(doc.digest)).toString()),
      }
    }),
  )
  const manifests = [image.top, ...image.images.map((i) => i.manifest)]
  const attested = await attestImage(settings, { manifests, name: subjectName.toLowerCase(), sboms }, env)
  if (attested) await layout.attach(attested.referrers)
  return attested
}

/** A merge job's index, signed before it is pushed (its platform images were attested by their jobs). */
export async function attestIndex(
  settings: AttestSettings,
  index: Descriptor,
  subjectName: string,
  env: NodeJS.ProcessEnv,
): Promise<Attestations | undefined> {
  if (!willSign(settings, env, 'index')) return undefined
  return attestImage(settings, { manifests: [index], name: subjectName.toLowerCase(), sboms: [] }, env)
}
