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

/** JSON's quoting, with the two line separators JSON leaves as they are escaped too: one line. */
const quote = (s: string) =>
  JSON.stringify(s)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

/** A bad input value as an error may show it: quoted, or for secret-bearing inputs its shape. */
export function shownValue(input: string, value: string): string {
  const text = redactUserinfo(value)
  if (!SECRET_BEARING.has(input) || text === '') return quote(text)
  const eq = text.indexOf('=')
  // A bare flag (-race) or placeholder ({{.Foo}}) is the user's own syntax, not a secret.
  if (eq < 0 && /^(-|\{\{)[\w.{}-]{0,63}$/.test(text)) return quote(text)
  // The part before '=' is a key or a flag name, which is what the user needs to find the line.
  if (eq > 0 && eq <= 64) return `${quote(`${text.slice(0, eq + 1)}…`)} (value hidden)`
  return `a value of ${text.length} characters (hidden)`
}
