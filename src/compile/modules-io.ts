// The module download, once for every platform before the parallel builds: a failure says what
// failed and, for a private module, how to reach it.
import { getExecOutput } from '@actions/exec'
import { fetchFailureHint, type PrivateModules } from './private-modules.js'

/** `go mod download` once for every platform, before the parallel builds. */
export async function downloadModules(
  go: string,
  cwd: string,
  env: Record<string, string | undefined>,
  privateModules: PrivateModules,
): Promise<void> {
  const out = await getExecOutput(go, ['mod', 'download'], {
    cwd,
    env: env as Record<string, string>,
    silent: true,
    ignoreReturnCode: true,
  })
  if (out.exitCode === 0) return
  // The first line says what failed and how to fix it; go's full output follows.
  const lines = out.stderr.trim().split('\n')
  const hint = fetchFailureHint(out.stderr, privateModules)
  const head =
    `go mod download failed: ` +
    `${lines.find((l) => l.startsWith('go: ')) ?? lines[0] ?? `exit ${out.exitCode}`}${hint ? `; ${hint}` : ''}`
  throw new Error(lines.length > 1 ? `${head}\n${out.stderr.trim()}` : head)
}
