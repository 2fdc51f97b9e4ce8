// The main step: wires the stages; all logic lives in them.
import * as core from '@actions/core'
import { join } from 'node:path'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { readConfig } from './config/io.js'
import { compileAll, resolveMainPackage } from './compile/io.js'
import { assemble } from './image/assemble.js'
import { OciLayout } from './oci/layout.js'
import { buildStamp } from './meta/build-info.js'
import { readMeta, readSourceFacts } from './meta/io.js'
import { report } from './report/io.js'
import { publishLayout } from './publish/io.js'
import { stage } from './stage.js'
import { downloadModules, restoreCaches } from './cache/io.js'
import { exportGo, setupGo } from './toolchain/io.js'
import { goArch, goOs } from './toolchain/resolve.js'

async function run(): Promise<void> {
  const startedAt = Date.now()
  const env = process.env
  const { config, goSpec, warnings } = await stage('config', () => readConfig(env, process.cwd()))
  warnings.forEach((w) => core.warning(w))
  const go = await stage('toolchain', async () => {
    const installed = await setupGo({
      spec: goSpec,
      checkLatest: config.toolchain.checkLatest,
      baseUrl: config.toolchain.baseUrl,
      host: { os: goOs(process.platform), arch: goArch(process.arch) },
      cacheArch: process.arch,
      env,
    })
    await exportGo(installed, env)
    core.info(`Go ${installed.version} at ${installed.goroot}`)
    return installed
  })
  // Go must never switch toolchains behind our back (go.mod's toolchain line would otherwise).
  const goEnv = { ...env, GOTOOLCHAIN: 'local' }
  const stamp = buildStamp(await readSourceFacts(config.workingDirectory, env))
  const meta = await stage('meta', () => readMeta(config, stamp.epoch, env))
  await stage('cache', async () => {
    await restoreCaches({
      mode: config.cache.mode,
      keyInput: {
        prefix: config.cache.prefix,
        os: env.RUNNER_OS || process.platform,
        arch: process.arch,
        imageOS: env.ImageOS || '',
        goVersion: go.version,
        targets: config.platforms.map((p) => p.name),
        buildSettings: [...config.buildFlags, ...config.buildTags, ...Object.entries(config.buildEnv).map(([k, v]) => `${k}=${v}`)],
        sourceId: stamp.commit,
      },
      dependencyPatterns: config.cache.dependencyPatterns,
      hashRoot: config.cache.hashRoot,
      workingDirectory: config.workingDirectory,
      go: go.go,
      goEnv,
      startedAt,
    })
    await downloadModules(go.go, config.workingDirectory, goEnv)
  })
  const pkg = await stage('package', () => resolveMainPackage(config, go.go, goEnv))
  const work = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'build-go-image-'))
  try {
    const binaries = await stage('compile', () => compileAll(config, pkg, stamp, work, go.go, goEnv))
    const image = await stage('image', async () => {
      const layout = await OciLayout.open(config.ociLayout)
      try {
        return await assemble(layout, binaries, { settings: meta.image, epoch: stamp.epoch, mainImportPath: pkg.importPath, refName: meta.refName })
      } catch (e) {
        await layout.discard()
        throw e
      }
    })
    const published = config.publish.push
      ? await stage('publish', () => publishLayout(config.publish, config.ociLayout, image.top, env, { github: meta.github, epoch: stamp.epoch }))
      : undefined
    if (!config.publish.push && config.publish.targets.length > 0) core.info(`Not pushing (push: ${config.publish.mode}, event: ${env.GITHUB_EVENT_NAME ?? 'none'})`)
    await stage('report', () => report(image, config.ociLayout, published))
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

run().catch((e: unknown) => {
  core.setFailed(e instanceof Error ? e.message : String(e))
})
