// Source to pushed multi-platform image, side by side against a loopback registry: this action
// (dist/main.js) vs ko vs buildah; publish only vs skopeo; a no-change re-run; peak memory with a
// 150 MB binary; start-up; layer compression. Medians of 7 runs (RUNS) after a warm-up, as ratios.
// Run with `npm run bench` (after `bash scripts/setup-bench.sh`); appends to BENCHMARKS.md.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ActionRun, ROOT, runAction } from '../__tests__/e2e/action.js'
import { startRegistry } from '../__tests__/e2e/registry.js'
import { helperCompressor } from '../src/image/deflate-helper-io.js'
import { writeLayer } from '../src/lib/oci/layer-io.js'
import { Layout } from '../src/lib/oci/layout-io.js'
import { zlibCompressor } from '../src/lib/oci/zlib-io.js'
import { appendResults, machine, median } from './machine.js'
import { buildah as buildahBuild, newCommit, ok, PLATFORMS, pushBase, sh } from './peers.js'

const RUNS = Number(process.env.RUNS ?? 7)
const KO = join(ROOT, '.tools/bin/ko')
const work = await mkdtemp(join(tmpdir(), 'bgi-bench-'))
// Each run's RUNNER_TEMP and Go's temporary files go under work, removed at the end.
process.env.TMPDIR = work
const registry = await startRegistry({ dir: join(work, 'registry') })
const host = registry.host
let seq = 0

function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now()
  return fn().then((v) => [(performance.now() - start) / 1000, v])
}

// A base image with the four platforms, pushed first and pinned by digest, given to all three.
const base = await pushBase(work, host)

const programs = { hello: join(ROOT, 'examples/hello'), larger: join(ROOT, 'bench/programs/larger') }

async function ours(dir: string, repo: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  return ok(
    await runAction({
      inputs: {
        'working-directory': dir,
        platforms: PLATFORMS.join(','),
        image: `${host}/${repo}`,
        tags: 'bench',
        push: 'true',
        'base-image': base,
        cache: 'false',
        ...extra,
      },
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    }),
  )
}

async function ko(dir: string, repo: string): Promise<void> {
  await sh(KO, ['build', '--bare', '--platform', PLATFORMS.join(','), '--insecure-registry', '--tags', 'bench', '.'], {
    cwd: dir,
    env: { KO_DOCKER_REPO: `${host}/${repo}`, KO_DEFAULTBASEIMAGE: base, SOURCE_DATE_EPOCH: '1700000000' },
  })
}

const buildah = (dir: string, repo: string) => buildahBuild(work, dir, `${host}/${repo}:bench`, base)

const rows: string[] = []
// Two cases per program. "same source": every run builds the same code (a re-run, or a release tag
// on a commit already built: this action's kept programs spare it the links, its layer cache the
// compression; ko links and compresses every time). "new commit": before every run of every tool a file with
// a fresh random string goes into the package, so each run links and compresses new binaries, as
// CI does on every push. The programs are copied out of this repository first, so no tool stamps
// VCS information into the binary.
for (const [name, source] of Object.entries(programs)) {
  const dir = join(work, `program-${name}`)
  cpSync(source, dir, { recursive: true })
  for (const change of [false, true]) {
    const tools: [string, (repo: string) => Promise<unknown>][] = [
      ['build-go-image', (repo) => ours(dir, repo)],
      ['ko', (repo) => ko(dir, repo)],
      ['buildah', (repo) => buildah(dir, repo)],
    ]
    // warm-up: Go build cache, base image pulls
    for (const [tool, run] of tools) await run(`warm/${tool}-${name}-${seq++}`)
    const times: Record<string, number[]> = Object.fromEntries(tools.map(([tool]) => [tool, []]))
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, in a rotating order: a slow spell of the machine falls on every tool alike.
      for (let k = 0; k < tools.length; k++) {
        const [tool, run] = tools[(i + k) % tools.length]!
        if (change) newCommit(dir)
        times[tool]!.push((await time(() => run(`e2e/${tool}-${name}-${seq++}`)))[0])
      }
    }
    const t: Record<string, number> = {}
    for (const [tool] of tools) {
      t[tool] = median(times[tool]!)
      console.log(
        `${name} ${change ? 'new commit' : 'same source'} ${tool}: ${times[tool]!.map((x) => x.toFixed(2)).join(', ')}`,
      )
    }
    // The runs are interleaved, so each round's ratio compares tools under the same machine state.
    const perRound = median(times['build-go-image']!.map((x, i) => x / times.ko![i]!))
    rows.push(
      `| end to end, ${name}, ${change ? 'new commit' : 'same source'}, 4 platforms | ` +
        `${t['build-go-image']!.toFixed(2)} s | ko ${t.ko!.toFixed(2)} s, buildah ${t.buildah!.toFixed(2)} ` +
        `s | ${(t['build-go-image']! / t.ko!).toFixed(2)}x ko (median of per-round ratios ` +
        `${perRound.toFixed(2)}x), ${(t['build-go-image']! / t.buildah!).toFixed(2)}x buildah | at most ` +
        `1.0x ko (aim 0.8x) |`,
    )
  }
}

// Publish only: the same OCI layout into a fresh repository, by this action's publish stage vs skopeo.
const layoutRun = await ours(programs.larger, `layout/src-${seq++}`, { sbom: 'false' }) // skopeo copies no referrers
const layoutDir = layoutRun.outputs['oci-layout']!
const { publishLayout } = await import('../src/publish/io.js')
const { parseConfig } = await import('../src/config/config.js')
const layout = await Layout.at(layoutDir).content()
const top = layout.roots[0]!
const refName = top.annotations?.['org.opencontainers.image.ref.name']
const publishOurs: number[] = []
const publishSkopeo: number[] = []
for (let i = 0; i < RUNS; i++) {
  const settings = parseConfig(
    (n) => ({ image: `${host}/publish/ours-${seq++}`, tags: 'bench', push: 'true' })[n] ?? '',
    {
      workspace: ROOT,
      runnerTemp: work,
    },
  ).publish
  publishOurs.push(
    (
      await time(() =>
        publishLayout(settings, layoutDir, top, process.env, {
          github: { eventName: '', ref: '', sha: '', repository: '', serverUrl: '' },
          epoch: 0,
        }),
      )
    )[0],
  )
  publishSkopeo.push(
    (
      await time(() =>
        sh('skopeo', [
          'copy',
          '--all',
          '--dest-tls-verify=false',
          `oci:${layoutDir}:${refName}`,
          `docker://${host}/publish/skopeo-${seq++}:bench`,
        ]),
      )
    )[0],
  )
}
rows.push(
  `| publish only (layout of larger, 4 platforms) | ${median(publishOurs).toFixed(2)} s | skopeo ` +
    `${median(publishSkopeo).toFixed(2)} s | ${(median(publishOurs) / median(publishSkopeo)).toFixed(2)}x ` +
    `skopeo | at most 1.0x skopeo |`,
)

// No-change re-run: the same commit into the same repository. Blobs are checked while the
// platforms build, so the registry's share is the run's time less that of the same run without a
// push (paired, interleaved), next to the time of the stages that only talk to the registry.
const rerunRepo = `rerun/hello-${seq++}`
await ours(programs.hello, rerunRepo)
const rerun: number[] = []
const registryShare: number[] = []
const registryStages: number[] = []
let bytes = -1
for (let i = 0; i < RUNS; i++) {
  const [t, r] = await time(() => ours(programs.hello, rerunRepo))
  const [local] = await time(() => ours(programs.hello, rerunRepo, { push: 'false' }))
  rerun.push(t)
  registryShare.push(t - local)
  registryStages.push(
    Number(/^registry: ([\d.]+) s$/m.exec(r.stdout)?.[1]) + Number(/^publish: ([\d.]+) s$/m.exec(r.stdout)?.[1]),
  )
  bytes = Math.max(bytes, Number(/blobs: \d+ uploaded \((\d+) bytes\)/.exec(r.stdout)?.[1]))
}
rows.push(
  `| no-change re-run (hello) | ${median(rerun).toFixed(2)} s total; registry work ` +
    `${Math.max(0, median(registryShare)).toFixed(2)} s (run less the same run without push), registry ` +
    `stages ${median(registryStages).toFixed(2)} s | ${bytes} blob bytes uploaded | | 0 bytes, under 1 s ` +
    `of registry work |`,
)

// Memory: a binary of at least 150 MB (an embedded random file), pushed; peak RSS of the action.
const big = join(work, 'big')
mkdirSync(big)
writeFileSync(join(big, 'blob.bin'), randomBytes(150 * 1024 * 1024))
writeFileSync(join(big, 'go.mod'), 'module example.com/big\n\ngo 1.22\n')
writeFileSync(
  join(big, 'main.go'),
  'package main\n\nimport (\n\t_ "embed"\n\t"fmt"\n)\n\n//go:embed blob.bin\nvar blob []byte\n\nfunc main() ' +
    '{ fmt.Println(len(blob)) }\n',
)
const rss: number[] = []
let binarySize = 0
for (let i = 0; i < Math.min(RUNS, 3); i++) {
  // The action's own peak (VmHWM of the node process), not its children's: go build and the
  // linker of a 150 MB binary are Go's memory, not ours.
  let peakKB = 0
  const r = ok(
    await runAction({
      inputs: {
        'working-directory': big,
        platforms: 'linux/amd64',
        image: `${host}/big/app-${seq++}`,
        tags: 'bench',
        push: 'true',
        cache: 'false',
        sbom: 'false',
      },
      onSpawn: (child) => {
        const poll = setInterval(() => {
          try {
            peakKB = Math.max(
              peakKB,
              Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0),
            )
          } catch {
            clearInterval(poll)
          }
        }, 20)
        child.on('exit', () => clearInterval(poll))
      },
    }),
  )
  rss.push(peakKB / 1024)
  binarySize = Number(/linux\/amd64: .*\(binary ([\d.]+) MiB/.exec(r.stdout)?.[1])
}
rows.push(`| peak RSS pushing a ${binarySize} MiB binary | ${median(rss).toFixed(0)} MB | | | under 200 MB |`)

// Start-up: from spawning node dist/main.js to its first log line; and the size of dist/.
const startup: number[] = []
for (let i = 0; i < RUNS + 1; i++) {
  const t0 = performance.now()
  await new Promise<void>((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/main.js')], {
      env: { PATH: process.env.PATH ?? '', INPUT_PLATFORMS: 'linux/amd65' },
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    child.stdout.once('data', () => {
      if (i > 0) startup.push((performance.now() - t0) / 1000)
      child.kill()
      resolve()
    })
  })
}
const distBytes = (readdirSync(join(ROOT, 'dist'), { recursive: true }) as string[]).reduce((n, f) => {
  const st = statSync(join(ROOT, 'dist', f))
  return st.isFile() ? n + st.size : n
}, 0)
rows.push(
  `| start-up to first log line | ${(median(startup) * 1000).toFixed(0)} ms | dist/ ` +
    `${(distBytes / 1048576).toFixed(1)} MiB | | |`,
)

// Layer compression: our tar+deflate+gzip framing+hash pass, with the helper and with the zlib
// fallback, vs gzip -6 vs Go's gzip at ko's level (BestSpeed): speed and compressed size.
const sample = join(work, 'sample.bin')
const goTool = join(execFileSync('go', ['env', 'GOTOOLDIR']).toString().trim(), 'compile')
cpSync(goTool, sample)
const sampleBytes = statSync(sample).size
const sampleMB = sampleBytes / 1e6
const goVersion = execFileSync('go', ['env', 'GOVERSION']).toString().trim().replace(/^go/, '')
const helper = await helperCompressor('go', goVersion, process.env, join(work, 'helper-cache'))
const compressors = [helper, zlibCompressor('the fallback')]
const measured = []
for (const c of compressors) {
  const speeds: number[] = []
  let size = 0
  for (let i = 0; i < RUNS; i++) {
    const l = await Layout.open(await mkdtemp(join(work, 'gz-')))
    const file = {
      entry: { path: 'x', type: 'file' as const, mode: 0o555, uid: 0, gid: 0, mtime: 0, size: sampleBytes },
      source: { path: sample },
    }
    const [t, layer] = await time(() => writeLayer(l, [file], c))
    speeds.push(sampleMB / t)
    size = layer.descriptor.size
  }
  measured.push({ c, mbs: median(speeds), size })
}
const gzip6: number[] = []
let gzip6Size = 0
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now()
  gzip6Size = spawnSync('gzip', ['-6', '-c', sample], { maxBuffer: 1 << 30 }).stdout.byteLength
  gzip6.push(sampleMB / ((performance.now() - t0) / 1000))
}
const [goMBs, goSize] = spawnSync('go', ['run', '.', sample, '1'], {
  cwd: join(ROOT, 'bench/gzipbench'),
  encoding: 'utf8',
})
  .stdout.trim()
  .split(' ')
  .map(Number) as [number, number]
const pct = (n: number) => `${((n / sampleBytes) * 100).toFixed(1)}%`
for (const { c, mbs, size } of measured) {
  rows.push(
    `| layer compression, ${c.description.replace(/ \(.*$/, '')}${c === helper ? '' : ' (fallback)'}: tar + ` +
      `deflate + sha256 of a ${sampleMB.toFixed(0)} MB Go binary | ${mbs.toFixed(0)} MB/s, ${pct(size)} of ` +
      `input | gzip -6 ${median(gzip6).toFixed(0)} MB/s, ${pct(gzip6Size)}; Go gzip level 1 (ko) ` +
      `${goMBs.toFixed(0)} MB/s, ${pct(goSize)} | ${(mbs / goMBs).toFixed(2)}x ko's speed | |`,
  )
}

await registry.stop()
await rm(work, { recursive: true, force: true }).catch(() => undefined)
const koVersion = spawnSync(KO, ['version'], { encoding: 'utf8' }).stdout.trim()
const buildahVersion = spawnSync('buildah', ['--version'], { encoding: 'utf8' }).stdout.trim()
const skopeoVersion = spawnSync('skopeo', ['--version'], { encoding: 'utf8' }).stdout.trim()
appendResults(`
## Source to registry, side by side (bench/e2e.ts)

${machine()}; ko ${koVersion}; ${buildahVersion}; ${skopeoVersion}. Local distribution registry on
loopback (plain HTTP), one multi-platform base image pushed first and given to all tools (ko as
KO_DEFAULTBASEIMAGE, this action as base-image, buildah as FROM). Platforms ${PLATFORMS.join(', ')};
warm Go build cache; each figure the median of ${RUNS} runs after a warm-up, the tools' runs
interleaved in a rotating order, each run into a fresh repository (so every non-base blob is
uploaded). This action: cache off, SBOM on (ko's default SBOM is on too); "same source" runs
find their kept programs and layers of the run before on disk (not linked, not compressed again),
"new commit" runs link and compress every binary anew.

| figure | this action | peers | ratio | target |
|---|---|---|---|---|
${rows.join('\n')}
`)
console.log(rows.join('\n'))
