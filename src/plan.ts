// What a run does, decided once from the checked settings, the runner's event and the source's
// metadata, before any work: main wires the stages by it, and each stage runs its slice. Pure.
import type { Config } from './config/config.js'
import type { ReleaseDecision } from './meta/release.js'

export interface RunPlan {
  /** A release build (its caches new and empty): why; absent for any other run. */
  release?: string
  /** Push to the targets. */
  push: boolean
  /** Why not, said in the log, when there are targets and no push. */
  notPushing?: string
  /** Write a docker archive or load the image. */
  archive: boolean
  /** Compare with the registry's image of this commit before any tag moves (a release). */
  evidence?: { commit: string }
  /** The in-toto subjects' name: the first repository pushed to. */
  subjectName: string
  /** Store the signed bundles with GitHub's attestations API too. */
  attestationsApi: boolean
}

export function planRun(
  config: Pick<Config, 'publish' | 'tarball' | 'load' | 'attest'>,
  source: { release: ReleaseDecision; commit: string },
  eventName: string | undefined,
): RunPlan {
  const { publish } = config
  const first = publish.targets[0]?.reference
  const release = source.release.release ? source.release.why : undefined
  return {
    ...(release ? { release } : {}),
    push: publish.push,
    ...(!publish.push && publish.targets.length > 0
      ? { notPushing: `push: ${publish.mode}, event: ${eventName ?? 'none'}` }
      : {}),
    archive: Boolean(config.tarball) || config.load,
    ...(release && source.commit !== 'unknown' ? { evidence: { commit: source.commit } } : {}),
    subjectName: first ? `${first.registry}/${first.repository}` : 'image',
    attestationsApi: publish.push && config.attest.githubApi,
  }
}
