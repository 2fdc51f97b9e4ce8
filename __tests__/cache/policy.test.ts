import { describe, expect, test } from 'vitest'
import { buildCacheChanged, MATERIAL_SHARE, savePolicy } from '../../src/cache/policy.js'

const MiB = 1048576

describe('cache budget', () => {
  test.each([
    ['true', 'push', true],
    ['true', 'pull_request', false],
    ['true', 'pull_request_target', false],
    ['always', 'pull_request', true],
    ['read-only', 'push', false],
  ] as const)('cache: %s on %s saves: %s', (mode, event, save) => {
    const p = savePolicy(mode, event)
    expect(p.save).toBe(save)
    if (!save) expect(p.why).toMatch(/not saved|nothing saved/)
  })

  test('a build cache restored from an older entry is saved again only when it grew by 10% or more', () => {
    expect(buildCacheChanged('true', undefined, 5 * MiB).save).toBe(true) // nothing restored
    expect(buildCacheChanged('true', 100 * MiB, 100 * MiB + 0.4 * MiB)).toEqual({
      save: false,
      why:
        'this run added 0.4 MiB of compile outputs to the 100.0 MiB restored (under 10%): not saved, the ' +
        'restored entry serves the next run',
    })
    expect(buildCacheChanged('true', 100 * MiB, 100 * MiB * (1 + MATERIAL_SHARE)).save).toBe(true)
    expect(buildCacheChanged('true', 100 * MiB, 90 * MiB).save).toBe(false) // trimmed, nothing new
    expect(buildCacheChanged('always', 100 * MiB, 100 * MiB).save).toBe(true)
  })
})
