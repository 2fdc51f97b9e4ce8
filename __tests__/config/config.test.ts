import { describe, expect, test } from 'vitest'
import { parseConfig } from '../../src/config/config.js'
import { InputError } from '../../src/inputs/error.js'

const ctx = { workspace: '/work/repo', runnerTemp: '/runner/tmp' }
const parse = (inputs: Record<string, string>) => parseConfig((n) => inputs[n] ?? '', ctx)

describe('parseConfig defaults', () => {
  test('empty inputs give the documented defaults', () => {
    const c = parse({})
    expect(c.workingDirectory).toBe('/work/repo')
    expect(c.main).toBe('.')
    expect(c.platforms.map((p) => p.name)).toEqual(['linux/amd64', 'linux/arm64'])
    expect(c.buildFlags).toEqual(['-trimpath'])
    expect(c.ociLayout).toBe('/runner/tmp/build-go-image/oci')
    // user: nonroot on scratch, the base's on a base
    expect(c.image).toEqual({ args: [], env: {}, expose: [], labels: {}, annotations: [] })
    expect(c.sbom).toBe(true)
    expect(c.baseImage).toBeUndefined()
    expect(Object.isFrozen(c)).toBe(true)
  })

  test('every image setting is parsed', () => {
    const c = parse({
      'working-directory': 'svc',
      main: './cmd/server/',
      platforms: 'linux/amd64\nlinux/arm/v7, linux/ppc64le',
      entrypoint: '["/app/server", "--flag"]',
      args: 'serve --port 8080',
      env: 'A=1\nB=x=y',
      user: 'nonroot',
      workdir: '/data',
      expose: '8080, 53/udp',
      labels: 'org.opencontainers.image.title=svc',
      annotations: 'com.example/team=core',
      'oci-layout': 'out/layout',
    })
    expect(c.workingDirectory).toBe('/work/repo/svc')
    expect(c.main).toBe('./cmd/server')
    expect(c.platforms.map((p) => p.name)).toEqual(['linux/amd64', 'linux/arm/v7', 'linux/ppc64le'])
    expect(c.ociLayout).toBe('/work/repo/out/layout')
    expect(c.image).toEqual({
      entrypoint: ['/app/server', '--flag'],
      args: ['serve', '--port', '8080'],
      env: { A: '1', B: 'x=y' },
      user: 'nonroot',
      workdir: '/data',
      expose: ['8080/tcp', '53/udp'],
      labels: { 'org.opencontainers.image.title': 'svc' },
      annotations: [{ levels: ['index', 'manifest'], key: 'com.example/team', value: 'core' }],
    })
  })

  test('args given one per line keep their spaces', () => {
    expect(parse({ args: 'say\nhello world' }).image.args).toEqual(['say', 'hello world'])
  })

  test('-trimpath is not added twice; -trimpath=false is respected', () => {
    expect(parse({ 'build-flags': '-trimpath -v' }).buildFlags).toEqual(['-trimpath', '-v'])
    expect(parse({ 'build-flags': '-trimpath=false' }).buildFlags).toEqual(['-trimpath=false'])
  })
})

describe('toolchain settings', () => {
  test('defaults: go.mod in working-directory, go.dev, no check-latest', () => {
    expect(parse({ 'working-directory': 'svc' }).toolchain).toEqual({
      versionFile: '/work/repo/svc/go.mod',
      checkLatest: false,
      baseUrl: 'https://go.dev/dl',
      secrets: [],
      source: 'auto',
    })
  })
  test('given values; the mirror loses its trailing slash', () => {
    expect(
      parse({
        'go-version': '1.22',
        'go-version-file': '.go-version',
        'check-latest': 'true',
        'go-download-base-url': 'https://mirror.example/golang/',
      }).toolchain,
    ).toEqual({
      goVersion: '1.22',
      versionFile: '/work/repo/.go-version',
      checkLatest: true,
      baseUrl: 'https://mirror.example/golang',
      secrets: [],
      source: 'auto',
    })
  })
  test('go-download-source: module-proxy, or a clear error', () => {
    expect(parse({ 'go-download-source': 'Module-Proxy' }).toolchain.source).toBe('module-proxy')
    expect(() => parse({ 'go-download-source': 'goproxy' })).toThrow(
      'Input \'go-download-source\': "goproxy" is not valid; give auto (the download site, else the module ' +
        'proxy), download-site or module-proxy',
    )
  })
  test('credentials in the mirror URL become a Basic header for that mirror, and secrets to mask', () => {
    const t = parse({ 'go-download-base-url': 'https://me:p%40ss@mirror.example/golang/' }).toolchain
    const token = Buffer.from('me:p@ss').toString('base64')
    expect(t).toMatchObject({
      baseUrl: 'https://mirror.example/golang',
      baseAuthorization: `Basic ${token}`,
      secrets: ['p@ss', token],
    })
  })
})

describe('publish settings', () => {
  test('a tag in image belongs to that repository; tags holds templates; auto pushes except on pull requests', () => {
    const c = parseConfig(
      (n) => ({ image: 'ghcr.io/o/app:edge\nlocalhost:5000/app', tags: 'v1, {{version}}' })[n] ?? '',
      { ...ctx, eventName: 'push' },
    )
    expect(c.publish.push).toBe(true)
    expect(c.publish.targets.map((t) => [t.reference.registry, t.reference.repository, t.tags])).toEqual([
      ['ghcr.io', 'o/app', ['edge']],
      ['localhost:5000', 'app', []],
    ])
    expect(c.publish.tagTemplates).toEqual(['v1', '{{version}}'])
    expect(
      parseConfig((n) => ({ image: 'ghcr.io/o/app' })[n] ?? '', { ...ctx, eventName: 'pull_request' }).publish.push,
    ).toBe(false)
    expect(
      parseConfig((n) => ({ image: 'ghcr.io/o/app', push: 'true' })[n] ?? '', { ...ctx, eventName: 'pull_request' })
        .publish.push,
    ).toBe(true)
    expect(parseConfig(() => '', ctx).publish.push).toBe(false)
  })

  test.each([
    ['username without password', { image: 'r.io/a', username: 'u' }, 'password'],
    ['password without username', { image: 'r.io/a', password: 'p' }, 'username'],
    ['push true without image', { push: 'true' }, 'image'],
  ])('%s names the missing input', (_l, inputs, input) => {
    expect(() => parse(inputs)).toThrow(new RegExp(`^Input '${input}'`))
  })
})

describe('release-build', () => {
  test('auto by default; true and false as given', () => {
    expect(parse({}).releaseMode).toBe('auto')
    expect(parse({ 'release-build': 'TRUE' }).releaseMode).toBe('true')
    expect(parse({ 'release-build': 'false' }).releaseMode).toBe('false')
  })

  test('anything else names the input and the accepted values', () => {
    expect(() => parse({ 'release-build': 'yes' })).toThrow(
      /^Input 'release-build': "yes" is not valid.*auto.*true.*false/,
    )
  })
})

describe('parseConfig rejects bad input, naming it', () => {
  test.each([
    ['platforms', 'linux/amd65', 'linux/amd65', /use os\/arch\[\/variant\]/],
    ['platforms', 'linux/arm/v9', 'linux/arm/v9', /linux\/arm\/v7/],
    ['platforms', 'linux/amd64,linux/amd64', 'linux/amd64', /appears twice/],
    ['platforms', ' , ', ' , ', /os\/arch/],
    ['main', '/abs/path', '/abs/path', /main package/],
    ['main', '../outside', '../outside', /inside 'working-directory'/],
    ['main', './cmd/.../x', './cmd/.../x', /main package/],
    ['main', 'has space', 'has space', /main package/],
    ['labels', 'just-text', 'just-text', /KEY=VALUE/],
    ['annotations', ' =x', '=x', /key=value per line/],
    ['expose', 'http', 'http', /ports as numbers/],
    ['expose', '70000', '70000', /1-65535/],
    ['expose', '0', '0', /1-65535/],
    ['expose', '80/icmp', '80/icmp', /udp/],
    ['build-flags', '-o out', '-o', /output path/],
    ['ldflags', '-X a={{.Tag}}', '{{.Tag}}', /\{\{\.Version\}\}/],
    ['build-tags', 'a;b', 'a;b', /build tags/],
    ['entrypoint', '["/app", 1]', '["/app", 1]', /JSON array of strings/],
    ['args', '[not json', '[not json', /JSON array/],
    ['user', 'root user', 'root user', /user\[:group\]/],
    ['workdir', 'relative/dir', 'relative/dir', /absolute path/],
    ['image', 'ghcr.io/Owner/app', 'ghcr.io/Owner/app', /must be lowercase/],
    ['image', 'ghcr.io/o/app@sha256:' + 'a'.repeat(64), 'ghcr.io/o/app@sha256:' + 'a'.repeat(64), /without @digest/],
    ['tags', 'v1,bad tag', 'bad tag', /1-128 of/],
    ['tags', 'x'.repeat(129), 'x'.repeat(129), /1-128 of/],
    ['push', 'yes', 'yes', /true, false or auto/],
    ['tags', '{{.Version}}', '{{.Version}}', /\{\{version\}\}/],
    ['tags', 'v-{{ref}}', 'v-{{ref}}', /\{\{branch\}\}/],
    ['check-latest', 'maybe', 'maybe', /true or false/],
    ['go-download-base-url', 'not a url', 'not a url', /http\(s\) URL/],
    ['go-download-base-url', 'ftp://mirror/go', 'ftp://mirror/go', /http\(s\) URL/],
  ])('%s = %j', (input, value, shown, accepted) => {
    let err: unknown
    try {
      parse({ [input]: value })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(InputError)
    const e = err as InputError
    expect(e.input).toBe(input)
    expect(e.message).toContain(`Input '${input}': ${JSON.stringify(shown)} is not valid;`)
    expect(e.message).toMatch(accepted)
    expect(e.message).not.toContain('\n')
  })

  // Values of inputs that often carry tokens are described, never echoed.
  test.each([
    ['build-env', 'ghp_abcdefghijklmnop', 'a value of 20 characters (hidden)', /KEY=VALUE per line \(item 1\)/],
    ['build-env', 'A=1\n=ghp_secret', 'a value of 11 characters (hidden)', /KEY=VALUE per line \(item 2\)/],
    ['build-env', '1X=ghp_secret', '"1X=…" (value hidden)', /variable name/],
    ['env', 'ghp_abcdefghijklmnop', 'a value of 20 characters (hidden)', /KEY=VALUE/],
    ['build-flags', '-ldflags=-X main.key=ghp_secret', '"-ldflags=…" (value hidden)', /'ldflags' input/],
    ['build-flags', '--tags=x', '"--tags=…" (value hidden)', /'build-tags'/],
    ['build-flags', '-toolexec=x', '"-toolexec=…" (value hidden)', /arbitrary programs/],
    ['build-flags', './cmd', 'a value of 5 characters (hidden)', /'main'/],
    ['go-download-base-url', 'ftp://u:ghp_secret@mirror/go', '"ftp://***@mirror/go"', /http\(s\) URL/],
  ])('%s = %j shows %s', (input, value, shown, accepted) => {
    const e = (() => {
      try {
        parse({ [input]: value })
      } catch (e) {
        return e as InputError
      }
    })()
    expect(e).toBeInstanceOf(InputError)
    expect(e?.message).toContain(`Input '${input}': ${shown} is not valid;`)
    expect(e?.message).toMatch(accepted)
    expect(e?.message).not.toContain('ghp_')
  })
})

describe('build-flags split as a shell would', () => {
  const flags = (text: string) => parse({ 'build-flags': text }).buildFlags
  test.each([
    ['-v -race', ['-trimpath', '-v', '-race']],
    ['-gcflags="all=-N -l" -v', ['-trimpath', '-gcflags=all=-N -l', '-v']],
    ["-asmflags='all=-trimpath=/x y'", ['-trimpath', '-asmflags=all=-trimpath=/x y']],
    ['-gcflags=all=$GCFLAGS', ['-trimpath', '-gcflags=all=$GCFLAGS']],
    ['-trimpath=false -p=2', ['-trimpath=false', '-p=2']],
  ])('%s', (text, expected) => expect(flags(text)).toEqual(expected))

  test.each(['-v; curl x', '-v && rm -rf /', '-v | tee', '-v # note'])('%j: shell syntax is refused', (text) => {
    expect(() => flags(text)).toThrow(
      /^Input 'build-flags': .* is not valid; give go build flags only, quoted as in a shell/,
    )
  })
})

describe('annotation levels, as build-push-action writes them', () => {
  const rules = (text: string) => parse({ annotations: text }).image.annotations
  test('prefixes, several types, a platform; unprefixed goes on the index and every manifest', () => {
    expect(
      rules('index:a=1\nmanifest,manifest-descriptor:b=2\nmanifest[linux/arm64]:c=3\nindex-descriptor:d=4\ne=5=6'),
    ).toEqual([
      { levels: ['index'], key: 'a', value: '1' },
      { levels: ['manifest', 'manifest-descriptor'], key: 'b', value: '2' },
      { levels: ['manifest'], platform: 'linux/arm64', key: 'c', value: '3' },
      { levels: ['index-descriptor'], key: 'd', value: '4' },
      { levels: ['index', 'manifest'], key: 'e', value: '5=6' },
    ])
  })
  test('an unknown level is refused with the syntax', () => {
    expect(() => rules('config:a=1')).toThrow(
      `Input 'annotations': "config:a=1" is not valid; write one ` +
        `[index|manifest|index-descriptor|manifest-descriptor[,...][[os/arch]]:]key=value per line`,
    )
  })
})

describe('tags as full references (docker/metadata-action output)', () => {
  const publish = (inputs: Record<string, string>) =>
    parseConfig((n) => inputs[n] ?? '', { ...ctx, eventName: 'push' }).publish
  test('each reference tags its own repository; with image empty, they are the repositories', () => {
    const p = publish({ tags: 'ghcr.io/o/app:1.2.3\nghcr.io/o/app:latest\ndocker.io/o/app:1.2.3\nlocalhost:5000/app' })
    expect(p.push).toBe(true)
    expect(p.tagTemplates).toEqual([])
    expect(p.targets.map((t) => [`${t.reference.registry}/${t.reference.repository}`, t.tagTemplates])).toEqual([
      ['ghcr.io/o/app', ['1.2.3', 'latest']],
      ['docker.io/o/app', ['1.2.3']],
      ['localhost:5000/app', ['latest']],
    ])
  })
  test('bare tags and references mix; a reference in a repository image does not name is refused, naming both', () => {
    const p = publish({ image: 'ghcr.io/o/app\nregistry.example/o/app', tags: 'edge\nghcr.io/o/app:{{version}}' })
    expect(p.tagTemplates).toEqual(['edge'])
    expect(p.targets.map((t) => t.tagTemplates)).toEqual([['{{version}}'], []])
    expect(() => publish({ image: 'ghcr.io/o/app', tags: 'ghcr.io/o/other:1' })).toThrow(
      `Input 'tags': "ghcr.io/o/other:1" is not valid; its repository ghcr.io/o/other is not one of image ` +
        `(ghcr.io/o/app); add it to image, or give a bare tag`,
    )
  })
  test('a repository of image with no tag from references is refused; digests and bad tags too', () => {
    expect(() => publish({ image: 'ghcr.io/o/app\nghcr.io/o/b', tags: 'ghcr.io/o/app:1' })).toThrow(
      'it names no tag for ghcr.io/o/b (in image)',
    )
    expect(() => publish({ tags: 'ghcr.io/o/app@sha256:' + 'a'.repeat(64) })).toThrow("Input 'tags'")
    expect(() => publish({ tags: 'ghcr.io/o/app:-bad' })).toThrow(
      `Input 'tags': "ghcr.io/o/app:-bad" is not valid; a tag is 1-128`,
    )
  })
})
