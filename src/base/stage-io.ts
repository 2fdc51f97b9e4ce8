// The base stage: resolve the base image's platforms before any image is made (a missing platform
// fails here and stops the builds), through the run's registry clients, which stay open for the
// layers and the push.
import type { TargetPlatform } from '../compile/platform.js'
import type { RegistryClient } from '../lib/registry/client-io.js'
import { formatReference } from '../lib/registry/reference.js'
import { type BaseImage, resolveBase } from './io.js'
import type { BaseSettings } from './settings.js'

export async function openBase(
  config: BaseSettings & { platforms: TargetPlatform[] },
  client: (apiHost: string) => RegistryClient,
): Promise<BaseImage | undefined> {
  const ref = config.baseImage
  return ref ? resolveBase(ref, formatReference(ref), config.platforms, client) : undefined
}
