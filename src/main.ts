// The main step, as its log reads: each stage below is one log group, and hands its typed result
// to the next. All logic lives in the stages; step-io.ts owns signals and cleanup.
import { join } from 'node:path'
import * as core from '@actions/core'
import { archive } from './archive/stage-io.js'
import { type Attestations, storeAttestations } from './attest/io.js'
import { attest, attestIndex } from './attest/stage-io.js'
import { openBase } from './base/stage-io.js'
import { restoreModules } from './cache/io.js'
import { freshCaches } from './cache/release-io.js'
import { goEnvironment } from './compile/build.js'
import { type Binary, type Builds, type MainPackage, severalMains, startBuilds } from './compile/io.js'
import { downloadModules } from './compile/modules-io.js'
import type { Config } from './config/config.js'
import { type ReadConfig, readConfig } from './config/io.js'
import { readLayerInputs } from './image/data-dir-io.js'
import { helperCompressor } from './image/deflate-helper-io.js'
import { ImageAssembly, imagesAsBuilt } from './image/io.js'
import type { ImageSettings } from './image/settings.js'
import { SharedLayers } from './image/shared-layers-io.js'
import { InputError } from './inputs/error.js'
import { trimStale } from './kept/kept-io.js'
import { LayerCache, layerCacheDir } from './kept/layer-cache-io.js'
import type { Compressor } from './lib/oci/compressor.js'
import type { Descriptor } from './lib/oci/descriptor.js'
import { type Metadata, readMetadata } from './meta/io.js'
import { titled } from './meta/labels.js'
import { planRun } from './plan.js'
import { connect, finishPublication, mergeAndPublish, type OpenPublication, openPublication } from './publish/io.js'
import type { MergedIndex } from './publish/plan.js'
import { checkImageTags, forImage } from './publish/settings.js'
import { report, reportImages, reportMerge, reportMergedImages, writeOutputs } from './report/io.js'
import { imagesOf } from './report/outputs.js'
import { type ManifestsToResolve, readManifests, writeImagesFile, writeResolved } from './resolve/io.js'
import { runnerProblem } from './runner/supported.js'
import { stage } from './stage-io.js'
import { runStep, type Scope } from './step-io.js'
import { type InstalledGo, installGo } from './toolchain/io.js'

/** One image of the run (several mains: several images), from its main package to its push. */
interface ImageJob {
  pkg: MainPackage
  /** Its own layout: the step's, or (several) a directory in it named after the image. */
  layoutDir: string
  layout: ImageAssembly
  push: OpenPublication | undefined
}

/**
 * Everything that must hold before an image is made, while the builds run: the main packages, the
 * registries (one client per host for the run: the base's and the push's share a connection), the
 * base image, the tags, and for each image the layout with the files below the program.
 */
async function check(
  config: Config,
  go: InstalledGo,
  meta: Metadata<ImageSettings>,
  builds: Builds,
  compressor: Promise<Compressor>,
  layerCache: LayerCache,
  env: NodeJS.ProcessEnv,
  scope: Scope,
): Promise<{ jobs: ImageJob[]; manifests: ManifestsToResolve | undefined }> {
  const mains = await builds.mains
  // The compilers first: what follows keeps Node's one thread busy for a while, and the builds
  // are the longest path.
  await builds.underWay
  const several = severalMains(config)
  checkImageTags(config.publish, several ? mains.map((m) => m.name) : undefined)
  if (several && (config.tarball || config.load))
    throw new InputError(
      config.load ? 'load' : 'tarball',
      config.load ? 'true' : (config.tarball ?? ''),
      severalArchives,
    )
  const registries =
    config.baseImage || config.publish.push
      ? await connect(config.publish, env, scope, config.baseImage ? [config.baseImage] : [])
      : undefined
  if (registries) scope.defer(() => registries.transport.close())
  const base = registries && (await openBase(config, registries.client))
  const tags = { github: meta.github, epoch: meta.stamp.epoch }
  if (several) core.info(`images: ${mains.map((m) => `${m.name} (${m.importPath})`).join(', ')}`)
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const pushing = config.publish.push && !config.publish.pushByDigest
  const shared = several ? new SharedLayers() : undefined
  const manifests = await readManifests(
    config,
    mains.map((m) => m.importPath),
    pushing,
    workspace,
  )
  const jobs = await Promise.all(
    mains.map(async (pkg) => {
      const publish = several ? forImage(config.publish, pkg.name) : config.publish
      const push =
        registries && config.publish.push ? await openPublication(publish, registries, tags, base) : undefined
      const layerInputs = await readLayerInputs(
        { zoneinfo: config.zoneinfo, dataDir: config.dataDir, scratch: !base, moduleRoot: config.workingDirectory },
        pkg.dir,
        go.goroot,
      )
      const layoutDir = several ? join(config.ociLayout, pkg.name) : config.ociLayout
      const layout = await ImageAssembly.open(
        layoutDir,
        {
          ...layerInputs,
          settings: several ? titled(meta.image, pkg.name, config.image) : meta.image,
          epoch: meta.stamp.epoch,
          mainImportPath: pkg.importPath,
          refName: meta.refName,
          ...(config.sbom ? { sbomGo: go.go } : {}),
          ...(base ? { base } : {}),
          layerCache,
          ...(shared ? { shared } : {}),
        },
        compressor,
      )
      return { pkg, layoutDir, layout, push }
    }),
  )
  return { jobs, manifests }
}

const severalArchives = 'a docker archive holds one image: build one main with it, or leave it out for several'

async function build({ config, goSpec }: ReadConfig, scope: Scope, startedAt: number): Promise<void> {
  const go = await stage('resolve Go', () => installGo(goSpec!, config.toolchain, process.env))
  writeOutputs({ 'go-version': go.version })
  const meta = await stage('metadata', () => readMetadata(config, process.env, go.version))
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
  const layerCache = new LayerCache(layerCacheDir(env))
  scope.defer(() => layerCache.written())
  // Built (or found) while the platforms compile; the first finished build waits for it.
  const compressor = helperCompressor(go.go, go.version, goEnv, layerCache.dir, scope.signal)
  scope.defer(() => compressor.catch(() => undefined))
  const { jobs, manifests } = await stage('check', () =>
    check(config, go, meta, builds, compressor, layerCache, env, scope),
  )
  // Each image's programs: the i-th of every platform's build.
  const programs = (i: number) => builds.binaries.map((b) => b.then((list) => list[i] as Binary))
  const built = await stage('build', () =>
    Promise.all(
      jobs.map((j, i) => imagesAsBuilt(programs(i), j.layout, j.push?.publication, config.workingDirectory, env)),
    ),
  )
  const images = await stage('assemble', async () => {
    core.info(`layers: ${(await compressor).description}`)
    return Promise.all(jobs.map((j, i) => j.layout.finish(built[i]!)))
  })
  const pushing = jobs.some((j) => j.push)
  const attested = pushing
    ? await stage('attest', () =>
        Promise.all(
          jobs.map((j, i) =>
            j.push ? attest(config.attest, images[i]!, j.layout, subjectOf(plan.subjectName, j), env) : undefined,
          ),
        ),
      )
    : []
  if (plan.archive && images[0])
    writeOutputs(await stage('archive', () => archive(images[0]!, config, meta.repoTag, env)))
  const published = pushing
    ? await stage('publish', () =>
        Promise.all(
          jobs.map((j, i) => j.push && finishPublication(j.push, j.layoutDir, images[i]!.top, plan.evidence)),
        ),
      )
    : []
  if (plan.notPushing) core.info(`Not pushing (${plan.notPushing})`)
  if (plan.attestationsApi)
    for (const [i, a] of attested.entries())
      if (a && published[i])
        await stage('attestations API', () => storeAttestations(a.bundles, config.publish.githubToken, env))
  const results = jobs.map((j, i) => ({
    name: j.pkg.name,
    image: images[i]!,
    layoutDir: j.layoutDir,
    published: published[i] || undefined,
    attested: attested[i],
  }))
  if (manifests || config.imagesFile)
    await stage('resolve', async () => {
      const pushed = new Map(
        jobs.flatMap((j, i) => (published[i] ? [[j.pkg.importPath, published[i].images[0]!]] : [])),
      )
      if (manifests) await writeResolved(config, manifests, pushed)
      await writeImagesFile(config, imagesOf(results.map((r) => ({ ...r, attestations: r.attested?.bySubject }))))
    })
  await stage('report', () => (severalMains(config) ? reportImages(results) : report(results[0]!)))
}

/** The in-toto subjects' name: the first repository pushed to (several images: each its own). */
const subjectOf = (first: string, job: ImageJob) => {
  const target = job.push?.targets[0]?.reference
  return target ? `${target.registry}/${target.repository}` : first
}

async function merge({ config }: ReadConfig, scope: Scope): Promise<void> {
  const env = process.env
  if (!config.publish.push)
    return core.info(`Not merging (push: ${config.publish.mode}, event: ${env.GITHUB_EVENT_NAME ?? 'none'})`)
  const meta = await stage('metadata', () => readMetadata(config, env))
  const plan = planRun(config, { release: meta.release, commit: meta.stamp.commit }, env.GITHUB_EVENT_NAME)
  const tags = { github: meta.github, epoch: meta.stamp.epoch }
  const { publish, image, baseImage } = config
  // Several images (the legs' images-json): one index per image, each in <image>/<name>.
  const names = [...new Set(publish.merge.flatMap((m) => (m.image ? [m.image] : [])))]
  checkImageTags(publish, names.length > 0 ? names : undefined)
  const merges = names.length > 0 ? names : [undefined]
  const results: { name: string; merged: MergedIndex; attested: Attestations | undefined }[] = []
  for (const name of merges) {
    const settings = name
      ? { ...forImage(publish, name), merge: publish.merge.filter((m) => m.image === name) }
      : publish
    const first = settings.targets[0]?.reference
    const subject = name && first ? `${first.registry}/${first.repository}` : plan.subjectName
    let attested: Attestations | undefined
    const sign = async (index: Descriptor) => {
      attested = await attestIndex(config.attest, index, subject, env)
      return attested?.referrers ?? []
    }
    const merged = await stage(name ? `merge ${name}` : 'merge', () =>
      mergeAndPublish(settings, image.annotations, env, tags, baseImage, scope, sign),
    )
    const signed = attested as Attestations | undefined
    if (signed && plan.attestationsApi)
      await stage('attestations API', () => storeAttestations(signed.bundles, publish.githubToken, env))
    results.push({ name: name ?? '', merged, attested: signed })
  }
  await stage('report', () =>
    names.length > 0 ? reportMergedImages(results) : reportMerge(results[0]!.merged, results[0]!.attested),
  )
}

runStep(async (scope) => {
  const problem = runnerProblem(process.platform, process.arch)
  if (problem) throw new Error(problem)
  const startedAt = Date.now()
  const read = await stage('config', () => readConfig(process.env, process.cwd()))
  for (const w of read.warnings) core.warning(w)
  await (read.config.publish.merge.length > 0 ? merge(read, scope) : build(read, scope, startedAt))
})
