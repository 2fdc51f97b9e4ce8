// The base stage: resolve the base image's platforms before any image is made (a missing platform
// fails here and stops the builds), through the run's registry clients, which stay open for the
// layers and the push.
import type { Config } from '../config/config.js'
import type { RegistryClient } from '../registry/client-io.js'
import { formatReference } from '../registry/reference.js'
import { type BaseImage, resolveBase } from './io.js'

export async function openBase(
  config: Config,
  client: (apiHost: string) => RegistryClient,
): Promise<BaseImage | undefined> {
  const ref = config.baseImage
  return ref ? resolveBase(ref, formatReference(ref), config.platforms, client) : undefined
}
