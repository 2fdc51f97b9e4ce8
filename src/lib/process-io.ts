// The one runner for child processes that @actions/exec cannot serve: it cannot be stopped (an
// AbortSignal kills the builds when the step fails elsewhere) nor fed a file on stdin (docker
// load). Output is collected whole; the process's exit is an answer, never a thrown error.
import { spawn } from 'node:child_process'
import { createReadStream } from 'node:fs'

export interface ProcessResult {
  /** The exit code; -1 when it did not start or was killed. */
  code: number
  stdout: string
  stderr: string
  /** Why it did not start (ENOENT, EACCES), or that `signal` stopped it. */
  error?: Error
}

export interface ProcessOptions {
  cwd?: string
  env?: Record<string, string>
  signal?: AbortSignal
  /** A file streamed to the process's stdin; absent: stdin is closed. */
  stdinFile?: string
}

export function runProcess(cmd: string, args: string[], opts: ProcessOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve) => {
    // A stoppable process leads a process group of its own, and is stopped with all of it: `go
    // build` starts compilers and a linker that would outlive it (writing into the build cache the
    // step is removing) if only go were killed.
    const child = spawn(cmd, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(opts.cwd ? { cwd: opts.cwd } : {}),
      ...(opts.env ? { env: opts.env } : {}),
      detached: opts.signal !== undefined,
    })
    let stdout = ''
    let stderr = ''
    let error: Error | undefined
    const stop = () => {
      error ??= Object.assign(new Error('The operation was aborted'), { name: 'AbortError' })
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }
    if (opts.signal?.aborted) stop()
    else opts.signal?.addEventListener('abort', stop, { once: true })
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', (e) => (error = e))
    child.on('close', (code, signal) => {
      opts.signal?.removeEventListener('abort', stop)
      if (code === null && signal && !error) stderr += `\nkilled by ${signal}`
      resolve({
        code: error ? -1 : (code ?? -1),
        stdout,
        stderr: error && !stderr ? error.message : stderr,
        ...(error ? { error } : {}),
      })
    })
    if (opts.stdinFile)
      createReadStream(opts.stdinFile)
        .on('error', () => child.stdin.end())
        .pipe(child.stdin)
        .on('error', () => undefined)
    else child.stdin.end()
  })
}
