// Facts about the machine and tools, for the header of every BENCHMARKS.md entry.
import { execFileSync } from 'node:child_process'
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'

export function machine(): string {
  const go = execFileSync('go', ['version'], { encoding: 'utf8' }).trim()
  return (
    `${new Date().toISOString().slice(0, 10)}; ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ` +
    `${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${go}`
  )
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

export function appendResults(section: string): void {
  const file = 'BENCHMARKS.md'
  if (!existsSync(file))
    writeFileSync(file, '# Benchmarks\n\nAppended by the scripts in bench/ (`npm run bench:*`); newest last.\n')
  appendFileSync(file, `\n${section.trim()}\n`)
}

const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100

/**
 * CPU seconds (user + system) from /proc: a process's own (`pid`), or with `children` those of its
 * reaped descendants (a child's own children count once it has waited for them).
 */
export function cpuSeconds(pid: number | 'self', children = false): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  const at = children ? 13 : 11
  return (Number(f[at]) + Number(f[at + 1])) / TICKS
}
