// How a request is replayed after a redirect, as the Fetch standard says (§4.4 HTTP-redirect
// fetch): 307/308 keep method and body; 303 becomes GET (HEAD stays HEAD); 301/302 turn only a
// POST into a GET. A dropped body takes its headers with it. Pure.

export const REDIRECT_STATUSES = [301, 302, 303, 307, 308]

const BODY_HEADERS = [
  'content-length',
  'content-type',
  'content-encoding',
  'content-language',
  'content-location',
  'content-range',
  'transfer-encoding',
]

export interface Replay {
  method: string
  keepBody: boolean
}

export function replayAfterRedirect(status: number, method: string): Replay {
  if ((status === 301 || status === 302) && method === 'POST') return { method: 'GET', keepBody: false }
  if (status === 303 && method !== 'GET' && method !== 'HEAD') return { method: 'GET', keepBody: false }
  return { method, keepBody: true }
}

export function withoutBodyHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !BODY_HEADERS.includes(k.toLowerCase())))
}
