// Lines of src/ hold at most 120 characters. Biome's formatter wraps code at that width but leaves
// strings, regexes and comments as written; this catches those. (src/image/ca-bundle.ts is generated.)
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const MAX = 120
const long = []
for (const entry of readdirSync('src', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name === 'ca-bundle.ts') continue
  const file = join(entry.parentPath, entry.name)
  const lines = readFileSync(file, 'utf8').split('\n')
  for (const [i, line] of lines.entries())
    if (line.length > MAX) long.push(`${file}:${i + 1}: ${line.length} characters`)
}
if (long.length > 0) {
  console.error(`lines over ${MAX} characters:\n${long.join('\n')}`)
  process.exit(1)
}
