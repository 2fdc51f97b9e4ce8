// Which runners the action runs on: Linux, x64 or arm64 (GitHub's ubuntu-* and ubuntu-*-arm,
// self-hosted Linux, Gitea's and Forgejo's runners). On macOS and Windows Go would cross-compile,
// but the action's files are POSIX (hard links, /dev/null, the executable bit of the fast
// compressor it builds), and a docker load needs a Linux engine: it stops at once and says so,
// rather than half-work. Pure.

export function runnerProblem(platform: string, arch: string): string | undefined {
  if (platform !== 'linux')
    return (
      `build-go-image runs on Linux runners (ubuntu-latest, ubuntu-24.04-arm, self-hosted Linux); this one is ` +
      `${platform === 'darwin' ? 'macOS' : platform === 'win32' ? 'Windows' : platform}: use a Linux runner ` +
      '(the image is built for Linux whatever the runner)'
    )
  if (arch !== 'x64' && arch !== 'arm64')
    return `build-go-image runs on x64 and arm64 Linux runners; this one is ${arch}`
  return undefined
}
