// A small multi-platform base image of our own making, for tests and benchmarks: one layer with
// /etc/base-marker, a config with Env, User, a port and a label that must not leak.

import { imageConfig } from '../../src/lib/oci/config.js'
import { writeLayer } from '../../src/lib/oci/layer-io.js'
import { Layout } from '../../src/lib/oci/layout-io.js'
import { imageIndex, imageManifest } from '../../src/lib/oci/manifest.js'
import type { Platform } from '../../src/lib/oci/platform.js'
import { zlibCompressor } from '../../src/lib/oci/zlib-io.js'

export async function makeBaseLayout(
  dir: string,
  platforms: Platform[] = [
    { os: 'linux', architecture: 'amd64' },
    { os: 'linux', architecture: 'arm64' },
  ],
  /** A file of these bytes beside the marker (a layer large enough to cut mid-way). */
  payload?: Buffer,
): Promise<void> {
  const layout = await Layout.open(dir)
  const marker = Buffer.from('base image layer\n')
  const layer = await writeLayer(
    layout,
    [
      { entry: { path: 'etc/', type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0, size: 0 } },
      {
        entry: {
          path: 'etc/base-marker',
          type: 'file',
          mode: 0o644,
          uid: 0,
          gid: 0,
          mtime: 0,
          size: marker.byteLength,
        },
        source: { bytes: marker },
      },
      ...(payload
        ? [
            {
              entry: {
                path: 'etc/base-payload',
                type: 'file' as const,
                mode: 0o644,
                uid: 0,
                gid: 0,
                mtime: 0,
                size: payload.byteLength,
              },
              source: { bytes: payload },
            },
          ]
        : []),
    ],
    zlibCompressor('a test base image'),
  )
  const manifests = []
  for (const platform of platforms) {
    const config = imageConfig({
      platform,
      created: '2024-01-01T00:00:00Z',
      run: {
        user: '1000:1000',
        env: ['PATH=/usr/bin:/bin', 'BASE_ENV=1'],
        entrypoint: ['/bin/sh'],
        cmd: [],
        exposedPorts: ['9090/tcp'],
        labels: { 'com.example.base-label': 'leak' },
      },
      diffIds: [layer.diffId],
      history: [{ createdBy: 'test base', comment: 'marker' }],
    })
    await layout.putBlob(config)
    const m = imageManifest(config.descriptor, [layer.descriptor])
    await layout.putBlob(m)
    manifests.push({ ...m.descriptor, platform })
  }
  const index = imageIndex(manifests)
  await layout.putBlob(index)
  await layout.writeIndex([{ ...index.descriptor, annotations: { 'org.opencontainers.image.ref.name': 'base' } }])
}
