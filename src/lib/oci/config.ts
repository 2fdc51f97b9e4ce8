import { type Blob, jsonBlob, MediaType, sortedRecord } from './descriptor.js'
import type { Digest } from './digest.js'
import type { Platform } from './platform.js'

/** The run settings of an image (the config's `config` object). */
export interface RunConfig {
  user: string
  env: string[]
  entrypoint: string[]
  cmd: string[]
  workingDir?: string
  exposedPorts: string[]
  labels: Record<string, string>
}

export interface HistoryEntry {
  createdBy: string
  comment: string
}

export interface ConfigSpec {
  platform: Platform
  /** RFC 3339, from SOURCE_DATE_EPOCH or the commit time; never the wall clock. */
  created: string
  run: RunConfig
  diffIds: Digest[]
  history: HistoryEntry[]
  /** A base image's history entries, kept as they are, before ours. */
  baseHistory?: unknown[]
  /** Defaults to OCI's; a Docker-family base keeps Docker's. */
  mediaType?: string
}

/** The OCI image config, with a fixed key order so its bytes (and digest) are stable. */
export function imageConfig(spec: ConfigSpec): Blob {
  const { platform, run } = spec
  const config: Record<string, unknown> = { User: run.user, Env: run.env, Entrypoint: run.entrypoint }
  if (run.cmd.length > 0) config.Cmd = run.cmd
  if (run.workingDir) config.WorkingDir = run.workingDir
  if (run.exposedPorts.length > 0) {
    config.ExposedPorts = Object.fromEntries([...run.exposedPorts].sort().map((p) => [p, {}]))
  }
  if (Object.keys(run.labels).length > 0) config.Labels = sortedRecord(run.labels)
  return jsonBlob(spec.mediaType ?? MediaType.config, {
    created: spec.created,
    architecture: platform.architecture,
    ...(platform.variant ? { variant: platform.variant } : {}),
    os: platform.os,
    config,
    rootfs: { type: 'layers', diff_ids: spec.diffIds },
    history: [
      ...(spec.baseHistory ?? []),
      ...spec.history.map((h) => ({ created: spec.created, created_by: h.createdBy, comment: h.comment })),
    ],
  })
}
