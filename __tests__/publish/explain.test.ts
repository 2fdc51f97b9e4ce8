import { describe, expect, test } from 'vitest'
import { RegistryError } from '../../src/lib/registry/errors.js'
import { explainPushError } from '../../src/publish/explain.js'

const unknown = (host: string) =>
  new RegistryError({
    method: 'POST',
    url: `https://${host}/v2/team/app/blobs/uploads/`,
    status: 404,
    codes: ['NAME_UNKNOWN'],
    temporary: false,
    message:
      `POST https://${host}/v2/team/app/blobs/uploads/ gave HTTP 404: NAME_UNKNOWN The repository with name ` +
      "'team/app' does not exist in the registry with id '123456789012'",
  })

describe('explainPushError', () => {
  test('ECR: the repository named, and its two fixes', () => {
    const host = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
    expect((explainPushError(unknown(host)) as Error).message).toBe(
      `${host}/team/app does not exist (POST answered NAME_UNKNOWN); ECR does not create repositories on push: ` +
        'create it (aws ecr create-repository --repository-name team/app), or give the registry a repository ' +
        'creation template that applies on push',
    )
  })

  test('another registry: the repository named; any other error as it was', () => {
    expect((explainPushError(unknown('registry.example.com')) as Error).message).toMatch(
      /^registry.example.com\/team\/app does not exist .*create it in the registry first/,
    )
    const other = new Error('cut')
    expect(explainPushError(other)).toBe(other)
  })
})
