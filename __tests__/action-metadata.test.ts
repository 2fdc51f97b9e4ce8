// action.yml as the runner reads it, the README tables generated from it, and the workflows.

import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
// @ts-expect-error: a plain .mjs script without types
import { renderReadme } from '../scripts/docs.mjs'

const ROOT = join(import.meta.dirname, '..')
const actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8')
const action = parse(actionYml)

describe('action.yml', () => {
  test('runs on node24 with main and post entries that exist, the post only on success', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/main.js', post: 'dist/post.js', 'post-if': 'success()' })
    for (const f of ['dist/main.js', 'dist/post.js']) expect(existsSync(join(ROOT, f))).toBe(true)
  })

  test('every input and output has a description; names are the design contract', () => {
    for (const [name, i] of Object.entries<any>(action.inputs)) expect(i.description, name).toMatch(/^.{10,}$/s)
    for (const [name, o] of Object.entries<any>(action.outputs)) expect(o.description, name).toMatch(/^.{10,}$/s)
    const contract = [
      'go-version',
      'go-version-file',
      'check-latest',
      'go-download-base-url',
      'working-directory',
      'main',
      'platforms',
      'build-flags',
      'ldflags',
      'build-tags',
      'build-env',
      'cache',
      'cache-dependency-path',
      'image',
      'tags',
      'push',
      'push-by-digest',
      'merge',
      'oci-layout',
      'base-image',
      'entrypoint',
      'args',
      'env',
      'user',
      'workdir',
      'expose',
      'labels',
      'annotations',
      'sbom',
      'username',
      'password',
      'github-token',
    ]
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(contract))
    expect(Object.keys(action.outputs)).toEqual(
      expect.arrayContaining([
        'go-version',
        'cache-hit',
        'digest',
        'digests',
        'image',
        'images',
        'tags',
        'imageid',
        'metadata',
        'oci-layout',
      ]),
    )
    expect(JSON.stringify(action)).not.toMatch(/Not built yet/i)
  })

  test('the README tables are generated from action.yml and current (npm run docs)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    expect(renderReadme(actionYml, readme)).toBe(readme)
  })

  test('the README opens with the two set-up commands', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('\n## '))
    expect(
      block
        .trim()
        .split('\n')
        .map((l) => l.split('#')[0]!.trim()),
    ).toEqual(['npm ci && npm run demo', 'bash scripts/setup.sh && npm test'])
  })
})

describe('workflows', () => {
  test('actionlint accepts every workflow', () => {
    const actionlint = join(ROOT, '.tools/bin/actionlint')
    if (!existsSync(actionlint)) throw new Error('actionlint is missing: run scripts/setup.sh')
    const files = readdirSync(join(ROOT, '.github/workflows')).map((f) => join(ROOT, '.github/workflows', f))
    expect(files.length).toBeGreaterThanOrEqual(3)
    expect(execFileSync(actionlint, ['-no-color', ...files], { encoding: 'utf8' })).toBe('')
  })
})
