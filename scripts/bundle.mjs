// Bundles src/main.ts and src/post.ts into dist/ (committed: runners execute it as is), and
// collects the licenses of every bundled package into dist/licenses.txt.

import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'

// Start clean, so no file of an older build lingers in the committed dist/.
rmSync('dist', { recursive: true, force: true })

// @actions/http-client imports undici (770 KB) only for getAgentDispatcher(), a fetch() helper this
// action never calls; parsing it cost ~45 ms of every start-up. A stub takes its place, and fails
// loudly should anything ever construct it. A new import from undici fails this build.
const undiciStub = {
  name: 'undici-stub',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, () => ({ path: 'undici', namespace: 'undici-stub' }))
    b.onLoad({ filter: /.*/, namespace: 'undici-stub' }, () => ({
      contents:
        "export class ProxyAgent { constructor() { throw new Error('undici is not bundled: build-go-image " +
        "does not use getAgentDispatcher()') } }",
    }))
  },
}

const result = await build({
  entryPoints: { main: 'src/main.ts', post: 'src/post.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  metafile: true,
  // Chunks load on first use: @actions/cache (1.4 MB) only when a cache is restored or saved.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [undiciStub],
  legalComments: 'none',
  // Some bundled CommonJS dependencies call require() on Node built-ins.
  banner: {
    js:
      "import { createRequire as __bgiCreateRequire } from 'node:module'; const require = " +
      '__bgiCreateRequire(import.meta.url);',
  },
  logLevel: 'warning',
})

// node_modules/<name> or node_modules/@scope/<name>, for every input that went into a bundle.
const packages = new Set()
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)
  if (m) packages.add(m[0].replace(/^.*?node_modules\//, 'node_modules/').replace(/\/$/, ''))
}
const sections = [...packages].sort().map((dir) => {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f))
  const text = file
    ? readFileSync(join(dir, file), 'utf8').trim()
    : `(no license file; package.json says ${pkg.license ?? 'nothing'})`
  return `${pkg.name}@${pkg.version} (${pkg.license ?? 'unknown'})\n\n${text}\n`
})
writeFileSync('dist/licenses.txt', `Licenses of the packages bundled into dist/\n\n${sections.join('\n---\n\n')}`)
if (!existsSync('dist/licenses.txt')) throw new Error('no licenses written')
