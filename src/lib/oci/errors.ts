// A layout write that failed names the layout's path.

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
