// Lines hold at most 120 characters (src, tests, benches, scripts). Biome's formatter wraps code at
// that width but leaves strings, regexes and comments as written; this catches those. Generated
// files (src/image/ca-bundle.ts) and captured fixtures are left out.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const MAX = 120
const long = []
const entries = ['src', '__tests__', 'bench', 'scripts'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }),
)
for (const entry of entries) {
  if (!entry.isFile() || !/\.(ts|mjs)$/.test(entry.name) || entry.name === 'ca-bundle.ts') continue
  const file = join(entry.parentPath, entry.name)
  if (file.includes('fixtures')) continue
  const lines = readFileSync(file, 'utf8').split('\n')
  for (const [i, line] of lines.entries())
    if (line.length > MAX) long.push(`${file}:${i + 1}: ${line.length} characters`)
}
if (long.length > 0) {
  console.error(`lines over ${MAX} characters:\n${long.join('\n')}`)
  process.exit(1)
}
