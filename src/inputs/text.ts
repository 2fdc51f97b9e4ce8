// Parsing of the text shapes action inputs come in: lists, KEY=VALUE lines, argument vectors.
import { InputError } from './error.js'

/** Reads one input's raw text ('' when unset). */
export type InputReader = (name: string) => string

/** An environment variable's name (build-env, env). */
export const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Items separated by newlines (and commas when allowed); blank items dropped. */
export function splitList(text: string, commas: boolean): string[] {
  return text
    .split(commas ? /[\n,]/ : /\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/** `KEY=VALUE` lines into a record; later lines win. */
export function parseKeyValues(
  input: string,
  text: string,
  keyPattern: RegExp,
  keyHint: string,
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [i, line] of splitList(text, false).entries()) {
    const eq = line.indexOf('=')
    if (eq <= 0) throw new InputError(input, line, `write one KEY=VALUE per line (item ${i + 1})`)
    const key = line.slice(0, eq).trim()
    if (!keyPattern.test(key)) throw new InputError(input, line, `the key must be ${keyHint} (item ${i + 1})`)
    out[key] = line.slice(eq + 1)
  }
  return out
}

/**
 * An argument vector: a JSON array of strings, else one item per line; a single line is split at
 * whitespace (`serve --port 8080`).
 */
export function parseArgv(input: string, text: string): string[] {
  const t = text.trim()
  if (t === '') return []
  if (t.startsWith('[')) {
    let v: unknown
    try {
      v = JSON.parse(t)
    } catch {
      throw new InputError(input, t, 'give a JSON array of strings, or one argument per line')
    }
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
      throw new InputError(input, t, 'give a JSON array of strings, or one argument per line')
    }
    return v
  }
  const lines = splitList(t, false)
  return lines.length === 1 ? t.split(/\s+/) : lines
}

export function parseBoolean(input: string, text: string, fallback: boolean): boolean {
  const t = text.trim().toLowerCase()
  if (t === '') return fallback
  if (t === 'true') return true
  if (t === 'false') return false
  throw new InputError(input, text, 'give true or false')
}
