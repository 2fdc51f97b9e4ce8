// The runners the action refuses: on macOS and Windows (process.platform faked by a preload, as
// those runners' Node reports it) it stops at once with one line that says which runners it runs
// on, before any work (no Go resolved, nothing written).
import { mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, expect, test } from 'vitest'
import { errorLines, ROOT, runAction } from './action.js'

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-runners-'))
})

test.each([
  ['darwin', 'macOS'],
  ['win32', 'Windows'],
])('on %s the step fails at once, naming the runners it runs on', async (platform, name) => {
  const preload = join(work, `${platform}.cjs`)
  await writeFile(preload, `Object.defineProperty(process, 'platform', { value: '${platform}' })\n`)
  const layout = join(work, `oci-${platform}`)
  const r = await runAction({
    inputs: { 'working-directory': join(ROOT, 'examples/hello'), platforms: 'linux/amd64', 'oci-layout': layout },
    env: { NODE_OPTIONS: `--require ${preload}` },
  })
  expect(r.code).toBe(1)
  // With the platform faked as Windows, the lines the action writes end in \r.
  expect(errorLines(r.stdout).map((l) => l.trimEnd())).toEqual([
    `build-go-image runs on Linux runners (ubuntu-latest, ubuntu-24.04-arm, self-hosted Linux); this one is ${name}: ` +
      'use a Linux runner (the image is built for Linux whatever the runner)',
  ])
  expect(r.stdout).not.toContain('resolve Go')
  expect(await readdir(layout).catch(() => 'absent')).toBe('absent')
})
