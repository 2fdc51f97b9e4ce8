// Version files: go.mod / go.work (`toolchain` beats `go`), .go-version, .tool-versions. Pure.
import { basename } from 'node:path'
import { InputError } from '../inputs/error.js'
import { parseSpec, type VersionSpec } from './spec.js'
import { goToSemver } from './version.js'

export function parseVersionFile(input: string, path: string, text: string): VersionSpec {
  const name = basename(path)
  const lines = text.split('\n').map((l) => l.replace(/\/\/.*$/, '').trim())
  if (name === 'go.mod' || name === 'go.work' || name.endsWith('.mod')) {
    const toolchain = lines.map((l) => /^toolchain\s+(go\S+)$/.exec(l)?.[1]).find((v) => v && v !== 'default')
    if (toolchain) {
      const version = goToSemver(toolchain)
      if (version) return { kind: 'exact', version, text: toolchain }
    }
    const go = lines.map((l) => /^go\s+(\S+)$/.exec(l)?.[1]).find(Boolean)
    const version = go ? goToSemver(go) : undefined
    if (!go || !version)
      throw new InputError(
        input,
        path,
        `the file has no 'go 1.x' or 'toolchain go1.x.y' line; add one, or set go-version`,
      )
    return { kind: 'minimum', version, text: `go ${go}` }
  }
  if (name === '.tool-versions') {
    const entry = lines.map((l) => /^(?:golang|go)\s+(\S+)/.exec(l)?.[1]).find(Boolean)
    if (!entry) throw new InputError(input, path, "the file has no 'golang <version>' or 'go <version>' line")
    return parseSpec(input, entry)
  }
  const first = lines.find((l) => l.length > 0 && !l.startsWith('#'))
  if (!first) throw new InputError(input, path, 'the file is empty; write a Go version such as 1.22.5 in it')
  return parseSpec(input, first)
}
