// `ldflags` templates in GoReleaser's spelling: {{.Version}}, {{.Commit}}, {{.Date}}.

export interface LdflagsValues {
  version: string
  commit: string
  /** RFC 3339 */
  date: string
}

export const LDFLAGS_PLACEHOLDERS = ['{{.Version}}', '{{.Commit}}', '{{.Date}}'] as const
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g

/** Placeholders in the template that are not one of LDFLAGS_PLACEHOLDERS. */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].filter((m) => valueKey(m[1] ?? '') === undefined).map((m) => m[0])
}

function valueKey(inner: string): keyof LdflagsValues | undefined {
  return ({ '.Version': 'version', '.Commit': 'commit', '.Date': 'date' } as const)[inner as '.Version']
}

export function renderLdflags(template: string, info: LdflagsValues): string {
  return template.replace(PLACEHOLDER, (whole, inner: string) => {
    const key = valueKey(inner)
    if (!key) throw new Error(`unknown ldflags placeholder ${whole}`)
    return info[key]
  })
}
