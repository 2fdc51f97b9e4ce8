// The edge of the meta stage: asks git about the source, once.

import { readFile } from 'node:fs/promises'
import * as core from '@actions/core'
import { getExecOutput } from '@actions/exec'
import { type AnnotationRule, everywhere } from '../lib/oci/annotation-levels.js'

export type { ImageLabels } from './labels.js'

import type { Reference } from '../lib/registry/reference.js'
import { type GitHubContext, githubContext } from './context.js'
import { GO_VERSION_LABEL, type ImageLabels, standardLabels } from './labels.js'
import { type ReleaseDecision, type ReleaseMode, releaseDecision } from './release.js'
import { type BuildStamp, buildStamp, type SourceFacts } from './stamp.js'
import { deriveTags, refFacts, renderTags } from './tags.js'

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const out = await getExecOutput('git', args, { cwd, silent: true, ignoreReturnCode: true })
    return out.exitCode === 0 ? out.stdout.trim() : undefined
  } catch {
    return undefined // git not installed: the source is simply not a work tree we can read
  }
}

export async function readSourceFacts(cwd: string, env: NodeJS.ProcessEnv): Promise<SourceFacts> {
  const [commitTime, head] = await Promise.all([
    git(cwd, ['log', '-1', '--format=%ct']),
    git(cwd, ['rev-parse', 'HEAD']),
  ])
  const commit = env.GITHUB_SHA || head
  return {
    ...(env.SOURCE_DATE_EPOCH ? { sourceDateEpoch: env.SOURCE_DATE_EPOCH } : {}),
    ...(commitTime ? { commitTime } : {}),
    ...(commit ? { commit } : {}),
    ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
  }
}

/** What the meta stage reads of the settings; the image's settings come back with the standard labels. */
export interface MetaSettings<I extends ImageLabels> {
  workingDirectory: string
  platforms: readonly unknown[]
  releaseMode: ReleaseMode
  image: I
  publish: { tagTemplates: string[]; targets: { reference: Reference; tags: string[]; tagTemplates: string[] }[] }
}

/** What every later stage reads of the source and the event. */
export interface Metadata<I extends ImageLabels> {
  github: GitHubContext
  /** The build's stamp: commit, time, and the epoch every date in the image is. */
  stamp: BuildStamp
  /** Image settings with the standard labels and annotations under the user's own. */
  image: I
  /** The tag recorded in the OCI layout's index.json. */
  refName: string
  /** `name:tag` for docker archives: the first repository and computed tag. */
  repoTag: string
  /** Whether no cache may change this run's image (release.ts). */
  release: ReleaseDecision
}

/**
 * The GitHub context's annotations on the index and every manifest, under the user's rules. With one
 * platform the manifest is the top (no index): index-level annotations go on it, as GHCR shows them.
 */
function imageAnnotations<I extends ImageLabels>(
  standard: Record<string, string>,
  config: MetaSettings<I>,
): AnnotationRule[] {
  const rules = [...everywhere(standard), ...config.image.annotations]
  if (config.platforms.length !== 1) return rules
  return rules.map((r) =>
    r.levels.includes('index') && !r.levels.includes('manifest') ? { ...r, levels: [...r.levels, 'manifest'] } : r,
  )
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

export async function readMetadata<I extends ImageLabels>(
  config: MetaSettings<I>,
  env: NodeJS.ProcessEnv,
  /** The Go that builds the image (a build job), recorded as a label; absent: a merge job. */
  goVersion?: string,
): Promise<Metadata<I>> {
  const stamp = buildStamp(await readSourceFacts(config.workingDirectory, env))
  const { epoch } = stamp
  const payload = env.GITHUB_EVENT_PATH
    ? await readFile(env.GITHUB_EVENT_PATH, 'utf8').catch(() => undefined)
    : undefined
  if (payload !== undefined && !isJson(payload))
    core.warning(
      `GITHUB_EVENT_PATH ${env.GITHUB_EVENT_PATH} is not JSON: the event's facts (pull request number, ` +
        'default branch, description, license) are left out of the tags and labels',
    )
  const github = githubContext(env, payload)
  // Tags without the registry's view (that only decides `latest`): the first names the version.
  const templates = [...config.publish.tagTemplates, ...(config.publish.targets[0]?.tagTemplates ?? [])]
  const local = templates.length > 0 ? renderTags(templates, github, epoch).tags : deriveTags(github, [])
  const facts = refFacts(github)
  const version = facts.version?.version ?? local[0]
  const standard = standardLabels(github, epoch, version)
  for (const [k, v] of Object.entries(standard)) core.debug(`${k}=${v}`)
  const refName = config.publish.targets[0]?.tags[0] ?? local[0] ?? 'latest'
  const first = config.publish.targets[0]?.reference
  const tags = [...local, ...config.publish.targets.flatMap((t) => t.tags)]
  return {
    github,
    stamp,
    release: releaseDecision(config.releaseMode, github, tags),
    image: {
      ...config.image,
      labels: { ...standard, ...(goVersion ? { [GO_VERSION_LABEL]: goVersion } : {}), ...config.image.labels },
      annotations: imageAnnotations(standard, config),
    },
    refName,
    repoTag: `${first ? `${first.registry}/${first.repository}` : 'build-go-image'}:${refName}`,
  }
}
