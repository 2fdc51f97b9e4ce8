// The one error every settings parser throws: it names the input, the bad value (redacted where it
// may hold a secret) and what would be accepted.
import { shownValue } from './redact.js'

/**
 * A bad action input: names the input, the bad value (redacted where it may hold a secret) and
 * what would be accepted.
 */
export class InputError extends Error {
  override readonly name = 'InputError'
  constructor(
    readonly input: string,
    readonly value: string,
    readonly accepted: string,
    options?: { cause?: unknown },
  ) {
    super(`Input '${input}': ${shownValue(input, value)} is not valid; ${accepted}`, options)
  }
}
