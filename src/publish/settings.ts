// The publishing inputs: image, tags, push, push-by-digest, merge, credentials. Pure.
import { InputError } from '../inputs/error.js'
import { type InputReader, parseBoolean, splitList } from '../inputs/text.js'
import { type Digest, isDigest } from '../lib/oci/digest.js'
import {
  COMPONENT,
  ImageRefError,
  parseReference,
  type Reference,
  repositoryName,
  TAG,
} from '../lib/registry/reference.js'
import { checkTagTemplates } from '../meta/tags.js'

export type PushMode = 'true' | 'false' | 'auto'

export interface MergeEntry {
  /** The repository the digest is in; absent: the first `image` repository. */
  repository?: Reference
  digest: Digest
  /** Several images (a leg's images-json): the image's name; the merge makes one index per name. */
  image?: string
}

export interface PublishTarget {
  reference: Reference
  /** Tags written in `image`. */
  tags: string[]
  /** Tags (or templates) the `tags` input gave as full references to this repository. */
  tagTemplates: string[]
}

export interface PublishSettings {
  /** Repositories to push to: `image`, else the repositories `tags` names in full references. */
  targets: PublishTarget[]
  /** The `tags` input's bare tags and templates, for every repository. Empty (and no target has its
   * own): tags are derived from the event. */
  tagTemplates: string[]
  /** Write the sha256-<hex> referrers fallback tag where a registry has no referrers API. */
  referrersTag: boolean
  /** Several images: `name=tag` lines of the tags input, a tag for that image alone (beside the others). */
  imageTags: { image: string; tag: string }[]
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
  if (!PUSH_MODES.includes(mode))
    throw new InputError('push', read('push'), 'give true, false or auto (auto: no push on pull_request events)')
  const targets = splitList(read('image'), false).map((text) => {
    let reference: Reference
    try {
      reference = parseReference(text)
    } catch (e) {
      if (e instanceof ImageRefError)
        throw new InputError('image', text, `${e.message}; give repositories like ghcr.io/owner/app, one per line`)
      throw e
    }
    if (reference.digest)
      throw new InputError('image', text, 'give a repository (optionally :tag) to push to, without @digest')
    const { tag, ...repo } = reference
    return { reference: repo, tags: tag ? [tag] : [], tagTemplates: [] as string[] }
  })
  const imageTags: { image: string; tag: string }[] = []
  const tags = parseTags(read('tags'), targets, imageTags)
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
    throw new InputError(
      'image',
      '',
      `${merge.length > 0 ? 'merge' : 'push-by-digest'} needs the repositories to push to, e.g. ghcr.io/owner/app`,
    )
  }
  if (pushByDigest && merge.length > 0)
    throw new InputError('merge', read('merge'), 'a job either builds with push-by-digest or merges; not both')
  return {
    targets,
    tagTemplates: tags,
    referrersTag: parseBoolean('referrers-tag', read('referrers-tag'), true),
    imageTags,
    pushByDigest,
    merge,
    mode,
    push,
    ...(username ? { username, password } : {}),
    ...(githubToken ? { githubToken } : {}),
  }
}

const TAG_HINT = 'a tag is 1-128 of A-Z a-z 0-9 _ . - and does not start with . or -'

/**
 * The `tags` input: bare tags (or templates) for every repository, and full references such as
 * docker/metadata-action writes (`ghcr.io/o/app:1.2.3`), each for its repository, which must be
 * one of `image`; with `image` empty, those repositories are the ones pushed to. Fills each
 * target's own templates and returns the bare ones.
 */
function parseTags(text: string, targets: PublishTarget[], imageTags: { image: string; tag: string }[]): string[] {
  const bare: string[] = []
  const fromImage = targets.length > 0
  for (const item of splitList(text, true)) {
    const perImage = /^([^=/]+)=(.*)$/.exec(item)
    if (perImage) {
      const [, image = '', tag = ''] = perImage
      if (!COMPONENT.test(image) || !TAG.test(tag))
        throw new InputError('tags', item, `a tag for one image is <image name>=<tag>, e.g. api=canary; ${TAG_HINT}`)
      imageTags.push({ image, tag })
      continue
    }
    const slash = item.lastIndexOf('/')
    if (slash < 0) {
      checkTag(item)
      bare.push(item)
      continue
    }
    const colon = item.indexOf(':', slash)
    const tag = colon < 0 ? 'latest' : item.slice(colon + 1)
    let repo: Reference
    try {
      repo = parseReference(colon < 0 ? item : item.slice(0, colon))
    } catch (e) {
      throw new InputError(
        'tags',
        item,
        `${(e as Error).message}; give bare tags (1.2.3) or references (ghcr.io/owner/app:1.2.3)`,
      )
    }
    if (repo.digest || repo.tag)
      throw new InputError('tags', item, 'give a tag (ghcr.io/owner/app:1.2.3), not a digest')
    checkTag(tag, item)
    const name = repositoryName(repo)
    let target = targets.find((t) => repositoryName(t.reference) === name)
    if (!target && fromImage) {
      const names = targets.map((t) => repositoryName(t.reference)).join(', ')
      throw new InputError(
        'tags',
        item,
        `its repository ${name} is not one of image (${names}); add it to image, or give a bare tag`,
      )
    }
    if (!target) {
      target = { reference: repo, tags: [], tagTemplates: [] }
      targets.push(target)
    }
    target.tagTemplates.push(tag)
  }
  // Every repository named must get some tag from the input once the input names any.
  if (bare.length === 0 && targets.some((t) => t.tagTemplates.length > 0)) {
    const left = targets.find((t) => t.tagTemplates.length === 0 && t.tags.length === 0)
    if (left)
      throw new InputError(
        'tags',
        text.trim(),
        `it names no tag for ${repositoryName(left.reference)} (in image); add one, a bare tag, or take it ` +
          `out of image`,
      )
  }
  return bare
}

function checkTag(tag: string, item = tag): void {
  checkTagTemplates([tag])
  if (!tag.includes('{{') && !TAG.test(tag)) throw new InputError('tags', item, TAG_HINT)
}

const MERGE_HINT =
  'give image digests (sha256:<64 hex>) or repo@sha256:<64 hex>, newline or comma separated, or as a JSON array ' +
  "(several images: the legs' images-json, one object per leg)"

export function parseMerge(text: string): MergeEntry[] {
  const t = text.trim()
  if (t === '') return []
  let items: string[]
  if (t.startsWith('[') || t.startsWith('{')) {
    let v: unknown
    try {
      v = JSON.parse(t)
    } catch {
      throw new InputError('merge', t, MERGE_HINT)
    }
    // A matrix's outputs as one object ({"digest-amd64": "sha256:…", …}): each value an entry.
    const named = isStringRecord(v) ? Object.entries(v) : undefined
    const legs = Array.isArray(v) ? v : [v]
    // Objects: the legs' images-json (several images); else a list of digests.
    if (!named && legs.some((x) => typeof x === 'object' && x !== null && !Array.isArray(x))) return parseLegs(legs)
    if (!named && !legs.every((x) => typeof x === 'string')) throw new InputError('merge', t, MERGE_HINT)
    const entries = named ?? (legs as string[]).map((x, i) => [`entry ${i + 1}`, x] as const)
    // An empty entry is a leg that set no digest (act's matrix outputs lose some: nektos/act#981):
    // merged without it, the index would lack a platform and the tags would move to it.
    const empty = entries.find(([, x]) => x.trim() === '')
    if (empty)
      throw new InputError('merge', empty[0], `it is empty: the build job that should give it gave none; ${MERGE_HINT}`)
    items = entries.map(([, x]) => x.trim())
  } else {
    items = splitList(t, true)
  }
  return items.map((item) => {
    if (isDigest(item)) return { digest: item }
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

function isStringRecord(v: unknown): v is Record<string, string> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.keys(v).length > 0 &&
    Object.values(v).every((x) => typeof x === 'string')
  )
}

const LEGS_HINT =
  "give each matrix leg's images-json output (image name -> {digest, repositories}), as a JSON array with one " +
  'object per leg; every leg must name every image'

/**
 * Several images: each leg's images-json, as a JSON array. Every leg names the same images, each
 * with a digest: an empty or missing one is an error that names the leg and the image, never a
 * smaller index.
 */
function parseLegs(legs: unknown[]): MergeEntry[] {
  const entries: MergeEntry[] = []
  const names = legs.map((leg, i) => {
    if (typeof leg !== 'object' || leg === null || Array.isArray(leg) || Object.keys(leg).length === 0)
      throw new InputError('merge', `leg ${i + 1}: ${JSON.stringify(leg)}`, `it names no image; ${LEGS_HINT}`)
    return Object.keys(leg).sort()
  })
  for (const [i, leg] of legs.entries()) {
    const differ = names[i]?.join(',') !== names[0]?.join(',')
    if (differ)
      throw new InputError(
        'merge',
        `leg ${i + 1}`,
        `it names ${names[i]?.join(', ')} but leg 1 names ${names[0]?.join(', ')}; ${LEGS_HINT}`,
      )
    for (const [image, entry] of Object.entries(leg as Record<string, unknown>)) {
      const e = (typeof entry === 'object' && entry !== null ? entry : {}) as {
        digest?: unknown
        repositories?: unknown
      }
      const where = `leg ${i + 1}: ${image}`
      if (typeof e.digest !== 'string' || !isDigest(e.digest))
        throw new InputError('merge', where, `its digest is ${JSON.stringify(e.digest ?? null)}; ${LEGS_HINT}`)
      const first =
        Array.isArray(e.repositories) && typeof e.repositories[0] === 'string' ? e.repositories[0] : undefined
      let repository: Reference | undefined
      try {
        repository = first ? parseReference(first) : undefined
      } catch {
        throw new InputError('merge', `${where}: ${first}`, `its repository is not one; ${LEGS_HINT}`)
      }
      entries.push({ image, digest: e.digest, ...(repository ? { repository } : {}) })
    }
  }
  return entries
}

/**
 * One of several images: every repository gains the image's name (`<image>/<name>`); its tags are
 * everyone's, and those the tags input gives it alone (`name=tag`).
 */
export function forImage(settings: PublishSettings, name: string): PublishSettings {
  const own = settings.imageTags.filter((t) => t.image === name).map((t) => t.tag)
  return {
    ...settings,
    targets: settings.targets.map((t) => ({
      ...t,
      reference: { ...t.reference, repository: `${t.reference.repository}/${name}` },
      tags: [...t.tags, ...own],
    })),
  }
}

/** Tags for one image (`name=tag`) that name no image built, or any when there is one image. */
export function checkImageTags(settings: PublishSettings, names: string[] | undefined): void {
  const stray = settings.imageTags.find((t) => !names?.includes(t.image))
  if (!stray) return
  throw new InputError(
    'tags',
    `${stray.image}=${stray.tag}`,
    names
      ? `no image is named ${stray.image} (the images: ${names.join(', ')})`
      : 'a tag for one image (name=tag) needs several mains; give a plain tag',
  )
}
