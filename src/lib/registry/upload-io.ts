// One blob's bytes into an open upload session, in a style every hosted registry takes:
// - up to 4 MiB, one PUT with the body (a round trip less);
// - above that, docker's own style: one PATCH streamed without Content-Length
//   (Transfer-Encoding: chunked), then the closing PUT; GHCR refuses any PATCH that declares
//   over 4 MiB, but takes this;
// - when a registry refuses that as too large (413, or GHCR's 416 "too large"), PATCH chunks of
//   at most 4 MiB with Content-Range, smaller again if refused again.
// What a registry refused is remembered for the run (UploadHints). A failed request resumes from
// the registry's Range; when the session is gone (404, 416, a Range that does not advance) the
// attempt fails as SessionLost, and the caller's retry starts a new session.

import type { Readable } from 'node:stream'
import type { Descriptor } from '../oci/descriptor.js'
import type { Digest } from '../oci/digest.js'
import type { BlobSource } from '../oci/store.js'
import { isTemporary } from '../retry.js'
import { header, type RegistryClient, type UploadHints } from './client-io.js'
import { RegistryError, redactUrl } from './errors.js'
import type { HttpResponse } from './transport.js'

export interface UploadOptions {
  /** Blobs up to this size go in one PUT. */
  putMax: number
  /** Chunk size once a registry refuses a streamed PATCH as too large. */
  chunkSize: number
  /** Resumes from the registry's Range within one session before the attempt fails. */
  resumes: number
}

/** GHCR refuses request bodies over 4 MiB ("exceeds the maximum permissible limit of 4.00MiB"). */
export const DEFAULT_UPLOAD: UploadOptions = { putMax: 4 << 20, chunkSize: 4 << 20, resumes: 3 }
const MIN_CHUNK = 256 << 10
/** How long a failed upload waits for its body's source to report its own failure. */
const SETTLE_MS = 500

export type UploadStyle = 'put' | 'stream' | 'chunks'

/** The session is gone or untrustworthy: a new one must start (temporary, so the retry does). */
export class SessionLost extends RegistryError {
  constructor(
    method: string,
    url: string,
    status: number | undefined,
    readonly why: string,
  ) {
    super({
      method,
      url,
      status,
      temporary: true,
      message: `${method} ${url}: upload session lost (${why}); starting a new one`,
    })
  }

  /** The same loss, told after the failure that sent the upload to resume (its real cause). */
  after(first: unknown): SessionLost {
    const cause = (first as Error)?.message ?? String(first)
    return new SessionLost(this.method, this.url, this.status, `after ${cause}, ${this.why}`)
  }
}

/** Pure: the style for a blob of this size, given what the registry refused so far. */
export function uploadStyle(size: number, opts: UploadOptions, hints: UploadHints): UploadStyle {
  if (size <= Math.min(opts.putMax, hints.chunkSize ?? opts.putMax) && !hints.putRefused) return 'put'
  if (!hints.streamRefused) return 'stream'
  // Chunks where they work; where they do not (ECR's Range freezes, GAR has none), one PUT, as
  // kitops does for ECR.
  return hints.chunksBroken && !hints.putRefused ? 'put' : 'chunks'
}

/** 413, or a 416 that says the body is too large (GHCR); a plain 416 is an offset mismatch. */
export function isTooLarge(e: unknown): boolean {
  if (!(e instanceof RegistryError)) return false
  return e.status === 413 || (e.status === 416 && /too large|exceed|maximum|limit/i.test(e.message))
}

/** Pure: record a too-large refusal of `style`; false when nothing smaller is left to try. */
export function shrink(style: UploadStyle, hints: UploadHints, opts: UploadOptions): boolean {
  if (style === 'put') {
    if (hints.putRefused) return false
    hints.putRefused = true
  } else if (style === 'stream') hints.streamRefused = true
  else {
    const now = hints.chunkSize ?? opts.chunkSize
    if (now <= MIN_CHUNK) return false
    hints.chunkSize = Math.max(MIN_CHUNK, now >> 1)
  }
  return true
}

/**
 * Bytes the registry holds, from a `Range: 0-<last>` answer. distribution reports an empty
 * upload as `0-0` too; a session holds either nothing or far more than one byte of ours.
 */
export function resumeOffset(range: string | undefined, size: number): number {
  const m = /^(?:bytes=)?0-(\d+)$/.exec(range ?? '')
  const last = m ? Number(m[1]) : 0
  return last === 0 ? 0 : Math.min(last + 1, size)
}

export interface Upload {
  client: RegistryClient
  scopes: string[]
  opts: UploadOptions
  /** The session's OCI-Chunk-Min-Length, if it named one. */
  minChunk?: number
}

/** Send the blob into the session at `location` and close it; returns the closing answer. */
export async function uploadInto(
  u: Upload,
  location: string,
  desc: Descriptor,
  source: BlobSource,
): Promise<HttpResponse> {
  const hints = u.client.uploadHints
  let style = uploadStyle(source.size, u.opts, hints)
  let offset = 0
  let resumes = 0
  // The failure that sent the upload to resume: a session lost while resuming is told after it
  // (a cut source leaves the session standing for a moment, then refused as invalid: the cut is
  // the cause to report).
  let interrupted: unknown
  for (;;) {
    try {
      if (style === 'put') return await close(u, location, desc, source)
      while (offset < source.size) {
        const chunk = Math.max(hints.chunkSize ?? u.opts.chunkSize, u.minChunk ?? 0)
        const end = style === 'stream' ? source.size : Math.min(source.size, offset + chunk)
        const res = await patch(u, location, source, offset, end, style === 'stream')
        location = resolveLocation(res, header(res, 'location') ?? location)
        const range = header(res, 'range')
        // ECR's Range can stop advancing during chunked PATCHes: the session cannot be trusted.
        if (range !== undefined && resumeOffset(range, source.size) !== end) {
          hints.chunksBroken = true
          throw new SessionLost(
            'PATCH',
            redactUrl(location),
            res.status,
            `the registry holds ${range} after bytes ${offset}-${end - 1} were sent`,
          )
        }
        offset = end
      }
      return await close(u, location, desc)
    } catch (e) {
      if (isTooLarge(e)) {
        if (!shrink(style, hints, u.opts)) throw e
      } else if (e instanceof SessionLost || !isTemporary(e) || resumes++ >= u.opts.resumes)
        throw e instanceof SessionLost && interrupted ? e.after(interrupted) : e
      else interrupted ??= e
      // Ask where the session stands: a failed request may have left part of its body in it.
      const status = await standing(u, location, source.size, e)
      location = status.location
      offset = status.offset
      const next = uploadStyle(source.size, u.opts, hints)
      // Bytes already in the session go on by PATCH, whatever the style would be from zero.
      style = offset > 0 && next === 'put' ? (hints.streamRefused ? 'chunks' : 'stream') : next
    }
  }
}

function patch(
  u: Upload,
  location: string,
  source: BlobSource,
  from: number,
  end: number,
  streamed: boolean,
): Promise<HttpResponse> {
  const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' }
  // Streamed: no Content-Length, so Node sends Transfer-Encoding: chunked (as docker does).
  if (!streamed) headers['Content-Length'] = String(end - from)
  if (!streamed || from > 0) headers['Content-Range'] = `${from}-${end - 1}`
  const body = watched(source, from, end)
  return u.client
    .request({
      method: 'PATCH',
      url: location,
      scopes: u.scopes,
      headers,
      body: body.open,
      expect: [202],
      retry: false,
    })
    .then(async (res) => {
      await res.discard()
      return res
    })
    .catch(async (e: unknown) => {
      await body.rethrow()
      // GAR does no chunked upload: a refused Content-Range means chunks do not work there.
      if (e instanceof RegistryError && e.status === 400 && headers['Content-Range'])
        u.client.uploadHints.chunksBroken = true
      throw sessionLostOn(e, [400, 404, 416])
    })
}

/**
 * A request body that remembers a download it came from failing. When the bytes come from another
 * registry (a merge's copy) and that GET is cut, the registry receiving them answers the broken
 * request (404, 400) about as soon as the body fails: the cut is the cause to report and retry on,
 * not the answer it provoked. Only the download's own error counts (a GET's RegistryError): when
 * the request fails first, Node destroys the body with the request's error, which is not a cause.
 */
function watched(
  source: BlobSource,
  from: number,
  end: number,
): { open: () => Readable; rethrow: () => Promise<void> } {
  let failed: Error | undefined
  let settled: Promise<unknown> = Promise.resolve()
  return {
    open: () => {
      const stream = source.open(from, end)
      settled = new Promise((resolve) => {
        stream.once('close', resolve)
        stream.once('error', (e) => {
          if (e instanceof RegistryError && e.method === 'GET') failed ??= e
          resolve(undefined)
        })
      })
      return stream
    },
    // The receiving registry may answer (or close) before the download's own error arrives: the
    // body is given a moment to settle, bounded, before the request's failure is taken as the cause.
    rethrow: async () => {
      await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, SETTLE_MS))])
      if (failed) throw failed
    },
  }
}

/** The closing PUT `?digest=`: with the whole blob as its body (put style), or none. */
async function close(u: Upload, location: string, desc: Descriptor, source?: BlobSource): Promise<HttpResponse> {
  const body = source && watched(source, 0, source.size)
  const res = await u.client
    .request({
      method: 'PUT',
      url: withDigest(location, desc.digest),
      scopes: u.scopes,
      headers: source
        ? { 'Content-Type': 'application/octet-stream', 'Content-Length': String(source.size) }
        : { 'Content-Length': '0' },
      ...(body ? { body: body.open } : {}),
      expect: [201],
      retry: false,
    })
    .catch(async (e: unknown) => {
      await body?.rethrow()
      throw sessionLostOn(e)
    })
  await res.discard()
  return res
}

/**
 * Within a session, a 416 that is not "too large" (our offset and the registry's disagree), a 404
 * (the session expired), or on a PATCH a 400 (GAR refuses a Content-Range it does not do) mean:
 * start again.
 */
function sessionLostOn(e: unknown, statuses = [404, 416]): unknown {
  if (e instanceof RegistryError && statuses.includes(e.status ?? 0) && !isTooLarge(e))
    return new SessionLost(e.method, e.url, e.status, e.message)
  return e
}

/** GET the session: its Range and Location; anything but 204 means it is gone. */
async function standing(
  u: Upload,
  location: string,
  size: number,
  after: unknown,
): Promise<{ location: string; offset: number }> {
  const res = await u.client.request({
    method: 'GET',
    url: location,
    scopes: u.scopes,
    expect: [204, 404, 416, 400],
    retry: true,
  })
  await res.discard()
  if (res.status !== 204) {
    const why =
      `after ${(after as Error)?.message ?? String(after)}, the registry answered HTTP ` + `${res.status} for its state`
    throw new SessionLost('GET', redactUrl(location), res.status, why)
  }
  return {
    location: resolveLocation(res, header(res, 'location') ?? location),
    offset: resumeOffset(header(res, 'range'), size),
  }
}

export function resolveLocation(res: { url: string }, location: string | undefined): string {
  if (!location)
    throw new RegistryError({
      method: 'POST',
      url: redactUrl(res.url),
      temporary: true,
      message: `${redactUrl(res.url)} answered without a Location`,
    })
  return new URL(location, res.url).toString()
}

/** Location URLs may carry state in their query: add digest= without disturbing it. */
function withDigest(location: string, digest: Digest): string {
  const u = new URL(location)
  u.searchParams.set('digest', digest)
  return u.toString()
}
