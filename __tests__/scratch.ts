// Every test file writes under its own scratch directory (TMPDIR, so os.tmpdir(), the action's
// RUNNER_TEMP and Go's own temporary files all land there; XDG_CACHE_HOME, so the action's layer
// cache too), removed when the file ends: a full run writes gigabytes (toolchain archives, Go
// caches, layouts, cache-service tarballs) and CI machines share a disk, so nothing may outlive its
// file. The machine's Go build cache stays shared, named by GOCACHE, so files do not rebuild std.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

process.env.GOCACHE ||= execFileSync('go', ['env', 'GOCACHE']).toString().trim()
// Under the machine's temporary directory even when a worker process runs a second file.
process.env.BGI_SCRATCH_ROOT ||= tmpdir()
const dir = mkdtempSync(join(process.env.BGI_SCRATCH_ROOT, 'bgi-test-'))
process.env.TMPDIR = dir
process.env.XDG_CACHE_HOME = join(dir, 'cache')

afterAll(() => {
  // Go leaves its module cache read-only; make it writable so it can be removed.
  execFileSync('chmod', ['-R', 'u+w', dir])
  rmSync(dir, { recursive: true, force: true })
})
