import { createHash, type Hash } from 'node:crypto'

/** A content digest `sha256:<64 hex>`; only made here (digestOf, digestOfHash, parseDigest, isDigest). */
export type Digest = string & { readonly __brand: 'Digest' }

const DIGEST = /^sha256:[a-f0-9]{64}$/

export function digestOf(bytes: Uint8Array | string): Digest {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}` as Digest
}

/** The digest of what a sha256 Hash has read (a stream hashed as it went by). */
export function digestOfHash(hash: Hash): Digest {
  return `sha256:${hash.digest('hex')}` as Digest
}

export function isDigest(s: string | undefined): s is Digest {
  return s !== undefined && DIGEST.test(s)
}

export function parseDigest(s: string): Digest {
  if (!DIGEST.test(s)) throw new Error(`not a sha256 digest: ${JSON.stringify(s)}`)
  return s as Digest
}

/** The hex part of a digest, as used for blob file names. */
export function digestHex(d: Digest): string {
  return d.slice('sha256:'.length)
}
