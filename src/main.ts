// The main step: wires the stages; all logic lives in them.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { archive } from './archive/stage.js'
import { openBase } from './base/stage.js'
import { prepareModules, trimStale } from './cache/io.js'
import { cancelAll } from './cancel.js'
import { binaryCacheDir, slotsWritten } from './compile/binary-cache.js'
import { type Binary, compileEach, resolveMainPackage, settlePlatforms } from './compile/io.js'
import { privateModuleEnv } from './compile/private-modules.js'
import { type ReadConfig, readConfig } from './config/io.js'
import { guardExit } from './exit-guard.js'
import { readLayerInputs } from './image/data-dir.js'
import { helperCompressor } from './image/deflate-helper.js'
import { ImageLayout } from './image/io.js'
import { buildStamp } from './meta/build-info.js'
import { readMeta, readSourceFacts } from './meta/io.js'
import { layerCacheDir } from './oci/layer-cache.js'
import {
  connect,
  finishPublication,
  mergeAndPublish,
  type OpenPublication,
  openPublication,
  type Registries,
} from './publish/io.js'
import { tagLedger } from './publish/tag-ledger.js'
import { redactUserinfo } from './redact.js'
import { report, reportMerge, reportTags } from './report/io.js'
import { stage } from './stage.js'
import { installGo } from './toolchain/io.js'

async function build({ config, goSpec }: ReadConfig, env: NodeJS.ProcessEnv, startedAt: number): Promise<void> {
  const go = await stage('toolchain', () => installGo(goSpec!, config.toolchain, env))
  // Go must never switch toolchains behind our back (go.mod's toolchain line would otherwise).
  // Private modules: GOPRIVATE and the token's git config, in the environment only (see private-modules.ts).
  const goEnv = { ...env, GOTOOLCHAIN: 'local', ...privateModuleEnv(config.privateModules, env) }
  const stamp = buildStamp(await readSourceFacts(config.workingDirectory, env))
  const meta = await stage('meta', () => readMeta(config, stamp.epoch, env))
  await stage('cache', () => prepareModules(config, go, stamp.commit, goEnv, startedAt))
  const work = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'build-go-image-'))
  // The builds need only the source: they start now, while the package is checked, the registry
  // reached and the base read; a failure there stops them.
  const checking = resolveMainPackage(config, go.go, goEnv)
  checking.catch(() => undefined) // the package stage reports it
  const stop = new AbortController()
  const slots = binaryCacheDir(env)
  const builds = compileEach(config, checking, stamp, work, go.go, goEnv, stop.signal, slots)
  // Built (or found) while the platforms compile; the first finished build waits for it.
  const layerCache = layerCacheDir(env)
  const compressor = helperCompressor(go.go, go.version, goEnv, layerCache, stop.signal)
  let registries: Registries | undefined
  try {
    const pkg = await stage('package', () => checking)
    // One client per registry for the whole run: the base image's and the push's share a connection.
    if (config.baseImage || config.publish.push)
      registries = await stage('registry', () =>
        connect(config.publish, env, config.baseImage ? [config.baseImage] : []),
      )
    const base = registries && (await stage('base', () => openBase(config, registries!.client)))
    const push =
      registries && config.publish.push
        ? await openPublication(config.publish, registries, { github: meta.github, epoch: stamp.epoch }, base)
        : undefined
    const layerInputs = await readLayerInputs(
      { zoneinfo: config.zoneinfo, dataDir: config.dataDir, scratch: !base, moduleRoot: config.workingDirectory },
      pkg.dir,
      go.goroot,
    )
    const layoutOptions = {
      ...layerInputs,
      settings: meta.image,
      epoch: stamp.epoch,
      mainImportPath: pkg.importPath,
      refName: meta.refName,
      ...(config.sbom ? { sbomGo: go.go } : {}),
      ...(base ? { base } : {}),
      layerCache,
    }
    const layout = await ImageLayout.open(config.ociLayout, layoutOptions, compressor)
    const platforms = await stage('compile', () => eachPlatform(builds, layout, push, config.workingDirectory, env))
    const image = await stage('image', async () => {
      core.info(`layers: ${(await compressor).description}`)
      return layout.finish(platforms)
    })
    if (config.tarball || config.load) {
      await stage('archive', () => archive(image, config, meta.repoTag, env))
    }
    const published = push
      ? await stage('publish', () => finishPublication(push, config.ociLayout, image.top))
      : undefined
    if (!config.publish.push && config.publish.targets.length > 0)
      core.info(`Not pushing (push: ${config.publish.mode}, event: ${env.GITHUB_EVENT_NAME ?? 'none'})`)
    await stage('report', () => report(image, config.ociLayout, published))
  } finally {
    // Whatever failed first, no build outlives the step.
    stop.abort()
    await Promise.allSettled([...builds, compressor])
    await slotsWritten()
    registries?.transport.close()
    await rm(work, { recursive: true, force: true })
    await trimStale([layerCache, slots], Date.now())
  }
}

/**
 * As each platform's build ends, its image and SBOM go into the layout and (when pushing) its
 * blobs start up to the registry while the other platforms still build.
 */
async function eachPlatform(
  builds: Promise<Binary>[],
  layout: ImageLayout,
  push: OpenPublication | undefined,
  workingDirectory: string,
  env: NodeJS.ProcessEnv,
) {
  const work = builds.map(async (build) => {
    const binary = await build
    const skipped = binary.linkSkipped ? ', up to date: not linked again' : ''
    core.info(
      `${binary.platform.name}: built in ${binary.seconds.toFixed(2)} s ` +
        `(${(binary.size / 1048576).toFixed(1)} MiB${skipped})`,
    )
    const platform = await layout.addPlatform(binary)
    push?.publication.send(layout.source, platform.blobs)
    core.info(
      `${binary.platform.name}: image ${platform.image.manifest.digest}${push ? ', its blobs on their way' : ''}`,
    )
    return platform
  })
  try {
    return await settlePlatforms(work, workingDirectory, env)
  } catch (e) {
    await push?.publication.abandon()
    await layout.discard()
    throw e
  }
}

async function merge({ config }: ReadConfig, env: NodeJS.ProcessEnv): Promise<void> {
  if (!config.publish.push)
    return core.info(`Not merging (push: ${config.publish.mode}, event: ${env.GITHUB_EVENT_NAME ?? 'none'})`)
  const stamp = buildStamp(await readSourceFacts(config.workingDirectory, env))
  const meta = await stage('meta', () => readMeta(config, stamp.epoch, env))
  const merged = await stage('merge', () =>
    mergeAndPublish(
      config.publish,
      config.image.annotations,
      env,
      { github: meta.github, epoch: stamp.epoch },
      config.baseImage,
    ),
  )
  await stage('report', () => reportMerge(merged))
}

// The runner cancels a job with SIGINT, then SIGTERM: stop, close open upload sessions, exit.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cancelAll(5000).then(async (n) => {
      core.setFailed(`Cancelled by ${signal}: ${n} open upload session(s) cancelled; ${tagLedger.describe()}`)
      if (tagLedger.planned.length > 0) await reportTags(tagLedger).catch(() => undefined)
      process.exit(1)
    })
  })
}

async function run(): Promise<void> {
  const startedAt = Date.now()
  const read = await stage('config', () => readConfig(process.env, process.cwd()))
  for (const w of read.warnings) core.warning(w)
  await (read.config.publish.merge.length > 0 ? merge(read, process.env) : build(read, process.env, startedAt))
}

guardExit(
  run().catch((e: unknown) => {
    // The last net: no URL's user:pass@ reaches the log, whatever error carried it.
    core.setFailed(redactUserinfo(e instanceof Error ? e.message : String(e)))
  }),
)
