// Bundles src/main.ts and src/post.ts into dist/ (committed: runners execute it as is).
import { build } from 'esbuild'
import { rmSync } from 'node:fs'

// Start clean, so no file of an older build lingers in the committed dist/.
rmSync('dist', { recursive: true, force: true })

await build({
  entryPoints: { main: 'src/main.ts', post: 'src/post.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Some bundled CommonJS dependencies call require() on Node built-ins.
  banner: { js: "import { createRequire as __bgiCreateRequire } from 'node:module'; const require = __bgiCreateRequire(import.meta.url);" },
  logLevel: 'warning',
})
