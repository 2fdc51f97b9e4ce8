// The edge of the resolve stage: reads the YAML the resolve input names (checked before anything
// is pushed), renders its ko:// references into the pushed images and writes resolved-file; writes
// images-file.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, relative } from 'node:path'
import * as core from '@actions/core'
import { create } from '@actions/glob'
import { InputError } from '../inputs/error.js'
import { joinDocuments, renderKoReferences } from './render.js'
import type { ResolveSettings } from './settings.js'

/** The YAML to render, read and checked before anything is pushed. */
export interface ManifestsToResolve {
  files: { path: string; shown: string; text: string }[]
}

/**
 * Read the YAML the resolve input names and check, before anything is pushed, that the step will
 * push and that every ko:// reference names a package it builds.
 */
export async function readManifests(
  settings: ResolveSettings,
  importPaths: string[],
  pushing: boolean,
  workspace: string,
): Promise<ManifestsToResolve | undefined> {
  if (settings.resolve.length === 0) return undefined
  const given = settings.resolve.map((p) => relative(workspace, p)).join(' ')
  if (!pushing) throw new InputError('resolve', given, 'ko:// references become pushed images: set image and push')
  const globber = await create(settings.resolve.join('\n'), { matchDirectories: false })
  const paths = (await globber.glob()).sort()
  if (paths.length === 0) throw new InputError('resolve', given, 'no file matches it; give YAML files or globs')
  const files = await Promise.all(
    paths.map(async (path) => ({ path, shown: relative(workspace, path), text: await readFile(path, 'utf8') })),
  )
  const known = new Map(importPaths.map((p) => [p, p]))
  const unknown = files.flatMap((f) => renderKoReferences(f.text, f.shown, known).unknown)
  if (unknown.length > 0)
    throw new InputError(
      'resolve',
      unknown[0] ?? '',
      `it names a package this step does not build (it builds ${importPaths.join(', ')})` +
        (unknown.length > 1 ? `; and ${unknown.length - 1} more` : ''),
    )
  return { files }
}

/** Render the checked YAML with each package's pushed image (`<repository>@<digest>`) and write it. */
export async function writeResolved(
  settings: ResolveSettings,
  manifests: ManifestsToResolve,
  images: Map<string, string>,
): Promise<void> {
  if (!settings.resolvedFile) return
  const texts = manifests.files.map((f) => renderKoReferences(f.text, f.shown, images).text)
  await mkdir(dirname(settings.resolvedFile), { recursive: true })
  await writeFile(settings.resolvedFile, joinDocuments(texts))
  core.info(`resolved ${manifests.files.length} file(s) into ${settings.resolvedFile}`)
}

/** The images file: what images-json says, as a file (a release asset). */
export async function writeImagesFile(settings: ResolveSettings, images: unknown): Promise<void> {
  if (!settings.imagesFile) return
  await mkdir(dirname(settings.imagesFile), { recursive: true })
  await writeFile(settings.imagesFile, `${JSON.stringify(images, null, 2)}\n`)
  core.info(`images file: ${settings.imagesFile}`)
}
