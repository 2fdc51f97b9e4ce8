// What a run attests, and how the bundles attach: one provenance statement over the top and every
// platform manifest (signed once, attached to each), and one SBOM statement per platform. Pure.
import type { Descriptor } from '../lib/oci/descriptor.js'
import { bundleReferrer, type Referrer } from './referrer.js'
import {
  type Claims,
  provenancePredicate,
  SLSA_PROVENANCE_V1,
  SPDX_DOCUMENT,
  type Statement,
  statement,
  subjectOf,
} from './statement.js'

export interface AttestSubject {
  /** The top (an index, or the one manifest), then the platform manifests. */
  manifests: Descriptor[]
  /** `registry/repository`, the subjects' name. */
  name: string
  /** Each platform manifest's SPDX document, when SBOMs are made. */
  sboms: { manifest: Descriptor; document: unknown }[]
}

export interface Signing {
  kind: 'provenance' | 'sbom'
  statement: Statement
  /** The manifests its bundle attaches to. */
  attachTo: Descriptor[]
}

/** Every statement to sign, with where its bundle goes. */
export function signings(what: AttestSubject, claims: Claims, serverUrl: string): Signing[] {
  const unique = what.manifests.filter((m, i) => what.manifests.findIndex((n) => n.digest === m.digest) === i)
  const provenance: Signing = {
    kind: 'provenance',
    statement: statement(
      unique.map((m) => subjectOf(what.name, m)),
      SLSA_PROVENANCE_V1,
      provenancePredicate(claims, serverUrl),
    ),
    attachTo: unique,
  }
  const sboms = what.sboms.map(
    (s): Signing => ({
      kind: 'sbom',
      statement: statement([subjectOf(what.name, s.manifest)], SPDX_DOCUMENT, s.document),
      attachTo: [s.manifest],
    }),
  )
  return [provenance, ...sboms]
}

export interface Attached {
  referrers: Referrer[]
  /** Subject digest -> { provenance, sbom } referrer digests (the `attestations` output). */
  bySubject: Record<string, Record<string, string>>
}

/** The referrers for signed bundles (bundles[i] signs signings[i]). */
export function attach(plan: Signing[], bundles: string[], created: string): Attached {
  const referrers: Referrer[] = []
  const bySubject: Record<string, Record<string, string>> = {}
  for (const [i, s] of plan.entries()) {
    for (const subject of s.attachTo) {
      const r = bundleReferrer(bundles[i] as string, subject, s.statement.predicateType, created)
      referrers.push(r)
      bySubject[subject.digest] = { ...bySubject[subject.digest], [s.kind]: r.descriptor.digest }
    }
  }
  return { referrers, bySubject }
}
