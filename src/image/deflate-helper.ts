// The edge of the fast compressor: deflate/ (a small Go program over klauspost/compress, vendored)
// is built once with the run's Go for the runner itself and kept in the layer cache, which is
// saved with the build cache. Node has no deflate faster than zlib, and Go is at hand anyway.
// Where it cannot be built (a Go older than its go.mod allows, a broken toolchain), zlib does the
// work: slower, never wrong.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, rm, utimes } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { Duplex, Readable, Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { getExecOutput } from '@actions/exec'
import semver from 'semver'
import { withoutTargetVars } from '../compile/build.js'
import { type Compressor, zlibCompressor } from '../oci/compressor.js'

/** klauspost/compress level 3: faster than Go's BestSpeed (ko's choice) and 2% smaller; see BENCHMARKS.md. */
export const HELPER_LEVEL = 3
/** The oldest Go that builds deflate/ (its go.mod). */
export const HELPER_MIN_GO = '1.21.0'

/** The directory holding action.yml: dist/ and src/ both sit below it. */
export function actionRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'action.yml'))) return dir
  throw new Error(`no action.yml above ${from}`)
}

/**
 * The helper's binary is named after what its bytes depend on: its source (go.mod pins the
 * vendored library) and the Go that builds it. Its output depends on the library's version alone.
 */
async function helperSource(source: string, goVersion: string): Promise<{ key: string; library: string }> {
  const h = createHash('sha256').update(`${goVersion}\n${process.platform}\n${process.arch}\n`)
  let library = ''
  for (const f of ['main.go', 'go.mod', 'go.sum', 'vendor/modules.txt']) {
    const text = await readFile(join(source, f), 'utf8')
    if (f === 'go.mod') library = /github\.com\/klauspost\/compress v(\S+)/.exec(text)?.[1] ?? ''
    h.update(text)
  }
  if (!library) throw new Error(`${join(source, 'go.mod')} does not require github.com/klauspost/compress`)
  return { key: h.digest('hex').slice(0, 32), library }
}

/**
 * The fast compressor, built now or found in `cacheDir`; zlib when Go is older than the helper
 * needs or its build fails (the reason goes into the description).
 */
export async function helperCompressor(go: string, goVersion: string, env: NodeJS.ProcessEnv, cacheDir: string): Promise<Compressor> {
  try {
    return await findOrBuild(go, goVersion, env, cacheDir)
  } catch (e) {
    return zlibCompressor(`the fast compressor is not available: ${(e as Error).message}`)
  }
}

async function findOrBuild(go: string, goVersion: string, env: NodeJS.ProcessEnv, cacheDir: string): Promise<Compressor> {
  const v = semver.coerce(goVersion)
  if (!v || semver.lt(v, HELPER_MIN_GO)) return zlibCompressor(`the fast compressor needs Go ${HELPER_MIN_GO.replace(/\.0$/, '')} or later`)
  const source = join(actionRoot(), 'deflate')
  const { key, library } = await helperSource(source, goVersion)
  const bin = join(cacheDir, `deflate-${key}`)
  if (existsSync(bin)) {
    const now = new Date()
    await utimes(bin, now, now).catch(() => undefined) // used: the cache trim keeps it
    return fromHelper(bin, library, 'cached')
  }
  // The helper runs here, on the runner: no target variables, none of the user's GOFLAGS, no go.work.
  const buildEnv = { ...withoutTargetVars(env, ['GOFLAGS']), CGO_ENABLED: '0', GOTOOLCHAIN: 'local', GOFLAGS: '-mod=vendor', GOWORK: 'off' }
  await mkdir(cacheDir, { recursive: true })
  const tmp = `${bin}.${process.pid}.tmp`
  const out = await getExecOutput(go, ['build', '-trimpath', '-ldflags=-s -w', '-o', tmp, '.'], {
    cwd: source,
    env: buildEnv,
    silent: true,
    ignoreReturnCode: true,
  })
  if (out.exitCode !== 0) {
    await rm(tmp, { force: true })
    return zlibCompressor(`the fast compressor did not build: ${(out.stderr.trim().split('\n')[0] ?? '').slice(0, 200)}`)
  }
  await rename(tmp, bin)
  return fromHelper(bin, library, 'built')
}

function fromHelper(bin: string, library: string, how: 'built' | 'cached'): Compressor {
  return {
    id: `klauspost-compress-${library}-${HELPER_LEVEL}`,
    level: HELPER_LEVEL,
    description: `klauspost/compress level ${HELPER_LEVEL} (helper ${how})`,
    deflateRaw: () => processStream(bin, [String(HELPER_LEVEL)]),
  }
}

/** A process as a stream: input to its stdin, output from its stdout; a non-zero exit is an error. */
export function processStream(command: string, args: string[]): Duplex {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<void>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} failed (${signal ?? code}): ${stderr.trim()}`))))
  })
  exited.catch(() => undefined) // surfaced through either side below
  // A process that died takes writes with EPIPE; what counts is why it died: its exit and stderr.
  child.stdin.on('error', () => undefined)
  const input = new Writable({
    write(chunk: Buffer, _enc, done) {
      child.stdin.write(chunk, (err) => (err ? exited.then(() => done(err), done) : done()))
    },
    final(done) {
      child.stdin.end(done)
    },
  })
  async function* output() {
    for await (const chunk of child.stdout) yield chunk as Buffer
    await exited
  }
  const stream = Duplex.from({ writable: input, readable: Readable.from(output()) })
  // A pipeline that fails elsewhere must not leave the helper running.
  stream.once('close', () => child.exitCode === null && child.kill())
  return stream
}
