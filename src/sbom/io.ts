// The edge of the SBOM step: reads each binary's build information with `go version -m`, writes
// an SPDX document and an artifact manifest whose subject is the platform image into the layout.
import { getExecOutput } from '@actions/exec'
import { artifactManifest, emptyBlob } from '../lib/oci/artifact.js'
import { blobOf, type Descriptor } from '../lib/oci/descriptor.js'
import type { Layout } from '../lib/oci/layout-io.js'
import { parseBuildInfo } from './buildinfo.js'
import { type Sbom, SPDX_MEDIA_TYPE, spdxDocument } from './spdx.js'

export type { Sbom } from './spdx.js'

/** The empty config every SBOM manifest names: written once per layout, before any SBOM. */
export async function prepareSboms(layout: Layout): Promise<void> {
  await layout.putBlob(emptyBlob())
}

/** The binary's build information, as `go version -m` prints it (read while its layer compresses). */
export async function readBuildInfo(go: string, binary: string): Promise<string> {
  const out = await getExecOutput(go, ['version', '-m', binary], {
    silent: true,
    ignoreReturnCode: true,
    env: { ...process.env, GOTOOLCHAIN: 'local' } as Record<string, string>,
  })
  if (out.exitCode !== 0) throw new Error(`go version -m ${binary} failed: ${out.stderr.trim()}`)
  return out.stdout
}

/** The platform image an SBOM describes: its manifest (the referrers' subject) and platform's name. */
export interface SbomSubject {
  manifest: Descriptor
  platform: string
}

/** Attach the SPDX document made from that build information to the platform's image. */
export async function attachSbom(layout: Layout, img: SbomSubject, buildInfo: string, created: string): Promise<Sbom> {
  const doc = spdxDocument(parseBuildInfo(buildInfo), {
    manifestDigest: img.manifest.digest,
    platform: img.platform,
    created,
  })
  const sbom = blobOf(SPDX_MEDIA_TYPE, Buffer.from(JSON.stringify(doc)))
  await layout.putBlob(sbom)
  const annotations = { 'org.opencontainers.image.created': created }
  const manifest = artifactManifest(SPDX_MEDIA_TYPE, sbom.descriptor, img.manifest, annotations)
  await layout.putBlob(manifest)
  return {
    platform: img.platform,
    descriptor: { ...manifest.descriptor, artifactType: SPDX_MEDIA_TYPE, annotations },
    blobs: [sbom.descriptor, emptyBlob().descriptor],
  }
}
