// A stand-in for the kept deflate helper, planted where the action looks for it (with its sha256
// beside it, so it is trusted): it answers the empty probe with a valid empty DEFLATE stream, then
// on a real layer records the run in `<bin>.runs` and does what `then` says (crash, be killed).
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { helperPath } from '../src/image/deflate-helper-io.js'

export const GO_VERSION = execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim().replace(/^go/, '')

export async function plantHelper(cacheDir: string, then: string, sha256?: string): Promise<string> {
  const bin = await helperPath(GO_VERSION, cacheDir)
  await mkdir(cacheDir, { recursive: true })
  await writeFile(
    bin,
    `#!/bin/sh\nn=$(head -c 1 | wc -c)\nif [ "$n" = 0 ]; then printf '\\003\\000'; exit 0; fi\necho run >> ` +
      `"$0.runs"\n${then}\n`,
  )
  await chmod(bin, 0o755)
  await writeFile(
    `${bin}.sha256`,
    `${
      sha256 ??
      createHash('sha256')
        .update(await readFile(bin))
        .digest('hex')
    }\n`,
  )
  return bin
}
