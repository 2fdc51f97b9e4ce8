// The image's run settings from the config inputs: pure.
import type { ImageSettings } from '../config/config.js'
import type { RunConfig } from '../oci/config.js'
import { APP_DIR } from './rootfs.js'

export const DEFAULT_PATH = `/${APP_DIR}:/usr/local/bin:/usr/bin:/bin`

export function runConfig(settings: ImageSettings, binaryName: string): RunConfig {
  const env: Record<string, string> = { PATH: DEFAULT_PATH, ...settings.env }
  return {
    user: settings.user,
    env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
    entrypoint: settings.entrypoint ?? [`/${APP_DIR}/${binaryName}`],
    cmd: settings.args,
    ...(settings.workdir ? { workingDir: settings.workdir } : {}),
    exposedPorts: settings.expose,
    labels: settings.labels,
  }
}
