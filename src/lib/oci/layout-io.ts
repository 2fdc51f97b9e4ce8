// The OCI image layout on disk: `oci-layout`, `index.json`, `blobs/sha256/<hex>`, as one store to
// write to and read from (the build's images, a base image's layers, a kept layer adopted; the push
// and the archive read it back). Blobs are written to a temporary name and renamed, so a crash never
// leaves a truncated blob under its digest; index.json is written last, so a layout without it was
// never finished.

import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { access, copyFile, link, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { type Blob, type Descriptor, MediaType } from './descriptor.js'
import { type Digest, digestHex, digestOf, isDigest } from './digest.js'
import { LayoutError } from './errors.js'
import { parseManifest } from './parse.js'
import {
  type BlobOutcome,
  type BlobSource,
  type ImageContent,
  type ImageSink,
  type ImageSource,
  readContent,
} from './store.js'

export class Layout implements ImageSink, ImageSource {
  private constructor(
    readonly dir: string,
    /** True when this run created the directory, so a failed run may remove it. */
    readonly created: boolean,
  ) {}

  /** An existing layout, to read (nothing is created; a failed read names what is missing). */
  static at(dir: string): Layout {
    return new Layout(dir, false)
  }

  /** Open `dir` for writing: a new or empty directory, or an existing OCI layout. */
  static async open(dir: string): Promise<Layout> {
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
    return new Layout(dir, created)
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

  /**
   * Take in a file written elsewhere (a kept layer) as the blob `digest`: linked when on one file
   * system, else copied, and kept only if its bytes are that digest. False when they are not.
   */
  async adopt(file: string, digest: Digest): Promise<boolean> {
    const tmp = this.tempPath()
    try {
      await link(file, tmp).catch(() => copyFile(file, tmp))
      const hash = createHash('sha256')
      await pipeline(createReadStream(tmp, { highWaterMark: 1 << 20 }), hash)
      if (`sha256:${hash.digest('hex')}` !== digest) {
        await rm(tmp, { force: true })
        return false
      }
    } catch (e) {
      await rm(tmp, { force: true })
      throw wrap(this.dir, e)
    }
    await this.commit(tmp, digest)
    return true
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

  /** A manifest by digest (a layout names tags only in index.json), checked; undefined if absent. */
  async getManifest(reference: string): Promise<Blob | undefined> {
    if (!isDigest(reference)) return undefined
    const bytes = await readFile(this.blobPath(reference)).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined
      throw e
    })
    if (!bytes) return undefined
    this.check(reference, bytes)
    const blob = { descriptor: { mediaType: MediaType.manifest, digest: reference, size: bytes.byteLength }, bytes }
    return { ...blob, descriptor: { ...blob.descriptor, mediaType: parseManifest(blob).mediaType } }
  }

  async readBlob(digest: Digest): Promise<Uint8Array> {
    const bytes = await readFile(this.blobPath(digest))
    this.check(digest, bytes)
    return bytes
  }

  blobSource(digest: Digest, size: number): BlobSource {
    return {
      size,
      open: (start, end): Readable =>
        end <= start
          ? createReadStream('/dev/null')
          : createReadStream(this.blobPath(digest), { start, end: end - 1, highWaterMark: 1 << 20 }),
    }
  }

  /** index.json's roots and every manifest below them. */
  async content(): Promise<ImageContent> {
    const bytes = await readFile(join(this.dir, 'index.json'))
    const descriptor = { mediaType: MediaType.index, digest: digestOf(bytes), size: bytes.byteLength }
    const index = parseManifest({ descriptor, bytes })
    return readContent(this, index.kind === 'index' ? index.manifests : [])
  }

  private check(digest: Digest, bytes: Uint8Array): void {
    if (digestOf(bytes) !== digest) throw new Error(`OCI layout ${this.dir}: blob ${digest} does not match its digest`)
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
