// The sha256 of a file, read in 1 MiB chunks: shared by the toolchain download check, the
// kept-program check and the layer cache key.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
