// Each platform's blobs go up while other platforms still build. Made deterministic with a
// -toolexec wrapper that holds the arm64 link until the registry has received a blob: without the
// early upload the wrapper gives up and the build fails.

import { writeFileSync } from 'node:fs'
import { chmod, cp, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { errorLines, ROOT, runAction } from './action.js'
import { makeBaseLayout } from './base-image.js'
import { run } from './oci-tools.js'
import { type FaultProxy, startProxy } from './proxy.js'
import { type RunningRegistry, startRegistry } from './registry.js'

let work: string
let src: string
let registry: RunningRegistry
let proxy: FaultProxy

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-pipeline-'))
  src = join(work, 'src')
  await cp(join(ROOT, 'examples/hello'), src, { recursive: true })
  registry = await startRegistry({ dir: join(work, 'registry') })
  proxy = await startProxy(registry.port)
})
afterAll(async () => {
  await proxy.stop()
  await registry.stop()
})

/** A toolexec wrapper: the arm64 link waits (at most 30 s) for `marker`; then exits with `linkExit`. */
async function holdArm64Link(name: string, marker: string, linkExit = 'exec "$@"'): Promise<string> {
  const script = join(work, `${name}.sh`)
  await writeFile(
    script,
    [
      '#!/bin/sh',
      'case "$1" in */link) ;; *) exec "$@" ;; esac',
      'case " $* " in *" -V=full "*) exec "$@" ;; esac',
      '[ "$GOARCH" = arm64 ] || exec "$@"',
      'i=0',
      `while [ ! -e '${marker}' ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i+1)); done`,
      `[ -e '${marker}' ] || { echo "no blob reached the registry while arm64 was building" >&2; exit 1; }`,
      linkExit,
      '',
    ].join('\n'),
  )
  await chmod(script, 0o755)
  return script
}

/** Writes `marker` once the registry has taken a blob upload of `repo`. */
function whenBlobUploaded(repo: string, marker: string) {
  return (child: { on(e: 'exit', f: () => void): unknown }) => {
    const poll = setInterval(() => {
      if (
        proxy.seen.some(
          (s) => s.method === 'PUT' && s.path.startsWith(`/v2/${repo}/blobs/uploads/`) && s.status === 201,
        )
      ) {
        writeFileSync(marker, '')
        clearInterval(poll)
      }
    }, 20)
    child.on('exit', () => clearInterval(poll))
  }
}

describe('blobs go up while other platforms build', () => {
  test('amd64 finished: its blobs are in the registry before the arm64 link may run; the push completes', async () => {
    const marker = join(work, 'uploaded-ok')
    const r = await runAction({
      inputs: {
        'working-directory': src,
        platforms: 'linux/amd64,linux/arm64',
        image: `${proxy.host}/early/app`,
        tags: 'v1',
        push: 'true',
      },
      // Through the runner's environment: the build-flags input refuses -toolexec.
      env: { GOFLAGS: `-toolexec=${await holdArm64Link('hold-ok', marker)}`, XDG_CACHE_HOME: join(work, 'cache-ok') },
      onSpawn: whenBlobUploaded('early/app', marker),
      timeoutMs: 180_000,
    })
    expect(r.code, r.stdout).toBe(0)
    // Every blob of the image was uploaded once: those sent early are not sent again.
    const puts = proxy.seen.filter((s) => s.method === 'PUT' && s.path.startsWith('/v2/early/app/blobs/uploads/'))
    expect(new Set(puts.map((p) => p.path)).size).toBe(puts.length)
    expect(r.stdout).toMatch(new RegExp(`blobs: ${puts.length} uploaded`))
    expect(r.stdout).toMatch(/linux\/amd64: image sha256:[0-9a-f]{64}, its blobs on their way/)
    const raw = JSON.parse(
      await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/early/app:v1`]),
    )
    expect(raw.manifests.map((m: { platform: { architecture: string } }) => m.platform.architecture)).toEqual([
      'amd64',
      'arm64',
    ])
  })

  test('a later platform failing after blobs went up: the step fails, and no manifest or tag is written', async () => {
    const marker = join(work, 'uploaded-fail')
    const r = await runAction({
      inputs: {
        'working-directory': src,
        platforms: 'linux/amd64,linux/arm64',
        image: `${proxy.host}/late/app`,
        tags: 'v1',
        push: 'true',
      },
      // Its own cache: with the programs of the run above, go would not link at all.
      env: {
        GOFLAGS: `-toolexec=${await holdArm64Link('hold-fail', marker, 'echo "link: simulated failure" >&2; exit 1')}`,
        XDG_CACHE_HOME: join(work, 'cache-fail'),
      },
      onSpawn: whenBlobUploaded('late/app', marker),
      timeoutMs: 180_000,
    })
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(/linux\/arm64/)
    const late = proxy.seen.filter((s) => s.path.startsWith('/v2/late/app/'))
    expect(late.some((s) => s.method === 'PUT' && s.path.includes('/blobs/uploads/') && s.status === 201)).toBe(true)
    expect(late.filter((s) => s.path.includes('/manifests/') && s.method === 'PUT')).toEqual([])
    // Nothing is left running against the registry once the step has ended.
    const count = proxy.seen.length
    await new Promise((r) => setTimeout(r, 300))
    expect(proxy.seen.length).toBe(count)
  })
})

describe('builds start before the package and the base image are checked', () => {
  test('a base without the platform fails the step at once: the running builds are stopped, not awaited', async () => {
    await makeBaseLayout(join(work, 'base-layout')) // linux/amd64 and linux/arm64 only
    await run('skopeo', [
      'copy',
      '--all',
      '--dest-tls-verify=false',
      `oci:${join(work, 'base-layout')}:base`,
      `docker://${registry.host}/base/two:1`,
    ])
    // Every link waits 30 s for a marker that never comes: a build left running would hold the step.
    const hold = join(work, 'hold-all.sh')
    await writeFile(
      hold,
      [
        '#!/bin/sh',
        'case "$1" in */link) ;; *) exec "$@" ;; esac',
        'case " $* " in *" -V=full "*) exec "$@" ;; esac',
        'sleep 30',
        'exec "$@"',
        '',
      ].join('\n'),
    )
    await chmod(hold, 0o755)
    const started = Date.now()
    const r = await runAction({
      inputs: {
        'working-directory': src,
        platforms: 'linux/amd64,linux/arm/v7',
        'base-image': `${registry.host}/base/two:1`,
      },
      env: { GOFLAGS: `-toolexec=${hold}`, XDG_CACHE_HOME: join(work, 'cache-base') },
      timeoutMs: 120_000,
    })
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(
      /^Input 'base-image': ".*" is not valid; it has no linux\/arm\/v7; it has linux\/amd64, linux\/arm64$/,
    )
    expect(Date.now() - started).toBeLessThan(20_000)
  })
})
