import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { runProcess } from '../src/lib/process-io.js'

test('an exit code is an answer, with both outputs; a file can be fed on stdin', async () => {
  const r = await runProcess('sh', ['-c', 'echo out; echo err >&2; exit 3'])
  expect(r).toEqual({ code: 3, stdout: 'out\n', stderr: 'err\n' })
  const file = join(mkdtempSync(join(tmpdir(), 'proc-')), 'in')
  writeFileSync(file, 'from the file')
  expect((await runProcess('cat', [], { stdinFile: file })).stdout).toBe('from the file')
})

test('a program that does not exist, and one the signal stops: code -1 and the reason', async () => {
  const missing = await runProcess('/nonexistent/tool', [])
  expect(missing.code).toBe(-1)
  expect(missing.error?.message).toMatch(/ENOENT/)
  const stop = new AbortController()
  const running = runProcess('sleep', ['30'], { signal: stop.signal })
  stop.abort()
  const stopped = await running
  expect(stopped.code).toBe(-1)
  expect(stopped.error?.name).toBe('AbortError')
})
