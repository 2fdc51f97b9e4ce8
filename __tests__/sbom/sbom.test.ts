import { describe, expect, test } from 'vitest'
import { addToFallbackIndex, artifactManifest, emptyBlob, fallbackTag } from '../../src/lib/oci/artifact.js'
import { MediaType } from '../../src/lib/oci/descriptor.js'
import type { Digest } from '../../src/lib/oci/digest.js'
import { parseBuildInfo } from '../../src/sbom/buildinfo.js'
import { escapePath, h1ToHex, spdxDocument } from '../../src/sbom/spdx.js'

// Real `go version -m` output of examples/hello, plus a replaced module.
const OUTPUT = `/tmp/hello: go1.26.8
\tpath\texample.com/hello
\tmod\texample.com/hello\t(devel)\t
\tdep\tgithub.com/google/uuid\tv1.6.0\th1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=
\tdep\tgolang.org/x/text\tv0.3.0
\t=>\tgolang.org/x/text\tv0.14.0\th1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=
\tbuild\t-buildmode=exe
\tbuild\t-trimpath=true
\tbuild\tCGO_ENABLED=0
\tbuild\tGOARCH=arm64
`

describe('SBOM', () => {
  const info = parseBuildInfo(OUTPUT)

  test('build info: main, deps (replacements applied), settings', () => {
    expect(info.goVersion).toBe('go1.26.8')
    expect(info.path).toBe('example.com/hello')
    expect(info.deps).toEqual([
      { path: 'github.com/google/uuid', version: 'v1.6.0', sum: 'h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=' },
      { path: 'golang.org/x/text', version: 'v0.14.0', sum: 'h1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=' },
    ])
    expect(info.settings).toContainEqual(['CGO_ENABLED', '0'])
    expect(() => parseBuildInfo('not a binary')).toThrow(/no build information/)
  })

  test('SPDX 2.3: packages with purls and h1 checksums, relationships, deterministic', () => {
    const subject = {
      manifestDigest: `sha256:${'a'.repeat(64)}`,
      platform: 'linux/arm64',
      created: '2024-05-01T10:00:00Z',
    }
    const doc = spdxDocument(info, subject) as any
    expect(doc).toMatchObject({
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      documentNamespace: `https://build-go-image.invalid/spdx/sha256:${'a'.repeat(64)}`,
      creationInfo: { created: '2024-05-01T10:00:00Z' },
    })
    expect(doc.packages.map((p: any) => p.externalRefs[0].referenceLocator)).toEqual([
      'pkg:golang/example.com/hello',
      'pkg:golang/stdlib@v1.26.8',
      'pkg:golang/github.com/google/uuid@v1.6.0',
      'pkg:golang/golang.org/x/text@v0.14.0',
    ])
    expect(doc.packages[2].checksums[0].checksumValue).toBe(h1ToHex('h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0='))
    expect(doc.relationships[0]).toEqual({
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: doc.packages[0].SPDXID,
    })
    expect(doc.relationships).toHaveLength(4)
    expect(JSON.stringify(spdxDocument(info, subject))).toBe(JSON.stringify(doc))
  })

  test('module paths and versions in the module proxy case encoding', () => {
    expect(escapePath('github.com/BurntSushi/toml')).toBe('github.com/!burnt!sushi/toml')
    expect(escapePath('github.com/Azure/azure-sdk-for-go')).toBe('github.com/!azure/azure-sdk-for-go')
    expect(escapePath('v1.0.0-RC1')).toBe('v1.0.0-!r!c1')
    expect(escapePath('golang.org/x/text')).toBe('golang.org/x/text')
  })

  test('artifact manifest: empty config, artifactType, subject; fallback tag and index', () => {
    const subject = { mediaType: MediaType.manifest, digest: `sha256:${'b'.repeat(64)}` as Digest, size: 500 }
    const layer = { mediaType: 'application/spdx+json', digest: `sha256:${'c'.repeat(64)}` as Digest, size: 10 }
    const m = JSON.parse(
      Buffer.from(artifactManifest('application/spdx+json', layer, subject, { a: '1' }).bytes).toString(),
    )
    expect(m.config).toEqual({
      mediaType: 'application/vnd.oci.empty.v1+json',
      digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      size: 2,
    })
    expect(emptyBlob().descriptor.digest).toBe(m.config.digest)
    expect(m.subject).toEqual(subject)
    expect(fallbackTag(subject.digest)).toBe(`sha256-${'b'.repeat(64)}`)
    const entry = {
      ...subject,
      digest: `sha256:${'d'.repeat(64)}` as Digest,
      artifactType: 'application/spdx+json',
      annotations: { x: 'y' },
    }
    const idx = addToFallbackIndex({ manifests: [{ ...entry, digest: `sha256:${'e'.repeat(64)}` as Digest }] }, entry)!
    expect(JSON.parse(Buffer.from(idx.bytes).toString()).manifests).toHaveLength(2)
    expect(addToFallbackIndex(JSON.parse(Buffer.from(idx.bytes).toString()), entry)).toBeUndefined()
  })
})
