import { describe, expect, test } from 'vitest'
import { TaggingError, TagLedger } from '../../src/publish/tag-ledger.js'
import { writeTags } from '../../src/publish/tagging.js'

const write = (reference: string, put: () => Promise<unknown> = async () => undefined) => ({ reference, put })

describe('writeTags', () => {
  test('every tag written is recorded as moved', async () => {
    const ledger = new TagLedger()
    await writeTags([write('r/a:1'), write('r/a:latest')], ledger)
    expect(ledger.moved.sort()).toEqual(['r/a:1', 'r/a:latest'])
    expect(ledger.describe()).toBe('tags moved: r/a:1, r/a:latest; not moved: none')
  })

  test('after the first failure no new tag starts; the error says which moved and which did not', async () => {
    const ledger = new TagLedger()
    const writes = [
      write('r/a:1'),
      write('r/a:2', async () => {
        throw new Error('HTTP 500')
      }),
      write('r/a:3'),
    ]
    const e = await writeTags(writes, ledger, undefined, 1).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(TaggingError)
    expect((e as TaggingError).failed).toBe('r/a:2')
    expect((e as Error).message).toBe('tagging stopped at r/a:2: HTTP 500; tags moved: r/a:1; not moved: r/a:2, r/a:3')
  })

  test('nothing written: the ledger says so', () => {
    expect(new TagLedger().describe()).toBe('no tag was written or moved')
  })
})
