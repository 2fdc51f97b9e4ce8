// The status layer: an answer the caller did not expect becomes a RegistryError that says the
// method, the URL (credentials redacted), the status and the registry's own error codes, and
// whether a retry may help (5xx, 429, Retry-After).
import { isTemporaryStatus, parseRetryAfter, RegistryError, redactUrl, registryErrorCodes } from './errors.js'
import { header, type Transport, wrap } from './transport.js'

export function checkStatus(next: Transport, now: () => number = Date.now): Transport {
  return wrap(next, async (req) => {
    const res = await next.send(req)
    if (!req.expect || req.expect.includes(res.status)) return res
    const body = req.method === 'HEAD' ? '' : await res.text().catch(() => '')
    const { codes, messages } = registryErrorCodes(body)
    const plain =
      codes.length === 0 && body.trim() !== '' && !body.trimStart().startsWith('<')
        ? `: ${body.trim().slice(0, 200)}`
        : ''
    const detail =
      messages.length > 0 ? `: ${codes.map((c, i) => `${c} ${messages[i] ?? ''}`.trim()).join('; ')}` : plain
    throw new RegistryError({
      method: req.method,
      url: redactUrl(req.url),
      status: res.status,
      codes,
      temporary: isTemporaryStatus(res.status),
      message: `${req.method} ${redactUrl(req.url)} gave HTTP ${res.status}${detail}`,
      retryAfterMs: parseRetryAfter(header(res, 'retry-after'), now()),
    })
  })
}
