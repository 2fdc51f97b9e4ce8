// Work started now and awaited later (a layer written while builds run, a build awaited after the
// package check): its failure belongs to whoever awaits it, so until then it must not count as an
// unhandled rejection, which would end the process. The one place that says so.
export function started<T>(work: Promise<T>): Promise<T> {
  work.catch(() => undefined)
  return work
}
