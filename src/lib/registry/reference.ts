// Image references: `host[:port]/path[:tag][@digest]`, with Docker Hub's short names. Pure.
import { type Digest, parseDigest } from '../oci/digest.js'

export interface Reference {
  /** Canonical registry name as users write it (`docker.io`, `ghcr.io`, `localhost:5000`). */
  registry: string
  /** Host the API is served on (`registry-1.docker.io` for Docker Hub). */
  apiHost: string
  repository: string
  tag?: string
  digest?: Digest
}

// distribution-spec: path components, tags; host per docker/reference.
/** A repository path component (an image's name among several is one). */
export const COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/
export const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/
const LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?'
const HOST = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]{1,5})?$`)
const DOCKER_HUB_ALIASES = ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']
export const DOCKER_HUB_API = 'registry-1.docker.io'

/** Thrown with the reason; config wraps it into an InputError naming the input. */
export class ImageRefError extends Error {
  override readonly name = 'ImageRefError'
}

export function isDockerHub(host: string): boolean {
  return DOCKER_HUB_ALIASES.includes(host.toLowerCase())
}

export function parseReference(text: string): Reference {
  let rest = text.trim()
  if (rest === '') throw new ImageRefError('empty image reference')
  let digest: Digest | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    try {
      digest = parseDigest(rest.slice(at + 1))
    } catch {
      throw new ImageRefError(`${JSON.stringify(rest.slice(at + 1))} is not a sha256 digest`)
    }
    rest = rest.slice(0, at)
  }
  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!TAG.test(tag))
      throw new ImageRefError(`tag ${JSON.stringify(tag)} must match [A-Za-z0-9_][A-Za-z0-9._-]{0,127}`)
  }
  const slash = rest.indexOf('/')
  const first = slash < 0 ? '' : rest.slice(0, slash)
  // The first component is a host when it has a dot or port, or is localhost (docker's rule).
  const hasHost =
    slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase())
  let registry = hasHost ? first : 'docker.io'
  let repository = hasHost ? rest.slice(slash + 1) : rest
  if (!HOST.test(registry)) throw new ImageRefError(`${JSON.stringify(registry)} is not a registry host`)
  if (isDockerHub(registry)) {
    registry = 'docker.io'
    if (!repository.includes('/')) repository = `library/${repository}`
  }
  for (const c of repository.split('/')) {
    if (!COMPONENT.test(c)) {
      const hint = c !== c.toLowerCase() ? ' (repository names must be lowercase)' : ''
      throw new ImageRefError(`${JSON.stringify(repository)} is not a valid repository name${hint}`)
    }
  }
  if (`${registry}/${repository}`.length > 255) throw new ImageRefError('name is longer than 255 characters')
  return {
    registry,
    apiHost: registry === 'docker.io' ? DOCKER_HUB_API : registry.toLowerCase(),
    repository,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {}),
  }
}

/** `host/repo`, the name users see (Docker Hub's library/ kept, as the API needs it). */
export function repositoryName(r: Reference): string {
  return `${r.registry}/${r.repository}`
}

/** A loopback host (`localhost`, 127.x, [::1]), with or without a port: where plain HTTP is allowed. */
export function isLoopback(host: string): boolean {
  const name = host.replace(/:\d+$/, '')
  return name === 'localhost' || /^127\./.test(name) || name === '[::1]'
}

export function formatReference(r: Reference): string {
  return `${repositoryName(r)}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`
}
