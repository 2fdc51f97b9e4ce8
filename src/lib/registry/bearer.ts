// Bearer tokens cached per scope set, refreshed before they expire, and fetched once however
// many requests ask at the same time (Docker Hub limits calls to its auth service).
import type { Token } from './auth.js'
import { scopeKey } from './scope.js'

export class TokenCache {
  private readonly tokens = new Map<string, Token>()
  private readonly pending = new Map<string, Promise<Token>>()

  constructor(
    private readonly fetch: (scopes: string[]) => Promise<Token>,
    private readonly now: () => number,
  ) {}

  /**
   * A token for exactly these scopes. `refused` is a token the registry just answered 401 to:
   * a newer one (another request refreshed meanwhile) is used, else a new one is fetched.
   */
  get(scopes: readonly string[], refused?: string): Promise<Token> {
    const key = scopeKey(scopes)
    const cached = this.tokens.get(key)
    if (cached && cached.value !== refused && cached.refreshAt > this.now()) return Promise.resolve(cached)
    const inFlight = this.pending.get(key)
    if (inFlight) return inFlight
    const fetching = this.fetch(key === '' ? [] : key.split(' ')).then((t) => {
      this.tokens.set(key, t)
      return t
    })
    const forget = () => this.pending.delete(key)
    fetching.then(forget, forget)
    this.pending.set(key, fetching)
    return fetching
  }
}
