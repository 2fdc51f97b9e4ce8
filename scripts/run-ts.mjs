// Runs a TypeScript script (bench/*.ts) under the current Node: esbuild bundles it to .tools/run/
// first, since Node 20 cannot strip types and the test helpers it imports are TypeScript.

import { basename, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const entry = process.argv[2]
if (!entry) throw new Error('usage: node scripts/run-ts.mjs <file.ts> [args...]')
const outfile = resolve('.tools/run', basename(entry).replace(/\.ts$/, '.mjs'))
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
})
process.argv.splice(2, 1)
await import(pathToFileURL(outfile).href)
