import { createRequire as __bgiCreateRequire } from 'node:module'; const require = __bgiCreateRequire(import.meta.url);
import {
  getExecOutput,
  hashFiles,
  info,
  saveState,
  setFailed,
  setOutput,
  warning
} from "./chunk-7HCJDGHN.js";

// src/oci/layer-cache.ts
import { createHash as createHash3 } from "node:crypto";
import { copyFile, link, mkdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join as join2 } from "node:path";

// src/sha256-file.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
async function sha256File(path) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk);
  return hash.digest("hex");
}

// src/step.ts
import { join } from "node:path";
function stepDir(base2, env) {
  const step = env.GITHUB_ACTION?.trim();
  return step ? join(base2, step.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_")) : base2;
}

// src/oci/digest.ts
import { createHash as createHash2 } from "node:crypto";
var DIGEST = /^sha256:[a-f0-9]{64}$/;
function digestOf(bytes) {
  return `sha256:${createHash2("sha256").update(bytes).digest("hex")}`;
}
function parseDigest(s) {
  if (!DIGEST.test(s)) throw new Error(`not a sha256 digest: ${JSON.stringify(s)}`);
  return s;
}
function digestHex(d) {
  return d.slice("sha256:".length);
}

// src/oci/layer-cache.ts
var FORMAT = "build-go-image layer cache v2";
function ownCacheDir(env) {
  return stepDir(join2(env.XDG_CACHE_HOME || join2(homedir(), ".cache"), "build-go-image"), env);
}
function layerCacheDir(env) {
  return join2(ownCacheDir(env), "layers");
}
async function layerKey(files, compressorId) {
  const h = createHash3("sha256").update(`${FORMAT}
${compressorId}
`);
  for (const f of [...files].sort((a, b) => a.entry.path < b.entry.path ? -1 : 1)) {
    h.update(JSON.stringify(f.entry));
    if (f.source && "bytes" in f.source) h.update(f.source.bytes);
    else if (f.source) h.update(f.source.sha256 ?? await sha256File(f.source.path));
  }
  return h.digest("hex");
}
async function lookupLayer(dir, key, layout) {
  try {
    const layer = JSON.parse(await readFile(join2(dir, `${key}.json`), "utf8"));
    const target = layout.blobPath(layer.descriptor.digest);
    const tmp = layout.tempPath();
    const kept = join2(dir, digestHex(layer.descriptor.digest));
    await link(kept, tmp).catch(() => copyFile(kept, tmp));
    const s = await stat(tmp);
    if (s.size !== layer.descriptor.size || `sha256:${await sha256File(tmp)}` !== layer.descriptor.digest) {
      await Promise.all([tmp, kept, join2(dir, `${key}.json`)].map((f) => rm(f, { force: true })));
      return void 0;
    }
    await rename(tmp, target);
    const now = /* @__PURE__ */ new Date();
    await utimes(join2(dir, `${key}.json`), now, now).catch(() => void 0);
    await utimes(join2(dir, digestHex(layer.descriptor.digest)), now, now).catch(() => void 0);
    return layer;
  } catch {
    return void 0;
  }
}
async function storeLayer(dir, key, layer, layout) {
  try {
    await mkdir(dir, { recursive: true });
    const blob = join2(dir, digestHex(layer.descriptor.digest));
    await copyFile(layout.blobPath(layer.descriptor.digest), `${blob}.tmp`);
    await rename(`${blob}.tmp`, blob);
    await writeFile(join2(dir, `${key}.json`), JSON.stringify(layer));
  } catch {
  }
}

// src/compile/binary-cache.ts
import { createHash as createHash4 } from "node:crypto";
import { constants } from "node:fs";
import { copyFile as copyFile2, link as link2, mkdir as mkdir2, open, readFile as readFile2, rename as rename2, stat as stat2, unlink, utimes as utimes2, writeFile as writeFile2 } from "node:fs/promises";
import { join as join3 } from "node:path";
var FORMAT2 = "build-go-image binary slot v1";
var ELF = Buffer.from([127, 69, 76, 70]);
function binaryCacheDir(env) {
  return join3(ownCacheDir(env), "binaries");
}
function slotName(config, platform) {
  const what = [
    FORMAT2,
    config.workingDirectory,
    config.main,
    platform.name,
    config.buildFlags,
    config.buildTags,
    config.buildEnv,
    config.ldflags
  ];
  return createHash4("sha256").update(JSON.stringify(what)).digest("hex").slice(0, 32);
}
var BinarySlot = class {
  constructor(dir, name) {
    this.dir = dir;
    this.name = name;
  }
  dir;
  name;
  seeded;
  get program() {
    return join3(this.dir, this.name);
  }
  /**
   * Put the slot's program at `path`, the build's -o target. Only an ELF file with its sha256
   * beside it: go refuses to write over a target that is not an object file.
   */
  async seed(path) {
    try {
      const sha256 = (await readFile2(`${this.program}.sha256`, "utf8")).trim();
      if (!ELF.equals(await head(this.program, ELF.length))) return;
      await link2(this.program, path).catch(() => copyFile2(this.program, path, constants.COPYFILE_FICLONE));
      this.seeded = { ino: (await stat2(path)).ino, sha256 };
    } catch {
    }
  }
  /**
   * After a build: a program go left in place is up to date when it is the one the slot kept
   * (the slot is marked used, so trimming keeps it), damaged otherwise (removed: build again);
   * one go linked replaces the slot, beside the image work (`slotsWritten` waits for it).
   */
  async settle(path) {
    const seeded = this.seeded;
    this.seeded = void 0;
    const sha256 = await sha256File(path);
    if (seeded && (await stat2(path)).ino === seeded.ino) {
      if (sha256 !== seeded.sha256) {
        await unlink(path);
        return { outcome: "damaged" };
      }
      const now = /* @__PURE__ */ new Date();
      await utimes2(this.program, now, now).catch(() => void 0);
      await utimes2(`${this.program}.sha256`, now, now).catch(() => void 0);
      return { outcome: "up to date", sha256 };
    }
    const keeping = this.keep(path, sha256).catch(() => void 0);
    writing.add(keeping);
    void keeping.then(() => writing.delete(keeping));
    return { outcome: "linked", sha256 };
  }
  async keep(path, sha256) {
    await mkdir2(this.dir, { recursive: true });
    const tmp = `${this.program}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await link2(path, tmp).catch(() => copyFile2(path, tmp));
      await rename2(tmp, this.program);
      await writeFile2(tmp, `${sha256}
`);
      await rename2(tmp, `${this.program}.sha256`);
    } finally {
      await unlink(tmp).catch(() => void 0);
    }
  }
};
var writing = /* @__PURE__ */ new Set();
async function slotsWritten() {
  await Promise.all([...writing]);
}
async function head(path, n) {
  const file = await open(path);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(n), 0, n, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

// src/compile/private-modules.ts
var GLOB = /[*?[\\]/;
function tokenScope(pattern) {
  const [host = "", ...path] = pattern.split("/");
  const hostOk = /^[a-z0-9.-]+(:\d+)?$/i.test(host) && host.includes(".");
  const wildcardOk = /^\*\.[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host);
  if (!hostOk && !wildcardOk) return void 0;
  const literal = [];
  for (const p of path) {
    if (GLOB.test(p) || p === "") break;
    literal.push(p);
  }
  return `https://${[host.toLowerCase(), ...literal].join("/")}/`;
}
function basicCredential(token) {
  return Buffer.from(`x-access-token:${token}`).toString("base64");
}
function mergedGoPrivate(inherited, patterns) {
  const all = [...(inherited ?? "").split(","), ...patterns].map((p) => p.trim()).filter(Boolean);
  return [...new Set(all)].join(",");
}
function privateModuleEnv(settings, inherited) {
  if (settings.patterns.length === 0) return {};
  const env = { GOPRIVATE: mergedGoPrivate(inherited.GOPRIVATE, settings.patterns) };
  if (!settings.token) return env;
  const header = `Authorization: Basic ${basicCredential(settings.token)}`;
  const scopes = [...new Set(settings.patterns.map(tokenScope).filter((s) => s !== void 0))];
  const start = Number.parseInt(inherited.GIT_CONFIG_COUNT ?? "0", 10) || 0;
  scopes.forEach((scope, i) => {
    env[`GIT_CONFIG_KEY_${start + i}`] = `http.${scope}.extraheader`;
    env[`GIT_CONFIG_VALUE_${start + i}`] = header;
  });
  env.GIT_CONFIG_COUNT = String(start + scopes.length);
  return env;
}
var WANTS_CREDENTIALS = new RegExp(
  [
    "terminal prompts disabled",
    "could not read Username",
    "Authentication failed",
    "no secure protocol found",
    "returned error: 40[13]"
  ].join("|"),
  "i"
);
function fetchFailureHint(stderr, settings) {
  if (!WANTS_CREDENTIALS.test(stderr)) return void 0;
  if (settings.token)
    return "the host refused 'go-private-token', or 'go-private' does not cover this module: check that the token can read the repository";
  if (settings.patterns.length > 0)
    return "a private repository needs credentials: set 'go-private-token' to a token that can read it";
  return "if it is private, list its path in 'go-private' and set 'go-private-token' to a token that can read it";
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
import { chmod, readdir, rm as rm2, stat as stat3, unlink as unlink2 } from "node:fs/promises";
import { join as join4 } from "node:path";

// src/cache/keys.ts
import { createHash as createHash5 } from "node:crypto";
function short(parts) {
  return createHash5("sha256").update(parts.join("\n")).digest("hex").slice(0, 16);
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
var cacheLib = () => import("./cache-DIOCSQGH.js");
var TRIM_AFTER_MS = 5 * 24 * 60 * 60 * 1e3;
var STALE_AFTER_MS = 24 * 60 * 60 * 1e3;
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
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const p = join4(dir, e.name);
    if (e.isDirectory() && deep) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}
async function makeWritable(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  if (entries.length === 0) return;
  await chmod(dir, 493).catch(() => void 0);
  for (const e of entries) if (e.isDirectory()) await makeWritable(join4(dir, e.name));
}
async function isEmpty(dir) {
  return (await readdir(dir).catch(() => [])).length === 0;
}
async function undoPartial(name, paths, wasEmpty) {
  const partial = [];
  for (const [i, p] of paths.entries()) if (wasEmpty[i] && !await isEmpty(p)) partial.push(p);
  if (partial.length === 0) return;
  for (const p of partial) {
    await makeWritable(p);
    await rm2(p, { recursive: true, force: true });
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
      matched ? `${name}: restored ${matched}${matched === keys.key ? " (exact)" : ""}` : `${name}: no cache for ${keys.key}`
    );
  } catch (e) {
    warning(`${name}: restore failed, continuing without it: ${e.message}`);
    await undoPartial(name, paths, wasEmpty);
  }
  return entry;
}
async function restoreCaches(req) {
  const policy = savePolicy(req.mode, req.eventName);
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
        // The linked programs and their compressed layers travel with the build cache: same
        // packages, same program (not linked again), same layer (not compressed again).
        restoreOne("build cache", [gocache, req.layerCache, req.binaryCache], buildCacheKeys(k))
      ]);
      if (build.matchedKey && build.matchedKey !== build.key) build.restoredBytes = await buildCacheBytes(gocache);
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
async function downloadModules(go, cwd, env, privateModules) {
  const out = await getExecOutput(go, ["mod", "download"], {
    cwd,
    env,
    silent: true,
    ignoreReturnCode: true
  });
  if (out.exitCode === 0) return;
  const lines = out.stderr.trim().split("\n");
  const hint = fetchFailureHint(out.stderr, privateModules);
  const head2 = `go mod download failed: ${lines.find((l) => l.startsWith("go: ")) ?? lines[0] ?? `exit ${out.exitCode}`}${hint ? `; ${hint}` : ""}`;
  throw new Error(lines.length > 1 ? `${head2}
${out.stderr.trim()}` : head2);
}
function trimOwnCache(dir, startedAt) {
  return trimFiles(walk(dir, false), startedAt - 1e3);
}
async function trimStale(dirs, now) {
  for (const dir of dirs) await trimFiles(walk(dir, false), now - STALE_AFTER_MS);
}
function trimBuildCache(gocache, startedAt) {
  return trimFiles(goEntries(gocache), startedAt - TRIM_AFTER_MS);
}
async function buildCacheBytes(gocache) {
  let bytes = 0;
  for await (const f of goEntries(gocache)) bytes += (await stat3(f).catch(() => void 0))?.size ?? 0;
  return bytes;
}
async function* goEntries(gocache) {
  for (const dir of await readdir(gocache).catch(() => [])) {
    if (/^[0-9a-f]{2}$/.test(dir)) yield* walk(join4(gocache, dir));
  }
}
async function trimFiles(files, cutoff) {
  let removed = 0;
  let kept = 0;
  let bytes = 0;
  for await (const f of files) {
    const s = await stat3(f).catch(() => void 0);
    if (!s) continue;
    if (s.mtimeMs < cutoff) {
      await unlink2(f).catch(() => void 0);
      removed++;
    } else {
      kept++;
      bytes += s.size;
    }
  }
  return [removed, kept, bytes];
}
async function saveCaches(state) {
  if (!state.save) return info(state.why ?? "cache: read-only, nothing saved");
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
        info(
          `build cache: trimmed ${removed} entries unused for 5 days; ${kept} left (${(bytes / 1048576).toFixed(1)} MiB)`
        );
        const changed = buildCacheChanged(state.mode ?? "true", entry.restoredBytes, bytes);
        if (!changed.save) {
          info(`build cache: ${changed.why}`);
          continue;
        }
        for (const dir of entry.paths.slice(1)) {
          const [dropped, keptHere, bytesHere] = await trimOwnCache(dir, state.startedAt);
          info(
            `${dir}: dropped ${dropped} files of earlier runs; saving ${keptHere} of this run (${(bytesHere / 1048576).toFixed(1)} MiB)`
          );
        }
      }
      const lib = await cacheLib();
      if (await lib.restoreCache([...entry.paths], entry.key, [], { lookupOnly: true }) === entry.key) {
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
async function prepareModules(config, go, commit, goEnv, startedAt) {
  await restoreCaches({
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
    layerCache: layerCacheDir(goEnv),
    binaryCache: binaryCacheDir(goEnv),
    hashRoot: config.cache.hashRoot,
    workingDirectory: config.workingDirectory,
    go: go.go,
    goEnv,
    startedAt
  });
  await downloadModules(go.go, config.workingDirectory, goEnv, config.privateModules);
}

// src/exit-guard.ts
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
  digestOf,
  parseDigest,
  digestHex,
  stepDir,
  sha256File,
  layerCacheDir,
  layerKey,
  lookupLayer,
  storeLayer,
  binaryCacheDir,
  slotName,
  BinarySlot,
  slotsWritten,
  tokenScope,
  basicCredential,
  privateModuleEnv,
  STATE_NAME,
  parsePostState,
  trimStale,
  saveCaches,
  prepareModules,
  guardExit
};
