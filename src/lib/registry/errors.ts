// A failed registry request: method, URL without its query (upload URLs carry state, tokens may
// hide in it), status and the registry's error codes. `temporary` drives retries.

/** What a registry operation's failure names: the request, the answer, and whether to retry. */
export interface RegistryErrorFields {
  method: string
  /** Redacted: never a credential. */
  url: string
  /** The HTTP status; absent when no answer came (a refused or cut connection). */
  status?: number | undefined
  /** The registry's error codes (MANIFEST_INVALID, ...). */
  codes?: string[]
  temporary: boolean
  message: string
  cause?: unknown
  /** From Retry-After, when the registry said how long to wait. */
  retryAfterMs?: number | undefined
}

export class RegistryError extends Error {
  override readonly name = 'RegistryError'
  readonly method: string
  readonly url: string
  readonly status: number | undefined
  readonly codes: string[]
  readonly temporary: boolean
  readonly retryAfterMs: number | undefined

  constructor(f: RegistryErrorFields) {
    super(f.message, f.cause !== undefined ? { cause: f.cause } : undefined)
    this.method = f.method
    this.url = f.url
    this.status = f.status
    this.codes = f.codes ?? []
    this.temporary = f.temporary
    this.retryAfterMs = f.retryAfterMs
  }
}

/** Statuses worth retrying: timeouts, rate limits, nginx's 499, server errors. */
export function isTemporaryStatus(status: number): boolean {
  return (
    status === 408 ||
    status === 429 ||
    status === 499 ||
    (status >= 500 && status <= 599 && status !== 501 && status !== 505)
  )
}

const TEMPORARY_CODES = [
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'ERR_STREAM_PREMATURE_CLOSE',
]

export function isTemporaryNetworkError(e: unknown): boolean {
  const err = e as NodeJS.ErrnoException
  return TEMPORARY_CODES.includes(err?.code ?? '') || /socket hang up|Request timeout|aborted/i.test(err?.message ?? '')
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.host}${u.pathname}`
  } catch {
    return '<url>'
  }
}

/** Registry error bodies: {"errors":[{"code","message","detail"}]}. */
export function registryErrorCodes(body: string): { codes: string[]; messages: string[] } {
  try {
    const v = JSON.parse(body) as { errors?: { code?: string; message?: string }[] }
    const errors = Array.isArray(v.errors) ? v.errors : []
    return { codes: errors.map((e) => String(e.code ?? '')), messages: errors.map((e) => String(e.message ?? '')) }
  } catch {
    return { codes: [], messages: [] }
  }
}

/** Retry-After as seconds or an HTTP date, in milliseconds. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const t = Date.parse(value)
  return Number.isNaN(t) ? undefined : Math.max(0, t - now)
}
