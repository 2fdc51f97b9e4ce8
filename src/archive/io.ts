// The edge of the archive stage: writes docker-save archives from the OCI layout (layers streamed
// and decompressed, never held in memory) and loads the runner's own platform into Docker.

import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import * as core from '@actions/core'
import { platformSlug } from '../compile/platform.js'
import type { AssembledImage } from '../image/assembled.js'
import { InputError } from '../inputs/error.js'
import { digestHex } from '../lib/oci/digest.js'
import type { ImageSource } from '../lib/oci/store.js'
import { type TarEntry, tarEnd, tarHeader, tarPadding } from '../lib/oci/tar.js'
import { runProcess } from '../lib/process-io.js'
import { archiveManifest, archivePath, archiveRepositories } from './docker-archive.js'

const file = (path: string, size: number): TarEntry => ({
  path,
  type: 'file',
  mode: 0o644,
  uid: 0,
  gid: 0,
  mtime: 0,
  size,
})

/** One docker archive per platform image, read from `source` (the OCI layout) through the image model. */
export async function writeArchives(
  image: AssembledImage,
  source: ImageSource,
  path: string,
  repoTag: string,
): Promise<Record<string, string>> {
  const several = image.images.length > 1
  const written: Record<string, string> = {}
  for (const img of image.images) {
    const out = archivePath(path, platformSlug(img.binary.platform), several)
    await mkdir(dirname(out), { recursive: true })
    const config = Buffer.from(await source.readBlob(img.config.digest))
    const meta = { configDigest: img.config.digest, diffIds: img.layers.map((l) => l.diffId), repoTag }
    async function* chunks(): AsyncGenerator<Buffer> {
      const small = (name: string, bytes: Buffer) => [
        tarHeader(file(name, bytes.byteLength)),
        bytes,
        tarPadding(bytes.byteLength),
      ]
      yield* small('manifest.json', Buffer.from(archiveManifest(meta)))
      yield* small('repositories', Buffer.from(archiveRepositories(meta)))
      yield* small(`blobs/sha256/${digestHex(img.config.digest)}`, config)
      for (const layer of img.layers) {
        yield tarHeader(file(`blobs/sha256/${digestHex(layer.diffId)}`, layer.uncompressedSize))
        const { digest, size } = layer.descriptor
        const gunzip = createGunzip()
        const compressed = source.blobSource(digest, size).open(0, size)
        compressed.on('error', (e) => gunzip.destroy(e))
        for await (const c of compressed.pipe(gunzip)) yield c as Buffer
        yield tarPadding(layer.uncompressedSize)
      }
      yield tarEnd()
    }
    const tmp = `${out}.partial`
    try {
      await pipeline(Readable.from(chunks()), createWriteStream(tmp))
      await rename(tmp, out)
    } catch (e) {
      await rm(tmp, { force: true })
      throw e
    }
    written[img.binary.platform.name] = out
  }
  if (several)
    core.info(
      `one docker archive per platform (the format holds one image per name): ${Object.values(written).join(', ')}`,
    )
  return written
}

/** Fail early, before any build, when `load` is asked for and no Docker engine answers. */
export async function checkDockerEngine(): Promise<void> {
  const r = await runProcess('docker', ['version', '--format', '{{.Server.Version}}'])
  if (r.code !== 0) {
    const why = (r.stderr.trim().split('\n').pop() ?? '').slice(0, 200)
    throw new InputError(
      'load',
      'true',
      `it needs a Docker engine on the runner, and none answers (docker version: ${why || `exit ${r.code}`})`,
    )
  }
}

/** `docker load` the archive through stdin; returns the loaded reference. */
export async function dockerLoad(archive: string, repoTag: string): Promise<string> {
  const r = await runProcess('docker', ['load'], { stdinFile: archive })
  if (r.code !== 0) throw new Error(`docker load failed: ${r.stderr.trim() || r.stdout.trim()}`)
  return /Loaded image: (\S+)/.exec(r.stdout)?.[1] ?? repoTag
}
