// The edge of the meta stage: asks git about the source, once.
import { getExecOutput } from '@actions/exec'
import type { SourceFacts } from './build-info.js'

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const out = await getExecOutput('git', args, { cwd, silent: true, ignoreReturnCode: true })
    return out.exitCode === 0 ? out.stdout.trim() : undefined
  } catch {
    return undefined // git not installed: the source is simply not a work tree we can read
  }
}

export async function readSourceFacts(cwd: string, env: NodeJS.ProcessEnv): Promise<SourceFacts> {
  const [commitTime, head] = await Promise.all([git(cwd, ['log', '-1', '--format=%ct']), git(cwd, ['rev-parse', 'HEAD'])])
  const commit = env.GITHUB_SHA || head
  return {
    ...(env.SOURCE_DATE_EPOCH ? { sourceDateEpoch: env.SOURCE_DATE_EPOCH } : {}),
    ...(commitTime ? { commitTime } : {}),
    ...(commit ? { commit } : {}),
    ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
  }
}
