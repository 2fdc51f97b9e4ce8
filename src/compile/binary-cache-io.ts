// Linked programs kept between runs. Go's build cache keeps compiled packages but not the linked
// program, so every run links again, the costliest step of an unchanged build; but `go build`
// does not link when its -o target already carries the build ID it would produce. Each platform
// gets a slot (per module directory, main package, platform and build settings), restored and
// saved with the build cache: an unchanged commit (a re-run, a release tag on a commit main
// already built) skips every link, and its layer then comes from the layer cache.
// Go trusts any file with the right build ID in its first pages, a truncated one too, so a slot
// keeps the program's sha256 beside it and a program go left in place is checked against it.
// A slot is only ever replaced by rename, never written in place (go too replaces its -o target,
// never writes into it), so a build can start from a hard link to it; and should anything still
// write into one, or jobs sharing a machine race, the sha256 check sends the build to the linker.
import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { copyFile, link, open, stat, unlink } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { keepFile, keptDir, markUsed, recordedSha256 } from '../kept/kept-io.js'
import { sha256File } from '../lib/sha256-file-io.js'
import type { TargetPlatform } from './platform.js'
import type { CompileSettings } from './settings.js'

const FORMAT = 'build-go-image binary slot v1'
const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46])

export function binaryCacheDir(env: NodeJS.ProcessEnv): string {
  return keptDir(env, 'binaries')
}

/**
 * The slot's file name: what selects the program, not what changes with each commit. The module is
 * named by its path in the workspace: act, and some self-hosted set-ups, give every run a new
 * workspace path, and the kept program must still be found.
 */
export function slotName(config: CompileSettings, platform: TargetPlatform, importPath?: string): string {
  const what = [
    FORMAT,
    relative(config.workspace, config.workingDirectory) || '.',
    // One main: as named in the input; several: the package's own path.
    importPath ?? config.main,
    platform.name,
    config.buildFlags,
    config.buildTags,
    config.buildEnv,
    config.ldflags,
  ]
  return createHash('sha256').update(JSON.stringify(what)).digest('hex').slice(0, 32)
}

/** What a build did with its slot's program, and the program's sha256 (the layer cache keys on it too). */
export type SlotOutcome = { outcome: 'up to date' | 'linked'; sha256: string } | { outcome: 'damaged' }

/** The run's kept programs: a slot per platform, and the replacements still being written. */
export class ProgramSlots {
  private readonly writing = new Set<Promise<void>>()

  constructor(readonly dir: string) {}

  slot(name: string): BinarySlot {
    return new BinarySlot(this.dir, name, this.writing)
  }

  /** Wait for the slots being replaced (before the programs' directory goes, and before the step ends). */
  async written(): Promise<void> {
    await Promise.all([...this.writing])
  }
}

export class BinarySlot {
  private seeded?: { ino: number; sha256: string }

  constructor(
    private readonly dir: string,
    private readonly name: string,
    private readonly writing: Set<Promise<void>>,
  ) {}

  private get program(): string {
    return join(this.dir, this.name)
  }

  /**
   * Put the slot's program at `path`, the build's -o target. Only an ELF file with its sha256
   * beside it: go refuses to write over a target that is not an object file.
   */
  async seed(path: string): Promise<void> {
    try {
      // Checked after the build, and only if go keeps it: hashing every slot first would cost
      // more than the links it saves.
      const sha256 = await recordedSha256(this.program)
      if (!sha256 || !ELF.equals(await head(this.program, ELF.length))) return
      await link(this.program, path).catch(() => copyFile(this.program, path, constants.COPYFILE_FICLONE))
      this.seeded = { ino: (await stat(path)).ino, sha256 }
    } catch {
      // No slot yet (or an unreadable one): go links as usual.
    }
  }

  /**
   * After a build: a program go left in place is up to date when it is the one the slot kept
   * (the slot is marked used, so trimming keeps it), damaged otherwise (removed: build again);
   * one go linked replaces the slot, beside the image work (`ProgramSlots.written` waits for it).
   */
  async settle(path: string): Promise<SlotOutcome> {
    const seeded = this.seeded
    this.seeded = undefined
    const sha256 = await sha256File(path)
    if (seeded && (await stat(path)).ino === seeded.ino) {
      if (sha256 !== seeded.sha256) {
        await unlink(path)
        return { outcome: 'damaged' }
      }
      await markUsed(this.program)
      return { outcome: 'up to date', sha256 }
    }
    // A cache that cannot be written is only a slower next run.
    const keeping = keepFile(this.program, path, sha256).catch(() => undefined)
    this.writing.add(keeping)
    void keeping.then(() => this.writing.delete(keeping))
    return { outcome: 'linked', sha256 }
  }
}

async function head(path: string, n: number): Promise<Buffer> {
  const file = await open(path)
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(n), 0, n, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await file.close()
  }
}
