// A 72 MB layer pushed from an OCI layout: by this action's publish stage and by `skopeo copy`,
// straight to the loopback registry and through the GHCR profile (PATCH bodies over 4 MiB
// refused). Each run goes to a fresh repository, so the layer is uploaded every time. MB/s from
// the median of RUNS runs. Run with `npm run bench:push`; appends to BENCHMARKS.md.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../__tests__/e2e/action.js'
import { makeBaseLayout } from '../__tests__/e2e/base-image.js'
import { startProxy } from '../__tests__/e2e/proxy.js'
import { startRegistry } from '../__tests__/e2e/registry.js'
import { parseConfig } from '../src/config/config.js'
import { Layout } from '../src/lib/oci/layout-io.js'
import { publishLayout } from '../src/publish/io.js'
import { appendResults, machine, median } from './machine.js'

const RUNS = Number(process.env.RUNS ?? 5)
const work = await mkdtemp(join(tmpdir(), 'bgi-bench-push-'))
process.env.TMPDIR = work
const registry = await startRegistry({ dir: join(work, 'registry') })
const ghcr = await startProxy(registry.port, undefined, { profile: 'ghcr' })
let seq = 0

function sh(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} failed:\n${err.slice(-1500)}`))))
  })
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return (performance.now() - start) / 1000
}

try {
  // A new layer every round: skopeo remembers where it pushed a blob (its blob-info cache) and
  // would mount it from there; a fresh layer makes every case upload it.
  const layouts: string[] = []
  for (let i = 0; i < RUNS; i++) {
    const dir = join(work, `layout-${i}`)
    await makeBaseLayout(dir, [{ os: 'linux', architecture: 'amd64' }], randomBytes(72 << 20))
    layouts.push(dir)
  }
  const first = await Layout.at(layouts[0]!).content()
  const bytes = [...first.manifests.values()]
    .flatMap((m) => (JSON.parse(Buffer.from(m.bytes).toString('utf8')).layers ?? []) as { size: number }[])
    .reduce((n, l) => n + l.size, 0)
  const source = { github: { eventName: '', ref: '', sha: '', repository: '', serverUrl: '' }, epoch: 0 }
  const ours = (host: string) => async (dir: string) => {
    const settings = parseConfig(
      (n) => ({ image: `${host}/bench/ours-${seq++}`, tags: 'bench', push: 'true', sbom: 'false' })[n] ?? '',
      {
        workspace: ROOT,
        runnerTemp: work,
      },
    ).publish
    return publishLayout(settings, dir, (await Layout.at(dir).content()).roots[0]!, process.env, source)
  }
  const skopeo = (host: string) => (dir: string) =>
    sh('skopeo', [
      'copy',
      '--all',
      '--dest-tls-verify=false',
      `oci:${dir}:base`,
      `docker://${host}/bench/skopeo-${seq++}:bench`,
    ])
  const cases: {
    name: string
    fn: (dir: string) => Promise<unknown>
    times: number[]
    failure: string
    refused: number
  }[] = [
    { name: 'this action, plain registry', fn: ours(registry.host), times: [], failure: '', refused: 0 },
    { name: 'skopeo copy, plain registry', fn: skopeo(registry.host), times: [], failure: '', refused: 0 },
    { name: 'this action, GHCR profile', fn: ours(ghcr.host), times: [], failure: '', refused: 0 },
    { name: 'skopeo copy, GHCR profile', fn: skopeo(ghcr.host), times: [], failure: '', refused: 0 },
  ]
  for (const dir of layouts) {
    for (const c of cases) {
      if (c.failure) continue
      const seen = ghcr.seen.length
      try {
        c.times.push(await time(() => c.fn(dir)))
      } catch (e) {
        c.failure = (e as Error).message.split('\n').slice(-2).join(' ')
      }
      c.refused += ghcr.seen.slice(seen).filter((s) => s.status === 416).length
    }
  }
  const rows = cases.map((c) => {
    const m = median(c.times)
    console.log(
      `${c.name}: ${c.times.map((t) => t.toFixed(2)).join(', ')}${c.failure ? ` (failed: ${c.failure})` : ''}`,
    )
    const refused = `${c.refused} refused as too large`
    return c.failure
      ? `| ${c.name} | failed: ${c.failure
          .replace(/^.*msg="/, '')
          .slice(0, 150)
          .replaceAll('|', '/')} | | ${refused} |`
      : `| ${c.name} | ${m.toFixed(2)} s | ${(bytes / 1e6 / m).toFixed(0)} MB/s | ${refused}; ` +
          `${c.times.map((t) => t.toFixed(2)).join(', ')} |`
  })
  const skopeoVersion = (await sh('skopeo', ['--version'])).trim()
  appendResults(`
## Pushing a 72 MB layer (bench/push.ts)

${machine()}; ${skopeoVersion}. An OCI layout with one ${(bytes / 1e6).toFixed(1)} MB layer (incompressible, a new one
each round, so every case uploads it), pushed ${RUNS} rounds into fresh repositories of a loopback
docker-registry, straight or through the test proxy's GHCR profile (a PATCH or PUT declaring over
4 MiB gets GHCR's 416). Medians; MB/s of the layer's bytes.

| case | median | throughput | requests refused; runs |
|---|---|---|---|
${rows.join('\n')}
`)
} finally {
  await ghcr.stop()
  await registry.stop()
  await rm(work, { recursive: true, force: true })
}
