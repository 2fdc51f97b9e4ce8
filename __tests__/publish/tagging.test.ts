import { describe, expect, test } from 'vitest'
import { TaggingError, TagLedger } from '../../src/publish/tag-ledger.js'
import { writeTags } from '../../src/publish/tagging.js'

const NEW = `sha256:${'a'.repeat(64)}`
const OLD = `sha256:${'b'.repeat(64)}`
const write = (reference: string, put: () => Promise<unknown> = async () => undefined, held?: string) => ({
  reference,
  digest: NEW,
  held: async () => held,
  put,
})

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

  test('a tag already at the image is read, not written again (a re-run moves nothing)', async () => {
    const ledger = new TagLedger()
    let puts = 0
    const put = async () => puts++
    await writeTags([write('r/a:1', put, NEW), write('r/a:latest', put, OLD), write('r/a:new', put)], ledger)
    expect(puts).toBe(2)
    expect(ledger.already).toEqual(['r/a:1'])
    expect(ledger.moved.sort()).toEqual(['r/a:latest', 'r/a:new'])
    expect(ledger.notMoved()).toEqual([])
  })

  test('a tag at another image that the registry refuses to move names both images and the answer', async () => {
    const refused = async () => {
      throw new Error('PUT .../manifests/1 gave HTTP 400: TAG_INVALID the tag is immutable')
    }
    const e = await writeTags([write('r/a:1', refused, OLD)], new TagLedger()).catch((x: unknown) => x)
    expect((e as Error).message).toBe(
      `tagging stopped at r/a:1: r/a:1 is at ${OLD}; moving it to ${NEW} was refused (PUT .../manifests/1 gave ` +
        'HTTP 400: TAG_INVALID the tag is immutable). The repository may keep its tags immutable: push under a new ' +
        'tag, or let this one move; no tag was written or moved',
    )
  })

  test('nothing written: the ledger says so', () => {
    expect(new TagLedger().describe()).toBe('no tag was written or moved')
  })
})
