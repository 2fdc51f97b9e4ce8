// The edge of the fast compressor: deflate/ (a small Go program over klauspost/compress, vendored)
// is built once with the run's Go for the runner itself and kept in the layer cache, which is
// saved with the build cache. Node has no deflate faster than zlib, and Go is at hand anyway.
// Where it cannot be built or run (a Go older than its go.mod allows, a broken toolchain, a noexec
// cache, a crash), zlib does the work: slower, never wrong.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import * as core from '@actions/core'
import semver from 'semver'
import { withoutTargetVars } from '../compile/build.js'
import { checkedFile, keepFile } from '../kept/kept-io.js'
import type { Compressor } from '../lib/oci/compressor.js'
import { digestOf } from '../lib/oci/digest.js'
import { gzipHeader } from '../lib/oci/gzip.js'
import { zlibCompressor } from '../lib/oci/zlib-io.js'
import { runProcess } from '../lib/process-io.js'
import { sha256File } from '../lib/sha256-file-io.js'
import { HelperFailure, HelperProcess } from './helper-process-io.js'

/** klauspost/compress level 3: about as fast as Go's BestSpeed (ko's choice), layers 3% smaller; see BENCHMARKS.md. */
export const HELPER_LEVEL = 3
/** The oldest Go that builds deflate/ (its go.mod). */
export const HELPER_MIN_GO = '1.21.0'

/** The directory holding action.yml: dist/ and src/ both sit below it. */
export function actionRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'action.yml'))) return dir
  throw new Error(`no action.yml above ${from}`)
}

/** Every file under `dir`, as sorted paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()
}

/**
 * The helper's binary is named after what its bytes depend on: every file of its source (the
 * vendored library included) and the Go that builds it. Its output depends on the library alone.
 */
export async function helperSource(source: string, goVersion: string): Promise<{ key: string; library: string }> {
  const h = createHash('sha256').update(`${goVersion}\n${process.platform}\n${process.arch}\n`)
  for (const f of await filesUnder(source)) h.update(`${f}\n`).update(await readFile(join(source, f)))
  const goMod = await readFile(join(source, 'go.mod'), 'utf8')
  const library = /github\.com\/klauspost\/compress v(\S+)/.exec(goMod)?.[1] ?? ''
  if (!library) throw new Error(`${join(source, 'go.mod')} does not require github.com/klauspost/compress`)
  return { key: h.digest('hex').slice(0, 32), library }
}

/** Where the helper for this Go is kept in `cacheDir` (its sha256 beside it). */
export async function helperPath(goVersion: string, cacheDir: string): Promise<string> {
  return join(cacheDir, `deflate-${(await helperSource(join(actionRoot(), 'deflate'), goVersion)).key}`)
}

/**
 * The fast compressor, built now or found in `cacheDir`; zlib when Go is older than the helper
 * needs, or when it does not build or run here (with a warning: the layers' digests then differ
 * from a run with the helper). `signal` stops a build still running when the step ends early.
 */
export async function helperCompressor(
  go: string,
  goVersion: string,
  env: NodeJS.ProcessEnv,
  cacheDir: string,
  signal?: AbortSignal,
): Promise<Compressor> {
  const v = semver.coerce(goVersion)
  if (!v || semver.lt(v, HELPER_MIN_GO))
    return zlibCompressor(`the fast compressor needs Go ${HELPER_MIN_GO.replace(/\.0$/, '')} or later`)
  try {
    return await findOrBuild(go, goVersion, env, cacheDir, signal)
  } catch (e) {
    return unavailable((e as Error).message)
  }
}

function unavailable(why: string): Compressor {
  const message = `the fast compressor is not available: ${why}`
  core.warning(`${message}; layers are compressed with zlib, so their digests differ from a run with the helper`)
  return zlibCompressor(message)
}

async function findOrBuild(
  go: string,
  goVersion: string,
  env: NodeJS.ProcessEnv,
  cacheDir: string,
  signal?: AbortSignal,
): Promise<Compressor> {
  const source = join(actionRoot(), 'deflate')
  const { key, library } = await helperSource(source, goVersion)
  const bin = join(cacheDir, `deflate-${key}`)
  // Kept files are checked before they run (kept-io.ts).
  if (await checkedFile(bin)) return fromHelper(bin, library, 'cached')
  // The helper runs here, on the runner: no target variables, none of the user's GOFLAGS, no go.work.
  const buildEnv = {
    ...withoutTargetVars(env, ['GOFLAGS']),
    CGO_ENABLED: '0',
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-mod=vendor',
    GOWORK: 'off',
  }
  await mkdir(cacheDir, { recursive: true })
  const tmp = `${bin}.${process.pid}.build`
  try {
    const out = await runProcess(go, ['build', '-trimpath', '-ldflags=-s -w', '-o', tmp, '.'], {
      cwd: source,
      env: buildEnv as Record<string, string>,
      ...(signal ? { signal } : {}),
    })
    if (out.code !== 0) throw Object.assign(out.error ?? new Error(out.stderr), { stderr: out.stderr })
  } catch (e) {
    await rm(tmp, { force: true })
    if (signal?.aborted) return zlibCompressor('the step ended before the fast compressor was built')
    const stderr = String((e as { stderr?: string }).stderr ?? (e as Error).message)
    return unavailable(`it did not build: ${(stderr.trim().split('\n')[0] ?? '').slice(0, 200)}`)
  }
  try {
    await keepFile(bin, tmp, await sha256File(tmp))
  } finally {
    await rm(tmp, { force: true })
  }
  return fromHelper(bin, library, 'built')
}

/**
 * The helper, checked by one empty layer (a noexec directory fails here, not on the first layer),
 * and until it fails: from then on zlib for the rest of the run, with one warning.
 */
async function fromHelper(bin: string, library: string, how: 'built' | 'cached'): Promise<Compressor> {
  const helperProcess = new HelperProcess(bin, [String(HELPER_LEVEL)])
  const header = gzipHeader(HELPER_LEVEL)
  const probe = `${bin}.${process.pid}.probe`
  try {
    const empty = await helperProcess.gzip([], probe, header)
    const file = await readFile(probe)
    if (empty.uncompressedSize !== 0 || gunzipSync(file).byteLength !== 0 || digestOf(file) !== empty.digest)
      throw new Error('an empty layer came out wrong')
  } catch (e) {
    helperProcess.stop()
    throw new Error(`it does not run here: ${(e as Error).message}`)
  } finally {
    await rm(probe, { force: true })
  }
  let failed: Compressor | undefined
  const helper: Compressor = {
    get id() {
      return failed?.id ?? `klauspost-compress-${library}-${HELPER_LEVEL}`
    },
    get level() {
      return failed?.level ?? HELPER_LEVEL
    },
    get description() {
      return failed?.description ?? `klauspost/compress level ${HELPER_LEVEL} (helper ${how})`
    },
    gzipTo: (parts, out) => (failed ? failed.gzipTo(parts, out) : helperProcess.gzip(parts, out, header)),
    fallback(error) {
      if (!(error instanceof HelperFailure)) return undefined
      if (!failed) {
        failed = zlibCompressor(`the fast compressor failed: ${error.message}`)
        core.warning(
          `The fast compressor failed (${error.message}); the other layers of this run are compressed with ` +
            `zlib, so their digests differ from a run with the helper`,
        )
      }
      return failed
    },
  }
  return helper
}
