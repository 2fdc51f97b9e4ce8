// Step outputs and the job summary table from the assembled image: pure.
import type { AssembledImage } from '../image/assembled.js'
import { descriptorJson } from '../lib/oci/manifest.js'
import type { MergedIndex, Published } from '../publish/plan.js'
import type { Sbom } from '../sbom/spdx.js'

export interface Outputs {
  digest: string
  digests: string
  imageid: string
  metadata: string
  'oci-layout': string
  /** `oci:<dir>:<tag>`, the image in the layout as skopeo and umoci name it. */
  'oci-ref': string
  image: string
  images: string
  tags: string
  'sbom-digests': string
  /** Attested manifest digest -> its referrers' digests by kind. */
  attestations: string
}

/** A build of several images. */
export interface ImagesOutputs {
  /** Image name -> ImageEntry, as JSON. */
  'images-json': string
}

/** Outputs known before the image is: written as soon as they are (a later failure keeps them). */
export interface EarlyOutputs {
  'go-version': string
  'cache-hit': string
  'build-cache-hit': string
  /** JSON: platform -> docker archive path. */
  tarballs: string
  /** The image:tag loaded into the runner's Docker. */
  loaded: string
}

/** Every output this action writes: the one list (action.yml documents each). */
export type OutputName = keyof Outputs | keyof EarlyOutputs | keyof ImagesOutputs

/** What a job ends with: a build's image (pushed or not), or a merge's index. */
export type JobResult =
  | {
      job: 'build'
      image: AssembledImage & { sboms?: Sbom[]; refName?: string }
      layoutDir: string
      published?: Published | undefined
      attestations?: Record<string, Record<string, string>> | undefined
    }
  | { job: 'merge'; merged: MergedIndex; attestations?: Record<string, Record<string, string>> | undefined }
  | { job: 'images'; images: (Omit<Extract<JobResult, { job: 'build' }>, 'job'> & { name: string })[] }
  | { job: 'merged images'; images: (Omit<Extract<JobResult, { job: 'merge' }>, 'job'> & { name: string })[] }

/** Every output a job ends with, from its result: the one function both jobs' outputs come from. */
export function outputsOf(r: JobResult): Partial<Record<OutputName, string>> {
  if (r.job === 'build') return imageOutputs(r.image, r.layoutDir, r.published, r.attestations)
  if (r.job === 'merge') return mergeOutputs(r.merged, r.attestations)
  if (r.job === 'images') return { 'images-json': JSON.stringify(imagesOf(r.images)) }
  return { 'images-json': JSON.stringify(Object.fromEntries(r.images.map((i) => [i.name, mergedEntry(i)]))) }
}

/** A merged index, as images-json gives it (no layout: a merge writes none). */
function mergedEntry(i: { merged: MergedIndex; attestations?: Record<string, Record<string, string>> | undefined }) {
  return {
    repositories: i.merged.images.map((ref) => ref.slice(0, ref.lastIndexOf('@'))),
    digest: i.merged.digest,
    digests: i.merged.digests,
    tags: i.merged.tags,
    attestations: i.attestations ?? {},
  }
}

/** Several images, by name: what images-json and images-file say of each. */
export function imagesOf(
  images: (Omit<Extract<JobResult, { job: 'build' }>, 'job'> & { name: string })[],
): Record<string, ImageEntry> {
  return Object.fromEntries(
    images.map((i) => {
      const o = imageOutputs(i.image, i.layoutDir, i.published, i.attestations)
      const entry: ImageEntry = {
        repositories: (i.published?.images ?? []).map((ref) => ref.slice(0, ref.lastIndexOf('@'))),
        digest: o.digest,
        digests: JSON.parse(o.digests) as Record<string, string>,
        tags: i.published?.tags ?? [],
        'oci-layout': i.layoutDir,
        'sbom-digests': JSON.parse(o['sbom-digests']) as Record<string, string>,
        attestations: i.attestations ?? {},
      }
      return [i.name, entry]
    }),
  )
}

/** One image of several, as images-json and images-file give it. */
export interface ImageEntry {
  /** Every repository it was pushed to (none when not pushed). */
  repositories: string[]
  /** The index (several platforms) or the manifest. */
  digest: string
  /** Platform -> manifest digest. */
  digests: Record<string, string>
  /** Every `repository:tag` written. */
  tags: string[]
  'oci-layout': string
  'sbom-digests': Record<string, string>
  attestations: Record<string, Record<string, string>>
}

function imageOutputs(
  image: AssembledImage & { sboms?: Sbom[]; refName?: string },
  layoutDir: string,
  published?: Published,
  attestations?: Record<string, Record<string, string>>,
): Outputs {
  const digests = Object.fromEntries(image.images.map((i) => [i.binary.platform.name, i.manifest.digest]))
  const single = image.images.length === 1 ? image.images[0] : undefined
  const metadata: Record<string, unknown> = {
    'containerimage.digest': image.top.digest,
    'containerimage.descriptor': descriptorJson(image.top),
    'image.name': published ? published.tags.join(',') : '',
    'oci-layout': layoutDir,
  }
  if (single) metadata['containerimage.config.digest'] = single.config.digest
  return {
    digest: image.top.digest,
    digests: JSON.stringify(digests),
    imageid: single ? single.config.digest : '',
    metadata: JSON.stringify(metadata),
    'oci-layout': layoutDir,
    'oci-ref': `oci:${layoutDir}:${image.refName ?? 'latest'}`,
    image: published?.images[0] ?? '',
    images: published?.images.join('\n') ?? '',
    tags: published?.tags.join('\n') ?? '',
    'sbom-digests': JSON.stringify(
      Object.fromEntries((image.sboms ?? []).map((s) => [s.platform, s.descriptor.digest])),
    ),
    attestations: JSON.stringify(attestations ?? {}),
  }
}

/** A merge job's outputs: the same names as a build's, for the index it made. */
function mergeOutputs(m: MergedIndex, attestations?: Record<string, Record<string, string>>): Partial<Outputs> {
  return {
    digest: m.digest,
    digests: JSON.stringify(m.digests),
    image: m.images[0] ?? '',
    images: m.images.join('\n'),
    tags: m.tags.join('\n'),
    metadata: JSON.stringify({
      'containerimage.digest': m.digest,
      'containerimage.descriptor': descriptorJson(m.descriptor),
      'image.name': m.tags.join(','),
    }),
    attestations: JSON.stringify(attestations ?? {}),
  }
}

export type SummaryRow = [platform: string, binary: string, image: string, digest: string]

export function summaryRows(image: AssembledImage): SummaryRow[] {
  return image.images.map((i) => [
    i.binary.platform.name,
    humanSize(i.binary.size),
    humanSize(i.compressedSize),
    i.manifest.digest,
  ])
}

export function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}
