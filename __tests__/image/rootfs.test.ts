import { describe, expect, test } from 'vitest'
import { baseFiles, dataFiles, ZONEINFO_PATH } from '../../src/image/rootfs.js'
import { runConfig } from '../../src/image/run-config.js'

const settings = { args: [], env: {}, expose: [], labels: {}, annotations: [] }

describe('the layers below the program', () => {
  test('zoneinfo: Go zip under its GOROOT path, read-only, mtime 0; left out when not given', () => {
    const files = baseFiles({ path: '/go/lib/time/zoneinfo.zip', size: 408125 })
    const zone = files.find((f) => f.entry.path === ZONEINFO_PATH)
    expect(zone).toEqual({
      entry: {
        path: 'usr/local/go/lib/time/zoneinfo.zip',
        type: 'file',
        mode: 0o444,
        uid: 0,
        gid: 0,
        mtime: 0,
        size: 408125,
      },
      source: { path: '/go/lib/time/zoneinfo.zip' },
    })
    expect(files.filter((f) => f.entry.type === 'dir').map((f) => f.entry.path)).toContain('usr/local/go/lib/time/')
    expect(baseFiles().some((f) => f.entry.path.startsWith('usr/'))).toBe(false)
  })

  test('data: under /var/run/ko, uniform modes and owners, the given mtime', () => {
    const files = dataFiles(
      [
        { path: 'a.txt', file: { path: '/m/kodata/a.txt', size: 3, executable: false } },
        { path: 'bin/' },
        { path: 'bin/run', file: { path: '/m/kodata/bin/run', size: 9, executable: true } },
      ],
      42,
    )
    expect(
      files.map((f) => [f.entry.path, f.entry.type, f.entry.mode.toString(8), f.entry.uid, f.entry.gid, f.entry.mtime]),
    ).toEqual([
      ['var/', 'dir', '755', 0, 0, 42],
      ['var/run/', 'dir', '755', 0, 0, 42],
      ['var/run/ko/', 'dir', '755', 0, 0, 42],
      ['var/run/ko/a.txt', 'file', '644', 0, 0, 42],
      ['var/run/ko/bin/', 'dir', '755', 0, 0, 42],
      ['var/run/ko/bin/run', 'file', '755', 0, 0, 42],
    ])
  })

  test('the layers env comes before the user env, which wins', () => {
    const layerEnv = { ZONEINFO: '/z.zip', KO_DATA_PATH: '/var/run/ko' }
    expect(runConfig(settings, 'x', undefined, layerEnv).env).toEqual([
      'PATH=/app:/usr/local/bin:/usr/bin:/bin',
      'ZONEINFO=/z.zip',
      'KO_DATA_PATH=/var/run/ko',
    ])
    expect(runConfig({ ...settings, env: { ZONEINFO: '/mine' } }, 'x', undefined, layerEnv).env).toContain(
      'ZONEINFO=/mine',
    )
  })
})
