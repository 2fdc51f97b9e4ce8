// Real OCI clients (skopeo, umoci) and qemu-user-static, used to check what the action wrote.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

const exec = promisify(execFile)

/** `oci:<dir>:<tag>` for the image in a layout the action wrote (index.json also lists its SBOMs). */
export function ociRef(dir: string): string {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
    manifests: { annotations?: Record<string, string> }[]
  }
  const name = index.manifests.map((m) => m.annotations?.['org.opencontainers.image.ref.name']).find(Boolean)
  if (!name) throw new Error(`${dir}/index.json names no image`)
  return `oci:${dir}:${name}`
}

export async function run(cmd: string, args: string[], opts: { cwd?: string } = {}): Promise<string> {
  const { stdout } = await exec(cmd, args, { maxBuffer: 64 << 20, ...opts })
  return stdout
}

export async function skopeoRaw(ref: string): Promise<{ raw: string; digest: string; json: any }> {
  const raw = await run('skopeo', ['inspect', '--raw', ref])
  return { raw, digest: `sha256:${createHash('sha256').update(raw).digest('hex')}`, json: JSON.parse(raw) }
}

/** Copy one platform out of a multi-platform layout into its own layout, then unpack it with umoci. */
export async function unpackPlatform(layout: string, platform: string, workDir: string): Promise<string> {
  const [os, arch, variant] = platform.split('/') as [string, string, string | undefined]
  const single = `${workDir}/single`
  const args = ['copy', '--override-os', os, '--override-arch', arch]
  if (variant) args.push('--override-variant', variant)
  await run('skopeo', [...args, ociRef(layout), `oci:${single}:img`])
  await run('umoci', ['unpack', '--rootless', '--image', `${single}:img`, `${workDir}/bundle`])
  return `${workDir}/bundle`
}

/** Run a binary built for `platform`: natively for amd64, under qemu-user-static otherwise. */
export async function runBinary(platform: string, binary: string, args: string[]): Promise<string> {
  const qemu: Record<string, string> = {
    'linux/arm64': 'qemu-aarch64-static',
    'linux/arm/v7': 'qemu-arm-static',
    'linux/arm/v6': 'qemu-arm-static',
    'linux/ppc64le': 'qemu-ppc64le-static',
    'linux/s390x': 'qemu-s390x-static',
    'linux/riscv64': 'qemu-riscv64-static',
  }
  if (platform === 'linux/amd64') return run(binary, args)
  const emulator = qemu[platform]
  if (!emulator) throw new Error(`no emulator for ${platform}`)
  return run(emulator, [binary, ...args])
}
