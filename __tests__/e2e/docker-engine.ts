// A real Docker engine for the tests: Debian's dockerd, as root, on a socket of its own, with no
// networking of its own (vfs storage, no iptables, no bridge), stopped and removed afterwards.
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

const exec = promisify(execFile)

export interface DockerEngine {
  /** DOCKER_HOST for the clients (the action's `docker`, the test's). */
  host: string
  docker(args: string[], opts?: { timeoutMs?: number }): Promise<string>
  stop(): Promise<void>
}

export async function startDockerEngine(): Promise<DockerEngine> {
  if (process.getuid?.() !== 0) throw new Error('the Docker engine tests need root (dockerd runs as root here)')
  // Short: the socket path must fit a sockaddr_un (108 bytes).
  const dir = await mkdtemp('/tmp/bgi-dockerd-')
  const host = `unix://${join(dir, 'd.sock')}`
  const args = ['--storage-driver=vfs', '--iptables=false', '--ip6tables=false', '--bridge=none']
  args.push(
    '--data-root',
    join(dir, 'data'),
    '--exec-root',
    join(dir, 'exec'),
    '--pidfile',
    join(dir, 'd.pid'),
    '-H',
    host,
  )
  const child: ChildProcess = spawn('dockerd', args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()))
  const docker = async (a: string[], opts: { timeoutMs?: number } = {}) =>
    (await exec('docker', ['-H', host, ...a], { timeout: opts.timeoutMs ?? 120_000, maxBuffer: 16 << 20 })).stdout
  let up = false
  for (let i = 0; i < 60 && child.exitCode === null; i++) {
    up = await docker(['version', '--format', '{{.Server.Version}}'], { timeoutMs: 5000 }).then(
      () => true,
      () => false,
    )
    if (up) break
    await new Promise((r) => setTimeout(r, 250))
  }
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM')
      const exited = new Promise<void>((r) => child.once('exit', () => r()))
      const late = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(late)
    }
    // dockerd leaves its network namespace mounted under the exec root: unmount what is below dir.
    const mounts = (await readFile('/proc/self/mounts', 'utf8')).split('\n').map((l) => l.split(' ')[1] ?? '')
    for (const m of mounts.filter((m) => m.startsWith(`${dir}/`)).reverse())
      await exec('umount', ['-l', m]).catch(() => undefined)
    await rm(dir, { recursive: true, force: true })
  }
  if (!up) {
    await stop()
    throw new Error(`dockerd did not start:\n${log.slice(-2000)}`)
  }
  return { host, docker, stop }
}
