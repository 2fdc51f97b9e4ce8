import { createRequire as __bgiCreateRequire } from 'node:module'; const require = __bgiCreateRequire(import.meta.url);
import {
  getExecOutput,
  hashFiles,
  info,
  saveState,
  setOutput,
  warning
} from "./chunk-7HCJDGHN.js";

// src/oci/layer-cache.ts
import { createHash as createHash2 } from "node:crypto";
import { createReadStream } from "node:fs";
import { copyFile, link, mkdir, readFile, rename, utimes, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

// src/oci/digest.ts
import { createHash } from "node:crypto";
var DIGEST = /^sha256:[a-f0-9]{64}$/;
function digestOf(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
function parseDigest(s) {
  if (!DIGEST.test(s)) throw new Error(`not a sha256 digest: ${JSON.stringify(s)}`);
  return s;
}
function digestHex(d) {
  return d.slice("sha256:".length);
}

// src/oci/layer-cache.ts
var FORMAT = "build-go-image layer cache v1";
function layerCacheDir(env) {
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "build-go-image", "layers");
}
async function layerKey(files, compressorId) {
  const h = createHash2("sha256").update(`${FORMAT}
${compressorId}
`);
  for (const f of [...files].sort((a, b) => a.entry.path < b.entry.path ? -1 : 1)) {
    h.update(JSON.stringify(f.entry));
    if (f.source && "bytes" in f.source) h.update(f.source.bytes);
    else if (f.source) for await (const c of createReadStream(f.source.path, { highWaterMark: 1 << 20 })) h.update(c);
  }
  return h.digest("hex");
}
async function lookupLayer(dir, key, layout) {
  try {
    const layer = JSON.parse(await readFile(join(dir, `${key}.json`), "utf8"));
    const target = layout.blobPath(layer.descriptor.digest);
    const tmp = layout.tempPath();
    await link(join(dir, digestHex(layer.descriptor.digest)), tmp).catch(() => copyFile(join(dir, digestHex(layer.descriptor.digest)), tmp));
    await rename(tmp, target);
    const now = /* @__PURE__ */ new Date();
    await utimes(join(dir, `${key}.json`), now, now).catch(() => void 0);
    await utimes(join(dir, digestHex(layer.descriptor.digest)), now, now).catch(() => void 0);
    return layer;
  } catch {
    return void 0;
  }
}
async function storeLayer(dir, key, layer, layout) {
  try {
    await mkdir(dir, { recursive: true });
    const blob = join(dir, digestHex(layer.descriptor.digest));
    await copyFile(layout.blobPath(layer.descriptor.digest), `${blob}.tmp`);
    await rename(`${blob}.tmp`, blob);
    await writeFile(join(dir, `${key}.json`), JSON.stringify(layer));
  } catch {
  }
}

// src/cache/state.ts
var STATE_NAME = "build-go-image";
function parsePostState(text) {
  if (!text) return void 0;
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    return void 0;
  }
  const s = v;
  if (typeof s !== "object" || s === null || s.version !== 1 || typeof s.save !== "boolean" || typeof s.startedAt !== "number") return void 0;
  const entryOk = (e) => e === void 0 || Array.isArray(e.paths) && typeof e.key === "string";
  return entryOk(s.module) && entryOk(s.build) ? s : void 0;
}

// src/cache/io.ts
import { chmod, readdir, stat, unlink } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/cache/keys.ts
import { createHash as createHash3 } from "node:crypto";
function short(parts) {
  return createHash3("sha256").update(parts.join("\n")).digest("hex").slice(0, 16);
}
function base(kind, k) {
  const prefix = k.prefix ? `${k.prefix}-` : "";
  return `${prefix}build-go-image-${kind}-${k.os}-${k.arch}${k.imageOS ? `-${k.imageOS}` : ""}-go${k.goVersion}-`;
}
function moduleCacheKeys(k) {
  const b = base("mod", k);
  return { key: `${b}${k.depsHash}`, restoreKeys: [b] };
}
function buildCacheKeys(k) {
  const b = base("build", k);
  const targets = `${b}${short([...[...k.targets].sort(), "|", ...k.buildSettings])}-`;
  return { key: `${targets}${short([k.depsHash, k.sourceId])}`, restoreKeys: [targets, b] };
}

// src/cache/io.ts
var cacheLib = () => import("./cache-DIOCSQGH.js");
var TRIM_AFTER_MS = 5 * 24 * 60 * 60 * 1e3;
async function goEnvPaths(go, env, cwd) {
  const out = await getExecOutput(go, ["env", "GOMODCACHE", "GOCACHE"], { cwd, env, silent: true });
  const [modcache = "", gocache = ""] = out.stdout.trim().split("\n");
  return { modcache, gocache };
}
async function* walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const p = join2(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}
async function makeWritable(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  if (entries.length === 0) return;
  await chmod(dir, 493).catch(() => void 0);
  for (const e of entries) if (e.isDirectory()) await makeWritable(join2(dir, e.name));
}
async function restoreOne(name, paths, keys) {
  const entry = { paths, key: keys.key };
  try {
    const matched = await (await cacheLib()).restoreCache(paths, keys.key, keys.restoreKeys);
    if (matched) entry.matchedKey = matched;
    info(matched ? `${name}: restored ${matched}${matched === keys.key ? " (exact)" : ""}` : `${name}: no cache for ${keys.key}`);
  } catch (e) {
    warning(`${name}: restore failed, continuing without it: ${e.message}`);
  }
  return entry;
}
async function restoreCaches(req) {
  const state = { version: 1, save: req.mode === "true", startedAt: req.startedAt };
  let result = { moduleHit: false, buildHit: false };
  if (req.mode !== "false") {
    if (!(await cacheLib()).isFeatureAvailable()) {
      info("The GitHub cache service is not available here: caching is off");
    } else {
      const { modcache, gocache } = await goEnvPaths(req.go, req.goEnv, req.workingDirectory);
      const depsHash = await hashFiles(req.dependencyPatterns.join("\n"), req.hashRoot) || "no-dependencies";
      const k = { ...req.keyInput, depsHash };
      await makeWritable(modcache);
      const [module, build] = await Promise.all([
        restoreOne("module cache", [modcache], moduleCacheKeys(k)),
        // The compressed-layer cache travels with the build cache: same binary, same layer.
        restoreOne("build cache", [gocache, req.layerCache], buildCacheKeys(k))
      ]);
      state.module = module;
      state.build = build;
      result = { moduleHit: module.matchedKey === module.key, buildHit: build.matchedKey === build.key };
    }
  }
  saveState(STATE_NAME, JSON.stringify(state));
  setOutput("cache-hit", String(result.moduleHit));
  setOutput("build-cache-hit", String(result.buildHit));
  return result;
}
async function downloadModules(go, cwd, env) {
  const out = await getExecOutput(go, ["mod", "download"], { cwd, env, silent: true, ignoreReturnCode: true });
  if (out.exitCode !== 0) throw new Error(`go mod download failed:
${out.stderr.trim()}`);
}
async function trimLayerCache(dir, startedAt) {
  for (const name of await readdir(dir).catch(() => [])) {
    const p = join2(dir, name);
    const s = await stat(p).catch(() => void 0);
    if (s?.isFile() && s.mtimeMs < startedAt - TRIM_AFTER_MS) await unlink(p).catch(() => void 0);
  }
}
async function trimBuildCache(gocache, startedAt) {
  let removed = 0;
  let kept = 0;
  let bytes = 0;
  for (const dir of await readdir(gocache).catch(() => [])) {
    if (!/^[0-9a-f]{2}$/.test(dir)) continue;
    for await (const f of walk(join2(gocache, dir))) {
      const s = await stat(f);
      if (s.mtimeMs < startedAt - TRIM_AFTER_MS) {
        await unlink(f).catch(() => void 0);
        removed++;
      } else {
        kept++;
        bytes += s.size;
      }
    }
  }
  return [removed, kept, bytes];
}
async function saveCaches(state) {
  if (!state.save) return info("cache: read-only, nothing saved");
  for (const [name, entry] of [
    ["module cache", state.module],
    ["build cache", state.build]
  ]) {
    if (!entry) continue;
    if (entry.matchedKey === entry.key) {
      info(`${name}: exact hit on ${entry.key}, not saved again`);
      continue;
    }
    try {
      if (name === "build cache") {
        const [removed, kept, bytes] = await trimBuildCache(entry.paths[0] ?? "", state.startedAt);
        if (entry.paths[1]) await trimLayerCache(entry.paths[1], state.startedAt);
        info(`build cache: trimmed ${removed} entries unused for 5 days; saving ${kept} (${(bytes / 1048576).toFixed(1)} MiB)`);
      }
      const id = await (await cacheLib()).saveCache(entry.paths, entry.key);
      info(id === -1 ? `${name}: not saved (the key may already exist)` : `${name}: saved ${entry.key}`);
    } catch (e) {
      warning(`${name}: save failed: ${e.message}`);
    }
  }
}
async function prepareModules(config, go, commit, goEnv, startedAt) {
  await restoreCaches({
    mode: config.cache.mode,
    keyInput: {
      prefix: config.cache.prefix,
      os: goEnv.RUNNER_OS || process.platform,
      arch: process.arch,
      imageOS: goEnv.ImageOS || "",
      goVersion: go.version,
      targets: config.platforms.map((p) => p.name),
      buildSettings: [...config.buildFlags, ...config.buildTags, ...Object.entries(config.buildEnv).map(([k, v]) => `${k}=${v}`)],
      sourceId: commit
    },
    dependencyPatterns: config.cache.dependencyPatterns,
    layerCache: layerCacheDir(goEnv),
    hashRoot: config.cache.hashRoot,
    workingDirectory: config.workingDirectory,
    go: go.go,
    goEnv,
    startedAt
  });
  await downloadModules(go.go, config.workingDirectory, goEnv);
}

export {
  digestOf,
  parseDigest,
  digestHex,
  layerCacheDir,
  layerKey,
  lookupLayer,
  storeLayer,
  STATE_NAME,
  parsePostState,
  saveCaches,
  prepareModules
};
