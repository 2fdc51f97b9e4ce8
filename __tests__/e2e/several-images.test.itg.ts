// Several images from one step: a monorepo (examples/monorepo: api, worker and migrate share
// internal/greet and a plain library under cmd/, which the pattern must skip) built for two
// platforms by one go build per platform, pushed to a real registry as <image>/<name>, read back
// by skopeo and run (arm64 under qemu).
import { createHash } from 'node:crypto'
import { cp, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type ActionRun, errorLines, ROOT, runAction } from './action.js'
import { run, runBinary, unpackPlatform } from './oci-tools.js'
import { type FaultProxy, startProxy } from './proxy.js'
import { type RunningRegistry, startRegistry } from './registry.js'

let work: string
let src: string
let registry: RunningRegistry
let proxy: FaultProxy
const NAMES = ['api', 'migrate', 'worker']

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-several-'))
  src = join(work, 'src')
  await cp(join(ROOT, 'examples/monorepo'), src, { recursive: true })
  registry = await startRegistry({ dir: join(work, 'registry') })
  proxy = await startProxy(registry.port)
})
afterAll(async () => {
  await proxy.stop()
  await registry.stop()
})

function ok(r: ActionRun): ActionRun {
  if (r.code !== 0) throw new Error(`action failed (${r.code}):\n${r.stdout}\n${r.stderr}`)
  return r
}

const build = (inputs: Record<string, string>) =>
  runAction({
    inputs: { 'working-directory': src, platforms: 'linux/amd64,linux/arm64', ...inputs },
    env: { SOURCE_DATE_EPOCH: '1700000000' },
  })

describe('a pattern of mains, pushed', () => {
  let r: ActionRun
  let images: Record<
    string,
    { digest: string; digests: Record<string, string>; tags: string[]; repositories: string[] }
  >
  const deploy = [
    '# the services (ko:// references, as ko resolve renders them)',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: ko://example.com/monorepo/cmd/api # the front door',
    '        - name: worker',
    "          image: 'ko://example.com/monorepo/cmd/worker'",
    '',
  ].join('\n')
  const job = 'apiVersion: batch/v1\nkind: Job\nspec:\n  image: ko://example.com/monorepo/cmd/migrate\n'
  beforeAll(async () => {
    await mkdir(join(src, 'k8s'), { recursive: true })
    await writeFile(join(src, 'k8s/deploy.yaml'), deploy)
    await writeFile(join(src, 'k8s/job.yaml'), job)
    r = ok(
      await build({
        main: './cmd/...',
        image: `${proxy.host}/mono`,
        push: 'true',
        tags: 'v1\nstable\napi=canary',
        resolve: join(src, 'k8s/*.yaml'),
        'resolved-file': join(work, 'release.yaml'),
        'images-file': join(work, 'images.json'),
      }),
    )
    images = JSON.parse(r.outputs['images-json']!)
  }, 300_000)

  test('one image per main package, named after it; the library under cmd/ is skipped', () => {
    expect(Object.keys(images).sort()).toEqual(NAMES)
    for (const name of NAMES) {
      expect(images[name]!.repositories).toEqual([`${proxy.host}/mono/${name}`])
      // Everyone's tags, and api's own (api=canary).
      const own = name === 'api' ? [`${proxy.host}/mono/api:canary`] : []
      expect(images[name]!.tags).toEqual([...own, `${proxy.host}/mono/${name}:v1`, `${proxy.host}/mono/${name}:stable`])
      expect(Object.keys(images[name]!.digests)).toEqual(['linux/amd64', 'linux/arm64'])
    }
    expect(r.outputs.digest).toBeUndefined()
  })

  test('one go build per platform compiled every main', () => {
    const builds = r.stdout.split('\n').filter((l) => /^linux\/(amd64|arm64): built in/.test(l))
    expect(builds).toHaveLength(2 * NAMES.length)
  })

  test('each image is in the registry under its tags, pulled back whole, and runs as itself', async () => {
    for (const name of NAMES) {
      for (const tag of ['v1', 'stable']) {
        const raw = await run('skopeo', [
          'inspect',
          '--raw',
          '--tls-verify=false',
          `docker://${proxy.host}/mono/${name}:${tag}`,
        ])
        expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(images[name]!.digest)
      }
      const layout = join(work, `pulled-${name}`)
      await run('skopeo', [
        'copy',
        '--all',
        '--src-tls-verify=false',
        `docker://${proxy.host}/mono/${name}:v1`,
        `oci:${layout}:img`,
      ])
      for (const platform of ['linux/amd64', 'linux/arm64']) {
        const bundle = await unpackPlatform(layout, platform, await mkdtemp(join(work, `${name}-`)))
        const config = JSON.parse(await readFile(join(bundle, 'config.json'), 'utf8'))
        const program = join(bundle, 'rootfs', config.process.args[0])
        const out = await runBinary(platform, program, [])
        expect(out).toContain(`monorepo ${name} dev ${platform}`)
        // kodata is each main's own: api has one, the others none.
        const motd = await readFile(join(bundle, 'rootfs/var/run/ko/motd.txt'), 'utf8').catch(() => undefined)
        expect(motd).toBe(name === 'api' ? "api's own data\n" : undefined)
        const labels = JSON.parse(
          await run('skopeo', ['inspect', '--config', `oci:${layout}:img`, '--override-arch', platform.split('/')[1]!]),
        ).config.Labels
        expect(labels['org.opencontainers.image.title']).toBe(name)
      }
    }
  })

  test('the layer below every program (base files, zoneinfo) was written once: one file in every layout', async () => {
    const blob = (layout: string, digest: string) => join(layout, 'blobs/sha256', digest.replace('sha256:', ''))
    const layouts = NAMES.map((n) => (images[n] as unknown as { 'oci-layout': string })['oci-layout'])
    const manifest = JSON.parse(await readFile(blob(layouts[0]!, images.api!.digests['linux/amd64']!), 'utf8'))
    const below = manifest.layers[0].digest as string
    const inodes = await Promise.all(layouts.map(async (l) => (await stat(blob(l, below))).ino))
    expect(new Set(inodes).size).toBe(1)
  })

  test('layers the images share went up once and were mounted into the other repositories', () => {
    const uploads = proxy.seen.filter(
      (s) => s.method === 'PUT' && s.path.includes('/blobs/uploads/') && s.status === 201,
    )
    const mounts = proxy.seen.filter((s) => s.method === 'POST' && s.path.includes('mount=') && s.status === 201)
    expect(mounts.length).toBeGreaterThan(0)
    const uploaded = uploads.map((u) => new URL(u.path, 'http://x').searchParams.get('digest'))
    expect(new Set(uploaded).size).toBe(uploaded.length)
  })

  test('ko:// references become the pushed images, comments and layout kept; one stream of documents', async () => {
    const rendered = await readFile(join(work, 'release.yaml'), 'utf8')
    const image = (name: string) => `${proxy.host}/mono/${name}@${images[name]!.digest}`
    expect(rendered).toBe(
      [
        deploy
          .replace('ko://example.com/monorepo/cmd/api', image('api'))
          .replace('ko://example.com/monorepo/cmd/worker', image('worker')),
        job.replace('ko://example.com/monorepo/cmd/migrate', image('migrate')),
      ].join('---\n'),
    )
    // The digests are the registry's own.
    for (const name of NAMES) {
      const raw = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${image(name)}`])
      expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(images[name]!.digest)
    }
  })

  test('the images file says what images-json says', async () => {
    expect(JSON.parse(await readFile(join(work, 'images.json'), 'utf8'))).toEqual(images)
  })
})

describe('named mains and errors', () => {
  test('resolve naming a package the step does not build fails before anything is pushed', async () => {
    await writeFile(join(work, 'other.yaml'), 'a: 1\nimage: ko://example.com/monorepo/cmd/gone\n')
    const before = proxy.seen.length
    const r = await build({
      main: './cmd/api',
      image: `${proxy.host}/lonely`,
      push: 'true',
      resolve: join(work, 'other.yaml'),
      'resolved-file': join(work, 'out.yaml'),
    })
    expect(r.code).toBe(1)
    const line = errorLines(r.stdout)[0]
    expect(line).toMatch(/^Input 'resolve': "[^"]*other.yaml:2: ko:\/\/example.com\/monorepo\/cmd\/gone" /)
    expect(line).toMatch(/does not build \(it builds example.com\/monorepo\/cmd\/api\)$/)
    expect(proxy.seen.slice(before).some((s) => s.path.startsWith('/v2/lonely/'))).toBe(false)
  })

  test('names given: api=./cmd/api and svc=./cmd/worker, each image named so', async () => {
    const r = ok(await build({ main: 'front=./cmd/api\nback=./cmd/worker', platforms: 'linux/amd64' }))
    const images = JSON.parse(r.outputs['images-json']!)
    expect(Object.keys(images).sort()).toEqual(['back', 'front'])
    expect(images.front['oci-layout']).toMatch(/\/oci\/front$/)
  })

  test('a pattern that matches no main package fails naming it', async () => {
    const r = await build({ main: './internal/...', platforms: 'linux/amd64' })
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(/^Input 'main': "\.\/internal\/\.\.\." .*no main package matches it/)
  })

  test('two images of one name fail, naming both packages', async () => {
    const r = await build({ main: './cmd/...\napi=./cmd/worker', platforms: 'linux/amd64' })
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(/would both be the image api; name them/)
  })
})

describe('a matrix: two legs push by digest, a merge job joins three images times two platforms', () => {
  const legs: Record<string, { digest: string; repositories: string[] }>[] = []
  let single: Record<string, { digest: string }>
  beforeAll(async () => {
    for (const platform of ['linux/amd64', 'linux/arm64']) {
      const r = ok(
        await build({
          main: './cmd/...',
          platforms: platform,
          image: `${proxy.host}/matrix`,
          'push-by-digest': 'true',
          push: 'true',
        }),
      )
      legs.push(JSON.parse(r.outputs['images-json']!))
    }
    const r = ok(await build({ main: './cmd/...', image: `${proxy.host}/single`, push: 'true', tags: 'v2' }))
    single = JSON.parse(r.outputs['images-json']!)
  }, 300_000)

  test('each leg pushed every image by digest, untagged, into <image>/<name>', () => {
    for (const leg of legs) {
      expect(Object.keys(leg).sort()).toEqual(NAMES)
      for (const name of NAMES) expect(leg[name]!.repositories).toEqual([`${proxy.host}/matrix/${name}`])
    }
  })

  test('the merge makes one index per image, each the single job’s, tagged', async () => {
    const r = ok(
      await runAction({
        inputs: { image: `${proxy.host}/matrix`, merge: JSON.stringify(legs), push: 'true', tags: 'v2' },
        env: { SOURCE_DATE_EPOCH: '1700000000' },
      }),
    )
    const merged = JSON.parse(r.outputs['images-json']!)
    expect(Object.keys(merged).sort()).toEqual(NAMES)
    for (const name of NAMES) {
      expect(merged[name].digest).toBe(single[name]!.digest)
      expect(merged[name].tags).toEqual([`${proxy.host}/matrix/${name}:v2`])
      const raw = await run('skopeo', [
        'inspect',
        '--raw',
        '--tls-verify=false',
        `docker://${proxy.host}/matrix/${name}:v2`,
      ])
      expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(single[name]!.digest)
      expect(Object.keys(JSON.parse(raw).manifests.map((m: { platform: object }) => m.platform))).toHaveLength(2)
    }
  })

  test('a leg whose output is empty fails the merge, naming it; nothing is tagged', async () => {
    const before = proxy.seen.length
    const r = await runAction({
      inputs: { image: `${proxy.host}/matrix`, merge: JSON.stringify([legs[0], {}]), push: 'true', tags: 'v3' },
    })
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toMatch(/^Input 'merge': "leg 2: \{\}" is not valid; it names no image/)
    const missing = { ...legs[1] }
    delete missing.worker
    const r2 = await runAction({
      inputs: { image: `${proxy.host}/matrix`, merge: JSON.stringify([legs[0], missing]), push: 'true', tags: 'v3' },
    })
    expect(r2.code).toBe(1)
    expect(errorLines(r2.stdout)[0]).toMatch(/^Input 'merge': "leg 2" is not valid; it names api, migrate but leg 1/)
    const empty = { ...legs[1], api: { ...legs[1]!.api!, digest: '' } }
    const r3 = await runAction({
      inputs: { image: `${proxy.host}/matrix`, merge: JSON.stringify([legs[0], empty]), push: 'true', tags: 'v3' },
    })
    expect(r3.code).toBe(1)
    expect(errorLines(r3.stdout)[0]).toMatch(/^Input 'merge': "leg 2: api" is not valid; its digest is ""/)
    expect(proxy.seen.slice(before).some((s) => s.method === 'PUT' && s.path.includes('/manifests/v3'))).toBe(false)
  })
})
