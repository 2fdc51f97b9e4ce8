// What the side-by-side benches share: a quiet process runner, the 4-platform base image pushed
// and pinned by digest, buildah building the same source, and a "new commit" in a package.
import { execFileSync, spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ActionRun } from '../__tests__/e2e/action.js'
import { makeBaseLayout } from '../__tests__/e2e/base-image.js'

export const PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/ppc64le']

/** Run a command to its end; its stderr's tail on failure. */
export function sh(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let err = ''
    child.stdout.resume()
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed:\n${err.slice(-2000)}`)),
    )
  })
}

export function ok(r: ActionRun): ActionRun {
  if (r.code !== 0) throw new Error(r.stdout.slice(-3000))
  return r
}

/** One multi-platform base image in the registry, as `host/base/static@sha256:…`, given to every tool. */
export async function pushBase(work: string, host: string): Promise<string> {
  await makeBaseLayout(
    join(work, 'base'),
    PLATFORMS.map((p) => {
      const [os, architecture, variant] = p.split('/') as [string, string, string?]
      return { os, architecture, ...(variant ? { variant } : {}) }
    }),
  )
  await sh('skopeo', [
    'copy',
    '--all',
    '--dest-tls-verify=false',
    `oci:${join(work, 'base')}:base`,
    `docker://${host}/base/static:1`,
  ])
  const raw = execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${host}/base/static:1`])
  return `${host}/base/static@sha256:${createHash('sha256').update(raw).digest('hex')}`
}

let contexts = 0

/** buildah: the platforms' go builds one after another, then a Containerfile over `base`, pushed. */
export async function buildah(work: string, dir: string, ref: string, base: string): Promise<void> {
  const store = [
    '--storage-driver',
    'vfs',
    '--root',
    join(work, 'buildah/root'),
    '--runroot',
    join(work, 'buildah/run'),
  ]
  const ctx = join(work, `buildah-ctx-${contexts++}`)
  mkdirSync(ctx, { recursive: true })
  for (const p of PLATFORMS) {
    const [, arch, variant] = p.split('/') as [string, string, string?]
    const env = { CGO_ENABLED: '0', GOOS: 'linux', GOARCH: arch, ...(variant ? { GOARM: variant.slice(1) } : {}) }
    await sh('go', ['build', '-trimpath', '-o', join(ctx, `app-${arch}${variant ?? ''}`), '.'], { cwd: dir, env })
  }
  writeFileSync(
    join(ctx, 'Containerfile'),
    `FROM ${base}\nARG TARGETARCH\nARG TARGETVARIANT\nCOPY app-\${TARGETARCH}\${TARGETVARIANT} ` +
      `/app/app\nENTRYPOINT ["/app/app"]\n`,
  )
  await sh('buildah', [
    ...store,
    'build',
    '--isolation',
    'chroot',
    '--tls-verify=false',
    '--platform',
    PLATFORMS.join(','),
    '--manifest',
    ref,
    ctx,
  ])
  await sh('buildah', [...store, 'manifest', 'push', '--all', '--tls-verify=false', ref, `docker://${ref}`])
  await sh('buildah', [...store, 'manifest', 'rm', ref]).catch(() => undefined)
}

/** A new commit: a file with a fresh random string in the main package, so every tool links anew. */
export function newCommit(dir: string): void {
  writeFileSync(
    join(dir, 'zz_bench_commit.go'),
    `package main\n\nimport "os"\n\nfunc init() {\n\tif len(os.Args) > 99 ` +
      `{\n\t\tprintln("${randomBytes(8).toString('hex')}")\n\t}\n}\n`,
  )
}
