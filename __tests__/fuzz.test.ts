// Random inputs for every parser of user text: each returns a value or throws our own error type,
// never crashes with another error and never hangs (a slow regex shows as a test timeout).

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { parseTargetPlatform } from '../src/compile/platform.js'
import { parseConfig } from '../src/config/config.js'
import { InputError } from '../src/inputs/error.js'
import { blobOf, MediaType } from '../src/lib/oci/descriptor.js'
import type { RegistryClient } from '../src/lib/registry/client-io.js'
import { CredentialError, credentialFromDockerConfig, parseDockerConfig } from '../src/lib/registry/credentials.js'
import { ImageRefError, parseReference } from '../src/lib/registry/reference.js'
import { MAX_MANIFEST_BYTES, Repository } from '../src/lib/registry/repository-io.js'
import { githubContext } from '../src/meta/context.js'
import { checkTagTemplates, renderTags } from '../src/meta/tags.js'
import { parseSpec } from '../src/toolchain/spec.js'
import { parseVersionFile } from '../src/toolchain/version-file.js'

// Text shaped like the inputs: the characters that matter to the grammars, and long runs.
const grammar = fc.stringMatching(/^[a-zA-Z0-9:/@._\-{}'"[\], \n=^~<>|*+]{0,80}$/)
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  grammar,
  fc.constantFrom('a'.repeat(5000), `${'a/'.repeat(2000)}x`, '{{'.repeat(2000)),
)
const RUNS = { numRuns: 1500 }
// Every input action.yml declares.
const INPUT_NAMES = Object.keys(
  parse(readFileSync(join(import.meta.dirname, '../action.yml'), 'utf8')).inputs as object,
)

/** fn's value, or undefined when it threw one of our kinds (anything else fails the property). */
function ours<T>(fn: () => T, ...kinds: (new (...a: any[]) => Error)[]): T | undefined {
  try {
    return fn()
  } catch (e) {
    if (!kinds.some((k) => e instanceof k)) throw new Error(`unexpected ${String(e)}`)
    // Our errors are one line a user can act on; an InputError names an input action.yml declares.
    expect((e as Error).message).not.toMatch(/[\n\r]/)
    if (e instanceof InputError) {
      expect(INPUT_NAMES).toContain(e.input)
      expect((e as Error).message).toMatch(new RegExp(`^Input '${e.input}': .+ is not valid; .+`))
    }
    return undefined
  }
}

describe('fuzz: parsers of user text', () => {
  test('references', () =>
    fc.assert(
      fc.property(anyText, (t) => void ours(() => parseReference(t), ImageRefError)),
      RUNS,
    ))
  test('platforms', () =>
    fc.assert(
      fc.property(anyText, (t) => {
        const p = parseTargetPlatform(t)
        if (typeof p === 'string') {
          expect(p.startsWith(`"${t}"`)).toBe(true) // the refusal quotes what was given
        } else {
          // A platform only from os/arch[/variant], and its name parses back to itself.
          expect(t.trim()).toMatch(/^linux\/[a-z0-9]+(\/v?[0-9a-z]+)?$/)
          expect(p.goEnv).toMatchObject({ GOOS: p.os, GOARCH: p.architecture })
          expect(parseTargetPlatform(p.name)).toEqual(p)
        }
      }),
      RUNS,
    ))
  test('version specs', () =>
    fc.assert(
      fc.property(anyText, (t) => {
        const spec = ours(() => parseSpec('go-version', t), InputError)
        if (spec) expect(spec.text).toBe(t.trim()) // a spec keeps the text it came from, for errors
      }),
      RUNS,
    ))
  test('version files', () =>
    fc.assert(
      fc.property(
        fc.constantFrom('go.mod', 'go.work', '.go-version', '.tool-versions'),
        anyText,
        (name, t) => void ours(() => parseVersionFile('go-version-file', `/r/${name}`, t), InputError),
      ),
      RUNS,
    ))
  test('tag templates', () =>
    fc.assert(
      fc.property(anyText, (t) => {
        ours(() => checkTagTemplates([t]), InputError)
        const r = renderTags(
          [t],
          githubContext({ GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_SHA: 'a'.repeat(40) }, undefined),
          0,
        )
        for (const tag of r.tags) expect(tag).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/)
      }),
      RUNS,
    ))
  test('docker config.json', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, fc.json()), async (t) => {
        try {
          const c = parseDockerConfig(t, '/c.json')
          await credentialFromDockerConfig(c, 'r.io', async () => undefined)
        } catch (e) {
          if (!(e instanceof CredentialError)) throw e
        }
      }),
      { numRuns: 800 },
    )
  })
  test('every input at once', () =>
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...INPUT_NAMES), anyText),
        (inputs) =>
          void ours(() => parseConfig((n) => inputs[n] ?? '', { workspace: '/w', runnerTemp: '/t' }), InputError),
      ),
      RUNS,
    ))
})

describe('manifest size', () => {
  test('a manifest over 4 MiB is refused before it is sent', async () => {
    let sent = false
    const client = {
      request: async () => {
        sent = true
        return { status: 201 }
      },
    } as unknown as RegistryClient
    const big = blobOf(MediaType.manifest, Buffer.alloc(MAX_MANIFEST_BYTES + 1, 32))
    await expect(new Repository(client, 'a/b').putManifest('v1', big)).rejects.toThrow(
      `manifest ${big.descriptor.digest} is ${MAX_MANIFEST_BYTES + 1} bytes, over the 4 MiB registries accept`,
    )
    expect(sent).toBe(false)
  })
})
