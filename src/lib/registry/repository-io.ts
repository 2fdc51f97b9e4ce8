// Blob and manifest operations on one repository of a registry (distribution-spec push flow).
// A Repository is opened for reading (pull scope) or writing (push,pull): every request it makes
// asks for exactly that, so reading a public base image never asks for push rights.
import { PassThrough } from 'node:stream'
import { type Blob, type Descriptor, MANIFEST_TYPES, MediaType } from '../oci/descriptor.js'
import { type Digest, digestOf, isDigest } from '../oci/digest.js'
import { parseManifest } from '../oci/parse.js'
import type { BlobOutcome, BlobSource, ImageSink, ImageSource } from '../oci/store.js'
import { header, type RegistryClient } from './client-io.js'
import { RegistryError, redactUrl } from './errors.js'
import { type Access, repositoryScope } from './scope.js'
import { DEFAULT_UPLOAD, resolveLocation, type UploadOptions, uploadInto } from './upload-io.js'

export type { BlobOutcome, BlobSource } from '../oci/store.js'
export type { UploadOptions } from './upload-io.js'

export const MAX_MANIFEST_BYTES = 4 << 20

export interface RepositoryOptions {
  access: Access
  upload?: UploadOptions
}

/** A registry repository as a store: what is read from it and written to it. */
export class Repository implements ImageSource, ImageSink {
  readonly scopes: string[]
  readonly upload: UploadOptions
  private noReferrersApi = false

  constructor(
    readonly client: RegistryClient,
    readonly name: string,
    opts: RepositoryOptions = { access: 'pull' },
  ) {
    this.scopes = [repositoryScope(name, opts.access)]
    this.upload = opts.upload ?? DEFAULT_UPLOAD
  }

  async hasBlob(digest: Digest, retry = true): Promise<boolean> {
    const res = await this.client.request({
      method: 'HEAD',
      url: `/v2/${this.name}/blobs/${digest}`,
      scopes: this.scopes,
      expect: [200, 404],
      retry,
    })
    await res.discard()
    return res.status === 200
  }

  /**
   * Push one blob: HEAD, else mount from a sibling repository, else upload. Runs as one unit
   * (inner requests do not retry); the caller retries the whole unit, which starts with the HEAD,
   * so a lost response to the final PUT is found to have succeeded, and a lost session is
   * replaced by a new one.
   */
  async pushBlob(desc: Descriptor, source: BlobSource, mountFrom?: string): Promise<BlobOutcome> {
    if (await this.hasBlob(desc.digest, false)) return 'exists'
    let location: string | undefined
    if (mountFrom) {
      const mount = await this.client
        .request({
          method: 'POST',
          url: `/v2/${this.name}/blobs/uploads/?mount=${desc.digest}&from=${mountFrom}`,
          scopes: [...this.scopes, repositoryScope(mountFrom, 'pull')],
          headers: { 'Content-Length': '0' },
          expect: [201, 202],
          retry: false,
        })
        // A registry may refuse a mount with any answer (auth, an unknown repository, a 5xx from a
        // registry that cannot mount): upload instead. A registry not reached at all did not
        // refuse: that is the push's failure, retried as one.
        .catch((e: unknown) => {
          if (e instanceof RegistryError && e.status !== undefined) return undefined
          throw e
        })
      if (mount?.status === 201) {
        await mount.discard()
        return 'mounted'
      }
      if (mount) {
        // 202: the registry did not mount (ECR, unless a manifest there names the blob): upload here.
        await mount.discard()
        location = resolveLocation(mount, header(mount, 'location'))
      }
    }
    let minChunk = 0
    if (!location) {
      const start = await this.client.request({
        method: 'POST',
        url: `/v2/${this.name}/blobs/uploads/`,
        scopes: this.scopes,
        headers: { 'Content-Length': '0' },
        expect: [202],
        retry: false,
      })
      await start.discard()
      location = resolveLocation(start, header(start, 'location'))
      minChunk = Number(header(start, 'oci-chunk-min-length') ?? 0) || 0
    }
    const session = location
    const forget = this.client.cancellation.track({ cancel: () => this.cancel(session) })
    try {
      const done = await uploadInto(
        { client: this.client, scopes: this.scopes, opts: this.upload, minChunk },
        location,
        desc,
        source,
      )
      this.checkDigest('PUT', done, desc.digest)
      return 'uploaded'
    } catch (e) {
      await this.cancel(location)
      throw e
    } finally {
      forget()
    }
  }

  /** Abandoned upload sessions are cancelled; failures to cancel are ignored. */
  private async cancel(location: string): Promise<void> {
    await this.client
      .request({
        method: 'DELETE',
        url: location,
        scopes: this.scopes,
        expect: [204, 202, 200, 404, 405],
        retry: false,
        whenCancelled: true,
      })
      .then((r) => r.discard())
      .catch(() => undefined)
  }

  /** PUT a manifest (its OCI-Subject answer is not trusted: publish asks the referrers API). */
  async putManifest(reference: string, manifest: Blob): Promise<void> {
    const { descriptor, bytes } = manifest
    if (bytes.byteLength > MAX_MANIFEST_BYTES) {
      throw new RegistryError({
        method: 'PUT',
        url: `/v2/${this.name}/manifests/${reference}`,
        temporary: false,
        message: `manifest ${descriptor.digest} is ${bytes.byteLength} bytes, over the 4 MiB registries accept`,
      })
    }
    const body = Buffer.from(bytes)
    const res = await this.client
      .request({
        method: 'PUT',
        url: `/v2/${this.name}/manifests/${reference}`,
        scopes: this.scopes,
        headers: { 'Content-Type': descriptor.mediaType, 'Content-Length': String(body.byteLength) },
        body: () => body,
        expect: [201, 200],
      })
      .catch((e: unknown) => {
        if (e instanceof RegistryError && e.status === 413) {
          throw new RegistryError({
            method: 'PUT',
            url: e.url,
            status: 413,
            codes: e.codes,
            temporary: false,
            message:
              `the registry refused manifest ${descriptor.digest} (${bytes.byteLength} bytes) as too large ` +
              '(HTTP 413)',
          })
        }
        throw e
      })
    await res.discard()
    this.checkDigest('PUT', res, descriptor.digest)
  }

  /** The digest a manifest reference resolves to, or undefined when it does not exist. */
  async manifestDigest(reference: string, accept: string[]): Promise<Digest | undefined> {
    const res = await this.client.request({
      method: 'HEAD',
      url: `/v2/${this.name}/manifests/${reference}`,
      scopes: this.scopes,
      headers: { Accept: accept.join(', ') },
      expect: [200, 404],
    })
    await res.discard()
    const digest = header(res, 'docker-content-digest')
    return res.status === 200 && isDigest(digest) ? digest : undefined
  }

  /** A manifest or index by digest or tag, as stored bytes; its digest is checked when asked by digest. */
  async getManifest(reference: string): Promise<Blob | undefined> {
    const { res, bytes } = await this.client.requestBytes(
      {
        method: 'GET',
        url: `/v2/${this.name}/manifests/${reference}`,
        scopes: this.scopes,
        headers: { Accept: MANIFEST_TYPES.join(', ') },
        expect: [200, 404],
      },
      MAX_MANIFEST_BYTES,
    )
    if (res.status === 404) return undefined
    const digest = digestOf(bytes)
    if (reference.startsWith('sha256:') && digest !== reference) {
      throw new RegistryError({
        method: 'GET',
        url: `/v2/${this.name}/manifests/${reference}`,
        status: 200,
        temporary: false,
        message: `${this.name}@${reference}: the registry returned content with digest ${digest}`,
      })
    }
    // Checked here, so nothing downstream follows a descriptor a registry made up.
    const served = header(res, 'content-type')?.split(';')[0]?.trim() || MediaType.manifest
    const blob = { descriptor: { mediaType: served, digest, size: bytes.byteLength }, bytes }
    return { ...blob, descriptor: { ...blob.descriptor, mediaType: parseManifest(blob).mediaType } }
  }

  /** A small blob (an image config), checked against its digest. */
  async readBlob(digest: Digest): Promise<Buffer> {
    const { res, bytes } = await this.client.requestBytes(
      { method: 'GET', url: `/v2/${this.name}/blobs/${digest}`, scopes: this.scopes, expect: [200] },
      MAX_MANIFEST_BYTES,
    )
    if (digestOf(bytes) !== digest)
      throw new RegistryError({
        method: 'GET',
        url: redactUrl(res.url),
        status: 200,
        temporary: true,
        message: `${this.name}@${digest}: the registry returned content with digest ${digestOf(bytes)}`,
      })
    return bytes
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
            scopes: this.scopes,
            headers: start > 0 || end < size ? { Range: `bytes=${start}-${end - 1}` } : {},
            expect: [200, 206],
            // The copy that reads it retries as one unit (client-io.ts's table).
            retry: false,
          })
          .then((res) => {
            // pipe() passes no error on: a cut body must fail `out`, or its reader waits forever.
            const body = res.stream()
            body.on('error', (e) => out.destroy(e))
            body.pipe(out)
          })
          .catch((e: unknown) => out.destroy(e as Error))
        return out
      },
    }
  }

  /**
   * What the referrers API lists for a subject, or undefined when the registry has none (404,
   * or an answer that is not an index: some registries answer a false 200). A registry that has
   * none is not asked again (the spec forbids a 404 from one that has it).
   */
  async referrers(subject: Digest): Promise<Descriptor[] | undefined> {
    if (this.noReferrersApi) return undefined
    const { res, bytes } = await this.client.requestBytes({
      method: 'GET',
      url: `/v2/${this.name}/referrers/${subject}`,
      scopes: this.scopes,
      headers: { Accept: MediaType.index },
      expect: [200, 404, 400, 405, 501],
    })
    if (res.status !== 200) {
      this.noReferrersApi = true
      return undefined
    }
    try {
      const index = parseManifest({
        descriptor: { mediaType: MediaType.index, digest: digestOf(bytes), size: 0 },
        bytes,
      })
      return index.kind === 'index' ? index.manifests : undefined
    } catch {
      return undefined
    }
  }

  /** Every tag in the repository (following Link pagination); none when it does not exist yet. */
  async listTags(): Promise<string[]> {
    const tags: string[] = []
    let url: string | undefined = `/v2/${this.name}/tags/list?n=1000`
    for (let page = 0; url && page < 100; page++) {
      const { res, bytes } = await this.client.requestBytes({
        method: 'GET',
        url,
        scopes: this.scopes,
        expect: [200, 404],
      })
      if (res.status === 404) return tags
      tags.push(...((JSON.parse(bytes.toString('utf8')) as { tags?: string[] | null }).tags ?? []))
      const next = /<([^>]+)>;\s*rel="?next"?/.exec(header(res, 'link') ?? '')?.[1]
      url = next ? new URL(next, res.url).toString() : undefined
    }
    return tags
  }

  private checkDigest(method: string, res: { headers: Record<string, unknown>; url: string }, expected: Digest): void {
    const got = header(res as never, 'docker-content-digest')
    if (got && got !== expected) {
      throw new RegistryError({
        method,
        url: redactUrl(res.url),
        temporary: false,
        message: `the registry stored ${got} where ${expected} was sent`,
      })
    }
  }
}
