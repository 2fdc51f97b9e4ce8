// What of a user's text may be shown in a log or an error. Inputs that commonly carry secrets
// (a token in build-env, `-X main.key=…` in ldflags) are shown by shape only. Pure.

/** `scheme://user:pass@host` → `scheme://***@host`, anywhere in a text. */
export function redactUserinfo(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/?#\s@]*@/gi, '$1***@')
}

// Inputs whose values may hold a secret: their bad values are described, never echoed.
const SECRET_BEARING = new Set([
  'build-env',
  'env',
  'build-flags',
  'ldflags',
  'password',
  'username',
  'go-private-token',
])

/** A bad input value as an error may show it: quoted, or for secret-bearing inputs its shape. */
export function shownValue(input: string, value: string): string {
  const text = redactUserinfo(value)
  if (!SECRET_BEARING.has(input) || text === '') return JSON.stringify(text)
  const eq = text.indexOf('=')
  // A bare flag (-race) or placeholder ({{.Foo}}) is the user's own syntax, not a secret.
  if (eq < 0 && /^(-|\{\{)[\w.{}-]{0,63}$/.test(text)) return JSON.stringify(text)
  // The part before '=' is a key or a flag name, which is what the user needs to find the line.
  if (eq > 0 && eq <= 64) return `${JSON.stringify(`${text.slice(0, eq + 1)}…`)} (value hidden)`
  return `a value of ${text.length} characters (hidden)`
}
