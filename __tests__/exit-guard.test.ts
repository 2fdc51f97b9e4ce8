// The guard against a false success: a process whose work is still pending when the event loop
// empties fails (exit 1, an ::error:: line), instead of Node's silent exit 0.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from 'vitest'

const ROOT = join(import.meta.dirname, '..')

function runFixture(mode: string) {
  return spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/run-ts.mjs'), join(ROOT, '__tests__/fixtures/exit-guard/pending.ts'), mode],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 15_000,
    },
  )
}

test('work still pending when the event loop empties: exit 1 with a message that says so', () => {
  const r = runFixture('pending')
  expect(r.status).toBe(1)
  expect(r.stdout).toContain(
    '::error::build-go-image stopped before its work was done: an operation neither finished nor failed',
  )
})

test('work that settled: exit 0, nothing said', () => {
  const r = runFixture('done')
  expect(r.status).toBe(0)
  expect(r.stdout).not.toContain('::error::')
})

test('work that settled while a library timer is still armed for ten minutes: the step ends now, exit 0', () => {
  const r = runFixture('lingering') // spawnSync's 15 s timeout would kill a process that waited
  expect(r.signal).toBeNull()
  expect(r.status).toBe(0)
})
