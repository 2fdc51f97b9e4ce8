// The archive stage: docker-save archives for `tarball`, and `docker load` for `load`.

import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { hostPlatform } from '../compile/platform.js'
import type { AssembledImage } from '../image/assembled.js'
import { Layout } from '../lib/oci/layout-io.js'
import { stepDir } from '../runner/step-dir.js'
import { dockerLoad, writeArchives } from './io.js'
import type { ArchiveSettings } from './settings.js'

export async function archive(
  image: AssembledImage,
  config: ArchiveSettings & { ociLayout: string },
  repoTag: string,
  env: NodeJS.ProcessEnv,
): Promise<{ tarballs?: string; loaded?: string }> {
  const host = hostPlatform(process.arch)
  // `load` alone needs only the runner's platform: the others would be written and never read.
  const images = config.tarball ? image.images : image.images.filter((i) => i.binary.platform.name === host)
  const path = config.tarball ?? join(stepDir(join(env.RUNNER_TEMP || tmpdir(), 'build-go-image'), env), 'image.tar')
  const archives = await writeArchives({ ...image, images }, Layout.at(config.ociLayout), path, repoTag)
  for (const [platform, file] of Object.entries(archives)) core.info(`${platform}: docker archive ${file} (${repoTag})`)
  if (config.load) {
    const file = archives[host]
    if (!file) throw new Error(`no archive for the runner's platform ${host}`)
    const loaded = await dockerLoad(file, repoTag)
    core.info(`loaded ${loaded} into the runner's Docker`)
    return { ...(config.tarball ? { tarballs: JSON.stringify(archives) } : {}), loaded }
  }
  return config.tarball ? { tarballs: JSON.stringify(archives) } : {}
}
