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
import { readLayout } from '../src/oci/layout-read.js'
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
  const layoutDir = join(work, 'layout')
  await makeBaseLayout(layoutDir, [{ os: 'linux', architecture: 'amd64' }], randomBytes(72 << 20))
  const layout = await readLayout(layoutDir)
  const top = layout.roots[0]!
  const bytes = [...layout.manifests.values()]
    .flatMap((m) => (JSON.parse(Buffer.from(m.bytes).toString('utf8')).layers ?? []) as { size: number }[])
    .reduce((n, l) => n + l.size, 0)
  const source = { github: { eventName: '', ref: '', sha: '', repository: '', serverUrl: '' }, epoch: 0 }
  const ours = (host: string) => () => {
    const settings = parseConfig((n) => ({ image: `${host}/bench/ours-${seq++}`, tags: 'bench', push: 'true', sbom: 'false' })[n] ?? '', {
      workspace: ROOT,
      runnerTemp: work,
    }).publish
    return publishLayout(settings, layoutDir, top, process.env, source)
  }
  const skopeo = (host: string) => () =>
    sh('skopeo', ['copy', '--all', '--dest-tls-verify=false', `oci:${layoutDir}:base`, `docker://${host}/bench/skopeo-${seq++}:bench`])
  const cases: [string, () => Promise<unknown>][] = [
    ['this action, plain registry', ours(registry.host)],
    ['skopeo copy, plain registry', skopeo(registry.host)],
    ['this action, GHCR profile', ours(ghcr.host)],
    ['skopeo copy, GHCR profile', skopeo(ghcr.host)],
  ]
  const rows: string[] = []
  for (const [name, fn] of cases) {
    const times: number[] = []
    let failure = ''
    for (let i = 0; i < RUNS && !failure; i++) {
      try {
        times.push(await time(fn))
      } catch (e) {
        failure = (e as Error).message.split('\n').slice(-2).join(' ')
      }
    }
    const m = median(times)
    console.log(`${name}: ${times.map((t) => t.toFixed(2)).join(', ')}${failure ? ` (failed: ${failure})` : ''}`)
    rows.push(
      failure
        ? `| ${name} | failed: ${failure.slice(0, 160).replaceAll('|', '/')} | | |`
        : `| ${name} | ${m.toFixed(2)} s | ${(bytes / 1e6 / m).toFixed(0)} MB/s | ${times.map((t) => t.toFixed(2)).join(', ')} |`,
    )
  }
  const uploads = ghcr.seen.filter((s) => s.path.includes('/blobs/uploads/'))
  const skopeoVersion = (await sh('skopeo', ['--version'])).trim()
  appendResults(`
## Pushing a 72 MB layer (bench/push.ts)

${machine()}; ${skopeoVersion}. One OCI layout with one ${(bytes / 1e6).toFixed(1)} MB layer (incompressible), pushed
${RUNS} times per case into a fresh repository of a loopback docker-registry, straight or through the
test proxy's GHCR profile (a PATCH or PUT declaring over 4 MiB gets GHCR's 416). Medians; MB/s of
the layer's bytes. Through the GHCR profile, ${uploads.filter((s) => s.status === 416).length} requests were refused as too large.

| case | median | throughput | runs |
|---|---|---|---|
${rows.join('\n')}
`)
} finally {
  await ghcr.stop()
  await registry.stop()
  await rm(work, { recursive: true, force: true })
}
