// Which credentials belong to a registry: the action's inputs, docker's config.json (auths,
// credHelpers, credsStore) as docker/login-action writes it, else GITHUB_TOKEN for ghcr.io. Pure:
// the config file's text and the helper runner are passed in.
import { isDockerHub } from './reference.js'

export type Credential =
  | { kind: 'basic'; username: string; password: string }
  /** An OAuth2 refresh token, exchanged by POST to the token realm. */
  | { kind: 'identity'; username: string; token: string }
  /** A bearer token sent as is. */
  | { kind: 'registry-token'; token: string }

export interface DockerConfig {
  auths?: Record<
    string,
    { auth?: string; username?: string; password?: string; identitytoken?: string; registrytoken?: string }
  >
  credHelpers?: Record<string, string>
  credsStore?: string
}

/** Runs `docker-credential-<helper> get` with the host on stdin; returns its JSON or undefined. */
export type HelperRunner = (
  helper: string,
  serverUrl: string,
) => Promise<{ Username?: string; Secret?: string } | undefined>

export class CredentialError extends Error {
  override readonly name = 'CredentialError'
}

/** Config keys are URLs or hosts; compare hosts, treating Docker Hub's names as one. */
export function normalizeHost(key: string): string {
  const host =
    key
      .replace(/^[a-z]+:\/\//i, '')
      .split('/')[0]
      ?.toLowerCase() ?? ''
  return isDockerHub(host) ? 'docker.io' : host
}

export function parseDockerConfig(text: string, path: string): DockerConfig {
  let v: unknown
  try {
    v = JSON.parse(text)
  } catch (e) {
    throw new CredentialError(`${path} is not valid JSON: ${(e as Error).message}`)
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new CredentialError(`${path} is not a JSON object`)
  return v as DockerConfig
}

function decodeAuth(auth: string, registry: string): { username: string; password: string } {
  const text = Buffer.from(auth, 'base64').toString('utf8') // Buffer accepts unpadded base64
  const colon = text.indexOf(':')
  if (colon <= 0)
    throw new CredentialError(
      `the docker config entry for ${registry} has an 'auth' that is not base64 of user:password`,
    )
  return { username: text.slice(0, colon), password: text.slice(colon + 1) }
}

function fromHelperOutput(out: { Username?: string; Secret?: string } | undefined): Credential | undefined {
  if (!out?.Secret) return undefined
  if (out.Username === '<token>') return { kind: 'identity', username: '<token>', token: out.Secret }
  return { kind: 'basic', username: out.Username ?? '', password: out.Secret }
}

export async function credentialFromDockerConfig(
  config: DockerConfig,
  registry: string,
  runHelper: HelperRunner,
): Promise<Credential | undefined> {
  const host = normalizeHost(registry)
  const serverUrl = host === 'docker.io' ? 'https://index.docker.io/v1/' : host
  for (const [key, helper] of Object.entries(config.credHelpers ?? {})) {
    if (normalizeHost(key) === host) return fromHelperOutput(await runHelper(helper, serverUrl))
  }
  for (const [key, entry] of Object.entries(config.auths ?? {})) {
    if (normalizeHost(key) !== host) continue
    if (entry.registrytoken) return { kind: 'registry-token', token: entry.registrytoken }
    const basic = entry.auth
      ? decodeAuth(entry.auth, registry)
      : entry.username && entry.password
        ? { username: entry.username, password: entry.password }
        : undefined
    if (entry.identitytoken)
      return { kind: 'identity', username: basic?.username ?? '<token>', token: entry.identitytoken }
    if (basic) return { kind: 'basic', ...basic }
  }
  if (config.credsStore) return fromHelperOutput(await runHelper(config.credsStore, serverUrl))
  return undefined
}

/** Every secret in a credential, for masking. */
export function secretsOf(c: Credential): string[] {
  return c.kind === 'basic' ? [c.password] : [c.token]
}
