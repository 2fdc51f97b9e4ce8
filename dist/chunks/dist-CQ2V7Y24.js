import { createRequire as __bgiCreateRequire } from 'node:module'; const require = __bgiCreateRequire(import.meta.url);
import {
  require_dist2 as require_dist
} from "./chunk-2743YXX2.js";
import "./chunk-URITQ44D.js";
export default require_dist();
