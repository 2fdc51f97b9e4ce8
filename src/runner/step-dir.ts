// Two uses of the action in one job (two images from one checkout) must not share their kept
// files, default layout or archives: post steps run in reverse order, and one step's trim would
// drop what the other is about to save. Each step works below a directory of its own, named by
// GITHUB_ACTION (the step's id, else `__owner_repo`, `__owner_repo_2`, ...: stable across runs of
// the same workflow, so a step finds its own files again). Outside a runner there is one step. Pure.
import { join } from 'node:path'

export function stepDir(base: string, env: NodeJS.ProcessEnv): string {
  const step = env.GITHUB_ACTION?.trim()
  return step ? join(base, step.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_')) : base
}
