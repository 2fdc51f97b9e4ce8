// The go problem matcher (matchers/go.json) against real `go build` and `go vet` output of a
// broken copy of the example, and the action printing those lines under the matcher.

import { spawnSync } from 'node:child_process'
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { workspaceRelative } from '../../src/compile/diagnostics.js'
import { ROOT, runAction } from '../e2e/action.js'

const matcher = JSON.parse(await readFile(join(ROOT, 'matchers/go.json'), 'utf8')).problemMatcher[0]
const re = new RegExp(matcher.pattern[0].regexp)

function match(line: string) {
  const m = re.exec(line)
  return m
    ? {
        file: m[matcher.pattern[0].file],
        line: m[matcher.pattern[0].line],
        column: m[matcher.pattern[0].column],
        message: m[matcher.pattern[0].message],
      }
    : undefined
}

async function brokenCopy(edit: (src: string) => string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bgi-matcher-'))
  await cp(join(ROOT, 'examples/hello'), dir, { recursive: true })
  const main = join(dir, 'main.go')
  await writeFile(main, edit(await readFile(main, 'utf8')))
  return dir
}

describe('go problem matcher', () => {
  test('matches real go build errors: file, line, column, message', async () => {
    const dir = await brokenCopy((s) =>
      s.replace('id := uuid.NewString()', 'id := uuid.NewString()\n\tvar unused int = "text"'),
    )
    const out = spawnSync('go', ['build', '-o', '/dev/null', '.'], { cwd: dir, encoding: 'utf8' })
    expect(out.status).not.toBe(0)
    const lines = out.stderr.split('\n').filter((l) => l.includes('.go:'))
    expect(lines.length).toBeGreaterThan(0)
    const cannotUse = lines.find((l) => l.includes('cannot use'))!
    expect(match(cannotUse)).toEqual({
      file: './main.go',
      line: expect.stringMatching(/^\d+$/),
      column: expect.stringMatching(/^\d+$/),
      message: expect.stringContaining('cannot use "text"'),
    })
    for (const l of lines) expect(match(l)?.file).toBe('./main.go')
    // Lines that are not diagnostics are left alone.
    expect(match('# example.com/hello')).toBeUndefined()
  })

  test('matches real go vet findings', async () => {
    const dir = await brokenCopy((s) =>
      s.replace('log.Printf("listening on %s", *addr)', 'log.Printf("listening on %d", *addr)'),
    )
    const out = spawnSync('go', ['vet', '.'], { cwd: dir, encoding: 'utf8' })
    expect(out.status).not.toBe(0)
    const finding = out.stderr.split('\n').find((l) => l.includes('.go:'))!
    expect(match(finding)).toMatchObject({
      file: 'main.go',
      line: expect.stringMatching(/^\d+$/),
      message: expect.stringContaining('%d'),
    })
  })

  test('paths become workspace-relative, so annotations land on the file', () => {
    expect(workspaceRelative('./main.go:17:2: undefined: x', '/ws/svc/cmd', '/ws')).toBe(
      'svc/cmd/main.go:17:2: undefined: x',
    )
    expect(workspaceRelative('vet: ./a.go:3:1: bad', '/ws/svc', '/ws')).toBe('vet: svc/a.go:3:1: bad')
    expect(workspaceRelative('# example.com/hello', '/ws', '/ws')).toBe('# example.com/hello')
  })

  test('a failing build prints the compiler lines under the matcher', async () => {
    const dir = await brokenCopy((s) => s.replace('func main() {', 'func main() {\n\tx := := 1'))
    const r = await runAction({
      inputs: { 'working-directory': dir, platforms: 'linux/amd64' },
      env: { GITHUB_WORKSPACE: dir },
    })
    expect(r.code).toBe(1)
    const add = r.stdout.indexOf(`::add-matcher::${join(ROOT, 'matchers/go.json')}`)
    const remove = r.stdout.indexOf('::remove-matcher owner=build-go-image-go::')
    expect(add).toBeGreaterThan(-1)
    expect(remove).toBeGreaterThan(add)
    const printed = r.stdout
      .slice(add, remove)
      .split('\n')
      .find((l) => match(l))
    expect(match(printed!)).toMatchObject({ file: 'main.go', message: expect.stringContaining('syntax error') })
  })
})
