// A stand-in for the kept deflate helper, planted where the action looks for it (with its sha256
// beside it, so it is trusted): it answers the probe (the first request, an empty layer) with a
// valid empty gzip file, then on a real layer records the run in `<bin>.runs` and does what `then`
// says (crash, be killed, exit).
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { helperPath } from '../src/image/deflate-helper-io.js'

export const GO_VERSION = execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim().replace(/^go/, '')

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

export async function plantHelper(cacheDir: string, then: string, sha256?: string): Promise<string> {
  const bin = await helperPath(GO_VERSION, cacheDir)
  await mkdir(cacheDir, { recursive: true })
  await writeFile(
    bin,
    [
      '#!/bin/sh',
      'read -r probe',
      `out=$(printf '%s\\n' "$probe" | sed 's/.*"out":"\\([^"]*\\)".*/\\1/')`,
      // gzip header (level 3), an empty final DEFLATE block, CRC-32 and size of nothing
      String.raw`printf '\037\213\010\000\000\000\000\000\000\377\003\000\000\000\000\000\000\000\000\000' > "$out"`,
      `sum=$(sha256sum "$out" | cut -d' ' -f1)`,
      `printf '{"id":1,"diffId":"sha256:${EMPTY_SHA256}","digest":"sha256:%s",' "$sum"`,
      `printf '"size":20,"uncompressedSize":0}\\n'`,
      'read -r job',
      'echo run >> "$0.runs"',
      then,
      '',
    ].join('\n'),
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
