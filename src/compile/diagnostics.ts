// Compiler messages as the runner's problem matcher (matchers/go.json) reads them: file paths
// made relative to the workspace, so annotations land on the source line. Pure.
import { isAbsolute, relative, resolve } from 'node:path'

const LOCATION = /^(vet: )?((?:\.{1,2}\/)?[^\s:][^:]*\.go)(:\d+:(?:\d+:)?\s)/

export function workspaceRelative(line: string, workingDirectory: string, workspace: string): string {
  return line.replace(LOCATION, (_m, vet: string | undefined, file: string, rest: string) => {
    const abs = isAbsolute(file) ? file : resolve(workingDirectory, file)
    const rel = relative(workspace, abs)
    return `${vet ?? ''}${rel.startsWith('..') ? abs : rel}${rest}`
  })
}
