// The main step, as its log reads: each stage below is one log group, and hands its typed result
// to the next. All logic lives in the stages; step-io.ts owns signals and cleanup.
import * as core from '@actions/core'
import { archive } from './archive/stage-io.js'
import { type Attestations, storeAttestations } from './attest/io.js'
import { attest, attestIndex } from './attest/stage-io.js'
import { openBase } from './base/stage-io.js'
import { restoreModules } from './cache/io.js'
import { freshCaches } from './cache/release-io.js'
import { goEnvironment } from './compile/build.js'
import { type Builds, startBuilds } from './compile/io.js'
import { downloadModules } from './compile/modules-io.js'
import type { Config } from './config/config.js'
import { type ReadConfig, readConfig } from './config/io.js'
import { readLayerInputs } from './image/data-dir-io.js'
import { helperCompressor } from './image/deflate-helper-io.js'
import { ImageAssembly, imagesAsBuilt } from './image/io.js'
import type { ImageSettings } from './image/settings.js'
import { trimStale } from './kept/kept-io.js'
import { layerCacheDir } from './kept/layer-cache-io.js'
import type { Compressor } from './lib/oci/compressor.js'
import type { Descriptor } from './lib/oci/descriptor.js'
import { type Metadata, readMetadata } from './meta/io.js'
import { planRun } from './plan.js'
import { connect, finishPublication, mergeAndPublish, type OpenPublication, openPublication } from './publish/io.js'
import { report, reportMerge, writeOutputs } from './report/io.js'
import { stage } from './stage-io.js'
import { runStep, type Scope } from './step-io.js'
import { type InstalledGo, installGo } from './toolchain/io.js'

/**
 * Everything that must hold before an image is made, while the builds run: the main package, the
 * registries (one client per host for the run: the base's and the push's share a connection), the
 * base image, the tags, and the layout with the files below the program.
 */
async function check(
  config: Config,
  go: InstalledGo,
  meta: Metadata<ImageSettings>,
  builds: Builds,
  compressor: Promise<Compressor>,
  env: NodeJS.ProcessEnv,
  scope: Scope,
) {
  const pkg = await builds.main
  const registries =
    config.baseImage || config.publish.push
      ? await connect(config.publish, env, scope, config.baseImage ? [config.baseImage] : [])
      : undefined
  if (registries) scope.defer(() => registries.transport.close())
  const base = registries && (await openBase(config, registries.client))
  const tags = { github: meta.github, epoch: meta.stamp.epoch }
  const push =
    registries && config.publish.push ? await openPublication(config.publish, registries, tags, base) : undefined
  const layerInputs = await readLayerInputs(
    { zoneinfo: config.zoneinfo, dataDir: config.dataDir, scratch: !base, moduleRoot: config.workingDirectory },
    pkg.dir,
    go.goroot,
  )
  const layout = await ImageAssembly.open(
    config.ociLayout,
    {
      ...layerInputs,
      settings: meta.image,
      epoch: meta.stamp.epoch,
      mainImportPath: pkg.importPath,
      refName: meta.refName,
      ...(config.sbom ? { sbomGo: go.go } : {}),
      ...(base ? { base } : {}),
      layerCache: layerCacheDir(env),
    },
    compressor,
  )
  return { layout, push }
}

async function build({ config, goSpec }: ReadConfig, scope: Scope, startedAt: number): Promise<void> {
  const go = await stage('resolve Go', () => installGo(goSpec!, config.toolchain, process.env))
  writeOutputs({ 'go-version': go.version })
  const meta = await stage('metadata', () => readMetadata(config, process.env))
  const plan = planRun(config, { release: meta.release, commit: meta.stamp.commit }, process.env.GITHUB_EVENT_NAME)
  // A release build's own caches are new and empty: nothing kept can change what it ships.
  const env = plan.release ? await freshCaches(process.env, plan.release, scope) : process.env
  const goEnv = goEnvironment(config, env)
  await stage('restore caches', async () => {
    const restored = await restoreModules(config, go, meta.stamp.commit, goEnv, startedAt, plan.release)
    writeOutputs({ 'cache-hit': String(restored.moduleHit), 'build-cache-hit': String(restored.buildHit) })
    await downloadModules(go.go, config.workingDirectory, goEnv, config.privateModules)
  })
  // The action's own kept files are trimmed last, after everything that reads them.
  scope.defer(() => trimStale(env, Date.now()))
  const builds = await startBuilds(config, go.go, meta.stamp, goEnv, scope)
  // Built (or found) while the platforms compile; the first finished build waits for it.
  const compressor = helperCompressor(go.go, go.version, goEnv, layerCacheDir(env), scope.signal)
  scope.defer(() => compressor.catch(() => undefined))
  const target = await stage('check', () => check(config, go, meta, builds, compressor, env, scope))
  const platforms = await stage('build', () =>
    imagesAsBuilt(builds.binaries, target.layout, target.push?.publication, config.workingDirectory, env),
  )
  const image = await stage('assemble', async () => {
    core.info(`layers: ${(await compressor).description}`)
    return target.layout.finish(platforms)
  })
  const push = target.push
  const attested =
    push && (await stage('attest', () => attest(config.attest, image, target.layout, plan.subjectName, env)))
  if (plan.archive) writeOutputs(await stage('archive', () => archive(image, config, meta.repoTag, env)))
  const published =
    push && (await stage('publish', () => finishPublication(push, config.ociLayout, image.top, plan.evidence)))
  if (plan.notPushing) core.info(`Not pushing (${plan.notPushing})`)
  if (attested && published && plan.attestationsApi)
    await stage('attestations API', () => storeAttestations(attested.bundles, config.publish.githubToken, env))
  await stage('report', () => report(image, config.ociLayout, published, attested || undefined))
}

async function merge({ config }: ReadConfig, scope: Scope): Promise<void> {
  const env = process.env
  if (!config.publish.push)
    return core.info(`Not merging (push: ${config.publish.mode}, event: ${env.GITHUB_EVENT_NAME ?? 'none'})`)
  const meta = await stage('metadata', () => readMetadata(config, env))
  const plan = planRun(config, { release: meta.release, commit: meta.stamp.commit }, env.GITHUB_EVENT_NAME)
  const tags = { github: meta.github, epoch: meta.stamp.epoch }
  const { publish, image, baseImage } = config
  let attested: Attestations | undefined
  const sign = async (index: Descriptor) => {
    attested = await attestIndex(config.attest, index, plan.subjectName, env)
    return attested?.referrers ?? []
  }
  const merged = await stage('merge', () =>
    mergeAndPublish(publish, image.annotations, env, tags, baseImage, scope, sign),
  )
  if (attested && plan.attestationsApi)
    await stage('attestations API', () => storeAttestations(attested!.bundles, publish.githubToken, env))
  await stage('report', () => reportMerge(merged, attested))
}

runStep(async (scope) => {
  const startedAt = Date.now()
  const read = await stage('config', () => readConfig(process.env, process.cwd()))
  for (const w of read.warnings) core.warning(w)
  await (read.config.publish.merge.length > 0 ? merge(read, scope) : build(read, scope, startedAt))
})
