// The toolchain stage's failure names the version spec it could not satisfy.

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
