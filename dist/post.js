import { createRequire as __bgiCreateRequire } from 'node:module'; const require = __bgiCreateRequire(import.meta.url);
import {
  debug
} from "./chunks/chunk-KJKHWPBQ.js";

// src/post.ts
debug("build-go-image post step: nothing to save");
