// `go version -m` output -> the module graph a binary was built from. Pure.

export interface GoModule {
  path: string
  version: string
  /** go.sum's h1: hash, when the module came from the module cache. */
  sum?: string
}

export interface BuildInfo {
  goVersion: string
  /** The main package's import path. */
  path: string
  main: GoModule
  deps: GoModule[]
  settings: [string, string][]
}

export function parseBuildInfo(text: string): BuildInfo {
  const lines = text.split('\n')
  const goVersion = /:\s*(go\S+)\s*$/.exec(lines[0] ?? '')?.[1] ?? ''
  const info: BuildInfo = { goVersion, path: '', main: { path: '', version: '' }, deps: [], settings: [] }
  for (const line of lines.slice(1)) {
    const [kind, ...f] = line.trim().split('\t')
    if (kind === 'path') info.path = f[0] ?? ''
    else if (kind === 'mod') info.main = { path: f[0] ?? '', version: f[1] ?? '', ...(f[2] ? { sum: f[2] } : {}) }
    else if (kind === 'dep') info.deps.push({ path: f[0] ?? '', version: f[1] ?? '', ...(f[2] ? { sum: f[2] } : {}) })
    else if (kind === '=>') {
      // A replace directive: the replacement is what was built.
      const last = info.deps.at(-1)
      if (last) Object.assign(last, { path: f[0] ?? last.path, version: f[1] ?? '', ...(f[2] ? { sum: f[2] } : {}) })
    } else if (kind === 'build') {
      const eq = (f[0] ?? '').indexOf('=')
      info.settings.push(eq > 0 ? [(f[0] ?? '').slice(0, eq), (f[0] ?? '').slice(eq + 1)] : [f[0] ?? '', ''])
    }
  }
  if (!info.goVersion || !info.path) throw new Error('go version -m printed no build information')
  return info
}
