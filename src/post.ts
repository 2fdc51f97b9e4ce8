// The post step (runs only when the job succeeded: post-if in action.yml): saves the caches that
// main restored, exactly as the state main left describes them.
import * as core from '@actions/core'
import { saveCaches } from './cache/io.js'
import { parsePostState, STATE_NAME } from './cache/state.js'
import { guardExit } from './exit-guard-io.js'

async function post(): Promise<void> {
  const state = parsePostState(core.getState(STATE_NAME))
  if (!state) return core.info('build-go-image: no cache state from the main step; nothing to save')
  await saveCaches(state)
}

guardExit(
  post().catch((e: unknown) => core.warning(`cache save failed: ${e instanceof Error ? e.message : String(e)}`)),
)
