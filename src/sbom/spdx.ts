// An SPDX 2.3 JSON document from a binary's build information: the main module, every
// dependency with its version, its h1: hash as a SHA256 checksum and a pkg:golang purl, and the
// Go standard library. Deterministic: the namespace and time come from the image, not the clock.
import type { Descriptor } from '../lib/oci/descriptor.js'
import type { BuildInfo, GoModule } from './buildinfo.js'

export const SPDX_MEDIA_TYPE = 'application/spdx+json'

function spdxId(prefix: string, name: string): string {
  return `SPDXRef-${prefix}-${name.replace(/[^A-Za-z0-9.-]/g, '-')}`
}

function purl(path: string, version: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/')
  return `pkg:golang/${encoded}${version && version !== '(devel)' ? `@${encodeURIComponent(version)}` : ''}`
}

/** go.sum's `h1:<base64 sha256>` as hex, the form SPDX checksums take. */
export function h1ToHex(sum: string | undefined): string | undefined {
  if (!sum?.startsWith('h1:')) return undefined
  const bytes = Buffer.from(sum.slice(3), 'base64')
  return bytes.byteLength === 32 ? bytes.toString('hex') : undefined
}

function pkg(prefix: string, m: GoModule, extra: Record<string, unknown> = {}) {
  const hex = h1ToHex(m.sum)
  return {
    SPDXID: spdxId(prefix, `${m.path}-${m.version}`),
    name: m.path,
    versionInfo: m.version,
    downloadLocation:
      m.version && m.version !== '(devel)'
        ? `https://proxy.golang.org/${escapePath(m.path)}/@v/${escapePath(m.version)}.zip`
        : 'NOASSERTION',
    filesAnalyzed: false,
    ...(hex ? { checksums: [{ algorithm: 'SHA256', checksumValue: hex }] } : {}),
    externalRefs: [
      { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl(m.path, m.version) },
    ],
    ...extra,
  }
}

export interface SbomSubject {
  /** The platform image manifest the SBOM describes. */
  manifestDigest: string
  platform: string
  /** RFC 3339 commit time. */
  created: string
}

export function spdxDocument(info: BuildInfo, subject: SbomSubject): object {
  const main = pkg(
    'Package',
    { ...info.main, path: info.main.path || info.path },
    {
      primaryPackagePurpose: 'APPLICATION',
      comment:
        `${info.path} for ${subject.platform}, built with ${info.goVersion}; build settings: ` +
        `${info.settings.map(([k, v]) => (v ? `${k}=${v}` : k)).join(' ')}`,
    },
  )
  const stdlib = pkg('Package', { path: 'stdlib', version: info.goVersion.replace(/^go/, 'v') })
  const deps = [...info.deps]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((d) => pkg('Package', d))
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${info.path} ${subject.platform}`,
    documentNamespace: `https://build-go-image.invalid/spdx/${subject.manifestDigest}`,
    creationInfo: { created: subject.created, creators: ['Tool: build-go-image'] },
    packages: [main, stdlib, ...deps],
    relationships: [
      { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: main.SPDXID },
      ...[stdlib, ...deps].map((d) => ({
        spdxElementId: main.SPDXID,
        relationshipType: 'DEPENDS_ON',
        relatedSpdxElement: d.SPDXID,
      })),
    ],
  }
}

/**
 * The module proxy's case encoding (golang.org/x/mod/module.EscapePath): each upper-case letter
 * becomes '!' and its lower case, so paths differing only in case stay distinct on any file system.
 */
export function escapePath(path: string): string {
  return path.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`)
}

export interface Sbom {
  platform: string
  /** The artifact manifest, with its artifactType, as index entries carry it. */
  descriptor: Descriptor
  /** The blobs its manifest names: the SPDX document and the empty config. */
  blobs: Descriptor[]
}
