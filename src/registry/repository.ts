// Blob and manifest operations on one repository of a registry (distribution-spec push flow).
import { PassThrough, type Readable } from 'node:stream'
import { trackSession } from '../cancel.js'
import { type Blob, type Descriptor, MediaType } from '../oci/descriptor.js'
import { type Digest, digestOf } from '../oci/digest.js'
import { repositoryScope } from './challenge.js'
import { header, type RegistryClient } from './client.js'
import { RegistryError, redactUrl } from './errors.js'

/** Where a blob's bytes come from: opened once per attempt, or per chunk. */
export interface BlobSource {
  size: number
  /** Bytes [start, end) of the blob. */
  open(start: number, end: number): Readable
}

export interface UploadOptions {
  /** Blobs up to this size go in one PUT; larger ones in PATCH chunks. */
  monolithicMax: number
  chunkSize: number
  /** How often a failed chunk is resumed from the registry's Range before the attempt fails. */
  chunkResumes: number
}

export const DEFAULT_UPLOAD: UploadOptions = { monolithicMax: 64 << 20, chunkSize: 32 << 20, chunkResumes: 3 }
export const MAX_MANIFEST_BYTES = 4 << 20

export const MANIFEST_TYPES = [
  MediaType.index,
  MediaType.manifest,
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
]

async function readAll(stream: Readable, limit = MAX_MANIFEST_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = []
  let n = 0
  for await (const c of stream) {
    n += (c as Buffer).byteLength
    if (n > limit) throw new Error(`a manifest over ${limit} bytes`)
    chunks.push(c as Buffer)
  }
  return Buffer.concat(chunks)
}

export type BlobOutcome = 'exists' | 'mounted' | 'uploaded'

export class Repository {
  constructor(
    readonly client: RegistryClient,
    readonly name: string,
    readonly upload: UploadOptions = DEFAULT_UPLOAD,
  ) {
    client.addScope(repositoryScope(name, ['push', 'pull']))
  }

  async hasBlob(digest: Digest, retry = true): Promise<boolean> {
    const res = await this.client.request({ method: 'HEAD', url: `/v2/${this.name}/blobs/${digest}`, expect: [200, 404], retry })
    await res.discard()
    return res.status === 200
  }

  /**
   * Push one blob: HEAD, else mount from a sibling repository, else upload. Runs as one unit
   * (inner requests do not retry); the caller retries the whole unit, which starts with the HEAD,
   * so a lost response to the final PUT is found to have succeeded.
   */
  async pushBlob(desc: Descriptor, source: BlobSource, mountFrom?: string): Promise<BlobOutcome> {
    if (await this.hasBlob(desc.digest, false)) return 'exists'
    let location: string | undefined
    if (mountFrom) {
      this.client.addScope(repositoryScope(mountFrom, ['pull']))
      const mount = await this.client
        .request({
          method: 'POST',
          url: `/v2/${this.name}/blobs/uploads/?mount=${desc.digest}&from=${mountFrom}`,
          headers: { 'Content-Length': '0' },
          expect: [201, 202],
          retry: false,
        })
        .catch(() => undefined) // Some registries refuse mounts (auth, unknown repo): upload instead.
      if (mount?.status === 201) {
        await mount.discard()
        return 'mounted'
      }
      if (mount) {
        await mount.discard()
        location = this.resolve(mount, header(mount, 'location'))
      }
    }
    let minChunk = 0
    if (!location) {
      const start = await this.client.request({
        method: 'POST',
        url: `/v2/${this.name}/blobs/uploads/`,
        headers: { 'Content-Length': '0' },
        expect: [202],
        retry: false,
      })
      await start.discard()
      location = this.resolve(start, header(start, 'location'))
      minChunk = Number(header(start, 'oci-chunk-min-length') ?? 0) || 0
    }
    const session = location
    const forget = trackSession({ cancel: () => this.cancel(session) })
    try {
      const done =
        source.size <= this.upload.monolithicMax
          ? await this.putMonolithic(location, desc, source)
          : await this.putChunked(location, desc, source, Math.max(this.upload.chunkSize, minChunk))
      this.checkDigest('PUT', done, desc.digest)
      return 'uploaded'
    } catch (e) {
      await this.cancel(location)
      throw e
    } finally {
      forget()
    }
  }

  private async putMonolithic(location: string, desc: Descriptor, source: BlobSource) {
    const res = await this.client.request({
      method: 'PUT',
      url: withDigest(location, desc.digest),
      headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(source.size) },
      body: () => source.open(0, source.size),
      expect: [201],
      retry: false,
    })
    await res.discard()
    return res
  }

  private async putChunked(location: string, desc: Descriptor, source: BlobSource, chunkSize: number) {
    let offset = 0
    let resumes = 0
    while (offset < source.size) {
      const end = Math.min(source.size, offset + chunkSize)
      const from = offset
      try {
        const res = await this.client.request({
          method: 'PATCH',
          url: location,
          headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(end - from), 'Content-Range': `${from}-${end - 1}` },
          body: () => source.open(from, end),
          expect: [202],
          retry: false,
        })
        await res.discard()
        location = this.resolve(res, header(res, 'location') ?? location)
        offset = end
      } catch (e) {
        if (resumes++ >= this.upload.chunkResumes) throw e
        // Ask the registry how much it has, and go on from there.
        const status = await this.client.request({ method: 'GET', url: location, expect: [204], retry: true })
        await status.discard()
        location = this.resolve(status, header(status, 'location') ?? location)
        offset = resumeOffset(header(status, 'range'), source.size)
      }
    }
    const res = await this.client.request({
      method: 'PUT',
      url: withDigest(location, desc.digest),
      headers: { 'Content-Length': '0' },
      expect: [201],
      retry: false,
    })
    await res.discard()
    return res
  }

  /** Abandoned upload sessions are cancelled; failures to cancel are ignored. */
  private async cancel(location: string): Promise<void> {
    await this.client
      .request({ method: 'DELETE', url: location, expect: [204, 202, 200, 404], retry: false, whenCancelled: true })
      .then((r) => r.discard())
      .catch(() => undefined)
  }

  /** PUT a manifest; returns the registry's OCI-Subject answer (set when it indexes referrers). */
  async putManifest(reference: string, manifest: Blob): Promise<{ subject?: string }> {
    const { descriptor, bytes } = manifest
    if (bytes.byteLength > MAX_MANIFEST_BYTES) {
      throw new RegistryError(
        'PUT',
        `/v2/${this.name}/manifests/${reference}`,
        undefined,
        [],
        false,
        `manifest ${descriptor.digest} is ${bytes.byteLength} bytes, over the 4 MiB registries accept`,
      )
    }
    const body = Buffer.from(bytes)
    const res = await this.client
      .request({
        method: 'PUT',
        url: `/v2/${this.name}/manifests/${reference}`,
        headers: { 'Content-Type': descriptor.mediaType, 'Content-Length': String(body.byteLength) },
        body: () => body,
        expect: [201, 200],
      })
      .catch((e: unknown) => {
        if (e instanceof RegistryError && e.status === 413) {
          throw new RegistryError(
            'PUT',
            e.url,
            413,
            e.codes,
            false,
            `the registry refused manifest ${descriptor.digest} (${bytes.byteLength} bytes) as too large (HTTP 413)`,
          )
        }
        throw e
      })
    await res.discard()
    this.checkDigest('PUT', res, descriptor.digest)
    const subject = header(res, 'oci-subject')
    return subject ? { subject } : {}
  }

  /** The digest a manifest reference resolves to, or undefined when it does not exist. */
  async manifestDigest(reference: string, accept: string[]): Promise<Digest | undefined> {
    const res = await this.client.request({
      method: 'HEAD',
      url: `/v2/${this.name}/manifests/${reference}`,
      headers: { Accept: accept.join(', ') },
      expect: [200, 404],
    })
    await res.discard()
    return res.status === 200 ? (header(res, 'docker-content-digest') as Digest | undefined) : undefined
  }

  /** A manifest or index by digest or tag, as stored bytes; its digest is checked when asked by digest. */
  async getManifest(reference: string): Promise<Blob | undefined> {
    const res = await this.client.request({
      method: 'GET',
      url: `/v2/${this.name}/manifests/${reference}`,
      headers: { Accept: MANIFEST_TYPES.join(', ') },
      expect: [200, 404],
    })
    if (res.status === 404) {
      await res.discard()
      return undefined
    }
    const bytes = await readAll(res.stream())
    const digest = digestOf(bytes)
    if (reference.startsWith('sha256:') && digest !== reference) {
      throw new RegistryError(
        'GET',
        `/v2/${this.name}/manifests/${reference}`,
        200,
        [],
        false,
        `${this.name}@${reference}: the registry returned content with digest ${digest}`,
      )
    }
    const mediaType = (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType ?? header(res, 'content-type') ?? MediaType.manifest
    return { descriptor: { mediaType, digest, size: bytes.byteLength }, bytes }
  }

  /** A blob's bytes as a source for another repository's upload (ranges by HTTP Range). */
  blobSource(digest: Digest, size: number): BlobSource {
    return {
      size,
      open: (start: number, end: number) => {
        const out = new PassThrough()
        this.client
          .request({
            method: 'GET',
            url: `/v2/${this.name}/blobs/${digest}`,
            headers: start > 0 || end < size ? { Range: `bytes=${start}-${end - 1}` } : {},
            expect: [200, 206],
          })
          .then((res) => res.stream().pipe(out))
          .catch((e: unknown) => out.destroy(e as Error))
        return out
      },
    }
  }

  /** Every tag in the repository (following Link pagination); none when it does not exist yet. */
  async listTags(): Promise<string[]> {
    const tags: string[] = []
    let url: string | undefined = `/v2/${this.name}/tags/list?n=1000`
    for (let page = 0; url && page < 100; page++) {
      const res: Awaited<ReturnType<RegistryClient['request']>> = await this.client.request({ method: 'GET', url, expect: [200, 404] })
      const body = await res.text()
      if (res.status === 404) return tags
      tags.push(...((JSON.parse(body) as { tags?: string[] | null }).tags ?? []))
      const next = /<([^>]+)>;\s*rel="?next"?/.exec(header(res, 'link') ?? '')?.[1]
      url = next ? new URL(next, res.url).toString() : undefined
    }
    return tags
  }

  private checkDigest(method: string, res: { headers: Record<string, unknown>; url: string }, expected: Digest): void {
    const got = header(res as never, 'docker-content-digest')
    if (got && got !== expected) {
      throw new RegistryError(method, redactUrl(res.url), undefined, [], false, `the registry stored ${got} where ${expected} was sent`)
    }
  }

  private resolve(res: { url: string }, location: string | undefined): string {
    if (!location) throw new RegistryError('POST', redactUrl(res.url), undefined, [], true, `${redactUrl(res.url)} answered without a Location`)
    return new URL(location, res.url).toString()
  }
}

/**
 * Where to resume from a `Range: 0-<last byte>` answer. distribution reports an empty upload as
 * `0-0` too; our chunks are far larger than one byte, so `0-0` means nothing was stored.
 */
export function resumeOffset(range: string | undefined, size: number): number {
  const m = /^(?:bytes=)?0-(\d+)$/.exec(range ?? '')
  const last = m ? Number(m[1]) : 0
  return last === 0 ? 0 : Math.min(last + 1, size)
}

/** Location URLs may carry state in their query: add digest= without disturbing it. */
function withDigest(location: string, digest: Digest): string {
  const u = new URL(location)
  u.searchParams.set('digest', digest)
  return u.toString()
}
