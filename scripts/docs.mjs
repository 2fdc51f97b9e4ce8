// Generates the README's inputs and outputs tables from action.yml, between the
// <!-- action-docs:inputs --> / <!-- action-docs:outputs --> markers. `--check` fails when stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
    .trim()

export function renderTables(actionYml) {
  const action = parse(actionYml)
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, i]) =>
      `| \`${name}\` | ${cell(i.description)} | ${i.default === undefined ? '' : `\`${cell(i.default)}\``} |`,
  )
  const outputs = Object.entries(action.outputs ?? {}).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`)
  return {
    inputs: ['| input | description | default |', '|---|---|---|', ...inputs].join('\n'),
    outputs: ['| output | description |', '|---|---|', ...outputs].join('\n'),
  }
}

export function renderReadme(actionYml, readme) {
  const tables = renderTables(actionYml)
  let out = readme
  for (const kind of ['inputs', 'outputs']) {
    const start = `<!-- action-docs:${kind} -->`
    const end = `<!-- /action-docs:${kind} -->`
    const a = out.indexOf(start)
    const b = out.indexOf(end)
    if (a < 0 || b < a) throw new Error(`README.md lacks the ${start} ... ${end} markers`)
    out = `${out.slice(0, a + start.length)}\n${tables[kind]}\n${out.slice(b)}`
  }
  return out
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8')
  const next = renderReadme(readFileSync('action.yml', 'utf8'), readme)
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md inputs/outputs tables are stale: run npm run docs')
      process.exit(1)
    }
  } else writeFileSync('README.md', next)
}
