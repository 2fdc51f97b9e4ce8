// WWW-Authenticate parsing (RFC 7235 §4.1): one header may carry several challenges
// (`Bearer realm="a,b",service="s", Basic realm="r"`), and Node joins repeated headers with ", ".
// Hand-written: the grammar is small and no maintained npm package parses auth-params with
// quoted strings for both Basic and Bearer. Pure.

export interface Challenge {
  scheme: 'basic' | 'bearer' | string
  params: Record<string, string>
}

const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y
const TOKEN68 = /[A-Za-z0-9._~+/-]+=*/y
const BARE = /[^\s,"]+/y
const SPACE = /[ \t]*/y

function match(re: RegExp, s: string, at: number): string | undefined {
  re.lastIndex = at
  return re.exec(s)?.[0]
}

/** Every challenge in the header, in order. */
export function parseChallenges(header: string | undefined): Challenge[] {
  const s = header ?? ''
  const out: Challenge[] = []
  let i = 0
  const skip = (re: RegExp) => (i += match(re, s, i)?.length ?? 0)
  const skipSeparators = () => {
    while (i < s.length && (s[i] === ',' || s[i] === ' ' || s[i] === '\t')) i++
  }
  /** At i: `name = value`? Returns the param and moves past it, else leaves i alone. */
  const param = (): [string, string] | undefined => {
    const start = i
    const name = match(TOKEN, s, i)
    if (!name) return undefined
    i += name.length
    skip(SPACE)
    if (s[i] !== '=' || s[i + 1] === '=') return void (i = start)
    i++
    skip(SPACE)
    if (s[i] === '"') {
      let value = ''
      for (i++; i < s.length && s[i] !== '"'; i++) value += s[i] === '\\' ? (s[++i] ?? '') : s[i]
      i++
      return [name.toLowerCase(), value]
    }
    // Unquoted values should be tokens; registries also send bare URLs (realm=https://...).
    const value = match(BARE, s, i) ?? ''
    i += value.length
    return [name.toLowerCase(), value]
  }
  skipSeparators()
  while (i < s.length) {
    const scheme = match(TOKEN, s, i)
    if (!scheme) break
    i += scheme.length
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} }
    out.push(challenge)
    skip(SPACE)
    let p = param()
    if (!p) {
      // token68 (a bare credential, no name=value): kept as the param "token68".
      const t68 = match(TOKEN68, s, i)
      if (t68) challenge.params.token68 = t68
      i += t68?.length ?? 0
    }
    while (p) {
      challenge.params[p[0]] = p[1]
      skip(SPACE)
      if (s[i] !== ',') break
      // After a comma: another param of this challenge, or the next challenge's scheme.
      const save = i
      skipSeparators()
      p = param()
      if (!p) i = save
    }
    skipSeparators()
  }
  return out
}

/** The challenge to answer: Bearer when offered (tokens scope access), else the first. */
export function pickChallenge(header: string | undefined): Challenge | undefined {
  const all = parseChallenges(header)
  return all.find((c) => c.scheme === 'bearer') ?? all[0]
}
