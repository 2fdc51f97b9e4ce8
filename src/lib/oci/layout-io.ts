// The OCI image layout on disk: `oci-layout`, `index.json`, `blobs/sha256/<hex>`.
// Blobs are written to a temporary name and renamed, so a crash never leaves a truncated blob
// under its digest; index.json is written last, so a layout without it was never finished.

import { createHash, randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { access, mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { type Blob, type Descriptor, MediaType } from './descriptor.js'
import { type Digest, digestHex } from './digest.js'
import { LayoutError } from './errors.js'
import type { BlobOutcome, BlobSource, ImageSink } from './store.js'

/** The OCI layout as a store to write to (the build's images, a base image's layers). */
export class OciLayout implements ImageSink {
  private constructor(
    readonly dir: string,
    /** True when this run created the directory, so a failed run may remove it. */
    readonly created: boolean,
  ) {}

  /** Open `dir` for writing: a new or empty directory, or an existing OCI layout. */
  static async open(dir: string): Promise<OciLayout> {
    let created = false
    try {
      const s = await stat(dir)
      if (!s.isDirectory()) throw new LayoutError(dir, 'exists and is not a directory')
      const names = await readdir(dir)
      if (names.length > 0 && !names.includes('oci-layout')) {
        throw new LayoutError(dir, 'is a non-empty directory that is not an OCI layout; give a new or empty directory')
      }
    } catch (e) {
      if (e instanceof LayoutError) throw e
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw wrap(dir, e)
      created = true
    }
    try {
      await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true })
      await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
    } catch (e) {
      throw wrap(dir, e)
    }
    return new OciLayout(dir, created)
  }

  get name(): string {
    return this.dir
  }

  /**
   * Stream a blob in under a temporary name, hashed on the way, and keep it only if it matches its
   * digest (a mismatch is temporary: the copy is retried).
   */
  async pushBlob(descriptor: Descriptor, source: BlobSource): Promise<BlobOutcome> {
    const path = this.blobPath(descriptor.digest)
    if (
      await access(path).then(
        () => true,
        () => false,
      )
    )
      return 'exists'
    const tmp = this.tempPath()
    const hash = createHash('sha256')
    const tap = new Transform({
      transform(c: Buffer, _e, done) {
        hash.update(c)
        done(null, c)
      },
    })
    try {
      await pipeline(source.open(0, source.size), tap, createWriteStream(tmp))
      const got = `sha256:${hash.digest('hex')}`
      if (got !== descriptor.digest)
        throw Object.assign(new Error(`blob ${descriptor.digest} arrived as ${got}`), { temporary: true })
    } catch (e) {
      await rm(tmp, { force: true })
      throw e
    }
    await this.commit(tmp, descriptor.digest)
    return 'uploaded'
  }

  /** Manifests are blobs here; only index.json names a reference (writeIndex). */
  async putManifest(_reference: string, manifest: Blob): Promise<void> {
    await this.putBlob(manifest)
  }

  blobPath(digest: Digest): string {
    return join(this.dir, 'blobs', 'sha256', digestHex(digest))
  }

  /** A fresh temporary path inside the blobs directory (same file system, so rename is atomic). */
  tempPath(): string {
    return join(this.dir, 'blobs', 'sha256', `.tmp-${randomBytes(8).toString('hex')}`)
  }

  /** Move a fully written temporary file to its digest name. */
  async commit(tempPath: string, digest: Digest): Promise<void> {
    try {
      await rename(tempPath, this.blobPath(digest))
    } catch (e) {
      await rm(tempPath, { force: true })
      throw wrap(this.dir, e)
    }
  }

  async putBlob(blob: Blob): Promise<void> {
    const tmp = this.tempPath()
    try {
      const fh = await open(tmp, 'w')
      try {
        await fh.writeFile(blob.bytes)
        await fh.sync()
      } finally {
        await fh.close()
      }
    } catch (e) {
      await rm(tmp, { force: true })
      throw wrap(this.dir, e)
    }
    await this.commit(tmp, blob.descriptor.digest)
  }

  /** Write index.json naming the top-level manifests. This marks the layout complete. */
  async writeIndex(manifests: Descriptor[]): Promise<void> {
    const index = { schemaVersion: 2, mediaType: MediaType.index, manifests }
    // A new file renamed over the old: a reader (or a crash) sees the old index or the new, whole.
    const tmp = join(this.dir, `.index.json.${randomBytes(6).toString('hex')}`)
    try {
      await writeFile(tmp, JSON.stringify(index))
      await rename(tmp, join(this.dir, 'index.json'))
    } catch (e) {
      await rm(tmp, { force: true })
      throw wrap(this.dir, e)
    }
  }

  /** A write error as a LayoutError naming this layout (disk full, permissions). */
  error(e: unknown): LayoutError {
    return e instanceof LayoutError ? e : wrap(this.dir, e)
  }

  /** Undo a failed run: remove the directory if this run created it. */
  async discard(): Promise<void> {
    if (this.created) await rm(this.dir, { recursive: true, force: true })
  }
}

function wrap(dir: string, e: unknown): LayoutError {
  const err = e as NodeJS.ErrnoException
  const why =
    err.code === 'ENOSPC' ? 'no space left on device' : err.code === 'EACCES' ? 'permission denied' : err.message
  return new LayoutError(dir, `cannot write: ${why}`, { cause: e })
}
