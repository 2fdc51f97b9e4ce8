// Annotations by level, in docker buildx's syntax (what build-push-action and metadata-action's
// `annotations` output use): `[type[,type...][[platform]]:]key=value`, type one of index,
// manifest, index-descriptor, manifest-descriptor. An unprefixed line goes on the index and on
// every platform manifest (this action's behaviour before levels). Pure.

/** A rule that does not parse: the line, and what would be accepted (config names the input). */
export class AnnotationRuleError extends Error {
  override readonly name = 'AnnotationRuleError'
  constructor(
    readonly line: string,
    readonly accepted: string,
  ) {
    super(`${JSON.stringify(line)}: ${accepted}`)
  }
}

export type AnnotationLevel = 'index' | 'manifest' | 'index-descriptor' | 'manifest-descriptor'

export interface AnnotationRule {
  levels: AnnotationLevel[]
  /** os/arch[/variant]: only that platform's manifest (or its descriptor). */
  platform?: string
  key: string
  value: string
}

const LEVELS: AnnotationLevel[] = ['index', 'manifest', 'index-descriptor', 'manifest-descriptor']
const KEY = /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/
const PREFIX = /^([a-z,-]+)(?:\[([a-z0-9/._-]+)\])?$/
const HINT =
  'write one [index|manifest|index-descriptor|manifest-descriptor[,...][[os/arch]]:]key=value per line, ' +
  'e.g. index:org.opencontainers.image.description=My app'

/** Every line of the `annotations` input, in order (a later line wins on the same level and key). */
export function parseAnnotationRules(text: string): AnnotationRule[] {
  const rules: AnnotationRule[] = []
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim()
    if (line === '') continue
    const eq = line.indexOf('=')
    if (eq <= 0) throw new AnnotationRuleError(line, `${HINT} (line ${i + 1})`)
    const left = line.slice(0, eq).trim()
    const colon = left.lastIndexOf(':')
    const key = left.slice(colon + 1)
    if (!KEY.test(key))
      throw new AnnotationRuleError(
        line,
        `the key must be an annotation name like org.opencontainers.image.title (line ${i + 1})`,
      )
    const value = line.slice(eq + 1)
    if (colon < 0) {
      rules.push({ levels: ['index', 'manifest'], key, value })
      continue
    }
    const m = PREFIX.exec(left.slice(0, colon))
    const levels = (m?.[1] ?? '').split(',') as AnnotationLevel[]
    if (!m || !levels.every((l) => LEVELS.includes(l))) throw new AnnotationRuleError(line, `${HINT} (line ${i + 1})`)
    rules.push({ levels: [...new Set(levels)], ...(m[2] ? { platform: m[2] } : {}), key, value })
  }
  return rules
}

/** Plain key/values as rules on the index and every manifest (the GitHub context's annotations). */
export function everywhere(annotations: Record<string, string>): AnnotationRule[] {
  return Object.entries(annotations).map(([key, value]) => ({ levels: ['index', 'manifest'], key, value }))
}

/** The annotations one level (of one platform) gets. */
export function annotationsAt(
  rules: AnnotationRule[],
  level: AnnotationLevel,
  platform?: string,
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const r of rules) {
    if (!r.levels.includes(level)) continue
    if (r.platform && r.platform !== platform) continue
    out[r.key] = r.value
  }
  return out
}

/** Keys that go on manifests but never on the index: a merge job must not lift them to its index. */
export function manifestOnlyKeys(rules: AnnotationRule[]): Set<string> {
  const onIndex = new Set(rules.filter((r) => r.levels.includes('index')).map((r) => r.key))
  return new Set(rules.filter((r) => r.levels.includes('manifest') && !onIndex.has(r.key)).map((r) => r.key))
}
