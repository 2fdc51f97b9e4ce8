// A registry held in memory, answered by the scripted loopback server: blobs by monolithic PUT
// (their bytes kept, served back), manifests by digest or tag with their media type, no
// referrers API; `refuse` fails the requests it names. For the publish stage's unit tests.
import { digestOf } from '../../src/lib/oci/digest.js'
import type { Arrived, Reply } from '../registry/scripted.js'

export function registry(refuse: (req: Arrived) => boolean = () => false) {
  const blobs = new Map<string, Buffer>()
  const manifests = new Map<string, { type: string; body: Buffer }>()
  return {
    blobs,
    manifests,
    answer(req: Arrived): Reply {
      const path = req.path.split('?')[0] ?? ''
      if (refuse(req)) return { status: 500, body: '{"errors":[{"code":"UNKNOWN"}]}' }
      if (path === '/v2/') return { status: 200 }
      const blob = /\/blobs\/(sha256:[0-9a-f]{64})$/.exec(path)
      if (blob) {
        const body = blobs.get(blob[1]!)
        return body ? { status: 200, body } : { status: 404 }
      }
      if (req.method === 'POST' && path.endsWith('/blobs/uploads/'))
        return { status: 202, headers: { Location: `${path}session` } }
      if (req.method === 'PUT' && path.includes('/blobs/uploads/')) {
        const digest = new URL(req.path, 'http://x').searchParams.get('digest') ?? ''
        if (digestOf(req.body) !== digest) return { status: 400 }
        blobs.set(digest, req.body)
        return { status: 201 }
      }
      const manifest = /\/manifests\/(.+)$/.exec(path)
      if (manifest && req.method === 'PUT') {
        manifests.set(manifest[1]!, { type: String(req.headers['content-type']), body: req.body })
        return { status: 201 }
      }
      if (manifest && (req.method === 'GET' || req.method === 'HEAD')) {
        const m = manifests.get(manifest[1]!)
        if (!m) return { status: 404 }
        return {
          status: 200,
          body: m.body,
          headers: { 'Content-Type': m.type, 'Docker-Content-Digest': digestOf(m.body) },
        }
      }
      return { status: 404 }
    },
  }
}
