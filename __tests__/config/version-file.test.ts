// The version file is read once; a file that exists but cannot be read is not "missing".
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { readVersionSpec } from '../../src/config/io.js'
import type { ToolchainSettings } from '../../src/toolchain/settings.js'

const settings = (versionFile: string): ToolchainSettings => ({
  versionFile,
  checkLatest: false,
  baseUrl: 'https://go.dev/dl',
  secrets: [],
  source: 'auto',
})

test('a go.mod gives its go line', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bgi-vf-'))
  await writeFile(join(dir, 'go.mod'), 'module x\n\ngo 1.22.5\n')
  expect(await readVersionSpec(settings(join(dir, 'go.mod')))).toMatchObject({ kind: 'minimum', version: '1.22.5' })
})

test('a missing file says so and how to fix it', async () => {
  await expect(readVersionSpec(settings('/nonexistent/go.mod'))).rejects.toThrow(/the file does not exist; give/)
})

test('a path that cannot be read is named with why, not called missing', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bgi-vf-'))
  await mkdir(join(dir, 'go.mod'))
  await expect(readVersionSpec(settings(join(dir, 'go.mod')))).rejects.toThrow(
    /^Input .go-version-file.: ".*go\.mod".*the file cannot be read \(EISDIR\)/,
  )
})
