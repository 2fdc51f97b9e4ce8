// Several images' common layers: written once in the run, the other layouts take the first one's file.
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { SharedLayers } from '../../src/image/shared-layers-io.js'
import { blobOf } from '../../src/lib/oci/descriptor.js'
import { Layout } from '../../src/lib/oci/layout-io.js'

const dirs: string[] = []
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

test('a layer written once for three layouts: one write, one file (hard-linked) in each', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bgi-shared-'))
  dirs.push(dir)
  const layouts = await Promise.all(['api', 'worker', 'migrate'].map((n) => Layout.open(join(dir, n))))
  const blob = blobOf('application/vnd.oci.image.layer.v1.tar+gzip', Buffer.from('the base files'))
  const layer = { descriptor: blob.descriptor, diffId: blob.descriptor.digest, uncompressedSize: 14 }
  const shared = new SharedLayers()
  let writes = 0
  const got = await Promise.all(
    layouts.map((l) =>
      shared.once('base files', l, async () => {
        writes++
        await l.putBlob(blob)
        return [layer]
      }),
    ),
  )
  expect(writes).toBe(1)
  expect(got).toEqual([[layer], [layer], [layer]])
  const inodes = await Promise.all(layouts.map(async (l) => (await stat(l.blobPath(blob.descriptor.digest))).ino))
  expect(new Set(inodes).size).toBe(1)
})
