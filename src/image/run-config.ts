// The image's run settings from the config inputs, merged over a base image's when there is
// one (its Env and User kept unless overridden; its labels, Entrypoint and Cmd not inherited, so
// a base's metadata never leaks into the image, ko #1231). Pure.

import { type BaseRunConfig, mergeEnv } from '../base/family.js'
import type { RunConfig } from '../lib/oci/config.js'
import { APP_DIR } from './rootfs.js'
import type { ImageSettings } from './settings.js'

export const DEFAULT_PATH = `/${APP_DIR}:/usr/local/bin:/usr/bin:/bin`
export const DEFAULT_USER = '65532:65532'

/** `layerEnv`: variables the image's own layers call for (ZONEINFO, KO_DATA_PATH); the user's win. */
export function runConfig(
  settings: ImageSettings,
  binaryName: string,
  base?: BaseRunConfig,
  layerEnv: Record<string, string> = {},
): RunConfig {
  const own = { ...layerEnv, ...settings.env }
  const env = base
    ? mergeEnv(base.Env, `/${APP_DIR}`, own)
    : Object.entries({ PATH: DEFAULT_PATH, ...own }).map(([k, v]) => `${k}=${v}`)
  const workingDir = settings.workdir ?? base?.WorkingDir
  const ports = [...new Set([...Object.keys(base?.ExposedPorts ?? {}), ...settings.expose])]
  return {
    // scratch has no user of its own: nonroot; a base keeps its user unless `user` is given.
    user: settings.user ?? (base ? (base.User ?? '') : DEFAULT_USER),
    env,
    entrypoint: settings.entrypoint ?? [`/${APP_DIR}/${binaryName}`],
    cmd: settings.args,
    ...(workingDir ? { workingDir } : {}),
    exposedPorts: ports,
    labels: settings.labels,
  }
}
