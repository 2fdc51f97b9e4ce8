// The edge that lists a data directory (ko's kodata/) for the data layer: symlinks that resolve
// inside the module are followed (their target's content is copied), others are refused, since an
// image must not depend on what else happens to be on the runner.

import { readdir, realpath, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { InputError } from '../inputs/error.js'
import type { DataEntry, HostFile } from './rootfs.js'

const inside = (root: string, p: string) => p === root || p.startsWith(root + sep)

/** Every directory and file below `dir`, sorted by path; `input` names the input for errors. */
export async function listDataDir(dir: string, moduleRoot: string, input: string): Promise<DataEntry[]> {
  const root = await realpath(moduleRoot)
  const out: DataEntry[] = []
  // `seen` holds the real paths of the directories being walked: a link back up is a cycle.
  async function walk(at: string, rel: string, seen: Set<string>): Promise<void> {
    const names = (await readdir(at)).sort()
    for (const name of names) {
      const path = join(at, name)
      const real = await realpath(path).catch(() => undefined)
      const shown = join(relative(moduleRoot, dir), rel, name)
      if (!real)
        throw new InputError(
          input,
          dir,
          `${shown} is a symlink whose target does not exist; remove it or point it inside the module`,
        )
      if (!inside(root, real))
        throw new InputError(input, dir, `${shown} links to ${real}, outside the module; copy the file in instead`)
      const s = await stat(real)
      if (s.isDirectory()) {
        if (seen.has(real)) throw new InputError(input, dir, `${shown} links back to a directory above it (a cycle)`)
        out.push({ path: `${rel}${name}/` })
        await walk(real, `${rel}${name}/`, new Set([...seen, real]))
      } else if (s.isFile()) {
        out.push({ path: `${rel}${name}`, file: { path: real, size: s.size, executable: (s.mode & 0o111) !== 0 } })
      } else {
        throw new InputError(input, dir, `${shown} is neither a file nor a directory`)
      }
    }
  }
  const top = await realpath(dir)
  if (!inside(root, top)) throw new InputError(input, dir, 'give a directory inside the module')
  await walk(top, '', new Set([top]))
  return out
}

/**
 * What the layers below the program take from the runner: Go's zoneinfo.zip (on scratch, unless
 * `zoneinfo: false`) and the data directory (given, else kodata/ beside the main package if any).
 */
export async function readLayerInputs(
  settings: { zoneinfo: boolean; dataDir: string | 'auto' | false; scratch: boolean; moduleRoot: string },
  packageDir: string,
  goroot: string,
): Promise<{ zoneinfo?: HostFile; data?: DataEntry[] }> {
  let zoneinfo: HostFile | undefined
  if (settings.zoneinfo && settings.scratch) {
    const path = join(goroot, 'lib', 'time', 'zoneinfo.zip')
    const s = await stat(path).catch(() => undefined)
    if (!s?.isFile())
      throw new InputError(
        'zoneinfo',
        'true',
        `this Go has no ${path}; set zoneinfo: false, or use a base-image with /usr/share/zoneinfo`,
      )
    zoneinfo = { path, size: s.size }
  }
  let data: DataEntry[] | undefined
  if (settings.dataDir !== false) {
    const dir = settings.dataDir === 'auto' ? join(packageDir, 'kodata') : settings.dataDir
    const s = await stat(dir).catch(() => undefined)
    if (s?.isDirectory()) data = await listDataDir(dir, settings.moduleRoot, 'data-dir')
    else if (settings.dataDir !== 'auto')
      throw new InputError(
        'data-dir',
        dir,
        'give a directory inside the module (it is copied to /var/run/ko), or false',
      )
  }
  return { ...(zoneinfo ? { zoneinfo } : {}), ...(data ? { data } : {}) }
}
