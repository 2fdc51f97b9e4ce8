// The base stage: resolve the base image's platforms before any build (a missing platform fails
// here), keeping a registry connection open for the image stage to stream its layers.
import type { Config } from '../config/config.js'
import { connect } from '../publish/io.js'
import { formatReference } from '../registry/reference.js'
import { type BaseImage, resolveBase } from './io.js'

export async function openBase(config: Config, env: NodeJS.ProcessEnv): Promise<{ base?: BaseImage; close: () => void }> {
  const ref = config.baseImage
  if (!ref) return { close: () => undefined }
  const registries = await connect(config.publish, env, [ref])
  try {
    const base = await resolveBase(ref, formatReference(ref), config.platforms, registries.client)
    return { base, close: () => registries.transport.close() }
  } catch (e) {
    registries.transport.close()
    throw e
  }
}
