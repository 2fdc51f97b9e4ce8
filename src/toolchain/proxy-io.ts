// The edge that installs Go through the module proxy: an installed Go (1.21 or later) downloads the
// module golang.org/toolchain into a scratch module cache, verifying it against GOSUMDB as `go`
// does when it switches toolchains; the tree is then kept in the tool cache like a downloaded archive.

import { execFile } from 'node:child_process'
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import * as core from '@actions/core'
import * as tc from '@actions/tool-cache'
import { ToolchainError } from './errors.js'
import {
  isToolchainExecutable,
  releasesFromModuleVersions,
  TOOLCHAIN_MODULE,
  toolchainModuleVersion,
} from './module-proxy.js'
import { type Host, nearest, pickVersion } from './resolve.js'
import type { VersionSpec } from './spec.js'

const run = promisify(execFile)

export interface ProxyRequest {
  spec: VersionSpec
  /** The Go that fetches: any installed Go 1.21+. */
  fetcher: string
  host: Host
  cacheArch: string
  env: NodeJS.ProcessEnv
}

/** Bounded: a stalled proxy fails the step instead of hanging it. */
const LIST_TIMEOUT_MS = 120_000
const DOWNLOAD_TIMEOUT_MS = 600_000

/** What went wrong, in go's words: its JSON Error field, else its stderr, else the exit. */
function goFailure(e: unknown): string {
  const err = e as { stdout?: string; stderr?: string; killed?: boolean; message: string }
  if (err.killed) return 'timed out'
  let fromJson: string | undefined
  try {
    fromJson = (JSON.parse(err.stdout ?? '') as { Error?: string }).Error
  } catch {
    // not JSON: go failed before it could say, and stderr has it
  }
  const text = fromJson || (err.stderr ?? '').trim() || err.message
  return text
    .split('\n')
    .filter((l) => l.trim())
    .slice(-2)
    .join('; ')
}

async function setExecutable(root: string): Promise<void> {
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const rel = join(entry.parentPath, entry.name).slice(root.length + 1)
    if (isToolchainExecutable(rel)) await chmod(join(root, rel), 0o755)
  }
}

/**
 * Resolve the spec against the proxy's list (when no version is known yet), download that
 * release, and cache it. Throws a ToolchainError whose message says what the proxy answered.
 */
export async function installFromModuleProxy(
  req: ProxyRequest,
  known?: string,
): Promise<{ version: string; goroot: string }> {
  const work = await mkdtemp(join(req.env.RUNNER_TEMP || tmpdir(), 'go-toolchain-'))
  // A scratch module cache with writable dirs (so it can be removed), outside any module or
  // workspace, with the user's GOPROXY, GOSUMDB and GONOSUMDB kept but never their GOFLAGS.
  const env = {
    ...req.env,
    GOTOOLCHAIN: 'local',
    GOMODCACHE: join(work, 'mod'),
    GOFLAGS: '-modcacherw',
    GOWORK: 'off',
    GO111MODULE: 'on',
  }
  const opts = { cwd: work, env, maxBuffer: 16 << 20 }
  try {
    let version = known
    if (!version) {
      let listed: string[]
      try {
        const { stdout } = await run(req.fetcher, ['list', '-m', '-versions', '-json', TOOLCHAIN_MODULE], {
          ...opts,
          timeout: LIST_TIMEOUT_MS,
        })
        listed = (JSON.parse(stdout) as { Versions?: string[] }).Versions ?? []
      } catch (e) {
        throw new ToolchainError(req.spec.text, `listing ${TOOLCHAIN_MODULE}: ${goFailure(e)}`, { cause: e })
      }
      const releases = releasesFromModuleVersions(listed, req.host)
      version = pickVersion(req.spec, releases)
      if (!version) {
        const near =
          nearest(
            req.spec,
            releases.map((r) => r.version),
          ).join(', ') || 'none'
        throw new ToolchainError(
          req.spec.text,
          `no ${TOOLCHAIN_MODULE} release for ${req.host.os}/${req.host.arch} satisfies ${req.spec.text}; ` +
            `nearest: ${near}`,
        )
      }
    }
    const module = `${TOOLCHAIN_MODULE}@${toolchainModuleVersion(version, req.host)}`
    core.info(`Downloading Go ${version} from the module proxy as ${module} (verified against the checksum database)`)
    let dir: string
    try {
      const { stdout } = await run(req.fetcher, ['mod', 'download', '-json', module], {
        ...opts,
        timeout: DOWNLOAD_TIMEOUT_MS,
      })
      dir = (JSON.parse(stdout) as { Dir: string }).Dir
    } catch (e) {
      throw new ToolchainError(req.spec.text, `downloading ${module}: ${goFailure(e)}`, { cause: e })
    }
    await setExecutable(dir)
    return { version, goroot: await tc.cacheDir(dir, 'go', version, req.cacheArch) }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
