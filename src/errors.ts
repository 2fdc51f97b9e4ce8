// Typed errors: each names its subject so the user sees which input, platform or file failed,
// and callers branch on kind rather than on message text.

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

/** `go build` failed for one platform; carries the compiler's own message. */
export class CompileError extends Error {
  override readonly name = 'CompileError'
  constructor(
    readonly platform: string,
    readonly stderr: string,
  ) {
    super(`go build failed for ${platform}:\n${stderr.trimEnd()}`)
  }
}

/** Writing the OCI image layout failed (disk full, path not writable, ...). */
export class LayoutError extends Error {
  override readonly name = 'LayoutError'
  constructor(
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`OCI layout ${path}: ${message}`, options)
  }
}

/** No Go satisfies the spec, or it could not be fetched, verified or installed. */
export class ToolchainError extends Error {
  override readonly name = 'ToolchainError'
  constructor(
    readonly spec: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}
