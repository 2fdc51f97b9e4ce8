// The publishing inputs: image, tags, push, push-by-digest, merge, credentials. Pure.
import { InputError } from '../errors.js'
import { checkTagTemplates } from '../meta/tags.js'
import type { Digest } from '../oci/digest.js'
import { ImageRefError, parseReference, type Reference, TAG } from '../registry/reference.js'
import { type InputReader, parseBoolean, splitList } from './text.js'

export type PushMode = 'true' | 'false' | 'auto'

export interface MergeEntry {
  /** The repository the digest is in; absent: the first `image` repository. */
  repository?: Reference
  digest: Digest
}

export interface PublishSettings {
  /** Repositories to push to; a tag written in `image` is added to that repository's tags. */
  targets: { reference: Reference; tags: string[] }[]
  /** The `tags` input: explicit tags and templates. Empty: tags are derived from the event. */
  tagTemplates: string[]
  /** Push blobs and manifests without tags (a matrix job, merged later). */
  pushByDigest: boolean
  /** A merge job: the images to join into one index. */
  merge: MergeEntry[]
  mode: PushMode
  /** Resolved from mode, the event and whether any repository is named. */
  push: boolean
  username?: string
  password?: string
  githubToken?: string
}

const PUSH_MODES: PushMode[] = ['true', 'false', 'auto']
const NO_PUSH_EVENTS = ['pull_request', 'pull_request_target']

export function parsePublish(read: InputReader, eventName: string | undefined): PublishSettings {
  const mode = (read('push').trim().toLowerCase() || 'auto') as PushMode
  if (!PUSH_MODES.includes(mode)) throw new InputError('push', read('push'), 'give true, false or auto (auto: no push on pull_request events)')
  const tags = splitList(read('tags'), true)
  checkTagTemplates(tags)
  for (const t of tags) {
    if (!t.includes('{{') && !TAG.test(t)) throw new InputError('tags', t, 'a tag is 1-128 of A-Z a-z 0-9 _ . - and does not start with . or -')
  }
  const targets = splitList(read('image'), false).map((text) => {
    let reference: Reference
    try {
      reference = parseReference(text)
    } catch (e) {
      if (e instanceof ImageRefError) throw new InputError('image', text, `${e.message}; give repositories like ghcr.io/owner/app, one per line`)
      throw e
    }
    if (reference.digest) throw new InputError('image', text, 'give a repository (optionally :tag) to push to, without @digest')
    const { tag, ...repo } = reference
    return { reference: repo, tags: tag ? [tag] : [] }
  })
  const username = read('username').trim()
  const password = read('password')
  if (username && !password) throw new InputError('password', '', "give 'password' (a token) together with 'username'")
  if (password && !username) throw new InputError('username', '', "give 'username' together with 'password'")
  if (mode === 'true' && targets.length === 0)
    throw new InputError('image', '', 'push is true: name at least one repository to push to, e.g. ghcr.io/owner/app')
  const push = targets.length > 0 && (mode === 'true' || (mode === 'auto' && !NO_PUSH_EVENTS.includes(eventName ?? '')))
  const githubToken = read('github-token')
  const pushByDigest = parseBoolean('push-by-digest', read('push-by-digest'), false)
  const merge = parseMerge(read('merge'))
  if ((pushByDigest || merge.length > 0) && targets.length === 0) {
    throw new InputError('image', '', `${merge.length > 0 ? 'merge' : 'push-by-digest'} needs the repositories to push to, e.g. ghcr.io/owner/app`)
  }
  if (pushByDigest && merge.length > 0) throw new InputError('merge', read('merge'), 'a job either builds with push-by-digest or merges; not both')
  return {
    targets,
    tagTemplates: tags,
    pushByDigest,
    merge,
    mode,
    push,
    ...(username ? { username, password } : {}),
    ...(githubToken ? { githubToken } : {}),
  }
}

const MERGE_HINT = 'give image digests (sha256:<64 hex>) or repo@sha256:<64 hex>, newline or comma separated, or as a JSON array'

export function parseMerge(text: string): MergeEntry[] {
  const t = text.trim()
  if (t === '') return []
  let items: string[]
  if (t.startsWith('[')) {
    let v: unknown
    try {
      v = JSON.parse(t)
    } catch {
      throw new InputError('merge', t, MERGE_HINT)
    }
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new InputError('merge', t, MERGE_HINT)
    items = v.map((x) => x.trim()).filter((x) => x.length > 0)
  } else {
    items = splitList(t, true)
  }
  return items.map((item) => {
    if (/^sha256:[a-f0-9]{64}$/.test(item)) return { digest: item as Digest }
    let ref: Reference
    try {
      ref = parseReference(item)
    } catch {
      throw new InputError('merge', item, MERGE_HINT)
    }
    if (!ref.digest || ref.tag) throw new InputError('merge', item, MERGE_HINT)
    const { digest, ...repository } = ref
    return { repository, digest }
  })
}
