// Private modules end to end: a program imports a module that only a private git host serves
// (git http-backend behind HTTPS that wants a token, for the made-up host git.corp.example). With
// go-private and go-private-token the action fetches it, the images run on amd64 and (under qemu)
// arm64; without the token, or with a wrong one, the step fails and says what to set.

import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { errorLines, NODE24, runAction } from './action.js'
import { type GitHost, startGitHost } from './git-server.js'
import { runBinary, unpackPlatform } from './oci-tools.js'
import { makePki } from './pki.js'

const exec = promisify(execFile)
const HOST = 'git.corp.example'
const MODULE = `${HOST}/private/lib.git`
const TOKEN = 'ghp_private0module0token0for0tests'

let work: string
let app: string
let caCert: string
let git: GitHost

function sh(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  const gitEnv = {
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@x',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@x',
    GIT_CONFIG_GLOBAL: '/dev/null',
  }
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ...gitEnv, ...env } })
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string }
    throw new Error(`${cmd} ${args.join(' ')}: ${err.stdout ?? ''} ${err.stderr ?? ''}`)
  }
}

/** What a client needs to reach the host: the proxy, the CA, and (for the fixture) the token. */
function clientEnv(): Record<string, string> {
  return {
    HTTPS_PROXY: git.proxyUrl,
    https_proxy: git.proxyUrl,
    NO_PROXY: '127.0.0.1,localhost',
    GIT_SSL_CAINFO: caCert,
    GOFLAGS: '-modcacherw',
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bgi-private-'))
  const pki = makePki(join(work, 'pki'))
  caCert = pki.caCert
  // The private module: one tagged commit, served as a bare repository.
  const src = join(work, 'lib')
  mkdirSync(src)
  await writeFile(join(src, 'go.mod'), `module ${MODULE}\n\ngo 1.21\n`)
  await writeFile(join(src, 'lib.go'), 'package lib\n\nconst Secret = "from the private module"\n')
  sh('git', ['init', '-q', '-b', 'main'], src)
  sh('git', ['add', '.'], src)
  sh('git', ['commit', '-q', '-m', 'lib'], src)
  sh('git', ['tag', 'v1.0.0'], src)
  const root = join(work, 'git')
  mkdirSync(join(root, 'private'), { recursive: true })
  sh('git', ['clone', '-q', '--bare', src, join(root, 'private', 'lib.git')], work)
  git = await startGitHost({ host: HOST, token: TOKEN, projectRoot: root, pkiDir: pki.dir })

  // The program, and its go.sum from one fetch with the token (into a scratch module cache).
  app = join(work, 'app')
  mkdirSync(app)
  await writeFile(join(app, 'go.mod'), `module example.com/app\n\ngo 1.21\n\nrequire ${MODULE} v1.0.0\n`)
  await writeFile(
    join(app, 'main.go'),
    `package main\n\nimport (\n\t"fmt"\n\n\tlib "${MODULE}"\n)\n\nfunc main() { fmt.Println(lib.Secret) }\n`,
  )
  const header = `Authorization: Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`
  // Asynchronously: the git host runs in this process.
  const { stdout: fetched } = await exec('go', ['mod', 'download', '-json', `${MODULE}@v1.0.0`], {
    cwd: app,
    env: {
      ...process.env,
      ...clientEnv(),
      GOMODCACHE: join(work, 'fixture-modcache'),
      GOPRIVATE: HOST,
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: `http.https://${HOST}/.extraheader`,
      GIT_CONFIG_VALUE_0: header,
    },
  })
  const { Sum, GoModSum } = JSON.parse(fetched) as { Sum: string; GoModSum: string }
  await writeFile(join(app, 'go.sum'), `${MODULE} v1.0.0 ${Sum}\n${MODULE} v1.0.0/go.mod ${GoModSum}\n`)
  git.requests.length = 0
  git.connects.length = 0
})

afterAll(async () => {
  await git?.stop()
})

/** A run on a fresh runner: its own HOME and an empty module cache, so the module is fetched. */
async function build(inputs: Record<string, string>, node?: string) {
  const home = await mkdtemp(join(work, 'home-'))
  const r = await runAction({
    inputs: {
      'working-directory': app,
      platforms: 'linux/amd64,linux/arm64',
      'go-private': `${HOST}/private`,
      ...inputs,
    },
    env: { ...clientEnv(), HOME: home, GOMODCACHE: await mkdtemp(join(work, 'modcache-')) },
    ...(node ? { node } : {}),
  })
  return { ...r, home }
}

describe('private modules over git with a token', () => {
  test('go-private and go-private-token: fetched with the token, the images run', async () => {
    const layout = join(work, 'layout')
    const r = await build({ 'go-private-token': TOKEN, 'oci-layout': layout })
    expect(r.code, r.stdout + r.stderr).toBe(0)
    for (const platform of ['linux/amd64', 'linux/arm64']) {
      const bundle = await unpackPlatform(layout, platform, await mkdtemp(join(work, 'unpack-')))
      expect((await runBinary(platform, join(bundle, 'rootfs/app/app'), [])).trim()).toBe('from the private module')
    }
    // git reached the host through its URL, with the token on every request, and nothing else.
    expect(git.requests.length).toBeGreaterThan(0)
    expect(git.requests.every((q) => q.authorized)).toBe(true)
    expect(new Set(git.connects)).toEqual(new Set([`${HOST}:443`]))
    // Masked, never printed, never written to a git config or to later steps' environment.
    const b64 = Buffer.from(`x-access-token:${TOKEN}`).toString('base64')
    expect(r.stdout).toContain(`::add-mask::${TOKEN}`)
    const logged = [r.stdout, r.stderr]
      .join('\n')
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
    for (const s of [TOKEN, b64]) expect(logged).not.toContain(s)
    expect(existsSync(join(r.home, '.gitconfig'))).toBe(false)
    expect(await readFile(join(app, '.git', 'config'), 'utf8').catch(() => '')).not.toContain(TOKEN)
    expect(r.githubEnv).not.toContain(TOKEN)
  })

  test('no token: the step fails, names the module and says which input to set', async () => {
    git.requests.length = 0
    const r = await build({})
    expect(r.code).toBe(1)
    const [line] = errorLines(r.stdout)
    expect(line).toContain(MODULE)
    expect(line).toContain("set 'go-private-token'")
    expect(git.requests.length).toBeGreaterThan(0)
    expect(git.requests.some((q) => q.authorized)).toBe(false)
  })

  test('(Node 24) a wrong token is refused by the host: the step fails', async () => {
    git.requests.length = 0
    const r = await build({ 'go-private-token': 'wrong-token' }, NODE24)
    expect(r.code).toBe(1)
    expect(errorLines(r.stdout)[0]).toContain(MODULE)
    expect(errorLines(r.stdout)[0]).toContain("the host refused 'go-private-token'")
    expect(git.requests.some((q) => q.authorized)).toBe(false)
    expect(git.requests.every((q) => q.authorization.startsWith('Basic '))).toBe(true)
  })
})
