import { createRequire as __bgiCreateRequire } from 'node:module'; const require = __bgiCreateRequire(import.meta.url);
import {
  getExecOutput,
  hashFiles,
  info,
  saveState,
  setFailed,
  warning
} from "./chunk-PWWDLYGV.js";

// src/kept/kept-io.ts
import { copyFile, link, mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join as join2 } from "node:path";

// src/lib/sha256-file-io.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
async function sha256File(path) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk);
  return hash.digest("hex");
}

// src/runner/step-dir.ts
import { join } from "node:path";
function stepDir(base2, env) {
  const step = env.GITHUB_ACTION?.trim();
  return step ? join(base2, step.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_")) : base2;
}

// src/kept/kept-io.ts
var KEPT_KINDS = ["layers", "binaries"];
var STALE_AFTER_MS = 24 * 60 * 60 * 1e3;
var TRIM_EVERY_MS = 60 * 60 * 1e3;
function ownCacheDir(env) {
  return stepDir(join2(env.XDG_CACHE_HOME || join2(homedir(), ".cache"), "build-go-image"), env);
}
function keptDir(env, kind) {
  return join2(ownCacheDir(env), kind);
}
function keptDirs(env) {
  return KEPT_KINDS.map((k) => keptDir(env, k));
}
async function recordedSha256(path) {
  const text = await readFile(`${path}.sha256`, "utf8").catch(() => void 0);
  const sha256 = text?.trim();
  return sha256 && /^[0-9a-f]{64}$/.test(sha256) ? sha256 : void 0;
}
async function markUsed(path) {
  const now = /* @__PURE__ */ new Date();
  await utimes(path, now, now).catch(() => void 0);
  await utimes(`${path}.sha256`, now, now).catch(() => void 0);
}
async function forget(path) {
  await Promise.all([unlink(path).catch(() => void 0), unlink(`${path}.sha256`).catch(() => void 0)]);
}
async function checkedFile(path) {
  return checkedCopy(path, path);
}
async function checkedCopy(file, path) {
  const sha256 = await recordedSha256(path);
  if (!sha256) return void 0;
  const actual = await sha256File(file).catch(() => void 0);
  if (actual !== sha256) {
    await forget(path);
    return void 0;
  }
  await markUsed(path);
  return { path: file, sha256 };
}
async function keepFile(path, from, sha256, opts = { link: true }) {
  await mkdir(join2(path, ".."), { recursive: true });
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    if (opts.link) await link(from, tmp).catch(() => copyFile(from, tmp));
    else await copyFile(from, tmp);
    await rename(tmp, path);
    await writeFile(tmp, `${sha256}
`);
    await rename(tmp, `${path}.sha256`);
  } finally {
    await unlink(tmp).catch(() => void 0);
  }
}
function trimUnused(dir, startedAt) {
  return trimFiles(filesIn(dir), startedAt - 1e3);
}
async function trimStale(env, now) {
  const stamp = join2(ownCacheDir(env), "trim.txt");
  const last = await stat(stamp).then(
    (s) => s.mtimeMs,
    () => 0
  );
  if (last <= now && now - last < TRIM_EVERY_MS) return;
  await writeFile(stamp, `${new Date(now).toISOString()}
`).catch(() => void 0);
  for (const dir of keptDirs(env)) await trimFiles(filesIn(dir), now - STALE_AFTER_MS);
}
async function* filesIn(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) if (e.isFile()) yield join2(dir, e.name);
}
async function trimFiles(files, cutoff) {
  let removed = 0;
  let kept = 0;
  let bytes = 0;
  for await (const f of files) {
    const s = await stat(f).catch(() => void 0);
    if (!s) continue;
    if (s.mtimeMs < cutoff) {
      await unlink(f).catch(() => void 0);
      removed++;
    } else {
      kept++;
      bytes += s.size;
    }
  }
  return [removed, kept, bytes];
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
  if (typeof s !== "object" || s === null || s.version !== 1 || typeof s.save !== "boolean" || typeof s.startedAt !== "number")
    return void 0;
  const entryOk = (e) => e === void 0 || Array.isArray(e.paths) && typeof e.key === "string";
  return entryOk(s.module) && entryOk(s.build) ? s : void 0;
}

// src/cache/io.ts
import { chmod, readdir as readdir2, rm, stat as stat2 } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/cache/keys.ts
import { createHash as createHash2 } from "node:crypto";
function short(parts) {
  return createHash2("sha256").update(parts.join("\n")).digest("hex").slice(0, 16);
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
function sameKey(matched, key) {
  return matched !== void 0 && key !== void 0 && matched.localeCompare(key, void 0, { sensitivity: "accent" }) === 0;
}

// src/cache/policy.ts
var MATERIAL_SHARE = 0.1;
function savePolicy(mode, eventName) {
  if (mode === "read-only") return { save: false, why: "cache: read-only, nothing saved" };
  if (mode === "true" && (eventName === "pull_request" || eventName === "pull_request_target"))
    return {
      save: false,
      why: `${eventName}: caches restored, not saved (a pull request's entries serve only it; cache: always saves them)`
    };
  return { save: true };
}
function buildCacheChanged(mode, restored, kept) {
  const mib = (n) => `${(n / 1048576).toFixed(1)} MiB`;
  if (mode === "always" || restored === void 0 || restored === 0) return { save: true, why: "new" };
  const added = Math.max(0, kept - restored);
  const what = `this run added ${mib(added)} of compile outputs to the ${mib(restored)} restored`;
  return added >= restored * MATERIAL_SHARE ? { save: true, why: what } : {
    save: false,
    why: `${what} (under ${MATERIAL_SHARE * 100}%): not saved, the restored entry serves the next run`
  };
}

// src/cache/io.ts
var cacheLib = () => import("./cache-OY2EA2KV.js");
var TRIM_AFTER_MS = 5 * 24 * 60 * 60 * 1e3;
async function goEnvPaths(go, env, cwd) {
  const out = await getExecOutput(go, ["env", "GOMODCACHE", "GOCACHE"], {
    cwd,
    env,
    silent: true
  });
  const [modcache = "", gocache = ""] = out.stdout.trim().split("\n");
  return { modcache, gocache };
}
async function* walk(dir, deep = true) {
  const entries = await readdir2(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const p = join3(dir, e.name);
    if (e.isDirectory() && deep) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}
async function makeWritable(dir) {
  const entries = await readdir2(dir, { withFileTypes: true }).catch(() => []);
  if (entries.length === 0) return;
  await chmod(dir, 493).catch(() => void 0);
  for (const e of entries) if (e.isDirectory()) await makeWritable(join3(dir, e.name));
}
async function isEmpty(dir) {
  return (await readdir2(dir).catch(() => [])).length === 0;
}
async function undoPartial(name, paths, wasEmpty) {
  const partial = [];
  for (const [i, p] of paths.entries()) if (wasEmpty[i] && !await isEmpty(p)) partial.push(p);
  if (partial.length === 0) return;
  for (const p of partial) {
    await makeWritable(p);
    await rm(p, { recursive: true, force: true });
  }
  warning(
    `${name}: the restore failed part way; removed what it had written (${partial.join(", ")}), continuing without it`
  );
}
async function restoreOne(name, paths, keys) {
  const entry = { paths, key: keys.key };
  const wasEmpty = await Promise.all(paths.map(isEmpty));
  try {
    const matched = await (await cacheLib()).restoreCache(paths, keys.key, keys.restoreKeys);
    if (matched) entry.matchedKey = matched;
    else await undoPartial(name, paths, wasEmpty);
    info(
      matched ? `${name}: restored ${matched}${sameKey(matched, keys.key) ? " (exact)" : ""}` : `${name}: no cache for ${keys.key}`
    );
  } catch (e) {
    warning(`${name}: restore failed, continuing without it: ${e.message}`);
    await undoPartial(name, paths, wasEmpty);
  }
  return entry;
}
async function restoreCaches(req) {
  const policy = req.release ? { save: false, why: `release build (${req.release}): nothing saved` } : savePolicy(req.mode, req.eventName);
  const state = {
    version: 1,
    save: policy.save,
    ...policy.why ? { why: policy.why } : {},
    mode: req.mode,
    startedAt: req.startedAt
  };
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
        req.release ? void 0 : restoreOne("build cache", [gocache, ...req.keptDirs], buildCacheKeys(k))
      ]);
      if (build?.matchedKey && !sameKey(build.matchedKey, build.key))
        build.restoredBytes = await buildCacheBytes(gocache);
      state.module = module;
      if (build) state.build = build;
      result = { moduleHit: sameKey(module.matchedKey, module.key), buildHit: sameKey(build?.matchedKey, build?.key) };
    }
  }
  saveState(STATE_NAME, JSON.stringify(state));
  return result;
}
async function verifyModules(go, cwd, env, modcache) {
  const out = await getExecOutput(go, ["mod", "verify"], {
    cwd,
    env,
    silent: true,
    ignoreReturnCode: true
  });
  if (out.exitCode === 0) return info("module cache: go mod verify passed; used");
  const why = (out.stdout + out.stderr).trim().split("\n")[0] ?? `exit ${out.exitCode}`;
  warning(`module cache: go mod verify failed (${why}); emptied, every module is downloaded afresh`);
  await makeWritable(modcache);
  await rm(modcache, { recursive: true, force: true });
}
function trimBuildCache(gocache, startedAt) {
  return trimFiles(goEntries(gocache), startedAt - TRIM_AFTER_MS);
}
async function buildCacheBytes(gocache) {
  let bytes = 0;
  for await (const f of goEntries(gocache)) bytes += (await stat2(f).catch(() => void 0))?.size ?? 0;
  return bytes;
}
async function* goEntries(gocache) {
  for (const dir of await readdir2(gocache).catch(() => [])) {
    if (/^[0-9a-f]{2}$/.test(dir)) yield* walk(join3(gocache, dir));
  }
}
async function saveCaches(state) {
  if (!state.save) return info(state.why ?? "cache: read-only, nothing saved");
  for (const [name, entry] of [
    ["module cache", state.module],
    ["build cache", state.build]
  ]) {
    if (!entry) continue;
    if (sameKey(entry.matchedKey, entry.key)) {
      info(`${name}: exact hit on ${entry.key}, not saved again`);
      continue;
    }
    try {
      if (name === "build cache") {
        const [removed, kept, bytes] = await trimBuildCache(entry.paths[0] ?? "", state.startedAt);
        info(
          `build cache: trimmed ${removed} entries unused for 5 days; ${kept} left (${(bytes / 1048576).toFixed(1)} MiB)`
        );
        const changed = buildCacheChanged(state.mode ?? "true", entry.restoredBytes, bytes);
        if (!changed.save) {
          info(`build cache: ${changed.why}`);
          continue;
        }
        for (const dir of entry.paths.slice(1)) {
          const [dropped, keptHere, bytesHere] = await trimUnused(dir, state.startedAt);
          info(
            `${dir}: dropped ${dropped} files of earlier runs; saving ${keptHere} of this run (${(bytesHere / 1048576).toFixed(1)} MiB)`
          );
        }
      }
      const lib = await cacheLib();
      if (sameKey(await lib.restoreCache([...entry.paths], entry.key, [], { lookupOnly: true }), entry.key)) {
        info(`${name}: ${entry.key} is already saved (another step or job saved it first); not saved again`);
        continue;
      }
      const id = await lib.saveCache(entry.paths, entry.key);
      info(id === -1 ? `${name}: not saved (the key may already exist)` : `${name}: saved ${entry.key}`);
    } catch (e) {
      warning(`${name}: save failed: ${e.message}`);
    }
  }
}
async function restoreModules(config, go, commit, goEnv, startedAt, release) {
  const restored = await restoreCaches({
    ...release ? { release } : {},
    mode: config.cache.mode,
    ...goEnv.GITHUB_EVENT_NAME ? { eventName: goEnv.GITHUB_EVENT_NAME } : {},
    keyInput: {
      prefix: config.cache.prefix,
      os: goEnv.RUNNER_OS || process.platform,
      arch: process.arch,
      imageOS: goEnv.ImageOS || "",
      goVersion: go.version,
      targets: config.platforms.map((p) => p.name),
      buildSettings: [
        ...config.buildFlags,
        ...config.buildTags,
        ...Object.entries(config.buildEnv).map(([k, v]) => `${k}=${v}`)
      ],
      sourceId: commit
    },
    dependencyPatterns: config.cache.dependencyPatterns,
    keptDirs: keptDirs(goEnv),
    hashRoot: config.cache.hashRoot,
    workingDirectory: config.workingDirectory,
    go: go.go,
    goEnv,
    startedAt
  });
  if (release) {
    const { modcache } = await goEnvPaths(go.go, goEnv, config.workingDirectory);
    await verifyModules(go.go, config.workingDirectory, goEnv, modcache);
  }
  return restored;
}

// src/exit-guard-io.ts
function guardExit(work) {
  let settled = false;
  const settle = () => {
    settled = true;
    setImmediate(() => process.exit());
  };
  work.then(settle, settle);
  process.on("beforeExit", () => {
    if (settled) return;
    settled = true;
    setFailed(
      "build-go-image stopped before its work was done: an operation neither finished nor failed (please report this); nothing after it ran"
    );
  });
}

export {
  stepDir,
  sha256File,
  keptDir,
  recordedSha256,
  markUsed,
  forget,
  checkedFile,
  keepFile,
  trimStale,
  STATE_NAME,
  parsePostState,
  saveCaches,
  restoreModules,
  guardExit
};
