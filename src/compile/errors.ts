// A failed build names its platform and carries the compiler's own message.

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
