// The error a bad input ends the step with: it names the input, the bad value (redacted where it may
// hold a secret) and what would be accepted. Each stage's settings.ts throws it while the inputs are
// read, before any work; a few are found only by doing, and are raised by the stage that finds
// them, still before anything is pushed: `main` is not package main (go list), a `merge` entry is
// not in its repository, a base image lacks a platform, a tag template renders no valid tag.
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
