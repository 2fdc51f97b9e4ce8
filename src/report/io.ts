// The edge of the report stage: step outputs, log lines and the job summary.
import * as core from '@actions/core'
import { type Attestations, verifyCommand } from '../attest/io.js'
import type { AssembledImage } from '../image/assembled.js'
import type { MergedIndex, Published } from '../publish/plan.js'
import type { TagLedger } from '../publish/tag-ledger.js'
import type { Sbom } from '../sbom/spdx.js'
import { type OutputName, outputsOf, summaryRows } from './outputs.js'

/** Write outputs (the one place that does): `outputs.ts` names them. */
export function writeOutputs(values: Partial<Record<OutputName, string>>): void {
  for (const [name, value] of Object.entries(values)) if (value !== undefined) core.setOutput(name, value)
}

/** What one image of a build ended as. */
export interface ImageResult {
  /** The image's name among several (its main package's). */
  name: string
  image: AssembledImage & { sboms?: Sbom[]; refName?: string }
  layoutDir: string
  published?: Published | undefined
  attested?: Attestations | undefined
}

/** Outputs, log and summary of a build of one image. */
export async function report({ image, layoutDir, published, attested }: ImageResult): Promise<void> {
  writeOutputs(outputsOf({ job: 'build', image, layoutDir, published, attestations: attested?.bySubject }))
  for (const t of published?.tags ?? []) core.info(`pushed ${t}`)
  const verify = attested && published?.images[0] ? verifyCommand(published.images[0], attested) : undefined
  if (verify) core.info(`verify: ${verify}`)
  const rows = summaryRows(image)
  for (const [platform, binary, size, digest] of rows)
    core.info(`${platform}: ${digest} (binary ${binary}, image ${size})`)
  core.info(`${image.images.length > 1 ? 'index' : 'manifest'}: ${image.top.digest}`)
  core.info(`OCI layout: ${layoutDir} (skopeo and umoci: oci:${layoutDir}:${image.refName ?? 'latest'})`)
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary
    .addHeading('build-go-image', 3)
    .addTable([
      [
        { data: 'platform', header: true },
        { data: 'binary', header: true },
        { data: 'image (compressed)', header: true },
        { data: 'digest', header: true },
      ],
      ...rows.map((r) => r.map((c, i) => (i === 3 ? `<code>${c}</code>` : c))),
    ])
    .addRaw(
      `<p>${image.images.length > 1 ? 'Index' : 'Manifest'} <code>${image.top.digest}</code>, OCI layout ` +
        `<code>${layoutDir}</code></p>`,
    )
    .addRaw(published ? pushedTable(published) : '<p>Not pushed.</p>')
    .addRaw(verify ? `<p>Signed provenance${image.sboms?.length ? ' and SBOMs' : ''}; verify with</p>` : '')
    .addRaw(verify ? `<pre><code>${verify}</code></pre>` : '')
    .write()
}

function pushedTable(p: Published): string {
  const rows = p.tags.map(
    (t) => `<tr><td><code>${t}</code></td><td><code>${p.digest}</code></td><td><code>docker pull ${t}</code></td></tr>`,
  )
  return `<table><tr><th>reference</th><th>digest</th><th>pull</th></tr>${rows.join('')}</table>`
}

/** Outputs, log and summary of a build of several images: images-json names each. */
export async function reportImages(results: ImageResult[]): Promise<void> {
  writeOutputs(
    outputsOf({
      job: 'images',
      images: results.map((r) => ({ ...r, attestations: r.attested?.bySubject })),
    }),
  )
  for (const r of results) {
    core.info(`${r.name}: ${r.image.top.digest} (OCI layout ${r.layoutDir})`)
    for (const t of r.published?.tags ?? []) core.info(`pushed ${t}`)
  }
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const rows = results.map(
    (r) =>
      `<tr><td>${r.name}</td><td><code>${r.published?.images[0] ?? r.layoutDir}</code></td>` +
      `<td><code>${r.image.top.digest}</code></td></tr>`,
  )
  await core.summary
    .addHeading('build-go-image', 3)
    .addRaw(`<table><tr><th>image</th><th>where</th><th>digest</th></tr>${rows.join('')}</table>`)
    .write()
}

/** Outputs and log of a merge job over several images: images-json names each index. */
export async function reportMergedImages(
  results: { name: string; merged: MergedIndex; attested?: Attestations | undefined }[],
): Promise<void> {
  writeOutputs(
    outputsOf({
      job: 'merged images',
      images: results.map((r) => ({ name: r.name, merged: r.merged, attestations: r.attested?.bySubject })),
    }),
  )
  for (const r of results) {
    core.info(`${r.name}: index ${r.merged.digest} (${Object.keys(r.merged.digests).join(', ')})`)
    for (const t of r.merged.tags) core.info(`pushed ${t}`)
  }
}

/** The job summary when tagging stopped part way: every planned tag, moved or not. */
export async function reportTags(ledger: TagLedger): Promise<void> {
  core.error(`tags: ${ledger.describe()}`)
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const state = (t: string) =>
    ledger.moved.includes(t) ? 'moved' : ledger.inFlight.has(t) ? 'sent, unconfirmed' : 'not moved'
  const rows = ledger.planned.map((t) => `<tr><td><code>${t}</code></td><td>${state(t)}</td></tr>`)
  await core.summary
    .addHeading('build-go-image: tagging stopped', 3)
    .addRaw(`<table><tr><th>tag</th><th>state</th></tr>${rows.join('')}</table>`)
    .write()
}

/** Outputs and summary of a merge job. */
export async function reportMerge(m: MergedIndex, attested?: Attestations): Promise<void> {
  writeOutputs(outputsOf({ job: 'merge', merged: m, attestations: attested?.bySubject }))
  for (const [platform, digest] of Object.entries(m.digests)) core.info(`${platform}: ${digest}`)
  core.info(`index: ${m.digest}`)
  for (const t of m.tags) core.info(`pushed ${t}`)
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary
    .addHeading('build-go-image: merged', 3)
    .addTable([
      [
        { data: 'platform', header: true },
        { data: 'digest', header: true },
      ],
      ...Object.entries(m.digests).map(([p, d]) => [p, `<code>${d}</code>`]),
    ])
    .addRaw(pushedTable(m))
    .write()
}
