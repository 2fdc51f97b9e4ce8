// The base stage's settings: the image to build on, if any. Parsed from the action's inputs;
// config/ composes. Pure.
import { InputError } from '../inputs/error.js'
import { parseReference, type Reference } from '../lib/registry/reference.js'

export interface BaseSettings {
  /** A registry image to build on; absent: scratch. */
  baseImage?: Reference
}

export function parseBaseSettings(text: string): BaseSettings {
  const t = text.trim()
  if (t === '' || t === 'scratch') return {}
  try {
    return { baseImage: parseReference(t) }
  } catch (e) {
    throw new InputError(
      'base-image',
      t,
      `${(e as Error).message}; give scratch or an image such as registry/org/base@sha256:<digest>`,
    )
  }
}
