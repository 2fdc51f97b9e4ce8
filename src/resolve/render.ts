// ko's `resolve`: every `ko://<import path>` in a YAML text becomes `<repository>@<digest>` of the
// image built from that package. The text is edited in place, so comments, quoting and layout stay
// as written (a YAML parser would re-print it). A reference to a package not built is reported with
// its line. Pure.

/** ko:// and an import path: up to the first character an import path cannot hold. */
const KO_REFERENCE = /ko:\/\/([A-Za-z0-9._~\-/]+)/g

export interface Rendered {
  text: string
  /** `file:line: ko://path` for each reference to a package not built. */
  unknown: string[]
}

/** `images`: import path -> `<repository>@<digest>`. */
export function renderKoReferences(text: string, file: string, images: Map<string, string>): Rendered {
  const unknown: string[] = []
  const lines = text.split('\n')
  const out = lines.map((line, i) =>
    line.replace(KO_REFERENCE, (whole, path: string) => {
      const image = images.get(path.replace(/\/$/, ''))
      if (image) return image
      unknown.push(`${file}:${i + 1}: ${whole}`)
      return whole
    }),
  )
  return { text: out.join('\n'), unknown }
}

/** Documents joined as one YAML stream: a `---` line between two files unless the next starts with one. */
export function joinDocuments(texts: string[]): string {
  let out = ''
  for (const t of texts) {
    if (out !== '' && !out.endsWith('\n')) out += '\n'
    if (out !== '' && !/^---(\s|$)/.test(t)) out += '---\n'
    out += t
  }
  return out
}
