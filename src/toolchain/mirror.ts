// A download mirror's URL may carry `user:pass@`: Node's HTTP clients drop it silently, and every
// log line would show it. Split it into an Authorization header (sent only to the mirror's host:
// @actions/http-client drops it on a redirect to another host) and a URL safe to print. Pure.

export interface Mirror {
  /** Without userinfo or a trailing slash: safe to log. */
  url: string
  /** `Basic …` when the URL carried credentials. */
  authorization?: string
  /** The secrets to mask: the password and the header. */
  secrets: string[]
}

export function mirrorOf(url: URL): Mirror {
  const user = decodeURIComponent(url.username)
  const pass = decodeURIComponent(url.password)
  const bare = new URL(url.href)
  bare.username = ''
  bare.password = ''
  const out = bare.href.replace(/\/+$/, '')
  if (!user && !pass) return { url: out, secrets: [] }
  const token = Buffer.from(`${user}:${pass}`).toString('base64')
  return { url: out, authorization: `Basic ${token}`, secrets: [pass, token].filter(Boolean) }
}
