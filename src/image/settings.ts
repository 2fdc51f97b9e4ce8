// The image stage's settings: the image's run configuration, labels and annotations, and where and
// with what the layout is written. Parsed from the action's inputs; config/ composes. Pure.
import { resolve } from 'node:path'
import { InputError } from '../inputs/error.js'
import { ENV_KEY, type InputReader, parseArgv, parseBoolean, parseKeyValues, splitList } from '../inputs/text.js'
import { type AnnotationRule, AnnotationRuleError, parseAnnotationRules } from '../lib/oci/annotation-levels.js'

export interface ImageSettings {
  /** Absent: the built binary. */
  entrypoint?: string[]
  args: string[]
  env: Record<string, string>
  /** Absent: 65532:65532 on scratch, the base image's user on a base. */
  user?: string
  workdir?: string
  /** `8080/tcp` form. */
  expose: string[]
  labels: Record<string, string>
  /** By level (index, manifest, descriptors), in build-push-action's syntax. */
  annotations: AnnotationRule[]
}

export interface LayoutSettings {
  ociLayout: string
  /** Attach an SPDX SBOM to each platform image. */
  sbom: boolean
  /** Go's zoneinfo.zip in the scratch image, with ZONEINFO set. */
  zoneinfo: boolean
  /** The data directory for /var/run/ko: a path, kodata/ beside the main package if any (auto), or none. */
  dataDir: string | 'auto' | false
}

const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/
const USER = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$/

/** `defaultLayout`: the step's own directory for the layout when oci-layout is not given. */
export function parseLayoutSettings(
  read: InputReader,
  workspace: string,
  workingDirectory: string,
  defaultLayout: string,
): LayoutSettings {
  return {
    ociLayout: resolve(workspace, read('oci-layout') || defaultLayout),
    sbom: parseBoolean('sbom', read('sbom'), true),
    zoneinfo: parseBoolean('zoneinfo', read('zoneinfo'), true),
    dataDir: parseDataDir(read('data-dir'), workingDirectory),
  }
}

function parseDataDir(text: string, workingDirectory: string): string | 'auto' | false {
  const t = text.trim()
  if (t === '' || t.toLowerCase() === 'auto') return 'auto'
  if (t.toLowerCase() === 'false') return false
  const dir = resolve(workingDirectory, t)
  if (dir !== workingDirectory && !dir.startsWith(`${workingDirectory}/`))
    throw new InputError(
      'data-dir',
      t,
      "give a directory inside 'working-directory' (it is copied to /var/run/ko), or false",
    )
  return dir
}

export function parseImageSettings(read: InputReader): ImageSettings {
  const entrypoint = parseArgv('entrypoint', read('entrypoint'))
  const user = read('user').trim()
  if (user && !USER.test(user))
    throw new InputError('user', user, 'give user[:group], as names or numeric ids, e.g. 65532:65532')
  const workdir = read('workdir').trim()
  if (workdir && !workdir.startsWith('/'))
    throw new InputError('workdir', workdir, 'give an absolute path inside the image, e.g. /data')
  return {
    ...(entrypoint.length > 0 ? { entrypoint } : {}),
    args: parseArgv('args', read('args')),
    env: parseKeyValues('env', read('env'), ENV_KEY, 'a variable name like LOG_LEVEL'),
    ...(user ? { user } : {}),
    ...(workdir ? { workdir } : {}),
    expose: splitList(read('expose'), true)
      .flatMap((s) => s.split(/\s+/))
      .map(parsePort),
    labels: parseKeyValues('labels', read('labels'), LABEL_KEY, 'a label name like org.opencontainers.image.title'),
    annotations: parseAnnotations(read('annotations')),
  }
}

function parseAnnotations(text: string): AnnotationRule[] {
  try {
    return parseAnnotationRules(text)
  } catch (e) {
    if (e instanceof AnnotationRuleError) throw new InputError('annotations', e.line, e.accepted)
    throw e
  }
}

function parsePort(text: string): string {
  const m = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/.exec(text)
  const port = m ? Number(m[1]) : NaN
  if (!m || port < 1 || port > 65535) {
    throw new InputError(
      'expose',
      text,
      'give ports as numbers 1-65535, optionally with /tcp, /udp or /sctp, e.g. 8080 or 53/udp',
    )
  }
  return `${port}/${m[2] ?? 'tcp'}`
}
