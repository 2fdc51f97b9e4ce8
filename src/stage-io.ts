// Runs one pipeline stage inside a log group whose last line gives its duration.
import * as core from '@actions/core'

export async function stage<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(name, async () => {
    const start = performance.now()
    try {
      return await fn()
    } finally {
      core.info(`${name}: ${((performance.now() - start) / 1000).toFixed(2)} s`)
    }
  })
}
