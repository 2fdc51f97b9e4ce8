// The action's own login inputs, in order of precedence around the docker config (registry/io.ts):
// username/password only for the registry they were given for (never sent to the others), the
// GitHub token only to the registry of the GitHub the workflow runs on (ghcr.io, or a GitHub
// Enterprise Server's containers.<host>). Pure.
import { type Credential, normalizeHost } from '../lib/registry/credentials.js'

export interface LoginInputs {
  /** Host the username/password inputs belong to (the first `image` entry's registry). */
  registry?: string
  username?: string
  password?: string
  githubToken?: string
  githubActor?: string
  /** GITHUB_SERVER_URL: github.com's registry is ghcr.io, a GitHub Enterprise Server's containers.<host>. */
  githubServer?: string
}

/** The container registry of the GitHub the workflow runs on: the one host its token is for. */
export function githubRegistry(server: string | undefined): string {
  const host = server ? new URL(server).host.toLowerCase() : 'github.com'
  return host === 'github.com' ? 'ghcr.io' : `containers.${host}`
}

export function inputCredential(registry: string, login: LoginInputs): Credential | undefined {
  const host = normalizeHost(registry)
  if (login.username && login.password && login.registry && normalizeHost(login.registry) === host) {
    return { kind: 'basic', username: login.username, password: login.password }
  }
  return undefined
}

export function githubCredential(registry: string, login: LoginInputs): Credential | undefined {
  if (normalizeHost(registry) !== githubRegistry(login.githubServer) || !login.githubToken) return undefined
  return { kind: 'basic', username: login.githubActor || 'x-access-token', password: login.githubToken }
}
