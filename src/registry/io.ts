// The edge of the registry stage: finds credentials (inputs, docker config, credential helpers,
// GITHUB_TOKEN for ghcr.io or a GitHub Enterprise Server's containers.<host>), masks every secret,
// and builds one client per registry host.

import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { getExecOutput } from '@actions/exec'
import type { Cancellation } from '../lib/cancel.js'
import { RegistryClient } from '../lib/registry/client-io.js'
import {
  type Credential,
  CredentialError,
  credentialFromDockerConfig,
  type HelperRunner,
  parseDockerConfig,
  secretsOf,
} from '../lib/registry/credentials.js'
import { loggedRetry } from '../lib/retry.js'
import { httpTransport, idleTimeoutMs, type Transport } from './http-io.js'
import { githubCredential, inputCredential, type LoginInputs } from './login.js'

const runHelper: HelperRunner = async (helper, serverUrl) => {
  const out = await getExecOutput(`docker-credential-${helper}`, ['get'], {
    input: Buffer.from(serverUrl),
    silent: true,
    ignoreReturnCode: true,
  }).catch((e: unknown) => {
    throw new CredentialError(`docker-credential-${helper} could not be run: ${(e as Error).message}`)
  })
  if (out.exitCode !== 0) return undefined // the helper has nothing for this host
  try {
    return JSON.parse(out.stdout) as { Username?: string; Secret?: string }
  } catch {
    throw new CredentialError(`docker-credential-${helper} printed something that is not JSON`)
  }
}

async function dockerConfig(env: NodeJS.ProcessEnv) {
  const path = join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json')
  const text = await readFile(path, 'utf8').catch(() => undefined)
  return text === undefined ? undefined : parseDockerConfig(text, path)
}

export async function credentialFor(
  registry: string,
  login: LoginInputs,
  env: NodeJS.ProcessEnv,
): Promise<Credential | undefined> {
  let cred = inputCredential(registry, login)
  if (!cred) {
    const config = await dockerConfig(env)
    if (config) cred = await credentialFromDockerConfig(config, registry, runHelper)
  }
  cred ??= githubCredential(registry, login)
  for (const s of cred ? secretsOf(cred) : []) core.setSecret(s)
  return cred
}

/** One client per API host, created on first use, all sharing one transport. */
export function clientFactory(
  creds: Map<string, Credential | undefined>,
  cancellation: Cancellation,
  transport: Transport = httpTransport('build-go-image', idleTimeoutMs(process.env)),
) {
  const clients = new Map<string, RegistryClient>()
  return {
    transport,
    cancellation,
    client(apiHost: string): RegistryClient {
      let c = clients.get(apiHost)
      if (!c) {
        const credential = creds.get(apiHost)
        c = new RegistryClient(apiHost, {
          transport,
          cancellation,
          ...(credential ? { credential } : {}),
          onSecret: (s) => core.setSecret(s),
          debug: (m) => core.debug(m),
          retry: loggedRetry(core.info),
        })
        clients.set(apiHost, c)
      }
      return c
    },
  }
}
