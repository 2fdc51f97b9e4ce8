// The edge of the SBOM step: reads each binary's build information (from its ELF file, or with
// `go version -m` where that cannot), writes an SPDX document and an artifact manifest whose
// subject is the platform image into the layout.
import { open } from 'node:fs/promises'
import { getExecOutput } from '@actions/exec'
import { artifactManifest, emptyBlob } from '../lib/oci/artifact.js'
import { blobOf, type Descriptor } from '../lib/oci/descriptor.js'
import type { Layout } from '../lib/oci/layout-io.js'
import { parseBuildInfo } from './buildinfo.js'
import { ELF_HEADER_BYTES, elfHeader, goBuildInfo, sectionNamed, sections, versionText } from './elf-buildinfo.js'
import { type Sbom, SPDX_MEDIA_TYPE, spdxDocument } from './spdx.js'

export type { Sbom } from './spdx.js'

/** The empty config every SBOM manifest names: written once per layout, before any SBOM. */
export async function prepareSboms(layout: Layout): Promise<void> {
  await layout.putBlob(emptyBlob())
}

/** The binary's build information, as `go version -m` prints it (read while its layer compresses). */
export async function readBuildInfo(go: string, binary: string): Promise<string> {
  const info = await fromElf(binary)
  if (info) return versionText(binary, info)
  // Not ELF, or a Go before 1.18 wrote it: Go reads its own.
  const out = await getExecOutput(go, ['version', '-m', binary], {
    silent: true,
    ignoreReturnCode: true,
    env: { ...process.env, GOTOOLCHAIN: 'local' } as Record<string, string>,
  })
  if (out.exitCode !== 0) throw new Error(`go version -m ${binary} failed: ${out.stderr.trim()}`)
  return out.stdout
}

/** The build information in the binary's `.go.buildinfo` section; undefined where it is not found. */
async function fromElf(binary: string): Promise<ReturnType<typeof goBuildInfo>> {
  const file = await open(binary)
  try {
    const read = async (at: number, length: number) => {
      const { buffer, bytesRead } = await file.read(Buffer.alloc(length), 0, length, at)
      return buffer.subarray(0, bytesRead)
    }
    const h = elfHeader(await read(0, ELF_HEADER_BYTES))
    if (!h || h.sectionCount === 0 || h.sectionCount * h.sectionSize > 1 << 20) return undefined
    const all = sections(await read(h.sectionsAt, h.sectionCount * h.sectionSize), h)
    const names = all[h.namesIndex]
    if (!names || names.size > 1 << 20) return undefined
    const section = sectionNamed(all, await read(names.offset, names.size), '.go.buildinfo')
    if (!section || section.size > 1 << 20) return undefined
    return goBuildInfo(await read(section.offset, section.size))
  } finally {
    await file.close()
  }
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
  const annotations = { 'org.opencontainers.image.created': created }
  const manifest = artifactManifest(SPDX_MEDIA_TYPE, sbom.descriptor, img.manifest, annotations)
  await Promise.all([layout.putBlob(sbom), layout.putBlob(manifest)])
  return {
    platform: img.platform,
    descriptor: { ...manifest.descriptor, artifactType: SPDX_MEDIA_TYPE, annotations },
    blobs: [sbom.descriptor, emptyBlob().descriptor],
  }
}
