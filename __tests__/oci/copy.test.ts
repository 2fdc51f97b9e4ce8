// The one copy and the one layout, with stores in memory and on disk: each blob to each sink once
// (a second ask joins the first), a failed copy retried as a unit, nothing started after stop(),
// several stores read as one, and the layout both written and read (a kept file adopted only when
// its bytes are its digest).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { BlobCopy } from '../../src/lib/oci/copy.js'
import { blobOf, type Descriptor, jsonBlob, MediaType } from '../../src/lib/oci/descriptor.js'
import { Layout } from '../../src/lib/oci/layout-io.js'
import { memoryStore } from '../../src/lib/oci/memory-store.js'
import {
  type BlobOutcome,
  type BlobSource,
  type ImageSink,
  joinedSource,
  readContent,
} from '../../src/lib/oci/store.js'

const dirs: string[] = []
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})
const scratch = async () => {
  const d = await mkdtemp(join(tmpdir(), 'bgi-copy-'))
  dirs.push(d)
  return d
}

/** A sink that keeps what it is sent and fails the first `failures` pushes of each blob. */
function sink(failures = 0) {
  const got = new Map<string, Buffer>()
  const pushes: string[] = []
  const s: ImageSink = {
    name: 'sink',
    async pushBlob(d: Descriptor, source: BlobSource): Promise<BlobOutcome> {
      pushes.push(d.digest)
      if (pushes.filter((p) => p === d.digest).length <= failures)
        throw Object.assign(new Error('cut'), { temporary: true })
      const chunks: Buffer[] = []
      for await (const c of source.open(0, source.size)) chunks.push(c as Buffer)
      got.set(d.digest, Buffer.concat(chunks))
      return 'uploaded'
    },
    async putManifest() {},
  }
  return { sink: s, got, pushes }
}

const a = blobOf('application/octet-stream', Buffer.from('layer a'))
const b = blobOf('application/octet-stream', Buffer.from('layer bb'))
const quick = { attempts: 3, baseMs: 1, maxMs: 1 }

describe('BlobCopy', () => {
  test('each blob to each sink once, whoever asks; the bytes arrive whole; the counts add up', async () => {
    const one = sink()
    const two = sink()
    const copy = new BlobCopy([one.sink, two.sink], { concurrency: 2, retry: quick })
    const from = memoryStore([a, b])
    await Promise.all([copy.all(from, [a.descriptor, b.descriptor]), copy.copy(0, from, a.descriptor)])
    await copy.copy(1, from, b.descriptor)
    expect(one.pushes.sort()).toEqual([a.descriptor.digest, b.descriptor.digest].sort())
    expect(two.pushes).toHaveLength(2)
    expect(two.got.get(b.descriptor.digest)?.toString()).toBe('layer bb')
    expect(copy.stats).toEqual({ exists: 0, mounted: 0, uploaded: 4, bytesUploaded: 2 * (7 + 8) })
  })

  test('a temporary failure is retried as one unit (source opened again); a lasting one fails', async () => {
    const flaky = sink(2)
    await new BlobCopy([flaky.sink], { concurrency: 1, retry: quick }).copy(0, memoryStore([a]), a.descriptor)
    expect(flaky.pushes).toHaveLength(3)
    expect(flaky.got.get(a.descriptor.digest)?.toString()).toBe('layer a')
    const broken = sink(5)
    const copy = new BlobCopy([broken.sink], { concurrency: 1, retry: quick })
    await expect(copy.copy(0, memoryStore([a]), a.descriptor)).rejects.toThrow('cut')
    expect(broken.pushes).toHaveLength(3)
  })

  test('after stop() nothing new starts', async () => {
    const s = sink()
    const copy = new BlobCopy([s.sink], { concurrency: 1, retry: quick })
    copy.stop()
    await expect(copy.copy(0, memoryStore([a]), a.descriptor)).rejects.toThrow(/abandoned/)
    expect(s.pushes).toEqual([])
  })

  test('a mount source is offered per sink and blob', async () => {
    const offered: string[] = []
    const s: ImageSink = {
      name: 's',
      pushBlob: async (_d, _src, from) => (offered.push(from ?? '-'), from ? 'mounted' : 'uploaded'),
      putManifest: async () => undefined,
    }
    const copy = new BlobCopy([s], {
      concurrency: 1,
      mountFrom: (_i, d) => (d === a.descriptor.digest ? 'team/base' : undefined),
    })
    expect(await copy.copy(0, memoryStore([a, b]), a.descriptor)).toBe('mounted')
    expect(await copy.copy(0, memoryStore([a, b]), b.descriptor)).toBe('uploaded')
    expect(offered).toEqual(['team/base', '-'])
  })
})

describe('stores read as one', () => {
  test('each manifest and blob from the store that holds it; an unknown digest is named', async () => {
    const config = jsonBlob(MediaType.config, { architecture: 'amd64', os: 'linux' })
    const manifest = jsonBlob(MediaType.manifest, {
      schemaVersion: 2,
      mediaType: MediaType.manifest,
      config: config.descriptor,
      layers: [a.descriptor],
    })
    const index = jsonBlob(MediaType.index, {
      schemaVersion: 2,
      mediaType: MediaType.index,
      manifests: [manifest.descriptor],
    })
    const image = await readContent(memoryStore([manifest, config, a], 'repo'), [manifest.descriptor])
    const top = {
      source: memoryStore([index], 'index'),
      roots: [index.descriptor],
      manifests: new Map([[index.descriptor.digest, index]]),
    }
    const joined = joinedSource('joined', [top, image])
    const all = await readContent(joined, [index.descriptor])
    expect([...all.manifests.keys()]).toEqual([index.descriptor.digest, manifest.descriptor.digest])
    expect(Buffer.from(await joined.readBlob(a.descriptor.digest)).toString()).toBe('layer a')
    expect(() => joined.blobSource(b.descriptor.digest, 8)).toThrow(`joined: nothing holds ${b.descriptor.digest}`)
  })
})

describe('the layout, written and read as one store', () => {
  test('a blob copied in is read back, by range and whole; index.json names its roots', async () => {
    const layout = await Layout.open(join(await scratch(), 'oci'))
    const manifest = jsonBlob(MediaType.manifest, {
      schemaVersion: 2,
      mediaType: MediaType.manifest,
      config: a.descriptor,
      layers: [],
    })
    expect(await new BlobCopy([layout], { concurrency: 1 }).copy(0, memoryStore([a]), a.descriptor)).toBe('uploaded')
    await layout.putManifest(manifest.descriptor.digest, manifest)
    await layout.writeIndex([manifest.descriptor])
    const again = Layout.at(layout.dir)
    expect(Buffer.from(await again.readBlob(a.descriptor.digest)).toString()).toBe('layer a')
    const chunks: Buffer[] = []
    for await (const c of again.blobSource(a.descriptor.digest, 7).open(2, 5)) chunks.push(c as Buffer)
    expect(Buffer.concat(chunks).toString()).toBe('yer')
    const content = await again.content()
    expect(content.roots.map((r) => r.digest)).toEqual([manifest.descriptor.digest])
    expect(content.manifests.get(manifest.descriptor.digest)?.descriptor.mediaType).toBe(MediaType.manifest)
  })

  test('a kept file is adopted only when its bytes are its digest', async () => {
    const dir = await scratch()
    const layout = await Layout.open(join(dir, 'oci'))
    await writeFile(join(dir, 'kept'), 'layer a')
    expect(await layout.adopt(join(dir, 'kept'), a.descriptor.digest)).toBe(true)
    expect((await readFile(layout.blobPath(a.descriptor.digest))).toString()).toBe('layer a')
    await writeFile(join(dir, 'tampered'), 'layer A')
    expect(await layout.adopt(join(dir, 'tampered'), b.descriptor.digest)).toBe(false)
    await expect(readFile(layout.blobPath(b.descriptor.digest))).rejects.toThrow(/ENOENT/)
  })
})
