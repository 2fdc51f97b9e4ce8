// The edge of the toolchain stage: finds a Go that satisfies the spec on PATH or in the tool cache,
// else fetches the release list once, downloads the archive, verifies its sha256 against the list,
// extracts and caches it with @actions/tool-cache.

import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import * as core from '@actions/core'
import { getExecOutput } from '@actions/exec'
import { HttpClient } from '@actions/http-client'
import { which } from '@actions/io'
import * as tc from '@actions/tool-cache'
import semver from 'semver'
import { redactUserinfo } from '../inputs/redact.js'
import { type RetryOptions, withRetry } from '../lib/retry.js'
import { sha256File } from '../lib/sha256-file-io.js'
import { ToolchainError } from './errors.js'
import { installFromModuleProxy } from './proxy-io.js'
import { goArch, goOs, type Host, releasesFromListing, resolveRelease, satisfies } from './resolve.js'
import type { GoSource, VersionSpec } from './spec.js'
import { goToSemver } from './version.js'

export interface ToolchainRequest {
  spec: VersionSpec
  checkLatest: boolean
  /** Go download site or mirror, without trailing slash or credentials. */
  baseUrl: string
  /** The mirror's Authorization header, if its URL carried credentials. */
  authorization?: string
  host: Host
  /** Node's arch name, as the tool cache files versions under it. */
  cacheArch: string
  env: NodeJS.ProcessEnv
  retry?: RetryOptions
  /** Default download-site. */
  source?: GoSource
}

export interface InstalledGo {
  version: string
  /** Absolute path of the go binary. */
  go: string
  goroot: string
  source: 'path' | 'tool-cache' | 'download' | 'module-proxy'
}

interface LocalGo {
  version: string
  goroot: string
  source: 'path' | 'tool-cache'
}

const LISTING_RETRY: RetryOptions = { attempts: 4, baseMs: 1000, maxMs: 8000 }

async function goVersionOf(
  goBinary: string,
  env: NodeJS.ProcessEnv,
): Promise<{ version: string; goroot: string } | undefined> {
  const out = await getExecOutput(goBinary, ['env', 'GOVERSION', 'GOROOT'], {
    env: { ...env, GOTOOLCHAIN: 'local' } as Record<string, string>,
    silent: true,
    ignoreReturnCode: true,
  }).catch(() => undefined)
  if (out?.exitCode !== 0) return undefined
  const [name, goroot] = out.stdout.trim().split('\n')
  const version = name ? goToSemver(name.replace(/\s.*$/, '')) : undefined
  return version && goroot ? { version, goroot } : undefined
}

async function localGos(req: ToolchainRequest): Promise<LocalGo[]> {
  const found: LocalGo[] = []
  if (req.env.RUNNER_TOOL_CACHE) {
    for (const v of tc.findAllVersions('go', req.cacheArch)) {
      found.push({ version: v, goroot: tc.find('go', v, req.cacheArch), source: 'tool-cache' })
    }
  }
  const onPath = await which('go', false).catch(() => '')
  if (onPath) {
    const v = await goVersionOf(onPath, req.env)
    if (v) found.push({ ...v, source: 'path' })
  }
  return found
}

/** The newest local Go that satisfies the spec (for an alias, the newest stable one). */
function best(spec: VersionSpec, locals: LocalGo[]): LocalGo | undefined {
  const ok = locals.filter((l) =>
    spec.kind === 'alias' ? semver.prerelease(l.version) === null : satisfies(l.version, spec),
  )
  return ok.sort((a, b) => semver.rcompare(a.version, b.version))[0]
}

function installed(l: LocalGo): InstalledGo {
  return { version: l.version, goroot: l.goroot, go: join(l.goroot, 'bin', 'go'), source: l.source }
}

export async function fetchReleases(
  baseUrl: string,
  retry: RetryOptions = LISTING_RETRY,
  authorization?: string,
): Promise<unknown> {
  const url = `${baseUrl}/?mode=json&include=all`
  const client = new HttpClient('build-go-image', [], { allowRetries: false, socketTimeout: 30_000 })
  try {
    return await withRetry(async () => {
      let res: Awaited<ReturnType<HttpClient['get']>>
      try {
        res = await client.get(url, authorization ? { authorization } : {})
      } catch (e) {
        throw Object.assign(new Error(`${url}: ${(e as Error).message}`), { temporary: true })
      }
      const body = await res.readBody()
      const status = res.message.statusCode ?? 0
      if (status !== 200)
        throw Object.assign(new Error(`${url} answered HTTP ${status}`), { temporary: status >= 500 || status === 429 })
      try {
        return JSON.parse(body) as unknown
      } catch {
        throw new Error(`${url} did not answer with JSON`)
      }
    }, retry)
  } finally {
    client.dispose()
  }
}

const where = (l: LocalGo) => (l.source === 'path' ? 'PATH' : 'tool cache')

export async function setupGo(req: ToolchainRequest): Promise<InstalledGo> {
  const { spec } = req
  const source = req.source ?? 'download-site'
  const locals = await localGos(req)
  const local = best(spec, locals)
  if (local && !req.checkLatest && spec.kind !== 'alias') {
    core.info(`Go ${local.version} from the ${where(local)} satisfies ${spec.text}`)
    return installed(local)
  }
  if (source === 'module-proxy') return fromModuleProxy(req, locals, undefined)
  let listing: unknown
  try {
    listing = await fetchReleases(req.baseUrl, req.retry, req.authorization)
  } catch (e) {
    if (local) {
      core.warning(
        `Could not read the Go release list (${(e as Error).message}); using Go ${local.version} from the ` +
          `${where(local)}`,
      )
      return installed(local)
    }
    const site = `the download site (${(e as Error).message})`
    if (source === 'auto') return fromModuleProxy(req, locals, undefined, site)
    throw new ToolchainError(spec.text, `Could not read ${site}`, { cause: e })
  }
  const resolved = resolveRelease(spec, releasesFromListing(listing), req.host)
  const already = locals.find((l) => l.version === resolved.version)
  if (already) {
    core.info(`Go ${resolved.version} (newest for ${spec.text}) is already in the ${where(already)}`)
    return installed(already)
  }
  try {
    return await download(req, resolved.version, resolved.file)
  } catch (e) {
    // Only a download that did not arrive falls back; a checksum mismatch or a broken archive
    // fails the step, as it should.
    if (source !== 'auto' || !(e instanceof DownloadFailure)) throw e
    return fromModuleProxy(req, locals, resolved.version, `the download site (${e.message})`)
  }
}

/** The archive could not be fetched (network, HTTP status): the module proxy may still serve it. */
class DownloadFailure extends ToolchainError {}

/**
 * Install through the module proxy with the newest local Go 1.21+ as the fetcher. `siteFailure`
 * (auto) is what the download site answered, so a failure here names both sources.
 */
async function fromModuleProxy(
  req: ToolchainRequest,
  locals: LocalGo[],
  version: string | undefined,
  siteFailure?: string,
): Promise<InstalledGo> {
  const both = (proxy: string) =>
    siteFailure
      ? `Could not install Go for ${req.spec.text} from ${siteFailure}; nor from the module proxy: ${proxy}`
      : `Could not install Go for ${req.spec.text} from the module proxy: ${proxy}`
  if (!req.env.RUNNER_TOOL_CACHE)
    throw new ToolchainError(
      req.spec.text,
      both('RUNNER_TOOL_CACHE is not set, so Go cannot be installed; run on a GitHub runner or set it'),
    )
  const fetcher = locals
    .filter((l) => semver.gte(l.version, '1.21.0'))
    .sort((a, b) => semver.rcompare(a.version, b.version))[0]
  if (!fetcher)
    throw new ToolchainError(
      req.spec.text,
      both('it needs an installed Go 1.21 or later (PATH or tool cache) to fetch with, and there is none'),
    )
  if (siteFailure)
    core.warning(
      `Go from ${siteFailure}; trying the module proxy ` +
        `(GOPROXY=${redactUserinfo(req.env.GOPROXY || 'https://proxy.golang.org,direct')})`,
    )
  let got: { version: string; goroot: string }
  try {
    // An exact version needs no list: the module version names it.
    const known = version ?? (req.spec.kind === 'exact' ? req.spec.version : undefined)
    got = await installFromModuleProxy(
      {
        spec: req.spec,
        fetcher: join(fetcher.goroot, 'bin', 'go'),
        host: req.host,
        cacheArch: req.cacheArch,
        env: req.env,
      },
      known,
    )
  } catch (e) {
    throw new ToolchainError(req.spec.text, both((e as Error).message), { cause: e })
  }
  const check = await goVersionOf(join(got.goroot, 'bin', 'go'), req.env)
  if (check?.version !== got.version)
    throw new ToolchainError(
      req.spec.text,
      both(`the module holds Go ${check?.version ?? 'that does not run'}, not ${got.version}`),
    )
  return { version: got.version, goroot: got.goroot, go: join(got.goroot, 'bin', 'go'), source: 'module-proxy' }
}

async function download(
  req: ToolchainRequest,
  version: string,
  file: { filename: string; sha256: string },
): Promise<InstalledGo> {
  if (!req.env.RUNNER_TOOL_CACHE)
    throw new ToolchainError(
      req.spec.text,
      'RUNNER_TOOL_CACHE is not set, so Go cannot be installed; run on a GitHub runner or set it',
    )
  const url = `${req.baseUrl}/${file.filename}`
  core.info(`Downloading Go ${version} from ${url}`)
  const archive = await tc.downloadTool(url, undefined, req.authorization).catch((e: unknown) => {
    throw new DownloadFailure(req.spec.text, `Could not download ${url}: ${(e as Error).message}`, { cause: e })
  })
  let extracted: string | undefined
  try {
    const actual = await sha256File(archive)
    if (actual !== file.sha256.toLowerCase()) {
      throw new ToolchainError(
        req.spec.text,
        `sha256 mismatch for ${file.filename}: the release list says ${file.sha256}, the download is ` +
          `${actual}; the file was deleted`,
      )
    }
    extracted = file.filename.endsWith('.zip') ? await tc.extractZip(archive) : await tc.extractTar(archive)
    const goroot = await tc.cacheDir(join(extracted, 'go'), 'go', version, req.cacheArch)
    const check = await goVersionOf(join(goroot, 'bin', 'go'), req.env)
    if (check?.version !== version)
      throw new ToolchainError(
        req.spec.text,
        `the archive ${file.filename} holds Go ${check?.version ?? 'that does not run'}, not ${version}`,
      )
    return { version, goroot, go: join(goroot, 'bin', 'go'), source: 'download' }
  } finally {
    // cacheDir copies: drop both the archive and the extracted tree from RUNNER_TEMP.
    await rm(archive, { force: true })
    if (extracted) await rm(extracted, { recursive: true, force: true })
  }
}

/** Put Go and GOPATH/bin on PATH for later steps, and pin GOTOOLCHAIN so Go never switches itself. */
export async function exportGo(go: InstalledGo, env: NodeJS.ProcessEnv): Promise<void> {
  core.addPath(join(go.goroot, 'bin'))
  const gopath = await getExecOutput(go.go, ['env', 'GOPATH'], {
    env: { ...env, GOTOOLCHAIN: 'local' } as Record<string, string>,
    silent: true,
    ignoreReturnCode: true,
  })
  if (gopath.exitCode === 0 && gopath.stdout.trim()) core.addPath(join(gopath.stdout.trim().split(':')[0] ?? '', 'bin'))
  core.exportVariable('GOTOOLCHAIN', 'local')
}

/** The toolchain stage: install (or find) Go for the spec and export it for later steps. */
export async function installGo(
  spec: VersionSpec,
  settings: { checkLatest: boolean; baseUrl: string; baseAuthorization?: string; source: GoSource },
  env: NodeJS.ProcessEnv,
): Promise<InstalledGo> {
  const installed = await setupGo({
    spec,
    checkLatest: settings.checkLatest,
    baseUrl: settings.baseUrl,
    source: settings.source,
    ...(settings.baseAuthorization ? { authorization: settings.baseAuthorization } : {}),
    host: { os: goOs(process.platform), arch: goArch(process.arch) },
    cacheArch: process.arch,
    env,
  })
  await exportGo(installed, env)
  core.info(`Go ${installed.version} at ${installed.goroot}`)
  return installed
}
