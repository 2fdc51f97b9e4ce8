// The one retry helper, used by the registry client and (later) Go downloads. Retryability comes
// from the error's `temporary` flag; a server's Retry-After wins over our backoff.

export interface RetryOptions {
  attempts: number
  baseMs: number
  maxMs: number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  onRetry?: (error: unknown, attempt: number, waitMs: number) => void
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 5, baseMs: 500, maxMs: 15_000 }

/** The default policy, saying each retry in the log. */
export function loggedRetry(log: (message: string) => void): RetryOptions {
  return {
    ...DEFAULT_RETRY,
    onRetry: (e, n, ms) => log(`retrying after ${(e as Error).message} (attempt ${n}, waiting ${Math.round(ms)} ms)`),
  }
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

export function isTemporary(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { temporary?: unknown }).temporary === true
}

export async function withRetry<T>(
  fn: (attempt: number) => Promise<T>,
  opts: RetryOptions = DEFAULT_RETRY,
): Promise<T> {
  const sleep = opts.sleep ?? defaultSleep
  const random = opts.random ?? Math.random
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt)
    } catch (e) {
      if (attempt >= opts.attempts || !isTemporary(e)) throw e
      const backoff = Math.min(opts.maxMs, opts.baseMs * 2 ** (attempt - 1))
      const jittered = backoff / 2 + random() * (backoff / 2)
      const retryAfter = (e as { retryAfterMs?: number }).retryAfterMs
      const wait = retryAfter !== undefined ? Math.min(Math.max(retryAfter, 0), 60_000) : jittered
      opts.onRetry?.(e, attempt, wait)
      await sleep(wait)
    }
  }
}
