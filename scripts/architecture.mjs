// The import graph's rules, checked on every lint: the library core (src/lib/) imports nothing of
// the action and holds no module state; no module imports itself round a circle, and no folder does
// (a folder loop hides a circle of ideas even when the files do not close one). Biome's
// noRestrictedImports covers packages (@actions/* in lib); graphs are not a lint rule it has, and
// dependency-cruiser checks files only, not folders, so this walks the graph with TypeScript's own
// import scanner.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

const SRC = resolve('src')
const files = readdirSync(SRC, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts') && e.name !== 'ca-bundle.ts')
  .map((e) => join(e.parentPath, e.name))

const problems = []
const graph = new Map()
for (const file of files) {
  const text = readFileSync(file, 'utf8')
  const imports = ts
    .preProcessFile(text, true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name.replace(/\.js$/, '.ts')))
  graph.set(file, imports)
  const rel = relative(SRC, file)
  if (!rel.startsWith('lib/')) continue
  for (const target of imports)
    if (!relative(SRC, target).startsWith('lib/'))
      problems.push(`${rel} imports ${relative(SRC, target)}: the library core imports nothing of the action`)
  if (/process\.env/.test(text)) problems.push(`${rel} reads process.env: the library takes settings as arguments`)
  const state = ts
    .createSourceFile(file, text, ts.ScriptTarget.Latest)
    .statements.filter((s) => ts.isVariableStatement(s) && !(s.declarationList.flags & ts.NodeFlags.Const))
  if (state.length > 0) problems.push(`${rel} holds module state (a top-level let): make it a value callers own`)
}

/** Circles in a graph (Tarjan's strongly connected components of more than one node, or a self loop). */
function circles(nodes, edgesOf) {
  const index = new Map()
  const low = new Map()
  const stack = []
  const on = new Set()
  const found = []
  let next = 0
  const visit = (v) => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    on.add(v)
    for (const w of edgesOf(v)) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v), low.get(w)))
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), index.get(w)))
    }
    if (low.get(v) !== index.get(v)) return
    const component = []
    let w
    do {
      w = stack.pop()
      on.delete(w)
      component.push(w)
    } while (w !== v)
    if (component.length > 1) found.push(component)
  }
  for (const v of nodes) if (!index.has(v)) visit(v)
  return found
}

for (const c of circles([...graph.keys()], (f) => (graph.get(f) ?? []).filter((t) => graph.has(t))))
  problems.push(`modules import each other round a circle: ${c.map((f) => relative(SRC, f)).join(', ')}`)

const folderOf = (f) => relative(SRC, dirname(f)) || '.'
const folders = new Map()
for (const [file, targets] of graph) {
  const from = folderOf(file)
  if (!folders.has(from)) folders.set(from, new Set())
  for (const t of targets) if (graph.has(t) && folderOf(t) !== from) folders.get(from).add(folderOf(t))
}
for (const c of circles([...folders.keys()], (d) => [...(folders.get(d) ?? [])]))
  problems.push(`folders import each other round a circle: ${c.join(', ')}`)

if (problems.length > 0) {
  console.error(problems.join('\n'))
  process.exit(1)
}
