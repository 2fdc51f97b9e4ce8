// A registry's refusal said in the user's terms, where the registry's own answer does not say what
// to do: a repository that does not exist (ECR creates none on push: aws/containers-roadmap#853,
// ko-build/ko#1322). Pure.
import { RegistryError } from '../lib/registry/errors.js'

const ECR = /\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/

/** The error to show for `e`: a missing repository named with its fixes, else `e` itself. */
export function explainPushError(e: unknown): unknown {
  if (!(e instanceof RegistryError) || !e.codes.includes('NAME_UNKNOWN')) return e
  const m = /^https?:\/\/([^/]+)\/v2\/(.+?)\/(?:blobs|manifests|tags|referrers)\//.exec(e.url)
  if (!m) return e
  const [, host = '', repository = ''] = m
  const fixes = ECR.test(host)
    ? 'ECR does not create repositories on push: create it (aws ecr create-repository --repository-name ' +
      `${repository}), or give the registry a repository creation template that applies on push`
    : 'create it in the registry first, or check the image name'
  return new Error(`${host}/${repository} does not exist (${e.method} answered NAME_UNKNOWN); ${fixes}`, { cause: e })
}
