import { createRequire as __bgiCreateRequire } from 'node:module'; const require = __bgiCreateRequire(import.meta.url);
import {
  STATE_NAME,
  guardExit,
  parsePostState,
  saveCaches
} from "./chunks/chunk-XHCXKPCZ.js";
import {
  getState,
  info,
  warning
} from "./chunks/chunk-PWWDLYGV.js";
import "./chunks/chunk-URITQ44D.js";

// src/post.ts
async function post() {
  const state = parsePostState(getState(STATE_NAME));
  if (!state) return info("build-go-image: no cache state from the main step; nothing to save");
  await saveCaches(state);
}
guardExit(
  post().catch((e) => warning(`cache save failed: ${e instanceof Error ? e.message : String(e)}`))
);
