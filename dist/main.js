import { createRequire as __bgiCreateRequire } from 'node:module'; const require = __bgiCreateRequire(import.meta.url);
import {
  checkedFile,
  forget,
  guardExit,
  keepFile,
  keptDir,
  markUsed,
  recordedSha256,
  restoreModules,
  sha256File,
  stepDir,
  trimStale
} from "./chunks/chunk-XHCXKPCZ.js";
import {
  HttpClient,
  addPath,
  cp,
  create,
  debug,
  error,
  exec,
  exportVariable,
  getExecOutput,
  getIDToken,
  getInput,
  group,
  info,
  isDebug,
  mkdirP,
  notice,
  rmRF,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning,
  which
} from "./chunks/chunk-PWWDLYGV.js";
import {
  require_semver
} from "./chunks/chunk-TMEGDKUX.js";
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-URITQ44D.js";

// node_modules/shell-quote/quote.js
var require_quote = __commonJS({
  "node_modules/shell-quote/quote.js"(exports, module) {
    "use strict";
    var OPS = (
      /** @type {const} */
      [
        "||",
        "&&",
        ";;&",
        ";;",
        ";&",
        "|&",
        "<(",
        ">(",
        "<<<",
        "<<-",
        "<<",
        ">>",
        ">&",
        ">|",
        "&>>",
        "&>",
        "<&",
        "<>",
        "&",
        ";",
        "(",
        ")",
        "|",
        "<",
        ">"
      ]
    );
    var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
    var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;
    module.exports = function quote2(xs) {
      var sawComment = false;
      return xs.map(function(s) {
        if (sawComment && typeof s === "string" && LINE_TERMINATORS.test(s)) {
          throw new TypeError("a token after a `comment` must not contain line terminators");
        }
        if (s === "") {
          return (
            /** @type {const} */
            "''"
          );
        }
        if (s && typeof s === "object") {
          if ("op" in s && s.op === "glob") {
            if (typeof s.pattern !== "string") {
              throw new TypeError("glob token requires a string `pattern`");
            }
            if (LINE_TERMINATORS.test(s.pattern)) {
              throw new TypeError("glob `pattern` must not contain line terminators");
            }
            if (s.pattern === "") {
              return (
                /** @type {const} */
                "''"
              );
            }
            return s.pattern.replace(GLOB_SHELL_SPECIAL, "\\$&");
          }
          if ("op" in s && typeof s.op === "string") {
            if (OPS.indexOf(s.op) < 0) {
              throw new TypeError("invalid `op` value: " + JSON.stringify(s.op));
            }
            return s.op.replace(/[\s\S]/g, "\\$&");
          }
          if ("comment" in s && typeof s.comment === "string") {
            if (LINE_TERMINATORS.test(s.comment)) {
              throw new TypeError("`comment` must not contain line terminators");
            }
            sawComment = true;
            return "#" + s.comment;
          }
          throw new TypeError("unrecognized object token shape");
        }
        if (/'/.test(s) && /!/.test(s)) {
          return "'" + s.replace(/'/g, `'"'"'`) + "'";
        }
        if (/["\s\\]/.test(s) && !/'/.test(s)) {
          return "'" + s + "'";
        }
        if (/["'\s]/.test(s)) {
          return '"' + s.replace(/(["\\$`])/g, "\\$1") + '"';
        }
        return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, "$1\\$2");
      }).join(" ");
    };
  }
});

// node_modules/shell-quote/parse.js
var require_parse = __commonJS({
  "node_modules/shell-quote/parse.js"(exports, module) {
    "use strict";
    var CONTROL = (
      /** @type {const} */
      "(?:" + /** @type {const} */
      [
        "\\|\\|",
        "\\&(?:\\&|>>?)",
        // `&&`, `&>`, and `&>>`
        ";;\\&?",
        // `;;` and `;;&`
        "[;|]\\&",
        // `;&` and `|&`
        "\\<\\(",
        "\\<\\<\\<",
        "\\<\\<-",
        "\\<\\<(?!\\()",
        // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
        ">>",
        ">[&|(]",
        // `>&`, `>|`, and `>(`
        "<[&>]",
        // `<&` and `<>`
        "[&;()|<>]"
      ].join(
        /** @type {const} */
        "|"
      ) + /** @type {const} */
      ")"
    );
    var controlRE = new RegExp("^" + CONTROL + "$");
    var META = (
      /** @type {const} */
      "|&;()<> \\t"
    );
    var SINGLE_QUOTE = (
      /** @type {const} */
      "'([^']*?)'"
    );
    var ANSI_C_BODY = "(?:\\\\[\\s\\S]|[^\\\\'])*?";
    var ANSI_C_QUOTE = "\\$'" + ANSI_C_BODY + "'";
    var ansiCAt = new RegExp("\\$'" + ANSI_C_BODY + "(?:(')|\\\\?$)", "g");
    var ANSI_C_LETTERS = "abeEfnrtv";
    var ANSI_C_CHARS = "\x07\b\x1B\x1B\f\n\r	\v";
    var hash = /^#$/;
    var SQ = (
      /** @type {const} */
      "'"
    );
    var DQ = (
      /** @type {const} */
      '"'
    );
    var DS = (
      /** @type {const} */
      "$"
    );
    var TOKEN2 = "";
    var mult = (
      /** @type {const} */
      4294967296
    );
    for (i = 0; i < 4; i++) {
      TOKEN2 += (mult * Math.random()).toString(16);
    }
    var i;
    var startsWithToken = new RegExp("^" + TOKEN2);
    function matchAll(s, r) {
      var origIndex = r.lastIndex;
      var matches = [];
      var matchObj;
      while (matchObj = r.exec(s)) {
        matches[matches.length] = matchObj;
        if (r.lastIndex === matchObj.index) {
          r.lastIndex += 1;
        }
      }
      r.lastIndex = origIndex;
      return matches;
    }
    function getVar(env, pre, key) {
      var r = typeof env === "function" ? env(key) : env[key];
      if (typeof r === "undefined" && key != "") {
        r = "";
      } else if (typeof r === "undefined") {
        r = "$";
      }
      if (typeof r === "object") {
        return pre + TOKEN2 + JSON.stringify(r) + TOKEN2;
      }
      return pre + r;
    }
    var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;
    function expandAnsiCEscape(m, escape) {
      var kind = escape.charAt(0);
      if (kind === "c") {
        var ctrl = escape.charAt(1);
        return ctrl === "?" ? "\x7F" : String.fromCharCode(ctrl.charCodeAt(0) & 31);
      }
      if (kind === "x" || kind === "u" || kind === "U") {
        var cp2 = parseInt(escape.slice(1), 16);
        if (cp2 > 1114111) {
          return m;
        }
        return String.fromCharCode.apply(null, cp2 > 65535 ? [55232 + (cp2 >> 10), 56320 + (cp2 & 1023)] : [cp2]);
      }
      if (kind >= "0" && kind <= "7") {
        return String.fromCharCode(parseInt(escape, 8) & 255);
      }
      var letter = ANSI_C_LETTERS.indexOf(escape);
      return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
    }
    function expandAnsiC(body) {
      return body.replace(ansiCEscape, expandAnsiCEscape).split("\0")[0];
    }
    function closesAnsiC(s, i2) {
      ansiCAt.lastIndex = i2;
      return !!/** @type {RegExpExecArray} */
      ansiCAt.exec(s)[1];
    }
    function parseInternal(string, env, opts) {
      if (!opts) {
        opts = {};
      }
      var BS = opts.escape || "\\";
      var ifs = opts.splitUnquoted === true ? " 	\n" : typeof opts.splitUnquoted === "string" ? opts.splitUnquoted : "";
      var BAREWORD = "(\\" + BS + `['"$\\` + BS + META + "]|\\$\\$|\\$(?!" + ANSI_C_QUOTE.slice(2) + `)|[^\\s'"$` + META + "])+";
      var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';
      var chunker = new RegExp([
        "(" + CONTROL + ")",
        // control chars
        "(" + ANSI_C_QUOTE + "|" + BAREWORD + "|" + DOUBLE_QUOTE + "|" + SINGLE_QUOTE + ")+"
      ].join("|"), "g");
      var matches = matchAll(string, chunker);
      if (matches.length === 0) {
        return [];
      }
      if (!env) {
        env = {};
      }
      var commented = false;
      return matches.map(function(match2) {
        var s = match2[0];
        if (!s || commented) {
          return void 0;
        }
        if (controlRE.test(s)) {
          return (
            /** @type {ControlOperator} */
            { op: s }
          );
        }
        var quote2 = false;
        var esc = false;
        var out = "";
        var words = [];
        var sawQuote = false;
        var pendingNw = null;
        var isGlob = false;
        var i2;
        function parseEnvVar() {
          i2 += 1;
          var varend;
          var varname;
          var char = s.charAt(i2);
          if (char === "{") {
            i2 += 1;
            if (s.charAt(i2) === "}") {
              throw new Error("Bad substitution: " + s.slice(i2 - 2, i2 + 1));
            }
            var depth = 1;
            varend = i2;
            while (depth > 0 && varend < s.length) {
              if (s.charAt(varend) === "{" && s.charAt(varend - 1) === "$") {
                depth += 1;
              } else if (s.charAt(varend) === "}") {
                depth -= 1;
              }
              varend += 1;
            }
            if (depth !== 0) {
              throw new Error("Bad substitution: " + s.slice(i2));
            }
            varend -= 1;
            varname = s.slice(i2, varend);
            i2 = varend;
          } else if (/[*@#?$!-]/.test(char)) {
            varname = char;
          } else {
            var slicedFromI = s.slice(i2);
            varend = slicedFromI.match(/[^\w\d_]/);
            if (!varend) {
              varname = slicedFromI;
              i2 = s.length;
            } else {
              varname = slicedFromI.slice(0, varend.index);
              i2 += /** @type {number} */
              varend.index - 1;
            }
          }
          return getVar(
            /** @type {NonNullable<typeof env>} */
            env,
            "",
            varname
          );
        }
        function flushRun() {
          if (pendingNw === null) {
            return;
          }
          if (pendingNw === 0) {
            if (out !== "") {
              words[words.length] = out;
              out = "";
            }
          } else {
            words[words.length] = out;
            out = "";
            for (var fe = 1; fe < pendingNw; fe += 1) {
              words[words.length] = "";
            }
          }
          pendingNw = null;
        }
        for (i2 = 0; i2 < s.length; i2++) {
          var c = s.charAt(i2);
          if (ifs && c !== DS) {
            flushRun();
          }
          isGlob = isGlob || !quote2 && (c === "*" || c === "?");
          if (esc) {
            out += c;
            esc = false;
          } else if (quote2) {
            if (c === quote2) {
              quote2 = false;
            } else if (quote2 == SQ) {
              out += c;
            } else {
              if (c === BS) {
                i2 += 1;
                c = s.charAt(i2);
                if (c === DQ || c === BS || c === DS) {
                  out += c;
                } else {
                  out += BS + c;
                }
              } else if (c === DS) {
                out += parseEnvVar();
              } else {
                out += c;
              }
            }
          } else if (c === DQ || c === SQ) {
            quote2 = c;
            sawQuote = true;
          } else if (controlRE.test(c)) {
            return (
              /** @type {ControlOperator} */
              { op: s }
            );
          } else if (hash.test(c)) {
            commented = true;
            var commentObj = { comment: string.slice(match2.index + i2 + 1) };
            if (out.length) {
              return (
                /** @type {const} */
                [out, commentObj]
              );
            }
            return (
              /** @type {const} */
              [commentObj]
            );
          } else if (c === BS) {
            esc = true;
          } else if (c === DS && s.charAt(i2 + 1) === SQ && closesAnsiC(s, i2)) {
            flushRun();
            sawQuote = true;
            out += expandAnsiC(s.slice(i2 + 2, ansiCAt.lastIndex - 1));
            i2 = ansiCAt.lastIndex - 1;
          } else if (c === DS) {
            var value = parseEnvVar();
            if (!ifs) {
              out += value;
            } else {
              for (var vi = 0; vi < value.length; vi += 1) {
                var vc = value.charAt(vi);
                if (ifs.indexOf(vc) < 0) {
                  flushRun();
                  out += vc;
                } else if (pendingNw === null) {
                  pendingNw = vc === " " || vc === "	" || vc === "\n" ? 0 : 1;
                } else if (vc !== " " && vc !== "	" && vc !== "\n") {
                  pendingNw += 1;
                }
              }
            }
          } else {
            out += c;
          }
        }
        if (isGlob) {
          return (
            /** @type {GlobPattern} */
            { op: "glob", pattern: out }
          );
        }
        if (ifs) {
          if (pendingNw !== null && pendingNw > 0) {
            words[words.length] = out;
            out = "";
            for (var te = 1; te < pendingNw; te += 1) {
              words[words.length] = "";
            }
          }
          if (out !== "" || sawQuote && words.length === 0) {
            words[words.length] = out;
          }
          return words;
        }
        return out;
      }).reduce(
        function(prev, arg) {
          if (typeof arg === "undefined") {
            return prev;
          }
          [].concat(arg).forEach(function(entry) {
            prev[prev.length] = entry;
          });
          return prev;
        },
        /** @type {ParseEntry[]} */
        []
      );
    }
    module.exports = function parse(s, env, opts) {
      var mapped = parseInternal(s, env, opts);
      if (typeof env !== "function") {
        return mapped;
      }
      return mapped.reduce(
        function(acc, s2) {
          if (typeof s2 === "object") {
            acc[acc.length] = s2;
            return acc;
          }
          var xs = s2.split(RegExp("(" + TOKEN2 + ".*?" + TOKEN2 + ")", "g"));
          if (xs.length === 1) {
            acc[acc.length] = xs[0];
            return acc;
          }
          xs.filter(Boolean).forEach(function(x) {
            acc[acc.length] = startsWithToken.test(x) ? JSON.parse(x.split(TOKEN2)[1]) : x;
          });
          return acc;
        },
        /** @type {ParseEntry[]} */
        []
      );
    };
  }
});

// node_modules/shell-quote/index.js
var require_shell_quote = __commonJS({
  "node_modules/shell-quote/index.js"(exports) {
    "use strict";
    exports.quote = require_quote();
    exports.parse = require_parse();
  }
});

// src/main.ts
import { join as join17 } from "node:path";

// src/archive/stage-io.ts
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/compile/platform.ts
var ARCHES = {
  amd64: { variants: { v1: { GOAMD64: "v1" }, v2: { GOAMD64: "v2" }, v3: { GOAMD64: "v3" }, v4: { GOAMD64: "v4" } } },
  arm64: { variants: { v8: {}, "v8.0": { GOARM64: "v8.0" }, "v9.0": { GOARM64: "v9.0" } } },
  // Without a variant Go builds ARMv7 when cross-compiling; say so in the index too.
  arm: { variants: { v5: { GOARM: "5" }, v6: { GOARM: "6" }, v7: { GOARM: "7" } }, defaultVariant: "v7" },
  "386": { variants: {} },
  ppc64le: { variants: {} },
  ppc64: { variants: {} },
  s390x: { variants: {} },
  riscv64: { variants: {} },
  mips64le: { variants: {} },
  mips64: { variants: {} },
  mipsle: { variants: {} },
  mips: { variants: {} },
  loong64: { variants: {} }
};
var SUPPORTED_PLATFORMS_HINT = "use os/arch[/variant] with os linux, e.g. linux/amd64, linux/arm64, linux/arm/v6, linux/arm/v7, linux/386, linux/ppc64le, linux/s390x, linux/riscv64";
function parseTargetPlatform(text) {
  const parts = text.trim().split("/");
  const [os2, architecture, variant, ...rest] = parts;
  if (!os2 || !architecture || rest.length > 0) return `"${text}" is not os/arch[/variant]`;
  if (os2 !== "linux") return `"${text}": only linux images can be built from scratch`;
  const arch2 = ARCHES[architecture];
  if (!arch2) return `"${text}": unknown architecture ${architecture}`;
  const v = variant ?? arch2.defaultVariant;
  const goEnv = { GOOS: os2, GOARCH: architecture };
  if (v !== void 0) {
    const extra = arch2.variants[v];
    if (!extra) {
      const known = Object.keys(arch2.variants);
      return known.length > 0 ? `"${text}": ${architecture} variant must be one of ${known.join(", ")}` : `"${text}": ${architecture} takes no variant`;
    }
    Object.assign(goEnv, extra);
  }
  const name = [os2, architecture, ...v ? [v] : []].join("/");
  return { name, os: os2, architecture, ...v ? { variant: v } : {}, goEnv };
}
function platformSlug(p) {
  return p.name.replaceAll("/", "-");
}
function hostPlatform(nodeArch) {
  const map = {
    x64: "linux/amd64",
    arm64: "linux/arm64",
    arm: "linux/arm/v7",
    ia32: "linux/386",
    ppc64: "linux/ppc64le",
    s390x: "linux/s390x",
    riscv64: "linux/riscv64"
  };
  return map[nodeArch] ?? `linux/${nodeArch}`;
}

// src/lib/oci/layout-io.ts
import { createHash as createHash2, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { access, copyFile, link, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/lib/oci/digest.ts
import { createHash } from "node:crypto";
var DIGEST = /^sha256:[a-f0-9]{64}$/;
function digestOf(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
function digestOfHash(hash) {
  return `sha256:${hash.digest("hex")}`;
}
function isDigest(s) {
  return s !== void 0 && DIGEST.test(s);
}
function parseDigest(s) {
  if (!DIGEST.test(s)) throw new Error(`not a sha256 digest: ${JSON.stringify(s)}`);
  return s;
}
function digestHex(d) {
  return d.slice("sha256:".length);
}

// src/lib/oci/descriptor.ts
var MediaType = {
  manifest: "application/vnd.oci.image.manifest.v1+json",
  index: "application/vnd.oci.image.index.v1+json",
  config: "application/vnd.oci.image.config.v1+json",
  layerGzip: "application/vnd.oci.image.layer.v1.tar+gzip"
};
var DockerMediaType = {
  manifest: "application/vnd.docker.distribution.manifest.v2+json",
  index: "application/vnd.docker.distribution.manifest.list.v2+json",
  config: "application/vnd.docker.container.image.v1+json",
  layerGzip: "application/vnd.docker.image.rootfs.diff.tar.gzip"
};
function mediaTypes(family) {
  return family === "docker" ? DockerMediaType : MediaType;
}
function familyOf(manifestMediaType) {
  return manifestMediaType.startsWith("application/vnd.docker.") ? "docker" : "oci";
}
var MANIFEST_TYPES = [
  MediaType.index,
  MediaType.manifest,
  DockerMediaType.index,
  DockerMediaType.manifest
];
function isIndexType(mediaType) {
  return mediaType === MediaType.index || mediaType === DockerMediaType.index;
}
function blobOf(mediaType, bytes) {
  return { descriptor: { mediaType, digest: digestOf(bytes), size: bytes.byteLength }, bytes };
}
function jsonBlob(mediaType, value) {
  return blobOf(mediaType, Buffer.from(JSON.stringify(value), "utf8"));
}
function sortedRecord(r) {
  const out = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k];
  return out;
}

// src/lib/oci/errors.ts
var LayoutError = class extends Error {
  constructor(path2, message2, options) {
    super(`OCI layout ${path2}: ${message2}`, options);
    this.path = path2;
  }
  path;
  name = "LayoutError";
};

// src/lib/oci/parse.ts
var ManifestError = class extends Error {
  name = "ManifestError";
};
function object(v, what) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new ManifestError(`${what} is not a JSON object`);
  return v;
}
function strings(v, what) {
  if (v === void 0) return {};
  const o = object(v, what);
  for (const [k, s] of Object.entries(o))
    if (typeof s !== "string") throw new ManifestError(`${what}.${k} is not a string`);
  return o;
}
function parseDescriptor(v, what) {
  const d = object(v, what);
  if (typeof d.mediaType !== "string" || d.mediaType === "") throw new ManifestError(`${what} has no mediaType`);
  let digest;
  try {
    digest = parseDigest(String(d.digest));
  } catch {
    throw new ManifestError(`${what} has digest ${JSON.stringify(d.digest)}, not sha256:<64 hex>`);
  }
  if (typeof d.size !== "number" || !Number.isSafeInteger(d.size) || d.size < 0)
    throw new ManifestError(`${what} has size ${JSON.stringify(d.size)}, not a byte count`);
  const out = { mediaType: d.mediaType, digest, size: d.size };
  if (d.platform !== void 0) out.platform = platformOfJson(d.platform, `${what}.platform`);
  if (d.annotations !== void 0) out.annotations = strings(d.annotations, `${what}.annotations`);
  if (typeof d.artifactType === "string") out.artifactType = d.artifactType;
  return out;
}
function json(bytes, what) {
  let v;
  try {
    v = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch (e) {
    throw new ManifestError(`${what} is not JSON (${e.message})`);
  }
  return object(v, what);
}
function parseManifest(blob) {
  const what = `manifest ${blob.descriptor.digest}`;
  const body = json(blob.bytes, what);
  const mediaType = typeof body.mediaType === "string" ? body.mediaType : blob.descriptor.mediaType;
  if (!MANIFEST_TYPES.includes(mediaType))
    throw new ManifestError(`${what} has media type ${JSON.stringify(mediaType)}, not an OCI or Docker v2 manifest`);
  const annotations = strings(body.annotations, `${what} annotations`);
  const subject = body.subject === void 0 ? {} : { subject: parseDescriptor(body.subject, `${what} subject`) };
  if (isIndexType(mediaType)) {
    if (!Array.isArray(body.manifests)) throw new ManifestError(`${what} is an index with no manifests list`);
    const manifests = body.manifests.map((m, i) => parseDescriptor(m, `${what} manifests[${i}]`));
    return { kind: "index", mediaType, manifests, annotations, ...subject };
  }
  if (!Array.isArray(body.layers)) throw new ManifestError(`${what} has no layers list`);
  return {
    kind: "manifest",
    mediaType,
    config: parseDescriptor(body.config, `${what} config`),
    layers: body.layers.map((l, i) => parseDescriptor(l, `${what} layers[${i}]`)),
    ...typeof body.artifactType === "string" ? { artifactType: body.artifactType } : {},
    annotations,
    ...subject
  };
}
function childrenOf(m) {
  return m.kind === "index" ? m.manifests : [m.config, ...m.layers];
}
function parseImageConfig(bytes, what) {
  const c = json(bytes, what);
  const platform = c.os || c.architecture ? { platform: platformOfJson(c, what) } : {};
  return {
    ...platform,
    ...typeof c.created === "string" ? { created: c.created } : {},
    ...c.config !== void 0 && c.config !== null ? { config: object(c.config, `${what} config`) } : {},
    ...c.rootfs !== void 0 ? { rootfs: object(c.rootfs, `${what} rootfs`) } : {},
    ...Array.isArray(c.history) ? { history: c.history } : {}
  };
}
function platformOfJson(v, what) {
  const p = object(v, what);
  if (typeof p.os !== "string" || typeof p.architecture !== "string" || !p.os || !p.architecture)
    throw new ManifestError(`${what} names no os and architecture`);
  if (p.variant !== void 0 && typeof p.variant !== "string")
    throw new ManifestError(`${what}.variant is not a string`);
  return { architecture: p.architecture, os: p.os, ...p.variant ? { variant: p.variant } : {} };
}

// src/lib/oci/store.ts
async function readContent(source, roots) {
  const manifests = /* @__PURE__ */ new Map();
  const visit = async (d) => {
    if (manifests.has(d.digest)) return;
    const blob = await source.getManifest(d.digest);
    if (!blob) throw new Error(`${source.name}: manifest ${d.digest} is missing`);
    manifests.set(d.digest, blob);
    const m = parseManifest(blob);
    if (m.kind === "index") for (const child of childrenOf(m)) await visit(child);
  };
  for (const r of roots) await visit(r);
  return { source, roots, manifests };
}
function joinedSource(name, parts) {
  const owner = /* @__PURE__ */ new Map();
  for (const part of parts)
    for (const [digest, blob] of part.manifests) {
      owner.set(digest, part.source);
      const m = parseManifest(blob);
      if (m.kind === "manifest") for (const d of [m.config, ...m.layers]) owner.set(d.digest, part.source);
    }
  const of = (digest) => {
    const source = owner.get(digest);
    if (!source) throw new Error(`${name}: nothing holds ${digest}`);
    return source;
  };
  return {
    name,
    getManifest: async (reference) => owner.has(reference) ? of(reference).getManifest(reference) : void 0,
    readBlob: (digest) => of(digest).readBlob(digest),
    blobSource: (digest, size) => of(digest).blobSource(digest, size)
  };
}

// src/lib/oci/layout-io.ts
var Layout = class _Layout {
  constructor(dir2, created) {
    this.dir = dir2;
    this.created = created;
  }
  dir;
  created;
  /** An existing layout, to read (nothing is created; a failed read names what is missing). */
  static at(dir2) {
    return new _Layout(dir2, false);
  }
  /** Open `dir` for writing: a new or empty directory, or an existing OCI layout. */
  static async open(dir2) {
    let created = false;
    try {
      const s = await stat(dir2);
      if (!s.isDirectory()) throw new LayoutError(dir2, "exists and is not a directory");
      const names = await readdir(dir2);
      if (names.length > 0 && !names.includes("oci-layout")) {
        throw new LayoutError(dir2, "is a non-empty directory that is not an OCI layout; give a new or empty directory");
      }
    } catch (e) {
      if (e instanceof LayoutError) throw e;
      if (e.code !== "ENOENT") throw wrap(dir2, e);
      created = true;
    }
    try {
      await mkdir(join(dir2, "blobs", "sha256"), { recursive: true });
      await writeFile(join(dir2, "oci-layout"), '{"imageLayoutVersion":"1.0.0"}');
    } catch (e) {
      throw wrap(dir2, e);
    }
    return new _Layout(dir2, created);
  }
  get name() {
    return this.dir;
  }
  /**
   * Stream a blob in under a temporary name, hashed on the way, and keep it only if it matches its
   * digest (a mismatch is temporary: the copy is retried).
   */
  async pushBlob(descriptor, source) {
    const path2 = this.blobPath(descriptor.digest);
    if (await access(path2).then(
      () => true,
      () => false
    ))
      return "exists";
    const tmp = this.tempPath();
    const hash = createHash2("sha256");
    const tap = new Transform({
      transform(c, _e, done) {
        hash.update(c);
        done(null, c);
      }
    });
    try {
      await pipeline(source.open(0, source.size), tap, createWriteStream(tmp));
      const got = `sha256:${hash.digest("hex")}`;
      if (got !== descriptor.digest)
        throw Object.assign(new Error(`blob ${descriptor.digest} arrived as ${got}`), { temporary: true });
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    await this.commit(tmp, descriptor.digest);
    return "uploaded";
  }
  /**
   * Take in a file written elsewhere (a kept layer) as the blob `digest`: linked when on one file
   * system, else copied, and kept only if its bytes are that digest. False when they are not.
   */
  async adopt(file3, digest) {
    const tmp = this.tempPath();
    try {
      await link(file3, tmp).catch(() => copyFile(file3, tmp));
      const hash = createHash2("sha256");
      await pipeline(createReadStream(tmp, { highWaterMark: 1 << 20 }), hash);
      if (`sha256:${hash.digest("hex")}` !== digest) {
        await rm(tmp, { force: true });
        return false;
      }
    } catch (e) {
      await rm(tmp, { force: true });
      throw wrap(this.dir, e);
    }
    await this.commit(tmp, digest);
    return true;
  }
  /** Manifests are blobs here; only index.json names a reference (writeIndex). */
  async putManifest(_reference, manifest) {
    await this.putBlob(manifest);
  }
  blobPath(digest) {
    return join(this.dir, "blobs", "sha256", digestHex(digest));
  }
  /** A fresh temporary path inside the blobs directory (same file system, so rename is atomic). */
  tempPath() {
    return join(this.dir, "blobs", "sha256", `.tmp-${randomBytes(8).toString("hex")}`);
  }
  /** Move a fully written temporary file to its digest name. */
  async commit(tempPath, digest) {
    try {
      await rename(tempPath, this.blobPath(digest));
    } catch (e) {
      await rm(tempPath, { force: true });
      throw wrap(this.dir, e);
    }
  }
  async putBlob(blob) {
    const tmp = this.tempPath();
    try {
      const fh = await open(tmp, "w");
      try {
        await fh.writeFile(blob.bytes);
        await fh.sync();
      } finally {
        await fh.close();
      }
    } catch (e) {
      await rm(tmp, { force: true });
      throw wrap(this.dir, e);
    }
    await this.commit(tmp, blob.descriptor.digest);
  }
  /** Write index.json naming the top-level manifests. This marks the layout complete. */
  async writeIndex(manifests) {
    const index = { schemaVersion: 2, mediaType: MediaType.index, manifests };
    const tmp = join(this.dir, `.index.json.${randomBytes(6).toString("hex")}`);
    try {
      await writeFile(tmp, JSON.stringify(index));
      await rename(tmp, join(this.dir, "index.json"));
    } catch (e) {
      await rm(tmp, { force: true });
      throw wrap(this.dir, e);
    }
  }
  /** A write error as a LayoutError naming this layout (disk full, permissions). */
  error(e) {
    return e instanceof LayoutError ? e : wrap(this.dir, e);
  }
  /** A manifest by digest (a layout names tags only in index.json), checked; undefined if absent. */
  async getManifest(reference) {
    if (!isDigest(reference)) return void 0;
    const bytes = await readFile(this.blobPath(reference)).catch((e) => {
      if (e.code === "ENOENT") return void 0;
      throw e;
    });
    if (!bytes) return void 0;
    this.check(reference, bytes);
    const blob = { descriptor: { mediaType: MediaType.manifest, digest: reference, size: bytes.byteLength }, bytes };
    return { ...blob, descriptor: { ...blob.descriptor, mediaType: parseManifest(blob).mediaType } };
  }
  async readBlob(digest) {
    const bytes = await readFile(this.blobPath(digest));
    this.check(digest, bytes);
    return bytes;
  }
  blobSource(digest, size) {
    return {
      size,
      open: (start, end) => end <= start ? createReadStream("/dev/null") : createReadStream(this.blobPath(digest), { start, end: end - 1, highWaterMark: 1 << 20 })
    };
  }
  /** index.json's roots and every manifest below them. */
  async content() {
    const bytes = await readFile(join(this.dir, "index.json"));
    const descriptor = { mediaType: MediaType.index, digest: digestOf(bytes), size: bytes.byteLength };
    const index = parseManifest({ descriptor, bytes });
    return readContent(this, index.kind === "index" ? index.manifests : []);
  }
  check(digest, bytes) {
    if (digestOf(bytes) !== digest) throw new Error(`OCI layout ${this.dir}: blob ${digest} does not match its digest`);
  }
  /** Undo a failed run: remove the directory if this run created it. */
  async discard() {
    if (this.created) await rm(this.dir, { recursive: true, force: true });
  }
};
function wrap(dir2, e) {
  const err = e;
  const why = err.code === "ENOSPC" ? "no space left on device" : err.code === "EACCES" ? "permission denied" : err.message;
  return new LayoutError(dir2, `cannot write: ${why}`, { cause: e });
}

// src/archive/io.ts
import { createWriteStream as createWriteStream2 } from "node:fs";
import { mkdir as mkdir2, rename as rename2, rm as rm2 } from "node:fs/promises";
import { dirname } from "node:path";
import { Readable } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
import { createGunzip } from "node:zlib";

// src/inputs/redact.ts
function redactUserinfo(text) {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/?#\s@]*@/gi, "$1***@");
}
var SECRET_BEARING = /* @__PURE__ */ new Set([
  "build-env",
  "env",
  "build-flags",
  "ldflags",
  "password",
  "username",
  "go-private-token"
]);
var quote = (s) => JSON.stringify(s).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
function shownValue(input, value) {
  const text = redactUserinfo(value);
  if (!SECRET_BEARING.has(input) || text === "") return quote(text);
  const eq = text.indexOf("=");
  if (eq < 0 && /^(-|\{\{)[\w.{}-]{0,63}$/.test(text)) return quote(text);
  if (eq > 0 && eq <= 64) return `${quote(`${text.slice(0, eq + 1)}\u2026`)} (value hidden)`;
  return `a value of ${text.length} characters (hidden)`;
}

// src/inputs/error.ts
var InputError = class extends Error {
  constructor(input, value, accepted, options) {
    super(`Input '${input}': ${shownValue(input, value)} is not valid; ${accepted}`, options);
    this.input = input;
    this.value = value;
    this.accepted = accepted;
  }
  input;
  value;
  accepted;
  name = "InputError";
};

// src/lib/oci/tar.ts
var BLOCK = 512;
function octal(n, width) {
  return n.toString(8).padStart(width - 1, "0") + "\0";
}
function splitPath(path2) {
  if (Buffer.byteLength(path2) <= 100) return { prefix: "", name: path2 };
  const trimmed = path2.endsWith("/") ? path2.slice(0, -1) : path2;
  for (let i = trimmed.lastIndexOf("/"); i > 0; i = trimmed.lastIndexOf("/", i - 1)) {
    const prefix = path2.slice(0, i);
    const name = path2.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name.length > 0) {
      return { prefix, name };
    }
  }
  throw new Error(`path too long for a tar header: ${path2}`);
}
function tarHeader(e) {
  if (e.size > 8589934591) throw new Error(`file too large for a tar header: ${e.path}`);
  const h = Buffer.alloc(BLOCK);
  const { prefix, name } = splitPath(e.path);
  h.write(name, 0, 100, "utf8");
  h.write(octal(e.mode & 4095, 8), 100, "ascii");
  h.write(octal(e.uid, 8), 108, "ascii");
  h.write(octal(e.gid, 8), 116, "ascii");
  h.write(octal(e.type === "file" ? e.size : 0, 12), 124, "ascii");
  h.write(octal(e.mtime, 12), 136, "ascii");
  h.write("        ", 148, "ascii");
  h.write(e.type === "file" ? "0" : "5", 156, "ascii");
  h.write("ustar\0", 257, "ascii");
  h.write("00", 263, "ascii");
  h.write(octal(0, 8), 329, "ascii");
  h.write(octal(0, 8), 337, "ascii");
  h.write(prefix, 345, 155, "utf8");
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + " ", 148, "ascii");
  return h;
}
function tarPadding(size) {
  const rest = size % BLOCK;
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest);
}
function tarEnd() {
  return Buffer.alloc(2 * BLOCK);
}
function tarParts(files) {
  const sorted = [...files].sort((a, b) => a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0);
  const parts = [];
  for (const f of sorted) {
    parts.push({ bytes: tarHeader(f.entry) });
    if (f.entry.type !== "file" || !f.source) continue;
    parts.push("bytes" in f.source ? { bytes: f.source.bytes } : { path: f.source.path, size: f.entry.size });
    const content = "bytes" in f.source ? f.source.bytes.byteLength : f.entry.size;
    if (content !== f.entry.size) throw new Error(`${f.entry.path}: ${content} bytes, its header says ${f.entry.size}`);
    parts.push({ bytes: tarPadding(content) });
  }
  parts.push({ bytes: tarEnd() });
  return parts;
}

// src/lib/process-io.ts
import { spawn } from "node:child_process";
import { createReadStream as createReadStream2 } from "node:fs";
function runProcess(cmd, args, opts = {}) {
  return new Promise((resolve7) => {
    const child = spawn(cmd, args, {
      stdio: ["pipe", "pipe", "pipe"],
      ...opts.cwd ? { cwd: opts.cwd } : {},
      ...opts.env ? { env: opts.env } : {},
      detached: opts.signal !== void 0
    });
    let stdout = "";
    let stderr = "";
    let error2;
    const stop = () => {
      error2 ??= Object.assign(new Error("The operation was aborted"), { name: "AbortError" });
      try {
        if (child.pid !== void 0) process.kill(-child.pid, "SIGKILL");
      } catch {
      }
    };
    if (opts.signal?.aborted) stop();
    else opts.signal?.addEventListener("abort", stop, { once: true });
    child.stdout.on("data", (d) => stdout += d.toString());
    child.stderr.on("data", (d) => stderr += d.toString());
    child.on("error", (e) => error2 = e);
    child.on("close", (code, signal) => {
      opts.signal?.removeEventListener("abort", stop);
      if (code === null && signal && !error2) stderr += `
killed by ${signal}`;
      resolve7({
        code: error2 ? -1 : code ?? -1,
        stdout,
        stderr: error2 && !stderr ? error2.message : stderr,
        ...error2 ? { error: error2 } : {}
      });
    });
    if (opts.stdinFile)
      createReadStream2(opts.stdinFile).on("error", () => child.stdin.end()).pipe(child.stdin).on("error", () => void 0);
    else child.stdin.end();
  });
}

// src/archive/docker-archive.ts
function archiveManifest(img) {
  return JSON.stringify([
    {
      Config: `blobs/sha256/${digestHex(img.configDigest)}`,
      RepoTags: [img.repoTag],
      Layers: img.diffIds.map((d) => `blobs/sha256/${digestHex(d)}`)
    }
  ]);
}
function archiveRepositories(img) {
  const colon = img.repoTag.lastIndexOf(":");
  const top = img.diffIds.at(-1);
  return JSON.stringify({
    [img.repoTag.slice(0, colon)]: { [img.repoTag.slice(colon + 1)]: top ? digestHex(top) : "" }
  });
}
function archivePath(path2, platformSlug2, several) {
  if (!several) return path2;
  const m = /^(.*?)(\.tar)?$/.exec(path2);
  return `${m?.[1] ?? path2}-${platformSlug2}${m?.[2] ?? ".tar"}`;
}

// src/archive/io.ts
var file = (path2, size) => ({
  path: path2,
  type: "file",
  mode: 420,
  uid: 0,
  gid: 0,
  mtime: 0,
  size
});
async function writeArchives(image, source, path2, repoTag) {
  const several = image.images.length > 1;
  const written = {};
  for (const img of image.images) {
    const out = archivePath(path2, platformSlug(img.binary.platform), several);
    await mkdir2(dirname(out), { recursive: true });
    const config = Buffer.from(await source.readBlob(img.config.digest));
    const meta = { configDigest: img.config.digest, diffIds: img.layers.map((l) => l.diffId), repoTag };
    async function* chunks2() {
      const small = (name, bytes) => [
        tarHeader(file(name, bytes.byteLength)),
        bytes,
        tarPadding(bytes.byteLength)
      ];
      yield* small("manifest.json", Buffer.from(archiveManifest(meta)));
      yield* small("repositories", Buffer.from(archiveRepositories(meta)));
      yield* small(`blobs/sha256/${digestHex(img.config.digest)}`, config);
      for (const layer of img.layers) {
        yield tarHeader(file(`blobs/sha256/${digestHex(layer.diffId)}`, layer.uncompressedSize));
        const { digest, size } = layer.descriptor;
        const gunzip = createGunzip();
        const compressed = source.blobSource(digest, size).open(0, size);
        compressed.on("error", (e) => gunzip.destroy(e));
        for await (const c of compressed.pipe(gunzip)) yield c;
        yield tarPadding(layer.uncompressedSize);
      }
      yield tarEnd();
    }
    const tmp = `${out}.partial`;
    try {
      await pipeline2(Readable.from(chunks2()), createWriteStream2(tmp));
      await rename2(tmp, out);
    } catch (e) {
      await rm2(tmp, { force: true });
      throw e;
    }
    written[img.binary.platform.name] = out;
  }
  if (several)
    info(
      `one docker archive per platform (the format holds one image per name): ${Object.values(written).join(", ")}`
    );
  return written;
}
async function checkDockerEngine() {
  const r = await runProcess("docker", ["version", "--format", "{{.Server.Version}}"]);
  if (r.code !== 0) {
    const why = (r.stderr.trim().split("\n").pop() ?? "").slice(0, 200);
    throw new InputError(
      "load",
      "true",
      `it needs a Docker engine on the runner, and none answers (docker version: ${why || `exit ${r.code}`})`
    );
  }
}
async function dockerLoad(archive3, repoTag) {
  const r = await runProcess("docker", ["load"], { stdinFile: archive3 });
  if (r.code !== 0) throw new Error(`docker load failed: ${r.stderr.trim() || r.stdout.trim()}`);
  return /Loaded image: (\S+)/.exec(r.stdout)?.[1] ?? repoTag;
}

// src/archive/stage-io.ts
async function archive(image, config, repoTag, env) {
  const host = hostPlatform(process.arch);
  const images = config.tarball ? image.images : image.images.filter((i) => i.binary.platform.name === host);
  const path2 = config.tarball ?? join2(stepDir(join2(env.RUNNER_TEMP || tmpdir(), "build-go-image"), env), "image.tar");
  const archives = await writeArchives({ ...image, images }, Layout.at(config.ociLayout), path2, repoTag);
  for (const [platform, file3] of Object.entries(archives)) info(`${platform}: docker archive ${file3} (${repoTag})`);
  if (config.load) {
    const file3 = archives[host];
    if (!file3) throw new Error(`no archive for the runner's platform ${host}`);
    const loaded = await dockerLoad(file3, repoTag);
    info(`loaded ${loaded} into the runner's Docker`);
    return { ...config.tarball ? { tarballs: JSON.stringify(archives) } : {}, loaded };
  }
  return config.tarball ? { tarballs: JSON.stringify(archives) } : {};
}

// src/lib/oci/artifact.ts
var EMPTY_MEDIA_TYPE = "application/vnd.oci.empty.v1+json";
function emptyBlob() {
  return blobOf(EMPTY_MEDIA_TYPE, Buffer.from("{}"));
}
function artifactManifest(artifactType, layer, subject, annotations) {
  const empty = emptyBlob().descriptor;
  return jsonBlob(MediaType.manifest, {
    schemaVersion: 2,
    mediaType: MediaType.manifest,
    artifactType,
    config: { mediaType: empty.mediaType, digest: empty.digest, size: empty.size },
    layers: [{ mediaType: layer.mediaType, digest: layer.digest, size: layer.size }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    ...Object.keys(annotations).length > 0 ? { annotations: sortedRecord(annotations) } : {}
  });
}
function fallbackTag(subjectDigest) {
  const [alg, hex] = subjectDigest.split(":");
  return `${alg.slice(0, 32)}-${hex.slice(0, 64)}`.replace(/[^A-Za-z0-9_.-]/g, "-");
}
function addToFallbackIndex(existing, referrer) {
  const manifests = [...existing?.manifests ?? []];
  if (manifests.some((m) => m.digest === referrer.digest)) return void 0;
  manifests.push(referrer);
  return jsonBlob(MediaType.index, { schemaVersion: 2, mediaType: MediaType.index, manifests });
}

// src/attest/referrer.ts
var BUNDLE_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";
function bundleReferrer(bundleJson, subject, predicateType, created) {
  const bundle = blobOf(BUNDLE_MEDIA_TYPE, Buffer.from(bundleJson));
  const annotations = {
    "dev.sigstore.bundle.content": "dsse-envelope",
    "dev.sigstore.bundle.predicateType": predicateType,
    "org.opencontainers.image.created": created
  };
  const manifest = artifactManifest(BUNDLE_MEDIA_TYPE, bundle.descriptor, subject, annotations);
  return { manifest, bundle, descriptor: { ...manifest.descriptor, artifactType: BUNDLE_MEDIA_TYPE, annotations } };
}

// src/attest/statement.ts
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var INTOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
var SPDX_DOCUMENT = "https://spdx.dev/Document";
var GITHUB_BUILD_TYPE = "https://actions.github.io/buildtypes/workflow/v1";
var PROVENANCE_CLAIMS = [
  "iss",
  "ref",
  "sha",
  "repository",
  "event_name",
  "job_workflow_ref",
  "workflow_ref",
  "repository_id",
  "repository_owner_id",
  "runner_environment",
  "run_id",
  "run_attempt"
];
function tokenClaims(jwt) {
  const payload = jwt.split(".")[1];
  let claims;
  try {
    claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8"));
  } catch {
    throw new Error("the OIDC token is not a JWT");
  }
  const missing = PROVENANCE_CLAIMS.filter((c) => typeof claims[c] !== "string" || claims[c] === "");
  if (missing.length > 0) throw new Error(`the OIDC token lacks the claims ${missing.join(", ")}`);
  return claims;
}
function subjectOf(name, d) {
  return { name, digest: { sha256: d.digest.replace(/^sha256:/, "") } };
}
function statement(subjects, predicateType, predicate) {
  return { _type: STATEMENT_TYPE, subject: subjects, predicateType, predicate };
}
function provenancePredicate(claims, serverUrl) {
  const server = serverUrl.replace(/\/+$/, "");
  const workflowPath = claims.workflow_ref.replace(`${claims.repository}/`, "").replace(/@.*$/, "");
  return {
    buildDefinition: {
      buildType: GITHUB_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: claims.ref, repository: `${server}/${claims.repository}`, path: workflowPath }
      },
      internalParameters: {
        github: {
          event_name: claims.event_name,
          repository_id: claims.repository_id,
          repository_owner_id: claims.repository_owner_id,
          runner_environment: claims.runner_environment
        }
      },
      resolvedDependencies: [
        { uri: `git+${server}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } }
      ]
    },
    runDetails: {
      builder: { id: `${server}/${claims.job_workflow_ref}` },
      metadata: {
        invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`
      }
    }
  };
}

// src/attest/plan.ts
function signings(what, claims, serverUrl) {
  const unique = what.manifests.filter((m, i) => what.manifests.findIndex((n) => n.digest === m.digest) === i);
  const provenance = {
    kind: "provenance",
    statement: statement(
      unique.map((m) => subjectOf(what.name, m)),
      SLSA_PROVENANCE_V1,
      provenancePredicate(claims, serverUrl)
    ),
    attachTo: unique
  };
  const sboms = what.sboms.map(
    (s) => ({
      kind: "sbom",
      statement: statement([subjectOf(what.name, s.manifest)], SPDX_DOCUMENT, s.document),
      attachTo: [s.manifest]
    })
  );
  return [provenance, ...sboms];
}
function attach(plan, bundles, created) {
  const referrers = [];
  const bySubject = {};
  for (const [i, s] of plan.entries()) {
    for (const subject of s.attachTo) {
      const r = bundleReferrer(bundles[i], subject, s.statement.predicateType, created);
      referrers.push(r);
      bySubject[subject.digest] = { ...bySubject[subject.digest], [s.kind]: r.descriptor.digest };
    }
  }
  return { referrers, bySubject };
}

// src/inputs/text.ts
var ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
function splitList(text, commas) {
  return text.split(commas ? /[\n,]/ : /\n/).map((s) => s.trim()).filter((s) => s.length > 0);
}
function parseKeyValues(input, text, keyPattern, keyHint) {
  const out = {};
  for (const [i, line] of splitList(text, false).entries()) {
    const eq = line.indexOf("=");
    if (eq <= 0) throw new InputError(input, line, `write one KEY=VALUE per line (item ${i + 1})`);
    const key = line.slice(0, eq).trim();
    if (!keyPattern.test(key)) throw new InputError(input, line, `the key must be ${keyHint} (item ${i + 1})`);
    out[key] = line.slice(eq + 1);
  }
  return out;
}
function parseArgv(input, text) {
  const t = text.trim();
  if (t === "") return [];
  if (t.startsWith("[")) {
    let v;
    try {
      v = JSON.parse(t);
    } catch {
      throw new InputError(input, t, "give a JSON array of strings, or one argument per line");
    }
    if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) {
      throw new InputError(input, t, "give a JSON array of strings, or one argument per line");
    }
    return v;
  }
  const lines = splitList(t, false);
  return lines.length === 1 ? t.split(/\s+/) : lines;
}
function parseBoolean(input, text, fallback) {
  const t = text.trim().toLowerCase();
  if (t === "") return fallback;
  if (t === "true") return true;
  if (t === "false") return false;
  throw new InputError(input, text, "give true or false");
}

// src/attest/settings.ts
var ACCEPTED_MODES = "give auto (sign when the job has an OIDC token and pushes), true (always; fail without), or false";
function parseAttest(read, hasIdToken, pushes) {
  const mode = read("attest").trim().toLowerCase() || "auto";
  if (mode !== "auto" && mode !== "true" && mode !== "false")
    throw new InputError("attest", read("attest"), ACCEPTED_MODES);
  if (mode === "true" && pushes && !hasIdToken)
    throw new InputError(
      "attest",
      "true",
      `signing needs the job's OIDC token: add "permissions: id-token: write" to the job, or set attest: auto`
    );
  const [fulcio, rekor, tsa] = ["sigstore-fulcio-url", "sigstore-rekor-url", "sigstore-tsa-url"].map(
    (n) => url(n, read(n))
  );
  if ((rekor || tsa) && !fulcio)
    throw new InputError("sigstore-fulcio-url", "", "give the Fulcio URL of the instance whose Rekor or TSA is set");
  if (fulcio && !rekor && !tsa)
    throw new InputError(
      "sigstore-fulcio-url",
      fulcio,
      "a signature needs a witness: also give sigstore-rekor-url or sigstore-tsa-url (or both)"
    );
  return {
    mode,
    ...fulcio ? { endpoints: { fulcio, ...rekor ? { rekor } : {}, ...tsa ? { tsa } : {} } } : {},
    githubApi: parseBoolean("attestations-api", read("attestations-api"), false)
  };
}
function url(input, text) {
  const t = text.trim();
  if (!t) return void 0;
  let u;
  try {
    u = new URL(t);
  } catch {
    throw new InputError(input, t, "give an http(s) URL, e.g. https://fulcio.example.com");
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") throw new InputError(input, t, "give an http(s) URL");
  return t.replace(/\/+$/, "");
}
function defaultEndpoints(visibility, serverUrl) {
  if (visibility === "public") return { fulcio: "https://fulcio.sigstore.dev", rekor: "https://rekor.sigstore.dev" };
  const host = new URL(serverUrl).hostname;
  const base = host === "github.com" ? "githubapp.com" : host;
  return { fulcio: `https://fulcio.${base}`, tsa: `https://timestamp.${base}` };
}

// src/attest/sign-io.ts
var TIMEOUT_MS = 15e3;
var RETRIES = 2;
var commonJs = (m) => m.default ?? m;
var signLib = async () => commonJs(await import("./chunks/dist-V2JCWO66.js"));
var bundleLib = async () => commonJs(await import("./chunks/dist-CQ2V7Y24.js"));
var Signer = class _Signer {
  constructor(builder) {
    this.builder = builder;
  }
  builder;
  static async open(token, endpoints) {
    const { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness } = await signLib();
    const witnesses = [];
    const fetchOpts = { timeout: TIMEOUT_MS, retry: RETRIES };
    if (endpoints.rekor) witnesses.push(new RekorWitness({ rekorBaseURL: endpoints.rekor, ...fetchOpts }));
    if (endpoints.tsa) witnesses.push(new TSAWitness({ tsaBaseURL: endpoints.tsa, ...fetchOpts }));
    const signer = new FulcioSigner({
      identityProvider: { getToken: async () => token },
      fulcioBaseURL: endpoints.fulcio,
      ...fetchOpts
    });
    return new _Signer(new DSSEBundleBuilder({ signer, witnesses }));
  }
  /** The statement signed, as a bundle's JSON text. */
  async sign(statement2) {
    const bundle = await this.builder.create({
      data: Buffer.from(JSON.stringify(statement2)),
      type: INTOTO_PAYLOAD_TYPE
    });
    return JSON.stringify((await bundleLib()).bundleToJSON(bundle));
  }
};

// src/attest/io.ts
function refused(settings, why) {
  if (settings.mode === "true")
    throw new Error(`attest: ${why}; nothing was signed, no manifest was pushed and no tag moved`);
  warning(`attest: ${why}; the image is pushed unsigned (attest: true would fail the step)`);
  return void 0;
}
var message = (e) => e instanceof Error ? e.message : String(e);
async function attestImage(settings, what, env) {
  const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
  let token;
  let claims;
  try {
    token = await getIDToken("sigstore");
    claims = tokenClaims(token);
  } catch (e) {
    return refused(settings, `no usable OIDC token (${message(e)})`);
  }
  const endpoints = settings.endpoints ?? defaultEndpoints(claims.repository_visibility, serverUrl);
  const plan = signings(what, claims, serverUrl);
  const bundles = [];
  try {
    const signer = await Signer.open(token, endpoints);
    for (const s of plan) bundles.push(await signer.sign(s.statement));
  } catch (e) {
    return refused(settings, `${endpoints.fulcio} did not sign (${message(e)})`);
  }
  const witnesses = [endpoints.rekor, endpoints.tsa].filter(Boolean).join(" and ");
  info(
    `attest: ${plan.length} statements (SLSA provenance v1${plan.length > 1 ? ", SPDX SBOMs" : ""}) signed by ${endpoints.fulcio}, witnessed by ${witnesses}, for ${claims.job_workflow_ref}`
  );
  return {
    ...attach(plan, bundles, (/* @__PURE__ */ new Date()).toISOString()),
    bundles,
    identity: `${serverUrl.replace(/\/+$/, "")}/${claims.job_workflow_ref}`,
    issuer: claims.iss,
    tlog: Boolean(endpoints.rekor)
  };
}
async function storeAttestations(bundles, token, env) {
  const api = (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
  const repo = env.GITHUB_REPOSITORY;
  if (!token || !repo) return warning("attestations-api: no github-token or GITHUB_REPOSITORY; not stored");
  const http = new HttpClient("build-go-image", [], { socketTimeout: 3e4 });
  try {
    for (const bundle of bundles) {
      const res = await http.post(`${api}/repos/${repo}/attestations`, JSON.stringify({ bundle: JSON.parse(bundle) }), {
        Authorization: `Bearer ${token}`,
        Accept: "application/vnd.github+json",
        "Content-Type": "application/json"
      });
      const body = await res.readBody();
      const status = res.message.statusCode ?? 0;
      if (status === 403 || status === 404)
        return warning(
          `attestations-api: ${status} from ${api} (the job needs permissions attestations: write; private repositories need GitHub's attestations plan); the bundles are in the registry only`
        );
      if (status < 200 || status >= 300) throw new Error(`${status} ${body.slice(0, 200)}`);
      info(`attestations-api: stored, id ${JSON.parse(body).id ?? "?"}`);
    }
  } finally {
    http.dispose();
  }
}
function verifyCommand(image, a) {
  return [
    "cosign verify-attestation --type slsaprovenance1",
    `--certificate-identity ${a.identity}`,
    `--certificate-oidc-issuer ${a.issuer}`,
    ...a.tlog ? [] : ["--insecure-ignore-tlog --use-signed-timestamps"],
    image
  ].join(" ");
}

// src/attest/stage-io.ts
function willSign(settings, env, what) {
  if (settings.mode === "false") return false;
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) return true;
  notice(`attest: the job has no OIDC token (permissions: id-token: write signs it); the ${what} is unsigned`);
  return false;
}
async function attest(settings, image, layout, subjectName, env) {
  if (!willSign(settings, env, "image")) return void 0;
  const source = layout.source;
  const sboms = await Promise.all(
    image.sboms.map(async (s) => {
      const platform = image.images.find((i) => i.binary.platform.name === s.platform);
      const doc = s.blobs[0];
      if (!platform || !doc) throw new Error(`the SBOM of ${s.platform} names no image`);
      return {
        manifest: platform.manifest,
        document: JSON.parse(Buffer.from(await source.readBlob(doc.digest)).toString())
      };
    })
  );
  const manifests = [image.top, ...image.images.map((i) => i.manifest)];
  const attested = await attestImage(settings, { manifests, name: subjectName.toLowerCase(), sboms }, env);
  if (attested) await layout.attach(attested.referrers);
  return attested;
}
async function attestIndex(settings, index, subjectName, env) {
  if (!willSign(settings, env, "index")) return void 0;
  return attestImage(settings, { manifests: [index], name: subjectName.toLowerCase(), sboms: [] }, env);
}

// src/lib/registry/reference.ts
var COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
var TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
var LABEL = "[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?";
var HOST = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]{1,5})?$`);
var DOCKER_HUB_ALIASES = ["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"];
var DOCKER_HUB_API = "registry-1.docker.io";
var ImageRefError = class extends Error {
  name = "ImageRefError";
};
function isDockerHub(host) {
  return DOCKER_HUB_ALIASES.includes(host.toLowerCase());
}
function parseReference(text) {
  let rest = text.trim();
  if (rest === "") throw new ImageRefError("empty image reference");
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    try {
      digest = parseDigest(rest.slice(at + 1));
    } catch {
      throw new ImageRefError(`${JSON.stringify(rest.slice(at + 1))} is not a sha256 digest`);
    }
    rest = rest.slice(0, at);
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag))
      throw new ImageRefError(`tag ${JSON.stringify(tag)} must match [A-Za-z0-9_][A-Za-z0-9._-]{0,127}`);
  }
  const slash = rest.indexOf("/");
  const first = slash < 0 ? "" : rest.slice(0, slash);
  const hasHost = slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase());
  let registry = hasHost ? first : "docker.io";
  let repository = hasHost ? rest.slice(slash + 1) : rest;
  if (!HOST.test(registry)) throw new ImageRefError(`${JSON.stringify(registry)} is not a registry host`);
  if (isDockerHub(registry)) {
    registry = "docker.io";
    if (!repository.includes("/")) repository = `library/${repository}`;
  }
  for (const c of repository.split("/")) {
    if (!COMPONENT.test(c)) {
      const hint = c !== c.toLowerCase() ? " (repository names must be lowercase)" : "";
      throw new ImageRefError(`${JSON.stringify(repository)} is not a valid repository name${hint}`);
    }
  }
  if (`${registry}/${repository}`.length > 255) throw new ImageRefError("name is longer than 255 characters");
  return {
    registry,
    apiHost: registry === "docker.io" ? DOCKER_HUB_API : registry.toLowerCase(),
    repository,
    ...tag ? { tag } : {},
    ...digest ? { digest } : {}
  };
}
function repositoryName(r) {
  return `${r.registry}/${r.repository}`;
}
function isLoopback(host) {
  const name = host.replace(/:\d+$/, "");
  return name === "localhost" || /^127\./.test(name) || name === "[::1]";
}
function formatReference(r) {
  return `${repositoryName(r)}${r.tag ? `:${r.tag}` : ""}${r.digest ? `@${r.digest}` : ""}`;
}

// src/base/io.ts
import { createHash as createHash3 } from "node:crypto";
import { createReadStream as createReadStream3 } from "node:fs";
import { Transform as Transform3 } from "node:stream";
import { pipeline as pipeline3 } from "node:stream/promises";
import { createGunzip as createGunzip2 } from "node:zlib";

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run2 = async (function_, resolve7, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve7(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve7, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run2.bind(void 0, function_, resolve7, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve7, reject) => {
    enqueue(function_, resolve7, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error2) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error2;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/lib/cancel.ts
var CancelledError = class extends Error {
  name = "CancelledError";
  temporary = false;
};
var Cancellation = class {
  cancelled = false;
  sessions = /* @__PURE__ */ new Set();
  get isCancelled() {
    return this.cancelled;
  }
  throwIfCancelled() {
    if (this.cancelled) throw new CancelledError("cancelled");
  }
  /** Track an upload session so a cancellation can close it; returns the function that forgets it. */
  track(session) {
    this.sessions.add(session);
    return () => this.sessions.delete(session);
  }
  /** Stop new requests and cancel every open upload session (bounded by timeoutMs). */
  async cancelAll(timeoutMs) {
    this.cancelled = true;
    const open4 = [...this.sessions];
    await Promise.race([Promise.allSettled(open4.map((s) => s.cancel())), new Promise((r) => setTimeout(r, timeoutMs))]);
    return open4.length;
  }
};

// src/lib/retry.ts
var DEFAULT_RETRY = { attempts: 5, baseMs: 500, maxMs: 15e3 };
function loggedRetry(log) {
  return {
    ...DEFAULT_RETRY,
    onRetry: (e, n, ms) => log(`retrying after ${e.message} (attempt ${n}, waiting ${Math.round(ms)} ms)`)
  };
}
var defaultSleep = (ms) => new Promise((r) => setTimeout(r, ms));
function isTemporary(e) {
  return typeof e === "object" && e !== null && e.temporary === true;
}
async function withRetry(fn, opts = DEFAULT_RETRY) {
  const sleep = opts.sleep ?? defaultSleep;
  const random = opts.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (attempt >= opts.attempts || !isTemporary(e)) throw e;
      const backoff = Math.min(opts.maxMs, opts.baseMs * 2 ** (attempt - 1));
      const jittered = backoff / 2 + random() * (backoff / 2);
      const retryAfter = e.retryAfterMs;
      const wait = retryAfter !== void 0 ? Math.min(Math.max(retryAfter, 0), 6e4) : jittered;
      opts.onRetry?.(e, attempt, wait);
      await sleep(wait);
    }
  }
}

// src/lib/started.ts
function started(work) {
  work.catch(() => void 0);
  return work;
}

// src/lib/oci/copy.ts
var BlobCopy = class {
  constructor(sinks, opts) {
    this.sinks = sinks;
    this.opts = opts;
    this.limit = pLimit(opts.concurrency);
  }
  sinks;
  opts;
  stats = { exists: 0, mounted: 0, uploaded: 0, bytesUploaded: 0 };
  copies = /* @__PURE__ */ new Map();
  limit;
  stopped = false;
  /** Copy one blob of `from` into sink i, once: a second call gets the first's outcome. */
  copy(sink, from, blob) {
    const key = `${sink} ${blob.digest}`;
    const known = this.copies.get(key);
    if (known) return known;
    const to = this.sinks[sink];
    const copying = (async () => {
      const mount = await this.opts.mountFrom?.(sink, blob.digest);
      return this.limit(async () => {
        if (this.stopped) throw new CancelledError("the copy was abandoned");
        const source = from.blobSource(blob.digest, blob.size);
        const outcome = await withRetry(() => to.pushBlob(blob, source, mount), this.opts.retry ?? DEFAULT_RETRY);
        this.stats[outcome]++;
        if (outcome === "uploaded") this.stats.bytesUploaded += blob.size;
        return outcome;
      });
    })();
    this.copies.set(key, started(copying));
    this.opts.onCopy?.(sink, blob.digest, copying);
    return copying;
  }
  /** Every blob into every sink, each sink's in parallel. */
  all(from, blobs) {
    return Promise.all(this.sinks.map((_, i) => Promise.all(blobs.map((b) => this.copy(i, from, b)))));
  }
  /** Nothing more starts (what is on its way finishes or fails). */
  stop() {
    this.stopped = true;
  }
};

// src/lib/oci/platform.ts
function platformName(p) {
  return [p.os, p.architecture, ...p.variant ? [p.variant] : []].join("/");
}
function comparePlatforms(a, b) {
  const ka = [a.os, a.architecture, a.variant ?? ""];
  const kb = [b.os, b.architecture, b.variant ?? ""];
  for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
  return 0;
}
function normalVariant(p) {
  if (p.architecture === "arm64" && (p.variant === void 0 || p.variant === "v8")) return "";
  if (p.architecture === "arm" && p.variant === void 0) return "v7";
  return p.variant ?? "";
}
function platformMatches(have, want) {
  return have.os === want.os && have.architecture === want.architecture && normalVariant(have) === normalVariant(want);
}
function describePlatforms(ps) {
  return ps.map(platformName).join(", ");
}

// src/lib/registry/repository-io.ts
import { PassThrough } from "node:stream";

// src/lib/registry/errors.ts
var RegistryError = class extends Error {
  name = "RegistryError";
  method;
  url;
  status;
  codes;
  temporary;
  retryAfterMs;
  constructor(f) {
    super(f.message, f.cause !== void 0 ? { cause: f.cause } : void 0);
    this.method = f.method;
    this.url = f.url;
    this.status = f.status;
    this.codes = f.codes ?? [];
    this.temporary = f.temporary;
    this.retryAfterMs = f.retryAfterMs;
  }
};
function isTemporaryStatus(status) {
  return status === 408 || status === 429 || status === 499 || status >= 500 && status <= 599 && status !== 501 && status !== 505;
}
var TEMPORARY_CODES = [
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "ECONNABORTED",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "ERR_STREAM_PREMATURE_CLOSE"
];
function isTemporaryNetworkError(e) {
  const err = e;
  return TEMPORARY_CODES.includes(err?.code ?? "") || /socket hang up|Request timeout|aborted/i.test(err?.message ?? "");
}
function redactUrl(url2) {
  try {
    const u = new URL(url2);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "<url>";
  }
}
function registryErrorCodes(body) {
  try {
    const v = JSON.parse(body);
    const errors = Array.isArray(v.errors) ? v.errors : [];
    return { codes: errors.map((e) => String(e.code ?? "")), messages: errors.map((e) => String(e.message ?? "")) };
  } catch {
    return { codes: [], messages: [] };
  }
}
function parseRetryAfter(value, now) {
  if (!value) return void 0;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1e3;
  const t = Date.parse(value);
  return Number.isNaN(t) ? void 0 : Math.max(0, t - now);
}

// src/lib/registry/auth.ts
var DEFAULT_LIFETIME_S = 60;
var CLIENT_ID = "build-go-image";
function basicHeader(username, password) {
  return `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
}
async function fetchToken(req) {
  const { challenge, credential, transport } = req;
  if (credential?.kind === "registry-token")
    return { value: credential.token, expiresAt: Number.POSITIVE_INFINITY, refreshAt: Number.POSITIVE_INFINITY };
  const realm = challenge.params.realm;
  if (!realm) throw authError(req.registry, "the registry asked for a Bearer token but named no realm");
  let url2;
  try {
    url2 = new URL(realm);
  } catch {
    throw authError(req.registry, `the token realm ${JSON.stringify(realm)} is not a URL`);
  }
  if (url2.protocol !== "https:" && !(url2.protocol === "http:" && isLoopback(url2.hostname))) {
    throw authError(
      req.registry,
      `refusing to send credentials to a token realm over ${url2.protocol} (${redactUrl(realm)})`
    );
  }
  const service = challenge.params.service;
  let res;
  const method = credential?.kind === "identity" ? "POST" : "GET";
  if (credential?.kind === "identity") {
    const form = new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: credential.token,
      client_id: CLIENT_ID,
      access_type: "offline"
    });
    if (service) form.set("service", service);
    if (req.scopes.length > 0) form.set("scope", req.scopes.join(" "));
    const body2 = Buffer.from(form.toString());
    res = await transport.send({
      method: "POST",
      url: url2.toString(),
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(body2.byteLength) },
      body: () => body2
    });
  } else {
    if (service) url2.searchParams.set("service", service);
    for (const s of req.scopes) url2.searchParams.append("scope", s);
    if (credential?.kind === "basic") url2.searchParams.set("account", credential.username);
    res = await transport.send({
      method: "GET",
      url: url2.toString(),
      headers: credential?.kind === "basic" ? { Authorization: basicHeader(credential.username, credential.password) } : {}
    });
  }
  const text = await res.text();
  if (res.status === 401 || res.status === 403) {
    const asked = req.scopes.length > 0 ? ` (asked for ${req.scopes.join(" ")})` : "";
    throw authError(
      req.registry,
      credential ? `the registry rejected the credentials${asked}` : `anonymous access was refused${asked}; give username and password or log in with docker/login-action`
    );
  }
  if (res.status !== 200) {
    throw new RegistryError({
      method,
      url: redactUrl(url2.toString()),
      status: res.status,
      temporary: res.status >= 500 || res.status === 429,
      message: `token request ${method} ${redactUrl(url2.toString())} failed with HTTP ${res.status}`
    });
  }
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw authError(req.registry, "the token server answered with something that is not JSON");
  }
  const value = body.token || body.access_token;
  if (!value) throw authError(req.registry, "the token server answered without a token");
  const lifetimeMs = (Number(body.expires_in) > 0 ? Number(body.expires_in) : DEFAULT_LIFETIME_S) * 1e3;
  const expiresAt = req.now + lifetimeMs;
  return { value, expiresAt, refreshAt: expiresAt - Math.min(1e4, lifetimeMs / 4) };
}
function authError(registry, why) {
  return new RegistryError({
    method: "AUTH",
    url: registry,
    status: 401,
    codes: ["UNAUTHORIZED"],
    temporary: false,
    message: `authentication to ${registry} failed: ${why}`
  });
}

// src/lib/registry/scope.ts
function repositoryScope(repository, access2) {
  return `repository:${repository}:${access2 === "push" ? "push,pull" : "pull"}`;
}
function normalizeScopes(scopes) {
  const actions = /* @__PURE__ */ new Map();
  for (const s of scopes) {
    const at = s.lastIndexOf(":");
    const resource = at > 0 ? s.slice(0, at) : s;
    const set = actions.get(resource) ?? /* @__PURE__ */ new Set();
    for (const a of at > 0 ? s.slice(at + 1).split(",") : []) if (a) set.add(a);
    actions.set(resource, set);
  }
  return [...actions.entries()].map(([resource, set]) => {
    const list = [...set].sort((a, b) => a === "push" ? -1 : b === "push" ? 1 : a.localeCompare(b));
    return list.length > 0 ? `${resource}:${list.join(",")}` : resource;
  }).sort();
}
function scopeKey(scopes) {
  return normalizeScopes(scopes).join(" ");
}

// src/lib/registry/bearer.ts
var TokenCache = class {
  constructor(fetch, now) {
    this.fetch = fetch;
    this.now = now;
  }
  fetch;
  now;
  tokens = /* @__PURE__ */ new Map();
  pending = /* @__PURE__ */ new Map();
  /**
   * A token for exactly these scopes. `refused` is a token the registry just answered 401 to:
   * a newer one (another request refreshed meanwhile) is used, else a new one is fetched.
   */
  get(scopes, refused2) {
    const key = scopeKey(scopes);
    const cached = this.tokens.get(key);
    if (cached && cached.value !== refused2 && cached.refreshAt > this.now()) return Promise.resolve(cached);
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const fetching = this.fetch(key === "" ? [] : key.split(" ")).then((t) => {
      this.tokens.set(key, t);
      return t;
    });
    const forget2 = () => this.pending.delete(key);
    fetching.then(forget2, forget2);
    this.pending.set(key, fetching);
    return fetching;
  }
};

// src/lib/registry/challenge.ts
var TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
var TOKEN68 = /[A-Za-z0-9._~+/-]+=*/y;
var BARE = /[^\s,"]+/y;
var SPACE = /[ \t]*/y;
function match(re, s, at) {
  re.lastIndex = at;
  return re.exec(s)?.[0];
}
function parseChallenges(header2) {
  const s = header2 ?? "";
  const out = [];
  let i = 0;
  const skip = (re) => i += match(re, s, i)?.length ?? 0;
  const skipSeparators = () => {
    while (i < s.length && (s[i] === "," || s[i] === " " || s[i] === "	")) i++;
  };
  const param = () => {
    const start = i;
    const name = match(TOKEN, s, i);
    if (!name) return void 0;
    i += name.length;
    skip(SPACE);
    if (s[i] !== "=" || s[i + 1] === "=") return void (i = start);
    i++;
    skip(SPACE);
    if (s[i] === '"') {
      let value2 = "";
      for (i++; i < s.length && s[i] !== '"'; i++) value2 += s[i] === "\\" ? s[++i] ?? "" : s[i];
      i++;
      return [name.toLowerCase(), value2];
    }
    const value = match(BARE, s, i) ?? "";
    i += value.length;
    return [name.toLowerCase(), value];
  };
  skipSeparators();
  while (i < s.length) {
    const scheme = match(TOKEN, s, i);
    if (!scheme) break;
    i += scheme.length;
    const challenge = { scheme: scheme.toLowerCase(), params: {} };
    out.push(challenge);
    skip(SPACE);
    let p = param();
    if (!p) {
      const t68 = match(TOKEN68, s, i);
      if (t68) challenge.params.token68 = t68;
      i += t68?.length ?? 0;
    }
    while (p) {
      challenge.params[p[0]] = p[1];
      skip(SPACE);
      if (s[i] !== ",") break;
      const save = i;
      skipSeparators();
      p = param();
      if (!p) i = save;
    }
    skipSeparators();
  }
  return out;
}
function pickChallenge(header2) {
  const all = parseChallenges(header2);
  return all.find((c) => c.scheme === "bearer") ?? all[0];
}

// src/lib/registry/transport.ts
var MAX_TEXT_BYTES = 4 << 20;
function wrap2(next, send) {
  return { send, close: () => next.close() };
}
function header(res, name) {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

// src/lib/registry/authorize.ts
function authorize(next, opts) {
  const { ping, credential } = opts;
  const tokens = new TokenCache(async (scopes) => {
    const t = await fetchToken({
      registry: ping.host,
      // A token is only asked for after a Bearer challenge.
      challenge: ping.challenge,
      scopes,
      credential,
      transport: opts.tokenTransport,
      now: opts.now()
    });
    opts.onSecret?.(t.value);
    return t;
  }, opts.now);
  const authorization = async (scopes, refused2) => {
    const challenge = ping.challenge;
    if (challenge?.scheme === "basic") {
      if (credential?.kind === "basic") return { header: basicHeader(credential.username, credential.password) };
      if (credential?.kind === "identity") return { header: basicHeader(credential.username, credential.token) };
      return void 0;
    }
    if (challenge?.scheme !== "bearer") return void 0;
    const t = await tokens.get(scopes, refused2);
    return { header: `Bearer ${t.value}`, token: t.value };
  };
  const send = (req, auth) => next.send(
    auth && new URL(req.url).host === ping.host ? { ...req, headers: { ...req.headers, Authorization: auth.header } } : req
  );
  return wrap2(next, async (req) => {
    const scopes = req.scopes ?? [];
    let auth = await authorization(scopes);
    const res = await send(req, auth);
    if (res.status !== 401) return res;
    await res.discard();
    const challenge = pickChallenge(header(res, "www-authenticate"));
    if (challenge) ping.challenge = challenge;
    const wanted = normalizeScopes([...scopes, ...challenge?.params.scope?.split(" ").filter(Boolean) ?? []]);
    auth = await authorization(wanted, auth?.token ?? "");
    const again = await send(req, auth);
    if (again.status !== 401) return again;
    await again.discard();
    const refusal = pickChallenge(header(again, "www-authenticate"));
    const why = refusal?.params.error === "insufficient_scope" ? `the token does not grant ${wanted.join(" ")}; check that the credentials may ${req.method === "GET" || req.method === "HEAD" ? "read" : "write"} this repository` : credential ? "the registry rejected the credentials" : "no credentials were found; give username and password, or log in with docker/login-action first";
    throw authError(ping.host, why);
  });
}

// src/lib/registry/body-io.ts
import { Transform as Transform2 } from "node:stream";
function guardBody(source, opts) {
  const declared = Number(source.headers["content-length"]);
  const expected = Number.isFinite(declared) ? declared : void 0;
  let received = 0;
  let timer;
  const fault = (why, cause) => new RegistryError({
    method: opts.method,
    url: opts.url,
    status: source.statusCode,
    temporary: true,
    message: `${opts.method} ${opts.url}: ${why}`,
    ...cause ? { cause } : void 0
  });
  const cutShort = () => `the response body was cut after ${received}${expected !== void 0 ? ` of ${expected}` : ""} bytes`;
  const out = new Transform2({
    transform(chunk, _enc, done) {
      received += chunk.byteLength;
      arm();
      done(null, chunk);
    },
    flush(done) {
      clearTimeout(timer);
      done(expected !== void 0 && received < expected ? fault(cutShort()) : null);
    }
  });
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => out.destroy(fault(`no byte of the response body for ${opts.idleMs / 1e3} s`)),
      opts.idleMs
    );
  };
  arm();
  source.on("error", (e) => out.destroy(fault(cutShort(), e)));
  source.on("close", () => {
    if (!source.complete) out.destroy(fault(cutShort()));
  });
  out.on("close", () => {
    clearTimeout(timer);
    if (!source.complete) source.destroy();
  });
  source.pipe(out);
  return out;
}
async function readAll(stream2, limit, what) {
  const chunks2 = [];
  let n = 0;
  for await (const c of stream2) {
    n += c.byteLength;
    if (n > limit) {
      stream2.destroy();
      throw new RegistryError({
        method: "GET",
        url: what,
        temporary: false,
        message: `${what}: the response is over ${limit} bytes`
      });
    }
    chunks2.push(c);
  }
  return Buffer.concat(chunks2);
}

// src/lib/registry/ping.ts
var Ping = class {
  constructor(host, transport) {
    this.host = host;
    this.transport = transport;
  }
  host;
  transport;
  base;
  /** The registry's auth challenge (from the ping, updated by any later 401); absent: no auth. */
  challenge;
  baseUrl() {
    if (!this.base) {
      const probing = this.probe();
      probing.catch(() => this.base === probing && (this.base = void 0));
      this.base = probing;
    }
    return this.base;
  }
  async probe() {
    const candidates = isLoopback(this.host) ? [`https://${this.host}`, `http://${this.host}`] : [`https://${this.host}`];
    let lastError;
    for (const base of candidates) {
      try {
        const res = await this.transport.send({ method: "GET", url: `${base}/v2/` });
        await res.discard();
        if (res.status === 401) this.challenge = pickChallenge(header(res, "www-authenticate"));
        else if (res.status !== 200)
          throw new RegistryError({
            method: "GET",
            url: `${base}/v2/`,
            status: res.status,
            temporary: isTemporaryStatus(res.status),
            message: `${this.host} does not answer as a registry (GET /v2/ gave HTTP ${res.status})`
          });
        return base;
      } catch (e) {
        lastError = e;
      }
    }
    throw lastError;
  }
};
function pinged(next, ping) {
  return wrap2(next, async (req) => {
    const base = await ping.baseUrl();
    return next.send(req.url.startsWith("/") ? { ...req, url: `${base}${req.url}` } : req);
  });
}

// src/lib/registry/redirect.ts
var REDIRECT_STATUSES = [301, 302, 303, 307, 308];
var BODY_HEADERS = [
  "content-length",
  "content-type",
  "content-encoding",
  "content-language",
  "content-location",
  "content-range",
  "transfer-encoding"
];
function replayAfterRedirect(status, method) {
  if ((status === 301 || status === 302) && method === "POST") return { method: "GET", keepBody: false };
  if (status === 303 && method !== "GET" && method !== "HEAD") return { method: "GET", keepBody: false };
  return { method, keepBody: true };
}
function withoutBodyHeaders(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !BODY_HEADERS.includes(k.toLowerCase())));
}
var MAX_HOPS = 5;
function followRedirects(next, debug2) {
  return wrap2(next, async (req) => {
    const first = new URL(req.url);
    let current = req;
    for (let hop = 0; hop <= MAX_HOPS; hop++) {
      const target = new URL(current.url);
      const res = await next.send(target.host === first.host ? current : withoutAuthorization(current));
      const location = header(res, "location");
      if (!REDIRECT_STATUSES.includes(res.status) || !location || req.expect?.includes(res.status)) return res;
      await res.discard();
      const to = new URL(location, current.url);
      if (target.protocol === "https:" && to.protocol !== "https:")
        throw new RegistryError({
          method: current.method,
          url: redactUrl(current.url),
          status: res.status,
          temporary: false,
          message: `${current.method} ${redactUrl(current.url)} redirected from https to ${to.protocol}; refused`
        });
      const replay = replayAfterRedirect(res.status, current.method);
      debug2?.(`${req.method} ${redactUrl(current.url)} redirected (${res.status}) to ${redactUrl(to.toString())}`);
      current = replay.keepBody ? { ...current, method: replay.method, url: to.toString() } : {
        ...withoutBody(current),
        method: replay.method,
        url: to.toString()
      };
    }
    throw new RegistryError({
      method: req.method,
      url: redactUrl(req.url),
      temporary: false,
      message: `${req.method} ${redactUrl(req.url)}: too many redirects`
    });
  });
}
function withoutAuthorization(req) {
  const headers = Object.fromEntries(
    Object.entries(req.headers ?? {}).filter(([k]) => k.toLowerCase() !== "authorization")
  );
  return { ...req, headers };
}
function withoutBody(req) {
  const { body: _, ...rest } = req;
  return { ...rest, headers: withoutBodyHeaders(req.headers ?? {}) };
}

// src/lib/registry/status.ts
function checkStatus(next, now = Date.now) {
  return wrap2(next, async (req) => {
    const res = await next.send(req);
    if (!req.expect || req.expect.includes(res.status)) return res;
    const body = req.method === "HEAD" ? "" : await res.text().catch(() => "");
    const { codes, messages } = registryErrorCodes(body);
    const plain = codes.length === 0 && body.trim() !== "" && !body.trimStart().startsWith("<") ? `: ${body.trim().slice(0, 200)}` : "";
    const detail = messages.length > 0 ? `: ${codes.map((c, i) => `${c} ${messages[i] ?? ""}`.trim()).join("; ")}` : plain;
    throw new RegistryError({
      method: req.method,
      url: redactUrl(req.url),
      status: res.status,
      codes,
      temporary: isTemporaryStatus(res.status),
      message: `${req.method} ${redactUrl(req.url)} gave HTTP ${res.status}${detail}`,
      retryAfterMs: parseRetryAfter(header(res, "retry-after"), now())
    });
  });
}

// src/lib/registry/client-io.ts
var RegistryClient = class {
  constructor(host, opts) {
    this.host = host;
    this.opts = opts;
    const now = opts.now ?? Date.now;
    this.cancellation = opts.cancellation ?? new Cancellation();
    this.ping = new Ping(host, opts.transport);
    const auth = { ping: this.ping, credential: opts.credential, tokenTransport: opts.transport, now };
    const authorized = authorize(followRedirects(opts.transport, opts.debug), { ...auth, onSecret: opts.onSecret });
    this.stack = pinged(checkStatus(authorized, now), this.ping);
  }
  host;
  opts;
  ping;
  stack;
  uploadHints = {};
  /** The run's: after it, no request starts (but the DELETEs that close sessions). */
  cancellation;
  /** `https://host`, or `http://host` for a loopback registry without TLS (ping.ts). */
  baseUrl() {
    return this.ping.baseUrl();
  }
  async request(req) {
    return this.retried(req, () => this.send(req));
  }
  /** A request and its whole (small) body, retried together: a body cut mid-way is asked again. */
  async requestBytes(req, limit = MAX_TEXT_BYTES) {
    return this.retried(req, async () => {
      const res = await this.send(req);
      return { res, bytes: await readAll(res.stream(), limit, `${req.method} ${redactUrl(res.url)}`) };
    });
  }
  retried(req, once) {
    return req.retry === false ? once() : withRetry(once, this.opts.retry ?? DEFAULT_RETRY);
  }
  send(req) {
    if (!req.whenCancelled) this.cancellation.throwIfCancelled();
    const { retry: _, whenCancelled: __, ...http } = req;
    return this.stack.send(http);
  }
};

// src/lib/registry/upload-io.ts
var DEFAULT_UPLOAD = { putMax: 4 << 20, chunkSize: 4 << 20, resumes: 3 };
var MIN_CHUNK = 256 << 10;
var SETTLE_MS = 500;
var SessionLost = class _SessionLost extends RegistryError {
  constructor(method, url2, status, why) {
    super({
      method,
      url: url2,
      status,
      temporary: true,
      message: `${method} ${url2}: upload session lost (${why}); starting a new one`
    });
    this.why = why;
  }
  why;
  /** The same loss, told after the failure that sent the upload to resume (its real cause). */
  after(first) {
    const cause = first?.message ?? String(first);
    return new _SessionLost(this.method, this.url, this.status, `after ${cause}, ${this.why}`);
  }
};
function uploadStyle(size, opts, hints) {
  if (size <= Math.min(opts.putMax, hints.chunkSize ?? opts.putMax) && !hints.putRefused) return "put";
  if (!hints.streamRefused) return "stream";
  return hints.chunksBroken && !hints.putRefused ? "put" : "chunks";
}
function isTooLarge(e) {
  if (!(e instanceof RegistryError)) return false;
  return e.status === 413 || e.status === 416 && /too large|exceed|maximum|limit/i.test(e.message);
}
function shrink(style, hints, opts) {
  if (style === "put") {
    if (hints.putRefused) return false;
    hints.putRefused = true;
  } else if (style === "stream") hints.streamRefused = true;
  else {
    const now = hints.chunkSize ?? opts.chunkSize;
    if (now <= MIN_CHUNK) return false;
    hints.chunkSize = Math.max(MIN_CHUNK, now >> 1);
  }
  return true;
}
function resumeOffset(range, size) {
  const m = /^(?:bytes=)?0-(\d+)$/.exec(range ?? "");
  const last = m ? Number(m[1]) : 0;
  return last === 0 ? 0 : Math.min(last + 1, size);
}
async function uploadInto(u, location, desc, source) {
  const hints = u.client.uploadHints;
  let style = uploadStyle(source.size, u.opts, hints);
  let offset = 0;
  let resumes = 0;
  let interrupted;
  for (; ; ) {
    try {
      if (style === "put") return await close(u, location, desc, source);
      while (offset < source.size) {
        const chunk = Math.max(hints.chunkSize ?? u.opts.chunkSize, u.minChunk ?? 0);
        const end = style === "stream" ? source.size : Math.min(source.size, offset + chunk);
        const res = await patch(u, location, source, offset, end, style === "stream");
        location = resolveLocation(res, header(res, "location") ?? location);
        const range = header(res, "range");
        if (range !== void 0 && resumeOffset(range, source.size) !== end) {
          hints.chunksBroken = true;
          throw new SessionLost(
            "PATCH",
            redactUrl(location),
            res.status,
            `the registry holds ${range} after bytes ${offset}-${end - 1} were sent`
          );
        }
        offset = end;
      }
      return await close(u, location, desc);
    } catch (e) {
      if (isTooLarge(e)) {
        if (!shrink(style, hints, u.opts)) throw e;
      } else if (e instanceof SessionLost || !isTemporary(e) || resumes++ >= u.opts.resumes)
        throw e instanceof SessionLost && interrupted ? e.after(interrupted) : e;
      else interrupted ??= e;
      const status = await standing(u, location, source.size, e);
      location = status.location;
      offset = status.offset;
      const next = uploadStyle(source.size, u.opts, hints);
      style = offset > 0 && next === "put" ? hints.streamRefused ? "chunks" : "stream" : next;
    }
  }
}
function patch(u, location, source, from, end, streamed) {
  const headers = { "Content-Type": "application/octet-stream" };
  if (!streamed) headers["Content-Length"] = String(end - from);
  if (!streamed || from > 0) headers["Content-Range"] = `${from}-${end - 1}`;
  const body = watched(source, from, end);
  return u.client.request({
    method: "PATCH",
    url: location,
    scopes: u.scopes,
    headers,
    body: body.open,
    expect: [202],
    retry: false
  }).then(async (res) => {
    await res.discard();
    return res;
  }).catch(async (e) => {
    await body.rethrow();
    if (e instanceof RegistryError && e.status === 400 && headers["Content-Range"])
      u.client.uploadHints.chunksBroken = true;
    throw sessionLostOn(e, [400, 404, 416]);
  });
}
function watched(source, from, end) {
  let failed;
  let settled = Promise.resolve();
  return {
    open: () => {
      const stream2 = source.open(from, end);
      settled = new Promise((resolve7) => {
        stream2.once("close", resolve7);
        stream2.once("error", (e) => {
          if (e instanceof RegistryError && e.method === "GET") failed ??= e;
          resolve7(void 0);
        });
      });
      return stream2;
    },
    // The receiving registry may answer (or close) before the download's own error arrives: the
    // body is given a moment to settle, bounded, before the request's failure is taken as the cause.
    rethrow: async () => {
      await Promise.race([settled, new Promise((resolve7) => setTimeout(resolve7, SETTLE_MS))]);
      if (failed) throw failed;
    }
  };
}
async function close(u, location, desc, source) {
  const body = source && watched(source, 0, source.size);
  const res = await u.client.request({
    method: "PUT",
    url: withDigest(location, desc.digest),
    scopes: u.scopes,
    headers: source ? { "Content-Type": "application/octet-stream", "Content-Length": String(source.size) } : { "Content-Length": "0" },
    ...body ? { body: body.open } : {},
    expect: [201],
    retry: false
  }).catch(async (e) => {
    await body?.rethrow();
    throw sessionLostOn(e);
  });
  await res.discard();
  return res;
}
function sessionLostOn(e, statuses = [404, 416]) {
  if (e instanceof RegistryError && statuses.includes(e.status ?? 0) && !isTooLarge(e))
    return new SessionLost(e.method, e.url, e.status, e.message);
  return e;
}
async function standing(u, location, size, after) {
  const res = await u.client.request({
    method: "GET",
    url: location,
    scopes: u.scopes,
    expect: [204, 404, 416, 400],
    retry: true
  });
  await res.discard();
  if (res.status !== 204) {
    const why = `after ${after?.message ?? String(after)}, the registry answered HTTP ${res.status} for its state`;
    throw new SessionLost("GET", redactUrl(location), res.status, why);
  }
  return {
    location: resolveLocation(res, header(res, "location") ?? location),
    offset: resumeOffset(header(res, "range"), size)
  };
}
function resolveLocation(res, location) {
  if (!location)
    throw new RegistryError({
      method: "POST",
      url: redactUrl(res.url),
      temporary: true,
      message: `${redactUrl(res.url)} answered without a Location`
    });
  return new URL(location, res.url).toString();
}
function withDigest(location, digest) {
  const u = new URL(location);
  u.searchParams.set("digest", digest);
  return u.toString();
}

// src/lib/registry/repository-io.ts
var MAX_MANIFEST_BYTES = 4 << 20;
var Repository = class {
  constructor(client, name, opts = { access: "pull" }) {
    this.client = client;
    this.name = name;
    this.scopes = [repositoryScope(name, opts.access)];
    this.upload = opts.upload ?? DEFAULT_UPLOAD;
  }
  client;
  name;
  scopes;
  upload;
  noReferrersApi = false;
  async hasBlob(digest, retry = true) {
    const res = await this.client.request({
      method: "HEAD",
      url: `/v2/${this.name}/blobs/${digest}`,
      scopes: this.scopes,
      expect: [200, 404],
      retry
    });
    await res.discard();
    return res.status === 200;
  }
  /**
   * Push one blob: HEAD, else mount from a sibling repository, else upload. Runs as one unit
   * (inner requests do not retry); the caller retries the whole unit, which starts with the HEAD,
   * so a lost response to the final PUT is found to have succeeded, and a lost session is
   * replaced by a new one.
   */
  async pushBlob(desc, source, mountFrom) {
    if (await this.hasBlob(desc.digest, false)) return "exists";
    let location;
    if (mountFrom) {
      const mount = await this.client.request({
        method: "POST",
        url: `/v2/${this.name}/blobs/uploads/?mount=${desc.digest}&from=${mountFrom}`,
        scopes: [...this.scopes, repositoryScope(mountFrom, "pull")],
        headers: { "Content-Length": "0" },
        expect: [201, 202],
        retry: false
      }).catch((e) => {
        if (e instanceof RegistryError && e.status !== void 0) return void 0;
        throw e;
      });
      if (mount?.status === 201) {
        await mount.discard();
        return "mounted";
      }
      if (mount) {
        await mount.discard();
        location = resolveLocation(mount, header(mount, "location"));
      }
    }
    let minChunk = 0;
    if (!location) {
      const start = await this.client.request({
        method: "POST",
        url: `/v2/${this.name}/blobs/uploads/`,
        scopes: this.scopes,
        headers: { "Content-Length": "0" },
        expect: [202],
        retry: false
      });
      await start.discard();
      location = resolveLocation(start, header(start, "location"));
      minChunk = Number(header(start, "oci-chunk-min-length") ?? 0) || 0;
    }
    const session = location;
    const forget2 = this.client.cancellation.track({ cancel: () => this.cancel(session) });
    try {
      const done = await uploadInto(
        { client: this.client, scopes: this.scopes, opts: this.upload, minChunk },
        location,
        desc,
        source
      );
      this.checkDigest("PUT", done, desc.digest);
      return "uploaded";
    } catch (e) {
      await this.cancel(location);
      throw e;
    } finally {
      forget2();
    }
  }
  /** Abandoned upload sessions are cancelled; failures to cancel are ignored. */
  async cancel(location) {
    await this.client.request({
      method: "DELETE",
      url: location,
      scopes: this.scopes,
      expect: [204, 202, 200, 404, 405],
      retry: false,
      whenCancelled: true
    }).then((r) => r.discard()).catch(() => void 0);
  }
  /** PUT a manifest (its OCI-Subject answer is not trusted: publish asks the referrers API). */
  async putManifest(reference, manifest) {
    const { descriptor, bytes } = manifest;
    if (bytes.byteLength > MAX_MANIFEST_BYTES) {
      throw new RegistryError({
        method: "PUT",
        url: `/v2/${this.name}/manifests/${reference}`,
        temporary: false,
        message: `manifest ${descriptor.digest} is ${bytes.byteLength} bytes, over the 4 MiB registries accept`
      });
    }
    const body = Buffer.from(bytes);
    const res = await this.client.request({
      method: "PUT",
      url: `/v2/${this.name}/manifests/${reference}`,
      scopes: this.scopes,
      headers: { "Content-Type": descriptor.mediaType, "Content-Length": String(body.byteLength) },
      body: () => body,
      expect: [201, 200]
    }).catch((e) => {
      if (e instanceof RegistryError && e.status === 413) {
        throw new RegistryError({
          method: "PUT",
          url: e.url,
          status: 413,
          codes: e.codes,
          temporary: false,
          message: `the registry refused manifest ${descriptor.digest} (${bytes.byteLength} bytes) as too large (HTTP 413)`
        });
      }
      throw e;
    });
    await res.discard();
    this.checkDigest("PUT", res, descriptor.digest);
  }
  /** The digest a manifest reference resolves to, or undefined when it does not exist. */
  async manifestDigest(reference, accept) {
    const res = await this.client.request({
      method: "HEAD",
      url: `/v2/${this.name}/manifests/${reference}`,
      scopes: this.scopes,
      headers: { Accept: accept.join(", ") },
      expect: [200, 404]
    });
    await res.discard();
    const digest = header(res, "docker-content-digest");
    return res.status === 200 && isDigest(digest) ? digest : void 0;
  }
  /** A manifest or index by digest or tag, as stored bytes; its digest is checked when asked by digest. */
  async getManifest(reference) {
    const { res, bytes } = await this.client.requestBytes(
      {
        method: "GET",
        url: `/v2/${this.name}/manifests/${reference}`,
        scopes: this.scopes,
        headers: { Accept: MANIFEST_TYPES.join(", ") },
        expect: [200, 404]
      },
      MAX_MANIFEST_BYTES
    );
    if (res.status === 404) return void 0;
    const digest = digestOf(bytes);
    if (reference.startsWith("sha256:") && digest !== reference) {
      throw new RegistryError({
        method: "GET",
        url: `/v2/${this.name}/manifests/${reference}`,
        status: 200,
        temporary: false,
        message: `${this.name}@${reference}: the registry returned content with digest ${digest}`
      });
    }
    const served = header(res, "content-type")?.split(";")[0]?.trim() || MediaType.manifest;
    const blob = { descriptor: { mediaType: served, digest, size: bytes.byteLength }, bytes };
    return { ...blob, descriptor: { ...blob.descriptor, mediaType: parseManifest(blob).mediaType } };
  }
  /** A small blob (an image config), checked against its digest. */
  async readBlob(digest) {
    const { res, bytes } = await this.client.requestBytes(
      { method: "GET", url: `/v2/${this.name}/blobs/${digest}`, scopes: this.scopes, expect: [200] },
      MAX_MANIFEST_BYTES
    );
    if (digestOf(bytes) !== digest)
      throw new RegistryError({
        method: "GET",
        url: redactUrl(res.url),
        status: 200,
        temporary: true,
        message: `${this.name}@${digest}: the registry returned content with digest ${digestOf(bytes)}`
      });
    return bytes;
  }
  /** A blob's bytes as a source for another repository's upload (ranges by HTTP Range). */
  blobSource(digest, size) {
    return {
      size,
      open: (start, end) => {
        const out = new PassThrough();
        this.client.request({
          method: "GET",
          url: `/v2/${this.name}/blobs/${digest}`,
          scopes: this.scopes,
          headers: start > 0 || end < size ? { Range: `bytes=${start}-${end - 1}` } : {},
          expect: [200, 206],
          // The copy that reads it retries as one unit (client-io.ts's table).
          retry: false
        }).then((res) => {
          const body = res.stream();
          body.on("error", (e) => out.destroy(e));
          body.pipe(out);
        }).catch((e) => out.destroy(e));
        return out;
      }
    };
  }
  /**
   * What the referrers API lists for a subject, or undefined when the registry has none (404,
   * or an answer that is not an index: some registries answer a false 200). A registry that has
   * none is not asked again (the spec forbids a 404 from one that has it).
   */
  async referrers(subject) {
    if (this.noReferrersApi) return void 0;
    const { res, bytes } = await this.client.requestBytes({
      method: "GET",
      url: `/v2/${this.name}/referrers/${subject}`,
      scopes: this.scopes,
      headers: { Accept: MediaType.index },
      expect: [200, 404, 400, 405, 501]
    });
    if (res.status !== 200) {
      this.noReferrersApi = true;
      return void 0;
    }
    try {
      const index = parseManifest({
        descriptor: { mediaType: MediaType.index, digest: digestOf(bytes), size: 0 },
        bytes
      });
      return index.kind === "index" ? index.manifests : void 0;
    } catch {
      return void 0;
    }
  }
  /** Every tag in the repository (following Link pagination); none when it does not exist yet. */
  async listTags() {
    const tags = [];
    let url2 = `/v2/${this.name}/tags/list?n=1000`;
    for (let page = 0; url2 && page < 100; page++) {
      const { res, bytes } = await this.client.requestBytes({
        method: "GET",
        url: url2,
        scopes: this.scopes,
        expect: [200, 404]
      });
      if (res.status === 404) return tags;
      tags.push(...JSON.parse(bytes.toString("utf8")).tags ?? []);
      const next = /<([^>]+)>;\s*rel="?next"?/.exec(header(res, "link") ?? "")?.[1];
      url2 = next ? new URL(next, res.url).toString() : void 0;
    }
    return tags;
  }
  checkDigest(method, res, expected) {
    const got = header(res, "docker-content-digest");
    if (got && got !== expected) {
      throw new RegistryError({
        method,
        url: redactUrl(res.url),
        temporary: false,
        message: `the registry stored ${got} where ${expected} was sent`
      });
    }
  }
};

// src/base/io.ts
async function resolveBase(reference, name, wanted, client) {
  const repository = new Repository(client(reference.apiHost), reference.repository);
  const top = await repository.getManifest(reference.digest ?? reference.tag ?? "latest");
  if (!top)
    throw new InputError(
      "base-image",
      name,
      "it does not exist in the registry; give an image that does (best pinned by digest)"
    );
  if (reference.digest && top.descriptor.digest !== reference.digest)
    throw new Error(`base image ${name} resolved to ${top.descriptor.digest}`);
  const platforms = /* @__PURE__ */ new Map();
  const parsed = parseManifest(top);
  let family;
  if (parsed.kind === "index") {
    const entries = parsed.manifests.filter(
      (m) => !!m.platform && m.platform.os !== "unknown"
    );
    family = familyOf(entries[0]?.mediaType ?? top.descriptor.mediaType);
    const chosen = wanted.map((want) => {
      const entry = entries.find((e) => platformMatches(e.platform, want));
      if (!entry)
        throw new InputError(
          "base-image",
          name,
          `it has no ${want.name}; it has ${describePlatforms(entries.map((e) => e.platform))}`
        );
      return { want, entry };
    });
    const read = await Promise.all(
      chosen.map(async ({ entry }) => {
        const manifest = await repository.getManifest(entry.digest);
        if (!manifest) throw new Error(`base image ${name}: ${entry.digest} is missing from the registry`);
        return (await platformOf(repository, manifest)).base;
      })
    );
    for (const [i, { want }] of chosen.entries()) platforms.set(want.name, read[i]);
  } else {
    family = familyOf(top.descriptor.mediaType);
    const one = await platformOf(repository, top);
    if (!one.platform)
      throw new InputError("base-image", name, "its config names no os and architecture; give a multi-platform index");
    for (const want of wanted) {
      if (!platformMatches(one.platform, want))
        throw new InputError("base-image", name, `it has no ${want.name}; it has ${describePlatforms([one.platform])}`);
      platforms.set(want.name, one.base);
    }
  }
  return { name, reference, digest: top.descriptor.digest, family, repository, platforms };
}
async function platformOf(repository, blob) {
  const m = parseManifest(blob);
  if (m.kind !== "manifest") throw new Error(`base image: ${blob.descriptor.digest} is an index inside an index`);
  const what = `${repository.name}@${m.config.digest}`;
  const config = parseImageConfig(await repository.readBlob(m.config.digest), `image config ${what}`);
  const run2 = { ...config.config ? { config: config.config } : {} };
  const base = {
    manifest: blob.descriptor,
    config: { ...run2, ...config.history ? { history: config.history } : {} },
    layers: m.layers
  };
  return { base, ...config.platform ? { platform: config.platform } : {} };
}
async function pullBaseLayers(base, layout) {
  const unique = /* @__PURE__ */ new Map();
  for (const p of base.platforms.values()) for (const layer of p.layers) unique.set(layer.digest, layer);
  const copy = new BlobCopy([layout], { concurrency: Math.max(1, unique.size), retry: loggedRetry(info) });
  const layers = await Promise.all(
    [...unique.values()].map(async (layer) => {
      await copy.copy(0, base.repository, layer);
      const facts = await uncompressedFacts(layout.blobPath(layer.digest), layer.mediaType);
      return [layer.digest, { descriptor: layer, ...facts }];
    })
  );
  return new Map(layers);
}
async function uncompressedFacts(path2, mediaType) {
  const gzip = mediaType.endsWith("gzip");
  if (!gzip && !mediaType.endsWith(".tar") && !mediaType.endsWith("tar"))
    throw new Error(`base layer media type ${mediaType} is not supported (gzip or plain tar)`);
  const hash = createHash3("sha256");
  let size = 0;
  const count = new Transform3({
    transform(c, _e, done) {
      size += c.byteLength;
      hash.update(c);
      done();
    }
  });
  if (gzip) await pipeline3(createReadStream3(path2), createGunzip2(), count);
  else await pipeline3(createReadStream3(path2), count);
  return { diffId: digestOfHash(hash), uncompressedSize: size };
}

// src/base/stage-io.ts
async function openBase(config, client) {
  const ref = config.baseImage;
  return ref ? resolveBase(ref, formatReference(ref), config.platforms, client) : void 0;
}

// src/cache/release-io.ts
import { mkdtemp, rm as rm3 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join3 } from "node:path";
async function freshCaches(env, why, scope) {
  const dir2 = await mkdtemp(join3(env.RUNNER_TEMP || tmpdir2(), "build-go-image-release-"));
  scope.defer(() => rm3(dir2, { recursive: true, force: true, maxRetries: 3 }));
  info(
    `Release build (${why}): kept programs, kept layers, the kept compressor and Go's build cache are left unused (a cache can be written by any job on the default branch); the module cache only after go mod verify; nothing is saved`
  );
  return { ...env, XDG_CACHE_HOME: join3(dir2, "cache"), GOCACHE: join3(dir2, "go-build") };
}

// src/compile/ldflags.ts
var LDFLAGS_PLACEHOLDERS = ["{{.Version}}", "{{.Commit}}", "{{.Date}}"];
var PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
function unknownPlaceholders(template) {
  return [...template.matchAll(PLACEHOLDER)].filter((m) => valueKey(m[1] ?? "") === void 0).map((m) => m[0]);
}
function valueKey(inner) {
  return { ".Version": "version", ".Commit": "commit", ".Date": "date" }[inner];
}
function renderLdflags(template, info2) {
  return template.replace(PLACEHOLDER, (whole, inner) => {
    const key = valueKey(inner);
    if (!key) throw new Error(`unknown ldflags placeholder ${whole}`);
    return info2[key];
  });
}

// src/compile/private-modules.ts
var GLOB = /[*?[\\]/;
function tokenScope(pattern) {
  const [host = "", ...path2] = pattern.split("/");
  const hostOk = /^[a-z0-9.-]+(:\d+)?$/i.test(host) && host.includes(".");
  const wildcardOk = /^\*\.[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host);
  if (!hostOk && !wildcardOk) return void 0;
  const literal = [];
  for (const p of path2) {
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
  const header2 = `Authorization: Basic ${basicCredential(settings.token)}`;
  const scopes = [...new Set(settings.patterns.map(tokenScope).filter((s) => s !== void 0))];
  const start = Number.parseInt(inherited.GIT_CONFIG_COUNT ?? "0", 10) || 0;
  scopes.forEach((scope, i) => {
    env[`GIT_CONFIG_KEY_${start + i}`] = `http.${scope}.extraheader`;
    env[`GIT_CONFIG_VALUE_${start + i}`] = header2;
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

// src/compile/build.ts
var TARGET_VARS = [
  "GOOS",
  "GOARCH",
  "GOARM",
  "GOARM64",
  "GOAMD64",
  "GO386",
  "GOPPC64",
  "GOMIPS",
  "GOMIPS64",
  "GORISCV64"
];
function withoutTargetVars(inherited, alsoDrop = []) {
  const env = {};
  for (const [k, v] of Object.entries(inherited))
    if (v !== void 0 && !TARGET_VARS.includes(k) && !alsoDrop.includes(k)) env[k] = v;
  return env;
}
function buildCommand(config, platform, info2, output, inherited, packages = [config.main]) {
  const args = ["build", ...config.buildFlags];
  if (config.buildTags.length > 0) args.push(`-tags=${config.buildTags.join(",")}`);
  const ldflags = [config.strip ? "-s -w" : "", config.ldflags ? renderLdflags(config.ldflags, info2) : ""].filter(Boolean).join(" ");
  if (ldflags) args.push(`-ldflags=${ldflags}`);
  args.push("-o", output, ...packages);
  return { args, env: { ...withoutTargetVars(inherited), CGO_ENABLED: "0", ...platform.goEnv, ...config.buildEnv } };
}
function binaryName(importPath) {
  const parts = importPath.split("/").filter((p) => p.length > 0);
  let name = parts.at(-1) ?? "app";
  if (/^v[0-9]+$/.test(name) && parts.length > 1) name = parts.at(-2) ?? name;
  return name.replace(/[^A-Za-z0-9._-]/g, "-");
}
function goEnvironment(config, env) {
  return { ...env, GOTOOLCHAIN: "local", ...privateModuleEnv(config.privateModules, env) };
}

// src/compile/io.ts
import { mkdir as mkdir3, mkdtemp as mkdtemp2, rm as rm4, stat as stat3 } from "node:fs/promises";
import { availableParallelism, tmpdir as tmpdir3 } from "node:os";
import { join as join5 } from "node:path";
import { fileURLToPath } from "node:url";

// src/compile/binary-cache-io.ts
import { createHash as createHash4 } from "node:crypto";
import { constants } from "node:fs";
import { copyFile as copyFile2, link as link2, open as open2, stat as stat2, unlink } from "node:fs/promises";
import { join as join4, relative } from "node:path";
var FORMAT = "build-go-image binary slot v1";
var ELF = Buffer.from([127, 69, 76, 70]);
function binaryCacheDir(env) {
  return keptDir(env, "binaries");
}
function slotName(config, platform, importPath) {
  const what = [
    FORMAT,
    relative(config.workspace, config.workingDirectory) || ".",
    // One main: as named in the input; several: the package's own path.
    importPath ?? config.main,
    platform.name,
    config.buildFlags,
    config.buildTags,
    config.buildEnv,
    config.ldflags
  ];
  return createHash4("sha256").update(JSON.stringify(what)).digest("hex").slice(0, 32);
}
var ProgramSlots = class {
  constructor(dir2) {
    this.dir = dir2;
  }
  dir;
  writing = /* @__PURE__ */ new Set();
  slot(name) {
    return new BinarySlot(this.dir, name, this.writing);
  }
  /** Wait for the slots being replaced (before the programs' directory goes, and before the step ends). */
  async written() {
    await Promise.all([...this.writing]);
  }
};
var BinarySlot = class {
  constructor(dir2, name, writing) {
    this.dir = dir2;
    this.name = name;
    this.writing = writing;
  }
  dir;
  name;
  writing;
  seeded;
  get program() {
    return join4(this.dir, this.name);
  }
  /**
   * Put the slot's program at `path`, the build's -o target. Only an ELF file with its sha256
   * beside it: go refuses to write over a target that is not an object file.
   */
  async seed(path2) {
    try {
      const sha256 = await recordedSha256(this.program);
      if (!sha256 || !ELF.equals(await head(this.program, ELF.length))) return;
      await link2(this.program, path2).catch(() => copyFile2(this.program, path2, constants.COPYFILE_FICLONE));
      this.seeded = { ino: (await stat2(path2)).ino, sha256 };
    } catch {
    }
  }
  /**
   * After a build: a program go left in place is up to date when it is the one the slot kept
   * (the slot is marked used, so trimming keeps it), damaged otherwise (removed: build again);
   * one go linked replaces the slot, beside the image work (`ProgramSlots.written` waits for it).
   */
  async settle(path2) {
    const seeded = this.seeded;
    this.seeded = void 0;
    const sha256 = await sha256File(path2);
    if (seeded && (await stat2(path2)).ino === seeded.ino) {
      if (sha256 !== seeded.sha256) {
        await unlink(path2);
        return { outcome: "damaged" };
      }
      await markUsed(this.program);
      return { outcome: "up to date", sha256 };
    }
    const keeping = keepFile(this.program, path2, sha256).catch(() => void 0);
    this.writing.add(keeping);
    void keeping.then(() => this.writing.delete(keeping));
    return { outcome: "linked", sha256 };
  }
};
async function head(path2, n) {
  const file3 = await open2(path2);
  try {
    const { buffer, bytesRead } = await file3.read(Buffer.alloc(n), 0, n, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file3.close();
  }
}

// src/compile/diagnostics.ts
import { isAbsolute, relative as relative2, resolve } from "node:path";
var LOCATION = /^(vet: )?((?:\.{1,2}\/)?[^\s:][^:]*\.go)(:\d+:(?:\d+:)?\s)/;
function workspaceRelative(line, workingDirectory, workspace) {
  return line.replace(LOCATION, (_m, vet, file3, rest) => {
    const abs = isAbsolute(file3) ? file3 : resolve(workingDirectory, file3);
    const rel = relative2(workspace, abs);
    return `${vet ?? ""}${rel.startsWith("..") ? abs : rel}${rest}`;
  });
}

// src/compile/errors.ts
var CompileError = class extends Error {
  constructor(platform, stderr) {
    super(`go build failed for ${platform}:
${stderr.trimEnd()}`);
    this.platform = platform;
    this.stderr = stderr;
  }
  platform;
  stderr;
  name = "CompileError";
};

// src/compile/settings.ts
var import_shell_quote = __toESM(require_shell_quote(), 1);
import { isAbsolute as isAbsolute2, normalize, resolve as resolve2 } from "node:path";

// src/compile/private-settings.ts
var PATTERN = /^[A-Za-z0-9.*?[\]\\_~:/-]+$/;
function parsePrivateModules(read) {
  const patterns = splitList(read("go-private"), true);
  for (const p of patterns) {
    if (!PATTERN.test(p))
      throw new InputError(
        "go-private",
        p,
        "give module path patterns as GOPRIVATE takes them, e.g. github.com/my-org/*, comma or newline separated"
      );
  }
  const token = read("go-private-token").trim();
  if (!token) return { patterns };
  if (patterns.length === 0)
    throw new InputError(
      "go-private-token",
      token,
      "set 'go-private' too: the module path patterns (e.g. github.com/my-org/*) whose hosts may receive the token"
    );
  for (const p of patterns) {
    if (!tokenScope(p))
      throw new InputError(
        "go-private",
        p,
        "with go-private-token each pattern must start with a host the token may go to, e.g. github.com/my-org/* or *.corp.example"
      );
  }
  return { patterns, token };
}

// src/compile/settings.ts
var DEFAULT_PLATFORMS = "linux/amd64,linux/arm64";
var BUILD_TAG = /^[A-Za-z0-9_.!]+$/;
var OWNED_FLAGS = {
  "-o": "the action chooses the output path",
  "-ldflags": "use the 'ldflags' input",
  "-tags": "use the 'build-tags' input",
  "-toolexec": "it runs arbitrary programs inside the build"
};
function parseCompileSettings(read, workspace) {
  const mains = parseMains(read("main") || ".");
  return {
    workspace,
    workingDirectory: resolve2(workspace, read("working-directory") || "."),
    main: mains[0].path,
    mains,
    platforms: parsePlatforms(read("platforms") || DEFAULT_PLATFORMS),
    buildFlags: parseBuildFlags(read("build-flags")),
    ldflags: parseLdflags(read("ldflags")),
    strip: parseBoolean("strip", read("strip"), true),
    buildTags: parseBuildTags(read("build-tags")),
    buildEnv: parseKeyValues("build-env", read("build-env"), ENV_KEY, "a variable name like CGO_ENABLED"),
    privateModules: parsePrivateModules(read)
  };
}
var MAIN_HINT = "give the main package as a path inside 'working-directory', e.g. . or ./cmd/app";
function parseMains(text) {
  const lines = text.split("\n").map((l) => l.trim()).filter((l) => l.length > 0);
  const mains = lines.length > 0 ? lines.map(parseMainLine) : [{ path: "." }];
  for (const [i, m] of mains.entries()) {
    if (mains.findIndex((o) => o.path === m.path) !== i)
      throw new InputError("main", m.path, `list each package once (${m.path} appears twice)`);
    if (m.name && mains.findIndex((o) => o.name === m.name) !== i)
      throw new InputError("main", m.name, `give each image its own name (${m.name} appears twice)`);
  }
  return mains;
}
function parseMainLine(line) {
  const eq = line.indexOf("=");
  const name = eq > 0 ? line.slice(0, eq).trim() : void 0;
  const path2 = eq > 0 ? line.slice(eq + 1).trim() : line;
  if (name !== void 0 && !COMPONENT.test(name))
    throw new InputError("main", line, "an image name is lower case letters, digits and . _ - inside, e.g. api");
  if (name !== void 0 && path2.endsWith("..."))
    throw new InputError("main", line, "a name belongs to one package, not a pattern; name each package");
  return { ...name ? { name } : {}, path: parseMain(path2) };
}
function parseMain(text) {
  const pattern = text.endsWith("/...");
  const stem = pattern ? text.slice(0, -4) || "." : text;
  if (isAbsolute2(stem) || /\s/.test(stem) || stem.includes("...")) throw new InputError("main", text, MAIN_HINT);
  if (stem.startsWith(".")) {
    const n = normalize(stem);
    if (n === ".." || n.startsWith("../")) throw new InputError("main", text, MAIN_HINT);
    const path2 = n === "." ? "." : `./${n.replace(/\/$/, "")}`;
    return pattern ? `${path2}/...` : path2;
  }
  if (!/^[A-Za-z0-9._~\-/]+$/.test(stem)) throw new InputError("main", text, MAIN_HINT);
  return pattern ? `${stem}/...` : stem;
}
function parsePlatforms(text) {
  const items = splitList(text, true);
  if (items.length === 0) throw new InputError("platforms", text, SUPPORTED_PLATFORMS_HINT);
  const out = [];
  for (const item of items) {
    const p = parseTargetPlatform(item);
    if (typeof p === "string") throw new InputError("platforms", item, SUPPORTED_PLATFORMS_HINT);
    if (out.some((q) => q.name === p.name))
      throw new InputError("platforms", item, `list each platform once (${p.name} appears twice)`);
    out.push(p);
  }
  return out;
}
function splitFlags(text) {
  const flags = [];
  for (const token of (0, import_shell_quote.parse)(text, (name) => `$${name}`)) {
    if (typeof token !== "string")
      throw new InputError(
        "build-flags",
        text,
        "give go build flags only, quoted as in a shell; no operators, globs or comments"
      );
    flags.push(token);
  }
  return flags;
}
function parseBuildFlags(text) {
  const flags = text.trim() === "" ? [] : splitFlags(text.trim());
  for (const f of flags) {
    const name = f.replace(/^--/, "-").split("=")[0] ?? f;
    const why = OWNED_FLAGS[name];
    if (why) throw new InputError("build-flags", f, `remove ${name}: ${why}`);
    if (!f.startsWith("-"))
      throw new InputError("build-flags", f, "give go build flags only (starting with -); the package goes in 'main'");
  }
  return flags.includes("-trimpath") || flags.some((f) => f.startsWith("-trimpath=")) ? flags : ["-trimpath", ...flags];
}
function parseLdflags(text) {
  const unknown = unknownPlaceholders(text);
  if (unknown.length > 0) {
    throw new InputError("ldflags", unknown[0] ?? text, `placeholders may be ${LDFLAGS_PLACEHOLDERS.join(", ")}`);
  }
  return text.trim();
}
function parseBuildTags(text) {
  const tags = text.split(/[\s,]+/).filter((t) => t.length > 0);
  for (const t of tags) {
    if (!BUILD_TAG.test(t))
      throw new InputError("build-tags", t, "give build tags (letters, digits, _ and .), separated by commas or spaces");
  }
  return tags;
}

// src/compile/io.ts
async function resolveMainPackages(config, go, env) {
  const found = await Promise.all(config.mains.map((spec) => listMains(config, spec, go, env)));
  const mains = found.flat();
  for (const [i, m] of mains.entries()) {
    const other = mains.findIndex((o) => o.name === m.name);
    if (other !== i)
      throw new InputError(
        "main",
        m.importPath,
        `it and ${mains[other]?.importPath} would both be the image ${m.name}; name them, e.g. ${m.name}=<path>`
      );
  }
  return mains;
}
async function listMains(config, spec, go, env) {
  const first = config.platforms[0];
  const args = ["list", "-f", "{{.Name}}	{{.ImportPath}}	{{.Dir}}"];
  if (config.buildTags.length > 0) args.push(`-tags=${config.buildTags.join(",")}`);
  args.push(spec.path);
  const cmdEnv = first ? buildCommand(config, first, { version: "", commit: "", date: "" }, "", env).env : {};
  const out = await getExecOutput(go, args, {
    cwd: config.workingDirectory,
    env: cmdEnv,
    silent: true,
    ignoreReturnCode: true
  });
  const accepted = "give the path of a main package inside 'working-directory', e.g. . or ./cmd/app";
  if (out.exitCode !== 0) {
    const why = out.stderr.trim().split("\n")[0] ?? "";
    throw new InputError("main", spec.path, `${accepted} (go list: ${why})`);
  }
  const listed = out.stdout.trim().split("\n").filter((l) => l.length > 0).map((l) => l.split("	"));
  const pattern = spec.path.endsWith("...");
  const mains = listed.filter(([name]) => name === "main");
  if (!pattern && mains.length === 0)
    throw new InputError("main", spec.path, `${accepted}; this is package ${listed[0]?.[0] ?? "?"}, not package main`);
  if (mains.length === 0)
    throw new InputError(
      "main",
      spec.path,
      "no main package matches it; give a pattern over main packages, e.g. ./cmd/..."
    );
  return mains.map(([, importPath = "", ...dir2]) => {
    const binary = binaryName(importPath);
    const name = spec.name ?? binary.toLowerCase().replace(/[^a-z0-9._-]/g, "-");
    if (!COMPONENT.test(name))
      throw new InputError(
        "main",
        importPath,
        `its image needs a name (lower case, digits, . _ -): give ${spec.path} one, e.g. app=${spec.path}`
      );
    return { importPath, binaryName: binary, name, dir: dir2.join("	") };
  });
}
function severalMains(config) {
  return config.mains.length > 1 || config.mains.some((m) => m.path.endsWith("..."));
}
function compileEach(config, mains, info2, outDir, go, env, signal, slots) {
  const limit = pLimit(availableParallelism());
  const wave = Math.min(limit.concurrency, config.platforms.length);
  let spawned = 0;
  let begun = () => {
  };
  const underWay = new Promise((resolve7) => begun = resolve7);
  let failed = false;
  const builds = config.platforms.map((platform) => {
    const dir2 = join5(outDir, platformSlug(platform));
    const run2 = async (cmd) => {
      const running = runProcess(go, cmd.args, { cwd: config.workingDirectory, env: cmd.env, signal });
      if (++spawned === wave) begun();
      const out = await running;
      if (out.error) throw out.error;
      if (out.code !== 0) {
        failed = true;
        throw new CompileError(platform.name, tail(out.stderr || out.stdout, 60));
      }
    };
    const built = limit(async () => {
      if (failed || signal.aborted) throw new Error(`${platform.name}: not built, the step failed first`);
      const startedAt = performance.now();
      await mkdir3(dir2, { recursive: true });
      const batches = await platformBatches(config, platform, mains, info2, dir2, env, slots);
      for (const b of batches) {
        await Promise.all(b.programs.map((p) => p.slot.seed(p.path)));
        await run2(b.cmd);
      }
      return { startedAt, batches };
    });
    return built.then(async ({ startedAt, batches }) => {
      const programs = [];
      for (const b of batches) {
        const settled = await settleSlots(platform.name, b.programs, () => limit(() => run2(b.cmd)));
        for (const [i, p] of b.programs.entries())
          programs[b.order[i]] = { path: p.path, settled: settled[i] };
      }
      const seconds = (performance.now() - startedAt) / 1e3;
      const pkgs = await mains;
      return Promise.all(
        programs.map(async ({ path: path2, settled }, i) => ({
          platform,
          path: path2,
          name: pkgs[i].binaryName,
          size: (await stat3(path2)).size,
          seconds,
          linkSkipped: settled.outcome === "up to date",
          sha256: settled.sha256
        }))
      );
    });
  });
  void Promise.race(builds).then(begun, begun);
  return { binaries: builds.map(started), underWay };
}
async function platformBatches(config, platform, mains, info2, dir2, env, slots) {
  if (!severalMains(config)) {
    const path2 = join5(dir2, "main");
    const programs = [{ path: path2, slot: slots.slot(slotName(config, platform)) }];
    return [{ programs, order: [0], cmd: buildCommand(config, platform, info2, path2, env) }];
  }
  const pkgs = await mains;
  return Promise.all(
    byProgramName(pkgs).map(async (batch) => {
      const out = join5(dir2, String(batch.index));
      await mkdir3(out, { recursive: true });
      return {
        programs: batch.packages.map((p) => ({
          path: join5(out, p.binaryName),
          slot: slots.slot(slotName(config, platform, p.importPath))
        })),
        order: batch.packages.map((p) => pkgs.indexOf(p)),
        cmd: buildCommand(
          config,
          platform,
          info2,
          `${out}/`,
          env,
          batch.packages.map((p) => p.importPath)
        )
      };
    })
  );
}
async function settleSlots(platform, programs, buildAgain) {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt > 0) await buildAgain();
    const settled = await Promise.all(programs.map((p) => p.slot.settle(p.path)));
    if (settled.every((s) => s.outcome !== "damaged")) return settled;
  }
  throw new Error(`${platform}: go left a damaged program in place twice`);
}
function byProgramName(pkgs) {
  const groups = [];
  for (const p of pkgs) {
    const group2 = groups.find((g) => !g.packages.some((o) => o.binaryName === p.binaryName));
    if (group2) group2.packages.push(p);
    else groups.push({ index: groups.length, packages: [p] });
  }
  return groups;
}
async function settlePlatforms(work, workingDirectory, env) {
  const settled = await Promise.allSettled(work);
  const failed = settled.find((s) => s.status === "rejected");
  if (failed) {
    const e = failed.reason;
    if (e instanceof CompileError) showDiagnostics(e, workingDirectory, env.GITHUB_WORKSPACE || process.cwd());
    throw e;
  }
  return settled.map((s) => s.value);
}
function showDiagnostics(e, workingDirectory, workspace) {
  info(`::add-matcher::${fileURLToPath(new URL("../matchers/go.json", import.meta.url))}`);
  for (const line of e.stderr.split("\n")) info(workspaceRelative(line, workingDirectory, workspace));
  info("::remove-matcher owner=build-go-image-go::");
}
function tail(text, lines) {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}
async function startBuilds(config, go, info2, env, scope) {
  const work = await mkdtemp2(join5(env.RUNNER_TEMP || tmpdir3(), "build-go-image-"));
  scope.defer(() => rm4(work, { recursive: true, force: true, maxRetries: 3 }));
  const mains = started(resolveMainPackages(config, go, env));
  const slots = new ProgramSlots(binaryCacheDir(env));
  const { binaries, underWay } = compileEach(config, mains, info2, work, go, env, scope.signal, slots);
  scope.defer(async () => {
    await Promise.allSettled(binaries);
    await slots.written();
  });
  return { mains, binaries, underWay };
}

// src/compile/modules-io.ts
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

// src/config/io.ts
import { readFile as readFile2, stat as stat4 } from "node:fs/promises";
import { tmpdir as tmpdir4 } from "node:os";
import { join as join9 } from "node:path";

// src/toolchain/spec.ts
var import_semver2 = __toESM(require_semver(), 1);

// src/toolchain/version.ts
var import_semver = __toESM(require_semver(), 1);
var GO_VERSION = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(rc|beta|alpha)(\d+))?$/;
function goToSemver(name) {
  const m = GO_VERSION.exec(name.trim());
  if (!m) {
    const v = import_semver.default.valid(name.trim().replace(/^go/, ""));
    return v ?? void 0;
  }
  const [, major, minor = "0", patch2 = "0", pre, preN] = m;
  return `${major}.${minor}.${patch2}${pre ? `-${pre}.${preN}` : ""}`;
}
function semverToGo(version) {
  const v = import_semver.default.parse(version);
  if (!v) throw new Error(`not a version: ${version}`);
  const pre = v.prerelease.length === 2 ? `${v.prerelease[0]}${v.prerelease[1]}` : "";
  if (pre) return `go${v.major}.${v.minor}${pre}`;
  if (v.patch === 0 && v.major === 1 && v.minor < 21) return v.minor === 0 ? `go${v.major}` : `go${v.major}.${v.minor}`;
  return `go${v.major}.${v.minor}.${v.patch}`;
}

// src/toolchain/spec.ts
var SPEC_HINT = "give an exact version (1.22.5), a range (1.22, 1.22.x, ~1.22, ^1.21, >=1.21 <1.23), stable, oldstable, or a prerelease (1.23rc1)";
function parseSpec(input, text) {
  const t = text.trim();
  const lower = t.toLowerCase();
  if (lower === "stable" || lower === "latest" || lower === "oldstable") {
    return { kind: "alias", alias: lower === "oldstable" ? "oldstable" : "stable", text: t };
  }
  const exact = goToSemver(t);
  if (exact && (/^(go)?\d+\.\d+\.\d+/.test(t) || /(rc|beta|alpha)\d+$/.test(t) || /-/.test(t))) {
    return { kind: "exact", version: exact, text: t };
  }
  const minor = /^(?:go)?(\d+)\.(\d+)$/.exec(t);
  const range = minor ? `~${minor[1]}.${minor[2]}.0` : t.replace(/\bgo(?=\d)/g, "");
  const valid2 = import_semver2.default.validRange(range);
  if (!t || !valid2) throw new InputError(input, text, SPEC_HINT);
  return { kind: "range", range: valid2, prerelease: /-/.test(range), text: t };
}

// src/toolchain/version-file.ts
import { basename } from "node:path";
function parseVersionFile(input, path2, text) {
  const name = basename(path2);
  const lines = text.split("\n").map((l) => l.replace(/\/\/.*$/, "").trim());
  if (name === "go.mod" || name === "go.work" || name.endsWith(".mod")) {
    const toolchain = lines.map((l) => /^toolchain\s+(go\S+)$/.exec(l)?.[1]).find((v) => v && v !== "default");
    if (toolchain) {
      const version2 = goToSemver(toolchain);
      if (version2) return { kind: "exact", version: version2, text: toolchain };
    }
    const go = lines.map((l) => /^go\s+(\S+)$/.exec(l)?.[1]).find(Boolean);
    const version = go ? goToSemver(go) : void 0;
    if (!go || !version)
      throw new InputError(
        input,
        path2,
        `the file has no 'go 1.x' or 'toolchain go1.x.y' line; add one, or set go-version`
      );
    return { kind: "minimum", version, text: `go ${go}` };
  }
  if (name === ".tool-versions") {
    const entry = lines.map((l) => /^(?:golang|go)\s+(\S+)/.exec(l)?.[1]).find(Boolean);
    if (!entry) throw new InputError(input, path2, "the file has no 'golang <version>' or 'go <version>' line");
    return parseSpec(input, entry);
  }
  const first = lines.find((l) => l.length > 0 && !l.startsWith("#"));
  if (!first) throw new InputError(input, path2, "the file is empty; write a Go version such as 1.22.5 in it");
  return parseSpec(input, first);
}

// src/config/config.ts
import { join as join8 } from "node:path";

// src/archive/settings.ts
import { resolve as resolve3 } from "node:path";
function parseArchiveSettings(read, ctx, platforms) {
  const tarball = read("tarball").trim();
  const load = parseBoolean("load", read("load"), false);
  if (load && ctx.hostPlatform && !platforms.some((p) => p.name === ctx.hostPlatform)) {
    throw new InputError(
      "load",
      "true",
      `the runner's platform ${ctx.hostPlatform} must be among platforms (${platforms.map((p) => p.name).join(", ")}) to load it`
    );
  }
  return { ...tarball ? { tarball: resolve3(ctx.workspace, tarball) } : {}, load };
}

// src/base/settings.ts
function parseBaseSettings(text) {
  const t = text.trim();
  if (t === "" || t === "scratch") return {};
  try {
    return { baseImage: parseReference(t) };
  } catch (e) {
    throw new InputError(
      "base-image",
      t,
      `${e.message}; give scratch or an image such as registry/org/base@sha256:<digest>`
    );
  }
}

// src/cache/settings.ts
import { isAbsolute as isAbsolute3, join as join6 } from "node:path";
function parseCacheSettings(read, workspace, workingDirectory) {
  const mode = read("cache").trim().toLowerCase() || "true";
  if (mode !== "true" && mode !== "false" && mode !== "read-only" && mode !== "always") {
    throw new InputError(
      "cache",
      read("cache"),
      "give true, false, read-only (restore without saving) or always (save every miss)"
    );
  }
  const prefix = read("cache-prefix").trim();
  if (prefix && !/^[A-Za-z0-9._-]{1,100}$/.test(prefix)) {
    throw new InputError("cache-prefix", prefix, "use up to 100 of A-Z a-z 0-9 . _ - (no commas, no spaces)");
  }
  const given = splitList(read("cache-dependency-path"), false);
  return given.length > 0 ? {
    mode,
    prefix,
    dependencyPatterns: given.map((p) => isAbsolute3(p) ? p : join6(workspace, p)),
    hashRoot: workspace
  } : { mode, prefix, dependencyPatterns: [join6(workingDirectory, "**", "go.sum")], hashRoot: workingDirectory };
}

// src/image/settings.ts
import { resolve as resolve4 } from "node:path";

// src/lib/oci/annotation-levels.ts
var AnnotationRuleError = class extends Error {
  constructor(line, accepted) {
    super(`${JSON.stringify(line)}: ${accepted}`);
    this.line = line;
    this.accepted = accepted;
  }
  line;
  accepted;
  name = "AnnotationRuleError";
};
var LEVELS = ["index", "manifest", "index-descriptor", "manifest-descriptor"];
var KEY = /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/;
var PREFIX = /^([a-z,-]+)(?:\[([a-z0-9/._-]+)\])?$/;
var HINT = "write one [index|manifest|index-descriptor|manifest-descriptor[,...][[os/arch]]:]key=value per line, e.g. index:org.opencontainers.image.description=My app";
function parseAnnotationRules(text) {
  const rules = [];
  for (const [i, raw] of text.split("\n").entries()) {
    const line = raw.trim();
    if (line === "") continue;
    const eq = line.indexOf("=");
    if (eq <= 0) throw new AnnotationRuleError(line, `${HINT} (line ${i + 1})`);
    const left = line.slice(0, eq).trim();
    const colon = left.lastIndexOf(":");
    const key = left.slice(colon + 1);
    if (!KEY.test(key))
      throw new AnnotationRuleError(
        line,
        `the key must be an annotation name like org.opencontainers.image.title (line ${i + 1})`
      );
    const value = line.slice(eq + 1);
    if (colon < 0) {
      rules.push({ levels: ["index", "manifest"], key, value });
      continue;
    }
    const m = PREFIX.exec(left.slice(0, colon));
    const levels = (m?.[1] ?? "").split(",");
    if (!m || !levels.every((l) => LEVELS.includes(l))) throw new AnnotationRuleError(line, `${HINT} (line ${i + 1})`);
    rules.push({ levels: [...new Set(levels)], ...m[2] ? { platform: m[2] } : {}, key, value });
  }
  return rules;
}
function everywhere(annotations) {
  return Object.entries(annotations).map(([key, value]) => ({ levels: ["index", "manifest"], key, value }));
}
function annotationsAt(rules, level, platform) {
  const out = {};
  for (const r of rules) {
    if (!r.levels.includes(level)) continue;
    if (r.platform && r.platform !== platform) continue;
    out[r.key] = r.value;
  }
  return out;
}
function manifestOnlyKeys(rules) {
  const onIndex = new Set(rules.filter((r) => r.levels.includes("index")).map((r) => r.key));
  return new Set(rules.filter((r) => r.levels.includes("manifest") && !onIndex.has(r.key)).map((r) => r.key));
}

// src/image/settings.ts
var LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/;
var USER = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$/;
function parseLayoutSettings(read, workspace, workingDirectory, defaultLayout) {
  return {
    ociLayout: resolve4(workspace, read("oci-layout") || defaultLayout),
    sbom: parseBoolean("sbom", read("sbom"), true),
    zoneinfo: parseBoolean("zoneinfo", read("zoneinfo"), true),
    dataDir: parseDataDir(read("data-dir"), workingDirectory)
  };
}
function parseDataDir(text, workingDirectory) {
  const t = text.trim();
  if (t === "" || t.toLowerCase() === "auto") return "auto";
  if (t.toLowerCase() === "false") return false;
  const dir2 = resolve4(workingDirectory, t);
  if (dir2 !== workingDirectory && !dir2.startsWith(`${workingDirectory}/`))
    throw new InputError(
      "data-dir",
      t,
      "give a directory inside 'working-directory' (it is copied to /var/run/ko), or false"
    );
  return dir2;
}
function parseImageSettings(read) {
  const entrypoint = parseArgv("entrypoint", read("entrypoint"));
  const user = read("user").trim();
  if (user && !USER.test(user))
    throw new InputError("user", user, "give user[:group], as names or numeric ids, e.g. 65532:65532");
  const workdir = read("workdir").trim();
  if (workdir && !workdir.startsWith("/"))
    throw new InputError("workdir", workdir, "give an absolute path inside the image, e.g. /data");
  return {
    ...entrypoint.length > 0 ? { entrypoint } : {},
    args: parseArgv("args", read("args")),
    env: parseKeyValues("env", read("env"), ENV_KEY, "a variable name like LOG_LEVEL"),
    ...user ? { user } : {},
    ...workdir ? { workdir } : {},
    expose: splitList(read("expose"), true).flatMap((s) => s.split(/\s+/)).map(parsePort),
    labels: parseKeyValues("labels", read("labels"), LABEL_KEY, "a label name like org.opencontainers.image.title"),
    annotations: parseAnnotations(read("annotations"))
  };
}
function parseAnnotations(text) {
  try {
    return parseAnnotationRules(text);
  } catch (e) {
    if (e instanceof AnnotationRuleError) throw new InputError("annotations", e.line, e.accepted);
    throw e;
  }
}
function parsePort(text) {
  const m = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/.exec(text);
  const port = m ? Number(m[1]) : NaN;
  if (!m || port < 1 || port > 65535) {
    throw new InputError(
      "expose",
      text,
      "give ports as numbers 1-65535, optionally with /tcp, /udp or /sctp, e.g. 8080 or 53/udp"
    );
  }
  return `${port}/${m[2] ?? "tcp"}`;
}

// src/meta/release.ts
var import_semver3 = __toESM(require_semver(), 1);
var isVersion = (tag) => import_semver3.default.valid(tag.replace(/^v(?=\d)/, "")) !== null;
function releaseDecision(mode, github, tags) {
  if (mode === "true") return { release: true, why: "release-build: true" };
  if (mode === "false") return { release: false, why: "release-build: false" };
  if (github.eventName === "release") return { release: true, why: "a release event" };
  if (github.ref.startsWith("refs/tags/")) return { release: true, why: `a tag push (${github.ref})` };
  const version = tags.find(isVersion);
  if (version) return { release: true, why: `the semver tag ${version}` };
  return { release: false, why: "not a tag push, release event or semver tag" };
}
function parseReleaseMode(text) {
  const mode = text.trim().toLowerCase() || "auto";
  if (mode === "auto" || mode === "true" || mode === "false") return mode;
  throw new InputError(
    "release-build",
    text,
    "give auto (tag pushes, release events and semver tags are releases), true (every run) or false (none)"
  );
}

// src/meta/tags.ts
var import_semver4 = __toESM(require_semver(), 1);
var TAG_CHARS = /[^A-Za-z0-9_.-]+/g;
function sanitizeTag(name) {
  return name.replace(TAG_CHARS, "-").replace(/^[.-]+/, "").slice(0, 128);
}
function refFacts(ctx) {
  if (ctx.ref.startsWith("refs/tags/")) {
    const tag = ctx.ref.slice("refs/tags/".length);
    const version = import_semver4.default.parse(tag.replace(/^v(?=\d)/, ""));
    return { tag, ...version ? { version } : {} };
  }
  if (ctx.ref.startsWith("refs/heads/")) return { branch: ctx.ref.slice("refs/heads/".length) };
  if (ctx.headRef) return { branch: ctx.headRef };
  return {};
}
function isHighestRelease(v, existing) {
  if (v.prerelease.length > 0) return false;
  const releases = existing.map((t) => import_semver4.default.parse(t.replace(/^v(?=\d)/, ""))).filter((x) => x !== null && x.prerelease.length === 0);
  return releases.every((r) => import_semver4.default.gte(v, r));
}
function deriveTags(ctx, existing) {
  const tags = [];
  const facts = refFacts(ctx);
  const isPull = ctx.eventName === "pull_request" || ctx.eventName === "pull_request_target";
  if (isPull && ctx.pullNumber !== void 0) tags.push(`pr-${ctx.pullNumber}`);
  else if (ctx.eventName === "schedule") tags.push("nightly");
  else if (facts.version) {
    const v = facts.version;
    tags.push(v.version);
    if (v.prerelease.length === 0) {
      tags.push(`${v.major}.${v.minor}`);
      if (v.major > 0) tags.push(String(v.major));
      if (isHighestRelease(v, existing)) tags.push("latest");
    }
  } else if (facts.tag) tags.push(sanitizeTag(facts.tag));
  else if (facts.branch) {
    tags.push(sanitizeTag(facts.branch));
    if (ctx.eventName !== "workflow_dispatch" && ctx.defaultBranch === facts.branch) tags.push("edge");
  }
  if (/^[0-9a-f]{7,}$/.test(ctx.sha)) tags.push(`sha-${ctx.sha.slice(0, 7)}`);
  return [...new Set(tags.filter((t) => t.length > 0))];
}
var TEMPLATE = /\{\{\s*(version|major|minor|patch|branch|sha|date\s+'([^']*)')\s*\}\}/g;
var ANY_TEMPLATE = /\{\{[^}]*\}\}/g;
var TAG_TEMPLATE_HINT = "templates may use {{version}}, {{major}}, {{minor}}, {{patch}}, {{branch}}, {{sha}}, {{date 'YYYYMMDD'}}";
function checkTagTemplates(templates) {
  for (const t of templates) {
    const unknown = (t.match(ANY_TEMPLATE) ?? []).find((m) => !new RegExp(`^${TEMPLATE.source}$`).test(m));
    if (unknown) throw new InputError("tags", t, TAG_TEMPLATE_HINT);
  }
}
function formatDate(epoch, format) {
  const d = new Date(epoch * 1e3);
  const pad = (n, w = 2) => String(n).padStart(w, "0");
  return format.replace("YYYY", String(d.getUTCFullYear())).replace("MM", pad(d.getUTCMonth() + 1)).replace("DD", pad(d.getUTCDate())).replace("HH", pad(d.getUTCHours())).replace("mm", pad(d.getUTCMinutes())).replace("ss", pad(d.getUTCSeconds()));
}
function renderTags(templates, ctx, epoch) {
  const facts = refFacts(ctx);
  const v = facts.version;
  const values = {
    version: v?.version,
    major: v ? String(v.major) : void 0,
    minor: v ? `${v.major}.${v.minor}` : void 0,
    patch: v ? `${v.major}.${v.minor}.${v.patch}` : void 0,
    branch: facts.branch ? sanitizeTag(facts.branch) : void 0,
    sha: /^[0-9a-f]{7,}$/.test(ctx.sha) ? ctx.sha.slice(0, 7) : void 0
  };
  const tags = [];
  const skipped = [];
  for (const t of templates) {
    let missing = false;
    const out = t.replace(TEMPLATE, (_m, key, fmt) => {
      const value = fmt !== void 0 ? formatDate(epoch, fmt) : values[key];
      if (value === void 0) missing = true;
      return value ?? "";
    });
    if (missing) skipped.push(t);
    else tags.push(sanitizeTag(out));
  }
  return { tags: [...new Set(tags.filter((x) => x.length > 0))], skipped };
}

// src/publish/settings.ts
var PUSH_MODES = ["true", "false", "auto"];
var NO_PUSH_EVENTS = ["pull_request", "pull_request_target"];
function parsePublish(read, eventName) {
  const mode = read("push").trim().toLowerCase() || "auto";
  if (!PUSH_MODES.includes(mode))
    throw new InputError("push", read("push"), "give true, false or auto (auto: no push on pull_request events)");
  const targets = splitList(read("image"), false).map((text) => {
    let reference;
    try {
      reference = parseReference(text);
    } catch (e) {
      if (e instanceof ImageRefError)
        throw new InputError("image", text, `${e.message}; give repositories like ghcr.io/owner/app, one per line`);
      throw e;
    }
    if (reference.digest)
      throw new InputError("image", text, "give a repository (optionally :tag) to push to, without @digest");
    const { tag, ...repo } = reference;
    return { reference: repo, tags: tag ? [tag] : [], tagTemplates: [] };
  });
  const imageTags = [];
  const tags = parseTags(read("tags"), targets, imageTags);
  const username = read("username").trim();
  const password = read("password");
  if (username && !password) throw new InputError("password", "", "give 'password' (a token) together with 'username'");
  if (password && !username) throw new InputError("username", "", "give 'username' together with 'password'");
  if (mode === "true" && targets.length === 0)
    throw new InputError("image", "", "push is true: name at least one repository to push to, e.g. ghcr.io/owner/app");
  const push = targets.length > 0 && (mode === "true" || mode === "auto" && !NO_PUSH_EVENTS.includes(eventName ?? ""));
  const githubToken = read("github-token");
  const pushByDigest = parseBoolean("push-by-digest", read("push-by-digest"), false);
  const merge2 = parseMerge(read("merge"));
  if ((pushByDigest || merge2.length > 0) && targets.length === 0) {
    throw new InputError(
      "image",
      "",
      `${merge2.length > 0 ? "merge" : "push-by-digest"} needs the repositories to push to, e.g. ghcr.io/owner/app`
    );
  }
  if (pushByDigest && merge2.length > 0)
    throw new InputError("merge", read("merge"), "a job either builds with push-by-digest or merges; not both");
  return {
    targets,
    tagTemplates: tags,
    referrersTag: parseBoolean("referrers-tag", read("referrers-tag"), true),
    imageTags,
    pushByDigest,
    merge: merge2,
    mode,
    push,
    ...username ? { username, password } : {},
    ...githubToken ? { githubToken } : {}
  };
}
var TAG_HINT = "a tag is 1-128 of A-Z a-z 0-9 _ . - and does not start with . or -";
function parseTags(text, targets, imageTags) {
  const bare2 = [];
  const fromImage = targets.length > 0;
  for (const item of splitList(text, true)) {
    const perImage = /^([^=/]+)=(.*)$/.exec(item);
    if (perImage) {
      const [, image = "", tag2 = ""] = perImage;
      if (!COMPONENT.test(image) || !TAG.test(tag2))
        throw new InputError("tags", item, `a tag for one image is <image name>=<tag>, e.g. api=canary; ${TAG_HINT}`);
      imageTags.push({ image, tag: tag2 });
      continue;
    }
    const slash = item.lastIndexOf("/");
    if (slash < 0) {
      checkTag(item);
      bare2.push(item);
      continue;
    }
    const colon = item.indexOf(":", slash);
    const tag = colon < 0 ? "latest" : item.slice(colon + 1);
    let repo;
    try {
      repo = parseReference(colon < 0 ? item : item.slice(0, colon));
    } catch (e) {
      throw new InputError(
        "tags",
        item,
        `${e.message}; give bare tags (1.2.3) or references (ghcr.io/owner/app:1.2.3)`
      );
    }
    if (repo.digest || repo.tag)
      throw new InputError("tags", item, "give a tag (ghcr.io/owner/app:1.2.3), not a digest");
    checkTag(tag, item);
    const name = repositoryName(repo);
    let target = targets.find((t) => repositoryName(t.reference) === name);
    if (!target && fromImage) {
      const names = targets.map((t) => repositoryName(t.reference)).join(", ");
      throw new InputError(
        "tags",
        item,
        `its repository ${name} is not one of image (${names}); add it to image, or give a bare tag`
      );
    }
    if (!target) {
      target = { reference: repo, tags: [], tagTemplates: [] };
      targets.push(target);
    }
    target.tagTemplates.push(tag);
  }
  if (bare2.length === 0 && targets.some((t) => t.tagTemplates.length > 0)) {
    const left = targets.find((t) => t.tagTemplates.length === 0 && t.tags.length === 0);
    if (left)
      throw new InputError(
        "tags",
        text.trim(),
        `it names no tag for ${repositoryName(left.reference)} (in image); add one, a bare tag, or take it out of image`
      );
  }
  return bare2;
}
function checkTag(tag, item = tag) {
  checkTagTemplates([tag]);
  if (!tag.includes("{{") && !TAG.test(tag)) throw new InputError("tags", item, TAG_HINT);
}
var MERGE_HINT = "give image digests (sha256:<64 hex>) or repo@sha256:<64 hex>, newline or comma separated, or as a JSON array (several images: the legs' images-json, one object per leg)";
function parseMerge(text) {
  const t = text.trim();
  if (t === "") return [];
  let items;
  if (t.startsWith("[") || t.startsWith("{")) {
    let v;
    try {
      v = JSON.parse(t);
    } catch {
      throw new InputError("merge", t, MERGE_HINT);
    }
    const named = isStringRecord(v) ? Object.entries(v) : void 0;
    const legs = Array.isArray(v) ? v : [v];
    if (!named && legs.some((x) => typeof x === "object" && x !== null && !Array.isArray(x))) return parseLegs(legs);
    if (!named && !legs.every((x) => typeof x === "string")) throw new InputError("merge", t, MERGE_HINT);
    const entries = named ?? legs.map((x, i) => [`entry ${i + 1}`, x]);
    const empty = entries.find(([, x]) => x.trim() === "");
    if (empty)
      throw new InputError("merge", empty[0], `it is empty: the build job that should give it gave none; ${MERGE_HINT}`);
    items = entries.map(([, x]) => x.trim());
  } else {
    items = splitList(t, true);
  }
  return items.map((item) => {
    if (isDigest(item)) return { digest: item };
    let ref;
    try {
      ref = parseReference(item);
    } catch {
      throw new InputError("merge", item, MERGE_HINT);
    }
    if (!ref.digest || ref.tag) throw new InputError("merge", item, MERGE_HINT);
    const { digest, ...repository } = ref;
    return { repository, digest };
  });
}
function isStringRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length > 0 && Object.values(v).every((x) => typeof x === "string");
}
var LEGS_HINT = "give each matrix leg's images-json output (image name -> {digest, repositories}), as a JSON array with one object per leg; every leg must name every image";
function parseLegs(legs) {
  const entries = [];
  const names = legs.map((leg, i) => {
    if (typeof leg !== "object" || leg === null || Array.isArray(leg) || Object.keys(leg).length === 0)
      throw new InputError("merge", `leg ${i + 1}: ${JSON.stringify(leg)}`, `it names no image; ${LEGS_HINT}`);
    return Object.keys(leg).sort();
  });
  for (const [i, leg] of legs.entries()) {
    const differ = names[i]?.join(",") !== names[0]?.join(",");
    if (differ)
      throw new InputError(
        "merge",
        `leg ${i + 1}`,
        `it names ${names[i]?.join(", ")} but leg 1 names ${names[0]?.join(", ")}; ${LEGS_HINT}`
      );
    for (const [image, entry] of Object.entries(leg)) {
      const e = typeof entry === "object" && entry !== null ? entry : {};
      const where2 = `leg ${i + 1}: ${image}`;
      if (typeof e.digest !== "string" || !isDigest(e.digest))
        throw new InputError("merge", where2, `its digest is ${JSON.stringify(e.digest ?? null)}; ${LEGS_HINT}`);
      const first = Array.isArray(e.repositories) && typeof e.repositories[0] === "string" ? e.repositories[0] : void 0;
      let repository;
      try {
        repository = first ? parseReference(first) : void 0;
      } catch {
        throw new InputError("merge", `${where2}: ${first}`, `its repository is not one; ${LEGS_HINT}`);
      }
      entries.push({ image, digest: e.digest, ...repository ? { repository } : {} });
    }
  }
  return entries;
}
function forImage(settings, name) {
  const own = settings.imageTags.filter((t) => t.image === name).map((t) => t.tag);
  return {
    ...settings,
    targets: settings.targets.map((t) => ({
      ...t,
      reference: { ...t.reference, repository: `${t.reference.repository}/${name}` },
      tags: [...t.tags, ...own]
    }))
  };
}
function checkImageTags(settings, names) {
  const stray = settings.imageTags.find((t) => !names?.includes(t.image));
  if (!stray) return;
  throw new InputError(
    "tags",
    `${stray.image}=${stray.tag}`,
    names ? `no image is named ${stray.image} (the images: ${names.join(", ")})` : "a tag for one image (name=tag) needs several mains; give a plain tag"
  );
}

// src/resolve/settings.ts
import { isAbsolute as isAbsolute4, resolve as resolve5 } from "node:path";
function parseResolveSettings(read, workspace) {
  const patterns = splitList(read("resolve"), false).map((p) => isAbsolute4(p) ? p : resolve5(workspace, p));
  const resolvedFile = read("resolved-file").trim();
  const imagesFile = read("images-file").trim();
  if (patterns.length > 0 && !resolvedFile)
    throw new InputError(
      "resolve",
      read("resolve").trim(),
      "give resolved-file too: the file the rendered YAML goes to"
    );
  if (resolvedFile && patterns.length === 0)
    throw new InputError("resolved-file", resolvedFile, "give resolve too: the YAML files (or globs) to render");
  return {
    resolve: patterns,
    ...resolvedFile ? { resolvedFile: resolve5(workspace, resolvedFile) } : {},
    ...imagesFile ? { imagesFile: resolve5(workspace, imagesFile) } : {}
  };
}

// src/toolchain/settings.ts
import { join as join7, resolve as resolve6 } from "node:path";

// src/toolchain/mirror.ts
function mirrorOf(url2) {
  const user = decodeURIComponent(url2.username);
  const pass = decodeURIComponent(url2.password);
  const bare2 = new URL(url2.href);
  bare2.username = "";
  bare2.password = "";
  const out = bare2.href.replace(/\/+$/, "");
  if (!user && !pass) return { url: out, secrets: [] };
  const token = Buffer.from(`${user}:${pass}`).toString("base64");
  return { url: out, authorization: `Basic ${token}`, secrets: [pass, token].filter(Boolean) };
}

// src/toolchain/settings.ts
var DEFAULT_GO_DOWNLOAD_BASE_URL = "https://go.dev/dl";
var GO_SOURCES = ["auto", "download-site", "module-proxy"];
function parseToolchainSettings(read, workspace, workingDirectory) {
  const baseText = read("go-download-base-url").trim() || DEFAULT_GO_DOWNLOAD_BASE_URL;
  let base;
  try {
    base = new URL(baseText);
  } catch {
    throw new InputError(
      "go-download-base-url",
      baseText,
      "give an http(s) URL of a Go download mirror, e.g. https://go.dev/dl"
    );
  }
  if (base.protocol !== "https:" && base.protocol !== "http:") {
    throw new InputError(
      "go-download-base-url",
      baseText,
      "give an http(s) URL of a Go download mirror, e.g. https://go.dev/dl"
    );
  }
  const goVersion = read("go-version").trim();
  const file3 = read("go-version-file").trim();
  const mirror = mirrorOf(base);
  const source = read("go-download-source").trim().toLowerCase() || "auto";
  if (!GO_SOURCES.includes(source)) {
    throw new InputError(
      "go-download-source",
      read("go-download-source"),
      "give auto (the download site, else the module proxy), download-site or module-proxy"
    );
  }
  return {
    ...goVersion ? { goVersion } : {},
    versionFile: file3 ? resolve6(workspace, file3) : join7(workingDirectory, "go.mod"),
    checkLatest: parseBoolean("check-latest", read("check-latest"), false),
    baseUrl: mirror.url,
    ...mirror.authorization ? { baseAuthorization: mirror.authorization } : {},
    secrets: mirror.secrets,
    source
  };
}

// src/config/config.ts
function parseConfig(read, ctx) {
  const compile = parseCompileSettings(read, ctx.workspace);
  const { workingDirectory, platforms } = compile;
  const publish = parsePublish(read, ctx.eventName);
  const defaultLayout = join8(ctx.stepTemp ?? join8(ctx.runnerTemp, "build-go-image"), "oci");
  const config = {
    ...compile,
    ...parseLayoutSettings(read, ctx.workspace, workingDirectory, defaultLayout),
    ...parseArchiveSettings(read, ctx, platforms),
    ...parseBaseSettings(read("base-image")),
    ...parseResolveSettings(read, ctx.workspace),
    image: parseImageSettings(read),
    publish,
    attest: parseAttest(read, ctx.hasIdToken ?? false, publish.push),
    toolchain: parseToolchainSettings(read, ctx.workspace, workingDirectory),
    cache: parseCacheSettings(read, ctx.workspace, workingDirectory),
    releaseMode: parseReleaseMode(read("release-build"))
  };
  if (config.buildEnv.CGO_ENABLED === "1" && !config.baseImage)
    throw new InputError(
      "build-env",
      "CGO_ENABLED=1",
      "a cgo program needs a C library the scratch image lacks; give a base-image that has one (and a C cross-compiler per platform), or leave CGO_ENABLED=0"
    );
  return Object.freeze(config);
}

// src/config/io.ts
async function readConfig(env, cwd) {
  const read = (name) => getInput(name, { trimWhitespace: name !== "password" });
  const config = parseConfig(read, {
    workspace: env.GITHUB_WORKSPACE || cwd,
    runnerTemp: env.RUNNER_TEMP || tmpdir4(),
    stepTemp: stepDir(join9(env.RUNNER_TEMP || tmpdir4(), "build-go-image"), env),
    ...env.GITHUB_EVENT_NAME ? { eventName: env.GITHUB_EVENT_NAME } : {},
    hostPlatform: hostPlatform(process.arch),
    hasIdToken: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
  });
  if (config.publish.password) setSecret(config.publish.password);
  if (config.publish.githubToken) setSecret(config.publish.githubToken);
  for (const secret of config.toolchain.secrets) setSecret(secret);
  const { token } = config.privateModules;
  if (token) for (const s of [token, basicCredential(token)]) setSecret(s);
  const merging = config.publish.merge.length > 0;
  if (!merging) {
    await checkModuleRoot(config.workingDirectory);
    await checkLayoutPath(config.ociLayout);
    if (config.load) await checkDockerEngine();
  }
  const warnings = [];
  if (config.toolchain.goVersion && read("go-version-file"))
    warnings.push("Both 'go-version' and 'go-version-file' are set; 'go-version' is used");
  return merging ? { config, warnings } : { config, goSpec: await readVersionSpec(config.toolchain), warnings };
}
async function readVersionSpec(settings) {
  if (settings.goVersion) return parseSpec("go-version", settings.goVersion);
  const text = await readFile2(settings.versionFile, "utf8").catch((e) => {
    if (e.code !== "ENOENT")
      throw new InputError("go-version-file", settings.versionFile, `the file cannot be read (${e.code ?? e.message})`);
    return void 0;
  });
  if (text === void 0)
    throw new InputError(
      "go-version-file",
      settings.versionFile,
      "the file does not exist; give a go.mod, go.work, .go-version or .tool-versions path, or set go-version"
    );
  return parseVersionFile("go-version-file", settings.versionFile, text);
}
async function checkModuleRoot(dir2) {
  const s = await stat4(dir2).catch(() => void 0);
  if (!s?.isDirectory()) throw new InputError("working-directory", dir2, "give a directory that exists in the workspace");
  const mod = await stat4(join9(dir2, "go.mod")).catch(() => void 0);
  if (!mod?.isFile())
    throw new InputError("working-directory", dir2, "give the Go module root (the directory holding go.mod)");
}
async function checkLayoutPath(path2) {
  const s = await stat4(path2).catch(() => void 0);
  if (s && !s.isDirectory())
    throw new InputError(
      "oci-layout",
      path2,
      "give a directory path (new, empty, or an existing OCI layout); this is a file"
    );
}

// src/image/data-dir-io.ts
import { readdir as readdir2, realpath, stat as stat5 } from "node:fs/promises";
import { join as join10, relative as relative3, sep } from "node:path";
var inside = (root, p) => p === root || p.startsWith(root + sep);
async function listDataDir(dir2, moduleRoot, input) {
  const root = await realpath(moduleRoot);
  const out = [];
  async function walk(at, rel, seen) {
    const names = (await readdir2(at)).sort();
    for (const name of names) {
      const path2 = join10(at, name);
      const real = await realpath(path2).catch(() => void 0);
      const shown = join10(relative3(moduleRoot, dir2), rel, name);
      if (!real)
        throw new InputError(
          input,
          dir2,
          `${shown} is a symlink whose target does not exist; remove it or point it inside the module`
        );
      if (!inside(root, real))
        throw new InputError(input, dir2, `${shown} links to ${real}, outside the module; copy the file in instead`);
      const s = await stat5(real);
      if (s.isDirectory()) {
        if (seen.has(real)) throw new InputError(input, dir2, `${shown} links back to a directory above it (a cycle)`);
        out.push({ path: `${rel}${name}/` });
        await walk(real, `${rel}${name}/`, /* @__PURE__ */ new Set([...seen, real]));
      } else if (s.isFile()) {
        out.push({ path: `${rel}${name}`, file: { path: real, size: s.size, executable: (s.mode & 73) !== 0 } });
      } else {
        throw new InputError(input, dir2, `${shown} is neither a file nor a directory`);
      }
    }
  }
  const top = await realpath(dir2);
  if (!inside(root, top)) throw new InputError(input, dir2, "give a directory inside the module");
  await walk(top, "", /* @__PURE__ */ new Set([top]));
  return out;
}
async function readLayerInputs(settings, packageDir, goroot) {
  let zoneinfo;
  if (settings.zoneinfo && settings.scratch) {
    const path2 = join10(goroot, "lib", "time", "zoneinfo.zip");
    const s = await stat5(path2).catch(() => void 0);
    if (!s?.isFile())
      throw new InputError(
        "zoneinfo",
        "true",
        `this Go has no ${path2}; set zoneinfo: false, or use a base-image with /usr/share/zoneinfo`
      );
    zoneinfo = { path: path2, size: s.size };
  }
  let data;
  if (settings.dataDir !== false) {
    const dir2 = settings.dataDir === "auto" ? join10(packageDir, "kodata") : settings.dataDir;
    const s = await stat5(dir2).catch(() => void 0);
    if (s?.isDirectory()) data = await listDataDir(dir2, settings.moduleRoot, "data-dir");
    else if (settings.dataDir !== "auto")
      throw new InputError(
        "data-dir",
        dir2,
        "give a directory inside the module (it is copied to /var/run/ko), or false"
      );
  }
  return { ...zoneinfo ? { zoneinfo } : {}, ...data ? { data } : {} };
}

// src/image/deflate-helper-io.ts
import { createHash as createHash6 } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir as mkdir4, readdir as readdir3, readFile as readFile3, rm as rm5 } from "node:fs/promises";
import { dirname as dirname2, join as join11, relative as relative4 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { gunzipSync } from "node:zlib";
var import_semver5 = __toESM(require_semver(), 1);

// src/lib/oci/gzip.ts
function gzipHeader(level) {
  const xfl = level >= 9 ? 2 : level === 1 ? 4 : 0;
  return Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, xfl, 255]);
}
function gzipTrailer(crc322, size) {
  const t = Buffer.alloc(8);
  t.writeUInt32LE(crc322 >>> 0, 0);
  t.writeUInt32LE(size % 2 ** 32, 4);
  return t;
}

// src/lib/oci/zlib-io.ts
import { createHash as createHash5 } from "node:crypto";
import { createReadStream as createReadStream4, createWriteStream as createWriteStream3 } from "node:fs";
import { Readable as Readable2, Transform as Transform4 } from "node:stream";
import { pipeline as pipeline4 } from "node:stream/promises";
import { crc32, createDeflateRaw } from "node:zlib";
async function* chunks(parts) {
  for (const p of parts) {
    if ("bytes" in p) {
      yield Buffer.from(p.bytes);
      continue;
    }
    let read = 0;
    for await (const chunk of createReadStream4(p.path, { highWaterMark: 1 << 20 })) {
      read += chunk.byteLength;
      yield chunk;
    }
    if (read !== p.size) throw new Error(`${p.path}: size changed while reading (${read} != ${p.size})`);
  }
}
async function gzipStream(parts, out, level, deflateRaw) {
  const diffHash = createHash5("sha256");
  const digestHash = createHash5("sha256");
  let crc = 0;
  let uncompressed = 0;
  let compressed = 0;
  const measureTar = new Transform4({
    transform(chunk, _enc, done) {
      diffHash.update(chunk);
      crc = crc32(chunk, crc);
      uncompressed += chunk.byteLength;
      done(null, chunk);
    }
  });
  let headerSent = false;
  const frameGzip = new Transform4({
    transform(chunk, _enc, done) {
      if (!headerSent) {
        headerSent = true;
        this.push(tally(gzipHeader(level)));
      }
      done(null, tally(chunk));
    },
    flush(done) {
      if (!headerSent) this.push(tally(gzipHeader(level)));
      done(null, tally(gzipTrailer(crc, uncompressed)));
    }
  });
  function tally(b) {
    digestHash.update(b);
    compressed += b.byteLength;
    return b;
  }
  await pipeline4(Readable2.from(chunks(parts)), measureTar, deflateRaw(), frameGzip, createWriteStream3(out));
  return {
    diffId: digestOfHash(diffHash),
    digest: digestOfHash(digestHash),
    size: compressed,
    uncompressedSize: uncompressed
  };
}
var ZLIB_LEVEL = 4;
function zlibCompressor(why) {
  return {
    id: `zlib-${ZLIB_LEVEL}`,
    level: ZLIB_LEVEL,
    description: `zlib level ${ZLIB_LEVEL} (${why})`,
    gzipTo: (parts, out) => gzipStream(parts, out, ZLIB_LEVEL, () => createDeflateRaw({ level: ZLIB_LEVEL, chunkSize: 256 * 1024 }))
  };
}

// src/image/helper-process-io.ts
import { spawn as spawn2 } from "node:child_process";
import { constants as constants2 } from "node:os";
import { createInterface } from "node:readline";
var HelperFailure = class extends Error {
};
var HelperProcess = class {
  constructor(command, args) {
    this.command = command;
    const child = spawn2(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    this.child = child;
    child.stderr.on("data", (d) => this.stderr = (this.stderr + d.toString()).slice(-4e3));
    child.once("error", (e) => this.end(new HelperFailure(`${command} did not start: ${e.message}`)));
    child.once(
      "close",
      (code, signal) => this.end(
        new HelperFailure(
          `${command} ${code === 0 ? "exited before answering" : `failed (${signal ?? code})`}: ${this.stderr.trim()}`
        )
      )
    );
    child.stdin.on("error", () => void 0);
    createInterface({ input: child.stdout }).on("line", (line) => this.answer(line));
    child.unref();
    for (const s of [child.stdin, child.stdout, child.stderr]) s.unref();
  }
  command;
  child;
  pending = /* @__PURE__ */ new Map();
  next = 1;
  ended;
  stderr = "";
  /** Write one layer file; rejects with HelperFailure when the process fails, else with the layer's error. */
  async gzip(parts, out, header2) {
    const a = await this.request({
      out,
      header: header2.toString("base64"),
      parts: parts.map(
        (p) => "bytes" in p ? { data: Buffer.from(p.bytes).toString("base64") } : { file: p.path, size: p.size }
      )
    });
    if (a.error) {
      const code = Object.entries(constants2.errno).find(([, n]) => n === a.errno)?.[0];
      throw Object.assign(new Error(a.error), a.failed === "write" ? { syscall: "write" } : {}, code ? { code } : {});
    }
    return {
      diffId: parseDigest(a.diffId ?? ""),
      digest: parseDigest(a.digest ?? ""),
      size: a.size,
      uncompressedSize: a.uncompressedSize
    };
  }
  /** Stop it now (a probe that failed): what waits for it fails. */
  stop() {
    this.child.kill();
  }
  request(job) {
    if (this.ended) return Promise.reject(this.ended);
    const id = this.next++;
    return new Promise((resolve7, reject) => {
      this.pending.set(id, { resolve: resolve7, reject });
      if (this.pending.size === 1) this.child.stdout.ref();
      this.child.stdin.write(`${JSON.stringify({ id, ...job })}
`);
    });
  }
  answer(line) {
    let a;
    try {
      a = JSON.parse(line);
    } catch {
      this.end(new HelperFailure(`${this.command} answered ${JSON.stringify(line.slice(0, 200))}`));
      this.child.kill();
      return;
    }
    const waiting = this.pending.get(a.id);
    if (!waiting) return;
    this.pending.delete(a.id);
    if (this.pending.size === 0) this.child.stdout.unref();
    waiting.resolve(a);
  }
  end(e) {
    if (this.ended) return;
    this.ended = e;
    for (const w of this.pending.values()) w.reject(e);
    this.pending.clear();
    this.child.stdout.unref();
  }
};

// src/image/deflate-helper-io.ts
var HELPER_LEVEL = 3;
var HELPER_MIN_GO = "1.21.0";
function actionRoot(from = dirname2(fileURLToPath2(import.meta.url))) {
  for (let dir2 = from; dir2 !== dirname2(dir2); dir2 = dirname2(dir2)) if (existsSync(join11(dir2, "action.yml"))) return dir2;
  throw new Error(`no action.yml above ${from}`);
}
async function filesUnder(dir2) {
  const entries = await readdir3(dir2, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative4(dir2, join11(e.parentPath, e.name))).sort();
}
async function helperSource(source, goVersion) {
  const h = createHash6("sha256").update(`${goVersion}
${process.platform}
${process.arch}
`);
  for (const f of await filesUnder(source)) h.update(`${f}
`).update(await readFile3(join11(source, f)));
  const goMod = await readFile3(join11(source, "go.mod"), "utf8");
  const library = /github\.com\/klauspost\/compress v(\S+)/.exec(goMod)?.[1] ?? "";
  if (!library) throw new Error(`${join11(source, "go.mod")} does not require github.com/klauspost/compress`);
  return { key: h.digest("hex").slice(0, 32), library };
}
async function helperCompressor(go, goVersion, env, cacheDir2, signal) {
  const v = import_semver5.default.coerce(goVersion);
  if (!v || import_semver5.default.lt(v, HELPER_MIN_GO))
    return zlibCompressor(`the fast compressor needs Go ${HELPER_MIN_GO.replace(/\.0$/, "")} or later`);
  try {
    return await findOrBuild(go, goVersion, env, cacheDir2, signal);
  } catch (e) {
    return unavailable(e.message);
  }
}
function unavailable(why) {
  const message2 = `the fast compressor is not available: ${why}`;
  warning(`${message2}; layers are compressed with zlib, so their digests differ from a run with the helper`);
  return zlibCompressor(message2);
}
async function findOrBuild(go, goVersion, env, cacheDir2, signal) {
  const source = join11(actionRoot(), "deflate");
  const { key, library } = await helperSource(source, goVersion);
  const bin = join11(cacheDir2, `deflate-${key}`);
  if (await checkedFile(bin)) return fromHelper(bin, library, "cached");
  const buildEnv = {
    ...withoutTargetVars(env, ["GOFLAGS"]),
    CGO_ENABLED: "0",
    GOTOOLCHAIN: "local",
    GOFLAGS: "-mod=vendor",
    GOWORK: "off"
  };
  await mkdir4(cacheDir2, { recursive: true });
  const tmp = `${bin}.${process.pid}.build`;
  try {
    const out = await runProcess(go, ["build", "-trimpath", "-ldflags=-s -w", "-o", tmp, "."], {
      cwd: source,
      env: buildEnv,
      ...signal ? { signal } : {}
    });
    if (out.code !== 0) throw Object.assign(out.error ?? new Error(out.stderr), { stderr: out.stderr });
  } catch (e) {
    await rm5(tmp, { force: true });
    if (signal?.aborted) return zlibCompressor("the step ended before the fast compressor was built");
    const stderr = String(e.stderr ?? e.message);
    return unavailable(`it did not build: ${(stderr.trim().split("\n")[0] ?? "").slice(0, 200)}`);
  }
  try {
    await keepFile(bin, tmp, await sha256File(tmp));
  } finally {
    await rm5(tmp, { force: true });
  }
  return fromHelper(bin, library, "built");
}
async function fromHelper(bin, library, how) {
  const helperProcess = new HelperProcess(bin, [String(HELPER_LEVEL)]);
  const header2 = gzipHeader(HELPER_LEVEL);
  const probe = `${bin}.${process.pid}.probe`;
  try {
    const empty = await helperProcess.gzip([], probe, header2);
    const file3 = await readFile3(probe);
    if (empty.uncompressedSize !== 0 || gunzipSync(file3).byteLength !== 0 || digestOf(file3) !== empty.digest)
      throw new Error("an empty layer came out wrong");
  } catch (e) {
    helperProcess.stop();
    throw new Error(`it does not run here: ${e.message}`);
  } finally {
    await rm5(probe, { force: true });
  }
  let failed;
  const helper = {
    get id() {
      return failed?.id ?? `klauspost-compress-${library}-${HELPER_LEVEL}`;
    },
    get level() {
      return failed?.level ?? HELPER_LEVEL;
    },
    get description() {
      return failed?.description ?? `klauspost/compress level ${HELPER_LEVEL} (helper ${how})`;
    },
    gzipTo: (parts, out) => failed ? failed.gzipTo(parts, out) : helperProcess.gzip(parts, out, header2),
    fallback(error2) {
      if (!(error2 instanceof HelperFailure)) return void 0;
      if (!failed) {
        failed = zlibCompressor(`the fast compressor failed: ${error2.message}`);
        warning(
          `The fast compressor failed (${error2.message}); the other layers of this run are compressed with zlib, so their digests differ from a run with the helper`
        );
      }
      return failed;
    }
  };
  return helper;
}

// src/meta/stamp.ts
function buildStamp(f) {
  const epoch = parseEpoch(f.sourceDateEpoch) ?? parseEpoch(f.commitTime) ?? 0;
  const commit = f.commit && /^[0-9a-f]{7,64}$/.test(f.commit) ? f.commit : "unknown";
  const tag = f.ref?.startsWith("refs/tags/") ? f.ref.slice("refs/tags/".length) : void 0;
  const version = tag ? tag.replace(/^v(?=\d)/, "") : commit === "unknown" ? "dev" : `dev-${commit.slice(0, 7)}`;
  return { epoch, commit, version, date: rfc3339(epoch) };
}
function rfc3339(epoch) {
  return new Date(epoch * 1e3).toISOString().replace(".000Z", "Z");
}
function parseEpoch(s) {
  if (s === void 0 || !/^\d+$/.test(s.trim())) return void 0;
  return Number(s.trim());
}

// src/sbom/io.ts
import { open as open3 } from "node:fs/promises";

// src/sbom/buildinfo.ts
function parseBuildInfo(text) {
  const lines = text.split("\n");
  const goVersion = /:\s*(go\S+)\s*$/.exec(lines[0] ?? "")?.[1] ?? "";
  const info2 = { goVersion, path: "", main: { path: "", version: "" }, deps: [], settings: [] };
  for (const line of lines.slice(1)) {
    const [kind, ...f] = line.trim().split("	");
    if (kind === "path") info2.path = f[0] ?? "";
    else if (kind === "mod") info2.main = { path: f[0] ?? "", version: f[1] ?? "", ...f[2] ? { sum: f[2] } : {} };
    else if (kind === "dep") info2.deps.push({ path: f[0] ?? "", version: f[1] ?? "", ...f[2] ? { sum: f[2] } : {} });
    else if (kind === "=>") {
      const last = info2.deps.at(-1);
      if (last) Object.assign(last, { path: f[0] ?? last.path, version: f[1] ?? "", ...f[2] ? { sum: f[2] } : {} });
    } else if (kind === "build") {
      const eq = (f[0] ?? "").indexOf("=");
      info2.settings.push(eq > 0 ? [(f[0] ?? "").slice(0, eq), (f[0] ?? "").slice(eq + 1)] : [f[0] ?? "", ""]);
    }
  }
  if (!info2.goVersion || !info2.path) throw new Error("go version -m printed no build information");
  return info2;
}

// src/sbom/elf-buildinfo.ts
var ELF_HEADER_BYTES = 64;
var MAGIC = Buffer.from("\x7FELF", "latin1");
var BUILDINFO_MAGIC = Buffer.from("\xFF Go buildinf:", "latin1");
var HEADER_SIZE = 32;
var ALIGN = 16;
var FLAG_INLINE = 2;
function elfHeader(head2) {
  if (head2.byteLength < 52 || !head2.subarray(0, 4).equals(MAGIC)) return void 0;
  const wide = head2[4] === 2;
  const little = head2[5] === 1;
  const u16 = (at2) => little ? head2.readUInt16LE(at2) : head2.readUInt16BE(at2);
  const u32 = (at2) => little ? head2.readUInt32LE(at2) : head2.readUInt32BE(at2);
  if (wide && head2.byteLength < ELF_HEADER_BYTES) return void 0;
  const sectionsAt = wide ? Number(little ? head2.readBigUInt64LE(40) : head2.readBigUInt64BE(40)) : u32(32);
  const at = wide ? 58 : 46;
  return { little, wide, sectionsAt, sectionSize: u16(at), sectionCount: u16(at + 2), namesIndex: u16(at + 4) };
}
function sections(table, h) {
  const out = [];
  for (let i = 0; i < h.sectionCount && (i + 1) * h.sectionSize <= table.byteLength; i++) {
    const s = table.subarray(i * h.sectionSize);
    const u32 = (at) => h.little ? s.readUInt32LE(at) : s.readUInt32BE(at);
    const u64 = (at) => Number(h.little ? s.readBigUInt64LE(at) : s.readBigUInt64BE(at));
    out.push(
      h.wide ? { nameAt: u32(0), offset: u64(24), size: u64(32) } : { nameAt: u32(0), offset: u32(16), size: u32(20) }
    );
  }
  return out;
}
function sectionNamed(all, names, name) {
  return all.find((s) => {
    const end = names.indexOf(0, s.nameAt);
    return end > s.nameAt && names.toString("latin1", s.nameAt, end) === name;
  });
}
function goBuildInfo(section) {
  let at = -1;
  for (let i = 0; i + HEADER_SIZE <= section.byteLength; i += ALIGN)
    if (section.subarray(i, i + BUILDINFO_MAGIC.byteLength).equals(BUILDINFO_MAGIC)) {
      at = i;
      break;
    }
  if (at < 0 || (section[at + 15] & FLAG_INLINE) === 0) return void 0;
  const version = uvarintBytes(section, at + HEADER_SIZE);
  const modules = version && uvarintBytes(section, version.next);
  if (!version || !modules) return void 0;
  const m = modules.bytes;
  const framed = m.byteLength >= 33 && m[m.byteLength - 17] === 10;
  return { goVersion: version.bytes.toString(), modules: framed ? m.subarray(16, -16).toString() : "" };
}
function uvarintBytes(b, from) {
  let n = 0;
  let shift = 1;
  let at = from;
  for (; ; at++) {
    const byte = b[at];
    if (byte === void 0 || shift > 2 ** 35) return void 0;
    n += (byte & 127) * shift;
    shift *= 128;
    if (byte < 128) break;
  }
  at++;
  if (at + n > b.byteLength) return void 0;
  return { bytes: b.subarray(at, at + n), next: at + n };
}
function versionText(path2, info2) {
  const lines = info2.modules.replace(/\n$/, "").split("\n");
  return `${path2}: ${info2.goVersion}
${lines.map((l) => `	${l}
`).join("")}`;
}

// src/sbom/spdx.ts
var SPDX_MEDIA_TYPE = "application/spdx+json";
function spdxId(prefix, name) {
  return `SPDXRef-${prefix}-${name.replace(/[^A-Za-z0-9.-]/g, "-")}`;
}
function purl(path2, version) {
  const encoded = path2.split("/").map(encodeURIComponent).join("/");
  return `pkg:golang/${encoded}${version && version !== "(devel)" ? `@${encodeURIComponent(version)}` : ""}`;
}
function h1ToHex(sum) {
  if (!sum?.startsWith("h1:")) return void 0;
  const bytes = Buffer.from(sum.slice(3), "base64");
  return bytes.byteLength === 32 ? bytes.toString("hex") : void 0;
}
function pkg(prefix, m, extra = {}) {
  const hex = h1ToHex(m.sum);
  return {
    SPDXID: spdxId(prefix, `${m.path}-${m.version}`),
    name: m.path,
    versionInfo: m.version,
    downloadLocation: m.version && m.version !== "(devel)" ? `https://proxy.golang.org/${escapePath(m.path)}/@v/${escapePath(m.version)}.zip` : "NOASSERTION",
    filesAnalyzed: false,
    ...hex ? { checksums: [{ algorithm: "SHA256", checksumValue: hex }] } : {},
    externalRefs: [
      { referenceCategory: "PACKAGE-MANAGER", referenceType: "purl", referenceLocator: purl(m.path, m.version) }
    ],
    ...extra
  };
}
function spdxDocument(info2, subject) {
  const main = pkg(
    "Package",
    { ...info2.main, path: info2.main.path || info2.path },
    {
      primaryPackagePurpose: "APPLICATION",
      comment: `${info2.path} for ${subject.platform}, built with ${info2.goVersion}; build settings: ${info2.settings.map(([k, v]) => v ? `${k}=${v}` : k).join(" ")}`
    }
  );
  const stdlib = pkg("Package", { path: "stdlib", version: info2.goVersion.replace(/^go/, "v") });
  const deps = [...info2.deps].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0).map((d) => pkg("Package", d));
  return {
    spdxVersion: "SPDX-2.3",
    dataLicense: "CC0-1.0",
    SPDXID: "SPDXRef-DOCUMENT",
    name: `${info2.path} ${subject.platform}`,
    documentNamespace: `https://build-go-image.invalid/spdx/${subject.manifestDigest}`,
    creationInfo: { created: subject.created, creators: ["Tool: build-go-image"] },
    packages: [main, stdlib, ...deps],
    relationships: [
      { spdxElementId: "SPDXRef-DOCUMENT", relationshipType: "DESCRIBES", relatedSpdxElement: main.SPDXID },
      ...[stdlib, ...deps].map((d) => ({
        spdxElementId: main.SPDXID,
        relationshipType: "DEPENDS_ON",
        relatedSpdxElement: d.SPDXID
      }))
    ]
  };
}
function escapePath(path2) {
  return path2.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}

// src/sbom/io.ts
async function prepareSboms(layout) {
  await layout.putBlob(emptyBlob());
}
async function readBuildInfo(go, binary) {
  const info2 = await fromElf(binary);
  if (info2) return versionText(binary, info2);
  const out = await getExecOutput(go, ["version", "-m", binary], {
    silent: true,
    ignoreReturnCode: true,
    env: { ...process.env, GOTOOLCHAIN: "local" }
  });
  if (out.exitCode !== 0) throw new Error(`go version -m ${binary} failed: ${out.stderr.trim()}`);
  return out.stdout;
}
async function fromElf(binary) {
  const file3 = await open3(binary);
  try {
    const read = async (at, length) => {
      const { buffer, bytesRead } = await file3.read(Buffer.alloc(length), 0, length, at);
      return buffer.subarray(0, bytesRead);
    };
    const h = elfHeader(await read(0, ELF_HEADER_BYTES));
    if (!h || h.sectionCount === 0 || h.sectionCount * h.sectionSize > 1 << 20) return void 0;
    const all = sections(await read(h.sectionsAt, h.sectionCount * h.sectionSize), h);
    const names = all[h.namesIndex];
    if (!names || names.size > 1 << 20) return void 0;
    const section = sectionNamed(all, await read(names.offset, names.size), ".go.buildinfo");
    if (!section || section.size > 1 << 20) return void 0;
    return goBuildInfo(await read(section.offset, section.size));
  } finally {
    await file3.close();
  }
}
async function attachSbom(layout, img, buildInfo, created) {
  const doc = spdxDocument(parseBuildInfo(buildInfo), {
    manifestDigest: img.manifest.digest,
    platform: img.platform,
    created
  });
  const sbom = blobOf(SPDX_MEDIA_TYPE, Buffer.from(JSON.stringify(doc)));
  const annotations = { "org.opencontainers.image.created": created };
  const manifest = artifactManifest(SPDX_MEDIA_TYPE, sbom.descriptor, img.manifest, annotations);
  await Promise.all([layout.putBlob(sbom), layout.putBlob(manifest)]);
  return {
    platform: img.platform,
    descriptor: { ...manifest.descriptor, artifactType: SPDX_MEDIA_TYPE, annotations },
    blobs: [sbom.descriptor, emptyBlob().descriptor]
  };
}

// src/kept/layer-cache-io.ts
import { createHash as createHash7 } from "node:crypto";
import { readFile as readFile4, rm as rm6, writeFile as writeFile2 } from "node:fs/promises";
import { join as join12 } from "node:path";
var FORMAT2 = "build-go-image layer cache v3";
function layerCacheDir(env) {
  return keptDir(env, "layers");
}
async function layerKey(files, compressorId) {
  const h = createHash7("sha256").update(`${FORMAT2}
${compressorId}
`);
  for (const f of [...files].sort((a, b) => a.entry.path < b.entry.path ? -1 : 1)) {
    h.update(JSON.stringify(f.entry));
    if (f.source && "bytes" in f.source) h.update(f.source.bytes);
    else if (f.source) h.update(f.source.sha256 ?? await sha256File(f.source.path));
  }
  return h.digest("hex");
}
async function lookupLayer(dir2, key, layout) {
  const record = join12(dir2, `${key}.json`);
  try {
    const layer = JSON.parse(await readFile4(record, "utf8"));
    const kept = join12(dir2, digestHex(layer.descriptor.digest));
    if (await recordedSha256(kept) !== digestHex(layer.descriptor.digest) || !await layout.adopt(kept, layer.descriptor.digest)) {
      await forget(kept);
      await rm6(record, { force: true });
      return void 0;
    }
    await markUsed(kept);
    await markUsed(record);
    return layer;
  } catch {
    return void 0;
  }
}
async function storeLayer(dir2, key, layer, layout) {
  try {
    const hex = digestHex(layer.descriptor.digest);
    await keepFile(join12(dir2, hex), layout.blobPath(layer.descriptor.digest), hex, { link: false });
    await writeFile2(join12(dir2, `${key}.json`), JSON.stringify(layer));
  } catch {
  }
}
var LayerCache = class {
  constructor(dir2) {
    this.dir = dir2;
  }
  dir;
  writing = /* @__PURE__ */ new Set();
  lookup(key, layout) {
    return lookupLayer(this.dir, key, layout);
  }
  keep(key, layer, layout) {
    const keeping = storeLayer(this.dir, key, layer, layout);
    this.writing.add(keeping);
    void keeping.then(() => this.writing.delete(keeping));
  }
  async written() {
    await Promise.all([...this.writing]);
  }
};

// src/lib/oci/compressor.ts
async function withFallback(compressor, write) {
  try {
    return await write(compressor);
  } catch (e) {
    const other = compressor.fallback?.(e);
    if (!other) throw e;
    return write(other);
  }
}

// src/lib/oci/layer-io.ts
import { rm as rm7 } from "node:fs/promises";
async function writeLayer(layout, files, compressor) {
  const tmp = layout.tempPath();
  let written;
  try {
    written = await compressor.gzipTo(tarParts(files), tmp);
  } catch (e) {
    await rm7(tmp, { force: true });
    throw e.syscall === "write" || e.code === "ENOSPC" ? layout.error(e) : e;
  }
  await layout.commit(tmp, written.digest);
  return {
    descriptor: { mediaType: MediaType.layerGzip, digest: written.digest, size: written.size },
    diffId: written.diffId,
    uncompressedSize: written.uncompressedSize
  };
}

// src/lib/oci/annotations.ts
var BASE_NAME = "org.opencontainers.image.base.name";
var BASE_DIGEST = "org.opencontainers.image.base.digest";
function baseAnnotations(annotations, base) {
  return base ? { ...annotations, [BASE_NAME]: base.name, [BASE_DIGEST]: base.digest } : annotations;
}

// src/lib/oci/config.ts
function imageConfig(spec) {
  const { platform, run: run2 } = spec;
  const config = { User: run2.user, Env: run2.env, Entrypoint: run2.entrypoint };
  if (run2.cmd.length > 0) config.Cmd = run2.cmd;
  if (run2.workingDir) config.WorkingDir = run2.workingDir;
  if (run2.exposedPorts.length > 0) {
    config.ExposedPorts = Object.fromEntries([...run2.exposedPorts].sort().map((p) => [p, {}]));
  }
  if (Object.keys(run2.labels).length > 0) config.Labels = sortedRecord(run2.labels);
  return jsonBlob(spec.mediaType ?? MediaType.config, {
    created: spec.created,
    architecture: platform.architecture,
    ...platform.variant ? { variant: platform.variant } : {},
    os: platform.os,
    config,
    rootfs: { type: "layers", diff_ids: spec.diffIds },
    history: [
      ...spec.baseHistory ?? [],
      ...spec.history.map((h) => ({ created: spec.created, created_by: h.createdBy, comment: h.comment }))
    ]
  });
}

// src/lib/oci/manifest.ts
function withAnnotations(body, annotations) {
  return Object.keys(annotations).length > 0 ? { ...body, annotations: sortedRecord(annotations) } : body;
}
function imageManifest(config, layers, annotations = {}, mediaType = MediaType.manifest) {
  return jsonBlob(
    mediaType,
    withAnnotations(
      {
        schemaVersion: 2,
        mediaType,
        config: bare(config),
        layers: layers.map(bare)
      },
      annotations
    )
  );
}
function imageIndex(manifests, annotations = {}, mediaType = MediaType.index) {
  const withPlatform = [];
  for (const m of manifests) {
    if (!m.platform) throw new Error(`index entry ${m.digest} has no platform`);
    withPlatform.push(m);
  }
  const sorted = withPlatform.sort((a, b) => comparePlatforms(a.platform, b.platform));
  return jsonBlob(
    mediaType,
    withAnnotations({ schemaVersion: 2, mediaType, manifests: sorted.map(descriptorJson) }, annotations)
  );
}
function bare(d) {
  return { mediaType: d.mediaType, digest: d.digest, size: d.size };
}
function descriptorJson(d) {
  const out = bare(d);
  if (d.artifactType) out.artifactType = d.artifactType;
  if (d.platform) {
    out.platform = {
      architecture: d.platform.architecture,
      os: d.platform.os,
      ...d.platform.variant ? { variant: d.platform.variant } : {}
    };
  }
  if (d.annotations && Object.keys(d.annotations).length > 0) out.annotations = sortedRecord(d.annotations);
  return out;
}

// src/image/ca-bundle.ts
var CA_BUNDLE = "-----BEGIN CERTIFICATE-----\nMIIEkTCCA3mgAwIBAgIERWtQVDANBgkqhkiG9w0BAQUFADCBsDELMAkGA1UEBhMCVVMxFjAU\nBgNVBAoTDUVudHJ1c3QsIEluYy4xOTA3BgNVBAsTMHd3dy5lbnRydXN0Lm5ldC9DUFMgaXMg\naW5jb3Jwb3JhdGVkIGJ5IHJlZmVyZW5jZTEfMB0GA1UECxMWKGMpIDIwMDYgRW50cnVzdCwg\nSW5jLjEtMCsGA1UEAxMkRW50cnVzdCBSb290IENlcnRpZmljYXRpb24gQXV0aG9yaXR5MB4X\nDTA2MTEyNzIwMjM0MloXDTI2MTEyNzIwNTM0MlowgbAxCzAJBgNVBAYTAlVTMRYwFAYDVQQK\nEw1FbnRydXN0LCBJbmMuMTkwNwYDVQQLEzB3d3cuZW50cnVzdC5uZXQvQ1BTIGlzIGluY29y\ncG9yYXRlZCBieSByZWZlcmVuY2UxHzAdBgNVBAsTFihjKSAyMDA2IEVudHJ1c3QsIEluYy4x\nLTArBgNVBAMTJEVudHJ1c3QgUm9vdCBDZXJ0aWZpY2F0aW9uIEF1dGhvcml0eTCCASIwDQYJ\nKoZIhvcNAQEBBQADggEPADCCAQoCggEBALaVtkNC+sZtKm9I35RMOVcF7sN5EUFoNu3s/poB\nj6E4KPz3EEZmLk0eGrEaTsbRwJWIsMn/MYszA9u3g3s+IIRe7bJWKKf44LlAcTfFy0cOlypo\nwCKVYhXbR9n10Cv/gkvJrT7eTNuQgFA/CYqEAOwwCj0Yzfv9KlmaI5UXLEWeH25DeW0MXJj+\nSKfFI0dcXv1u5x609mhF0YaDW6KKjbHjKYD+JXGIrb68j6xSlkuqUY3kEzEZ6E5Nn9uss2rV\nvDlUccp6en+Q3X0dgNmBu1kmwhH+5pPi94DkZfs0Nw4pgHBNrziGLp5/V6+eF67rHMsoIV+2\nHNjnogQi+dPa2MsCAwEAAaOBsDCBrTAOBgNVHQ8BAf8EBAMCAQYwDwYDVR0TAQH/BAUwAwEB\n/zArBgNVHRAEJDAigA8yMDA2MTEyNzIwMjM0MlqBDzIwMjYxMTI3MjA1MzQyWjAfBgNVHSME\nGDAWgBRokORnpKZTgMeGZqTx90tD+4S9bTAdBgNVHQ4EFgQUaJDkZ6SmU4DHhmak8fdLQ/uE\nvW0wHQYJKoZIhvZ9B0EABBAwDhsIVjcuMTo0LjADAgSQMA0GCSqGSIb3DQEBBQUAA4IBAQCT\n1DCw1wMgKtD5Y+iRDAUgqV8ZyntyTtSx29CW+1RaGSwMCPeyvIWonX9tO1KzKtvn1ISMY/YP\nyyYBkVBs9F8U4pN0wBOeMDpQ47RgxRzwIkSNcUesyBrJ6ZuaAGAT/3B+XxFNSRuzFVJ7yVTa\nv52Vr2ua2J7p8eRDjeIRRDq/r72DQnNSi6q7pynP9WQcCk3RvKqsnyrQ/39/2n3qse0wJcGE\n2jTSW3iDVuycNsMm4hH2Z0kdkquM++v/eu6FSqdQgPCnXEqULl8FmTxSQeDNtGPPAUO6nIPc\nj2A781q0tHuu2guQOHXvgR1m0vdXcDazv/wor3ElhVsT/h5/WrQ8\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFtzCCA5+gAwIBAgICBQkwDQYJKoZIhvcNAQEFBQAwRTELMAkGA1UEBhMCQk0xGTAXBgNV\nBAoTEFF1b1ZhZGlzIExpbWl0ZWQxGzAZBgNVBAMTElF1b1ZhZGlzIFJvb3QgQ0EgMjAeFw0w\nNjExMjQxODI3MDBaFw0zMTExMjQxODIzMzNaMEUxCzAJBgNVBAYTAkJNMRkwFwYDVQQKExBR\ndW9WYWRpcyBMaW1pdGVkMRswGQYDVQQDExJRdW9WYWRpcyBSb290IENBIDIwggIiMA0GCSqG\nSIb3DQEBAQUAA4ICDwAwggIKAoICAQCaGMpLlA0ALa8DKYrwD4HIrkwZhR0In6spRIXzL4Gt\nMh6QRr+jhiYaHv5+HBg6XJxgFyo6dIMzMH1hVBHL7avg5tKifvVrbxi3Cgst/ek+7wrGsxDp\n3MJGF/hd/aTa/55JWpzmM+Yklvc/ulsrHHo1wtZn/qtmUIttKGAr79dgw8eTvI02kfN/+NsR\nE8Scd3bBrrcCaoF6qUWD4gXmuVbBlDePSHFjIuwXZQeVikvfj8ZaCuWw419eaxGrDPmF60Tp\n+ARz8un+XJiM9XOva7R+zdRcAitMOeGylZUtQofX1bOQQ7dsE/He3fbE+Ik/0XX1ksOR1YqI\n0JDs3G3eicJlcZaLDQP9nL9bFqyS2+r+eXyt66/3FsvbzSUr5R/7mp/iUcw6UwxI5g69ybR2\nBlLmEROFcmMDBOAENisgGQLodKcftslWZvB1JdxnwQ5hYIizPtGo/KPaHbDRsSNU30R2be1B\n2MGyIrZTHN81Hdyhdyox5C315eXbyOD/5YDXC2Og/zOhD7osFRXql7PSorW+8oyWHhqPHWyk\nYTe5hnMz15eWniN9gqRMgeKh0bpnX5UHoycR7hYQe7xFSkyyBNKr79X9DFHOUGoIMfmR2gyP\nZFwDwzqLID9ujWc9Otb+fVuIyV77zGHcizN300QyNQliBJIWENieJ0f7OyHj+OsdWwIDAQAB\no4GwMIGtMA8GA1UdEwEB/wQFMAMBAf8wCwYDVR0PBAQDAgEGMB0GA1UdDgQWBBQahGK8SEwz\nJQTU7tD2A8QZRtGUazBuBgNVHSMEZzBlgBQahGK8SEwzJQTU7tD2A8QZRtGUa6FJpEcwRTEL\nMAkGA1UEBhMCQk0xGTAXBgNVBAoTEFF1b1ZhZGlzIExpbWl0ZWQxGzAZBgNVBAMTElF1b1Zh\nZGlzIFJvb3QgQ0EgMoICBQkwDQYJKoZIhvcNAQEFBQADggIBAD4KFk2fBluornFdLwUvZ+YT\nRYPENvbzwCYMDbVHZF34tHLJRqUDGCdViXh9duqWNIAXINzng/iN/Ae42l9NLmeyhP3ZRPx3\nUIHmfLTJDQtyU/h2BwdBR5YM++CCJpNVjP4iH2BlfF/nJrP3MpCYUNQ3cVX2kiF495V5+vgt\nJodmVjB3pjd4M1IQWK4/YY7yarHvGH5KWWPKjaJW1acvvFYfzznB4vsKqBUsfU16Y8Zsl0Q8\n0m/DShcK+JDSV6IZUaUtl0HaB0+pUNqQjZRG4T7wlP0QADj1O+hA4bRuVhogzG9Yje0uRY/W\n6ZM/57Es3zrWIozchLsib9D45MY56QSIPMO661V6bYCZJPVsAfv4l7CUW+v90m/xd2gNNWQj\nrLhVoQPRTUIZ3Ph1WVaj+ahJefivDrkRoHy3au000LYmYjgahwz46P0u05B/B5EqHdZ+XIWD\nmbA4CD/pXvk1B+TJYm5Xf6dQlfe6yJvmjqIBxdZmv3lh8zwc4bmCXF2gw+nYSL0ZohEUGW6y\nhhtoPkg3Goi3XZZenMfvJ2II4pEZXNLxId26F0KCl3GBUzGpn/Z9Yr9y4aOTHcyKJloJONDO\n1w2AFrR4pTqHTI2KpdVGl/IsELm8VCLAAVBpQ570su9t+Oza8eOx79+Rj1QqCyXBJhnEUhAF\nZdWCEOrCMc0u\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIGnTCCBIWgAwIBAgICBcYwDQYJKoZIhvcNAQEFBQAwRTELMAkGA1UEBhMCQk0xGTAXBgNV\nBAoTEFF1b1ZhZGlzIExpbWl0ZWQxGzAZBgNVBAMTElF1b1ZhZGlzIFJvb3QgQ0EgMzAeFw0w\nNjExMjQxOTExMjNaFw0zMTExMjQxOTA2NDRaMEUxCzAJBgNVBAYTAkJNMRkwFwYDVQQKExBR\ndW9WYWRpcyBMaW1pdGVkMRswGQYDVQQDExJRdW9WYWRpcyBSb290IENBIDMwggIiMA0GCSqG\nSIb3DQEBAQUAA4ICDwAwggIKAoICAQDMV0IWVJzmmNPTTe7+7cefQzlKZbPoFog02w1ZkXTP\nkrgEQK0CSzGrvI2RaNggDhoB4hp7Thdd4oq3P5kazethq8Jlph+3t723j/z9cI8LoGe+AaJZ\nz3HmDyl2/7FWeUUrH556VOijKTVopAFPD6QuN+8bv+OPEKhyq1hX51SGyMnzW9os2l2Objyj\nPtr7guXd8lyyBTNvijbO0BNO/79KDDRMpsMhvVAEVeuxu537RR5kFd5VAYwCdrXLoT9Cabwv\nvWhDFlaJKjdhkf2mrk7AyxRllDdLkgbvBNDInIjbC3uBr7E9KsRlOni27tyAsdLTmZw67mta\na7ONt9XOnMK+pUsvFrGeaDsGb659n/je7Mwpp5ijJUMv7/FfJuGITfhebtfZFG4ZM2mnO4SJ\nk8RTVROhUXhA+LjJou57ulJCg54U7QVSWllWp5f8nT8KKdjcT5EOE7zelaTfi5m+rJsziO+1\nga8bxiJTyPbH7pcUsMV8eFLI8M5ud2CEpukqdiDtWAEXMJPpGovgc2PZapKUSU60rUqFxKMi\nMPwJ7Wgic6aIDFUhWMXhOp8q3crhkODZc6tsgLjoC2SToJyMGf+z0gzskSaHirOi4XCPLArl\nzW1oUevaPwV/izLmE1xr/l9A4iLItLRkT9a6fUg+qGkM17uGcclzuD87nSVL2v9A6wIDAQAB\no4IBlTCCAZEwDwYDVR0TAQH/BAUwAwEB/zCB4QYDVR0gBIHZMIHWMIHTBgkrBgEEAb5YAAMw\ngcUwgZMGCCsGAQUFBwICMIGGGoGDQW55IHVzZSBvZiB0aGlzIENlcnRpZmljYXRlIGNvbnN0\naXR1dGVzIGFjY2VwdGFuY2Ugb2YgdGhlIFF1b1ZhZGlzIFJvb3QgQ0EgMyBDZXJ0aWZpY2F0\nZSBQb2xpY3kgLyBDZXJ0aWZpY2F0aW9uIFByYWN0aWNlIFN0YXRlbWVudC4wLQYIKwYBBQUH\nAgEWIWh0dHA6Ly93d3cucXVvdmFkaXNnbG9iYWwuY29tL2NwczALBgNVHQ8EBAMCAQYwHQYD\nVR0OBBYEFPLAE+CCQz777i9nMpY1XNu4ywLQMG4GA1UdIwRnMGWAFPLAE+CCQz777i9nMpY1\nXNu4ywLQoUmkRzBFMQswCQYDVQQGEwJCTTEZMBcGA1UEChMQUXVvVmFkaXMgTGltaXRlZDEb\nMBkGA1UEAxMSUXVvVmFkaXMgUm9vdCBDQSAzggIFxjANBgkqhkiG9w0BAQUFAAOCAgEAT62g\nLEz6wPJv92ZVqyM07ucp2sNbtrCD2dDQ4iH782CnO11gUyeim/YIIirnv6By5ZwkajGxkHon\n24QRiSemd1o417+shvzuXYO8BsbRd2sPbSQvS3pspweWyuOEn62Iix2rFo1bZhfZFvSLgNLd\n+LJ2w/w4E6oM3kJpK27zPOuAJ9v1pkQNn1pVWQvVDVJIxa6f8i+AxeoyUDUSly7B4f/xI4hR\nOJ/yZlZ25w9Rl6VSDE1JUZU2Pb+iSwwQHYaZTKrzchGT5Or2m9qoXadNt54CrnMAyNojA+j5\n6hl0YgCUyyIgvpSnWbWCar6ZeXqp8kokUvd0/bpO5qgdAm6xDYBEwa7TIzdfu4V8K5Iu6H6l\ni92Z4b8nby1dqnuH/grdS/yO9SbkbnBCbjPsMZ57k8HkyWkaPcBrTiJt7qtYTcbQQcEr6k8S\nh17rRdhs9ZgC06DYVYoGmRmioHfRMJ6szHXug/WwYjnPbFfiTNKRCw51KBuav/0aQ/HKd/s7\nj2G4aSgWQgRecCocIdiP4b0jWy10QJLZYxkNc91pvGJHvOB0K7Lrfb5BG7XARsWhIstfTsEo\nkt4YutUqKLsRixeTmJlglFwjz1onl14LBQaTNx47aTbrqZ5hHY8y2o4M1nQ+ewkk2gF3R8Q7\nzTSMmfXK4SVhM7JZG+Ju1zdXtg2pEto=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDtzCCAp+gAwIBAgIQDOfg5RfYRv6P5WD8G/AwOTANBgkqhkiG9w0BAQUFADBlMQswCQYD\nVQQGEwJVUzEVMBMGA1UEChMMRGlnaUNlcnQgSW5jMRkwFwYDVQQLExB3d3cuZGlnaWNlcnQu\nY29tMSQwIgYDVQQDExtEaWdpQ2VydCBBc3N1cmVkIElEIFJvb3QgQ0EwHhcNMDYxMTEwMDAw\nMDAwWhcNMzExMTEwMDAwMDAwWjBlMQswCQYDVQQGEwJVUzEVMBMGA1UEChMMRGlnaUNlcnQg\nSW5jMRkwFwYDVQQLExB3d3cuZGlnaWNlcnQuY29tMSQwIgYDVQQDExtEaWdpQ2VydCBBc3N1\ncmVkIElEIFJvb3QgQ0EwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQCtDhXO5EOA\nXLGH87dg+XESpa7cJpSIqvTO9SA5KFhgDPiA2qkVlTJhPLWxKISKityfCgyDF3qPkKyK53lT\nXDGEKvYPmDI2dsze3Tyoou9q+yHyUmHfnyDXH+Kx2f4YZNISW1/5WBg1vEfNoTb5a3/UsDg+\nwRvDjDPZ2C8Y/igPs6eD1sNuRMBhNZYW/lmci3Zt1/GiSw0r/wty2p5g0I6QNcZ4VYcgoc/l\nbQrISXwxmDNsIumH0DJaoroTghHtORedmTpyoeb6pNnVFzF1roV9Iq4/AUaG9ih5yLHa5FcX\nxH4cDrC0kqZWs72yl+2qp/C3xag/lRbQ/6GW6whfGHdPAgMBAAGjYzBhMA4GA1UdDwEB/wQE\nAwIBhjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBRF66Kv9JLLgjEtUYunpyGd823IDzAf\nBgNVHSMEGDAWgBRF66Kv9JLLgjEtUYunpyGd823IDzANBgkqhkiG9w0BAQUFAAOCAQEAog68\n3+Lt8ONyc3pklL/3cmbYMuRCdWKuh+vy1dneVrOfzM4UKLkNl2BcEkxY5NM9g0lFWJc1aRqo\nR+pWxnmrEthngYTffwk8lOa4JiwgvT2zKIn3X/8i4peEH+ll74fg38FnSbNd67IJKusm7Xi+\nfT8r87cmNW1fiQG2SVufAQWbqz0lwcy2f8Lxb4bG+mRo64EtlOtCt/qMHt1i8b5QZ7dsvfPx\nH2sMNgcWfzd8qVttevESRmCD1ycEvkvOl77DZypoEd+A5wwzZr8TDRRu838fYxAe+o0bJW1s\nj6W3YQGx0qMmoRBxna3iw/nDmVG3KwcIzi7mULKn+gpFL6Lw8g==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDrzCCApegAwIBAgIQCDvgVpBCRrGhdWrJWZHHSjANBgkqhkiG9w0BAQUFADBhMQswCQYD\nVQQGEwJVUzEVMBMGA1UEChMMRGlnaUNlcnQgSW5jMRkwFwYDVQQLExB3d3cuZGlnaWNlcnQu\nY29tMSAwHgYDVQQDExdEaWdpQ2VydCBHbG9iYWwgUm9vdCBDQTAeFw0wNjExMTAwMDAwMDBa\nFw0zMTExMTAwMDAwMDBaMGExCzAJBgNVBAYTAlVTMRUwEwYDVQQKEwxEaWdpQ2VydCBJbmMx\nGTAXBgNVBAsTEHd3dy5kaWdpY2VydC5jb20xIDAeBgNVBAMTF0RpZ2lDZXJ0IEdsb2JhbCBS\nb290IENBMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4jvhEXLeqKTTo1eqUKKP\nC3eQyaKl7hLOllsBCSDMAZOnTjC3U/dDxGkAV53ijSLdhwZAAIEJzs4bg7/fzTtxRuLWZscF\ns3YnFo97nh6Vfe63SKMI2tavegw5BmV/Sl0fvBf4q77uKNd0f3p4mVmFaG5cIzJLv07A6Fpt\n43C/dxC//AH2hdmoRBBYMql1GNXRor5H4idq9Joz+EkIYIvUX7Q6hL+hqkpMfT7PT19sdl6g\nSzeRntwi5m3OFBqOasv+zbMUZBfHWymeMr/y7vrTC0LUq7dBMtoM1O/4gdW7jVg/tRvoSSii\ncNoxBN33shbyTApOB6jtSj1etX+jkMOvJwIDAQABo2MwYTAOBgNVHQ8BAf8EBAMCAYYwDwYD\nVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUA95QNVbRTLtm8KPiGxvDl7I90VUwHwYDVR0jBBgw\nFoAUA95QNVbRTLtm8KPiGxvDl7I90VUwDQYJKoZIhvcNAQEFBQADggEBAMucN6pIExIK+t1E\nnE9SsPTfrgT1eXkIoyQY/EsrhMAtudXH/vTBH1jLuG2cenTnmCmrEbXjcKChzUyImZOMkXDi\nqw8cvpOp/2PV5Adg06O/nVsJ8dWO41P0jmP6P6fbtGbfYmbW0W5BjfIttep3Sp+dWOIrWcBA\nI+0tKIJFPnlUkiaY4IBIqDfv8NZ5YBberOgOzW6sRBc4L0na4UU+Krk2U886UAb3LujEV0ls\nYSEY1QSteDwsOoBrp+uvFRTp2InBuThs4pFsiv9kuXclVzDAGySj4dzp30d8tbQkCAUw7C29\nC79Fv1C5qfPrmAESrciIxpg0X40KPMbp1ZWVbd4=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDxTCCAq2gAwIBAgIQAqxcJmoLQJuPC3nyrkYldzANBgkqhkiG9w0BAQUFADBsMQswCQYD\nVQQGEwJVUzEVMBMGA1UEChMMRGlnaUNlcnQgSW5jMRkwFwYDVQQLExB3d3cuZGlnaWNlcnQu\nY29tMSswKQYDVQQDEyJEaWdpQ2VydCBIaWdoIEFzc3VyYW5jZSBFViBSb290IENBMB4XDTA2\nMTExMDAwMDAwMFoXDTMxMTExMDAwMDAwMFowbDELMAkGA1UEBhMCVVMxFTATBgNVBAoTDERp\nZ2lDZXJ0IEluYzEZMBcGA1UECxMQd3d3LmRpZ2ljZXJ0LmNvbTErMCkGA1UEAxMiRGlnaUNl\ncnQgSGlnaCBBc3N1cmFuY2UgRVYgUm9vdCBDQTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCC\nAQoCggEBAMbM5XPm+9S75S0tMqbf5YE/yc0lSbZxKsPVlDRnogocsF9ppkCxxLeyj9CYpKlB\nWTrT3JTWPNt0OKRKzE0lgvdKpVMSOO7zSW1xkX5jtqumX8OkhPhPYlG++MXs2ziS4wblCJEM\nxChBVfvLWokVfnHoNb9Ncgk9vjo4UFt3MRuNs8ckRZqnrG0AFFoEt7oT61EKmEFBIk5lYYeB\nQVCmeVyJ3hlKV9Uu5l0cUyx+mM0aBhakaHPQNAQTXKFx01p8VdteZOE3hzBWBOURtCmAEvF5\nOYiiAhF8J2a3iLd48soKqDirCmTCv2ZdlYTBoSUeh10aUAsgEsxBu24LUTi4S8sCAwEAAaNj\nMGEwDgYDVR0PAQH/BAQDAgGGMA8GA1UdEwEB/wQFMAMBAf8wHQYDVR0OBBYEFLE+w2kD+L9H\nAdSYJhoIAu9jZCvDMB8GA1UdIwQYMBaAFLE+w2kD+L9HAdSYJhoIAu9jZCvDMA0GCSqGSIb3\nDQEBBQUAA4IBAQAcGgaX3NecnzyIZgYIVyHbIUf4KmeqvxgydkAQV8GK83rZEWWONfqe/EW1\nntlMMUu4kehDLI6zeM7b41N5cdblIZQB2lWHmiRk9opmzN6cN82oNLFpmyPInngiK3BD41VH\nMWEZ71jFhS9OMPagMRYjyOfiZRYzy78aG6A9+MpeizGLYAiJLQwGXFK3xPkKmNEVX58Svnw2\nYzi9RKR/5CYrCsSXaQ3pjOLAEFe4yHYSkVXySGnYvCoCWw9E1CAx2/S6cCZdkGCevEsXCS+0\nyx5DaMkHJ8HSXPfqIbloEpw8nL+e/IBcm2PN7EeqJSdnoDfzAIJ9VNep+OkuE6N36B9K\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFujCCA6KgAwIBAgIJALtAHEP1Xk+wMA0GCSqGSIb3DQEBBQUAMEUxCzAJBgNVBAYTAkNI\nMRUwEwYDVQQKEwxTd2lzc1NpZ24gQUcxHzAdBgNVBAMTFlN3aXNzU2lnbiBHb2xkIENBIC0g\nRzIwHhcNMDYxMDI1MDgzMDM1WhcNMzYxMDI1MDgzMDM1WjBFMQswCQYDVQQGEwJDSDEVMBMG\nA1UEChMMU3dpc3NTaWduIEFHMR8wHQYDVQQDExZTd2lzc1NpZ24gR29sZCBDQSAtIEcyMIIC\nIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAr+TufoskDhJuqVAtFkQ7kpJcyrhdhJJC\nEyq8ZVeCQD5XJM1QiyUqt2/876LQwB8CJEoTlo8jE+YoWACjR8cGp4QjK7u9lit/VcyLwVcf\nDmJlD909Vopz2q5+bbqBHH5CjCA12UNNhPqE21Is8w4ndwtrvxEvcnifLtg+5hg3Wipy+dpi\nkJKVyh+c6bM8K8vzARO/Ws/BtQpgvd21mWRTuKCWs2/iJneRjOBiEAKfNA+k1ZIzUd6+jbqE\nemA8atufK+ze3gE/bk3lUIbLtK/tREDFylqM2tIrfKjuvqblCqoOpd8FUrdVxyJdMmqXl2MT\n28nbeTZ7hTpKxVKJ+STnnXepgv9VHKVxaSvRAiTysybUa9oEVeXBCsdtMDeQKuSeFDNeFhdV\nxVu1yzSJkvGdJo+hB9TGsnhQ2wwMC3wLjEHXuendjIj3o02yMszYF9rNt85mndT9Xv+9lz4p\nded+p2JYryU0pUHHPbwNUMoDAw8IWh+Vc3hiv69yFGkOpeUDDniOJihC8AcLYiAQZzlG+qkD\nzAQ4embvIIO1jEpWjpEA/I5cgt6IoMPiaG59je883WX0XaxR7ySArqpWl2/5rX3aYT+Ydzyl\nkbYcjCbaZaIJbcHiVOO5ykxMgI93e2CaHt+28kgeDrpOVG2Y4OGiGqJ3UM/EY5LsRxmd6+Zr\nzsECAwEAAaOBrDCBqTAOBgNVHQ8BAf8EBAMCAQYwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4E\nFgQUWyV7lqRlUX64OfPAeGZe6Drn8O4wHwYDVR0jBBgwFoAUWyV7lqRlUX64OfPAeGZe6Drn\n8O4wRgYDVR0gBD8wPTA7BglghXQBWQECAQEwLjAsBggrBgEFBQcCARYgaHR0cDovL3JlcG9z\naXRvcnkuc3dpc3NzaWduLmNvbS8wDQYJKoZIhvcNAQEFBQADggIBACe645R88a7A3hfm5djV\n9VSwg/S7zV4Fe0+fdWavPOhWfvxyeDgD2StiGwC5+OlgzczOUYrHUDFu4Up+GC9pWbY9ZIEr\n44OE5iKHjn3g7gKZYbge9LgriBIWhMIxkziWMaa5O1M/wySTVltpkuzFwbs4AOPsF6m43Md8\nAYOfMke6UiI0HTJ6CVanfCU2qT1L2sCCbwq7EsiHSycR+R4tx5M/nttfJmtS2S6K8RTGRI0V\nqbe/vd6mGu6uLftIdxf+u+yvGPUqUfA5hJeVbG4bwyvEdGB5JbAKJ9/fXtI5z0V9Qkvfsywe\nxcZdylU6oJxpmo/a77KwPJ+HbBIrZXAVUjEaJM9vMSNQH4xPjyPDdEFjHFWoFN0+4FFQz/Eb\nMFYOkrCChdiDyyJkvC24JdVUorgG6q2SpCSgwYa1ShNqR88uC1aVVMvOmttqtKay20EIhid3\n92qgQmwLOM7XdVAyksLfKzAiSNDVQTglXaTpXZ/GlHXQRf0wl0OPkKsKx4ZzYEppLd6leNcG\n2mqeSz53OiATIgHQv2ieY2BrNU0LbbqhPcCT4H8js1WtciVORvnSFu+wZMEBnunKoGqYDs/Y\nYPIvSbjkQuE4NRb0yG5P94FW6LqjviOvrv1vA+ACOzB2+httQc8Bsem4yWb02ybzOqR08kkk\nW8mw0FfB+j564ZfJ\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDuDCCAqCgAwIBAgIQDPCOXAgWpa1Cf/DrJxhZ0DANBgkqhkiG9w0BAQUFADBIMQswCQYD\nVQQGEwJVUzEgMB4GA1UEChMXU2VjdXJlVHJ1c3QgQ29ycG9yYXRpb24xFzAVBgNVBAMTDlNl\nY3VyZVRydXN0IENBMB4XDTA2MTEwNzE5MzExOFoXDTI5MTIzMTE5NDA1NVowSDELMAkGA1UE\nBhMCVVMxIDAeBgNVBAoTF1NlY3VyZVRydXN0IENvcnBvcmF0aW9uMRcwFQYDVQQDEw5TZWN1\ncmVUcnVzdCBDQTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAKukgeWVzfX2FI7C\nT8rU4niVWJxB4Q2ZQCQXOZEzZum+4YOvYlyJ0fwkW2Gz4BERQRwdbvC4u/jep4G6pkjGnx29\nvo6pQT64lO0pGtSO0gMdA+9tDWccV9cGrcrI9f4Or2YlSASWC12juhbDCE/RRvgUXPLIXgGZ\nbf2IzIaowW8xQmxSPmjL8xk037uHGFaAJsTQ3MBv396gwpEWoGQRS0S8Hvbn+mPeZqx2pHGj\n7DaUaHp3pLHnDi+BeuK1cobvomuL8A/b01k/unK8RCSc43Oz969XL0Imnal0ugBS8kvNU3xH\nCzaFDmapCJcWNFfBZveA4+1wVMeT4C4oFVmHursCAwEAAaOBnTCBmjATBgkrBgEEAYI3FAIE\nBh4EAEMAQTALBgNVHQ8EBAMCAYYwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUQjK2FvoE\n/f5dS3rD/fdMQB1aQ68wNAYDVR0fBC0wKzApoCegJYYjaHR0cDovL2NybC5zZWN1cmV0cnVz\ndC5jb20vU1RDQS5jcmwwEAYJKwYBBAGCNxUBBAMCAQAwDQYJKoZIhvcNAQEFBQADggEBADDt\nT0rhWDpSclu1pqNlGKa7UTt36Z3q059c4EVlew3KW+JwULKUBRSuSceNQQcSc5R+DCMh/bwQ\nf2AQWnL1mA6s7Ll/3XpvXdMc9P+IBWlCqQVxyLesJugutIxq/3HcuLHfmbx8IVQr5Fiiu1cp\nrp6poxkmD5kuCLDv/WnPmRoJjeOnnyvJNjR7JLN4TJUXpAYmHrZkUjZfYGfZnMUFdAvnZyPS\nCPyI6a6Lf+Ew9Dd+/cYy2i2eRDAwbO4H3tI0/NL/QPZL9GZGBlSm8jIKYyYwa5vR3ItHuuG5\n1WLQoqD0ZwV4KWMabwTW+MZMo5qxN7SN5ShLHZ4swrhovO0C7jE=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDvDCCAqSgAwIBAgIQB1YipOjUiolN9BPI8PjqpTANBgkqhkiG9w0BAQUFADBKMQswCQYD\nVQQGEwJVUzEgMB4GA1UEChMXU2VjdXJlVHJ1c3QgQ29ycG9yYXRpb24xGTAXBgNVBAMTEFNl\nY3VyZSBHbG9iYWwgQ0EwHhcNMDYxMTA3MTk0MjI4WhcNMjkxMjMxMTk1MjA2WjBKMQswCQYD\nVQQGEwJVUzEgMB4GA1UEChMXU2VjdXJlVHJ1c3QgQ29ycG9yYXRpb24xGTAXBgNVBAMTEFNl\nY3VyZSBHbG9iYWwgQ0EwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQCvNS7YrGxV\naQZx5RNoJLNP2MwhR/jxYDiJiQPpvepeRlMJ3Fz1Wuj3RSoC6zFh1ykzTM7HfAo3fg+6Mpjh\nHZevj8fcyTiW89sa/FHtaMbQbqR8JNGuQsiWUGMu4P51/pinX0kuleM5M2SOHqRfkNJnPLLZ\n/kG5VacJjnIFHovdRIWCQtBJwB1g8NEXLJXr9qXBkqPFwqcIYA1gBBCWeZ4WNOaptvolRTnI\nHmX5k/Wq8VLcmZg9pYYaDDUz+kulBAYVHDGA76oYa8J719rO+TMg1fW9ajMtgQT7sFzUnKPi\nXB3jqUJ1XnvUd+85VLrJChgbEplJL4hL/VBi0XPnj3pDAgMBAAGjgZ0wgZowEwYJKwYBBAGC\nNxQCBAYeBABDAEEwCwYDVR0PBAQDAgGGMA8GA1UdEwEB/wQFMAMBAf8wHQYDVR0OBBYEFK9E\nBMJBfkiD2045AuzshHrmzsmkMDQGA1UdHwQtMCswKaAnoCWGI2h0dHA6Ly9jcmwuc2VjdXJl\ndHJ1c3QuY29tL1NHQ0EuY3JsMBAGCSsGAQQBgjcVAQQDAgEAMA0GCSqGSIb3DQEBBQUAA4IB\nAQBjGghAfaReUw132HquHw0LURYD7xh8yOOvaliTFGCRsoTciE6+OYo68+aCiV0BN7OrJKQV\nDpI1WkpEXk5X+nXOH0jOZvQ8QCaSmGwb7iRGDBezUqXbpZGRzzfTb+cnCDpOGR86p1hcF895\nP4vkp9MmI50mD1hp/Ed+stCNi5O/KU9DaXR2Z0vPB4zmAve14bRDtUstFJ/53CYNv6ZHdAbY\niNE6KTCEztI5gGIbqMdXSbxqVVFnFUq+NQfk1XWYN3kwFNspnWzFacxHVaIw98xcf8LDmBxr\nThaA63p4ZUWiABqvDA1VZDRIuJK58bRQKfJPIx/abKwfROHdI3hRW8cW\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIEHTCCAwWgAwIBAgIQToEtioJl4AsC7j41AkblPTANBgkqhkiG9w0BAQUFADCBgTELMAkG\nA1UEBhMCR0IxGzAZBgNVBAgTEkdyZWF0ZXIgTWFuY2hlc3RlcjEQMA4GA1UEBxMHU2FsZm9y\nZDEaMBgGA1UEChMRQ09NT0RPIENBIExpbWl0ZWQxJzAlBgNVBAMTHkNPTU9ETyBDZXJ0aWZp\nY2F0aW9uIEF1dGhvcml0eTAeFw0wNjEyMDEwMDAwMDBaFw0yOTEyMzEyMzU5NTlaMIGBMQsw\nCQYDVQQGEwJHQjEbMBkGA1UECBMSR3JlYXRlciBNYW5jaGVzdGVyMRAwDgYDVQQHEwdTYWxm\nb3JkMRowGAYDVQQKExFDT01PRE8gQ0EgTGltaXRlZDEnMCUGA1UEAxMeQ09NT0RPIENlcnRp\nZmljYXRpb24gQXV0aG9yaXR5MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0ECL\ni3LjkRv3UcEbVASY06m/weaKXTuH+7uIzg3jLz8GlvCiKVCZrts7oVewdFFxze1CkU1B/qnI\n2GqGd0S7WWaXUF601CxwRM/aN5VCaTwwxHGzUvAhTaHYujl8HJ6jJJ3ygxaYqhZ8Q5sVW7eu\nNJH+1GImGEaaP+vB+fGQV+useg2L23IwambV4EajcNxo2f8ESIl33rXp+2dtQem8Ob0y2WIC\n8bGoPW43nOIv4tOiJovGuFVDiOEjPqXSJDlqR6sA1KGzqSX+DT+nHbrTUcELpNqsOO9VUCQF\nZUaTNE8tja3G1CEZ0o7KBWFxB3NH5YoZEr0ETc5OnKVIrLsm9wIDAQABo4GOMIGLMB0GA1Ud\nDgQWBBQLWOWLxkwVN6RAqTCpIb5HNlpW/zAOBgNVHQ8BAf8EBAMCAQYwDwYDVR0TAQH/BAUw\nAwEB/zBJBgNVHR8EQjBAMD6gPKA6hjhodHRwOi8vY3JsLmNvbW9kb2NhLmNvbS9DT01PRE9D\nZXJ0aWZpY2F0aW9uQXV0aG9yaXR5LmNybDANBgkqhkiG9w0BAQUFAAOCAQEAPpiem/Yb6dc5\nt3iuHXIYSdOH5EOC6z/JqvWote9VfCFSZfnVDeFs9D6Mk3ORLgLETgdxb8CPOGEIqB6BCsAv\nIC9Bi5HcSEW88cbeunZrM8gALTFGTO3nnc+IlP8zwFboJIYmuNg4ON8qa90SzMc/RxdMosIG\nlgnW2/4/PEZB31jiVg88O8EckzXZOFKs7sjsLjBOlDW0JB9LeGna8gI4zJVSk/BwJVmcIGfE\n7vmLV2H0knZ9P4SNVbfo5azV8fUZVqZa+5Acr5Pr5RzUZ5ddBA6+C4OmF4O5MBKgxTMVBbkN\n+8cFduPYSo38NBejxiEovjBFMR7HeL5YYTisO+IBZQ==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICiTCCAg+gAwIBAgIQH0evqmIAcFBUTAGem2OZKjAKBggqhkjOPQQDAzCBhTELMAkGA1UE\nBhMCR0IxGzAZBgNVBAgTEkdyZWF0ZXIgTWFuY2hlc3RlcjEQMA4GA1UEBxMHU2FsZm9yZDEa\nMBgGA1UEChMRQ09NT0RPIENBIExpbWl0ZWQxKzApBgNVBAMTIkNPTU9ETyBFQ0MgQ2VydGlm\naWNhdGlvbiBBdXRob3JpdHkwHhcNMDgwMzA2MDAwMDAwWhcNMzgwMTE4MjM1OTU5WjCBhTEL\nMAkGA1UEBhMCR0IxGzAZBgNVBAgTEkdyZWF0ZXIgTWFuY2hlc3RlcjEQMA4GA1UEBxMHU2Fs\nZm9yZDEaMBgGA1UEChMRQ09NT0RPIENBIExpbWl0ZWQxKzApBgNVBAMTIkNPTU9ETyBFQ0Mg\nQ2VydGlmaWNhdGlvbiBBdXRob3JpdHkwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQDR3svdcmC\nFYX7deSRFtSrYpn1PlILBs5BAH+X4QokPB0BBO490o0JlwzgdeT6+3eKKvUDYEs2ixYjFq0J\ncfRK9ChQtP6IHG4/bC8vCVlbpVsLM5niwz2J+Wos77LTBumjQjBAMB0GA1UdDgQWBBR1cacZ\nSBm8nZ3qQUfflMRId5nTeTAOBgNVHQ8BAf8EBAMCAQYwDwYDVR0TAQH/BAUwAwEB/zAKBggq\nhkjOPQQDAwNoADBlAjEA7wNbeqy3eApyt4jf/7VGFAkK+qDmfQjGGoe9GKhzvSbKYAydzpmf\nz1wPMOG+FDHqAjAU9JM8SaczepBGR7NjfRObTrdvGDeAU/7dIOA1mjbRxwG55tzd8/8dLDoW\nV9mSOdY=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDqDCCApCgAwIBAgIJAP7c4wEPyUj/MA0GCSqGSIb3DQEBBQUAMDQxCzAJBgNVBAYTAkZS\nMRIwEAYDVQQKDAlEaGlteW90aXMxETAPBgNVBAMMCENlcnRpZ25hMB4XDTA3MDYyOTE1MTMw\nNVoXDTI3MDYyOTE1MTMwNVowNDELMAkGA1UEBhMCRlIxEjAQBgNVBAoMCURoaW15b3RpczER\nMA8GA1UEAwwIQ2VydGlnbmEwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQDIaPHJ\n1tazNHUmgh7stL7qXOEm7RFHYeGifBZ4QCHkYJ5ayGPhxLGWkv8YbWkj4Sti993iNi+RB7lI\nzw7sebYs5zRLcAglozyHGxnygQcPOJAZ0xH+hrTy0V4eHpbNgGzOOzGTtvKg0KmVEn2lmsxr\nyIRWijOp5yIVUxbwzBfsV1/pogqYCd7jX5xv3EjjhQsVWqa6n6xI4wmy9/Qy3l40vhx4XUJb\nzg4ij02Q130yGLMLLGq/jj8UEYkgDncUtT2UCIf3JR7VsmAA7G8qKCVuKj4YYxclPz5EIBb2\nJsglrgVKtOdjLPOMFlN+XPsRGgjBRmKfIrjxwo1p3Po6WAbfAgMBAAGjgbwwgbkwDwYDVR0T\nAQH/BAUwAwEB/zAdBgNVHQ4EFgQUGu3+QTmQtCRZvgHyUtVF9lo53BEwZAYDVR0jBF0wW4AU\nGu3+QTmQtCRZvgHyUtVF9lo53BGhOKQ2MDQxCzAJBgNVBAYTAkZSMRIwEAYDVQQKDAlEaGlt\neW90aXMxETAPBgNVBAMMCENlcnRpZ25hggkA/tzjAQ/JSP8wDgYDVR0PAQH/BAQDAgEGMBEG\nCWCGSAGG+EIBAQQEAwIABzANBgkqhkiG9w0BAQUFAAOCAQEAhQMeknH2Qq/ho2Ge6/PAD/Kl\n1NqV5ta+aDY9fm4fTIrv0Q8hbV6lUmPOEvjvKtpv6zf+EwLHyzs+ImvaYS5/1HI93TDhHkxA\nGYwP15zRgzB7mFncfca5DClMoTOi62c6ZYTTluLtdkVwj7Ur3vkj1kluPBS1xp81HlDQwY9q\ncEQCYsuuHWhBp6pX6FOqB9IG9tUUBguRA3UsbHK1YZWaDYu5Def131TN3ubY1gkIl2PlwS6w\nt0QmwCbAr1UwnjvVNioZBPRcHv/PLLf/0P2HQBHVESO7SMAhqaQoLf0V+LBOK/QwWyH8EZE0\nvkHve52Xdf+XlcCWWC/qu0bXu+TZLg==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFsDCCA5igAwIBAgIQFci9ZUdcr7iXAF7kBtK8nTANBgkqhkiG9w0BAQUFADBeMQswCQYD\nVQQGEwJUVzEjMCEGA1UECgwaQ2h1bmdod2EgVGVsZWNvbSBDby4sIEx0ZC4xKjAoBgNVBAsM\nIWVQS0kgUm9vdCBDZXJ0aWZpY2F0aW9uIEF1dGhvcml0eTAeFw0wNDEyMjAwMjMxMjdaFw0z\nNDEyMjAwMjMxMjdaMF4xCzAJBgNVBAYTAlRXMSMwIQYDVQQKDBpDaHVuZ2h3YSBUZWxlY29t\nIENvLiwgTHRkLjEqMCgGA1UECwwhZVBLSSBSb290IENlcnRpZmljYXRpb24gQXV0aG9yaXR5\nMIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA4SUP7o3biDN1Z82tH306Tm2d0y8U\n82N0ywEhajfqhFAHSyZbCUNsIZ5qyNUD9WBpj8zwIuQf5/dqIjG3LBXy4P4AakP/h2XGtRrB\np0xtInAhijHyl3SJCRImHJ7K2RKilTza6We/CKBk49ZCt0Xvl/T29de1ShUCWH2YWEtgvM3X\nDZoTM1PRYfl61dd4s5oz9wCGzh1NlDivqOx4UXCKXBCDUSH3ET00hl7lSM2XgYI1TBnsZfZr\nxQWh7kcT1rMhJ5QQCtkkO7q+RBNGMD+XPNjX12ruOzjjK9SXDrkb5wdJfzcq+Xd4z1TtW0ad\no4AOkUPB1ltfFLqfpo0kR0BZv3I4sjZsN/+Z0V0OWQqraffAsgRFelQArr5T9rXn4fg8ozHS\nqf4hUmTFpmfwdQcGlBSBVcYn5AGPF8Fqcde+S/uUWH1+ETOxQvdibBjWzwloPn9s9h6PYq2l\nY9sJpx8iQkEeb5mKPtf5P0B6ebClAZLSnT0IFaUQAS2zMnaolQ2zepr7BxB4EW/hj8e6DyUa\ndCrlHJhBmd8hh+iVBmoKs2pHdmX2Os+PYhcZewoozRrSgx4hxyy/vv9haLdnG7t4TY3OZ+Xk\nwY63I2binZB1NJipNiuKmpS5nezMirH4JYlcWrYvjB9teSSnUmjDhDXiZo1jDiVN1Rmy5nk3\npyKdVDECAwEAAaNqMGgwHQYDVR0OBBYEFB4M97Zn8uGSJglFwFU5Lnc/QkqiMAwGA1UdEwQF\nMAMBAf8wOQYEZyoHAAQxMC8wLQIBADAJBgUrDgMCGgUAMAcGBWcqAwAABBRFsMLHClZ87lt4\nDJX5GFPBphzYEDANBgkqhkiG9w0BAQUFAAOCAgEACbODU1kBPpVJufGBuvl2ICO1J2B01GqZ\nNF5sAFPZn/KmsSQHRGoqxqWOeBLoR9lYGxMqXnmbnwoqZ6YlPwZpVnPDimZI+ymBV3QGypzq\nKOg4ZyYr8dW1P2WT+DZdjo2NQCCHGervJ8A9tDkPJXtoUHRVnAxZfVo9QZQlUgjgRywVMRnV\nvwdVxrsStZf0X4OFunHB2WyBEXYKCrC/gpf36j36+uwtqSiUO1bd0lEursC9CBWMd1I0ltab\nrNMdjmEPNXubrjlpC2JgQCA2j6/7Nu4tCEoduL+bXPjqpRugc6bY+G7gMwRfaKonh+3ZwZCc\n7b3jajWvY9+rGNm65ulK6lCKD2GTHuItGeIwlDWSXQ62B68ZgI9HkFFLLk3dheLSClIKF5r8\nGrBQAuUBo2M3IUxExJtRmREOc5wGj1QupyheRDmHVi03vYVElOEMSyycw5KFNGHLD7ibSkNS\n/jQ6fbjpKdx2qcgw+BRxgMYeNkh0IkFch4LoGHGLQYlE535YW6i4jRPpp2zDR+2zGp1iro2C\n6pSe3VkQw63d4k3jMdXH7OjysP6SHhYKGvzZ8/gntsm+HbRsZJB/9OTEW9c3rkIO3aQab3yI\nVMUWbuF6aC74Or8NpDyJO3inTmODBCEIZ43ygknQW/2xzQ+DhNQ+IIX3Sj0rnP0qCglN6oH4\nEZw=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDODCCAiCgAwIBAgIGIAYFFnACMA0GCSqGSIb3DQEBBQUAMDsxCzAJBgNVBAYTAlJPMREw\nDwYDVQQKEwhjZXJ0U0lHTjEZMBcGA1UECxMQY2VydFNJR04gUk9PVCBDQTAeFw0wNjA3MDQx\nNzIwMDRaFw0zMTA3MDQxNzIwMDRaMDsxCzAJBgNVBAYTAlJPMREwDwYDVQQKEwhjZXJ0U0lH\nTjEZMBcGA1UECxMQY2VydFNJR04gUk9PVCBDQTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCC\nAQoCggEBALczuX7IJUqOtdu0KBuqV5Do0SLTZLrTk+jUrIZhQGpgV2hUhE28alQCBf/fm5oq\nrl0Hj0rDKH/v+yv6efHHrfAQUySQi2bJqIirr1qjAOm+ukbuW3N7LBeCgV5iLKECZbO9xSsA\nfsT8AzNXDe3i+s5dRdY4zTW2ssHQnIFKquSyAVwdj1+ZxLGt24gh65AIgoDzMKND5pCCrlUo\nSe1b16kQOA7+j0xbm0bqQfWwCHTD0IgztnzXdN/chNFDDnU5oSVAKOp4yw4sLjmdjItuFhwv\nJoIQ4uNllAoEwF73XVv4EOLQunpL+943AAAaWyjj0pxzPjKHmKHJUS/X3qwzs08CAwEAAaNC\nMEAwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAcYwHQYDVR0OBBYEFOCMm9slSbPx\nfIbWskKHC9BroNnkMA0GCSqGSIb3DQEBBQUAA4IBAQA+0hyJLjX8+HXd5n9liPRyTMks1zJO\n890ZeUe9jjtbkw9QSSQTaxQGcu8J06Gh40CEyecYMnQ8SG4Pn0vU9x7Tk4ZkVJdjclDVVc/6\nIJMCopvDI5NOFlV2oHB5bc0hH88vLbwZ44gx+FkagQnIl6Z0x2DEW8xXjrJ1/RsCCdtZb3KT\nafcxQdaIOL+Hsr0Wefmq5L6IJd1hJyMctTEHBDa0GpC9oHRxUIltvBTjD4au8as+x6AJzKNI\n0eDbZOeStc+vckNwi/nDhDwTqn6Sm1dTk/pwwpEOMfmbZ13pljheX7NzTogVZ96edhBiIL5V\naZVDADlN9u6wWk5JRFRYX0KD\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIEFTCCAv2gAwIBAgIGSUEs5AAQMA0GCSqGSIb3DQEBCwUAMIGnMQswCQYDVQQGEwJIVTER\nMA8GA1UEBwwIQnVkYXBlc3QxFTATBgNVBAoMDE5ldExvY2sgS2Z0LjE3MDUGA1UECwwuVGFu\nw7pzw610dsOhbnlraWFkw7NrIChDZXJ0aWZpY2F0aW9uIFNlcnZpY2VzKTE1MDMGA1UEAwws\nTmV0TG9jayBBcmFueSAoQ2xhc3MgR29sZCkgRsWRdGFuw7pzw610dsOhbnkwHhcNMDgxMjEx\nMTUwODIxWhcNMjgxMjA2MTUwODIxWjCBpzELMAkGA1UEBhMCSFUxETAPBgNVBAcMCEJ1ZGFw\nZXN0MRUwEwYDVQQKDAxOZXRMb2NrIEtmdC4xNzA1BgNVBAsMLlRhbsO6c8OtdHbDoW55a2lh\nZMOzayAoQ2VydGlmaWNhdGlvbiBTZXJ2aWNlcykxNTAzBgNVBAMMLE5ldExvY2sgQXJhbnkg\nKENsYXNzIEdvbGQpIEbFkXRhbsO6c8OtdHbDoW55MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\nMIIBCgKCAQEAxCRec75LbRTDofTjl5Bu0jBFHjzuZ9lk4BqKf8owyoPjIMHj9DrTlF8afFtt\nvzBPhCf2nx9JvMaZCpDyD/V/Q4Q3Y1GLeqVw/HpYzY6b7cNGbIRwXdrzAZAj/E4wqX7hJ2Pn\n7WQ8oLjJM2P+FpD/sLj916jAwJRDC7bVWaaeVtAkH3B5r9s5VA1lddkVQZQBr17s9o3x/61k\n/iCa11zr/qYfCGSji3ZVrR47KGAuhyXoqq8fxmRGILdwfzzeSNuWU7c5d+Qa4scWhHaXWy+7\nGRWF+GmF9ZmnqfI0p6m2pgP8b4Y9VHx2BJtr+UBdADTHLpl1neWIA6pN+APSQnbAGwIDAKiL\no0UwQzASBgNVHRMBAf8ECDAGAQH/AgEEMA4GA1UdDwEB/wQEAwIBBjAdBgNVHQ4EFgQUzPpn\nk/C2uNClwB7zU/2MU9+D15YwDQYJKoZIhvcNAQELBQADggEBAKt/7hwWqZw8UQCgwBEIBaeZ\n5m8BiFRhbvG5GK1Krf6BQCOUL/t1fC8oS2IkgYIL9WHxHG64YTjrgfpioTtaYtOUZcTh5m2C\n+C8lcLIhJsFyUR+MLMOEkMNaj7rP9KdlpeuY0fsFskZ1FSNqb4VjMIDw1Z4fKRzCbLBQWV2Q\nWzuoDTDPv31/zvGdg73JRm4gpvlhUbohL3u+pRVjodSVh/GeufOJ8z2FuLjbvrW5KfnaNwUA\nSZQDhETnv0Mxz3WLJdH0pmT1kvarBes96aULNmLazAZfNou2XjG4Kvte9nHfRCaexOYNkbQu\ndZWAUWpLMKawYqGT8ZvYzsRjdT9ZR7E=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIECjCCAvKgAwIBAgIJAMJ+QwRORz8ZMA0GCSqGSIb3DQEBCwUAMIGCMQswCQYDVQQGEwJI\nVTERMA8GA1UEBwwIQnVkYXBlc3QxFjAUBgNVBAoMDU1pY3Jvc2VjIEx0ZC4xJzAlBgNVBAMM\nHk1pY3Jvc2VjIGUtU3ppZ25vIFJvb3QgQ0EgMjAwOTEfMB0GCSqGSIb3DQEJARYQaW5mb0Bl\nLXN6aWduby5odTAeFw0wOTA2MTYxMTMwMThaFw0yOTEyMzAxMTMwMThaMIGCMQswCQYDVQQG\nEwJIVTERMA8GA1UEBwwIQnVkYXBlc3QxFjAUBgNVBAoMDU1pY3Jvc2VjIEx0ZC4xJzAlBgNV\nBAMMHk1pY3Jvc2VjIGUtU3ppZ25vIFJvb3QgQ0EgMjAwOTEfMB0GCSqGSIb3DQEJARYQaW5m\nb0BlLXN6aWduby5odTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAOn4j/NjrdqG\n2KfgQvvPkd6mJviZpWNwrZuuyjNAfW2WbqEORO7hE52UQlKavXWFdCyoDh2Tthi3jCyoz/tc\ncbna7P7ofo/kLx2yqHWH2Leh5TvPmUpG0IMZfcChEhyVbUr02MelTTMuhTlAdX4UfIASmFDH\nQWe4oIBhVKZsTh/gnQ4H6cm6M+f+wFUoLAKApxn1ntxVUwOXewdI/5n7N4okxFnMUBBjjqqp\nGrCEGob5X7uxUG6k0QrM1XF+H6cbfPVTbiJfyyvm1HxdrtbCxkzlBQHZ7Vf8wSN5/PrIJIOV\n87VqUQHQd9bpEqH5GoP7ghu5sJf0dgYzQ0mg/wu1+rUCAwEAAaOBgDB+MA8GA1UdEwEB/wQF\nMAMBAf8wDgYDVR0PAQH/BAQDAgEGMB0GA1UdDgQWBBTLD8bfQkPMPcu1SCOhGnqmKrs0aDAf\nBgNVHSMEGDAWgBTLD8bfQkPMPcu1SCOhGnqmKrs0aDAbBgNVHREEFDASgRBpbmZvQGUtc3pp\nZ25vLmh1MA0GCSqGSIb3DQEBCwUAA4IBAQDJ0Q5eLtXMs3w+y/w9/w0olZMEyL/azXm4Q5Dw\npL7v8u8hmLzU1F0G9u5C7DBsoKqpyvGvivo/C3NqPuouQH4frlRheesuCDfXI/OMn74dseGk\nddug4lQUsbocKaQY9hK6ohQU4zE1yED/t+AFdlfBHFny+L/k7SViXITwfn4fs775tyERzAMB\nVnCnEJIeGzSBHq2cGsMEPO0CYdYeBvNfOofyK/FFh+U9rNHHV4S9a67c2Pm2G2JwCz02yULy\nMtd6YebS2z3PyKnJm9zbWETXbzivf3jTo60adbocwTZ8jx5tHMN1Rq41Bab2XD0h7lbwyYIi\nLXpUq3DDfSJlgnCW\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDXzCCAkegAwIBAgILBAAAAAABIVhTCKIwDQYJKoZIhvcNAQELBQAwTDEgMB4GA1UECxMX\nR2xvYmFsU2lnbiBSb290IENBIC0gUjMxEzARBgNVBAoTCkdsb2JhbFNpZ24xEzARBgNVBAMT\nCkdsb2JhbFNpZ24wHhcNMDkwMzE4MTAwMDAwWhcNMjkwMzE4MTAwMDAwWjBMMSAwHgYDVQQL\nExdHbG9iYWxTaWduIFJvb3QgQ0EgLSBSMzETMBEGA1UEChMKR2xvYmFsU2lnbjETMBEGA1UE\nAxMKR2xvYmFsU2lnbjCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAMwldpB5Bngi\nFvXAg7aEyiie/QV2EcWtiHL8RgJDx7KKnQRfJMsuS+FggkbhUqsMgUdwbN1k0ev1LKMPgj0M\nK66X17YUhhB5uzsTgHeMCOFJ0mpiLx9e+pZo34knlTifBtc+ycsmWQ1z3rDI6SYOgxXG71uL\n0gRgykmmKPZpO/bLyCiR5Z2KYVc3rHQU3HTgOu5yLy6c+9C7v/U9AOEGM+iCK65TpjoWc4zd\nQQ4gOsC0p6Hpsk+QLjJg6VfLuQSSaGjlOCZgdbKfd/+RFO+uIEn8rUAVSNECMWEZXriX7613\nt2Saer9fwRPvm2L7DWzgVGkWqQPabumDk3F2xmmFghcCAwEAAaNCMEAwDgYDVR0PAQH/BAQD\nAgEGMA8GA1UdEwEB/wQFMAMBAf8wHQYDVR0OBBYEFI/wS3+oLkUkrk1Q+mOai97i3Ru8MA0G\nCSqGSIb3DQEBCwUAA4IBAQBLQNvAUKr+yAzv95ZURUm7lgAJQayzE4aGKAczymvmdLm6AC2u\npArT9fHxD4q/c2dKg8dEe3jgr25sbwMpjjM5RcOO5LlXbKr8EpbsU8Yt5CRsuZRj+9xTaGdW\nPoO4zzUhw8lo/s7awlOqzJCK6fBdRoyV3XpYKBovHd7NADdBj+1EbddTKJd+82cEHhXXipa0\n095MJ6RMG3NzdvQXmcIfeg7jLQitChws/zyrVQ4PkX4268NXSb7hLi18YIvDQVETI53O9zJr\nlAGomecsMx86OyXShkDOOyyGeMlhLxS67ttVb9+E7gUJTb0o2HLO02JQZR7rkpeDMdmztcpH\nWD9f\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIF8TCCA9mgAwIBAgIQALC3WhZIX7/hy/WL1xnmfTANBgkqhkiG9w0BAQsFADA4MQswCQYD\nVQQGEwJFUzEUMBIGA1UECgwLSVpFTlBFIFMuQS4xEzARBgNVBAMMCkl6ZW5wZS5jb20wHhcN\nMDcxMjEzMTMwODI4WhcNMzcxMjEzMDgyNzI1WjA4MQswCQYDVQQGEwJFUzEUMBIGA1UECgwL\nSVpFTlBFIFMuQS4xEzARBgNVBAMMCkl6ZW5wZS5jb20wggIiMA0GCSqGSIb3DQEBAQUAA4IC\nDwAwggIKAoICAQDJ03rKDx6sp4boFmVqscIbRTJxldn+EFvMr+eleQGPicPK8lVx93e+d5Tz\ncqQsRNiekpsUOqHnJJAKClaOxdgmlOHZSOEtPtoKct2jmRXagaKH9HtuJneJWK3W6wyyQXpz\nbm3benhB6QiIEn6HLmYRY2xU+zydcsC8Lv/Ct90NduM61/e0aL6i9eOBbsFGb12N4E3GVFWJ\nGjMxCrFXuaOKmMPsOzTFlUFpfnXCPCDFYbpRR6AgkJOhkEvzTnyFRVSa0QUmQbC1TR0zvsQD\nyCV8wXDbO/QJLVQnSKwv4cSsPsjLkkxTOTcj7NMB+eAJRE1NZMDhDVqHIrytG6P+JrUV86f8\nhBnp7KGItERphIPzidF0BqnMC9bC3ieFUCbKF7jJeodWLBoBHmy+E60QrLUk9TiRodZL2vG7\n0t5HtfG8gfZZa88ZU+mNFctKy6lvROUbQc/hhqfK0GqfvEyNBjNaooXlkDWgYlwWTvDjovoD\nGrQscbNYLN57C9saD+veIR8GdwYDsMnvmfzAuU8Lhij+0rnq49qlw0dpEuDb8PYZi+17cNcC\n1u2HGCgsBCRMd+RIihrGO5rUD8r6ddIBQFqNeb+Lz0vPqhbBleStTIo+F5HUsWLlguWABKQD\nfo2/2n+iD5dPDNMN+9fR5XJ+HMh3/1uaD7euBUbl8agW7EekFwIDAQABo4H2MIHzMIGwBgNV\nHREEgagwgaWBD2luZm9AaXplbnBlLmNvbaSBkTCBjjFHMEUGA1UECgw+SVpFTlBFIFMuQS4g\nLSBDSUYgQTAxMzM3MjYwLVJNZXJjLlZpdG9yaWEtR2FzdGVpeiBUMTA1NSBGNjIgUzgxQzBB\nBgNVBAkMOkF2ZGEgZGVsIE1lZGl0ZXJyYW5lbyBFdG9yYmlkZWEgMTQgLSAwMTAxMCBWaXRv\ncmlhLUdhc3RlaXowDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwHQYDVR0OBBYE\nFB0cZQ6o8iV7tJHP5LGx5r1VdGwFMA0GCSqGSIb3DQEBCwUAA4ICAQB4pgwWSp9MiDrAyw6l\nFn2fuUhfGI8NYjb2zRlrrKvV9pF9rnHzP7MOeIWblaQnIUdCSnxIOvVFfLMMjlF4rJUT3sb9\nfbgakEyrkgPH7UIBzg/YsfqikuFgba56awmqxinuaElnMIAkejEWOVt+8Rwu3WwJrfIxwYJO\nubv5vr8qhT/AQKM6WfxZSzwoJNu0FXWuDYi6LnPAvViH5ULy617uHjAimcs30cQhbIHsvm0m\n5hzkQiCeR7Csg1lwLDXWrzY0tM07+DKo7+N4ifuNRSzanLh+QBxh5z6ikixL8s36mLYp//Py\ne6kfLqCTVyvehQP5aTfLnnhqBbTFMXiJ7HqnheG5ezzevh55hM6fcA5ZwjUukCox2eRFekGk\nLhObNA5me0mrZJfQRsN5nXJQY6aYWwa9SG3YOYNw6DXwBdGqvOPbyALqfP2C2sJbUjWumDqt\nujWTI6cfSN01RpiyEGjkpTHCClguGYEQyVB1/OpaFs4R1+7vUIgtYf8/QnMFlEPVjjxOAToZ\npR9GTnfQXeWBIiGH/pR9hNiTrdZoQ0iy2+tzJOeRf1SktoA+naM8THLCV8Sg1Mw4J87VBp6i\nSNnpn86CcDaTmjvfliHjWbcM2pE38P1ZWrOZyGlsQyYBNWNgVYkDOnXYukrZVP/u3oDYLdE4\n1V4tC5h9Pmzb/CaIxw==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDxTCCAq2gAwIBAgIBADANBgkqhkiG9w0BAQsFADCBgzELMAkGA1UEBhMCVVMxEDAOBgNV\nBAgTB0FyaXpvbmExEzARBgNVBAcTClNjb3R0c2RhbGUxGjAYBgNVBAoTEUdvRGFkZHkuY29t\nLCBJbmMuMTEwLwYDVQQDEyhHbyBEYWRkeSBSb290IENlcnRpZmljYXRlIEF1dGhvcml0eSAt\nIEcyMB4XDTA5MDkwMTAwMDAwMFoXDTM3MTIzMTIzNTk1OVowgYMxCzAJBgNVBAYTAlVTMRAw\nDgYDVQQIEwdBcml6b25hMRMwEQYDVQQHEwpTY290dHNkYWxlMRowGAYDVQQKExFHb0RhZGR5\nLmNvbSwgSW5jLjExMC8GA1UEAxMoR28gRGFkZHkgUm9vdCBDZXJ0aWZpY2F0ZSBBdXRob3Jp\ndHkgLSBHMjCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAL9xYgjx+lk09xvJGKP3\ngElY6SKDE6bFIEMBO4Tx5oVJnyfq9oQbTqC023CYxzIBsQU+B07u9PpPL1kwIuerGVZr4oAH\n/PMWdYA5UXvl+TW2dE6pjYIT5LY/qQOD+qK+ihVqf94Lw7YZFAXK6sOoBJQ7RnwyDfMAZiLI\njWltNowRGLfTshxgtDj6AozO091GB94KPutdfMh8+7ArU6SSYmlRJQVhGkSBjCypQ5Yj36w6\ngZoOKcUcqeldHraenjAKOc7xiID7S13MMuyFYkMlNAJWJwGRtDtwKj9useiciAF9n9T521Nt\nYJ2/LOdYq7hfRvzOxBsDPAnrSTFcaUaz4EcCAwEAAaNCMEAwDwYDVR0TAQH/BAUwAwEB/zAO\nBgNVHQ8BAf8EBAMCAQYwHQYDVR0OBBYEFDqahQcQZyi27/a9BUFuIMGU2g/eMA0GCSqGSIb3\nDQEBCwUAA4IBAQCZ21151fmXWWcDYfF+OwYxdS2hII5PZYe096acvNjpL9DbWu7PdIxztDhC\n2gV7+AJ1uP2lsdeu9tfeE8tTEH6KRtGX+rcuKxGrkLAngPnon1rpN5+r5N9ss4UXnT3ZJE95\nkTXWXwTrgIOrmgIttRD02JDHBHNA7XIloKmf7J6raBKZV8aPEjoJpL1E/QYVN8Gb5DKj7Tjo\n2GTzLH4U/ALqn83/B2gX2yKQOC16jdFU8WnjXzPKej17CuPKf1855eJ1usV2GDPOLPAvTK33\nsefOT6jEm0pUBsV/fdUID+Ic/n4XuKxe9tQWskMJDE32p2u0mYRlynqI4uJEvlz36hz1\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIID3TCCAsWgAwIBAgIBADANBgkqhkiG9w0BAQsFADCBjzELMAkGA1UEBhMCVVMxEDAOBgNV\nBAgTB0FyaXpvbmExEzARBgNVBAcTClNjb3R0c2RhbGUxJTAjBgNVBAoTHFN0YXJmaWVsZCBU\nZWNobm9sb2dpZXMsIEluYy4xMjAwBgNVBAMTKVN0YXJmaWVsZCBSb290IENlcnRpZmljYXRl\nIEF1dGhvcml0eSAtIEcyMB4XDTA5MDkwMTAwMDAwMFoXDTM3MTIzMTIzNTk1OVowgY8xCzAJ\nBgNVBAYTAlVTMRAwDgYDVQQIEwdBcml6b25hMRMwEQYDVQQHEwpTY290dHNkYWxlMSUwIwYD\nVQQKExxTdGFyZmllbGQgVGVjaG5vbG9naWVzLCBJbmMuMTIwMAYDVQQDEylTdGFyZmllbGQg\nUm9vdCBDZXJ0aWZpY2F0ZSBBdXRob3JpdHkgLSBHMjCCASIwDQYJKoZIhvcNAQEBBQADggEP\nADCCAQoCggEBAL3twQP89o/8ArFvW59I2Z154qK3A2FWGMNHttfKPTUuiUP3oWmb3ooa/RMg\nnLRJdzIpVv257IzdIvpy3Cdhl+72WoTsbhm5iSzchFvVdPtrX8WJpRBSiUZV9Lh1HOZ/5FSu\nS/hVclcCGfgXcVnrHigHdMWdSL5stPSksPNkN3mSwOxGXn/hbVNMYq/NHwtjuzqd+/x5AJhh\ndM8mgkBj87JyahkNmcrUDnXMN/uLicFZ8WJ/X7NfZTD4p7dNdloedl40wOiWVpmKs/B/pM29\n3DIxfJHP4F8R+GuqSVzRmZTRouNjWwl2tVZi4Ut0HZbUJtQIBFnQmA4O5t78w+wfkPECAwEA\nAaNCMEAwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwHQYDVR0OBBYEFHwMMh+n\n2TB/xH1oo2Kooc6rB1snMA0GCSqGSIb3DQEBCwUAA4IBAQARWfolTwNvlJk7mh+ChTnUdgWU\nXuEok21iXQnCoKjUsHU48TRqneSfioYmUeYs0cYtbpUgSpIB7LiKZ3sx4mcujJUDJi5DnUox\n9g61DLu34jd/IroAow57UvtruzvE03lRTs2Q9GcHGcg8RnoNAX3FWOdt5oUwF5okxBDgBPfg\n8n/Uqgr/Qh037ZTlZFkSIHc40zI+OIF1lnP6aI+xy84fxez6nH7PfrHxBy22/L/KpL/QlwVK\nvOoYKAKQvVR4CSFx09F9HdkWsKlhPdAKACL8x3vLCWRFCztAgfd9fDL1mMpYjn0q7pBZc2T5\nNnReJaH1ZgUufzkVqSr7UIuOhWn0\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIID7zCCAtegAwIBAgIBADANBgkqhkiG9w0BAQsFADCBmDELMAkGA1UEBhMCVVMxEDAOBgNV\nBAgTB0FyaXpvbmExEzARBgNVBAcTClNjb3R0c2RhbGUxJTAjBgNVBAoTHFN0YXJmaWVsZCBU\nZWNobm9sb2dpZXMsIEluYy4xOzA5BgNVBAMTMlN0YXJmaWVsZCBTZXJ2aWNlcyBSb290IENl\ncnRpZmljYXRlIEF1dGhvcml0eSAtIEcyMB4XDTA5MDkwMTAwMDAwMFoXDTM3MTIzMTIzNTk1\nOVowgZgxCzAJBgNVBAYTAlVTMRAwDgYDVQQIEwdBcml6b25hMRMwEQYDVQQHEwpTY290dHNk\nYWxlMSUwIwYDVQQKExxTdGFyZmllbGQgVGVjaG5vbG9naWVzLCBJbmMuMTswOQYDVQQDEzJT\ndGFyZmllbGQgU2VydmljZXMgUm9vdCBDZXJ0aWZpY2F0ZSBBdXRob3JpdHkgLSBHMjCCASIw\nDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBANUMOsQq+U7i9b4Zl1+OiFOxHz/Lz58gE20p\nOsgPfTz3a3Y4Y9k2YKibXlwAgLIvWX/2h/klQ4bnaRtSmpDhcePYLQ1Ob/bISdm28xpWriu2\ndBTrz/sm4xq6HZYuajtYlIlHVv8loJNwU4PahHQUw2eeBGg6345AWh1KTs9DkTvnVtYAcMtS\n7nt9rjrnvDH5RfbCYM8TWQIrgMw0R9+53pBlbQLPLJGmpufehRhJfGZOozptqbXuNC66DQO4\nM99H67FrjSXZm86B0UVGMpZwh94CDklDhbZsc7tk6mFBrMnUVN+HL8cisibMn1lUaJ/8viov\nxFUcdUBgF4UCVTmLfwUCAwEAAaNCMEAwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMC\nAQYwHQYDVR0OBBYEFJxfAN+qAdcwKziIorhtSpzyEZGDMA0GCSqGSIb3DQEBCwUAA4IBAQBL\nNqaEd2ndOxmfZyMIbw5hyf2E3F/YNoHN2BtBLZ9g3ccaaNnRbobhiCPPE95Dz+I0swSdHynV\nv/heyNXBve6SbzJ08pGCL72CQnqtKrcgfU28elUSwhXqvfdqlS5sdJ/PHLTyxQGjhdByPq1z\nqwubdQxtRbeOlKyWN7Wg0I8VRw7j6IPdj/3vQQF3zCepYoUz8jcI73HPdwbeyBkdiEDPfUYd\n/x7H4c7/I9vG+o1VTqkC50cRRj70/b17KSa7qWFiNyi2LSr2EIZkyXCn0q23KXB56jzaYyWf\n/Wi3MOxw+3WKt21gZ7IeyLnp2KhvAotnDU0mV3HaIPzBSlCNsSi6\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDTDCCAjSgAwIBAgIId3cGJyapsXwwDQYJKoZIhvcNAQELBQAwRDELMAkGA1UEBhMCVVMx\nFDASBgNVBAoMC0FmZmlybVRydXN0MR8wHQYDVQQDDBZBZmZpcm1UcnVzdCBDb21tZXJjaWFs\nMB4XDTEwMDEyOTE0MDYwNloXDTMwMTIzMTE0MDYwNlowRDELMAkGA1UEBhMCVVMxFDASBgNV\nBAoMC0FmZmlybVRydXN0MR8wHQYDVQQDDBZBZmZpcm1UcnVzdCBDb21tZXJjaWFsMIIBIjAN\nBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA9htPZwcroRX1BiLLHwGy43NFBkRJLLtJJRTW\nzsO3qyxPxkEylFf6EqdbDuKPHx6GGaeqtS25Xw2Kwq+FNXkyLbscYjfysVtKPcrNcV/pQr6U\n6Mje+SJIZMblq8Yrba0F8PrVC8+a5fBQpIs7R6UjW3p6+DM/uO+Zl+MgwdYoic+U+7lF7eNA\nFxHUdPALMeIrJmqbTFeurCA+ukV6BfO9m2kVrn1OIGPENXY6BwLJN/3HR+7o8XYdcxXyl6S1\nyHp52UKqK39c/s4mT6NmgTWvRLpUHhwwMmWd5jyTXlBOeuM61G7MGvv50jeuJCqrVwMiKA1J\ndX+3KNp1v47j3A55MQIDAQABo0IwQDAdBgNVHQ4EFgQUnZPGU4teyq8/nx4P5ZmVvCT2lI8w\nDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwDQYJKoZIhvcNAQELBQADggEBAFis\n9AQOzcAN/wr91LoWXym9e2iZWEnStB03TX8nfUYGXUPGhi4+c7ImfU+TqbbEKpqrIZcUsd6M\n06uJFdhrJNTxFq7YpFzUf1GO7RgBsZNjvbz4YYCanrHOQnDiqX0GJX0nof5v7LMeJNrjS1Ua\nADs1tDvZ110w/YETifLCBivtZ8SOyUOyXGsViQK8YvxO8rUzqrJv0wqiUOP2O+guRMLbZjip\nM1ZI8W0bM40NjD9gN53Tym1+NH4Nn3J2ixufcv1SNUFFApYvHLKac0khsUlHRUe072o0EclN\nmsxZt9YCnlpOZbWUrhvfKbAW8b8Angc6F2S1BLUjIZkKlTuXfO8=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDTDCCAjSgAwIBAgIIfE8EORzUmS0wDQYJKoZIhvcNAQEFBQAwRDELMAkGA1UEBhMCVVMx\nFDASBgNVBAoMC0FmZmlybVRydXN0MR8wHQYDVQQDDBZBZmZpcm1UcnVzdCBOZXR3b3JraW5n\nMB4XDTEwMDEyOTE0MDgyNFoXDTMwMTIzMTE0MDgyNFowRDELMAkGA1UEBhMCVVMxFDASBgNV\nBAoMC0FmZmlybVRydXN0MR8wHQYDVQQDDBZBZmZpcm1UcnVzdCBOZXR3b3JraW5nMIIBIjAN\nBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtITMMxcua5Rsa2FSoOujz3mUTOWUgJnLVWRE\nZY9nZOIG41w3SfYvm4SEHi3yYJ0wTsyEheIszx6e/jarM3c1RNg1lho9Nuh6DtjVR6FqaYvZ\n/Ls6rnla1fTWcbuakCNrmreIdIcMHl+5ni36q1Mr3Lt2PpNMCAiMHqIjHNRqrSK6mQEubWXL\nviRmVSRLQESxG9fhwoXA3hA/Pe24/PHxI1Pcv2WXb9n5QHGNfb2V1M6+oF4nI979ptAmDgAp\n6zxG8D1gvz9Q0twmQVGeFDdCBKNwV6gbh+0t+nvujArjqWaJGctB+d1ENmHP4ndGyH329JKB\nNv3bNPFyfvMMFr20FQIDAQABo0IwQDAdBgNVHQ4EFgQUBx/S55zawm6iQLSwelAQUHTEyL0w\nDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwDQYJKoZIhvcNAQEFBQADggEBAIlX\nshZ6qML91tmbmzTCnLQyFE2npN/svqe++EPbkTfOtDIuUFUaNU52Q3Eg75N3ThVwLofDwR1t\n3Mu1J9QsVtFSUzpE0nPIxBsFZVpikpzuQY0x2+c06lkh1QF612S4ZDnNye2v7UsDSKegmQGA\n3GWjNq5lWUhPgkvIZfFXHeVZLgo/bNjR9eUJtGxUAArgFU2HdW23WJZa3W3SAKD0m0i+wzek\nujbgfIeFlxoVot4uolu9rxj5kFDNcFn4J2dHy8egBzp90SxdbBk6ZrV9/ZFvgrG+CJPbFEfx\nojfHRZ48x3evZKiT3/Zpg4Jg8klCNO1aAFSFHBY2kgxc+qatv9s=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFRjCCAy6gAwIBAgIIbYwURrGmCu4wDQYJKoZIhvcNAQEMBQAwQTELMAkGA1UEBhMCVVMx\nFDASBgNVBAoMC0FmZmlybVRydXN0MRwwGgYDVQQDDBNBZmZpcm1UcnVzdCBQcmVtaXVtMB4X\nDTEwMDEyOTE0MTAzNloXDTQwMTIzMTE0MTAzNlowQTELMAkGA1UEBhMCVVMxFDASBgNVBAoM\nC0FmZmlybVRydXN0MRwwGgYDVQQDDBNBZmZpcm1UcnVzdCBQcmVtaXVtMIICIjANBgkqhkiG\n9w0BAQEFAAOCAg8AMIICCgKCAgEAxBLfqV/+Qd3d9Z+K4/as4Tx4mrzY8H96oDMq3I0gW64t\nb+eT2TZwamjPjlGjhVtnBKAQJG9dKILBl1fYSCkTtuG+kU3fhQxTGJoeJKJPj/CihQvL9Cl/\n0qRY7iZNyaqoe5rZ+jjeRFcV5fiMyNlI4g0WJx0eyIOFJbe6qlVBzAMiSy2RjYvmia9mx+n/\nK+k8rNrSs8PhaJyJ+HoAVt70VZVs+7pk3WKL3wt3MutizCaam7uqYoNMtAZ6MMgpv+0GTZe5\nHMQxK9VfvFMSF5yZVylmd2EhMQcuJUmdGPLu8ytxjLW6OQdJd/zvLpKQBY0tL3d770O/Nbua\n2Plzpyzy0FfuKE4mX4+QaAkvuPjcBukumj5Rp9EixAqnOEhss/n/fauGV+O61oV4d7pD6kh/\n9ti+I20ev9E2bFhc8e6kGVQa9QPSdubhjL08s9NIS+LI+H+SqHZGnEJlPqQewQcDWkYtuJfz\nt9WyVSHvutxMAJf7FJUnM7/oQ0dG0giZFmA7mn7S5u046uwBHjxIVkkJx0w3AJ6IDsBz4W9m\n6XJHMD4Q5QsDyZpCAGzFlH5hxIrff4IaC1nEWTJ3s7xgaVY5/bQGeyzWZDbZvUjthB9+pSKP\nKrhC9IK31FOQeE4tGv2Bb0TXOwF0lkLgAOIua+rF7nKsu7/+6qqo+Nz2snmKtmcCAwEAAaNC\nMEAwHQYDVR0OBBYEFJ3AZ6YMItkm9UWrpmVSESfYRaxjMA8GA1UdEwEB/wQFMAMBAf8wDgYD\nVR0PAQH/BAQDAgEGMA0GCSqGSIb3DQEBDAUAA4ICAQCzV00QYk465KzquByvMiPIs0laUZx2\nKI15qldGF9X1Uva3ROgIRL8YhNILgM3FEv0AVQVhh0HctSSePMTYyPtwni94loMgNt58D2kT\niKV1NpgIpsbfrM7jWNa3Pt668+s0QNiigfV4Py/VpfzZotReBA4Xrf5B8OWycvpEgjNC6C1Y\n91aMYj+6QrCcDFx+LmUmXFNPALJ4fqENmS2NuB2OosSw/WDQMKSOyARiqcTtNd56l+0OOF6S\nL5Nwpamcb6d9Ex1+xghIsV5n61EIJenmJWtSKZGc0jlzCFfemQa0W50QBuHCAKi4HEoCChTQ\nwUHK+4w1IX2COPKpVJEZNZOUbWo6xbLQu4mGk+ibyQ86p3q4ofB4Rvr8Ny/lioTz3/4E2aFo\noC8k4gmVBtWVyuEklut89pMFu+1z6S3RdTnX5yTb2E5fQ4+e0BQ5v1VwSJlXMbSc7kqYA5Yw\nH2AG7hsj/oFgIxpHYoWlzBk0gG+zrBrjn/B7SK3VAdlntqlyk+otZrWyuOQ9PLLvTIzq6we/\nqzWaVYa8GKa1qF60g2xraUDTn9zxw2lrueFtCfTxqlB2Cnp9ehehVZZCmTEJ3WARjQUwfuaO\nRtGdFNrHF+QFlozEJLUbzxQHskD4o55BhrwE0GuWyCqANP2/7waj3VjFhT0+j/6eKeC2uAlo\nGRwYQw==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIB/jCCAYWgAwIBAgIIdJclisc/elQwCgYIKoZIzj0EAwMwRTELMAkGA1UEBhMCVVMxFDAS\nBgNVBAoMC0FmZmlybVRydXN0MSAwHgYDVQQDDBdBZmZpcm1UcnVzdCBQcmVtaXVtIEVDQzAe\nFw0xMDAxMjkxNDIwMjRaFw00MDEyMzExNDIwMjRaMEUxCzAJBgNVBAYTAlVTMRQwEgYDVQQK\nDAtBZmZpcm1UcnVzdDEgMB4GA1UEAwwXQWZmaXJtVHJ1c3QgUHJlbWl1bSBFQ0MwdjAQBgcq\nhkjOPQIBBgUrgQQAIgNiAAQNMF4bFZ0D0KF5Nbc6PJJ6yhUczWLznCZcBz3lVPqj1swS6vQU\nX+iOGasvLkjmrBhDeKzQN8O9ss0s5kfiGuZjuD0uL3jET9v0D6RoTFVya5UdThhClXjMNzyR\n4ptlKymjQjBAMB0GA1UdDgQWBBSaryl6wBE1NSZRMADDav5A1a7WPDAPBgNVHRMBAf8EBTAD\nAQH/MA4GA1UdDwEB/wQEAwIBBjAKBggqhkjOPQQDAwNnADBkAjAXCfOHiFBar8jAQr9HX/Vs\naobgxCd05DhT1wV/GzTjxi+zygk8N53X57hG8f2h4nECMEJZh0PUUd+60wkyWs6Iflc9nF9C\na/UHLbXwgpP5WW+uZPpY5Yse42O+tYHNbwKMeQ==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDuzCCAqOgAwIBAgIDBETAMA0GCSqGSIb3DQEBBQUAMH4xCzAJBgNVBAYTAlBMMSIwIAYD\nVQQKExlVbml6ZXRvIFRlY2hub2xvZ2llcyBTLkEuMScwJQYDVQQLEx5DZXJ0dW0gQ2VydGlm\naWNhdGlvbiBBdXRob3JpdHkxIjAgBgNVBAMTGUNlcnR1bSBUcnVzdGVkIE5ldHdvcmsgQ0Ew\nHhcNMDgxMDIyMTIwNzM3WhcNMjkxMjMxMTIwNzM3WjB+MQswCQYDVQQGEwJQTDEiMCAGA1UE\nChMZVW5pemV0byBUZWNobm9sb2dpZXMgUy5BLjEnMCUGA1UECxMeQ2VydHVtIENlcnRpZmlj\nYXRpb24gQXV0aG9yaXR5MSIwIAYDVQQDExlDZXJ0dW0gVHJ1c3RlZCBOZXR3b3JrIENBMIIB\nIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4/t9o3K6wvDJFIf1awFO4W5AB7ptJ11/\n91sts1rHUV+rpDKmYYe2bg+G0jACl/jXaVehGDldamR5xgFZrDwxSjh80gTSSyjoIF87B6LM\nTXPb865Px1bVWqeWifrzq2jUI4ZZJ88JJ7ysbnKDHDBy3+Ci6dLhdHUZvSqeexVUBBvXQzmt\nVSjF4hq79MDkrjhJM8x2hZ85RdKknvISjFH4fOQtf/WsX+sWn7Et0brMkUJ3TCXJkDhv2/DM\n+44el1k+1WBO5gUo7Ul5E0u6SNsv+XLTOcr+H9g0cvW0QM8xAcPs3hEtF10fuFDRXhmnad4H\nMyjKUJX5p1TLVIZQRan5SQIDAQABo0IwQDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBQI\nds3LB/8k9sXN7buQvOKEN0Z19zAOBgNVHQ8BAf8EBAMCAQYwDQYJKoZIhvcNAQEFBQADggEB\nAKaorSLOAT2mo/9i0Eidi15ysHhE49wcrwn9I0j6vSrEuVUEtRCjjSfeC4Jj0O7eDDd5QVsi\nsrCaQVymcODU0HfLI9MA4GxWL+FpDQ3Zqr8hgVDZBqWo/5U30Kr+4rP1mS1FhIrlQgnXdAIv\n94nYmem8J9RHjboNRhx3zxSkHLmkMcScKHQDNP8zGSal6Q10tz6XxnboJ5ajZt3hrvJBW8qY\nVoNzcOSGGtIxQbovvi0TWnZvTuhOgQ4/WwMioBK+ZlgRSssDxLQqKi2WF+A5VLxI03YnnZot\nBqbJ7DnSq9ufmgsnAjUpsUCV5/nonFWIGUbWtzT1fs45mtk48VH3Tyw=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDezCCAmOgAwIBAgIBATANBgkqhkiG9w0BAQUFADBfMQswCQYDVQQGEwJUVzESMBAGA1UE\nCgwJVEFJV0FOLUNBMRAwDgYDVQQLDAdSb290IENBMSowKAYDVQQDDCFUV0NBIFJvb3QgQ2Vy\ndGlmaWNhdGlvbiBBdXRob3JpdHkwHhcNMDgwODI4MDcyNDMzWhcNMzAxMjMxMTU1OTU5WjBf\nMQswCQYDVQQGEwJUVzESMBAGA1UECgwJVEFJV0FOLUNBMRAwDgYDVQQLDAdSb290IENBMSow\nKAYDVQQDDCFUV0NBIFJvb3QgQ2VydGlmaWNhdGlvbiBBdXRob3JpdHkwggEiMA0GCSqGSIb3\nDQEBAQUAA4IBDwAwggEKAoIBAQCwfnK4pAOU5qfeCTiRShFAh6d8WWQUe7UREN3+v9XAu1bi\nhSX0NXIP+FPQQeFEAcK0HMMxQhZHhTMidrIKbw/lJVBPhYa+v5guEGcevhEFhgWQxFnQfHgQ\nsIBct+HHK3XLfJ+utdGdIzdjp9xCoi2SBBtQwXu4PhvJVgSLL1KbralW6cH/ralYhzC2gfeX\nRfwZVzsrb+RH9JlF/h3x+JejiB03HFyP4HYlmlD4oFT/RJB2I9IyxsOrBr/8+7/zrX2SYgJb\nKdM1o5OaQ2RgXbL6Mv87BK9NQGr5x+PvI/1ry+UPizgN7gr8/g+YnzAx3WxSZfmLgb4i4RxY\nA7qRG4kHAgMBAAGjQjBAMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1Ud\nDgQWBBRqOFsmjd6LWvJPelSDGRjjCDWmujANBgkqhkiG9w0BAQUFAAOCAQEAPNV3PdrfibqH\nDAhUaiBQkr6wQT25JmSDCi/oQMCXKCeCMErJk/9q56YAf4lCmtYR5VPOL8zy2gXE/uJQxDqG\nfczafhAJO5I1KlOy/usrBdlsXebQ79NqZp4VKIV66IIArB6nCWlWQtNoURi+VJq/REG6Sb4g\numlc7rh3zc5sH62Dlhh9DrUUOYTxKOkto557HnpyWoOzeW/vtPzQCqVYT0bf+215WfKEIlKu\nD8z7fDvnaspHYcN6+NOSBB+4IIThNlQWx0DeO4pz3N/GCUzf7Nr/1FNCocnyYh0igzyXxfkZ\nYiesZSLX0zzG5Y6yU8xJzrww/nsOM5D77dIUkR8Hrw==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIBADANBgkqhkiG9w0BAQsFADBdMQswCQYDVQQGEwJKUDElMCMGA1UE\nChMcU0VDT00gVHJ1c3QgU3lzdGVtcyBDTy4sTFRELjEnMCUGA1UECxMeU2VjdXJpdHkgQ29t\nbXVuaWNhdGlvbiBSb290Q0EyMB4XDTA5MDUyOTA1MDAzOVoXDTI5MDUyOTA1MDAzOVowXTEL\nMAkGA1UEBhMCSlAxJTAjBgNVBAoTHFNFQ09NIFRydXN0IFN5c3RlbXMgQ08uLExURC4xJzAl\nBgNVBAsTHlNlY3VyaXR5IENvbW11bmljYXRpb24gUm9vdENBMjCCASIwDQYJKoZIhvcNAQEB\nBQADggEPADCCAQoCggEBANAVOVKxUrO6xVmCxF1SrjpDZYBLx/KWvNs2l9amZIyoXvDjChz3\n35c9S672XewhtUGrzbl+dp+++T42NKA7wfYxEUV0kz1XgMX5iZnK5atq1LXaQZAQwdbWQonC\nv/Q4EpVMVAX3NuRFg3sUZdbcDE3R3n4MqzvEFb46VqZab3ZpUql6ucjrappdUtAtCms1FgkQ\nhNBqyjoGADdH5H5XTz+L62e4iKrFvlNVspHEfbmwhRkGeC7bYRr6hfVKkaHnFtWOojnflLhw\nHyg/i/xAXmODPIMqGplrz95Zajv8bxbXH/1KEOtOghY6rCcMU/Gt1SSwawNQwS08Ft1ENCca\ndfsCAwEAAaNCMEAwHQYDVR0OBBYEFAqFqXdlBZh8QIH4D5csOPEK7DzPMA4GA1UdDwEB/wQE\nAwIBBjAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4IBAQBMOqNErLlFsceTfsgL\nCkLfZOoc7llsCLqJX2rKSpWeeo8HxdpFcoJxDjrSzG+ntKEju/Ykn8sX/oymzsLS28yN/HH8\nAynBbF0zX2S2ZTuJbxh2ePXcokgfGT+Ok+vx+hfuzU7jBBJV1uXk3fs+BXziHV7Gp7yXT2g6\n9ekuCkO2r1dcYmh8t/2jioSgrGK+KwmHNPBqAbubKVY8/gA3zyNs8U6qtnRGEmyR7jTV7JqR\n50S+kDFy1UkC9gLl9B/rfNmWVan/7Ir5mUf/NVoCqgTLiluHcSmRvaS0eg29mvVXIwAHIRc/\nSjnRBUkLp7Y3gaVdjKozXoEofKd9J+sAro03\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFuzCCA6OgAwIBAgIIVwoRl0LE48wwDQYJKoZIhvcNAQELBQAwazELMAkGA1UEBhMCSVQx\nDjAMBgNVBAcMBU1pbGFuMSMwIQYDVQQKDBpBY3RhbGlzIFMucC5BLi8wMzM1ODUyMDk2NzEn\nMCUGA1UEAwweQWN0YWxpcyBBdXRoZW50aWNhdGlvbiBSb290IENBMB4XDTExMDkyMjExMjIw\nMloXDTMwMDkyMjExMjIwMlowazELMAkGA1UEBhMCSVQxDjAMBgNVBAcMBU1pbGFuMSMwIQYD\nVQQKDBpBY3RhbGlzIFMucC5BLi8wMzM1ODUyMDk2NzEnMCUGA1UEAwweQWN0YWxpcyBBdXRo\nZW50aWNhdGlvbiBSb290IENBMIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAp8bE\npSmkLO/lGMWwUKNvUTufClrJwkg4CsIcoBh/kbWHuUA/3R1oHwiD1S0eiKD4j1aPbZkCkpAW\n1V8IbInX4ay8IMKx4INRimlNAJZaby/ARH6jDuSRzVju3PvHHkVH3Se5CAGfpiEd9UEtL0z9\nKK3giq0itFZljoZUj5NDKd45RnijMCO6zfB9E1fAXdKDa0hMxKufgFpbOr3JpyI/gCczWw63\nigxdBzcIy2zSekciRDXFzMwujt0q7bd9Zg1fYVEiVRvjRuPjPdA1YprbrxTIW6HMiRvhMCb8\noJsfgadHHwTrozmSBp+Z07/T6k9QnBn+locePGX2oxgkg4YQ51Q+qDp2JE+BIcXjDwL4k5RH\nILv+1A7TaLndxHqEguNTVHnd25zS8gebLra8Pu2Fbe8lEfKXGkJh90qX6IuxEAf6ZYGyojnP\n9zz/GPvG8VqLWeICrHuS0E4UT1lF9gxeKF+w6D9Fz8+vm2/7hNN3WpVvrJSEnu68wEqPSpP4\nRCHiMUVhUE4Q2OM1fEwZtN4Fv6MGn8i1zeQf1xcGDXqVdFUNaBr8EBtiZJ1t4JWgw5QHVw0U\n5r0F+7if5t+L4sbnfpb2U8WANFAoWPASUHEXMLrmeGO89LKtmyuy/uE5jF66CyCU3nuDuP/j\nVo23Eek7jPKxwV2dpAtMK9myGPW1n0sCAwEAAaNjMGEwHQYDVR0OBBYEFFLYiDrIn3hm7Ynz\nezhwlMkCAjbQMA8GA1UdEwEB/wQFMAMBAf8wHwYDVR0jBBgwFoAUUtiIOsifeGbtifN7OHCU\nyQICNtAwDgYDVR0PAQH/BAQDAgEGMA0GCSqGSIb3DQEBCwUAA4ICAQALe3KHwGCmSUyIWOYd\niPcUZEim2FgKDk8TNd81HdTtBjHIgT5q1d07GjLukD0R0i70jsNjLiNmsGe+b7bAEzlgqqI0\nJZN1Ut6nna0Oh4lScWoWPBkdg/iaKWW+9D+a2fDzWochcYBNy+A4mz+7+uAwTc+G02UQGRjR\nlwKxK3JCaKygvU5a2hi/a5iB0P2avl4VSM0RFbnAKVy06Ij3Pjaut2L9HmLecHgQHEhb2ryk\nOLpn7VU+Xlff1ANATIGk0k9jpwlCCRT8AKnCgHNPLsBA2RF7SOp6AsDT6ygBJlh0wcBzIm2T\nlf05fbsq4/aC4yyXX04fkZT6/iyj2HYauE2yOE+b+h1IYHkm4vP9qdCa6HCPSXrW5b0KDtst\n842/6+OkfcvHlXHo2qN8xcL4dJIEG4aspCJTQLas/kx2z/uUMsA1n3Y/buWQbqCmJqK4LL7R\nK4X9p2jIugErsWx0Hbhzlefut8cl8ABMALJ+tguLHPPAUJ4lueAI3jZm/zel0btUZCzJJ7VL\nkn5l/9Mt4blOvH+kQSGQQXemOR/qnuOf0GZvBeyqdn6/axag67XH/JJULysRJyU3eExRarDz\nzFhdFPFqSBX/wge2sY0PjlxQRrM9vwGYT7JZVEc+NHt4bVaTLnPqZih4zR0Uv6CPLy64Lo7y\nFIrM6bV8+2ydDKXhlg==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFWTCCA0GgAwIBAgIBAjANBgkqhkiG9w0BAQsFADBOMQswCQYDVQQGEwJOTzEdMBsGA1UE\nCgwUQnV5cGFzcyBBUy05ODMxNjMzMjcxIDAeBgNVBAMMF0J1eXBhc3MgQ2xhc3MgMiBSb290\nIENBMB4XDTEwMTAyNjA4MzgwM1oXDTQwMTAyNjA4MzgwM1owTjELMAkGA1UEBhMCTk8xHTAb\nBgNVBAoMFEJ1eXBhc3MgQVMtOTgzMTYzMzI3MSAwHgYDVQQDDBdCdXlwYXNzIENsYXNzIDIg\nUm9vdCBDQTCCAiIwDQYJKoZIhvcNAQEBBQADggIPADCCAgoCggIBANfHXvfBB9R3+0Mh9PT1\naeTuMgHbo4Yf5FkNuud1g1Lr6hxhFUi7HQfKjK6w3Jad6sNgkoaCKHOcVgb/S2TwDCo3SbXl\nzwx87vFKu3MwZfPVL4O2fuPn9Z6rYPnT8Z2SdIrkHJasW4DptfQxh6NR/Md+oW+OU3fUl8FV\nM5I+GC911K2GScuVr1QGbNgGE41b/+EmGVnAJLqBcXmQRFBoJJRfuLMR8SlBYaNByyM21cHx\nMlAQTn/0hpPshNOOvEu/XAFOBz3cFIqUCqTqc/sLUegTBxj6DvEr0VQVfTzh97QZQmdiXnfg\nolXsttlpF9U6r0TtSsWe5HonfOV116rLJeffawrbD02TTqigzXsu8lkBarcNuAeBfos4Gzjm\nCleZPe4h6KP1DBbdi+w0jpwqHAAVF41og9JwnxgIzRFo1clrUs3ERo/ctfPYV3Me6ZQ5BL/T\n3jjetFPsaRyifsSP5BtwrfKi+fv3FmRmaZ9JUaLiFRhnBkp/1Wy1TbMz4GHrXb7pmA8y1x1L\nPC5aAVKRCfLf6o3YBkBjqhHk/sM3nhRSP/TizPJhk9H9Z2vXUq6/aKtAQ6BXNVN48FP4YUIH\nZMbXb5tMOA1jrGKvNouicwoN9SG9dKpN6nIDSdvHXx1iY8f93ZHsM+71bbRuMGjeyNYmsHVe\ne7QHIJihdjK4TWxPAgMBAAGjQjBAMA8GA1UdEwEB/wQFMAMBAf8wHQYDVR0OBBYEFMmAd+Bi\nkoL1RpzzuvdMw964o605MA4GA1UdDwEB/wQEAwIBBjANBgkqhkiG9w0BAQsFAAOCAgEAU18h\n9bqwOlI5LJKwbADJ784g7wbylp7ppHR/ehb8t/W2+xUbP6umwHJdELFx7rxP462sA20ucS6v\nxOOto70MEae0/0qyexAQH6dXQbLArvQsWdZHEIjzIVEpMMpghq9Gqx3tOluwlN5E40EIosHs\nHdb9T7bWR9AUC8rmyrV7d35BH16Dx7aMOZawP5aBQW9gkOLo+fsicdl9sz1Gv7SEr5AcD48S\naq/v7h56rgJKihcrdv6sVIkkLE8/trKnToyokZf7KcZ7XC25y2a2t6hbElGFtQl+Ynhw/qlq\nYLYdDnkM/crqJIByw5c/8nerQyIKx+u2DISCLIBrQYoIwOula9+ZEsuK1V6ADJHgJgg2SMX6\nOBE1/yWDLfJ6v9r9jv6ly0UsH8SIU653DtmadsWOLB2jutXsMq7Aqqz30XpN69QH4kj3Io6w\npJ9qzo6ysmD0oyLQI+uUWnpp3Q+/QFesa1lQ2aOZ4W7+jQF5JyMV3pKdewlNWudLSDBaGOYK\nbeaP4NK75t98biGCwWg5TbSYWGZizEqQXsP6JwSxeRV0mcy+rSDeJmAc61ZRpqPq5KM/p/9h\n3PFaTWwyI0PurKju7koSCTxdccK+efrCh2gdC/1cacwG0Jp9VJkqyTkaGa9LKkPzY11aWOIv\n4x3kqdbQCtCev9eBCfHJxyYNrJgWVqA=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFWTCCA0GgAwIBAgIBAjANBgkqhkiG9w0BAQsFADBOMQswCQYDVQQGEwJOTzEdMBsGA1UE\nCgwUQnV5cGFzcyBBUy05ODMxNjMzMjcxIDAeBgNVBAMMF0J1eXBhc3MgQ2xhc3MgMyBSb290\nIENBMB4XDTEwMTAyNjA4Mjg1OFoXDTQwMTAyNjA4Mjg1OFowTjELMAkGA1UEBhMCTk8xHTAb\nBgNVBAoMFEJ1eXBhc3MgQVMtOTgzMTYzMzI3MSAwHgYDVQQDDBdCdXlwYXNzIENsYXNzIDMg\nUm9vdCBDQTCCAiIwDQYJKoZIhvcNAQEBBQADggIPADCCAgoCggIBAKXaCpUWUOOV8l6ddjEG\nMnqb8RB2uACatVI2zSRHsJ8YZLya9vrVediQYkwiL944PdbgqOkcLNt4EemOaFEVcsfzM4fk\noF0LXOBXByow9c3EN3coTRiR5r/VUv1xLXA+58bEiuPwKAv0dpihi4dVsjoT/Lc+JzeOIuOo\nTyrvYLs9tznDDgFHmV0ST9tD+leh7fmdvhFHJlsTmKtdFoqwNxxXnUX/iJY2v7vKB3tvh2PX\n0DJq1l1sDPGzbjniazEuOQAnFN44wOwZZoYS6J1yFhNkUsepNxz9gjDthBgd9K5c/3ATAOux\n9TN6S9ZV+AWNS2mw9bMoNlwUxFFzTWsL8TQH2xc519woe2v1n/MuwU8XKhDzzMro6/1rqy6a\nny2CbgTUUgGTLT2G/H783+9CHaZr77kgxve9oKeV/afmiSTYzIw0bOIjL9kSGiG5VZFvC5F5\nGQytQIgLcOJ60g7YaEi7ghM5EFjp2CoHxhLbWNvSO1UQRwUVZ2J+GGOmRj8JDlQyXr8NYnon\n74Do29lLBlo3WiXQCBJ31G8JUJc9yB3D34xFMFbG02SrZvPAXpacw8Tvw3xrizp5f7NJzz3i\niZ+gMEuFuZyUJHmPfWupRWgPK9Dx2hzLabjKSWJtyNBjYt1gD1iqj6G8BaVmos8bdrKEZLFM\nOVLAMLrwjEsCsLa3AgMBAAGjQjBAMA8GA1UdEwEB/wQFMAMBAf8wHQYDVR0OBBYEFEe4zf/l\nb+74suwvTg75JbCOPGvDMA4GA1UdDwEB/wQEAwIBBjANBgkqhkiG9w0BAQsFAAOCAgEAACAj\nQTUEkMJAYmDv4jVM1z+s4jSQuKFvdvoWFqRINyzpkMLyPPgKn9iB5btb2iUspKdVcSQy9sgL\n8rxq+JOssgfCX5/bzMiKqr5qb+FJEMwx14C7u8jYog5kV+qi9cKpMRXSIGrs/CIBKM+GuIAe\nqcwRpTzyFrNHnfzSgCHEy9BHcEGhyoMZCCxt8l13nIoUE9Q2HJLw5QY33KbmkJs4j1xrG0aG\nQ0JfPgEHU1RdZX33inOhmlRaHylDFCfChQ+1iHsaO5S3HWCntZznKWlXWpuTekMwGwPXYshA\npqr8ZORK15FTAaggiG6cX0S5y2CBNOxv033aSF/rtJC8LakcC6wc1aJoIIAE1vyxjy+7SjEN\nSoYc6+I2KSb12tjE8nVhz36udmNKekBlk4f4HoCMhuWG1o8O/FMsYOgWYRqiPkN7zTlgVGr1\n8okmAWiDSKIz6MkEkbIRNBE+6tBDGR8Dk5AM/1E9V/RBbuHLoL7ryWPNbczk+DaqaJ3tvV2X\ncEQNtg413OEMXbugUZTLfhbrES+jkkXITHHZvMmZUldGL1DPvTVp9D0VzgalLA8+9oG6lLvD\nu79leNKGef9JOxqDDPDeeOzI8k1MGt6CKfjBWtrt7uYnXuhF0J0cUahoq0Tj0Itq4/g7u9xN\n12TyUb7mqqta6THuBrxzvxNiCp/HuZc=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDwzCCAqugAwIBAgIBATANBgkqhkiG9w0BAQsFADCBgjELMAkGA1UEBhMCREUxKzApBgNV\nBAoMIlQtU3lzdGVtcyBFbnRlcnByaXNlIFNlcnZpY2VzIEdtYkgxHzAdBgNVBAsMFlQtU3lz\ndGVtcyBUcnVzdCBDZW50ZXIxJTAjBgNVBAMMHFQtVGVsZVNlYyBHbG9iYWxSb290IENsYXNz\nIDMwHhcNMDgxMDAxMTAyOTU2WhcNMzMxMDAxMjM1OTU5WjCBgjELMAkGA1UEBhMCREUxKzAp\nBgNVBAoMIlQtU3lzdGVtcyBFbnRlcnByaXNlIFNlcnZpY2VzIEdtYkgxHzAdBgNVBAsMFlQt\nU3lzdGVtcyBUcnVzdCBDZW50ZXIxJTAjBgNVBAMMHFQtVGVsZVNlYyBHbG9iYWxSb290IENs\nYXNzIDMwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQC9dZPwYiJvJK7genasfb3Z\nJNW4t/zN8ELg63iIVl6bmlQdTQyK9tPPcPRStdiTBONGhnFBSivwKixVA9ZIw+A5OO3yXDw/\nRLyTPWGrTs0NvvAgJ1gORH8EGoel15YUNpDQSXuhdfsaa3Ox+M6pCSzyU9XDFES4hqX2iys5\n2qMzVNn6chr3IhUciJFrf2blw2qAsCTz34ZFiP0Zf3WHHx+xGwpzJFu5ZeAsVMhg02YXP+HM\nVDNzkQI6pn97djmiH5a2OK61yJN0HZ65tOVgnS9W0eDrXltMEnAMbEQgqxHY9Bn20pxSN+f6\ntsIxO0rUFJmtxxr1XV/6B7h8DR/Wgx6zAgMBAAGjQjBAMA8GA1UdEwEB/wQFMAMBAf8wDgYD\nVR0PAQH/BAQDAgEGMB0GA1UdDgQWBBS1A/d2O2GCahKqGFPrAyGUv/7OyjANBgkqhkiG9w0B\nAQsFAAOCAQEAVj3vlNW92nOyWL6ukK2YJ5f+AbGwUgC4TeQbIXQbfsDuXmkqJa9c1h3a0nnJ\n85cp4IaH3gRZD/FZ1GSFS5mvJQQeyUapl96Cshtwn5z2r3Ex3XsFpSzTucpH9sry9uetuUg/\nvBa3wW306gmv7PO15wWeph6KU1HWk4HMdJP2udqmJQV0eVp+QD6CSyYRMG7hP0HHRwA11fXT\n91Q+gT3aSWqas+8QPebrb9HIIkfLzM8BMZLZGOMivgkeGj5asuRrDFR6fUNOuImle9eiPZaG\nzPImNC1qkp2aGtAw4l1OBLBfiyB+d8E9lYLRRpo7PHi4b6HQDWSieB4pTpPDpFQUWw==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIEMzCCAxugAwIBAgIDCYPzMA0GCSqGSIb3DQEBCwUAME0xCzAJBgNVBAYTAkRFMRUwEwYD\nVQQKDAxELVRydXN0IEdtYkgxJzAlBgNVBAMMHkQtVFJVU1QgUm9vdCBDbGFzcyAzIENBIDIg\nMjAwOTAeFw0wOTExMDUwODM1NThaFw0yOTExMDUwODM1NThaME0xCzAJBgNVBAYTAkRFMRUw\nEwYDVQQKDAxELVRydXN0IEdtYkgxJzAlBgNVBAMMHkQtVFJVU1QgUm9vdCBDbGFzcyAzIENB\nIDIgMjAwOTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBANOySs96R+91myP6Oi/W\nUEWJNTrGa9v+2wBoqOADER03UAifTUpolDWzU9GUY6cgVq/eUXjsKj3zSEhQPgrfRlWLJ23D\nEE0NkVJD2IfgXU42tSHKXzlABF9bfsyjxiupQB7ZNoTWSPOSHjRGICTBpFGOShrvUD9pXRl/\nRcPHAY9RySPocq60vFYJfxLLHLGvKZAKyVXMD9O0Gu1HNVpK7ZxzBCHQqr0ME7UAyiZsxGsM\nlFqVlNpQmvH/pStmMaTJOKDfHR+4CS7zp+hnUquVH+BGPtikw8paxTGA6Eian5Rp/hnd2HN8\ngcqW3o7tszIFZYQ05ub9VxC1X3a/L7AQDcUCAwEAAaOCARowggEWMA8GA1UdEwEB/wQFMAMB\nAf8wHQYDVR0OBBYEFP3aFMSfMN4hvR5COfyrYyNJ4PGEMA4GA1UdDwEB/wQEAwIBBjCB0wYD\nVR0fBIHLMIHIMIGAoH6gfIZ6bGRhcDovL2RpcmVjdG9yeS5kLXRydXN0Lm5ldC9DTj1ELVRS\nVVNUJTIwUm9vdCUyMENsYXNzJTIwMyUyMENBJTIwMiUyMDIwMDksTz1ELVRydXN0JTIwR21i\nSCxDPURFP2NlcnRpZmljYXRlcmV2b2NhdGlvbmxpc3QwQ6BBoD+GPWh0dHA6Ly93d3cuZC10\ncnVzdC5uZXQvY3JsL2QtdHJ1c3Rfcm9vdF9jbGFzc18zX2NhXzJfMjAwOS5jcmwwDQYJKoZI\nhvcNAQELBQADggEBAH+X2zDI36ScfSF6gHDOFBJpiBSVYEQBrLLpME+bUMJm2H6NMLVwMeni\nacfzcNsgFYbQDfC+rAF1hM5+n02/t2A7nPPKHeJeaNijnZflQGDSNiH+0LS4F9p0o3/U37CY\nAqxva2ssJSRyoWXuJVrl5jLn8t+rSfrzkGkj2wTZ51xY/GXUl77M/C4KzCUqNQT4YJEVdT1B\n/yMfGchs64JTBKbkTCJNjYy6zltz7GRUUG3RnFX7acM2w4y8PIWmawomDeCTmGCufsYkl4ph\nX5GOZpIJhzbNi5stPvZR1FDUWSi9g/LMKHtThm3YJohw1+qRzT65ysCQblrGXnRl11z+o+I=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIEQzCCAyugAwIBAgIDCYP0MA0GCSqGSIb3DQEBCwUAMFAxCzAJBgNVBAYTAkRFMRUwEwYD\nVQQKDAxELVRydXN0IEdtYkgxKjAoBgNVBAMMIUQtVFJVU1QgUm9vdCBDbGFzcyAzIENBIDIg\nRVYgMjAwOTAeFw0wOTExMDUwODUwNDZaFw0yOTExMDUwODUwNDZaMFAxCzAJBgNVBAYTAkRF\nMRUwEwYDVQQKDAxELVRydXN0IEdtYkgxKjAoBgNVBAMMIUQtVFJVU1QgUm9vdCBDbGFzcyAz\nIENBIDIgRVYgMjAwOTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAJnxhDRwui+3\nMKCOvXwEz75ivJn9gpfSegpnljgJ9hBOlSJzmY3aFS3nBfwZcyK3jpgAvDw9rKFs+9Z5JUut\n8Mxk2og+KbgPCdM03TP1YtHhzRnp7hhPTFiu4h7WDFsVWtg6uMQYZB7jM7K1iXdODL/ZlGsT\nl28So/6ZqQTMFexgaDbtCHu39b+T7WYxg4zGcTSHThfqr4uRjRxWQa4iN1438h3Z0S0NL2lR\np75mpoo6Kr3HGrHhFPC+Oh25z1uxav60sUYgovseO3Dvk5h9jHOW8sXvhXCtKSb8HgQ+HKDY\nD8tSg2J87otTlZCpV6LqYQXY+U3EJ/pure3511H3a6UCAwEAAaOCASQwggEgMA8GA1UdEwEB\n/wQFMAMBAf8wHQYDVR0OBBYEFNOUikxiEyoZLsyvcop9NteaHNxnMA4GA1UdDwEB/wQEAwIB\nBjCB3QYDVR0fBIHVMIHSMIGHoIGEoIGBhn9sZGFwOi8vZGlyZWN0b3J5LmQtdHJ1c3QubmV0\nL0NOPUQtVFJVU1QlMjBSb290JTIwQ2xhc3MlMjAzJTIwQ0ElMjAyJTIwRVYlMjAyMDA5LE89\nRC1UcnVzdCUyMEdtYkgsQz1ERT9jZXJ0aWZpY2F0ZXJldm9jYXRpb25saXN0MEagRKBChkBo\ndHRwOi8vd3d3LmQtdHJ1c3QubmV0L2NybC9kLXRydXN0X3Jvb3RfY2xhc3NfM19jYV8yX2V2\nXzIwMDkuY3JsMA0GCSqGSIb3DQEBCwUAA4IBAQA07XtaPKSUiO8aEXUHL7P+PPoeUSbrh/Yp\n3uDx1MYkCenBz1UbtDDZzhr+BlGmFaQt77JLvyAoJUnRpjZ3NOhk31KxEcdzes05nsKtjHEh\n8lprr988TlWvsoRlFIm5d8sqMb7Po23Pb0iUMkZv53GMoKaEGTcH8gNFCSuGdXzfX2lXANtu\n2KZyIktQ1HWYVt+3GP9DQ1CuekR78HlR10M9p9OB0/DJT7naxpeG0ILD5EJt/rDiZE4OJudA\nNCa1CInXCGNjOCd1HjPqbqjdn5lPdE2BiYBL3ZqXKVwvvoFBuYz/6n1gBp7N1z3TLqMVvKjm\nJuVvw9y4AyHqnxbxLFS1\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFaTCCA1GgAwIBAgIJAJK4iNuwisFjMA0GCSqGSIb3DQEBCwUAMFIxCzAJBgNVBAYTAlNL\nMRMwEQYDVQQHEwpCcmF0aXNsYXZhMRMwEQYDVQQKEwpEaXNpZyBhLnMuMRkwFwYDVQQDExBD\nQSBEaXNpZyBSb290IFIyMB4XDTEyMDcxOTA5MTUzMFoXDTQyMDcxOTA5MTUzMFowUjELMAkG\nA1UEBhMCU0sxEzARBgNVBAcTCkJyYXRpc2xhdmExEzARBgNVBAoTCkRpc2lnIGEucy4xGTAX\nBgNVBAMTEENBIERpc2lnIFJvb3QgUjIwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoIC\nAQCio8QACdaFXS1tFPbCw3OeNcJxVX6B+6tGUODBfEl45qt5WDza/3wcn9iXAng+a0EE6UG9\nvgMsRfYvZNSrXaNHPWSb6WiaxswbP7q+sos0Ai6YVRn8jG+qX9pMzk0DIaPY0jSTVpbLTAwA\nFjxfGs3Ix2ymrdMxp7zo5eFm1tL7A7RBZckQrg4FY8aAamkw/dLukO8NJ9+flXP04SXabBbe\nQTg06ov80egEFGEtQX6sx3dOy1FU+16SGBsEWmjGycT6txOgmLcRK7fWV8x8nhfRyyX+hk4k\nLlYMeE2eARKmK6cBZW58Yh2EhN/qwGu1pSqVg8NTEQxzHQuyRpDRQjrOQG6Vrf/GlK1ul4SO\nfW+eioANSW1z4nuSHsPzwfPrLgVv2RvPN3YEyLRa5Beny912H9AZdugsBbPWnDTYltxhh5EF\n5EQIM8HauQhl1K6yNg3ruji6DOWbnuuNZt2Zz9aJQfYEkoopKW1rOhzndX0CcQ7zwOe9yxnd\nnWCywmZgtrEE7snmhrmaZkCo5xHtgUUDi/ZnWejBBhG93c+AAk9lQHhcR1DIm+YfgXvkRKhb\nhZri3lrVx/k6RGZL5DJUfORsnLMOPReisjQS1n6yqEm70XooQL6iFh/f5DcfEXP7kAplQ6IN\nfPgGAVUzfbANuPT1rqVCV3w2EYx7XsQDnYx5nQIDAQABo0IwQDAPBgNVHRMBAf8EBTADAQH/\nMA4GA1UdDwEB/wQEAwIBBjAdBgNVHQ4EFgQUtZn4r7CU9eMg1gqtzk5WpC5uQu0wDQYJKoZI\nhvcNAQELBQADggIBACYGXnDnZTPIgm7ZnBc6G3pmsgH2eDtpXi/q/075KMOYKmFMtCQSin1t\nERT3nLXK5ryeJ45MGcipvXrA1zYObYVybqjGom32+nNjf7xueQgcnYqfGopTpti72TVVsRHF\nqQOzVju5hJMiXn7B9hJSi+osZ7z+Nkz1uM/Rs0mSO9MpDpkblvdhuDvEK7Z4bLQjb/D907Je\ndR+Zlais9trhxTF7+9FGs9K8Z7RiVLoJ92Owk6Ka+elSLotgEqv89WBW7xBci8QaQtyDW2QO\ny7W81k/BfDxujRNt+3vrMNDcTa/F1balTFtxyegxvug4BkihGuLq0t4SOVga/4AOgnXmt8kH\nbA7v/zjxmHHEt38OFdAlab0inSvtBfZGR6ztwPDUO+Ls7pZbkBNOHlY667DvlruWIxG68kOG\ndGSVyCh13x01utI3gzhTODY7z2zp+WsO0PsE6E9312UBeIYMej4hYvF/Y3EMyZ9E26gnonW+\nboE+18DrG5gPcFw0sorMwIUY6256s/daoQe/qUKS82Ail+QUoQebTnbAjn39pCXHR+3/H3Os\nzMOl6W8KjptlwlCFtaOgUxLMVYdh84GuEEZhvUQhuMI9dM9+JDX6HAcOmz0iyu8xL4ysEr3v\nQCj8KWefshNPZiTEUxnpHikV7+ZtsH8tZ/3zbBt1RqPlShfppNcL\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIH0zCCBbugAwIBAgIIXsO3pkN/pOAwDQYJKoZIhvcNAQEFBQAwQjESMBAGA1UEAwwJQUND\nVlJBSVoxMRAwDgYDVQQLDAdQS0lBQ0NWMQ0wCwYDVQQKDARBQ0NWMQswCQYDVQQGEwJFUzAe\nFw0xMTA1MDUwOTM3MzdaFw0zMDEyMzEwOTM3MzdaMEIxEjAQBgNVBAMMCUFDQ1ZSQUlaMTEQ\nMA4GA1UECwwHUEtJQUNDVjENMAsGA1UECgwEQUNDVjELMAkGA1UEBhMCRVMwggIiMA0GCSqG\nSIb3DQEBAQUAA4ICDwAwggIKAoICAQCbqau/YUqXry+XZpp0X9DZlv3P4uRm7x8fRzPCRKPf\nmt4ftVTdFXxpNRFvu8gMjmoYHtiP2Ra8EEg2XPBjs5BaXCQ316PWywlxufEBcoSwfdtNgM38\n02/J+Nq2DoLSRYWoG2ioPej0RGy9ocLLA76MPhMAhN9KSMDjIgro6TenGEyxCQ0jVn8ETdkX\nhBilyNpAlHPrzg5XPAOBOp0KoVdDaaxXbXmQeOW1tDvYvEyNKKGno6e6Ak4l0Squ7a4DIrhr\nIA8wKFSVf+DuzgpmndFALW4ir50awQUZ0m/A8p/4e7MCQvtQqR0tkw8jq8bBD5L/0KIV9VMJ\ncRz/RROE5iZe+OCIHAr8Fraocwa48GOEAqDGWuzndN9wrqODJerWx5eHk6fGioozl2A3ED6X\nPm4pFdahD9GILBKfb6qkxkLrQaLjlUPTAYVtjrs78yM2x/474KElB0iryYl0/wiPgL/AlmXz\n7uxLaL2diMMxs0Dx6M/2OLuc5NF/1OVYm3z61PMOm3WR5LpSLhl+0fXNWhn8ugb2+1KoS5kE\n3fj5tItQo05iifCHJPqDQsGH+tUtKSpacXpkatcnYGMN285J9Y0fkIkyF/hzQ7jSWpOGYdbh\ndQrqeWZ2iE9x6wQl1gpaepPluUsXQA+xtrn13k/c4LOsOxFwYIRKQ26ZIMApcQrAZQIDAQAB\no4ICyzCCAscwfQYIKwYBBQUHAQEEcTBvMEwGCCsGAQUFBzAChkBodHRwOi8vd3d3LmFjY3Yu\nZXMvZmlsZWFkbWluL0FyY2hpdm9zL2NlcnRpZmljYWRvcy9yYWl6YWNjdjEuY3J0MB8GCCsG\nAQUFBzABhhNodHRwOi8vb2NzcC5hY2N2LmVzMB0GA1UdDgQWBBTSh7Tj3zcnk1X2VuqB5TbM\njB4/vTAPBgNVHRMBAf8EBTADAQH/MB8GA1UdIwQYMBaAFNKHtOPfNyeTVfZW6oHlNsyMHj+9\nMIIBcwYDVR0gBIIBajCCAWYwggFiBgRVHSAAMIIBWDCCASIGCCsGAQUFBwICMIIBFB6CARAA\nQQB1AHQAbwByAGkAZABhAGQAIABkAGUAIABDAGUAcgB0AGkAZgBpAGMAYQBjAGkA8wBuACAA\nUgBhAO0AegAgAGQAZQAgAGwAYQAgAEEAQwBDAFYAIAAoAEEAZwBlAG4AYwBpAGEAIABkAGUA\nIABUAGUAYwBuAG8AbABvAGcA7QBhACAAeQAgAEMAZQByAHQAaQBmAGkAYwBhAGMAaQDzAG4A\nIABFAGwAZQBjAHQAcgDzAG4AaQBjAGEALAAgAEMASQBGACAAUQA0ADYAMAAxADEANQA2AEUA\nKQAuACAAQwBQAFMAIABlAG4AIABoAHQAdABwADoALwAvAHcAdwB3AC4AYQBjAGMAdgAuAGUA\nczAwBggrBgEFBQcCARYkaHR0cDovL3d3dy5hY2N2LmVzL2xlZ2lzbGFjaW9uX2MuaHRtMFUG\nA1UdHwROMEwwSqBIoEaGRGh0dHA6Ly93d3cuYWNjdi5lcy9maWxlYWRtaW4vQXJjaGl2b3Mv\nY2VydGlmaWNhZG9zL3JhaXphY2N2MV9kZXIuY3JsMA4GA1UdDwEB/wQEAwIBBjAXBgNVHREE\nEDAOgQxhY2N2QGFjY3YuZXMwDQYJKoZIhvcNAQEFBQADggIBAJcxAp/n/UNnSEQU5CmH7Uwo\nZtCPNdpNYbdKl02125DgBS4OxnnQ8pdpD70ER9m+27Up2pvZrqmZ1dM8MJP1jaGo/AaNRPTK\nFpV8M9xii6g3+CfYCS0b78gUJyCpZET/LtZ1qmxNYEAZSUNUY9rizLpm5U9EelvZaoErQNV/\n+QEnWCzI7UiRfD+mAM/EKXMRNt6GGT6d7hmKG9Ww7Y49nCrADdg9ZuM8Db3VlFzi4qc1GwQA\n9j9ajepDvV+JHanBsMyZ4k0ACtrJJ1vnE5Bc5PUzolVt3OAJTS+xJlsndQAJxGJ3KQhfnlms\ntn6tn1QwIgPBHnFk/vk4CpYY3QIUrCPLBhwepH2NDd4nQeit2hW3sCPdK6jT2iWH7ehVRE2I\n9DZ+hJp4rPcOVkkO1jMl1oRQQmwgEh0q1b688nCBpHBgvgW1m54ERL5hI6zppSSMEYCUWqKi\nuUnSwdzRp+0xESyeGabu4VXhwOrPDYTkF7eifKXeVSUG7szAh1xA2syVP1XgNce4hL60Xc16\ngwFy7ofmXx2utYXGJt/mwZrpHgJHnyqobalbz+xFd3+YJ5oyXSrjhO7FmGYvliAd3djDJ9ew\n+f7Zfc3Qn48LFFhRny+Lwzgt3uiP1o2HpPVWQxaZLPSkVrQ0uGE3ycJYgBugl6H8WY3pEfbR\nD0tVNEYqi4Y7\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFQTCCAymgAwIBAgICDL4wDQYJKoZIhvcNAQELBQAwUTELMAkGA1UEBhMCVFcxEjAQBgNV\nBAoTCVRBSVdBTi1DQTEQMA4GA1UECxMHUm9vdCBDQTEcMBoGA1UEAxMTVFdDQSBHbG9iYWwg\nUm9vdCBDQTAeFw0xMjA2MjcwNjI4MzNaFw0zMDEyMzExNTU5NTlaMFExCzAJBgNVBAYTAlRX\nMRIwEAYDVQQKEwlUQUlXQU4tQ0ExEDAOBgNVBAsTB1Jvb3QgQ0ExHDAaBgNVBAMTE1RXQ0Eg\nR2xvYmFsIFJvb3QgQ0EwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQCwBdvI64zE\nbooh745NnHEKH1Jw7W2CnJfF10xORUnLQEK1EjRsGcJ0pDFfhQKX7EMzClPSnIyOt7h52yvV\navKOZsTuKwEHktSz0ALfUPZVr2YOy+BHYC8rMjk1Ujoog/h7FsYYuGLWRyWRzvAZEk2tY/XT\nP3VfKfChMBwqoJimFb3u/Rk28OKRQ4/6ytYQJ0lM793B8YVwm8rqqFpD/G2Gb3PpN0Wp8DbH\nzIh1HrtsBv+baz4X7GGqcXzGHaL3SekVtTzWoWH1EfcFbx39Eb7QMAfCKbAJTibc46KokWof\nwpFFiFzlmLhxpRUZyXx1EcxwdE8tmx2RRP1WKKD+u4ZqyPpcC1jcxkt2yKsi2XMPpfRaAok/\nT54igu6idFMqPVMnaR1sjjIsZAAmY2E2TqNGtz99sy2sbZCilaLOz9qC5wc0GZbpuCGqKX6m\nOL6OKUohZnkfs8O1CWfe1tQHRvMq2uYiN2DLgbYPoA/pyJV/v1WRBXrPPRXAb94JlAGD1zQb\nzECl8LibZ9WYkTunhHiVJqRaCPgrdLQABDzfuBSO6N+pjWxnkjMdwLfS7JLIvgm/LCkFbwJr\nnu+8vyq8W8BQj0FwcYeyTbcEqYSjMq+u7msXi7Kx/mzhkIyIqJdIzshNy/MGz19qCkKxHh53\nL46g5pIOBvwFItIm4TFRfTLcDwIDAQABoyMwITAOBgNVHQ8BAf8EBAMCAQYwDwYDVR0TAQH/\nBAUwAwEB/zANBgkqhkiG9w0BAQsFAAOCAgEAXzSBdu+WHdXltdkCY4QWwa6gcFGn90xHNcgL\n1yg9iXHZqjNB6hQbbCEAwGxCGX6faVsgQt+i0trEfJdLjbDorMjupWkEmQqSpqsnLhpNgb+E\n1HAerUf+/UqdM+DyucRFCCEK2mlpc3INvjT+lIutwx4116KD7+U4x6WFH6vPNOw/KP4M8VeG\nTslV9xzU2KV9Bnpv1d8Q34FOIWWxtuEXeZVFBs5fzNxGiWNoRI2T9GRwoD2dKAXDOXC4Ynsg\n/eTb6QihuJ49CcdP+yz4k3ZB3lLg4VfSnQO8d57+nile98FRYB/e2guyLXW3Q0iT5/Z5xoRd\ngFlglPx4mI88k1HtQJAH32RjJMtOcQWh15QaiDLxInQirqWm2BJpTGCjAu4r7NRjkgtevi92\na6O2JryPA9gK8kxkRr05YuWW6zRjESjMlfGt7+/cgFhI6Uu46mWs6fyAtbXIRfmswZ/Zuepi\niI7E8UuDEq3mi4TWnsLrgxifarsbJGAzcMzs9zLzXNl5fe+epP7JI8Mk7hWSsT2RTyaGvWZz\nJBPqpK5jwa19hAM8EHiGG3njxPPyBJUgriOCxLM6AGK/5jYk4Ve6xx6QddVfP5VhK8E7zeWz\naGHQRiapIVJpLesux+t3zqY6tQMzT3bR51xUAV3LePTJDL/PEo4XLSNolOer/qmyKwbQBM0=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFODCCAyCgAwIBAgIRAJW+FqD3LkbxezmCcvqLzZYwDQYJKoZIhvcNAQEFBQAwNzEUMBIG\nA1UECgwLVGVsaWFTb25lcmExHzAdBgNVBAMMFlRlbGlhU29uZXJhIFJvb3QgQ0EgdjEwHhcN\nMDcxMDE4MTIwMDUwWhcNMzIxMDE4MTIwMDUwWjA3MRQwEgYDVQQKDAtUZWxpYVNvbmVyYTEf\nMB0GA1UEAwwWVGVsaWFTb25lcmEgUm9vdCBDQSB2MTCCAiIwDQYJKoZIhvcNAQEBBQADggIP\nADCCAgoCggIBAMK+6yfwIaPzaSZVfp3FVRaRXP3vIb9TgHot0pGMYzHw7CTww6XScnwQbfQ3\nt+XmfHnqjLWCi65ItqwA3GV17CpNX8GH9SBlK4GoRz6JI5UwFpB/6FcHSOcZrr9FZ7E3GwYq\n/t75rH2D+1665I+XZ75Ljo1kB1c4VWk0Nj0TSO9P4tNmHqTPGrdeNjPUtAa9GAH9d4RQAEX1\njF3oI7x+/jXh7VB7qTCNGdMJjmhnXb88lxhTuylixcpecsHHltTbLaC0H2kD7OriUPEMPPCs\n81Mt8Bz17Ww5OXOAFshSsCPN4D7c3TxHoLs1iuKYaIu+5b9y7tL6pe0S7fyYGKkmdtwoSxAg\nHNN/Fnct7W+A90m7UwW7XWjH1Mh1Fj+JWov3F0fUTPHSiXk+TT2YqGHeOh7S+F4D4MHJHIzT\njU3TlTazN19jY5szFPAtJmtTfImMMsJu7D0hADnJoWjiUIMusDor8zagrC/kb2HCUQk5PotT\nubtn2txTuXZZNp1D5SDgPTJghSJRt8czu90VL6R4pgd7gUY2BIbdeTXHlSw7sKMXNeVzH7Rc\nWe/a6hBle3rQf5+ztCo3O3CLm1u5K7fsslESl1MpWtTwEhDcTwK7EpIvYtQ/aUN8Ddb8WHUB\niJ1YFkveupD/RwGJBmr2X7KQarMCpgKIv7NHfirZ1fpoeDVNAgMBAAGjPzA9MA8GA1UdEwEB\n/wQFMAMBAf8wCwYDVR0PBAQDAgEGMB0GA1UdDgQWBBTwj1k4ALP1j5qWDNXr+nuqF+gTEjAN\nBgkqhkiG9w0BAQUFAAOCAgEAvuRcYk4k9AwI//DTDGjkk0kiP0Qnb7tt3oNmzqjMDfz1mgbl\ndxSR651Be5kqhOX//CHBXfDkH1e3damhXwIm/9fH907eT/j3HEbAek9ALCI18Bmx0GtnLLCo\n4MBANzX2hFxc469CeP6nyQ1Q6g2EdvZR74NTxnr/DlZJLo961gzmJ1TjTQpgcmLNkQfWpb/I\nmWvtxBnmq0wROMVvMeJuScg/doAmAyYp4Db29iBT4xdwNBedY2gea+zDTYa4EzAvXUYNR0PV\nG6pZDrlcjQZIrXSHX8f8MVRBE+LHIQ6e4B4N4cB7Q4WQxYpYxmUKeFfyxiMPAdkgS94P+5KF\ndSpcc41teyWRyu5FrgZLAMzTsVlQ2jqIOylDRl6XK1TOU2+NSueW+r9xDkKLfP0ooNBIytrE\ngUy7onOTJsjrDNYmiLbAJM+7vVvrdX3pCI6GMyx5dwlppYn8s3CQh3aP0yK7Qs69cwsgJirQ\nmz1wHiRszYd2qReWt88NkvuOGKmYSdGe/mBEciG5Ge3C9THxOUiIkCR1VBatzvT4aRRkOfuj\nuLpwQMcnHL/EVlP6Y2XQ8xwOFvVrhlhNGNTkDY6lnVuR3HYkUD/GKvvZt5y11ubQ2egZixVx\nSK236thZiNSQvxaz2emsWWFUyBy6ysHK4bkgTI86k4mloMy/0/Z1pHWWbVY=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDwzCCAqugAwIBAgIBATANBgkqhkiG9w0BAQsFADCBgjELMAkGA1UEBhMCREUxKzApBgNV\nBAoMIlQtU3lzdGVtcyBFbnRlcnByaXNlIFNlcnZpY2VzIEdtYkgxHzAdBgNVBAsMFlQtU3lz\ndGVtcyBUcnVzdCBDZW50ZXIxJTAjBgNVBAMMHFQtVGVsZVNlYyBHbG9iYWxSb290IENsYXNz\nIDIwHhcNMDgxMDAxMTA0MDE0WhcNMzMxMDAxMjM1OTU5WjCBgjELMAkGA1UEBhMCREUxKzAp\nBgNVBAoMIlQtU3lzdGVtcyBFbnRlcnByaXNlIFNlcnZpY2VzIEdtYkgxHzAdBgNVBAsMFlQt\nU3lzdGVtcyBUcnVzdCBDZW50ZXIxJTAjBgNVBAMMHFQtVGVsZVNlYyBHbG9iYWxSb290IENs\nYXNzIDIwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQCqX9obX+hzkeXaXPSi5kfl\n82hVYAUdAqSzm1nzHoqvNK38DcLZSBnuaY/JIPwhqgcZ7bBcrGXHX+0CfHt8LRvWurmAwhiC\nFoT6ZrAIxlQjgeTNuUk/9k9uN0goOA/FvudocP05l03Sx5iRUKrERLMjfTlH6VJi1hKTXrcx\nlkIF+3anHqP1wvzpesVsqXFP6st4vGCvx9702cu+fjOlbpSD8DT6IavqjnKgP6TeMFvvhk1q\nlVtDRKgQFRzlAVfFmPHmBiiRqiDFt1MmUUOyCxGVWOHAD3bZwI18gfNycJ5v/hqO2V81xrJv\nNHy+SE/iWjnX2J14np+GPgNeGYtEotXHAgMBAAGjQjBAMA8GA1UdEwEB/wQFMAMBAf8wDgYD\nVR0PAQH/BAQDAgEGMB0GA1UdDgQWBBS/WSA2AHmgoCJrjNXyYdK4LMuCSjANBgkqhkiG9w0B\nAQsFAAOCAQEAMQOiYQsfdOhyNsZt+U2e+iKo4YFWz827n+qrkRk4r6p8FU3ztqONpfSO9kSp\np+ghla0+AGIWiPACuvxhI+YzmzB6azZie60EI4RYZeLbK4rnJVM3YlNfvNoBYimipidx5joi\nfsFvHZVwIEoHNN/q/xWA5brXethbdXwFeilHfkCoMRN3zUA7tFFHei4R40cR3p1m0IvVVGb6\ng1XqfMIpiRvpb7PO4gWEyS8+eIVibslfwXhjdFjASBgMmTnrpMwatXlajRWc2BQN9noHV8ci\ngwUtPJslJj0Ys6lDfMjIq2SPDqO/nBudMNva0Bkuqjzx+zOAduTNrRlPBSeOE6Fuwg==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIIXDPLYixfszIwDQYJKoZIhvcNAQELBQAwPDEeMBwGA1UEAwwVQXRv\ncyBUcnVzdGVkUm9vdCAyMDExMQ0wCwYDVQQKDARBdG9zMQswCQYDVQQGEwJERTAeFw0xMTA3\nMDcxNDU4MzBaFw0zMDEyMzEyMzU5NTlaMDwxHjAcBgNVBAMMFUF0b3MgVHJ1c3RlZFJvb3Qg\nMjAxMTENMAsGA1UECgwEQXRvczELMAkGA1UEBhMCREUwggEiMA0GCSqGSIb3DQEBAQUAA4IB\nDwAwggEKAoIBAQCVhTuXbyo7LjvPpvMpNb7PGKw+qtn4TaA+Gke5vJrf8v7MPkfoepbCJI41\n9KkM/IL9bcFyYie96mvr54rMVD6QUM+A1JX76LWC1BTFtqlVJVfbsVD2sGBkWXppzwO3bw2+\nyj5vdHLqqjAqc2K+SZFhyBH+DgMq92og3AIVDV4VavzjgsG1xZ1kCWyjWZgHJ8cblithdHFs\nQ/H3NYkQ4J7sVaE3IqKHBAUsR320HLliKWYoyrfhk/WklAOZuXCFteZI6o1Q/NnezG8HDt0L\ncp2AMBYHlT8oDv3FdU9T1nSatCQujgKRz3bFmx5VdJx4IbHwLfELn8LVlhgf8FQieowHAgMB\nAAGjfTB7MB0GA1UdDgQWBBSnpQaxLKYJYO7Rl+lwrrw7GWzbITAPBgNVHRMBAf8EBTADAQH/\nMB8GA1UdIwQYMBaAFKelBrEspglg7tGX6XCuvDsZbNshMBgGA1UdIAQRMA8wDQYLKwYBBAGw\nLQMEAQEwDgYDVR0PAQH/BAQDAgGGMA0GCSqGSIb3DQEBCwUAA4IBAQAmdzTblEiGKkGdLD4G\nkGDEjKwLVLgfuXvTBznk+j57sj1O7Z8jvZfza1zv7v1Apt+hk6EKhqzvINB5Ab149xnYJDE0\nBAGmuhWawyfc2E8PzBhj/5kPDpFrdRbhIfzYJsdHt6bPWHJxfrrhTZVHO8mvbaG0weyJ9rQP\nOLXiZNwlz6bb65pcmaHFCN795trV1lpFDMS3wrUU77QR/w4VtfX128a961qn8FYiqTxlVMYV\nqL2Gns2Dlmh6cYGJ4Qvh6hEbaAjMaZ7snkGeRDImeuKHCnE96+RapNLbxc3G3mB/ufNPRJLv\nKrcYPqcZ2Qt9sTdBQrC6YB3y/gkRsPCHe6ed\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFYDCCA0igAwIBAgIUeFhfLq0sGUvjNwc1NBMotZbUZZMwDQYJKoZIhvcNAQELBQAwSDEL\nMAkGA1UEBhMCQk0xGTAXBgNVBAoTEFF1b1ZhZGlzIExpbWl0ZWQxHjAcBgNVBAMTFVF1b1Zh\nZGlzIFJvb3QgQ0EgMSBHMzAeFw0xMjAxMTIxNzI3NDRaFw00MjAxMTIxNzI3NDRaMEgxCzAJ\nBgNVBAYTAkJNMRkwFwYDVQQKExBRdW9WYWRpcyBMaW1pdGVkMR4wHAYDVQQDExVRdW9WYWRp\ncyBSb290IENBIDEgRzMwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQCgvlAQjuny\nbEC0BJyFuTHK3C3kEakEPBtVwedYMB0ktMPvhd6MLOHBPd+C5k+tR4ds7FtJwUrVu4/sh6x/\ngpqG7D0DmVIB0jWerNrwU8lmPNSsAgHaJNM7qAJGr6Qc4/hzWHa39g6QDbXwz8z6+cZM5cOG\nMAqNF34168Xfuw6cwI2H44g4hWf6Pser4BOcBRiYz5P1sZK0/CPTz9XEJ0ngnjybCKOLXSoh\n4Pw5qlPafX7PGglTvF0FBM+hSo+LdoINofjSxxR3W5A2B4GbPgb6Ul5jxaYA/qXpUhtStZI5\ncgMJYr2wYBZupt0lwgNm3fME0UDiTouG9G/lg6AnhF4EwfWQvTA9xO+oabw4m6SkltFi2mnA\nAZauy8RRNOoMqv8hjlmPSlzkYZqn0ukqeI1RPToV7qJZjqlc3sX5kCLliEVx3ZGZbHqfPT2Y\nfF72vhZooF6uCyP8Wg+qInYtyaEQHeTTRCOQiJ/GKubX9ZqzWB4vMIkIG1SitZgj7Ah3HJVd\nYdHLiZxfokqRmu8hqkkWCKi9YSgxyXSthfbZxbGL0eUQMk1fiyA6PEkfM4VZDdvLCXVDaXP7\na3F98N/ETH3Goy7IlXnLc6KOTk0k+17kBL5yG6YnLUlamXrXXAkgt3+UuU/xDRxeiEIbEbfn\nkduebPRq34wGmAOtzCjvpUfzUwIDAQABo0IwQDAPBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB\n/wQEAwIBBjAdBgNVHQ4EFgQUo5fW816iEOGrRZ88F2Q87gFwnMwwDQYJKoZIhvcNAQELBQAD\nggIBABj6W3X8PnrHX3fHyt/PX8MSxEBd1DKquGrX1RUVRpgjpeaQWxiZTOOtQqOCMTaIzen7\nxASWSIsBx40Bz1szBpZGZnQdT+3Btrm0DWHMY37XLneMlhwqI2hrhVd2cDMT/uFPpiN3GPoa\njOi9ZcnPP/TJF9zrx7zABC4tRi9pZsMbj/7sPtPKlL92CiUNqXsCHKnQO18LwIE6PWThv6ct\nTr1NxNgpxiIY0MWscgKCP6o6ojoilzHdCGPDdRS5YCgtW2jgFqlmgiNR9etT2DGbe+m3nUvr\niBbP+V04ikkwj+3x6xn0dxoxGE1nVGwvb2X52z3sIexe9PSLymBlVNFxZPT5pqOBMzYzcfCk\neF9OrYMh3jRJjehZrJ3ydlo28hP0r+AJx2EqbPfgna67hkooby7utHnNkDPDs3b69fBsnQGQ\n+p6Q9pxyz0fawx/kNSBT8lTR32GDpgLiJTjehTItXnOQUl1CxM49S+H5GYQd1aJQzEH7QRTD\nvdbJWqNjZgKAvQU6O0ec7AAmTPWIUb+oI38YB7AL7YsmoWTTYUrrXJ/es69nA7Mf3W1daWhp\nq1467HxpvMc7hU6eFbm0FU/DlXpY18ls6Wy58yljXrQs8C097Vpl4KlbQMJImYFtnh8GKjwS\ntIsPm6Ik8KaN1nrgS7ZklmOVhMJKzRwuJIczYOXD\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFYDCCA0igAwIBAgIURFc0JFuBiZs18s64KztbpybwdSgwDQYJKoZIhvcNAQELBQAwSDEL\nMAkGA1UEBhMCQk0xGTAXBgNVBAoTEFF1b1ZhZGlzIExpbWl0ZWQxHjAcBgNVBAMTFVF1b1Zh\nZGlzIFJvb3QgQ0EgMiBHMzAeFw0xMjAxMTIxODU5MzJaFw00MjAxMTIxODU5MzJaMEgxCzAJ\nBgNVBAYTAkJNMRkwFwYDVQQKExBRdW9WYWRpcyBMaW1pdGVkMR4wHAYDVQQDExVRdW9WYWRp\ncyBSb290IENBIDIgRzMwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQChriWyARjc\nV4g/Ruv5r+LrI3HimtFhZiFfqq8nUeVuGxbULX1QsFN3vXg6YOJkApt8hpvWGo6t/x8Vf9WV\nHhLL5hSEBMHfNrMWn4rjyduYNM7YMxcoRvynyfDStNVNCXJJ+fKH46nafaF9a7I6JaltUkSs\n+L5u+9ymc5GQYaYDFCDy54ejiK2toIz/pgslUiXnFgHVy7g1gQyjO/Dh4fxaXc6AcW34Sas+\nO7q414AB+6XrW7PFXmAqMaCvN+ggOp+oMiwMzAkd056OXbxMmO7FGmh77FOm6RQ1o9/NgJ8M\nSPsc9PG/Srj61YxxSscfrf5BmrODXfKEVu+lV0POKa2Mq1W/xPtbAd0jIaFYAI7D0GoT7RPj\nEiuA3GfmlbLNHiJuKvhB1PLKFAeNilUSxmn1uIZoL1NesNKqIcGY5jDjZ1XHm26sGahVpkUG\n0CM62+tlXSoREfA7T8pt9DTEceT/AFr2XK4jYIVz8eQQsSWu1ZK7E8EM4DnatDlXtas1qnIh\nO4M15zHfeiFuuDIIfR0ykRVKYnLP43ehvNURG3YBZwjgQQvD6xVu+KQZ2aKrr+InUlYrAoos\nFCT5v0ICvybIxo/gbjh9Uy3l7ZizlWNof/k19N+IxWA1ksB8aRxhlRbQ694Lrz4EEEVlWFA4\nr0jyWbYW8jwNkALGcC4BrTwV1wIDAQABo0IwQDAPBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB\n/wQEAwIBBjAdBgNVHQ4EFgQU7edvdlq/YOxJW8ald7tyFnGbxD0wDQYJKoZIhvcNAQELBQAD\nggIBAJHfgD9DCX5xwvfrs4iP4VGyvD11+ShdyLyZm3tdquXK4Qr36LLTn91nMX66AarHakE7\nkNQIXLJgapDwyM4DYvmL7ftuKtwGTTwpD4kWilhMSA/ohGHqPHKmd+RCroijQ1h5fq7KpVMN\nqT1wvSAZYaRsOPxDMuHBR//47PERIjKWnML2W2mWeyAMQ0GaW/ZZGYjeVYg3UQt4XAoeo0L9\nx52ID8DyeAIkVJOviYeIyUqAHerQbj5hLja7NQ4nlv1mNDthcnPxFlxHBlRJAHpYErAK74X9\nsbgzdWqTHBLmYF5vHX/JHyPLhGGfHoJE+V+tYlUkmlKY7VHnoX6XOuYvHxHaU4AshZ6rNRDb\nIl9qxV6XU/IyAgkwo1jwDQHVcsaxfGl7w/U2Rcxhbl5MlMVerugOXou/983g7aEOGzPuVBj+\nD77vfoRrQ+NwmNtddbINWQeFFSM51vHfqSYP1kjHs6Yi9TM3WpVHn3u6GBVv/9YUZINJ0gpn\nIdsPNWNgKCLjsZWDzYWm3S8P52dSbrsvhXz1SnPnxT7AvSESBT/8twNJAlvIJebiVDj1eYeM\nHVOyToV7BjjHLPj4sHKNJeV3UvQDHEimUF+IIDBu8oJDqz2XhOdT+yHBTw8imoa4WSr2Rz0Z\niC3oheGe7IUIarFsNMkd7EgrO3jtZsSOeWmD3n+M\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFYDCCA0igAwIBAgIULvWbAiin23r/1aOp7r0DoM8Sah0wDQYJKoZIhvcNAQELBQAwSDEL\nMAkGA1UEBhMCQk0xGTAXBgNVBAoTEFF1b1ZhZGlzIExpbWl0ZWQxHjAcBgNVBAMTFVF1b1Zh\nZGlzIFJvb3QgQ0EgMyBHMzAeFw0xMjAxMTIyMDI2MzJaFw00MjAxMTIyMDI2MzJaMEgxCzAJ\nBgNVBAYTAkJNMRkwFwYDVQQKExBRdW9WYWRpcyBMaW1pdGVkMR4wHAYDVQQDExVRdW9WYWRp\ncyBSb290IENBIDMgRzMwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQCzyw4QZ47q\nFJenMioKVjZ/aEzHs286IxSR/xl/pcqs7rN2nXrpixurazHb+gtTTK/FpRp5PIpM/6zfJd5O\n2YIyC0TeytuMrKNuFoM7pmRLMon7FhY4futD4tN0SsJiCnMK3UmzV9KwCoWdcTzeo8vAMvMB\nOSBDGzXRU7Ox7sWTaYI+FrUoRqHe6okJ7UO4BUaKhvVZR74bbwEhELn9qdIoyhA5CcoTNs+c\nra1AdHkrAj80//ogaX3T7mH1urPnMNA3I4ZyYUUpSFlob3emLoG+B01vr87ERRORFHAGjx+f\n+IdpsQ7vw4kZ6+ocYfx6bIrc1gMLnia6Et3UVDmrJqMz6nWB2i3ND0/kA9HvFZcba5DFApCT\nZgIhsUfei5pKgLlVj7WiL8DWM2fafsSntARE60f75li59wzweyuxwHApw0BiLTtIadwjPEjr\newl5qW3aqDCYz4ByA4imW0aucnl8CAMhZa634RylsSqiMd5mBPfAdOhx3v89WcyWJhKLhZVX\nGqtrdQtEPREoPHtht+KPZ0/l7DxMYIBpVzgeAVuNVejH38DMdyM0SXV89pgR6y3e7UEuFAUC\nf+D+IOs15xGsIs5XPd7JMG0QA4XN8f+MFrXBsj6IbGB/kE+V9/YtrQE5BwT6dYB9v0lQ7e/J\nxHwc64B+27bQ3RP+ydOc17KXqQIDAQABo0IwQDAPBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB\n/wQEAwIBBjAdBgNVHQ4EFgQUxhfQvKjqAkPyGwaZXSuQILnXnOQwDQYJKoZIhvcNAQELBQAD\nggIBADRh2Va1EodVTd2jNTFGu6QHcrxfYWLopfsLN7E8trP6KZ1/AvWkyaiTt3pxKGmPc+FS\nkNrVvjrlt3ZqVoAh313m6Tqe5T72omnHKgqwGEfcIHB9UqM+WXzBusnIFUBhynLWcKzSt/Ac\n5IYp8M7vaGPQtSCKFWGafoaYtMnCdvvMujAWzKNhxnQT5WvvoxXqA/4Ti2Tk08HS6IT7SdEQ\nTXlm66r99I0xHnAUrdzeZxNMgRVhvLfZkXdxGYFgu/BYpbWcC/ePIlUnwEsBbTuZDdQdm2Nn\nL9DuDcpmvJRPpq3t/O5jrFc/ZSXPsoaP0Aj/uHYUbt7lJ+yreLVTubY/6CD50qi+YUbKh4yE\n8/nxoGibIh6BJpsQBJFxwAYf3KDTuVan45gtf4Od34wrnDKOMpTwATwiKp9Dwi7DmDkHOHv8\nXgBCH/MyJnmDhPbl8MFREsALHgQjDFSlTC9JxUrRtm5gDWv8a4uFJGS3iQ6rJUdbPM9+Sb3H\n6QrG2vd+DhcI00iX0HGS8A85PjRqHH3Y8iKuu2n0M7SmSFXRDw4m6Oy2Cy2nhTXN/VnIn9HN\nPlopNLk9hM6xZdRZkZFWdSHBd575euFgndOtBBj0fOtek49TSiIp+EgrPk2GrFt/ywaZWWDY\nWGWVjUTR939+J399roD1B0y2PpxxVJkES/1Y+Zj0\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDljCCAn6gAwIBAgIQC5McOtY5Z+pnI7/Dr5r0SzANBgkqhkiG9w0BAQsFADBlMQswCQYD\nVQQGEwJVUzEVMBMGA1UEChMMRGlnaUNlcnQgSW5jMRkwFwYDVQQLExB3d3cuZGlnaWNlcnQu\nY29tMSQwIgYDVQQDExtEaWdpQ2VydCBBc3N1cmVkIElEIFJvb3QgRzIwHhcNMTMwODAxMTIw\nMDAwWhcNMzgwMTE1MTIwMDAwWjBlMQswCQYDVQQGEwJVUzEVMBMGA1UEChMMRGlnaUNlcnQg\nSW5jMRkwFwYDVQQLExB3d3cuZGlnaWNlcnQuY29tMSQwIgYDVQQDExtEaWdpQ2VydCBBc3N1\ncmVkIElEIFJvb3QgRzIwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQDZ5ygvUj82\nckmIkzTz+GoeMVSAn61UQbVH35ao1K+ALbkKz3X9iaV9JPrjIgwrvJUXCzO/GU1BBpAAvQxN\nEP4HteccbiJVMWWXvdMX0h5i89vqbFCMP4QMls+3ywPgym2hFEwbid3tALBSfK+RbLE4E9Hp\nEgjAALAcKxHad3A2m67OeYfcgnDmCXRwVWmvo2ifv922ebPynXApVfSr/5Vh88lAbx3RvpO7\n04gqu52/clpWcTs/1PPRCv4o76Pu2ZmvA9OPYLfykqGxvYmJHzDNw6YuYjOuFgJ3RFrngQo8\np0Quebg/BLxcoIfhG69Rjs3sLPr4/m3wOnyqi+RnlTGNAgMBAAGjQjBAMA8GA1UdEwEB/wQF\nMAMBAf8wDgYDVR0PAQH/BAQDAgGGMB0GA1UdDgQWBBTOw0q5mVXyuNtgv6l+vVa1lzan1jAN\nBgkqhkiG9w0BAQsFAAOCAQEAyqVVjOPIQW5pJ6d1Ee88hjZv0p3GeDgdaZaikmkuOGybfQTU\niaWxMTeKySHMq2zNixya1r9I0jJmwYrA8y8678Dj1JGG0VDjA9tzd29KOVPt3ibHtX2vK0LR\ndWLjSisCx1BL4GnilmwORGYQRI+tBev4eaymG+g3NJ1TyWGqolKvSnAWhsI6yLETcDbYz+70\nCjTVW0z9B5yiutkBclzzTcHdDrEcDcRjvq30FPuJ7KJBDkzMyFdA0G4Dqs0MjomZmWzwPDCv\nON9vvKO+KSAnq3T/EyJ43pdSVR6DtVQgA+6uwE9W3jfMw3+qBCe703e4YtsXfJwoIhNzbM8m\n9Yop5w==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICRjCCAc2gAwIBAgIQC6Fa+h3foLVJRK/NJKBs7DAKBggqhkjOPQQDAzBlMQswCQYDVQQG\nEwJVUzEVMBMGA1UEChMMRGlnaUNlcnQgSW5jMRkwFwYDVQQLExB3d3cuZGlnaWNlcnQuY29t\nMSQwIgYDVQQDExtEaWdpQ2VydCBBc3N1cmVkIElEIFJvb3QgRzMwHhcNMTMwODAxMTIwMDAw\nWhcNMzgwMTE1MTIwMDAwWjBlMQswCQYDVQQGEwJVUzEVMBMGA1UEChMMRGlnaUNlcnQgSW5j\nMRkwFwYDVQQLExB3d3cuZGlnaWNlcnQuY29tMSQwIgYDVQQDExtEaWdpQ2VydCBBc3N1cmVk\nIElEIFJvb3QgRzMwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQZ57ysRGXtzbg/WPuNsVepRC0F\nFfLvC/8QdJ+1YlJfZn4f5dwbRXkLzMZTCp2NXQLZqVneAlr2lSoOjThKiknGvMYDOAdfVdp+\nCW7if17QRSAPWXYQ1qAk8C3eNvJsKTmjQjBAMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/\nBAQDAgGGMB0GA1UdDgQWBBTL0L2p4ZgFUaFNN6KDec6NHSrkhDAKBggqhkjOPQQDAwNnADBk\nAjAlpIFFAmsSS3V0T8gj43DydXLefInwz5FyYZ5eEJJZVrmDxxDnOOlYJjZ91eQ0hjkCMHw2\nU/Aw5WJjOpnitqM7mzT6HtoQknFekROn3aRukswy1vUhZscv6pZjamVFkpUBtA==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDjjCCAnagAwIBAgIQAzrx5qcRqaC7KGSxHQn65TANBgkqhkiG9w0BAQsFADBhMQswCQYD\nVQQGEwJVUzEVMBMGA1UEChMMRGlnaUNlcnQgSW5jMRkwFwYDVQQLExB3d3cuZGlnaWNlcnQu\nY29tMSAwHgYDVQQDExdEaWdpQ2VydCBHbG9iYWwgUm9vdCBHMjAeFw0xMzA4MDExMjAwMDBa\nFw0zODAxMTUxMjAwMDBaMGExCzAJBgNVBAYTAlVTMRUwEwYDVQQKEwxEaWdpQ2VydCBJbmMx\nGTAXBgNVBAsTEHd3dy5kaWdpY2VydC5jb20xIDAeBgNVBAMTF0RpZ2lDZXJ0IEdsb2JhbCBS\nb290IEcyMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuzfNNNx7a8myaJCtSnX/\nRrohCgiN9RlUyfuI2/Ou8jqJkTx65qsGGmvPrC3oXgkkRLpimn7Wo6h+4FR1IAWsULecYxps\nMNzaHxmx1x7e/dfgy5SDN67sH0NO3Xss0r0upS/kqbitOtSZpLYl6ZtrAGCSYP9PIUkY92eQ\nq2EGnI/yuum06ZIya7XzV+hdG82MHauVBJVJ8zUtluNJbd134/tJS7SsVQepj5WztCO7TG1F\n8PapspUwtP1MVYwnSlcUfIKdzXOS0xZKBgyMUNGPHgm+F6HmIcr9g+UQvIOlCsRnKPZzFBQ9\nRnbDhxSJITRNrw9FDKZJobq7nMWxM4MphQIDAQABo0IwQDAPBgNVHRMBAf8EBTADAQH/MA4G\nA1UdDwEB/wQEAwIBhjAdBgNVHQ4EFgQUTiJUIBiV5uNu5g/6+rkS7QYXjzkwDQYJKoZIhvcN\nAQELBQADggEBAGBnKJRvDkhj6zHd6mcY1Yl9PMWLSn/pvtsrF9+wX3N3KjITOYFnQoQj8kVn\nNeyIv/iPsGEMNKSuIEyExtv4NeF22d+mQrvHRAiGfzZ0JFrabA0UWTW98kndth/Jsw1HKj2Z\nL7tcu7XUIOGZX1NGFdtom/DzMNU+MeKNhJ7jitralj41E6Vf8PlwUHBHQRFXGU7Aj64GxJUT\nFy8bJZ918rGOmaFvE7FBcf6IKshPECBV1/MUReXgRPTqh5Uykw7+U0b6LJ3/iyK5S9kJRaTe\npLiaWN0bfVKfjllDiIGknibVb63dDcY3fe0Dkhvld1927jyNxF1WW6LZZm6zNTflMrY=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICPzCCAcWgAwIBAgIQBVVWvPJepDU1w6QP1atFcjAKBggqhkjOPQQDAzBhMQswCQYDVQQG\nEwJVUzEVMBMGA1UEChMMRGlnaUNlcnQgSW5jMRkwFwYDVQQLExB3d3cuZGlnaWNlcnQuY29t\nMSAwHgYDVQQDExdEaWdpQ2VydCBHbG9iYWwgUm9vdCBHMzAeFw0xMzA4MDExMjAwMDBaFw0z\nODAxMTUxMjAwMDBaMGExCzAJBgNVBAYTAlVTMRUwEwYDVQQKEwxEaWdpQ2VydCBJbmMxGTAX\nBgNVBAsTEHd3dy5kaWdpY2VydC5jb20xIDAeBgNVBAMTF0RpZ2lDZXJ0IEdsb2JhbCBSb290\nIEczMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE3afZu4q4C/sLfyHS8L6+c/MzXRq8NOrexpu8\n0JX28MzQC7phW1FGfp4tn+6OYwwX7Adw9c+ELkCDnOg/QW07rdOkFFk2eJ0DQ+4QE2xy3q6I\np6FrtUPOZ9wj/wMco+I+o0IwQDAPBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB/wQEAwIBhjAd\nBgNVHQ4EFgQUs9tIpPmhxdiuNkHMEWNpYim8S8YwCgYIKoZIzj0EAwMDaAAwZQIxAK288mw/\nEkrRLTnDCgmXc/SINoyIJ7vmiI1Qhadj+Z4y3maTD/HMsQmP3Wyr+mt/oAIwOWZbwmSNuJ5Q\n3KjVSaLtx9zRSX8XAbjIho9OjIgrqJqpisXRAL34VOKa5Vt8sycX\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFkDCCA3igAwIBAgIQBZsbV56OITLiOQe9p3d1XDANBgkqhkiG9w0BAQwFADBiMQswCQYD\nVQQGEwJVUzEVMBMGA1UEChMMRGlnaUNlcnQgSW5jMRkwFwYDVQQLExB3d3cuZGlnaWNlcnQu\nY29tMSEwHwYDVQQDExhEaWdpQ2VydCBUcnVzdGVkIFJvb3QgRzQwHhcNMTMwODAxMTIwMDAw\nWhcNMzgwMTE1MTIwMDAwWjBiMQswCQYDVQQGEwJVUzEVMBMGA1UEChMMRGlnaUNlcnQgSW5j\nMRkwFwYDVQQLExB3d3cuZGlnaWNlcnQuY29tMSEwHwYDVQQDExhEaWdpQ2VydCBUcnVzdGVk\nIFJvb3QgRzQwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQC/5pBzaN675F1KPDAi\nMGkz7MKnJS7JIT3yithZwuEppz1Yq3aaza57G4QNxDAf8xukOBbrVsaXbR2rsnnyyhHS5F/W\nBTxSD1Ifxp4VpX6+n6lXFllVcq9ok3DCsrp1mWpzMpTREEQQLt+C8weE5nQ7bXHiLQwb7iDV\nySAdYyktzuxeTsiT+CFhmzTrBcZe7FsavOvJz82sNEBfsXpm7nfISKhmV1efVFiODCu3T6cw\n2Vbuyntd463JT17lNecxy9qTXtyOj4DatpGYQJB5w3jHtrHEtWoYOAMQjdjUN6QuBX2I9YI+\nEJFwq1WCQTLX2wRzKm6RAXwhTNS8rhsDdV14Ztk6MUSaM0C/CNdaSaTC5qmgZ92kJ7yhTzm1\nEVgX9yRcRo9k98FpiHaYdj1ZXUJ2h4mXaXpI8OCiEhtmmnTK3kse5w5jrubU75KSOp493ADk\nRSWJtppEGSt+wJS00mFt6zPZxd9LBADMfRyVw4/3IbKyEbe7f/LVjHAsQWCqsWMYRJUadmJ+\n9oCw++hkpjPRiQfhvbfmQ6QYuKZ3AeEPlAwhHbJUKSWJbOUOUlFHdL4mrLZBdd56rF+NP8m8\n00ERElvlEFDrMcXKchYiCd98THU/Y+whX8QgUWtvsauGi0/C1kVfnSD8oR7FwI+isX4KJpn1\n5GkvmB0t9dmpsh3lGwIDAQABo0IwQDAPBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB/wQEAwIB\nhjAdBgNVHQ4EFgQU7NfjgtJxXWRM3y5nP+e6mK4cD08wDQYJKoZIhvcNAQEMBQADggIBALth\n2X2pbL4XxJEbw6GiAI3jZGgPVs93rnD5/ZpKmbnJeFwMDF/k5hQpVgs2SV1EY+CtnJYYZhsj\nDT156W1r1lT40jzBQ0CuHVD1UvyQO7uYmWlrx8GnqGikJ9yd+SeuMIW59mdNOj6PWTkiU0Tr\nyF0Dyu1Qen1iIQqAyHNm0aAFYF/opbSnr6j3bTWcfFqK1qI4mfN4i/RN0iAL3gTujJtHgXIN\nwBQy7zBZLq7gcfJW5GqXb5JQbZaNaHqasjYUegbyJLkJEVDXCLG4iXqEI2FCKeWjzaIgQdfR\nnGTZ6iahixTXTBmyUEFxPT9NcCOGDErcgdLMMpSEDQgJlxxPwO5rIHQw0uA5NBCFIRUBCOhV\nMt5xSdkoF1BN5r5N0XWs0Mr7QbhDparTwwVETyw2m+L64kW4I1NsBm9nVX9GtUw/bihaeSbS\npKhil9Ie4u1Ki7wb/UdKDd9nZn6yW0HQO+T0O/QEY+nvwlQAUaCKKsnOeMzV6ocEGLPOr0mI\nr/OSmbaz5mEP0oUA51Aa5BuVnRmhuZyxm7EAHu/QD09CbMkKvO5D+jpxpchNJqU1/YldvIVi\nHTLSoCtU7ZpXwdv6EM8Zt4tKG48BtieVU+i2iW1bvGjUI+iLUaJW+fCmgKDWHrO8Dw9TdSmq\n6hN35N6MgSGtBxBHEa2HPQfRdbzP82Z+\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIF2DCCA8CgAwIBAgIQTKr5yttjb+Af907YWwOGnTANBgkqhkiG9w0BAQwFADCBhTELMAkG\nA1UEBhMCR0IxGzAZBgNVBAgTEkdyZWF0ZXIgTWFuY2hlc3RlcjEQMA4GA1UEBxMHU2FsZm9y\nZDEaMBgGA1UEChMRQ09NT0RPIENBIExpbWl0ZWQxKzApBgNVBAMTIkNPTU9ETyBSU0EgQ2Vy\ndGlmaWNhdGlvbiBBdXRob3JpdHkwHhcNMTAwMTE5MDAwMDAwWhcNMzgwMTE4MjM1OTU5WjCB\nhTELMAkGA1UEBhMCR0IxGzAZBgNVBAgTEkdyZWF0ZXIgTWFuY2hlc3RlcjEQMA4GA1UEBxMH\nU2FsZm9yZDEaMBgGA1UEChMRQ09NT0RPIENBIExpbWl0ZWQxKzApBgNVBAMTIkNPTU9ETyBS\nU0EgQ2VydGlmaWNhdGlvbiBBdXRob3JpdHkwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIK\nAoICAQCR6FSS0gpWsawNJN3Fz0RndJkrN6N9I3AAcbxT38T6KhKPS38QVr2fcHK3YX/JSw8X\npz3jsARh7v8Rl8f0hj4K+j5c+ZPmNHrZFGvnnLOFoIJ6dq9xkNfs/Q36nGz637CC9BR++b7E\npi9Pf5l/tfxnQ3K9DADWietrLNPtj5gcFKt+5eNu/Nio5JIk2kNrYrhV/erBvGy2i/MOjZrk\nm2xpmfh4SDBF1a3hDTxFYPwyllEnvGfDyi62a+pGx8cgoLEfZd5ICLqkTqnyg0Y3hOvozIFI\nQ2dOciqbXL1MGyiKXCJ7tKuY2e7gUYPDCUZObT6Z+pUX2nwzV0E8jVHtC7ZcryxjGt9XyD+8\n6V3Em69FmeKjWiS0uqlWPc9vqv9JWL7wqP/0uK3pN/u6uPQLOvnoQ0IeidiEyxPx2bvhiWC4\njChWrBQdnArncevPDt09qZahSL0896+1DSJMwBGB7FY79tOi4lu3sgQiUpWAk2nojkxl8ZED\nLXB0AuqLZxUpaVICu9ffUGpVRr+goyhhf3DQw6KqLCGqR84onAZFdr+CGCe01a60y1Dma/RM\nhnEw6abfFobg2P9A3fvQQoh/ozM6LlweQRGBY84YcWsr7KaKtzFcOmpH4MN5WdYgGq/yapiq\ncrxXStJLnbsQ/LBMQeXtHT1eKJ2czL+zUdqnR+WEUwIDAQABo0IwQDAdBgNVHQ4EFgQUu69+\nAj36pvE8hI6t7jiY7NkyMtQwDgYDVR0PAQH/BAQDAgEGMA8GA1UdEwEB/wQFMAMBAf8wDQYJ\nKoZIhvcNAQEMBQADggIBAArx1UaEt65Ru2yyTUEUAJNMnMvlwFTPoCWOAvn9sKIN9SCYPBMt\nrFaisNZ+EZLpLrqeLppysb0ZRGxhNaKatBYSaVqM4dc+pBroLwP0rmEdEBsqpIt6xf4FpuHA\n1sj+nq6PK7o9mfjYcwlYRm6mnPTXJ9OV2jeDchzTc+CiR5kDOF3VSXkAKRzH7JsgHAckaVd4\nsjn8OoSgtZx8jb8uk2IntznaFxiuvTwJaP+EmzzV1gsD41eeFPfR60/IvYcjt7ZJQ3mFXLrr\nkguhxuhoqEwWsRqZCuhTLJK7oQkYdQxlqHvLI7cawiiFwxv/0Cti76R7CZGYZ4wUAc1oBmpj\nIXUDgIiKboHGhfKppC3n9KUkEEeDys30jXlYsQab5xoq2Z0B15R97QNKyvDb6KkBPvVWmcke\njkk9u+UJueBPSZI9FoJAzMxZxuY67RIuaTxslbH9qh17f4a+Hg4yRvv7E491f0yLS0Zj/gA0\nQHDBw7mh3aZw4gSzQbzpgJHqZJx64SIDqZxubw5lT2yHh17zbqD5daWbQOhTsiedSrnAdyGN\n/4fy3ryM7xfft0kL0fJuMAsaDk527RH89elWsn2/x20Kk4yl0MC2Hb46TpSi125sC8KKfPog\n88Tk5c0NqMuRkrF8hey1FGlmDoLnzc7ILaZRfyHBNVOFBkpdn627G190\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIF3jCCA8agAwIBAgIQAf1tMPyjylGoG7xkDjUDLTANBgkqhkiG9w0BAQwFADCBiDELMAkG\nA1UEBhMCVVMxEzARBgNVBAgTCk5ldyBKZXJzZXkxFDASBgNVBAcTC0plcnNleSBDaXR5MR4w\nHAYDVQQKExVUaGUgVVNFUlRSVVNUIE5ldHdvcmsxLjAsBgNVBAMTJVVTRVJUcnVzdCBSU0Eg\nQ2VydGlmaWNhdGlvbiBBdXRob3JpdHkwHhcNMTAwMjAxMDAwMDAwWhcNMzgwMTE4MjM1OTU5\nWjCBiDELMAkGA1UEBhMCVVMxEzARBgNVBAgTCk5ldyBKZXJzZXkxFDASBgNVBAcTC0plcnNl\neSBDaXR5MR4wHAYDVQQKExVUaGUgVVNFUlRSVVNUIE5ldHdvcmsxLjAsBgNVBAMTJVVTRVJU\ncnVzdCBSU0EgQ2VydGlmaWNhdGlvbiBBdXRob3JpdHkwggIiMA0GCSqGSIb3DQEBAQUAA4IC\nDwAwggIKAoICAQCAEmUXNg7D2wiz0KxXDXbtzSfTTK1Qg2HiqiBNCS1kCdzOiZ/MPans9s/B\n3PHTsdZ7NygRK0faOca8Ohm0X6a9fZ2jY0K2dvKpOyuR+OJv0OwWIJAJPuLodMkYtJHUYmTb\nf6MG8YgYapAiPLz+E/CHFHv25B+O1ORRxhFnRghRy4YUVD+8M/5+bJz/Fp0YvVGONaanZshy\nZ9shZrHUm3gDwFA66Mzw3LyeTP6vBZY1H1dat//O+T23LLb2VN3I5xI6Ta5MirdcmrS3ID3K\nfyI0rn47aGYBROcBTkZTmzNg95S+UzeQc0PzMsNT79uq/nROacdrjGCT3sTHDN/hMq7MkztR\neJVni+49Vv4M0GkPGw/zJSZrM233bkf6c0Plfg6lZrEpfDKEY1WJxA3Bk1QwGROs0303p+td\nOmw1XNtB1xLaqUkL39iAigmTYo61Zs8liM2EuLE/pDkP2QKe6xJMlXzzawWpXhaDzLhn4ugT\nncxbgtNMs+1b/97lc6wjOy0AvzVVdAlJ2ElYGn+SNuZRkg7zJn0cTRe8yexDJtC/QV9AqURE\n9JnnV4eeUB9XVKg+/XRjL7FQZQnmWEIuQxpMtPAlR1n6BB6T1CZGSlCBst6+eLf8ZxXhyVeE\nHg9j1uliutZfVS7qXMYoCAQlObgOK6nyTJccBz8NUvXt7y+CDwIDAQABo0IwQDAdBgNVHQ4E\nFgQUU3m/WqorSs9UgOHYm8Cd8rIDZsswDgYDVR0PAQH/BAQDAgEGMA8GA1UdEwEB/wQFMAMB\nAf8wDQYJKoZIhvcNAQEMBQADggIBAFzUfA3P9wF9QZllDHPFUp/L+M+ZBn8b2kMVn54CVVeW\nFPFSPCeHlCjtHzoBN6J2/FNQwISbxmtOuowhT6KOVWKR82kV2LyI48SqC/3vqOlLVSoGIG1V\neCkZ7l8wXEskEVX/JJpuXior7gtNn3/3ATiUFJVDBwn7YKnuHKsSjKCaXqeYalltiz8I+8jR\nRa8YFWSQEg9zKC7F4iRO/Fjs8PRF/iKz6y+O0tlFYQXBl2+odnKPi4w2r78NBc5xjeambx9s\npnFixdjQg3IM8WcRiQycE0xyNN+81XHfqnHd4blsjDwSXWXavVcStkNr/+XeTWYRUc+ZruwX\ntuhxkYzeSf7dNXGiFSeUHM9h4ya7b6NnJSFd5t0dCy5oGzuCr+yDZ4XUmFF0sbmZgIn/f3gZ\nXHlKYC6SQK5MNyosycdiyA5d9zZbyuAlJQG03RoHnHcAP9Dc1ew91Pq7P8yF1m9/qS3fuQL3\n9ZeatTXaw2ewh0qpKJ4jjv9cJ2vhsE/zB+4ALtRZh8tSQZXq9EfX7mRBVXyNWQKV3WKdwrnu\nWih0hKWbt5DHDAff9Yk2dDLWKMGwsAvgnEzDHNb842m1R0aBL6KCq9NjRHDEjf8tM7qtj3u1\ncIiuPhnPQCjY/MiQu12ZIvVS5ljFH4gxQ+6IHdfGjjxDah2nGN59PRbxYvnKkKj9\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICjzCCAhWgAwIBAgIQXIuZxVqUxdJxVt7NiYDMJjAKBggqhkjOPQQDAzCBiDELMAkGA1UE\nBhMCVVMxEzARBgNVBAgTCk5ldyBKZXJzZXkxFDASBgNVBAcTC0plcnNleSBDaXR5MR4wHAYD\nVQQKExVUaGUgVVNFUlRSVVNUIE5ldHdvcmsxLjAsBgNVBAMTJVVTRVJUcnVzdCBFQ0MgQ2Vy\ndGlmaWNhdGlvbiBBdXRob3JpdHkwHhcNMTAwMjAxMDAwMDAwWhcNMzgwMTE4MjM1OTU5WjCB\niDELMAkGA1UEBhMCVVMxEzARBgNVBAgTCk5ldyBKZXJzZXkxFDASBgNVBAcTC0plcnNleSBD\naXR5MR4wHAYDVQQKExVUaGUgVVNFUlRSVVNUIE5ldHdvcmsxLjAsBgNVBAMTJVVTRVJUcnVz\ndCBFQ0MgQ2VydGlmaWNhdGlvbiBBdXRob3JpdHkwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQa\nrFRaqfloI+d61SRvU8Za2EurxtW20eZzca7dnNYMYf3boIkDuAUU7FfO7l0/4iGzzvfUinng\no4N+LZfQYcTxmdwlkWOrfzCjtHDix6EznPO/LlxTsV+zfTJ/ijTjeXmjQjBAMB0GA1UdDgQW\nBBQ64QmG1M8ZwpZ2dEl23OA1xmNjmjAOBgNVHQ8BAf8EBAMCAQYwDwYDVR0TAQH/BAUwAwEB\n/zAKBggqhkjOPQQDAwNoADBlAjA2Z6EWCNzklwBBHU6+4WMBzzuqQhFkoJ2UOQIReVx7Hfpk\nue4WQrO/isIJxOzksU0CMQDpKmFHjFJKS04YcPbWRNZu9YO6bVi9JNlWSOrvxKJGgYhqOkbR\nqZtNyWHa0V1Xahg=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICHjCCAaSgAwIBAgIRYFlJ4CYuu1X5CneKcflK2GwwCgYIKoZIzj0EAwMwUDEkMCIGA1UE\nCxMbR2xvYmFsU2lnbiBFQ0MgUm9vdCBDQSAtIFI1MRMwEQYDVQQKEwpHbG9iYWxTaWduMRMw\nEQYDVQQDEwpHbG9iYWxTaWduMB4XDTEyMTExMzAwMDAwMFoXDTM4MDExOTAzMTQwN1owUDEk\nMCIGA1UECxMbR2xvYmFsU2lnbiBFQ0MgUm9vdCBDQSAtIFI1MRMwEQYDVQQKEwpHbG9iYWxT\naWduMRMwEQYDVQQDEwpHbG9iYWxTaWduMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAER0UOlvt9\nXb/pOdEh+J8LttV7HpI6SFkc8GIxLcB6KP4ap1yztsyX50XUWPrRd21DosCHZTQKH3rd6zwz\nocWdTaRvQZU4f8kehOvRnkmSh5SHDDqFSmafnVmTTZdhBoZKo0IwQDAOBgNVHQ8BAf8EBAMC\nAQYwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUPeYpSJvqB8ohREom3m7e0oPQn1kwCgYI\nKoZIzj0EAwMDaAAwZQIxAOVpEslu28YxuglB4Zf4+/2a4n0Sye18ZNPLBSWLVtmg515dTguD\nnFt2KaAJJiFqYgIwcdK1j1zqO+F4CYWodZI7yFz9SO8NdCKoCOJuxUnOxwy8p2Fp8fc74SrL\n+SvzZpA3\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFYDCCA0igAwIBAgIQCgFCgAAAAUUjyES1AAAAAjANBgkqhkiG9w0BAQsFADBKMQswCQYD\nVQQGEwJVUzESMBAGA1UEChMJSWRlblRydXN0MScwJQYDVQQDEx5JZGVuVHJ1c3QgQ29tbWVy\nY2lhbCBSb290IENBIDEwHhcNMTQwMTE2MTgxMjIzWhcNMzQwMTE2MTgxMjIzWjBKMQswCQYD\nVQQGEwJVUzESMBAGA1UEChMJSWRlblRydXN0MScwJQYDVQQDEx5JZGVuVHJ1c3QgQ29tbWVy\nY2lhbCBSb290IENBIDEwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQCnUBneP5k9\n1DNG8W9RYYKyqU+PZ4ldhNlT3Qwo2dfw/66VQ3KZ+bVdfIrBQuExUHTRgQ18zZshq0PirK1e\nhm7zCYofWjK9ouuU+ehcCuz/mNKvcbO0U59Oh++SvL3sTzIwiEsXXlfEU8L2ApeN2WIrvyQf\nYo3fw7gpS0l4PJNgiCL8mdo2yMKi1CxUAGc1bnO/AljwpN3lsKImesrgNqUZFvX9t++uP0D1\nbVoE/c40yiTcdCMbXTMTEl3EASX2MN0CXZ/g1Ue9tOsbobtJSdifWwLziuQkkORiT0/Br4sO\ndBeo0XKIanoBScy0RnnGF7HamB4HWfp1IYVl3ZBWzvurpWCdxJ35UrCLvYf5jysjCiN2O/cz\n4ckA82n5S6LgTrx+kzmEB/dEcH7+B1rlsazRGMzyNeVJSQjKVsk9+w8YfYs7wRPCTY/JTw43\n6R+hDmrfYi7LNQZReSzIJTj0+kuniVyc0uMNOYZKdHzVWYfCP04MXFL0PfdSgvHqo6z9STQa\nKPNBiDoT7uje/5kdX7rL6B7yuVBgwDHTc+XvvqDtMwt0viAgxGds8AgDelWAf0ZOlqf0Hj7h\n9tgJ4TNkK2PXMl6f+cB7D3hvl7yTmvmcEpB4eoCHFddydJxVdHixuuFucAS6T6C6aMN7/zHw\ncz09lCqxC0EOoP5NiGVreTO01wIDAQABo0IwQDAOBgNVHQ8BAf8EBAMCAQYwDwYDVR0TAQH/\nBAUwAwEB/zAdBgNVHQ4EFgQU7UQZwNPwBovupHu+QucmVMiONnYwDQYJKoZIhvcNAQELBQAD\nggIBAA2ukDL2pkt8RHYZYR4nKM1eVO8lvOMIkPkp165oCOGUAFjvLi5+U1KMtlwH6oi6mYtQ\nlNeCgN9hCQCTrQ0U5s7B8jeUeLBfnLOic7iPBZM4zY0+sLj7wM+x8uwtLRvM7Kqas6pgghst\nO8OEPVeKlh6cdbjTMM1gCIOQ045U8U1mwF10A0Cj7oV+wh93nAbowacYXVKV7cndJZ5t+qnt\nozo00Fl72u1Q8zW/7esUTTHHYPTa8Yec4kjixsU3+wYQ+nVZZjFHKdp2mhzpgq7vmrlR94gj\nmmmVYjzlVYA211QC//G5Xc7UI2/YRYRKW2XviQzdFKcgyxilJbQN+QHwotL0AMh0jqEqSI5l\n2xPE4iUXfeu+h1sXIFRRk0pTAwvsXcoz7WL9RccvW9xYoIA55vrX/hMUpu09lEpCdNTDd1lz\nzY9GvlU47/rokTLql1gEIt44w8y8bckzOmoKaT+gyOpyj4xjhiO9bTyWnpXgSUyqorkqG5w2\ngXjtw+hG4iZZRHUe2XWJUc0QhJ1hYMtd+ZciTY6Y5uN/9lu7rs3KSoFrXgvzUeF0K+l+J6fZ\nmUlO+KWA2yUPHGNiiskzZ2s8EIPGrd6ozRaOjfAHN3Gf8qv8QfXBi+wAN10J5U6A7/qxXDgG\npRtK4dw4LTzcqx+QGtVKnO7RcGzM7vRX+Bi6hG6H\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFZjCCA06gAwIBAgIQCgFCgAAAAUUjz0Z8AAAAAjANBgkqhkiG9w0BAQsFADBNMQswCQYD\nVQQGEwJVUzESMBAGA1UEChMJSWRlblRydXN0MSowKAYDVQQDEyFJZGVuVHJ1c3QgUHVibGlj\nIFNlY3RvciBSb290IENBIDEwHhcNMTQwMTE2MTc1MzMyWhcNMzQwMTE2MTc1MzMyWjBNMQsw\nCQYDVQQGEwJVUzESMBAGA1UEChMJSWRlblRydXN0MSowKAYDVQQDEyFJZGVuVHJ1c3QgUHVi\nbGljIFNlY3RvciBSb290IENBIDEwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQC2\nIpT8pEiv6EdrCvsnduTyP4o7ekosMSqMjbCpwzFrqHd2hCa2rIFCDQjrVVi7evi8ZX3yoG2L\nqEfpYnYeEe4IFNGyRBb06tD6Hi9e28tzQa68ALBKK0CyrOE7S8ItneShm+waOh7wCLPQ5CQ1\nB5+ctMlSbdsHyo+1W/CD80/HLaXIrcuVIKQxKFdYWuSNG5qrng0M8gozOSI5Cpcu81N3uURF\n/YTLNiCBWS2ab21ISGHKTN9T0a9SvESfqy9rg3LvdYDaBjMbXcjaY8ZNzaxmMc3R3j6HEDbh\nuaR672BQssvKplbgN6+rNBM5Jeg5ZuSYeqoSmJxZZoY+rfGwyj4GD3vwEUs3oERte8uojHH0\n1bWRNszwFcYr3lEXsZdMUD2xlVl8BX0tIdUAvwFnol57plzy9yLxkA2T26pEUWbMfXYD62qo\nKjgZl3YNa4ph+bz27nb9cCvdKTz4Ch5bQhyLVi9VGxyhLrXHFub4qjySjmm2AcG1hp2JDws4\nlFTo6tyePSW8Uybt1as5qsVATFSrsrTZ2fjXctscvG29ZV/viDUqZi/u9rNl8DONfJhBaUYP\nQxxp+pu10GFqzcpL2UyQRqsVWaFHVCkugyhfHMKiq3IXAAaOReyL4jM9f9oZRORicsPfIsby\nVtTdX5Vy7W1f90gDW/3FKqD2cyOEEBsB5wIDAQABo0IwQDAOBgNVHQ8BAf8EBAMCAQYwDwYD\nVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQU43HgntinQtnbcZFrlJPrw6PRFKMwDQYJKoZIhvcN\nAQELBQADggIBAEf63QqwEZE4rU1d9+UOl1QZgkiHVIyqZJnYWv6IAcVYpZmxI1Qjt2odIFfl\nAWJBF9MJ23XLblSQdf4an4EKwt3X9wnQW3IV5B4Jaj0z8yGa5hV+rVHVDRDtfULAj+7AmgjV\nQdZcDiFpboBhDhXAuM/FSRJSzL46zNQuOAXeNf0fb7iAaJg9TaDKQGXSc3z1i9kKlT/YPyNt\nGtEqJBnZhbMX73huqVjRI9PHE+1yJX9dsXNw0H8GlwmEKYBhHfpe/3OsoOOJuBxxFcbeMX8S\n3OFtm6/n6J91eEyrRjuazr8FGF1NFTwWmhlQBJqymm9li1JfPFgEKCXAZmExfrngdbkaqIHW\nchezxQMxNRF4eKLg6TCMf4DfWN88uieW4oA0beOY02QnrEh+KHdcxiVhJfiFDGX6xDIvpZgF\n5PgLZxYWxoK4Mhn5+bl53B/N66+rDt0b20XkeucC4pVd/GnwU2lhlXV5C15V5jgclKlZM57I\ncXR5f1GJtshquDDIajjDbp7hNxbqBWJMWxJH7ae0s1hWx0nzfxJoCTFx8G34Tkf71oXuxVhA\nGaQdp/lLQzfcaFpPz+vCZHTetBXZ9FRUGi8c15dxVJCO2SCdUyt/q4/i6jC8UDfv8Ue1fXws\nBOxonbRJRBD0ckscZOf85muQ3Wl9af0AVqW3rLatt8o+Ae+c\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIEPjCCAyagAwIBAgIESlOMKDANBgkqhkiG9w0BAQsFADCBvjELMAkGA1UEBhMCVVMxFjAU\nBgNVBAoTDUVudHJ1c3QsIEluYy4xKDAmBgNVBAsTH1NlZSB3d3cuZW50cnVzdC5uZXQvbGVn\nYWwtdGVybXMxOTA3BgNVBAsTMChjKSAyMDA5IEVudHJ1c3QsIEluYy4gLSBmb3IgYXV0aG9y\naXplZCB1c2Ugb25seTEyMDAGA1UEAxMpRW50cnVzdCBSb290IENlcnRpZmljYXRpb24gQXV0\naG9yaXR5IC0gRzIwHhcNMDkwNzA3MTcyNTU0WhcNMzAxMjA3MTc1NTU0WjCBvjELMAkGA1UE\nBhMCVVMxFjAUBgNVBAoTDUVudHJ1c3QsIEluYy4xKDAmBgNVBAsTH1NlZSB3d3cuZW50cnVz\ndC5uZXQvbGVnYWwtdGVybXMxOTA3BgNVBAsTMChjKSAyMDA5IEVudHJ1c3QsIEluYy4gLSBm\nb3IgYXV0aG9yaXplZCB1c2Ugb25seTEyMDAGA1UEAxMpRW50cnVzdCBSb290IENlcnRpZmlj\nYXRpb24gQXV0aG9yaXR5IC0gRzIwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQC6\nhLZy254Ma+KZ6TABp3bqMriVQRrJ2mFOWHLP/vaCeb9zYQYKpSfYs1/TRU4cctZOMvJyig/3\ngxnQaoCAAEUesMfnmr8SVycco2gvCoe9amsOXmXzHHfV1IWNcCG0szLni6LVhjkCsbjSR87k\nyUnEO6fe+1R9V77w6G7CebI6C1XiUJgWMhNcL3hWwcKUs/Ja5CeanyTXxuzQmyWC48zCxEXF\njJd6BmsqEZ+pCm5IO2/b1BEZQvePB7/1U1+cPvQXLOZprE4yTGJ36rfo5bs0vBmLrpxR57d+\ntVOxMyLlbc9wPBr64ptntoP0jaWvYkxN4FisZDQSA/i2jZRjJKRxAgMBAAGjQjBAMA4GA1Ud\nDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBRqciZ60B7vfec7aVHUbI2f\nkBJmqzANBgkqhkiG9w0BAQsFAAOCAQEAeZ8dlsa2eT8ijYfThwMEYGprmi5ZiXMRrEPR9RP/\njTkrwPK9T3CMqS/qF8QLVJ7UG5aYMzyorWKiAHarWWluBh1+xLlEjZivEtRh2woZRkfz6/dj\nwUAFQKXSt/S1mja/qYh2iARVBCuch38aNzx+LaUa2NSJXsq9rD1s2G2v1fN2D807iDginWyT\nmsQ9v4IbZT+mD12q/OWyFcq1rca8PdCE6OoGcrBNOTJ4vz4RnAuknZoh8/CbCzB428Hch0P+\nvGOaysXCHMnHjf87ElgI5rY97HosTvuDls4MPGmHVHOkc8KT/1EQrBVUAdj8BbGJoX90g5pJ\n19xOe4pIb4tF9g==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIC+TCCAoCgAwIBAgINAKaLeSkAAAAAUNCR+TAKBggqhkjOPQQDAzCBvzELMAkGA1UEBhMC\nVVMxFjAUBgNVBAoTDUVudHJ1c3QsIEluYy4xKDAmBgNVBAsTH1NlZSB3d3cuZW50cnVzdC5u\nZXQvbGVnYWwtdGVybXMxOTA3BgNVBAsTMChjKSAyMDEyIEVudHJ1c3QsIEluYy4gLSBmb3Ig\nYXV0aG9yaXplZCB1c2Ugb25seTEzMDEGA1UEAxMqRW50cnVzdCBSb290IENlcnRpZmljYXRp\nb24gQXV0aG9yaXR5IC0gRUMxMB4XDTEyMTIxODE1MjUzNloXDTM3MTIxODE1NTUzNlowgb8x\nCzAJBgNVBAYTAlVTMRYwFAYDVQQKEw1FbnRydXN0LCBJbmMuMSgwJgYDVQQLEx9TZWUgd3d3\nLmVudHJ1c3QubmV0L2xlZ2FsLXRlcm1zMTkwNwYDVQQLEzAoYykgMjAxMiBFbnRydXN0LCBJ\nbmMuIC0gZm9yIGF1dGhvcml6ZWQgdXNlIG9ubHkxMzAxBgNVBAMTKkVudHJ1c3QgUm9vdCBD\nZXJ0aWZpY2F0aW9uIEF1dGhvcml0eSAtIEVDMTB2MBAGByqGSM49AgEGBSuBBAAiA2IABIQT\nydC6bUF74mzQ61VfZgIaJPRbiWlH47jCffHyAsWfoPZb1YsGGYZPUxBtByQnoaD41UcZYUx9\nypMn6nQM72+WCf5j7HBdNq1nd67JnXxVRDqiY1Ef9eNi1KlHBz7MIKNCMEAwDgYDVR0PAQH/\nBAQDAgEGMA8GA1UdEwEB/wQFMAMBAf8wHQYDVR0OBBYEFLdj5xrdjekIplWDpOBqUEFlEUJJ\nMAoGCCqGSM49BAMDA2cAMGQCMGF52OVCR98crlOZF7ZvHH3hvxGU0QOIdeSNiaSKd0bebWHv\nAvX7td/M/k7//qnmpwIwW5nXhTcGtXsI/esni0qU+eH6p44mCOh8kmhtc9hvJqwhAriZtyZB\nWyVgrtBIGu4G\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFjTCCA3WgAwIBAgIEGErM1jANBgkqhkiG9w0BAQsFADBWMQswCQYDVQQGEwJDTjEwMC4G\nA1UECgwnQ2hpbmEgRmluYW5jaWFsIENlcnRpZmljYXRpb24gQXV0aG9yaXR5MRUwEwYDVQQD\nDAxDRkNBIEVWIFJPT1QwHhcNMTIwODA4MDMwNzAxWhcNMjkxMjMxMDMwNzAxWjBWMQswCQYD\nVQQGEwJDTjEwMC4GA1UECgwnQ2hpbmEgRmluYW5jaWFsIENlcnRpZmljYXRpb24gQXV0aG9y\naXR5MRUwEwYDVQQDDAxDRkNBIEVWIFJPT1QwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIK\nAoICAQDXXWvNED8fBVnVBU03sQ7smCuOFR36k0sXgiFxEFLXUWRwFsJVaU2OFW2fvwwbwuCj\nZ9YMrM8irq93VCpLTIpTUnrD7i7es3ElweldPe6hL6P3KjzJIx1qqx2hp/Hz7KDVRM8Vz3Iv\nHWOX6Jn5/ZOkVIBMUtRSqy5J35DNuF++P96hyk0g1CXohClTt7GIH//62pCfCqktQT+x8Rgp\n7hZZLDRJGqgG16iI0gNyejLi6mhNbiyWZXvKWfry4t3uMCz7zEasxGPrb382KzRzEpR/38wm\nnvFyXVBlWY9ps4deMm/DGIq1lY+wejfeWkU7xzbh72fROdOXW3NiGUgthxwG+3SYIElz8AXS\nG7Ggo7cbcNOIabla1jj0Ytwli3i/+Oh+uFzJlU9fpy25IGvPa931DfSCt/SyZi4QKPaXWnuW\nFo8BGS1sbn85WAZkgwGDg8NNkt0yxoekN+kWzqotaK8KgWU6cMGbrU1tVMoqLUuFG7OA5nBF\nDWteNfB/O7ic5ARwiRIlk9oKmSJgamNgTnYGmE69g60dWIolhdLHZR4tjsbftsbhf4oEIRUp\ndPA+nJCdDC7xij5aqgwJHsfVPKPtl8MeNPo4+QgO48BdK4PRVmrJtqhUUy54Mmc9gn900Pvh\ntgVguXDbjgv5E1hvcWAQUhC5wUEJ73IfZzF4/5YFjQIDAQABo2MwYTAfBgNVHSMEGDAWgBTj\n/i39KNALtbq2osS/BqoFjJP7LzAPBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB/wQEAwIBBjAd\nBgNVHQ4EFgQU4/4t/SjQC7W6tqLEvwaqBYyT+y8wDQYJKoZIhvcNAQELBQADggIBACXGumvr\nh8vegjmWPfBEp2uEcwPenStPuiB/vHiyz5ewG5zz13ku9Ui20vsXiObTej/tUxPQ4i9qecsA\nIyjmHjdXNYmEwnZPNDatZ8POQQaIxffu2Bq41gt/UP+TqhdLjOztUmCypAbqTuv0axn96/Ua\n4CUqmtzHQTb3yHQFhDmVOdYLO6Qn+gjYXB74BGBSESgoA//vU2YApUo0FmZ8/Qmkrp5nGm9B\nC2sGE5uPhnEFtC+NiWYzKXZUmhH4J/qyP5Hgzg0b8zAarb8iXRvTvyUFTeGSGn+ZnzxEk8rU\nQElsgIfXBDrDMlI1Dlb4pd19xIsNER9Tyx6yF7Zod1rg1MvIB671Oi6ON7fQAUtDKXeMOZeP\nglr4UeWJoBjnaH9dCi77o0cOPaYjesYBx4/IXr9tgFa+iiS6M+qf4TIRnvHST4D2G0CvOJ4R\nUHlzEhLN5mydLIhyPDCBBpEi6lmt2hkuIsKNuYyH4Ga8cyNfIWRjgEj1oDwYPZTISEEdQLpe\n/v5WOaHIz16eGWRGENoXkbcFgKyLmZJ956LYBws2J+dIeWCKw9cTXPhyQN9Ky8+ZAAoACxGV\n2lZFA4gKn2fQ1XmxqI1AbQ3CekD6819kR5LLU7m7Wc5P/dAVUwHY3+vZ5nbv0CO7O6l5s9UC\nKc2Jo5YPSjXnTkLAdc0Hz+Ys63su\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDtTCCAp2gAwIBAgIQdrEgUnTwhYdGs/gjGvbCwDANBgkqhkiG9w0BAQsFADBtMQswCQYD\nVQQGEwJDSDEQMA4GA1UEChMHV0lTZUtleTEiMCAGA1UECxMZT0lTVEUgRm91bmRhdGlvbiBF\nbmRvcnNlZDEoMCYGA1UEAxMfT0lTVEUgV0lTZUtleSBHbG9iYWwgUm9vdCBHQiBDQTAeFw0x\nNDEyMDExNTAwMzJaFw0zOTEyMDExNTEwMzFaMG0xCzAJBgNVBAYTAkNIMRAwDgYDVQQKEwdX\nSVNlS2V5MSIwIAYDVQQLExlPSVNURSBGb3VuZGF0aW9uIEVuZG9yc2VkMSgwJgYDVQQDEx9P\nSVNURSBXSVNlS2V5IEdsb2JhbCBSb290IEdCIENBMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\nMIIBCgKCAQEA2Be3HEokKtaXscriHvt9OO+Y9bI5mE4nuBFde9IllIiCFSZqGzG7qFshISvY\nD06fWvGxWuR51jIjK+FTzJlFXHtPrby/h0oLS5daqPZI7H17Dc0hBt+eFf1Biki3IPShehtX\n1F1Q/7pn2COZH8g/497/b1t3sWtuuMlk9+HKQUYOKXHQuSP8yYFfTvdv37+ErXNku7dCjmn2\n1HYdfp2nuFeKUWdy19SouJVUQHMD9ur06/4oQnc/nSMbsrY9gBQHTC5P99UKFg29ZkM3fiND\necNAhvVMKdqOmq0NpQSHiB6F4+lT1ZvIiwNjeOvgGUpuuy9rM2RYk61pv48b74JIxwIDAQAB\no1EwTzALBgNVHQ8EBAMCAYYwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUNQ/INmNe4qPs\n+TtmFc5RUuORmj0wEAYJKwYBBAGCNxUBBAMCAQAwDQYJKoZIhvcNAQELBQADggEBAEBM+4ey\nmYGQfp3FsLAmzYh7KzKNbrghcViXfa43FK8+5/ea4n32cZiZBKpDdHij40lhPnOMTZTg+XHE\nthYOU3gf1qKHLwI5gSk8rxWYITD+KJAAjNHhy/peyP34EEY7onhCkRd0VQreUGdNZtGn//3Z\nwLWoo4rOZvUPQ82nK1d7Y0Zqqi5S2PTt4W2tKZB4SLrhI6qjiey1q5bAtEuiHZeeevJuQHHf\naPFlTc58Bd9TZaml8LGXBHAVRgOY1NK/VLSgWH1Sb9pWJmLU2NuJMW8c8CLC02IcNc1MaRVU\nGpCY3useX8p3x8uOPUNpnJpY0CQ73xtAln41rYHHTnG6iBM=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDcjCCAlqgAwIBAgIUPopdB+xV0jLVt+O2XwHrLdzk1uQwDQYJKoZIhvcNAQELBQAwUTEL\nMAkGA1UEBhMCUEwxKDAmBgNVBAoMH0tyYWpvd2EgSXpiYSBSb3psaWN6ZW5pb3dhIFMuQS4x\nGDAWBgNVBAMMD1NaQUZJUiBST09UIENBMjAeFw0xNTEwMTkwNzQzMzBaFw0zNTEwMTkwNzQz\nMzBaMFExCzAJBgNVBAYTAlBMMSgwJgYDVQQKDB9LcmFqb3dhIEl6YmEgUm96bGljemVuaW93\nYSBTLkEuMRgwFgYDVQQDDA9TWkFGSVIgUk9PVCBDQTIwggEiMA0GCSqGSIb3DQEBAQUAA4IB\nDwAwggEKAoIBAQC3vD5QqEvNQLXOYeeWyrSh2gwisPq1e3YAd4wLz32ohswmUeQgPYUM1ljj\n5/QqGJ3a0a4m7utT3PSQ1hNKDJA8w/Ta0o4NkjrcsbH/ON7Dui1fgLkCvUqdGw+0w8LBZwPd\n3BucPbOw3gAeqDRHu5rr/gsUvTaE2g0gv/pby6kWIK05YO4vdbbnl5z5Pv1+TW9NL++IDWr6\n3fE9biCloBK0TXC5ztdyO4mTp4CEHCdJckm1/zuVnsHMyAHs6A6KCpbns6aH5db5BSsNl0Bw\nPLqsdVqc1U2dAgrSS5tmS0YHF2Wtn2yIANwiieDhZNRnvDF5YTy7ykHNXGoAyDw4jlivAgMB\nAAGjQjBAMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgEGMB0GA1UdDgQWBBQuFqlK\nGLXLzPVvUPMjX/hd56zwyDANBgkqhkiG9w0BAQsFAAOCAQEAtXP4A9xZWx126aMqe5Aosk3A\nM0+qmrHUuOQn/6mWmc5G4G18TKI4pAZw8PRBEew/R40/cof5O/2kbytTAOD/OblqBw7rHRz2\nonKQy4I9EYKL0rufKq8h5mOGnXkZ7/e7DDWQw4rtTw/1zBLZpD67oPwglV9PJi8RI4NOdQcP\nv5vRtB3pEAT+ymCPoky4rc/hkA/NrgrHXXu3UNLUYfrVFdvXn4dRVOul4+vJhaAlIDf7js4M\nNIThPIGyd05DpYhfhmehPea0XGG2Ptv+tyjFogeutcrKjSoS75ftwjCkySp6+/NNIxuZMzSg\nLvWpCz/UXeHPhJ/iGcJfitYgHuNztw==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIF0jCCA7qgAwIBAgIQIdbQSk8lD8kyN/yqXhKN6TANBgkqhkiG9w0BAQ0FADCBgDELMAkG\nA1UEBhMCUEwxIjAgBgNVBAoTGVVuaXpldG8gVGVjaG5vbG9naWVzIFMuQS4xJzAlBgNVBAsT\nHkNlcnR1bSBDZXJ0aWZpY2F0aW9uIEF1dGhvcml0eTEkMCIGA1UEAxMbQ2VydHVtIFRydXN0\nZWQgTmV0d29yayBDQSAyMCIYDzIwMTExMDA2MDgzOTU2WhgPMjA0NjEwMDYwODM5NTZaMIGA\nMQswCQYDVQQGEwJQTDEiMCAGA1UEChMZVW5pemV0byBUZWNobm9sb2dpZXMgUy5BLjEnMCUG\nA1UECxMeQ2VydHVtIENlcnRpZmljYXRpb24gQXV0aG9yaXR5MSQwIgYDVQQDExtDZXJ0dW0g\nVHJ1c3RlZCBOZXR3b3JrIENBIDIwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQC9\n+Xj45tWADGSdhhuWZGc/IjoedQF97/tcZ4zJzFxrqZHmuULlIEub2pt7uZld2ZuAS9eEQCsn\n0+i6MLs+CRqnSZXvK0AkwpfHp+6bJe+oCgCXhVqqndwpyeI1B+twTUrWwbNWuKFBOJvR+zF/\nj+Bf4bE/D44WSWDXBo0Y+aomEKsq09DRZ40bRr5HMNUuctHFY9rnY3lEfktjJImGLjQ/KUxS\niyqnwOKRKIm5wFv5HdnnJ63/mgKXwcZQkpsCLL2puTRZCr+ESv/f/rOf69me4Jgj7KZrdxYq\n28ytOxykh9xGc14ZYmhFV+SQgkK7QtbwYeDBoz1mo130GO6IyY0XRSmZMnUCMe4pJshrAua1\nYkV/NxVaI2iJ1D7eTiew8EAMvE0Xy02isx7QBlrd9pPPV3WZ9fqGGmd4s7+W/jTcvedSVuWz\n5XV710GRBdxdaeOVDUO5/IOWOZV7bIBaTxNyxtd9KXpEulKkKtVBRgkg/iKgtlswjbyJDNXX\ncPiHUv3a76xRLgezTv7QCdpw75j6VuZt27VXS9zlLCUVyJ4ueE742pyehizKV/Ma5ciSixqC\nlnrDvFASadgOWkaLOusm+iPJtrCBvkIApPjW/jAux9JG9uWOdf3yzLnQh1vMBhBgu4M1t15n\n3kfsmUjxpKEV/q2MYo45VU85FrmxY53/twIDAQABo0IwQDAPBgNVHRMBAf8EBTADAQH/MB0G\nA1UdDgQWBBS2oVQ5AsOgP46KvPrU+Bym0ToO/TAOBgNVHQ8BAf8EBAMCAQYwDQYJKoZIhvcN\nAQENBQADggIBAHGlDs7k6b8/ONWJWsQCYftMxRQXLYtPU2sQF/xlhMcQSZDe28cmk4gmb3DW\nAl45oPePq5a1pRNcgRRtDoGCERuKTsZPpd1iHkTfCVn0W3cLN+mLIMb4Ck4uWBzrM9DPhmDJ\n2vuAL55MYIR4PSFk1vtBHxgP58l1cb29XN40hz5BsA72udY/CROWFC/emh1auVbONTqwX3BN\nXuMp8SMoclm2q8KMZiYcdywmdjWLKKdpoPk79SPdhRB0yZADVpHnr7pH1BKXESLjokmUbOe3\nlEu6LaTaM4tMpkT/WjzGHWTYtTHkpjx6qFcL2+1hGsvxznN3Y6SHb0xRONbkX8eftoEq5IVI\neVheO/jbAoJnwTnbw3RLPTYe+SmTiGhbqEQZIfCn6IENLOiTNrQ3ssqwGyZ6miUfmpqAnksq\nP/ujmv5zMnHCnsZy4YpoJ/HkD7TETKVhk/iXEAcqMCWpuchxuO9ozC1+9eB+D4Kob7a6bIND\nd82Kkhehnlt4Fj1F4jNy3eFmypnTycUm/Q1oBEauttmbjL4ZvrHG8hnjXALKLNhvSgfZyTXa\nQHXyxKcZb55CEJh15pWLYLztxRLXis7VmFxWlgPF7ncGNf/P5O4/E2Hu29othfDNrp2yGAlF\nw5Khchf8R7agCyzxxN5DaAhqXzvwdmP7zAYspsbiDrW5viSP\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIGCzCCA/OgAwIBAgIBADANBgkqhkiG9w0BAQsFADCBpjELMAkGA1UEBhMCR1IxDzANBgNV\nBAcTBkF0aGVuczFEMEIGA1UEChM7SGVsbGVuaWMgQWNhZGVtaWMgYW5kIFJlc2VhcmNoIElu\nc3RpdHV0aW9ucyBDZXJ0LiBBdXRob3JpdHkxQDA+BgNVBAMTN0hlbGxlbmljIEFjYWRlbWlj\nIGFuZCBSZXNlYXJjaCBJbnN0aXR1dGlvbnMgUm9vdENBIDIwMTUwHhcNMTUwNzA3MTAxMTIx\nWhcNNDAwNjMwMTAxMTIxWjCBpjELMAkGA1UEBhMCR1IxDzANBgNVBAcTBkF0aGVuczFEMEIG\nA1UEChM7SGVsbGVuaWMgQWNhZGVtaWMgYW5kIFJlc2VhcmNoIEluc3RpdHV0aW9ucyBDZXJ0\nLiBBdXRob3JpdHkxQDA+BgNVBAMTN0hlbGxlbmljIEFjYWRlbWljIGFuZCBSZXNlYXJjaCBJ\nbnN0aXR1dGlvbnMgUm9vdENBIDIwMTUwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoIC\nAQDC+Kk/G4n8PDwEXT2QNrCROnk8ZlrvbTkBSRq0t89/TSNTt5AA4xMqKKYx8ZEA4yjsriFB\nzh/a/X0SWwGDD7mwX5nh8hKDgE0GPt+sr+ehiGsxr/CL0BgzuNtFajT0AoAkKAoCFZVedioN\nmToUW/bLy1O8E00BiDeUJRtCvCLYjqOWXjrZMts+6PAQZe104S+nfK8nNLspfZu2zwnI5dMK\n/IhlZXQK3HMcXM1AsRzUtoSMTFDPaI6oWa7CJ06CojXdFPQf/7J31Ycvqm59JCfnxssm5uX+\nZwdj2EUN3TpZZTlYepKZcj2chF6IIbjV9Cz82XBST3i4vTwri5WY9bPRaM8gFH5MXF/ni+X1\nNYEZN9cRCLdmvtNKzoNXADrDgfgXy5I2XdGj2HUb4Ysn6npIQf1FGQatJ5lOwXBH3bWfgVMS\n5bGMSF0xQxfjjMZ6Y5ZLKTBOhE5iGV48zpeQpX8B653g+IuJ3SWYPZK2fu/Z8VFRfS0myGlZ\nYeCsargqNhEEelC9MoS+L9xy1dcdFkfkR2YgP/SWxa+OAXqlD3pk9Q0Yh9muiNX6hME6wGko\nLfINaFGq46V3xqSQDqE3izEjR8EJCOtu93ib14L8hCCZSRm2Ekax+0VVFqmjZaycBw/qa9wf\nLgZy7IaIEuQt218FL+TwA9MmM+eAws1CoRc0CwIDAQABo0IwQDAPBgNVHRMBAf8EBTADAQH/\nMA4GA1UdDwEB/wQEAwIBBjAdBgNVHQ4EFgQUcRVnyMjJvXVdctA4GGqd83EkVAswDQYJKoZI\nhvcNAQELBQADggIBAHW7bVRLqhBYRjTyYtcWNl0IXtVsyIe9tC5G8jH4fOpCtZMWVdyhDBKg\n2mF+D1hYc2Ryx+hFjtyp8iY/xnmMsVMIM4GwVhO+5lFc2JsKT0ucVlMC6U/2DWDqTUJV6Hwb\nISHTGzrMd/K4kPFox/la/vot9L/J9UUbzjgQKjeKeaO04wlshYaT/4mWJ3iBj2fjRnRUjtkN\naeJK9E10A/+yd+2VZ5fkscWrv2oj6NSU4kQoYsRL4vDY4ilrGnB+JGGTe08DMiUNRSQrlrRG\nar9KC/eaj8GsGsVn82800vpzY4zvFrCopEYq+OsS7HK07/grfoxSwIuEVPkvPuNVqNxmsdnh\nX9izjFk0WaSrT2y7HxjbdavYy5LNlDhhDgcGH0tGEPEVvo2FXDtKK4F5D7Rpn0lQl033DlZd\nwJVqwjbDG2jJ9SrcR5q+ss7FJej6A7na+RZukYT1HCjI/CbM1xyQVqdfbzoEvM14iQuODy+j\nqk+iGxI9FghAD/FGTNeqewjBCvVtJ94Cj8rDtSvK6evIIVM4pcw72Hc3MKJP2W/R8kCtQXoX\nxdZKNYm3QdV8hn9VTYNKpXMgwDqvkPGaJI7ZjnHKe7iG2rKPmT4dEw0SEe7Uq/DpFXYC5ODf\nqiAeW2GFZECpkJcNrVPSWh2HagCXZWK0vm9qp/UsQu0yrbYhnr68\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICwzCCAkqgAwIBAgIBADAKBggqhkjOPQQDAjCBqjELMAkGA1UEBhMCR1IxDzANBgNVBAcT\nBkF0aGVuczFEMEIGA1UEChM7SGVsbGVuaWMgQWNhZGVtaWMgYW5kIFJlc2VhcmNoIEluc3Rp\ndHV0aW9ucyBDZXJ0LiBBdXRob3JpdHkxRDBCBgNVBAMTO0hlbGxlbmljIEFjYWRlbWljIGFu\nZCBSZXNlYXJjaCBJbnN0aXR1dGlvbnMgRUNDIFJvb3RDQSAyMDE1MB4XDTE1MDcwNzEwMzcx\nMloXDTQwMDYzMDEwMzcxMlowgaoxCzAJBgNVBAYTAkdSMQ8wDQYDVQQHEwZBdGhlbnMxRDBC\nBgNVBAoTO0hlbGxlbmljIEFjYWRlbWljIGFuZCBSZXNlYXJjaCBJbnN0aXR1dGlvbnMgQ2Vy\ndC4gQXV0aG9yaXR5MUQwQgYDVQQDEztIZWxsZW5pYyBBY2FkZW1pYyBhbmQgUmVzZWFyY2gg\nSW5zdGl0dXRpb25zIEVDQyBSb290Q0EgMjAxNTB2MBAGByqGSM49AgEGBSuBBAAiA2IABJKg\nQehLgoRc4vgxEZmGZE4JJS+dQS8KrjVPdJWyUWRrjWvmP3CV8AVER6ZyOFB2lQJajq4onvkt\nTpnvLEhvTCUp6NFxW98dwXU3tNf6e3pCnGoKVlp8aQuqgAkkbH7BRqNCMEAwDwYDVR0TAQH/\nBAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwHQYDVR0OBBYEFLQiC4KZJAEOnLvkDv2/+5cgk5kq\nMAoGCCqGSM49BAMCA2cAMGQCMGfOFmI4oqxiRaeplSTAGiecMjvAwNW6qef4BENThe5SId6d\n9SWDPp5YSy/XZxMOIQIwBeF1Ad5o7SofTUwJCA3sS61kFyjndc5FZXIhF8siQQ6ME5g4mlRt\nm8rifOoCWCKR\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFazCCA1OgAwIBAgIRAIIQz7DSQONZRGPgu2OCiwAwDQYJKoZIhvcNAQELBQAwTzELMAkG\nA1UEBhMCVVMxKTAnBgNVBAoTIEludGVybmV0IFNlY3VyaXR5IFJlc2VhcmNoIEdyb3VwMRUw\nEwYDVQQDEwxJU1JHIFJvb3QgWDEwHhcNMTUwNjA0MTEwNDM4WhcNMzUwNjA0MTEwNDM4WjBP\nMQswCQYDVQQGEwJVUzEpMCcGA1UEChMgSW50ZXJuZXQgU2VjdXJpdHkgUmVzZWFyY2ggR3Jv\ndXAxFTATBgNVBAMTDElTUkcgUm9vdCBYMTCCAiIwDQYJKoZIhvcNAQEBBQADggIPADCCAgoC\nggIBAK3oJHP0FDfzm54rVygch77ct984kIxuPOZXoHj3dcKi/vVqbvYATyjb3miGbESTtrFj\n/RQSa78f0uoxmyF+0TM8ukj13Xnfs7j/EvEhmkvBioZxaUpmZmyPfjxwv60pIgbz5MDmgK7i\nS4+3mX6UA5/TR5d8mUgjU+g4rk8Kb4Mu0UlXjIB0ttov0DiNewNwIRt18jA8+o+u3dpjq+sW\nT8KOEUt+zwvo/7V3LvSye0rgTBIlDHCNAymg4VMk7BPZ7hm/ELNKjD+Jo2FR3qyHB5T0Y3Hs\nLuJvW5iB4YlcNHlsdu87kGJ55tukmi8mxdAQ4Q7e2RCOFvu396j3x+UCB5iPNgiV5+I3lg02\ndZ77DnKxHZu8A/lJBdiB3QW0KtZB6awBdpUKD9jf1b0SHzUvKBds0pjBqAlkd25HN7rOrFle\naJ1/ctaJxQZBKT5ZPt0m9STJEadao0xAH0ahmbWnOlFuhjuefXKnEgV4We0+UXgVCwOPjdAv\nBbI+e0ocS3MFEvzG6uBQE3xDk3SzynTnjh8BCNAw1FtxNrQHusEwMFxIt4I7mKZ9YIqioymC\nzLq9gwQbooMDQaHWBfEbwrbwqHyGO0aoSCqI3Haadr8faqU9GY/rOPNk3sgrDQoo//fb4hVC\n1CLQJ13hef4Y53CIrU7m2Ys6xt0nUW7/vGT1M0NPAgMBAAGjQjBAMA4GA1UdDwEB/wQEAwIB\nBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBR5tFnme7bl5AFzgAiIyBpY9umbbjANBgkq\nhkiG9w0BAQsFAAOCAgEAVR9YqbyyqFDQDLHYGmkgJykIrGF1XIpu+ILlaS/V9lZLubhzEFnT\nIZd+50xx+7LSYK05qAvqFyFWhfFQDlnrzuBZ6brJFe+GnY+EgPbk6ZGQ3BebYhtF8GaV0nxv\nwuo77x/Py9auJ/GpsMiu/X1+mvoiBOv/2X/qkSsisRcOj/KKNFtY2PwByVS5uCbMiogziUwt\nhDyC3+6WVwW6LLv3xLfHTjuCvjHIInNzktHCgKQ5ORAzI4JMPJ+GslWYHb4phowim57iaztX\nOoJwTdwJx4nLCgdNbOhdjsnvzqvHu7UrTkXWStAmzOVyyghqpZXjFaH3pO3JLF+l+/+sKAIu\nvtd7u+Nxe5AW0wdeRlN8NwdCjNPElpzVmbUq4JUagEiuTDkHzsxHpFKVK7q4+63SM1N95R1N\nbdWhscdCb+ZAJzVcoyi3B43njTOQ5yOf+1CceWxG1bQVs5ZufpsMljq4Ui0/1lvh+wjChP4k\nqKOJ2qxq4RgqsahDYVvTH9w7jXbyLeiNdd8XM2w9U/t7y0Ff/9yi0GE44Za4rF2LN9d11TPA\nmRGunUHBcnWEvgJBQl9nJEiU0Zsnvgc/ubhPgXRR4Xq37Z0j4r7g1SgEEzwxA57demyPxgcY\nxn/eR44/KJ4EBs+lVDR3veyJm+kXQ99b21/+jh5Xos1AnX5iItreGCc=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFgzCCA2ugAwIBAgIPXZONMGc2yAYdGsdUhGkHMA0GCSqGSIb3DQEBCwUAMDsxCzAJBgNV\nBAYTAkVTMREwDwYDVQQKDAhGTk1ULVJDTTEZMBcGA1UECwwQQUMgUkFJWiBGTk1ULVJDTTAe\nFw0wODEwMjkxNTU5NTZaFw0zMDAxMDEwMDAwMDBaMDsxCzAJBgNVBAYTAkVTMREwDwYDVQQK\nDAhGTk1ULVJDTTEZMBcGA1UECwwQQUMgUkFJWiBGTk1ULVJDTTCCAiIwDQYJKoZIhvcNAQEB\nBQADggIPADCCAgoCggIBALpxgHpMhm5/yBNtwMZ9HACXjywMI7sQmkCpGreHiPibVmr75nuO\ni5KOpyVdWRHbNi63URcfqQgfBBckWKo3Shjf5TnUV/3XwSyRAZHiItQDwFj8d0fsjz50Q7qs\nNI1NOHZnjrDIbzAzWHFctPVrbtQBULgTfmxKo0nRIBnuvMApGGWn3v7v3QqQIecaZ5JCEJhf\nTzC8PhxFtBDXaEAUwED653cXeuYLj2VbPNmaUtu1vZ5Gzz3rkQUCwJaydkxNEJY7kvqcfw+Z\n374jNUUeAlz+taibmSXaXvMiwzn15Cou08YfxGyqxRxqAQVKL9LFwag0Jl1mpdICIfkYtwb1\nTplvqKtMUejPUBjFd8g5CSxJkjKZqLsXF3mwWsXmo8RZZUc1g16p6DULmbvkzSDGm0oGObVo\n/CK67lWMK07q87Hj/LaZmtVC+nFNCM+HHmpxffnTtOmlcYF7wk5HlqX2doWjKI/pgG6BU6Vt\nX7hI+cL5NqYuSf+4lsKMB7ObiFj86xsc3i1w4peSMKGJ47xVqCfWS+2QrYv6YyVZLag13cqX\nM7zlzced0ezvXg5KkAYmY6252TUtB7p2ZSysV4999AeU14ECll2jB0nVetBX+RvnU0Z1qrB5\nQstocQjpYL05ac70r8NWQMetUqIJ5G+GR4of6ygnXYMgrwTJbFaai0b1AgMBAAGjgYMwgYAw\nDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwHQYDVR0OBBYEFPd9xf3E6Jobd2Sn\n9R2gzL+HYJptMD4GA1UdIAQ3MDUwMwYEVR0gADArMCkGCCsGAQUFBwIBFh1odHRwOi8vd3d3\nLmNlcnQuZm5tdC5lcy9kcGNzLzANBgkqhkiG9w0BAQsFAAOCAgEAB5BK3/MjTvDDnFFlm5wi\noooMhfNzKWtN/gHiqQxjAb8EZ6WdmF/9ARP67Jpi6Yb+tmLSbkyU+8B1RXxlDPiyN8+sD8+N\nb/kZ94/sHvJwnvDKuO+3/3Y3dlv2bojzr2IyIpMNOmqOFGYMLVN0V2Ue1bLdI4E7pWYjJ2cJ\nj+F3qkPNZVEI7VFY/uY5+ctHhKQV8Xa7pO6kO8Rf77IzlhEYt8llvhjho6Tc+hj507wTmzl6\nNLrTQfv6MooqtyuGC2mDOL7Nii4LcK2NJpLuHvUBKwrZ1pebbuCoGRw6IYsMHkCtA+fdZn71\nuSANA+iW+YJF1DngoABd15jmfZ5nc8OaKveri6E6FO80vFIOiZiaBECEHX5FaZNXzuvO+FB8\nTxxuBEOb+dY7Ixjp6o7RTUaN8Tvkasq6+yO3m/qZASlaWFot4/nUbQ4mrcFuNLwy+AwF+mWj\n2zs3gyLp1txyM/1d8iC9djwj2ij3+RvrWWTV3F9yfiD8zYm1kGdNYno/Tq0dwzn+evQoFt9B\n9kiABdcPUXmsEKvU7ANm5mqwujGSQkBqvjrTcuFqN1W8rB2Vt2lh8kORdOag0wokRqEIr9ba\nRRmW1FMdW4R58MD3R++Lj8UGrp1MYp3/RgT408m2ECVAdf4WqslKYIYvuu8wd+RU4riEmViA\nqhOLUTpPSPaLtrM=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDQTCCAimgAwIBAgITBmyfz5m/jAo54vB4ikPmljZbyjANBgkqhkiG9w0BAQsFADA5MQsw\nCQYDVQQGEwJVUzEPMA0GA1UEChMGQW1hem9uMRkwFwYDVQQDExBBbWF6b24gUm9vdCBDQSAx\nMB4XDTE1MDUyNjAwMDAwMFoXDTM4MDExNzAwMDAwMFowOTELMAkGA1UEBhMCVVMxDzANBgNV\nBAoTBkFtYXpvbjEZMBcGA1UEAxMQQW1hem9uIFJvb3QgQ0EgMTCCASIwDQYJKoZIhvcNAQEB\nBQADggEPADCCAQoCggEBALJ4gHHKeNXjca9HgFB0fW7Y14h29Jlo91ghYPl0hAEvrAIthtOg\nQ3pOsqTQNroBvo3bSMgHFzZM9O6II8c+6zf1tRn4SWiw3te5djgdYZ6k/oI2peVKVuRF4fn9\ntBb6dNqcmzU5L/qwIFAGbHrQgLKm+a/sRxmPUDgH3KKHOVj4utWp+UhnMJbulHheb4mjUcAw\nhmahRWa6VOujw5H5SNz/0egwLX0tdHA114gk957EWW67c4cX8jJGKLhD+rcdqsq08p8kDi1L\n93FcXmn/6pUCyziKrlA4b9v7LWIbxcceVOF34GfID5yHI9Y/QCB/IIDEgEw+OyQmjgSubJrI\nqg0CAwEAAaNCMEAwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAYYwHQYDVR0OBBYE\nFIQYzIU07LwMlJQuCFmcx7IQTgoIMA0GCSqGSIb3DQEBCwUAA4IBAQCY8jdaQZChGsV2USgg\nNiMOruYou6r4lK5IpDB/G/wkjUu0yKGX9rbxenDIU5PMCCjjmCXPI6T53iHTfIUJrU6adTrC\nC2qJeHZERxhlbI1Bjjt/msv0tadQ1wUsN+gDS63pYaACbvXy8MWy7Vu33PqUXHeeE6V/Uq2V\n8viTO96LXFvKWlJbYK8U90vvo/ufQJVtMVT8QtPHRh8jrdkPSHCa2XV4cdFyQzR1bldZwgJc\nJmApzyMZFo6IQ6XU5MsI+yMRQ+hDKXJioaldXgjUkK642M4UwtBV8ob2xJNDd2ZhwLnoQdeX\neGADbkpyrqXRfboQnoZsG4q5WTP468SQvvG5\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFQTCCAymgAwIBAgITBmyf0pY1hp8KD+WGePhbJruKNzANBgkqhkiG9w0BAQwFADA5MQsw\nCQYDVQQGEwJVUzEPMA0GA1UEChMGQW1hem9uMRkwFwYDVQQDExBBbWF6b24gUm9vdCBDQSAy\nMB4XDTE1MDUyNjAwMDAwMFoXDTQwMDUyNjAwMDAwMFowOTELMAkGA1UEBhMCVVMxDzANBgNV\nBAoTBkFtYXpvbjEZMBcGA1UEAxMQQW1hem9uIFJvb3QgQ0EgMjCCAiIwDQYJKoZIhvcNAQEB\nBQADggIPADCCAgoCggIBAK2Wny2cSkxKgXlRmeyKy2tgURO8TW0G/LAIjd0ZEGrHJgw12MBv\nIITplLGbhQPDW9tK6Mj4kHbZW0/jTOgGNk3Mmqw9DJArktQGGWCsN0R5hYGCrVo34A3MnaZM\nUnbqQ523BNFQ9lXg1dKmSYXpN+nKfq5clU1Imj+uIFptiJXZNLhSGkOQsL9sBbm2eLfq0OQ6\nPBJTYv9K8nu+NQWpEjTj82R0Yiw9AElaKP4yRLuH3WUnAnE72kr3H9rN9yFVkE8P7K6C4Z9r\n2UXTu/Bfh+08LDmG2j/e7HJV63mjrdvdfLC6HM783k81ds8P+HgfajZRRidhW+mez/CiVX18\nJYpvL7TFz4QuK/0NURBs+18bvBt+xa47mAExkv8LV/SasrlX6avvDXbR8O70zoan4G7ptGmh\n32n2M8ZpLpcTnqWHsFcQgTfJU7O7f/aS0ZzQGPSSbtqDT6ZjmUyl+17vIWR6IF9sZIUVyzfp\nYgwLKhbcAS4y2j5L9Z469hdAlO+ekQiG+r5jqFoz7Mt0Q5X5bGlSNscpb/xVA1wf+5+9R+vn\nSUeVC06JIglJ4PVhHvG/LopyboBZ/1c6+XUyo05f7O0oYtlNc/LMgRdg7c3r3NunysV+Ar3y\nVAhU/bQtCSwXVEqY0VThUWcI0u1ufm8/0i2BWSlmy5A5lREedCf+3euvAgMBAAGjQjBAMA8G\nA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgGGMB0GA1UdDgQWBBSwDPBMMPQFWAJI/TPl\nUq9LhONmUjANBgkqhkiG9w0BAQwFAAOCAgEAqqiAjw54o+Ci1M3m9Zh6O+oAA7CXDpO8Wqj2\nLIxyh6mx/H9z/WNxeKWHWc8w4Q0QshNabYL1auaAn6AFC2jkR2vHat+2/XcycuUY+gn0oJMs\nXdKMdYV2ZZAMA3m3MSNjrXiDCYZohMr/+c8mmpJ5581LxedhpxfL86kSk5Nrp+gvU5LEYFiw\nzAJRGFuFjWJZY7attN6a+yb3ACfAXVU3dJnJUH/jWS5E4ywl7uxMMne0nxrpS10gxdr9HIcW\nxkPo1LsmmkVwXqkLN1PiRnsn/eBG8om3zEK2yygmbtmlyTrIQRNg91CMFa6ybRoVGld45pIq\n2WWQgj9sAq+uEjonljYE1x2igGOpm/HlurR8FLBOybEfdF849lHqm/osohHUqS0nGkWxr7JO\ncQ3AWEbWaQbLU8uz/mtBzUF+fUwPfHJ5elnNXkoOrJupmHN5fLT0zLm4BwyydFy4x2+IoZCn\n9Kr5v2c69BoVYh63n749sSmvZ6ES8lgQGVMDMBu4Gon2nL2XA46jCfMdiyHxtN/kHNGfZQIG\n6lzWE7OE76KlXIx3KadowGuuQNKotOrN8I1LOJwZmhsoVLiJkO/KdYE+HvJkJMcYr07/R54H\n9jVlpNMKVv/1F2Rs76giJUmTtt8AF9pYfl3uxRuw0dFfIRDH+fO6AgonB8Xx1sfT4PsJYGw=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIBtjCCAVugAwIBAgITBmyf1XSXNmY/Owua2eiedgPySjAKBggqhkjOPQQDAjA5MQswCQYD\nVQQGEwJVUzEPMA0GA1UEChMGQW1hem9uMRkwFwYDVQQDExBBbWF6b24gUm9vdCBDQSAzMB4X\nDTE1MDUyNjAwMDAwMFoXDTQwMDUyNjAwMDAwMFowOTELMAkGA1UEBhMCVVMxDzANBgNVBAoT\nBkFtYXpvbjEZMBcGA1UEAxMQQW1hem9uIFJvb3QgQ0EgMzBZMBMGByqGSM49AgEGCCqGSM49\nAwEHA0IABCmXp8ZBf8ANm+gBG1bG8lKlui2yEujSLtf6ycXYqm0fc4E7O5hrOXwzpcVOho6A\nF2hiRVd9RFgdszflZwjrZt6jQjBAMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgGG\nMB0GA1UdDgQWBBSrttvXBp43rDCGB5Fwx5zEGbF4wDAKBggqhkjOPQQDAgNJADBGAiEA4IWS\noxe3jfkrBqWTrBqYaGFy+uGh0PsceGCmQ5nFuMQCIQCcAu/xlJyzlvnrxir4tiz+OpAUFteM\nYyRIHN8wfdVoOw==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIB8jCCAXigAwIBAgITBmyf18G7EEwpQ+Vxe3ssyBrBDjAKBggqhkjOPQQDAzA5MQswCQYD\nVQQGEwJVUzEPMA0GA1UEChMGQW1hem9uMRkwFwYDVQQDExBBbWF6b24gUm9vdCBDQSA0MB4X\nDTE1MDUyNjAwMDAwMFoXDTQwMDUyNjAwMDAwMFowOTELMAkGA1UEBhMCVVMxDzANBgNVBAoT\nBkFtYXpvbjEZMBcGA1UEAxMQQW1hem9uIFJvb3QgQ0EgNDB2MBAGByqGSM49AgEGBSuBBAAi\nA2IABNKrijdPo1MN/sGKe0uoe0ZLY7Bi9i0b2whxIdIA6GO9mif78DluXeo9pcmBqqNbIJhF\nXRbb/egQbeOc4OO9X4Ri83BkM6DLJC9wuoihKqB1+IGuYgbEgds5bimwHvouXKNCMEAwDwYD\nVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAYYwHQYDVR0OBBYEFNPsxzplbszh2naaVvuc\n84ZtV+WBMAoGCCqGSM49BAMDA2gAMGUCMDqLIfG9fhGt0O9Yli/W651+kI0rz2ZVwyzjKKlw\nCkcO8DdZEv8tmZQoTipPNU0zWgIxAOp1AE47xDqUEpHJWEadIRNyp4iciuRMStuW1KyLa2tJ\nElMzrdfkviT8tQp21KW8EA==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIEYzCCA0ugAwIBAgIBATANBgkqhkiG9w0BAQsFADCB0jELMAkGA1UEBhMCVFIxGDAWBgNV\nBAcTD0dlYnplIC0gS29jYWVsaTFCMEAGA1UEChM5VHVya2l5ZSBCaWxpbXNlbCB2ZSBUZWtu\nb2xvamlrIEFyYXN0aXJtYSBLdXJ1bXUgLSBUVUJJVEFLMS0wKwYDVQQLEyRLYW11IFNlcnRp\nZmlrYXN5b24gTWVya2V6aSAtIEthbXUgU00xNjA0BgNVBAMTLVRVQklUQUsgS2FtdSBTTSBT\nU0wgS29rIFNlcnRpZmlrYXNpIC0gU3VydW0gMTAeFw0xMzExMjUwODI1NTVaFw00MzEwMjUw\nODI1NTVaMIHSMQswCQYDVQQGEwJUUjEYMBYGA1UEBxMPR2ViemUgLSBLb2NhZWxpMUIwQAYD\nVQQKEzlUdXJraXllIEJpbGltc2VsIHZlIFRla25vbG9qaWsgQXJhc3Rpcm1hIEt1cnVtdSAt\nIFRVQklUQUsxLTArBgNVBAsTJEthbXUgU2VydGlmaWthc3lvbiBNZXJrZXppIC0gS2FtdSBT\nTTE2MDQGA1UEAxMtVFVCSVRBSyBLYW11IFNNIFNTTCBLb2sgU2VydGlmaWthc2kgLSBTdXJ1\nbSAxMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAr3UwM6q7a9OZLBI3hNmNe5eA\n027n/5tQlT6QlVZC1xl8JoSNkvoBHToP4mQ4t4y86Ij5iySrLqP1N+RAjhgleYN1Hzv/bKjF\nxlb4tO2KRKOrbEz8HdDc72i9z+SqzvBV96I01INrN3wcwv61A+xXzry0tcXtAA9TNypN9E8M\ng/uGz8v+jE69h/mniyFXnHrfA2eJLJ2XYacQuFWQfw4tJzh03+f92k4S400VIgLI4OD8D62K\n18lUUMw7D8oWgITQUVbDjlZ/iSIzL+aFCr2lqBs23tPcLG07xxO9WSMs5uWk99gL7eqQQESo\nlbuT1dCANLZGeA4fAJNG4e7p+exPFwIDAQABo0IwQDAdBgNVHQ4EFgQUZT/HiobGPN08VFw1\n+DrtUgxHV8gwDgYDVR0PAQH/BAQDAgEGMA8GA1UdEwEB/wQFMAMBAf8wDQYJKoZIhvcNAQEL\nBQADggEBACo/4fEyjq7hmFxLXs9rHmoJ0iKpEsdeV31zVmSAhHqT5Am5EM2fKifhAHe+SMg1\nqIGf5LgsyX8OsNJLN13qudULXjS99HMpw+0mFZx+CFOKWI3QSyjfwbPfIPP54+M638yclNhO\nT8NrF7f3cuitZjO1JVOr4PhMqZ398g26rrnZqsZr+ZO7rqu4lzwDGrpDxpa5RXI4s6ehlj2R\ne37AIVNMh+3yC1SVUZPVIqUNivGTDj5UDrDYyU7c8jEyVupk+eq1nRZmQnLzf9OxMUP8pI4X\n8W0jq5Rm+K37DwhuJi1/FwcJsoz7UMCflo3Ptv0AnVoUmr8CRPXBwp8iXqIPoeM=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFiDCCA3CgAwIBAgIIfQmX/vBH6nowDQYJKoZIhvcNAQELBQAwYjELMAkGA1UEBhMCQ04x\nMjAwBgNVBAoMKUdVQU5HIERPTkcgQ0VSVElGSUNBVEUgQVVUSE9SSVRZIENPLixMVEQuMR8w\nHQYDVQQDDBZHRENBIFRydXN0QVVUSCBSNSBST09UMB4XDTE0MTEyNjA1MTMxNVoXDTQwMTIz\nMTE1NTk1OVowYjELMAkGA1UEBhMCQ04xMjAwBgNVBAoMKUdVQU5HIERPTkcgQ0VSVElGSUNB\nVEUgQVVUSE9SSVRZIENPLixMVEQuMR8wHQYDVQQDDBZHRENBIFRydXN0QVVUSCBSNSBST09U\nMIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA2aMW8Mh0dHeb7zMNOwZ+Vfy1YI92\nhhJCfVZmPoiC7XJjDp6L3TQsAlFRwxn9WVSEyfFrs0yw6ehGXTjGoqcuEVe6ghWinI9tsJlK\nCvLriXBjTnnEt1u9ol2x8kECK62pOqPseQrsXzrj/e+APK00mxqriCZ7VqKChh/rNYmDf1+u\nKU49tm7srsHwJ5uu4/Ts765/94Y9cnrrpftZTqfrlYwiOXnhLQiPzLyRuEH3FMEjqcOtmkVE\ns7LXLM3GKeJQEK5cy4KOFxg2fZfmiJqwTTQJ9Cy5WmYqsBebnh52nUpmMUHfP/vFBu8btn4a\nRjb3ZGM74zkYI+dndRTVdVeSN72+ahsmUPI2JgaQxXABZG12ZuGR224HwGGALrIuL4xwp9E7\nPLOR5G62xDtw8mySlwnNR30YwPO7ng/Wi64HtloPzgsMR6flPri9fcebNaBhlzpBdRfMK5Z3\nKpIhHtmVdiBnaM8Nvd/WHwlqmuLMc3GkL30SgLdTMEZeS1SZD2fJpcjyIMGC7J0R38IC+xo7\n0e0gmu9lZJIQDSri3nDxGGeCjGHeuLzRL5z7D9Ar7Rt2ueQ5Vfj4oR24qoAATILnsn8JuLww\noC8N9VKejveSswoAHQBUlwbgsQfZxw9cZX08bVlX5O2ljelAU58VS6Bx9hoh49pwBiFYFIeF\nd3mqgnkCAwEAAaNCMEAwHQYDVR0OBBYEFOLJQJ9NzuiaoXzPDj9lxSmIahlRMA8GA1UdEwEB\n/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgGGMA0GCSqGSIb3DQEBCwUAA4ICAQDRSVfgp8xoWLoB\nDysZzY2wYUWsEe1jUGn4H3++Fo/9nesLqjJHdtJnJO29fDMylyrHBYZmDRd9FBUb1Ov9H5r2\nXpdptxolpAqzkT9fNqyL7FeoPueBihhXOYV0GkLH6VsTX4/5COmSdI31R9KrO9b7eGZONn35\n6ZLpBN79SWP8bfsUcZNnL0dKt7n/HipzcEYwv1ryL3ml4Y0M2fmyYzeMN2WFcGpcWwlyua1j\nPLHd+PwyvzeG5LuOmCd+uh8W4XAR8gPfJWIyJyYYMoSf/wA6E7qaTfRPuBRwIrHKK5DOKcFw\n9C+df/KQHtZa37dG/OaG+svgIHZ6uqbL9XzeYqWxi+7egmaKTjowHz+Ay60nugxe19CxVsp3\ncbK1daFQqUBDF8Io2c9Si1vIY9RCPqAzekYu9wogRlR+ak8x8YF+QnQ4ZXMn7sZ8uI7XpTrX\nmKGcjBBV09tL7ECQ8s1uV9JiDnxXk7Gnbc2dg7sq5+W2O3FYrf3RRbxake5TFW/TRQl1brqQ\nXR4EzzffHqhmsYzmIGrv/EhOdJhCrylvLmrH+33RZjEizIYAfmaDDEL0vTSSwxrqT8p+ck0L\ncIymSLumoRT2+1hEmRSuqguTaaApJUqlyyvdimYHFngVV3Eb7PVHhPOeMTd61X8kreS8/f3M\nboPoDKi3QWwH3b08hpcv0g==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIF3TCCA8WgAwIBAgIIeyyb0xaAMpkwDQYJKoZIhvcNAQELBQAwfDELMAkGA1UEBhMCVVMx\nDjAMBgNVBAgMBVRleGFzMRAwDgYDVQQHDAdIb3VzdG9uMRgwFgYDVQQKDA9TU0wgQ29ycG9y\nYXRpb24xMTAvBgNVBAMMKFNTTC5jb20gUm9vdCBDZXJ0aWZpY2F0aW9uIEF1dGhvcml0eSBS\nU0EwHhcNMTYwMjEyMTczOTM5WhcNNDEwMjEyMTczOTM5WjB8MQswCQYDVQQGEwJVUzEOMAwG\nA1UECAwFVGV4YXMxEDAOBgNVBAcMB0hvdXN0b24xGDAWBgNVBAoMD1NTTCBDb3Jwb3JhdGlv\nbjExMC8GA1UEAwwoU1NMLmNvbSBSb290IENlcnRpZmljYXRpb24gQXV0aG9yaXR5IFJTQTCC\nAiIwDQYJKoZIhvcNAQEBBQADggIPADCCAgoCggIBAPkP3aMrfcvQKv7sZ4Wm5y4bunfh4/Wv\npOz6Sl2RxFdHaxh3a3by/ZPkPQ/CFp4LZsNWlJ4Xg4XOVu/yFv0AYvUiCVToZRdOQbngT0aX\nqhvIuG5iXmmxX9sqAn78bMrzQdjt0Oj8P2FI7bADFB0QDksZ4LtO7IZl/zbzXmcCC52GVWH9\nejjt/uIZALdvoVBidXQ8oPrIJZK0bnoix/geoeOy3ZExqysdBP+lSgQ36YWkMyv94tZVNHwZ\npEpox7Ko07fKoZOI68GXvIz5HdkihCR0xwQ9aqkpk8zruFvh/l8lqjRYyMEjVJ0bmBHDOJx+\nPYZspQ9AhnwC9FwCTyjLrnGfDzrIM/4RJTXq/LrFYD3ZfBjVsqnTdXgDciLKOsMf7yzlLqn6\nniy2UUb9rwPW6mBo6oUWNmuF6R7As93EJNyAKoFBbZQ+yODJgUEAnl6/f8UImKIYLEJAs/lv\nOCdLToD0PYFH4Ih86hzOtXVcUS4cK38acijnALXRdMbX5J+tB5O2UzU1/Dfkw/ZdFr4hc96S\nCvigY2q8lpJqPvi8ZVWb3vUNiSYE/CUapiVpy8JtynziWV+XrOvvLsi81xtZPCvM8hnIk2sn\nYxnP/Okm+Mpxm3+T/jRnhE6Z6/yzeAkzcLpmpnbtG3PrGqUNxCITIJRWCk4sbE6x/c+cCbqi\nM+2HAgMBAAGjYzBhMB0GA1UdDgQWBBTdBAkHovV6fVJTEpKV7jiAJQ2mWTAPBgNVHRMBAf8E\nBTADAQH/MB8GA1UdIwQYMBaAFN0ECQei9Xp9UlMSkpXuOIAlDaZZMA4GA1UdDwEB/wQEAwIB\nhjANBgkqhkiG9w0BAQsFAAOCAgEAIBgRlCn7Jp0cHh5wYfGVcpNxJK1ok1iOMq8bs3AD/CUr\ndIWQPXhq9LmLpZc7tRiRux6n+UBbkflVma8eEdBcHadm47GUBwwyOabqG7B52B2ccETjit3E\n+ZUfijhDPwGFpUenPUayvOUiaPd7nNgsPgohyC0zrL/FgZkxdMF1ccW+sfAjRfSda/wZY52j\nvATGGAslu1OJD7OAUN5F7kR/q5R4ZJjT9ijdh9hwZXT7DrkT66cPYakylszeu+1jTBi7qUD3\noFRuIIhxdRjqerQ0cuAjJ3dctpDqhiVAq+8zD8ufgr6iIPv2tS0a5sKFsXQP+8hlAqRSAUfd\nSSLBv9jra6x+3uxjMxW3IwiPxg+NQVrdjsW5j+VFP3jbutIbQLH+cU0/4IGiul607BXgk90I\nH37hVZkLId6Tngr75qNJvTYw/ud3sqB1l7UtgYgXZSD32pAAn8lSzDLKNXz1PQ/YK9f1JmzJ\nBjSWFupwWRoyeXkLtoh/D1JIPb9s2KJELtFOt3JY04kTlf5Eq/jXixtunLwsoFvVagCvXzfh\n1foQC5ichucmj87w7G6KVwuA406ywKBjYZC6VWg3dGq2ktufoYYitmUnDuy2n0Jg5GfCtdpB\nC8TTi2EbvPofkSvXRAdeuims2cXp71NIWuuA8ShYIc2wBlX7Jz9TkHCpBB5XJ7k=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICjTCCAhSgAwIBAgIIdebfy8FoW6gwCgYIKoZIzj0EAwIwfDELMAkGA1UEBhMCVVMxDjAM\nBgNVBAgMBVRleGFzMRAwDgYDVQQHDAdIb3VzdG9uMRgwFgYDVQQKDA9TU0wgQ29ycG9yYXRp\nb24xMTAvBgNVBAMMKFNTTC5jb20gUm9vdCBDZXJ0aWZpY2F0aW9uIEF1dGhvcml0eSBFQ0Mw\nHhcNMTYwMjEyMTgxNDAzWhcNNDEwMjEyMTgxNDAzWjB8MQswCQYDVQQGEwJVUzEOMAwGA1UE\nCAwFVGV4YXMxEDAOBgNVBAcMB0hvdXN0b24xGDAWBgNVBAoMD1NTTCBDb3Jwb3JhdGlvbjEx\nMC8GA1UEAwwoU1NMLmNvbSBSb290IENlcnRpZmljYXRpb24gQXV0aG9yaXR5IEVDQzB2MBAG\nByqGSM49AgEGBSuBBAAiA2IABEVuqVDEpiM2nl8ojRfLliJkP9x6jh3MCLOicSS6jkm5BBtH\nllirLZXI7Z4INcgn64mMU1jrYor+8FsPazFSY0E7ic3s7LaNGdM0B9y7xgZ/wkWV7Mt/qCPg\nCemB+vNH06NjMGEwHQYDVR0OBBYEFILRhXMw5zUE044CkvvlpNHEIejNMA8GA1UdEwEB/wQF\nMAMBAf8wHwYDVR0jBBgwFoAUgtGFczDnNQTTjgKS++Wk0cQh6M0wDgYDVR0PAQH/BAQDAgGG\nMAoGCCqGSM49BAMCA2cAMGQCMG/n61kRpGDPYbCWe+0F+S8Tkdzt5fxQaxFGRrMcIQBiu77D\n5+jNB5n5DQtdcj7EqgIwH7y6C+IwJPt8bYBVCpk+gA0z5Wajs6O7pdWLjwkspl1+4vAHCGht\n0nxpbl/f5Wpl\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIF6zCCA9OgAwIBAgIIVrYpzTS8ePYwDQYJKoZIhvcNAQELBQAwgYIxCzAJBgNVBAYTAlVT\nMQ4wDAYDVQQIDAVUZXhhczEQMA4GA1UEBwwHSG91c3RvbjEYMBYGA1UECgwPU1NMIENvcnBv\ncmF0aW9uMTcwNQYDVQQDDC5TU0wuY29tIEVWIFJvb3QgQ2VydGlmaWNhdGlvbiBBdXRob3Jp\ndHkgUlNBIFIyMB4XDTE3MDUzMTE4MTQzN1oXDTQyMDUzMDE4MTQzN1owgYIxCzAJBgNVBAYT\nAlVTMQ4wDAYDVQQIDAVUZXhhczEQMA4GA1UEBwwHSG91c3RvbjEYMBYGA1UECgwPU1NMIENv\ncnBvcmF0aW9uMTcwNQYDVQQDDC5TU0wuY29tIEVWIFJvb3QgQ2VydGlmaWNhdGlvbiBBdXRo\nb3JpdHkgUlNBIFIyMIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAjzZlQOHWTcDX\ntOlG2mvqM0fNTPl9fb69LT3w23jhhqXZuglXaO1XPqDQCEGD5yhBJB/jchXQARr7XnAjssuf\nOePPxU7Gkm0mxnu7s9onnQqG6YE3Bf7wcXHswxzpY6IXFJ3vG2fThVUCAtZJycxa4bH3bzKf\nydQ7iEGonL3Lq9ttewkfokxykNorCPzPPFTOZw+oz12WGQvE43LrrdF9HSfvkusQv1vrO6/P\ngN3B0pYEW3p+pKk8OHakYo6gOV7qd89dAFmPZiw+B6KjBSYRaZfqhbcPlgtLyEDhULouisv3\nD5oi53+aNxPN8k0TayHRwMwi8qFG9kRpnMphNQcAb9ZhCBHqurj26bNg5U257J8UZslXWNvN\nh2n4ioYSA0e/ZhN2rHd9NCSFg83XqpyQGp8hLH94t2S42Oim9HizVcuE0jLEeK6jj2HdzghT\nreyI/BXkmg3mnxp3zkyPuBQVPWKchjgGAGYS5Fl2WlPAApiiECtoRHuOec4zSnaqW4EWG7WK\n2NAAe15itAnWhmMOpgWVSbooi4iTsjQc2KRVbrcc0N6ZVTsj9CLg+SlmJuwgUHfbSguPvuUC\nYHBBXtSuUDkiFCbLsjtzdFVHB3mBOagwE0TlBIqulhMlQg+5U8Sb/M3kHN48+qvWBkofZ6aY\nMBzdLNvcGJVXZsb/XItW9XcCAwEAAaNjMGEwDwYDVR0TAQH/BAUwAwEB/zAfBgNVHSMEGDAW\ngBT5YLvU49U09rj1BoAlp3PbRmmonjAdBgNVHQ4EFgQU+WC71OPVNPa49QaAJadz20ZpqJ4w\nDgYDVR0PAQH/BAQDAgGGMA0GCSqGSIb3DQEBCwUAA4ICAQBWs47LCp1Jjr+kxJG7ZhcFUZh1\n++VQLHqe8RT6q9OKPv+RKY9ji9i0qVQBDb6Thi/5Sm3HXvVX+cpVHBK+Rw82xd9qt9t1wkcl\nf7nxY/hoLVUE0fKNsKTPvDxeH3jnpaAgcLAExbf3cqfeIg29MyVGjGSSJuM+LmOW2puMPfgY\nCdcDzH2GguDKBAdRUNf/ktUM79qGn5nX67evaOI5JpS6aLe/g9Pqemc9YmeuJeVy6OLk7K4S\n9ksrPJ/psEDzOFSz/bdoyNrGj1E8svuR3Bznm53htw1yj+KkxKl4+esUrMZDBcJlOSgYAsOC\nsp0FvmXtll9ldDz7CTUue5wT/RsPXcdtgTpWD8w74a8CLyKsRspGPKAcTNZEtF4uXBVmCeEm\nKf7GUmG6sXP/wwyc5WxqlD8UykAWlYTzWamsX0xhk23RO8yilQwipmdnRC652dKKQbNmC1r7\nfSOl8hqw/96bg5Qu0T/fkreRrwU7ZcegbLHNYhLDkBvjJc40vG93drEQw/cFGsDWr3RiSBd3\nkmmQYRzelYB0VI8YHMPzA9C/pEN1hlMYegouCRw2n5H9gooiS9EOUCXdywMMF8mDAAhONU2K\ni+3wApRmLER/y5UnlhetCTCstnEXbosX9hwJ1C07mKVx01QT2WDz9UtmT/rx7iASjbSsV7FF\nY6GsdqnC+w==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIClDCCAhqgAwIBAgIILCmcWxbtBZUwCgYIKoZIzj0EAwIwfzELMAkGA1UEBhMCVVMxDjAM\nBgNVBAgMBVRleGFzMRAwDgYDVQQHDAdIb3VzdG9uMRgwFgYDVQQKDA9TU0wgQ29ycG9yYXRp\nb24xNDAyBgNVBAMMK1NTTC5jb20gRVYgUm9vdCBDZXJ0aWZpY2F0aW9uIEF1dGhvcml0eSBF\nQ0MwHhcNMTYwMjEyMTgxNTIzWhcNNDEwMjEyMTgxNTIzWjB/MQswCQYDVQQGEwJVUzEOMAwG\nA1UECAwFVGV4YXMxEDAOBgNVBAcMB0hvdXN0b24xGDAWBgNVBAoMD1NTTCBDb3Jwb3JhdGlv\nbjE0MDIGA1UEAwwrU1NMLmNvbSBFViBSb290IENlcnRpZmljYXRpb24gQXV0aG9yaXR5IEVD\nQzB2MBAGByqGSM49AgEGBSuBBAAiA2IABKoSR5CYG/vvw0AHgyBO8TCCogbR8pKGYfL2IWjK\nAMTH6kMAVIbc/R/fALhBYlzccBYy3h+Z1MzFB8gIH2EWB1E9fVwHU+M1OIzfzZ/ZLg1Kthku\nWnBaBu2+8KGwytAJKaNjMGEwHQYDVR0OBBYEFFvKXuXe0oGqzagtZFG22XKbl+ZPMA8GA1Ud\nEwEB/wQFMAMBAf8wHwYDVR0jBBgwFoAUW8pe5d7SgarNqC1kUbbZcpuX5k8wDgYDVR0PAQH/\nBAQDAgGGMAoGCCqGSM49BAMCA2gAMGUCMQCK5kCJN+vp1RPZytRrJPOwPYdGWBrssd9v+1a6\ncGvHOMzosYxPD/fxZ3YOg9AeUY8CMD32IygmTMZgh5Mmm7I1HrrW9zzRHM76JTymGoEVW/MS\nD2zuZYrJh6j5B+BimoxcSg==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFgzCCA2ugAwIBAgIORea7A4Mzw4VlSOb/RVEwDQYJKoZIhvcNAQEMBQAwTDEgMB4GA1UE\nCxMXR2xvYmFsU2lnbiBSb290IENBIC0gUjYxEzARBgNVBAoTCkdsb2JhbFNpZ24xEzARBgNV\nBAMTCkdsb2JhbFNpZ24wHhcNMTQxMjEwMDAwMDAwWhcNMzQxMjEwMDAwMDAwWjBMMSAwHgYD\nVQQLExdHbG9iYWxTaWduIFJvb3QgQ0EgLSBSNjETMBEGA1UEChMKR2xvYmFsU2lnbjETMBEG\nA1UEAxMKR2xvYmFsU2lnbjCCAiIwDQYJKoZIhvcNAQEBBQADggIPADCCAgoCggIBAJUH6HPK\nZvnsFMp7PPcNCPG0RQssgrRIxutbPK6DuEGSMxSkb3/pKszGsIhrxbaJ0cay/xTOURQh7Erd\nG1rG1ofuTToVBu1kZguSgMpE3nOUTvOniX9PeGMIyBJQbUJmL025eShNUhqKGoC3GYEOfsSK\nvGRMIRxDaNc9PIrFsmbVkJq3MQbFvuJtMgamHvm566qjuL++gmNQ0PAYid/kD3n16qIfKtJw\nLnvnvJO7bVPiSHyMEAc4/2ayd2F+4OqMPKq0pPbzlUoSB239jLKJz9CgYXfIWHSw1CM69106\nyqLbnQneXUQtkPGBzVeS+n68UARjNN9rkxi+azayOeSsJDa38O+2HBNXk7besvjihbdzorg1\nqkXy4J02oW9UivFyVm4uiMVRQkQVlO6jxTiWm05OWgtH8wY2SXcwvHE35absIQh1/OZhFj93\n1dmRl4QKbNQCTXTAFO39OfuD8l4UoQSwC+n+7o/hbguyCLNhZglqsQY6ZZZZwPA1/cnaKI0a\nEYdwgQqomnUdnjqGBQCe24DWJfncBZ4nWUx2OVvq+aWh2IMP0f/fMBH5hc8zSPXKbWQULHpY\nT9NLCEnFlWQaYw55PfWzjMpYrZxCRXluDocZXFSxZba/jJvcE+kNb7gu3GduyYsRtYQUigAZ\ncIN5kZeR1BonvzceMgfYFGM8KEyvAgMBAAGjYzBhMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMB\nAf8EBTADAQH/MB0GA1UdDgQWBBSubAWjkxPioufi1xzWx/B/yGdToDAfBgNVHSMEGDAWgBSu\nbAWjkxPioufi1xzWx/B/yGdToDANBgkqhkiG9w0BAQwFAAOCAgEAgyXt6NH9lVLNnsAEoJFp\n5lzQhN7craJP6Ed41mWYqVuoPId8AorRbrcWc+ZfwFSY1XS+wc3iEZGtIxg93eFyRJa0lV7A\ne46ZeBZDE1ZXs6KzO7V33EByrKPrmzU+sQghoefEQzd5Mr6155wsTLxDKZmOMNOsIeDjHfrY\nBzN2VAAiKrlNIC5waNrlU/yDXNOd8v9EDERm8tLjvUYAGm0CuiVdjaExUd1URhxN25mW7xoc\nBFymFe944Hn+Xds+qkxV/ZoVqW/hpvvfcDDpw+5CRu3CkwWJ+n1jez/QcYF8AOiYrg54NMMl\n+68KnyBr3TsTjxKM4kEaSHpzoHdpx7Zcf4LIHv5YGygrqGytXm3ABdJ7t+uA/iU3/gKbaKxC\nXcPu9czc8FB10jZpnOZ7BN9uBmm23goJSFmH63sUYHpkqmlD75HHTOwY3WzvUy2MmeFe8nI+\nz1TIvWfspA9MRf/TuTAjB0yPEL+GltmZWrSZVxykzLsViVO6LAUP5MSeGbEYNNVMnbrt9x+v\nJJUEeKgDu+6B5dpffItKoZB0JaezPkvILFa9x8jvOOJckvB595yEunQtYQEgfn7R8k8HWV+L\nLUNS60YMlOH1Zkd5d9VUWx+tJDfLRVpOoERIyNiwmcUVhAn21klJwGW45hpxbqCo8YLoRT5s\n1gLXCmeDBVrJpBA=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICaTCCAe+gAwIBAgIQISpWDK7aDKtARb8roi066jAKBggqhkjOPQQDAzBtMQswCQYDVQQG\nEwJDSDEQMA4GA1UEChMHV0lTZUtleTEiMCAGA1UECxMZT0lTVEUgRm91bmRhdGlvbiBFbmRv\ncnNlZDEoMCYGA1UEAxMfT0lTVEUgV0lTZUtleSBHbG9iYWwgUm9vdCBHQyBDQTAeFw0xNzA1\nMDkwOTQ4MzRaFw00MjA1MDkwOTU4MzNaMG0xCzAJBgNVBAYTAkNIMRAwDgYDVQQKEwdXSVNl\nS2V5MSIwIAYDVQQLExlPSVNURSBGb3VuZGF0aW9uIEVuZG9yc2VkMSgwJgYDVQQDEx9PSVNU\nRSBXSVNlS2V5IEdsb2JhbCBSb290IEdDIENBMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAETOlQ\nwMYPchi82PG6s4nieUqjFqdrVCTbUf/q9Akkwwsin8tqJ4KBDdLArzHkdIJuyiXZjHWd8dvQ\nmqJLIX4Wp2OQ0jnUsYd4XxiWD1AbNTcPasbc2RNNpI6QN+a9WzGRo1QwUjAOBgNVHQ8BAf8E\nBAMCAQYwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUSIcUrOPDnpBgOtfKie7TrYy0UGYw\nEAYJKwYBBAGCNxUBBAMCAQAwCgYIKoZIzj0EAwMDaAAwZQIwJsdpW9zV57LnyAyMjMPdeYwb\nY9XJUpROTYJKcx6ygISpJcBMWm1JKWB4E+J+SOtkAjEA2zQgMgj/mkkCtojeFK9dbJlxjRo/\ni9fgojaGHAeCOnZT/cKi7e97sIBPWA9LUzm9\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFRjCCAy6gAwIBAgIQXd+x2lqj7V2+WmUgZQOQ7zANBgkqhkiG9w0BAQsFADA9MQswCQYD\nVQQGEwJDTjERMA8GA1UECgwIVW5pVHJ1c3QxGzAZBgNVBAMMElVDQSBHbG9iYWwgRzIgUm9v\ndDAeFw0xNjAzMTEwMDAwMDBaFw00MDEyMzEwMDAwMDBaMD0xCzAJBgNVBAYTAkNOMREwDwYD\nVQQKDAhVbmlUcnVzdDEbMBkGA1UEAwwSVUNBIEdsb2JhbCBHMiBSb290MIICIjANBgkqhkiG\n9w0BAQEFAAOCAg8AMIICCgKCAgEAxeYrb3zvJgUno4Ek2m/LAfmZmqkywiKHYUGRO8vDaBsG\nxUypK8FnFyIdK+35KYmToni9kmugow2ifsqTs6bRjDXVdfkX9s9FxeV67HeToI8jrg4aA3++\n1NDtLnurRiNb/yzmVHqUwCoV8MmNsHo7JOHXaOIxPAYzRrZUEaalLyJUKlgNAQLx+hVRZ2zA\n+te2G3/RVogvGjqNO7uCEeBHANBSh6v7hn4PJGtAnTRnvI3HLYZveT6OqTwXS3+wmeOwcWDc\nC/Vkw85DvG1xudLeJ1uK6NjGruFZfc8oLTW4lVYa8bJYS7cSN8h8s+1LgOGN+jIjtm+3SJUI\nsUROhYw6AlQgL9+/V087OpAh18EmNVQg7Mc/R+zvWr9LesGtOxdQXGLYD0tK3Cv6brxzks3s\nx1DoQZbXqX5t2Okdj4q1uViSukqSKwxW/YDrCPBeKW4bHAyvj5OJrdu9o54hyokZ7N+1wxrr\nFv54NkzWbtA+FxyQF2smuvt6L78RHBgOLXMDj6DlNaBa4kx1HXHhOThTeEDMg5PXCp6dW4+K\n5OXgSORIskfNTip1KnvyIvbJvgmRlld6iIis7nCs+dwp4wwcOxJORNanTrAmyPPZGpeRaOrv\njUYG0lZFWJo8DA+DuAUlwznPO6Q0ibd5Ei9Hxeepl2n8pndntd978XplFeRhVmUCAwEAAaNC\nMEAwDgYDVR0PAQH/BAQDAgEGMA8GA1UdEwEB/wQFMAMBAf8wHQYDVR0OBBYEFIHEjMz15DD/\npQwIX4wVZyF0Ad/fMA0GCSqGSIb3DQEBCwUAA4ICAQATZSL1jiutROTL/7lo5sOASD0Ee/oj\nL3rtNtqyzm325p7lX1iPyzcyochltq44PTUbPrw7tgTQvPlJ9Zv3hcU2tsu8+Mg51eRfB70V\nVJd0ysrtT7q6ZHafgbiERUlMjW+i67HM0cOU2kTC5uLqGOiiHycFutfl1qnN3e92mI0ADs0b\n+gO3joBYDic/UvuUospeZcnWhNq5NXHzJsBPd+aBJ9J3O5oUb3n09tDh05S60FdRvScFDcH9\nyBIw7m+NESsIndTUv4BFFJqIRNow6rSn4+7vW4LVPtateJLbXDzz2K36uGt/xDYotgIVilQs\nnLAXc47QN6MUPJiVAAwpBVueSUmxX8fjy88nZY41F7dXyDDZQVu5FLbowg+UMaeUmMxq67Xh\nJ/UQqAHojhJi6IjMtX9Gl8CbEGY4GjZGXyJoPd/JxhMnq1MGrKI8hgZlb7F+sSlEmqO6SWko\naY/X5V+tBIZkbxqgDMUIYs6Ao9Dz7GjevjPHF1t/gMRMTLGmhIrDO7gJzRSBuhjjVFc2/tsv\nfEehOjPI+Vg7RE+xygKJBJYoaMVLuCaJu9YzL1DV/pqJuhgyklTGW+Cd+V7lDSKb9triyCGy\nYiGqhkCyLmTTX8jjfhFnRR8F/uOi77Oos/N9j/gMHyIfLXC0uAE0djAA5SN4p1bXUB+K+wb1\nwhnw0A==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFWjCCA0KgAwIBAgIQT9Irj/VkyDOeTzRYZiNwYDANBgkqhkiG9w0BAQsFADBHMQswCQYD\nVQQGEwJDTjERMA8GA1UECgwIVW5pVHJ1c3QxJTAjBgNVBAMMHFVDQSBFeHRlbmRlZCBWYWxp\nZGF0aW9uIFJvb3QwHhcNMTUwMzEzMDAwMDAwWhcNMzgxMjMxMDAwMDAwWjBHMQswCQYDVQQG\nEwJDTjERMA8GA1UECgwIVW5pVHJ1c3QxJTAjBgNVBAMMHFVDQSBFeHRlbmRlZCBWYWxpZGF0\naW9uIFJvb3QwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQCpCQcoEwKwmeBkqh5D\nFnpzsZGgdT6o+uM4AHrsiWogD4vFsJszA1qGxliG1cGFu0/GnEBNyr7uaZa4rYEwmnySBesF\nK5pI0Lh2PpbIILvSsPGP2KxFRv+qZ2C0d35qHzwaUnoEPQc8hQ2E0B92CvdqFN9y4zR8V05W\nAT558aopO2z6+I9tTcg1367r3CTueUWnhbYFiN6IXSV8l2RnCdm/WhUFhvMJHuxYMjMR83dk\nsHYf5BA1FxvyDrFspCqjc/wJHx4yGVMR59mzLC52LqGj3n5qiAno8geK+LLNEOfic0CTuwjR\nP+H8C5SzJe98ptfRr5//lpr1kXuYC3fUfugH0mK1lTnj8/FtDw5lhIpjVMWAtuCeS31HJqcB\nCF3RiJ7XwzJE+oJKCmhUfzhTA8ykADNkUVkLo4KRel7sFsLzKuZi2irbWWIQJUoqgQtHB0MG\ncIfS+pMRKXpITeuUx3BNr2fVUbGAIAEBtHoIppB/TuDvB0GHr2qlXov7z1CymlSvw4m6WC31\nMJixNnI5fkkE/SmnTHnkBVfblLkWU41Gsx2VYVdWf6/wFlthWG82UBEL2KwrlRYaDh8IzTY0\nZRBiZtWAXxQgXy0MoHgKaNYs1+lvK9JKBZP8nm9rZ/+I8U6laUpSNwXqxhaN0sSZ0YIrO7o1\ndfdRUVjzyAfd5LQDfwIDAQABo0IwQDAdBgNVHQ4EFgQU2XQ65DA9DfcS3H5aBZ8eNJr34RQw\nDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAYYwDQYJKoZIhvcNAQELBQADggIBADaN\nl8xCFWQpN5smLNb7rhVpLGsaGvdftvkHTFnq88nIua7Mui563MD1sC3AO6+fcAURap8lTwEp\ncOPlDOHqWnzcSbvBHiqB9RZLcpHIojG5qtr8nR/zXUACE/xOHAbKsxSQVBcZEhrxH9cMaVr2\ncXj0lH2RC47skFSOvG+hTKv8dGT9cZr4QQehzZHkPJrgmzI5c6sq1WnIeJEmMX3ixzDx/BR4\ndxIOE/TdFpS/S2d7cFOFyrC78zhNLJA5wA3CXWvp4uXViI3WLL+rG761KIcSF3Ru/H38j9CH\nJrAb+7lsq+KePRXBOy5nAliRn+/4Qh8st2j1da3Ptfb/EX3C8CSlrdP6oDyp+l3cpaDvRKS+\n1ujl5BOWF3sGPjLtx7dCvHaj2GU4Kzg1USEODm8uNBNA4StnDG1KQTAYI1oyVZnJF+A83vbs\nea0rWBmirSwiGpWOvpaQXUJXxPkUAzUrHC1RVwinOt4/5Mi0A3PCwSaAuwtCH60NryZy2sy+\ns6ODWA2CxR9GUeOcGMyNm43sSet1UNWMKFnKdDTajAshqx7qG+XH/RU+wBeq+yNuJkbL+vmx\ncmtpzyKEC2IPrNkZAJSidjzULZrtBJ4tBmIQN1IchXIbJ+XMxjHsN+xjWZsLHXbMfjKaiJUI\nNlK73nZfdklJrX+9ZSCyycErdhh2n1ax\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIGWzCCBEOgAwIBAgIRAMrpG4nxVQMNo+ZBbcTjpuEwDQYJKoZIhvcNAQELBQAwWjELMAkG\nA1UEBhMCRlIxEjAQBgNVBAoMCURoaW15b3RpczEcMBoGA1UECwwTMDAwMiA0ODE0NjMwODEw\nMDAzNjEZMBcGA1UEAwwQQ2VydGlnbmEgUm9vdCBDQTAeFw0xMzEwMDEwODMyMjdaFw0zMzEw\nMDEwODMyMjdaMFoxCzAJBgNVBAYTAkZSMRIwEAYDVQQKDAlEaGlteW90aXMxHDAaBgNVBAsM\nEzAwMDIgNDgxNDYzMDgxMDAwMzYxGTAXBgNVBAMMEENlcnRpZ25hIFJvb3QgQ0EwggIiMA0G\nCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQDNGDllGlmx6mQWDoyUJJV8g9PFOSbcDO8WV43X\n2KyjQn+Cyu3NW9sOty3tRQgXstmzy9YXUnIo245Onoq2C/mehJpNdt4iKVzSs9IGPjA5qXSj\nklYcoW9MCiBtnyN6tMbaLOQdLNyzKNAT8kxOAkmhVECe5uUFoC2EyP+YbNDrihqECB63aCPu\nI9Vwzm1RaRDuoXrC0SIxwoKF0vJVdlB8JXrJhFwLrN1CTivngqIkicuQstDuI7pmTLtipPlT\nWmR7fJj6o0ieD5Wupxj0auwuA0Wv8HT4Ks16XdG+RCYyKfHx9WzMfgIhC59vpD++nVPiz32p\nLHxYGpfhPTc3GGYo0kDFUYqMwy3OU4gkWGQwFsWq4NYKpkDfePb1BHxpE4S80dGnBs8B92jA\nqFe7OmGtBIyT46388NtEbVncSVmurJqZNjBBe3YzIoejwpKGbvlw7q6Hh5UbxHq9MfPU0uWZ\n/75I7HX1eBYdpnDBfzwboZL7z8g81sWTCo/1VTp2lc5ZmIoJlXcymoO6LAQ6l73UL77XbJui\nyn1tJslV1c/DeVIICZkHJC1kJWumIWmbat10TWuXekG9qxf5kBdIjzb5LdXF2+6qhUVB+s06\nRbFo5jZMm5BX7CO5hwjCxAnxl4YqKE3idMDaxIzb3+KhF1nOJFl0Mdp//TBt2dzhauH8XwID\nAQABo4IBGjCCARYwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwHQYDVR0OBBYE\nFBiHVuBud+4kNTxOc5of1uHieX4rMB8GA1UdIwQYMBaAFBiHVuBud+4kNTxOc5of1uHieX4r\nMEQGA1UdIAQ9MDswOQYEVR0gADAxMC8GCCsGAQUFBwIBFiNodHRwczovL3d3d3cuY2VydGln\nbmEuZnIvYXV0b3JpdGVzLzBtBgNVHR8EZjBkMC+gLaArhilodHRwOi8vY3JsLmNlcnRpZ25h\nLmZyL2NlcnRpZ25hcm9vdGNhLmNybDAxoC+gLYYraHR0cDovL2NybC5kaGlteW90aXMuY29t\nL2NlcnRpZ25hcm9vdGNhLmNybDANBgkqhkiG9w0BAQsFAAOCAgEAlLieT/DjlQgi581oQfcc\nVdV8AOItOoldaDgvUSILSo3L6btdPrtcPbEo/uRTVRPPoZAbAh1fZkYJMyjhDSSXcNMQH+pk\nV5a7XdrnxIxPTGRGHVyH41neQtGbqH6mid2PHMkwgu07nM3A6RngatgCdTer9zQoKJHyBApP\nNeNgJgH60BGM+RFq7q89w1DTj18zeTyGqHNFkIwgtnJzFyO+B2XleJINugHA64wcZr+shncB\nlA2c5uk5jR+mUYyZDDl34bSb+hxnV29qao6pK0xXeXpXIs/NX2NGjVxZOob4Mkdio2cNGJHc\n+6Zr9UhhcyNZjgKnvETq9Emd8VRY+WCv2hikLyhF3HqgiIZd8zvn/yk1gPxkQ5Tm4xxvvq0O\nKmOZK8l+hfZx6AYDlf7ej0gcWtSS6Cvu5zHbugRqh5jnxV/vfaci9wHYTfmJ0A6aBVmknpjZ\nbyvKcL5kwlWj9Omvw5Ip3IgWJJk8jSaYtlu3zM63Nwf9JtmYhST/WSMDmu2dnajkXjjO11IN\nb9I/bbEFa0nOipFGc/T2L/Coc3cOZayhjWZSaX5LaAzHHjcng6WMxwLkFM1JAbBzs/3GkDpv\n0mztO+7skb6iQ12LAEpmJURw3kAP+HwV96LOPNdeE4yBFxgX0b3xdxA61GU5wSesVywlVP+i\n2k+KYTlerj1KjL0=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDlDCCAnygAwIBAgIKMfXkYgxsWO3W2DANBgkqhkiG9w0BAQsFADBnMQswCQYDVQQGEwJJ\nTjETMBEGA1UECxMKZW1TaWduIFBLSTElMCMGA1UEChMcZU11ZGhyYSBUZWNobm9sb2dpZXMg\nTGltaXRlZDEcMBoGA1UEAxMTZW1TaWduIFJvb3QgQ0EgLSBHMTAeFw0xODAyMTgxODMwMDBa\nFw00MzAyMTgxODMwMDBaMGcxCzAJBgNVBAYTAklOMRMwEQYDVQQLEwplbVNpZ24gUEtJMSUw\nIwYDVQQKExxlTXVkaHJhIFRlY2hub2xvZ2llcyBMaW1pdGVkMRwwGgYDVQQDExNlbVNpZ24g\nUm9vdCBDQSAtIEcxMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAk0u76WaK7p1b\n1TST0Bsew+eeuGQzf2N4aLTNLnF115sgxk0pvLZoYIr3IZpWNVrzdr3YzZr/k1ZLpVkGoZM0\nKd0WNHVO8oG0x5ZOrRkVUkr+PHB1cM2vK6sVmjM8qrOLqs1D/fXqcP/tzxE7lM5OMhbTI0Aq\nd7OvPAEsbO2ZLIvZTmmYsvePQbAyeGHWDV/D+qJAkh1cF+ZwPjXnorfCYuKrpDhMtTk1b+oD\nafo6VGiFbdbyL0NVHpENDtjVaqSW0RM8LHhQ6DqS0hdW5TUaQBw+jSztOd9C4INBdN+jzcKG\nYEho42kLVACL5HZpIQ15TjQIXhTCzLG3rdd8cIrHhQIDAQABo0IwQDAdBgNVHQ4EFgQU++8N\nhp6w492pufEhF38+/PB3KxowDgYDVR0PAQH/BAQDAgEGMA8GA1UdEwEB/wQFMAMBAf8wDQYJ\nKoZIhvcNAQELBQADggEBAFn/8oz1h31xPaOfG1vR2vjTnGs2vZupYeveFix0PZ7mddrXuqe8\nQhfnPZHr5X3dPpzxz5KsbEjMwiI/aTvFthUvozXGaCocV685743QNcMYDHsAVhzNixl03r4P\nEuDQqqE/AjSxcM6dGNYIAwlG7mDgfrbESQRRfXBgvKqy/3lyeqYdPV8q+Mri/Tm3R7nrft8E\nI6/6nAYH6ftjk4BAtcZsCjEozgyfz7MjNYBBjWzEN3uBL4ChQEKF6dk4jeihU80Bv2noWgby\nRQuQ+q7hv53yrlc8pa6yVvSLZUDp/TGBLPQ5Cdjua6e0ph0VpZj3AYHYhX3zUVxxiN66zB+A\nfko=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICTjCCAdOgAwIBAgIKPPYHqWhwDtqLhDAKBggqhkjOPQQDAzBrMQswCQYDVQQGEwJJTjET\nMBEGA1UECxMKZW1TaWduIFBLSTElMCMGA1UEChMcZU11ZGhyYSBUZWNobm9sb2dpZXMgTGlt\naXRlZDEgMB4GA1UEAxMXZW1TaWduIEVDQyBSb290IENBIC0gRzMwHhcNMTgwMjE4MTgzMDAw\nWhcNNDMwMjE4MTgzMDAwWjBrMQswCQYDVQQGEwJJTjETMBEGA1UECxMKZW1TaWduIFBLSTEl\nMCMGA1UEChMcZU11ZGhyYSBUZWNobm9sb2dpZXMgTGltaXRlZDEgMB4GA1UEAxMXZW1TaWdu\nIEVDQyBSb290IENBIC0gRzMwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQjpQy4LRL1KPOxst3i\nAhKAnjlfSU2fySU0WXTsuwYc58Byr+iuL+FBVIcUqEqy6HyC5ltqtdyzdc6LBtCGI79G1Y4P\nPwT01xySfvalY8L1X44uT6EYGQIrMgqCZH0Wk9GjQjBAMB0GA1UdDgQWBBR8XQKEE9TMipuB\nzhccLikenEhjQjAOBgNVHQ8BAf8EBAMCAQYwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQD\nAwNpADBmAjEAvvNhzwIQHWSVB7gYboiFBS+DCBeQyh+KTOgNG3qxrdWBCUfvO6wIBHxcmbHt\nRwfSAjEAnbpV/KlK6O3t5nYBQnvI+GDZjVGLVTv7jHvrZQnD+JbNR6iC8hZVdyR+EhCVBCyj\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDczCCAlugAwIBAgILAK7PALrEzzL4Q7IwDQYJKoZIhvcNAQELBQAwVjELMAkGA1UEBhMC\nVVMxEzARBgNVBAsTCmVtU2lnbiBQS0kxFDASBgNVBAoTC2VNdWRocmEgSW5jMRwwGgYDVQQD\nExNlbVNpZ24gUm9vdCBDQSAtIEMxMB4XDTE4MDIxODE4MzAwMFoXDTQzMDIxODE4MzAwMFow\nVjELMAkGA1UEBhMCVVMxEzARBgNVBAsTCmVtU2lnbiBQS0kxFDASBgNVBAoTC2VNdWRocmEg\nSW5jMRwwGgYDVQQDExNlbVNpZ24gUm9vdCBDQSAtIEMxMIIBIjANBgkqhkiG9w0BAQEFAAOC\nAQ8AMIIBCgKCAQEAz+upufGZBczYKCFK83M0UYRWEPWgTywS4/oTmifQz/l5GnRfHXk5/Fv4\ncI7gklL35CX5VIPZHdPIWoU/Xse2B+4+wM6ar6xWQio5JXDWv7V7Nq2s9nPczdcdioOl+yuQ\nFTdrHCZH3DspVpNqs8FqOp099cGXOFgFixwR4+S0uF2FHYP+eF8LRWgYSKVGczQ7/g/IdrvH\nGPMF0Ybzhe3nudkyrVWIzqa2kbBPrH4VI5b2P/AgNBbeCsbEBEV5f6f9vtKppa+cxSMq9zwh\nbL2vj07FOrLzNBL834AaSaTUqZX3noleoomslMuoaJuvimUnzYnu3Yy1aylwQ6BpC+S5DwID\nAQABo0IwQDAdBgNVHQ4EFgQU/qHgcB4qAzlSWkK+XJGFehiqTbUwDgYDVR0PAQH/BAQDAgEG\nMA8GA1UdEwEB/wQFMAMBAf8wDQYJKoZIhvcNAQELBQADggEBAMJKVvoVIXsoounlHfv4LcQ5\nlkFMOycsxGwYFYDGrK9HWS8mC+M2sO87/kOXSTKZEhVb3xEp/6tT+LvBeA+snFOvV71ojD1p\nM/CjoCNjO2RnIkSt1XHLVip4kqNPEjE2NuLe/gDEo2APJ62gsIq1NnpSob0n9CAnYuhNlCQT\n5AoE6TyrLshDCUrGYQTlSTR+08TI9Q/Aqum6VF7zYytPT1DU/rl7mYw9wC68AivTxEDkigcx\nHpvOJpkT+xHqmiIMERnHXhuBUDDIlhJu58tBf5E7oke3VIAb3ADMmpDqw8NQBmIMMMAVSKeo\nWXzhriKi4gp6D/piq1JM4fHfyr6DDUI=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICKzCCAbGgAwIBAgIKe3G2gla4EnycqDAKBggqhkjOPQQDAzBaMQswCQYDVQQGEwJVUzET\nMBEGA1UECxMKZW1TaWduIFBLSTEUMBIGA1UEChMLZU11ZGhyYSBJbmMxIDAeBgNVBAMTF2Vt\nU2lnbiBFQ0MgUm9vdCBDQSAtIEMzMB4XDTE4MDIxODE4MzAwMFoXDTQzMDIxODE4MzAwMFow\nWjELMAkGA1UEBhMCVVMxEzARBgNVBAsTCmVtU2lnbiBQS0kxFDASBgNVBAoTC2VNdWRocmEg\nSW5jMSAwHgYDVQQDExdlbVNpZ24gRUNDIFJvb3QgQ0EgLSBDMzB2MBAGByqGSM49AgEGBSuB\nBAAiA2IABP2lYa57JhAd6bciMK4G9IGzsUJxlTm801Ljr6/58pc1kjZGDoeVjbk5Wum739D+\nyAdBPLtVb4OjavtisIGJAnB9SMVK4+kiVCJNk7tCDK93nCOmfddhEc5lx/h//vXyqaNCMEAw\nHQYDVR0OBBYEFPtaSNCAIEDyqOkAB2kZd6fmw/TPMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMB\nAf8EBTADAQH/MAoGCCqGSM49BAMDA2gAMGUCMQC02C8Cif22TGK6Q04ThHK1rt0c3ta13FaP\nWEBaLd4gTCKDypOofu4SQMfWh0/434UCMBwUZOR8loMRnLDRWmFLpg9J0wD8ofzkpf9/rdcw\n0Md3f76BB1UwUCAU9Vc4CqgxUQ==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFzzCCA7egAwIBAgIUCBZfikyl7ADJk0DfxMauI7gcWqQwDQYJKoZIhvcNAQELBQAwbzEL\nMAkGA1UEBhMCSEsxEjAQBgNVBAgTCUhvbmcgS29uZzESMBAGA1UEBxMJSG9uZyBLb25nMRYw\nFAYDVQQKEw1Ib25na29uZyBQb3N0MSAwHgYDVQQDExdIb25na29uZyBQb3N0IFJvb3QgQ0Eg\nMzAeFw0xNzA2MDMwMjI5NDZaFw00MjA2MDMwMjI5NDZaMG8xCzAJBgNVBAYTAkhLMRIwEAYD\nVQQIEwlIb25nIEtvbmcxEjAQBgNVBAcTCUhvbmcgS29uZzEWMBQGA1UEChMNSG9uZ2tvbmcg\nUG9zdDEgMB4GA1UEAxMXSG9uZ2tvbmcgUG9zdCBSb290IENBIDMwggIiMA0GCSqGSIb3DQEB\nAQUAA4ICDwAwggIKAoICAQCziNfqzg8gTr7m1gNt7ln8wlffKWihgw4+aMdoWJwcYEuJQwy5\n1BWy7sFOdem1p+/l6TWZ5Mwc50tfjTMwIDNT2aa71T4Tjukfh0mtUC1Qyhi+AViiE3CWu4mI\nVoBc+L0sPOFMV4i707mV78vH9toxdCim5lSJ9UExyuUmGs2C4HDaOym71QP1mbpV9WTRYA6z\niUm4ii8F0oRFKHyPaFASePwLtVPLwpgchKOesL4jpNrcyCse2m5FHomY2vkALgbpDDtw1VAl\niJnLzXNg99X/NWfFobxeq81KuEXryGgeDQ0URhLj0mRiikKYvLTGCAj4/ahMZJx2Ab0vqWwz\nD9g/KLg8aQFChn5pwckGyuV6RmXpwtZQQS4/t+TtbNe/JgERohYpSms0BpDsE9K2+2p20jzt\n8NYt3eEV7KObLyzJPivkaTv/ciWxNoZbx39ri1UbSsUgYT2uy1DhCDq+sI9jQVMwCFk8mB13\numOResoQUGC/8Ne8lYePl8X+l2oBlKN8W4UdKjk60FSh0Tlxnf0h+bV78OLgAo9uliQlLKAe\nLKjEiafv7ZkGL7YKTE/bosw3Gq9HhS2KX8Q0NEwA/RiTZxPRN+ZItIsGxVd7GYYKecsAyVKv\nQv83j+GjHno9UKtjBucVtT+2RTeUN7F+8kjDf8V1/peNRY8apxpyKBpADwIDAQABo2MwYTAP\nBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB/wQEAwIBBjAfBgNVHSMEGDAWgBQXnc0ei9Y5K3DT\nXNSguB+wAPzFYTAdBgNVHQ4EFgQUF53NHovWOStw01zUoLgfsAD8xWEwDQYJKoZIhvcNAQEL\nBQADggIBAFbVe27mIgHSQpsY1Q7XZiNc4/6gx5LS6ZStS6LG7BJ8dNVI0lkUmcDrudHr9Egw\nW62nV3OZqdPlt9EuWSRY3GguLmLYauRwCy0gUCCkMpXRAJi70/33MvJJrsZ64Ee+bs7Lo3I6\nLWldy8joRTnU+kLBEUx3XZL7av9YROXrgZ6voJmtvqkBZss4HTzfQx/0TW60uhdG/H39h4F5\nag0zD/ov+BS5gLNdTaqX4fnkGMX41TiMJjz98iji7lpJiCzfeT2OnpA8vUFKOt1b9pq0zj8l\nMH8yfaIDlNDceqFS3m6TjRgm/VWsvY+b0s+v54Ysyx8Jb6NvqYTUc79NoXQbTiNg8swOqn+k\nnEwlqLJmOzj/2ZQw9nKEvmhVEA/GcywWaZMH/rFF7buiVWqw2rVKAiUnhde3t4ZEFolsgCs+\nl6mc1X5VTMbeRRAc6uk7nwNT7u56AQIWeNTowr5GdogTPyK7SBIdUgC0An4hGh6cJfTzPV4e\n0hz5sy229zdcxsshTrD3mUcYhcErulWuBurQB7Lcq9CClnXO0lD+mefPL5/ndtFhKvshuzHQ\nqp9HpLIiyhY6UFfEW0NnxWViA0kB60PZ2Pierc+xYw5F9KBaLJstxabArahH9CdMOA0uG0k7\nUvToiIMrVCjU8jVStDKDYmlkDJGcn5fqdBb9HxEGmpv0\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICWTCCAd+gAwIBAgIQZvI9r4fei7FK6gxXMQHC7DAKBggqhkjOPQQDAzBlMQswCQYDVQQG\nEwJVUzEeMBwGA1UEChMVTWljcm9zb2Z0IENvcnBvcmF0aW9uMTYwNAYDVQQDEy1NaWNyb3Nv\nZnQgRUNDIFJvb3QgQ2VydGlmaWNhdGUgQXV0aG9yaXR5IDIwMTcwHhcNMTkxMjE4MjMwNjQ1\nWhcNNDIwNzE4MjMxNjA0WjBlMQswCQYDVQQGEwJVUzEeMBwGA1UEChMVTWljcm9zb2Z0IENv\ncnBvcmF0aW9uMTYwNAYDVQQDEy1NaWNyb3NvZnQgRUNDIFJvb3QgQ2VydGlmaWNhdGUgQXV0\naG9yaXR5IDIwMTcwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAATUvD0CQnVBEyPNgASGAlEvaqiB\nYgtlzPbKnR5vSmZRogPZnZH6thaxjG7efM3beaYvzrvOcS/lpaso7GMEZpn4+vKTEAXhgShC\n48Zo9OYbhGBKia/teQ87zvH2RPUBeMCjVDBSMA4GA1UdDwEB/wQEAwIBhjAPBgNVHRMBAf8E\nBTADAQH/MB0GA1UdDgQWBBTIy5lycFIM+Oa+sgRXKSrPQhDtNTAQBgkrBgEEAYI3FQEEAwIB\nADAKBggqhkjOPQQDAwNoADBlAjBY8k3qDPlfXu5gKcs68tvWMoQZP3zVL8KxzJOuULsJMsbG\n7X7JNpQS5GiFBqIb0C8CMQCZ6Ra0DvpWSNSkMBaReNtUjGUBiudQZsIxtzm6uBoiB078a1QW\nIP8rtedMDE2mT3M=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFqDCCA5CgAwIBAgIQHtOXCV/YtLNHcB6qvn9FszANBgkqhkiG9w0BAQwFADBlMQswCQYD\nVQQGEwJVUzEeMBwGA1UEChMVTWljcm9zb2Z0IENvcnBvcmF0aW9uMTYwNAYDVQQDEy1NaWNy\nb3NvZnQgUlNBIFJvb3QgQ2VydGlmaWNhdGUgQXV0aG9yaXR5IDIwMTcwHhcNMTkxMjE4MjI1\nMTIyWhcNNDIwNzE4MjMwMDIzWjBlMQswCQYDVQQGEwJVUzEeMBwGA1UEChMVTWljcm9zb2Z0\nIENvcnBvcmF0aW9uMTYwNAYDVQQDEy1NaWNyb3NvZnQgUlNBIFJvb3QgQ2VydGlmaWNhdGUg\nQXV0aG9yaXR5IDIwMTcwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQDKW76UM4wp\nlZEWCpW9R2LBifOZNt9GkMml7Xhqb0eRaPgnZ1AzHaGm++DlQ6OEAlcBXZxIQIJTELy/xzto\nkLaCLeX0ZdDMbRnMlfl7rEqUrQ7eS0MdhweSE5CAg2Q1OQT85elss7YfUJQ4ZVBcF0a5toW1\nHLUX6NZFndiyJrDKxHBKrmCk3bPZ7Pw71VdyvD/IybLeS2v4I2wDwAW9lcfNcztmgGTjGqwu\n+UcF8ga2m3P1eDNbx6H7JyqhtJqRjJHTOoI+dkC0zVJhUXAoP8XFWvLJjEm7FFtNyP9nTUwS\nlq31/niol4fX/V4ggNyhSyL71Imtus5Hl0dVe49FyGcohJUcaDDv70ngNXtk55iwlNpNhTs+\nVcQor1fznhPbRiefHqJeRIOkpcrVE7NLP8TjwuaGYaRSMLl6IE9vDzhTyzMMEyuP1pq9Ksgt\nsRx9S1HKR9FIJ3Jdh+vVReZIZZ2vUpC6W6IYZVcSn2i51BVrlMRpIpj0M+Dt+VGOQVDJNE92\nkKz8OMHY4Xu54+OU4UZpyw4KUGsTuqwPN1q3ErWQgR5WrlcihtnJ0tHXUeOrO8ZV/R4O03QK\n0dqq6mm4lyiPSMQH+FJDOvTKVTUssKZqwJz58oHhEmrARdlns87/I6KJClTUFLkqqNfs+avN\nJVgyeY+QW5g5xAgGwax/Dj0ApQIDAQABo1QwUjAOBgNVHQ8BAf8EBAMCAYYwDwYDVR0TAQH/\nBAUwAwEB/zAdBgNVHQ4EFgQUCctZf4aycI8awznjwNnpv7tNsiMwEAYJKwYBBAGCNxUBBAMC\nAQAwDQYJKoZIhvcNAQEMBQADggIBAKyvPl3CEZaJjqPnktaXFbgToqZCLgLNFgVZJ8og6Lq4\n6BrsTaiXVq5lQ7GPAJtSzVXNUzltYkyLDVt8LkS/gxCP81OCgMNPOsduET/m4xaRhPtthH80\ndK2Jp86519efhGSSvpWhrQlTM93uCupKUY5vVau6tZRGrox/2KJQJWVggEbbMwSubLWYdFQl\n3JPk+ONVFT24bcMKpBLBaYVu32TxU5nhSnUgnZUP5NbcA/FZGOhHibJXWpS2qdgXKxdJ5XbL\nwVaZOjex/2kskZGT4d9Mozd2TaGf+G0eHdP67Pv0RR0Tbc/3WeUiJ3IrhvNXuzDtJE3cfVa7\no7P4NHmJweDyAmH3pvwPuxwXC65B2Xy9J6P9LjrRk5Sxcx0ki69bIImtt2dmefU6xqaWM/5T\nkshGsRGRxpl/j8nWZjEgQRCHLQzWwa80mMpkg/sTV9HB8Dx6jKXB/ZUhoHHBk2dxEuqPiApp\nGWSZI1b7rCoucL5mxAyE7+WL85MB+GqQk2dLsmijtWKP6T+MejteD+eMuMZ87zf9dOLITzNy\n4ZQ5bb0Sr74MTnB8G2+NszKTc0QWbej09+CVgI+WXTik9KveCjCHk9hNAHFiRSdLOkKEW39l\nt2c0Ui2cFmuqqNh7o0JMcccMyj6D5KbvtwEwXlGjefVwaaZBRA+GsCyRxj3qrg+E\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICQDCCAeWgAwIBAgIMAVRI7yH9l1kN9QQKMAoGCCqGSM49BAMCMHExCzAJBgNVBAYTAkhV\nMREwDwYDVQQHDAhCdWRhcGVzdDEWMBQGA1UECgwNTWljcm9zZWMgTHRkLjEXMBUGA1UEYQwO\nVkFUSFUtMjM1ODQ0OTcxHjAcBgNVBAMMFWUtU3ppZ25vIFJvb3QgQ0EgMjAxNzAeFw0xNzA4\nMjIxMjA3MDZaFw00MjA4MjIxMjA3MDZaMHExCzAJBgNVBAYTAkhVMREwDwYDVQQHDAhCdWRh\ncGVzdDEWMBQGA1UECgwNTWljcm9zZWMgTHRkLjEXMBUGA1UEYQwOVkFUSFUtMjM1ODQ0OTcx\nHjAcBgNVBAMMFWUtU3ppZ25vIFJvb3QgQ0EgMjAxNzBZMBMGByqGSM49AgEGCCqGSM49AwEH\nA0IABJbcPYrYsHtvxie+RJCxs1YVe45DJH0ahFnuY2iyxl6H0BVIHqiQrb1TotreOpCmYF9o\nMrWGQd+HWyx7xf58etqjYzBhMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgEGMB0G\nA1UdDgQWBBSHERUI0arBeAyxr87GyZDvvzAEwDAfBgNVHSMEGDAWgBSHERUI0arBeAyxr87G\nyZDvvzAEwDAKBggqhkjOPQQDAgNJADBGAiEAtVfd14pVCzbhhkT61NlojbjcI4qKDdQvfepz\n7L9NbKgCIQDLpbQS+ue16M9+k/zzNY9vTlp8tLxOsvxyqltZ+efcMQ==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFRzCCAy+gAwIBAgIJEQA0tk7GNi02MA0GCSqGSIb3DQEBCwUAMEExCzAJBgNVBAYTAlJP\nMRQwEgYDVQQKEwtDRVJUU0lHTiBTQTEcMBoGA1UECxMTY2VydFNJR04gUk9PVCBDQSBHMjAe\nFw0xNzAyMDYwOTI3MzVaFw00MjAyMDYwOTI3MzVaMEExCzAJBgNVBAYTAlJPMRQwEgYDVQQK\nEwtDRVJUU0lHTiBTQTEcMBoGA1UECxMTY2VydFNJR04gUk9PVCBDQSBHMjCCAiIwDQYJKoZI\nhvcNAQEBBQADggIPADCCAgoCggIBAMDFdRmRfUR0dIf+DjuW3NgBFszuY5HnC2/OOwppGnzC\n46+CjobXXo9X69MhWf05N0IwvlDqtg+piNguLWkh59E3GE59kdUWX2tbAMI5Qw02hVK5U2UP\nHULlj88F0+7cDBrZuIt4ImfkabBoxTzkbFpG583H+u/E7Eu9aqSs/cwoUe+StCmrqzWaTOTE\nCMYmzPhpn+Sc8CnTXPnGFiWeI8MgwT0PPzhAsP6CRDiqWhqKa2NYOLQV07YRaXseVO6MGiKs\ncpc/I1mbySKEwQdPzH/iV8oScLumZfNpdWO9lfsbl83kqK/20U6o2YpxJM02PbyWxPFsqa7l\nzw1uKA2wDrXKUXt4FMMgL3/7FFXhEZn91QqhngLjYl/rNUssuHLoPj1PrCy7Lobio3aP5ZMq\nz6WryFyNSwb/EkaseMsUBzXgqd+L6a8VTxaJW732jcZZroiFDsGJ6x9nxUWO/203Nit4ZoOR\nUSs9/1F3dmKh7Gc+PoGD4FapUB8fepmrY7+EF3fxDTvf95xhszWYijqy7DwaNz9+j5LP2RIU\nZNoQAhVB/0/E6xyjyfqZ90bp4RjZsbgyLcsUDFDYg2WD7rlcz8sFWkz6GZdr1l0T08JcVLwy\nc6B49fFtHsufpaafItzRUZ6CeWRgKRM+o/1Pcmqr4tTluCRVLERLiohEnMqE0yo7AgMBAAGj\nQjBAMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgEGMB0GA1UdDgQWBBSCIS1mxteg\n4BXrzkwJd8RgnlRuAzANBgkqhkiG9w0BAQsFAAOCAgEAYN4auOfyYILVAzOBywaK8SJJ6ejq\nkX/GM15oGQOGO0MBzwdw5AgeZYWR5hEit/UCI46uuR59H35s5r0l1ZUa8gWmr4UCb6741jH/\nJclKyMeKqdmfS0mbEVeZkkMR3rYzpMzXjWR91M08KCy0mpbqTfXERMQlqiCA2ClV9+BB/AYm\n/7k29UMUA2Z44RGx2iBfRgB4ACGlHgAoYXhvqAEBj500mv/0OJD7uNGzcgbJceaBxXntC6Z5\n8hMLnPddDnskk7RI24Zf3lCGeOdA5jGokHZwYa+cNywRtYK3qq4kNFtyDGkNzVmf9nGvnAvR\nCjj5BiKDUyUM/FHE5r7iOZULJK2v0ZXkltd0ZGtxTgI8qoXzIKNDOXZbbFD+mpwUHmUUihW9\no4JFWklWatKcsWMy5WHgUyIOpwpJ6st+H6jiYoD2EEVSmAYY3qXNL3+q1Ok+CHLsIwMCPKaq\n2LxndD0UF/tUSxfj03k9bWtJySgOLnRQvwzZRjoQhsmnP+mg7H/rpXdYaXHmgwo38oZJar55\nCJD2AhZkPuXaTH4MNMn5X7azKFGnpyuqSfqNZSlO42sTp5SjLVFteAxEy9/eCG/Oo2Sr05WE\n1LlSVHJ7liXMvGnjSG4N0MedJ5qq+BOS3R7fY581qRY27Iy4g/Q9iY/NtBde17MXQRBdJ3Ng\nhVdJIgc=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIF2jCCA8KgAwIBAgIMBfcOhtpJ80Y1LrqyMA0GCSqGSIb3DQEBCwUAMIGIMQswCQYDVQQG\nEwJVUzERMA8GA1UECAwISWxsaW5vaXMxEDAOBgNVBAcMB0NoaWNhZ28xITAfBgNVBAoMGFRy\ndXN0d2F2ZSBIb2xkaW5ncywgSW5jLjExMC8GA1UEAwwoVHJ1c3R3YXZlIEdsb2JhbCBDZXJ0\naWZpY2F0aW9uIEF1dGhvcml0eTAeFw0xNzA4MjMxOTM0MTJaFw00MjA4MjMxOTM0MTJaMIGI\nMQswCQYDVQQGEwJVUzERMA8GA1UECAwISWxsaW5vaXMxEDAOBgNVBAcMB0NoaWNhZ28xITAf\nBgNVBAoMGFRydXN0d2F2ZSBIb2xkaW5ncywgSW5jLjExMC8GA1UEAwwoVHJ1c3R3YXZlIEds\nb2JhbCBDZXJ0aWZpY2F0aW9uIEF1dGhvcml0eTCCAiIwDQYJKoZIhvcNAQEBBQADggIPADCC\nAgoCggIBALldUShLPDeS0YLOvR29zd24q88KPuFd5dyqCblXAj7mY2Hf8g+CY66j96xz0Xzn\nswuvCAAJWX/NKSqIk4cXGIDtiLK0thAfLdZfVaITXdHG6wZWiYj+rDKd/VzDBcdu7oaJuogD\nnXIhhpCujwOl3J+IKMujkkkP7NAP4m1ET4BqstTnoApTAbqOl5F2brz81Ws25kCI1nsvXwXo\nLG0R8+eyvpJETNKXpP7ScoFDB5zpET71ixpZfR9oWN0EACyW80OzfpgZdNmcc9kYvkHHNHnZ\n9GLCQ7mzJ7Aiy/k9UscwR7PJPrhq4ufogXBeQotPJqX+OsIgbrv4Fo7NDKm0G2x2EOFYeUY+\nVM6AqFcJNykbmROPDMjWLBz7BegIlT1lRtzuzWniTY+HKE40Cz7PFNm73bZQmq131BnW2hqI\nyE4bJ3XYsgjxroMwuREOzYfwhI0Vcnyh78zyiGG69Gm7DIwLdVcEuE4qFC49DxweMqZiNu5m\n4iK4BUBjECLzMx10coos9TkpoNPnG4CELcU9402x/RpvumUHO1jsQkUm+9jaJXLE9gCxInm9\n43xZYkqcBW89zubWR2OZxiRvchLIrH+QtAuRcOi35hYQcRfO3gZPSEF9NUqjifLJS3tBEW1n\ntwiYTOURGa5CgNz7kAXU+FDKvuStx8KU1xad5hePrzb7AgMBAAGjQjBAMA8GA1UdEwEB/wQF\nMAMBAf8wHQYDVR0OBBYEFJngGWcNYtt2s9o9uFvo/ULSMQ6HMA4GA1UdDwEB/wQEAwIBBjAN\nBgkqhkiG9w0BAQsFAAOCAgEAmHNw4rDT7TnsTGDZqRKGFx6W0OhUKDtkLSGm+J1WE2pIPU/H\nPinbbViDVD2HfSMF1OQc3Og4ZYbFdada2zUFvXfeuyk3QAUHw5RSn8pk3fEbK9xGChACMf1K\naA0HZJDmHvUqoai7PF35owgLEQzxPy0QlG/+4jSHg9bP5Rs1bdID4bANqKCqRieCNqcVtgim\nQlRXtpla4gt5kNdXElE1GYhBaCXUNxeEFfsBctyV3lImIJgm4nb1J2/6ADtKYdkNy1GTKv0W\nBpanI5ojSP5RvbbEsLFUzt5sQa0WZ37b/TjNuThOssFgy50X31ieemKyJo90lZvkWx3SD92Y\nHJtZuSPTMaCm/zjdzyBP6VhWOmfD0faZmZ26NraAL4hHT4a/RDqA5Dccprrql5gR0IRiR2Qe\nqu5AvzSxnI9O4fKSTx+O856X3vOmeWqJcU9LJxdI/uz0UA9PSX3MReO9ekDFQdxhVicGaeVy\nQYHTtgGJoC86cnn+OjC/QezHYj6RS8fZMXZC+fc8Y+wmjHMMfRod6qh8h6jCJ3zhM0EPz8/8\nAKAigJ5Kp28AsEFFtyLKaEjFQqKu3R3y4G5OBVixwJAWKqQ9EEC+j2Jjg6mcgn0tAumDMHzL\nJ8n9HmYAsC7TIS+OMxZsmO0QqAfWzJPP29FpHOTKyeC2nOnOcXHebD8WpHk=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICYDCCAgegAwIBAgIMDWpfCD8oXD5Rld9dMAoGCCqGSM49BAMCMIGRMQswCQYDVQQGEwJV\nUzERMA8GA1UECBMISWxsaW5vaXMxEDAOBgNVBAcTB0NoaWNhZ28xITAfBgNVBAoTGFRydXN0\nd2F2ZSBIb2xkaW5ncywgSW5jLjE6MDgGA1UEAxMxVHJ1c3R3YXZlIEdsb2JhbCBFQ0MgUDI1\nNiBDZXJ0aWZpY2F0aW9uIEF1dGhvcml0eTAeFw0xNzA4MjMxOTM1MTBaFw00MjA4MjMxOTM1\nMTBaMIGRMQswCQYDVQQGEwJVUzERMA8GA1UECBMISWxsaW5vaXMxEDAOBgNVBAcTB0NoaWNh\nZ28xITAfBgNVBAoTGFRydXN0d2F2ZSBIb2xkaW5ncywgSW5jLjE6MDgGA1UEAxMxVHJ1c3R3\nYXZlIEdsb2JhbCBFQ0MgUDI1NiBDZXJ0aWZpY2F0aW9uIEF1dGhvcml0eTBZMBMGByqGSM49\nAgEGCCqGSM49AwEHA0IABH77bOYj43MyCMpg5lOcunSNGLB4kFKA3TjASh3RqMyTpJcGOMoN\nFWLGjgEqZZ2q3zSRLoHB5DOSMcT9CTqmP62jQzBBMA8GA1UdEwEB/wQFMAMBAf8wDwYDVR0P\nAQH/BAUDAwcGADAdBgNVHQ4EFgQUo0EGrJBt0UrrdaVKEJmzsaGLSvcwCgYIKoZIzj0EAwID\nRwAwRAIgB+ZU2g6gWrKuEZ+Hxbb/ad4lvvigtwjzRM4q3wghDDcCIC0mA6AFvWvR9lz4ZcyG\nbbOcNEhjhAnFjXca4syc4XR7\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICnTCCAiSgAwIBAgIMCL2Fl2yZJ6SAaEc7MAoGCCqGSM49BAMDMIGRMQswCQYDVQQGEwJV\nUzERMA8GA1UECBMISWxsaW5vaXMxEDAOBgNVBAcTB0NoaWNhZ28xITAfBgNVBAoTGFRydXN0\nd2F2ZSBIb2xkaW5ncywgSW5jLjE6MDgGA1UEAxMxVHJ1c3R3YXZlIEdsb2JhbCBFQ0MgUDM4\nNCBDZXJ0aWZpY2F0aW9uIEF1dGhvcml0eTAeFw0xNzA4MjMxOTM2NDNaFw00MjA4MjMxOTM2\nNDNaMIGRMQswCQYDVQQGEwJVUzERMA8GA1UECBMISWxsaW5vaXMxEDAOBgNVBAcTB0NoaWNh\nZ28xITAfBgNVBAoTGFRydXN0d2F2ZSBIb2xkaW5ncywgSW5jLjE6MDgGA1UEAxMxVHJ1c3R3\nYXZlIEdsb2JhbCBFQ0MgUDM4NCBDZXJ0aWZpY2F0aW9uIEF1dGhvcml0eTB2MBAGByqGSM49\nAgEGBSuBBAAiA2IABGvaDXU1CDFHBa5FmVXxERMuSvgQMSOjfoPTfygIOiYaOs+Xgh+AtycJ\nj9GOMMQKmw6sWASr9zZ9lCOkmwqKi6vr/TklZvFe/oyujUF5nQlgziip04pt89ZF1PKYhDhl\noKNDMEEwDwYDVR0TAQH/BAUwAwEB/zAPBgNVHQ8BAf8EBQMDBwYAMB0GA1UdDgQWBBRVqYSJ\n0sEyvRjLbKYHTsjnnb6CkDAKBggqhkjOPQQDAwNnADBkAjA3AZKXRRJ+oPM+rRk6ct30UJMD\nEr5E0k9BpIycnR+j9sKS50gU/k6bpZFXrsY3crsCMGclCrEMXu6pY5Jv5ZAL/mYiykf9ijH3\ng/56vxC+GCsej/YpHpRZ744hN8tRmKVuSw==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFojCCA4qgAwIBAgIUAZQwHqIL3fXFMyqxQ0Rx+NZQTQ0wDQYJKoZIhvcNAQEMBQAwaTEL\nMAkGA1UEBhMCS1IxJjAkBgNVBAoMHU5BVkVSIEJVU0lORVNTIFBMQVRGT1JNIENvcnAuMTIw\nMAYDVQQDDClOQVZFUiBHbG9iYWwgUm9vdCBDZXJ0aWZpY2F0aW9uIEF1dGhvcml0eTAeFw0x\nNzA4MTgwODU4NDJaFw0zNzA4MTgyMzU5NTlaMGkxCzAJBgNVBAYTAktSMSYwJAYDVQQKDB1O\nQVZFUiBCVVNJTkVTUyBQTEFURk9STSBDb3JwLjEyMDAGA1UEAwwpTkFWRVIgR2xvYmFsIFJv\nb3QgQ2VydGlmaWNhdGlvbiBBdXRob3JpdHkwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIK\nAoICAQC21PGTXLVAiQqrDZBbUGOukJR0F0Vy1ntlWilLp1agS7gvQnXp2XskWjFlqxcX0TM6\n2RHcQDaH38dq6SZeWYp34+hInDEW+j6RscrJo+KfziFTowI2MMtSAuXaMl3Dxeb57hHHi8lE\nHoSTGEq0n+USZGnQJoViAbbJAh2+g1G7XNr4rRVqmfeSVPc0W+m/6imBEtRTkZazkVrd/pBz\nKPswRrXKCAfHcXLJZtM0l/aM9BhK4dA9WkW2aacp+yPOiNgSnABIqKYPszuSjXEOdMWLyEz5\n9JuOuDxp7W87UC9Y7cSw0BwbagzivESq2M0UXZR4Yb8ObtoqvC8MC3GmsxY/nOb5zJ9TNeID\noKAYv7vxvvTWjIcNQvcGufFt7QSUqP620wbGQGHfnZ3zVHbOUzoBppJB7ASjjw2i1QnK1sua\n8e9DXcCrpUHPXFNwcMmIpi3Ua2FzUCaGYQ5fG8Ir4ozVu53BA0K6lNpfqbDKzE0K70dpAy8i\n+/Eozr9dUGWokG2zdLAIx6yo0es+nPxdGoMuK8u180SdOqcXYZaicdNwlhVNt0xz7hlcxVs+\nQf6sdWA7G2POAN3aCJBitOUt7kinaxeZVL6HSuOpXgRM6xBtVNbv8ejyYhbLgGvtPe31HzCl\nrkvJE+2KAQHJuFFYwGY6sWZLxNUxAmLpdIQM201GLQIDAQABo0IwQDAdBgNVHQ4EFgQU0p+I\n36HNLL3s9TsBAZMzJ7LrYEswDgYDVR0PAQH/BAQDAgEGMA8GA1UdEwEB/wQFMAMBAf8wDQYJ\nKoZIhvcNAQEMBQADggIBADLKgLOdPVQG3dLSLvCkASELZ0jKbY7gyKoNqo0hV4/GPnrK21HU\nUrPUloSlWGB/5QuOH/XcChWB5Tu2tyIvCZwTFrFsDDUIbatjcu3cvuzHV+YwIHHW1xDBE1UB\njCpD5EHxzzp6U5LOogMFDTjfArsQLtk70pt6wKGm+LUx5vR1yblTmXVHIloUFcd4G7ad6Qz4\nG3bxhYTeodoS76TiEJd6eN4MUZeoIUCLhr0N8F5OSza7OyAfikJW4Qsav3vQIkMsRIz75Sq0\nbBwcupTgE34h5prCy8VCZLQelHsIJchxzIdFV4XTnyliIoNRlwAYl3dqmJLJfGBs32x9SuRw\nTMKeuB330DTHD8z7p/8Dvq1wkNoL3chtl1+afwkyQf3NosxabUzyqkn+Zvjp2DXrDige7kgv\nOtB5CTh8piKCk5XQA76+AqAF3SAi428diDRgxuYKuQl1C/AH6GmWNcf7I4GOODm4RStDeKLR\nLBT/DShycpWbXgnbiUSYqqFJu3FS8r/2/yehNq+4tneI3TqkbZs0kNwUXTC/t+sX5Ie3cdCh\n13cV1ELX8vMxmV2b3RZtP+oGI/hGoiLtk/bdmuYqh7GYVPEi92tF4+KOdh2ajcQGjTa3FPOd\nVGm3jjzVpG2Tgbet9r1ke8LJaDmgkpzNNIaRkPpkUZ3+/uul9XXeifdy\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICbjCCAfOgAwIBAgIQYvYybOXE42hcG2LdnC6dlTAKBggqhkjOPQQDAzB4MQswCQYDVQQG\nEwJFUzERMA8GA1UECgwIRk5NVC1SQ00xDjAMBgNVBAsMBUNlcmVzMRgwFgYDVQRhDA9WQVRF\nUy1RMjgyNjAwNEoxLDAqBgNVBAMMI0FDIFJBSVogRk5NVC1SQ00gU0VSVklET1JFUyBTRUdV\nUk9TMB4XDTE4MTIyMDA5MzczM1oXDTQzMTIyMDA5MzczM1oweDELMAkGA1UEBhMCRVMxETAP\nBgNVBAoMCEZOTVQtUkNNMQ4wDAYDVQQLDAVDZXJlczEYMBYGA1UEYQwPVkFURVMtUTI4MjYw\nMDRKMSwwKgYDVQQDDCNBQyBSQUlaIEZOTVQtUkNNIFNFUlZJRE9SRVMgU0VHVVJPUzB2MBAG\nByqGSM49AgEGBSuBBAAiA2IABPa6V1PIyqvfNkpSIeSX0oNnnvBlUdBeh8dHsVnyV0ebAAKT\nRBdp20LHsbI6GA60XYyzZl2hNPk2LEnb80b8s0RpRBNm/dfF/a82Tc4DTQdxz69qBdKiQ1oK\nUm8BA06Oi6NCMEAwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwHQYDVR0OBBYE\nFAG5L++/EYZg8k/QQW6rcx/n0m5JMAoGCCqGSM49BAMDA2kAMGYCMQCuSuMrQMN0EfKVrRYj\n3k4MGuZdpSRea0R7/DjiT8ucRRcRTBQnJlU5dUoDzBOQn5ICMQD6SmxgiHPz7riYYqnOK8LZ\niqZwMR2vsJRM60/G49HzYqc8/5MuB1xJAWdpEgJyv+c=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFWjCCA0KgAwIBAgISEdK7udcjGJ5AXwqdLdDfJWfRMA0GCSqGSIb3DQEBDAUAMEYxCzAJ\nBgNVBAYTAkJFMRkwFwYDVQQKExBHbG9iYWxTaWduIG52LXNhMRwwGgYDVQQDExNHbG9iYWxT\naWduIFJvb3QgUjQ2MB4XDTE5MDMyMDAwMDAwMFoXDTQ2MDMyMDAwMDAwMFowRjELMAkGA1UE\nBhMCQkUxGTAXBgNVBAoTEEdsb2JhbFNpZ24gbnYtc2ExHDAaBgNVBAMTE0dsb2JhbFNpZ24g\nUm9vdCBSNDYwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQCsrHQy6LNl5brtQyYd\npokNRbopiLKkHWPd08EsCVeJOaFV6Wc0dwxu5FUdUiXSE2te4R2pt32JMl8Nnp8semNgQB+m\nsLZ4j5lUlghYruQGvGIFAha/r6gjA7aUD7xubMLL1aa7DOn2wQL7Id5m3RerdELv8HQvJfTq\na1VbkNud316HCkD7rRlr+/fKYIje2sGP1q7Vf9Q8g+7XFkyDRTNrJ9CG0Bwta/OrffGFqfUo\n0q3v84RLHIf8E6M6cqJaESvWJ3En7YEtbWaBkoe0G1h6zD8K+kZPTXhc+CtI4wSEy132tGqz\nZfxCnlEmIyDLPRT5ge1lFgBPGmSXZgjPjHvjK8Cd+RTyG/FWaha/LIWFzXg4mutCagI0GIMX\nTpRW+LaCtfOW3T3zvn8gdz57GSNrLNRyc0NXfeD412lPFzYE+cCQYDdF3uYM2HSNrpyibXRd\nQr4G9dlkbgIQrImwTDsHTUB+JMWKmIJ5jqSngiCNI/onccnfxkF0oE32kRbcRoxfKWMxWXEM\n2G/CtjJ9++ZdU6Z+Ffy7dXxd7Pj2Fxzsx2sZy/N78CsHpdlseVR2bJ0cpm4O6XkMqCNqo98b\nMDGfsVR7/mrLZqrcZdCinkqaByFrgY/bxFn63iLABJzjqls2k+g9vXqhnQt2sQvHnf3PmKgG\nwvgqo6GDoLclcqUC4wIDAQABo0IwQDAOBgNVHQ8BAf8EBAMCAYYwDwYDVR0TAQH/BAUwAwEB\n/zAdBgNVHQ4EFgQUA1yrc4GHqMywptWU4jaWSf8FmSwwDQYJKoZIhvcNAQEMBQADggIBAHx4\n7PYCLLtbfpIrXTncvtgdokIzTfnvpCo7RGkerNlFo048p9gkUbJUHJNOxO97k4VgJuoJSOD1\nu8fpaNK7ajFxzHmuEajwmf3lH7wvqMxX63bEIaZHU1VNaL8FpO7XJqti2kM3S+LGteWygxk6\nx9PbTZ4IevPuzz5i+6zoYMzRx6Fcg0XERczzF2sUyQQCPtIkpnnpHs6i58FZFZ8d4kuaPp92\nCC1r2LpXFNqD6v6MVenQTqnMdzGxRBF6XLE+0xRFFRhiJBPSy03OXIPBNvIQtQ6IbbjhVp+J\n3pZmOUdkLG5NrmJ7v2B0GbhWrJKsFjLtrWhV/pi60zTe9Mlhww6G9kuEYO4Ne7UyWHmRVSyB\nQ7N0H3qqJZ4d16GLuc1CLgSkZoNNiTW2bKg2SnkheCLQQrzRQDGQob4Ez8pn7fXwgNNgyYMq\nIgXQBztSvwyeqiv5u+YfjyW6hY0XHgL+XVAEV8/+LbzvXMAaq7afJMbfc2hIkCwU9D9SGuTS\nyxTDYWnP4vkYxboznxSjBF25cfe1lNj2M8FawTSLfJvdkzrnE6JwYZ+vj+vYxXX4M2bUdGc6\nN3ec592kD3ZDZopD8p/7DEJ4Y9HiD2971KE9dJeFt0g5QdYg/NA6s/rob8SKunE3vouXsXgx\nT7PntgMTzlSdriVZzH81Xwj3QEUxeCp6\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICCzCCAZGgAwIBAgISEdK7ujNu1LzmJGjFDYQdmOhDMAoGCCqGSM49BAMDMEYxCzAJBgNV\nBAYTAkJFMRkwFwYDVQQKExBHbG9iYWxTaWduIG52LXNhMRwwGgYDVQQDExNHbG9iYWxTaWdu\nIFJvb3QgRTQ2MB4XDTE5MDMyMDAwMDAwMFoXDTQ2MDMyMDAwMDAwMFowRjELMAkGA1UEBhMC\nQkUxGTAXBgNVBAoTEEdsb2JhbFNpZ24gbnYtc2ExHDAaBgNVBAMTE0dsb2JhbFNpZ24gUm9v\ndCBFNDYwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAScDrHPt+ieUnd1NPqlRqetMhkytAepJ8qU\nuwzSChDH2omwlwxwEwkBjtjqR+q+soArzfwoDdusvKSGN+1wCAB16pMLey5SnCNoIwZD7JIv\nU4Tb+0cUB+hflGddyXqBPCCjQjBAMA4GA1UdDwEB/wQEAwIBhjAPBgNVHRMBAf8EBTADAQH/\nMB0GA1UdDgQWBBQxCpCPtsad0kRLgLWi5h+xEk8blTAKBggqhkjOPQQDAwNoADBlAjEA31SQ\n7Zvvi5QCkxeCmb6zniz2C5GMn0oUsfZkvLtoURMMA/cVi4RguYv/Uo7njLwcAjA8+RHUjE7A\nwWHCFUyqqx0LMV87HOIAl0Qx5v5zli/altP+CAezNIm8BZ/3Hobui3A=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFgjCCA2qgAwIBAgILWku9WvtPilv6ZeUwDQYJKoZIhvcNAQELBQAwTTELMAkGA1UEBhMC\nQVQxIzAhBgNVBAoTGmUtY29tbWVyY2UgbW9uaXRvcmluZyBHbWJIMRkwFwYDVQQDExBHTE9C\nQUxUUlVTVCAyMDIwMB4XDTIwMDIxMDAwMDAwMFoXDTQwMDYxMDAwMDAwMFowTTELMAkGA1UE\nBhMCQVQxIzAhBgNVBAoTGmUtY29tbWVyY2UgbW9uaXRvcmluZyBHbWJIMRkwFwYDVQQDExBH\nTE9CQUxUUlVTVCAyMDIwMIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAri5WrRsc\n7/aVj6B3GyvTY4+ETUWiD59bRatZe1E0+eyLinjF3WuvvcTfk0Uev5E4C64OFudBc/jbu9G4\nUeDLgztzOG53ig9ZYybNpyrOVPu44sB8R85gfD+yc/LAGbaKkoc1DZAoouQVBGM+uq/ufF7M\npotQsjj3QWPKzv9pj2gOlTblzLmMCcpL3TGQlsjMH/1WljTbjhzqLL6FLmPdqqmV0/0plRPw\nyJiT2S0WR5ARg6I6IqIoV6Lr/sCMKKCmfecqQjuCgGOlYx8ZzHyyZqjC0203b+J+BlHZRYQf\nEs4kUmSFC0iAToexIiIwquuuvuAC4EDosEKAA1GqtH6qRNdDYfOiaxaJSaSjpCuKAsR49GiK\nweR6NrFvG5Ybd0mN1MkGco/PU+PcF4UgStyYJ9ORJitHHmkHr96i5OTUawuzXnzUJIBHKWk7\nbuis/UDr2O1xcSvy6Fgd60GXIsUf1DnQJ4+H4xj04KlGDfV0OoIu0G4skaMxXDtG6nsEEFZe\ngB31pWXogvziB4xiRfUg3kZwhqG8k9MedKZssCz3AwyIDMvUclOGvGBG85hqwvG/Q/lwIHfK\nN0F5VVJjjVsSn8VoxIidrPIwq7ejMZdnrY8XD2zHc+0klGvIg5rQmjdJBKuxFshsSUktq6HQ\njJLyQUp5ISXbY9e2nKd+Qmn7OmMCAwEAAaNjMGEwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8B\nAf8EBAMCAQYwHQYDVR0OBBYEFNwuH9FhN3nkq9XVsxJxaD1qaJwiMB8GA1UdIwQYMBaAFNwu\nH9FhN3nkq9XVsxJxaD1qaJwiMA0GCSqGSIb3DQEBCwUAA4ICAQCR8EICaEDuw2jAVC/f7GLD\nw56KoDEoqoOOpFaWEhCGVrqXctJUMHytGdUdaG/7FELYjQ7ztdGl4wJCXtzoRlgHNQIw4Lx0\nSsFDKv/bGtCwr2zD/cuz9X9tAy5ZVp0tLTWMstZDFyySCstd6IwPS3BD0IL/qMy/pJTAvoe9\niuOTe8aPmxadJ2W8esVCgmxcB9CpwYhgROmYhRZf+I/KARDOJcP5YBugxZfD0yyIMaK9MOzQ\n0MAS8cE54+X1+NZK3TTN+2/BT+MAi1bikvcoskJ3ciNnxz8RFbLEAwW+uxF7Cr+obuf/WEPP\nm2eggAe2HcqtbepBEX4tdJP7wry+UUTF72glJ4DjyKDUEuzZpTcdN3y0kcra1LGWge9oXHYQ\nSa9+pTeAsRxSvTOBTI/53WXZFM2KJVj04sWDpQmQ1GwUY7VA3+vA/MRYfg0UFodUJ25W5HCE\nuGwyEn6CMUO+1918oa2u1qsgEu8KwxCMSZY13At1XrFP1U80DhEgB3VDRemjEdqso5nCtnkn\n4rnvyOL2NSl6dPrFf4IFYqYK6miyeUcGbvJXqBUzxvd4Sj1Ce2t+/vdG6tHrju+IaFvowdlx\nfv1k7/9nR4hYJS8+hge9+6jlgqispdNpQ80xiEmEU5LAsTkbOYMBMMTyqfrQA71yN2BWHzZ8\nvTmR9W0Nv3vXkg==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIF7zCCA9egAwIBAgIIDdPjvGz5a7EwDQYJKoZIhvcNAQELBQAwgYQxEjAQBgNVBAUTCUc2\nMzI4NzUxMDELMAkGA1UEBhMCRVMxJzAlBgNVBAoTHkFORiBBdXRvcmlkYWQgZGUgQ2VydGlm\naWNhY2lvbjEUMBIGA1UECxMLQU5GIENBIFJhaXoxIjAgBgNVBAMTGUFORiBTZWN1cmUgU2Vy\ndmVyIFJvb3QgQ0EwHhcNMTkwOTA0MTAwMDM4WhcNMzkwODMwMTAwMDM4WjCBhDESMBAGA1UE\nBRMJRzYzMjg3NTEwMQswCQYDVQQGEwJFUzEnMCUGA1UEChMeQU5GIEF1dG9yaWRhZCBkZSBD\nZXJ0aWZpY2FjaW9uMRQwEgYDVQQLEwtBTkYgQ0EgUmFpejEiMCAGA1UEAxMZQU5GIFNlY3Vy\nZSBTZXJ2ZXIgUm9vdCBDQTCCAiIwDQYJKoZIhvcNAQEBBQADggIPADCCAgoCggIBANvrayvm\nZFSVgpCjcqQZAZ2cC4Ffc0m6p6zzBE57lgvsEeBbphzOG9INgxwruJ4dfkUyYA8H6XdYfp9q\nyGFOtibBTI3/TO80sh9l2Ll49a2pcbnvT1gdpd50IJeh7WhM3pIXS7yr/2WanvtH2Vdy8wmh\nrnZEE26cLUQ5vPnHO6RYPUG9tMJJo8gN0pcvB2VSAKduyK9o7PQUlrZXH1bDOZ8rbeTzPvY1\nZNoMHKGESy9LS+IsJJ1tk0DrtSOOMspvRdOoiXsezx76W0OLzc2oD2rKDF65nkeP8Nm2CgtY\nZRczuSPkdxl9y0oukntPLxB3sY0vaJxizOBQ+OyRp1RMVwnVdmPF6GUe7m1qzwmd+nxPrWAI\n/VaZDxUse6mAq4xhj0oHdkLePfTdsiQzW7i1o0TJrH93PB0j7IKppuLIBkwC/qxcmZkLLxCK\npvR/1Yd0DVlJRfbwcVw5Kda/SiOL9V8BY9KHcyi1Swr1+KuCLH5zJTIdC2MKF4EA/7Z2Xue0\nsUDKIbvVgFHlSFJnLNJhiQcND85Cd8BEc5xEUKDbEAotlRyBr+Qc5RQe8TZBAQIvfXOn3kLM\nTOmJDVb3n5HUA8ZsyY/b2BzgQJhdZpmYgG4t/wHFzstGH6wCxkPmrqKEPMVOHj1tyRRM4y5B\nu8o5vzY8KhmqQYdOpc5LMnndkEl/AgMBAAGjYzBhMB8GA1UdIwQYMBaAFJxf0Gxjo1+TypOY\nCK2Mh6UsXME3MB0GA1UdDgQWBBScX9BsY6Nfk8qTmAitjIelLFzBNzAOBgNVHQ8BAf8EBAMC\nAYYwDwYDVR0TAQH/BAUwAwEB/zANBgkqhkiG9w0BAQsFAAOCAgEATh65isagmD9uw2nAalxJ\nUqzLK114OMHVVISfk/CHGT0sZonrDUL8zPB1hT+L9IBdeeUXZ701guLyPI59WzbLWoAAKfLO\nKyzxj6ptBZNscsdW699QIyjlRRA96Gejrw5VD5AJYu9LWaL2U/HANeQvwSS9eS9OICI7/Rog\nsKQOLHDtdD+4E5UGUcjohybKpFtqFiGS3XNgnhAY3jyB6ugYw3yJ8otQPr0R4hUDqDZ9MwFs\nSBXXiJCZBMXM5gf0vPSQ7RPi6ovDj6MzD8EpTBNO2hVWcXNyglD2mjN8orGoGjR0ZVzO0eur\nU+AagNjqOknkJjCb5RyKqKkVMoaZkgoQI1YS4PbOTOK7vtuNknMBZi9iPrJyJ0U27U1W45eZ\n/zo1PqVUSlJZS2Db7v54EX9K3BR5YLZrZAPbFYPhor72I5dQ8AkzNqdxliXzuUJ92zg/LFis\n6ELhDtjTO0wugumDLmsx2d1Hhk9tl5EuT+IocTUW0fJz/iUrB0ckYyfI+PbZa/wSMVYIwFNC\nr5zQM378BvAxRAMU8Vjq8moNqRGyg77FGr8H6lnco4g175x2MjxNBiLOFeXdntiP2t7SxDnl\nF4HPOEfrf4htWRvfn0IUrn7PqLBmZdo3r5+qPeoott7VMVgWglvquxl1AnMaykgaIZOQCo6T\nhKd9OyMYkomgjaw=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICZTCCAeugAwIBAgIQeI8nXIESUiClBNAt3bpz9DAKBggqhkjOPQQDAzB0MQswCQYDVQQG\nEwJQTDEhMB8GA1UEChMYQXNzZWNvIERhdGEgU3lzdGVtcyBTLkEuMScwJQYDVQQLEx5DZXJ0\ndW0gQ2VydGlmaWNhdGlvbiBBdXRob3JpdHkxGTAXBgNVBAMTEENlcnR1bSBFQy0zODQgQ0Ew\nHhcNMTgwMzI2MDcyNDU0WhcNNDMwMzI2MDcyNDU0WjB0MQswCQYDVQQGEwJQTDEhMB8GA1UE\nChMYQXNzZWNvIERhdGEgU3lzdGVtcyBTLkEuMScwJQYDVQQLEx5DZXJ0dW0gQ2VydGlmaWNh\ndGlvbiBBdXRob3JpdHkxGTAXBgNVBAMTEENlcnR1bSBFQy0zODQgQ0EwdjAQBgcqhkjOPQIB\nBgUrgQQAIgNiAATEKI6rGFtqvm5kN2PkzeyrOvfMobgOgknXhimfoZTy42B4mIF4Bk3y7JoO\nV2CDn7TmFy8as10CW4kjPMIRBSqniBMY81CE1700LCeJVf/OTOffph8oxPBUw7l8t1Ot68Kj\nQjBAMA8GA1UdEwEB/wQFMAMBAf8wHQYDVR0OBBYEFI0GZnQkdjrzife81r1HfS+8EF9LMA4G\nA1UdDwEB/wQEAwIBBjAKBggqhkjOPQQDAwNoADBlAjADVS2m5hjEfO/JUG7BJw+ch69u1RsI\nGL2SKcHvlJF40jocVYli5RsJHrpka/F2tNQCMQC0QoSZ/6vnnvuRlydd3LBbMHHOXjgaatkl\n5+r3YZJW+OraNsKHZZYuciUvf9/DE8k=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFwDCCA6igAwIBAgIQHr9ZULjJgDdMBvfrVU+17TANBgkqhkiG9w0BAQ0FADB6MQswCQYD\nVQQGEwJQTDEhMB8GA1UEChMYQXNzZWNvIERhdGEgU3lzdGVtcyBTLkEuMScwJQYDVQQLEx5D\nZXJ0dW0gQ2VydGlmaWNhdGlvbiBBdXRob3JpdHkxHzAdBgNVBAMTFkNlcnR1bSBUcnVzdGVk\nIFJvb3QgQ0EwHhcNMTgwMzE2MTIxMDEzWhcNNDMwMzE2MTIxMDEzWjB6MQswCQYDVQQGEwJQ\nTDEhMB8GA1UEChMYQXNzZWNvIERhdGEgU3lzdGVtcyBTLkEuMScwJQYDVQQLEx5DZXJ0dW0g\nQ2VydGlmaWNhdGlvbiBBdXRob3JpdHkxHzAdBgNVBAMTFkNlcnR1bSBUcnVzdGVkIFJvb3Qg\nQ0EwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQDRLY67tzbqbTeRn06TpwXkKQMl\nzhyC93yZn0EGze2jusDbCSzBfN8pfktlL5On1AFrAygYo9idBcEq2EXxkd7fO9CAAozPOA/q\np1x4EaTByIVcJdPTsuclzxFUl6s1wB52HO8AU5853BSlLCIls3Jy/I2z5T4IHhQqNwuIPMqw\n9MjCoa68wb4pZ1Xi/K1ZXP69VyywkI3C7Te2fJmItdUDmj0VDT06qKhF8JVOJVkdzZhpu9PM\nMsmN74H+rX2Ju7pgE8pllWeg8xn2A1bUatMn4qGtg/BKEiJ3HAVz4hlxQsDsdUaakFjgao4r\npUYwBI4Zshfjvqm6f1bxJAPXsiEodg42MEx51UGamqi4NboMOvJEGyCI98Ul1z3G4z5D3Yf+\nxOr1Uz5MZf87Sst4WmsXXw3Hw09Omiqi7VdNIuJGmj8PkTQkfVXjjJU30xrwCSss0smNtA0A\nq2cpKNgB9RkEth2+dv5yXMSFytKAQd8FqKPVhJBPC/PgP5sZ0jeJP/J7UhyM9uH3PAeXjA6i\nWYEMspA90+NZRu0PqafegGtaqge2Gcu8V/OXIXoMsSt0Puvap2ctTMSYnjYJdmZm/Bo/6khU\nHL4wvYBQv3y1zgD2DGHZ5yQD4OMBgQ692IU0iL2yNqh7XAjlRICMb/gv1SHKHRzQ+8S1h9E6\nTsd2tTVItQIDAQABo0IwQDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBSM+xx1vALTn04u\nSNn5YFSqxLNP+jAOBgNVHQ8BAf8EBAMCAQYwDQYJKoZIhvcNAQENBQADggIBAEii1QALLtA/\nvBzVtVRJHlpr9OTy4EA34MwUe7nJ+jW1dReTagVphZzNTxl4WxmB82M+w85bj/UvXgF2Ez8s\nALnNllI5SW0ETsXpD4YN4fqzX4IS8TrOZgYkNCvozMrnadyHncI013nR03e4qllY/p0m+jiG\nPp2Kh2RX5Rc64vmNueMzeMGQ2Ljdt4NR5MTMI9UGfOZR0800McD2RrsLrfw9EAUqO0qRJe6M\n1ISHgCq8CYyqOhNf6DR5UMEQGfnTKB7U0VEwKbOukGfWHwpjscWpxkIxYxeU72nLL/qMFH3E\nQxiJ2fAyQOaA4kZf5ePBAFmo+eggvIksDkc0C+pXwlM2/KfUrzHN/gLldfq5Jwn58/U7yn2f\nqSLLiMmq0Uc9NneoWWRrJ8/vJ8HjJLWG965+Mk2weWjROeiQWMODvA8s1pfrzgzhIMfatz7D\nP78v3DSk+yshzWePS/Tj6tQ/50+6uaWTRRxmHyH6ZF5v4HaUMst19W7l9o/HuKTMqJZ9ZPsk\nWkoDbGs4xugDQ5r3V7mzKWmTOPQD8rv7gmsHINFSH5pkAnuYZttcTVoP0ISVoDwUQwbKytu4\nQTbaakRnh6+v40URFWkIsr4WOZckbxJF0WddCajJFdr60qZfE2Efv4WstK2tBZQIgx51F9Nx\nO5NQI1mg7TyRVJ12AMXDuDjb\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFszCCA5ugAwIBAgIUEwLV4kBMkkaGFmddtLu7sms+/BMwDQYJKoZIhvcNAQELBQAwYTEL\nMAkGA1UEBhMCVE4xNzA1BgNVBAoMLkFnZW5jZSBOYXRpb25hbGUgZGUgQ2VydGlmaWNhdGlv\nbiBFbGVjdHJvbmlxdWUxGTAXBgNVBAMMEFR1blRydXN0IFJvb3QgQ0EwHhcNMTkwNDI2MDg1\nNzU2WhcNNDQwNDI2MDg1NzU2WjBhMQswCQYDVQQGEwJUTjE3MDUGA1UECgwuQWdlbmNlIE5h\ndGlvbmFsZSBkZSBDZXJ0aWZpY2F0aW9uIEVsZWN0cm9uaXF1ZTEZMBcGA1UEAwwQVHVuVHJ1\nc3QgUm9vdCBDQTCCAiIwDQYJKoZIhvcNAQEBBQADggIPADCCAgoCggIBAMPN0/y9BFPdDCA6\n1YguBUtB9YOCfvdZn56eY+hz2vYGqU8ftPkLHzmMmiDQfgbU7DTZhrx1W4eI8NLZ1KMKsmwb\n60ksPqxd2JQDoOw05TDENX37Jk0bbjBU2PWARZw5rZzJJQRNmpA+TkBuimvNKWfGzC3gdOgF\nVwpIUPp6Q9p+7FuaDmJ2/uqdHYVy7BG7NegfJ7/Boce7SBbdVtfMTqDhuazb1YMZGoXRlJfX\nyqNlC/M4+QKu3fZnz8k/9YosRxqZbwUN/dAdgjH8KcwAWJeRTIAAHDOFli/LQcKLEITDCSSJ\nH7UP2dl3RxiSlGBcx5kDPP73lad9UKGAwqmDrViWVSHbhlnUr8a83YFuB9tgYv7sEG7aaAH0\ngxupPqJbI9dkxt/con3YS7qC0lH4Zr8GRuR5KiY2eY8fTpkdso8MDhz/yV3A/ZAQprE38806\nJG60hZC/gLkMjNWb1sjxVj8agIl6qeIbMlEsPvLfe/ZdeikZjuXIvTZxi11Mwh0/rViizz1w\nTaZQmCXcI/m4WEEIcb9PuISgjwBUFfyRbVinljvrS5YnzWuioYasDXxU5mZMZl+QviGaAkYt\n5IPCgLnPSz7ofzwB7I9ezX/SKEIBlYrilz0QIX32nRzFNKHsLA4KUiwSVXAkPcvCFDVDXSdO\nvsC9qnyW5/yeYa1E0wCXAgMBAAGjYzBhMB0GA1UdDgQWBBQGmpsfU33x9aTI04Y+oXNZtPdE\nITAPBgNVHRMBAf8EBTADAQH/MB8GA1UdIwQYMBaAFAaamx9TffH1pMjThj6hc1m090QhMA4G\nA1UdDwEB/wQEAwIBBjANBgkqhkiG9w0BAQsFAAOCAgEAqgVutt0Vyb+zxiD2BkewhpMl0425\nyAA/l/VSJ4hxyXT968pk21vvHl26v9Hr7lxpuhbI87mP0zYuQEkHDVneixCwSQXi/5E/S7fd\nAo74gShczNxtr18UnH1YeA32gAm56Q6XKRm4t+v4FstVEuTGfbvE7Pi1HE4+Z7/FXxttbUco\nqgRYYdZ2vyJ/0Adqp2RT8JeNnYA/u8EH22Wv5psymsNUk8QcCMNE+3tjEUPRahphanltkE8p\njkcFwRJpadbGNjHh/PqAulxPxOu3Mqz4dWEX1xAZufHSCe96Qp1bWgvUxpVOKs7/B9dPfhgG\niPEZtdmYu65xxBzndFlY7wyJz4sfdZMaBBSSSFCp61cpABbjNhzI+L/wM9VBD8TMPN3pM0MB\nkRArHtG5Xc0yGYuPjCB31yLEQtyEFpslbei0VXF/sHyz03FJuc9SpAQ/3D2gu68zngowYI7b\nnV2UqL1g52KAdoGDDIzMMEZJ4gzSqK/rYXHv5yJiqfdcZGyfFoxnNidF9Ql7v/YQCvGwjVRD\njAS6oz/v4jXH+XTgbzRB0L9zZVcg+ZtnemZoJE6AZb0QmQZZ8mWvuMZHu/2QeItBcy6vVR/c\nO5JyboTT0GFMDcx2V+IthSIVNg3rAZ3r2OvEhJn7wAzMMujjd9qDRIueVSjAi1jTkD5OGwDx\nFa2DK5o=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFpDCCA4ygAwIBAgIQOcqTHO9D88aOk8f0ZIk4fjANBgkqhkiG9w0BAQsFADBsMQswCQYD\nVQQGEwJHUjE3MDUGA1UECgwuSGVsbGVuaWMgQWNhZGVtaWMgYW5kIFJlc2VhcmNoIEluc3Rp\ndHV0aW9ucyBDQTEkMCIGA1UEAwwbSEFSSUNBIFRMUyBSU0EgUm9vdCBDQSAyMDIxMB4XDTIx\nMDIxOTEwNTUzOFoXDTQ1MDIxMzEwNTUzN1owbDELMAkGA1UEBhMCR1IxNzA1BgNVBAoMLkhl\nbGxlbmljIEFjYWRlbWljIGFuZCBSZXNlYXJjaCBJbnN0aXR1dGlvbnMgQ0ExJDAiBgNVBAMM\nG0hBUklDQSBUTFMgUlNBIFJvb3QgQ0EgMjAyMTCCAiIwDQYJKoZIhvcNAQEBBQADggIPADCC\nAgoCggIBAIvC569lmwVnlskNJLnQDmT8zuIkGCyEf3dRywQRNrhe7Wlxp57kJQmXZ8FHws+R\nFjZiPTgE4VGC/6zStGndLuwRo0Xua2s7TL+MjaQenRG56Tj5eg4MmOIjHdFOY9TnuEFE+2uv\na9of08WRiFukiZLRgeaMOVig1mlDqa2YUlhu2wr7a89o+uOkXjpFc5gH6l8Cct4MpbOfrqkd\ntx2z/IpZ525yZa31MJQjB/OCFks1mJxTuy/K5FrZx40d/JiZ+yykgmvwKh+OC19xXFyuQnsp\niYHLA6OZyoieC0AJQTPb5lh6/a6ZcMBaD9YThnEvdmn8kN3bLW7R8pv1GmuebxWMevBLKKAi\nOIAkbDakO/IwkfN4E8/BPzWr8R0RI7VDIp4BkrcYAuUR0YLbFQDMYTfBKnya4dC6s1BG7oKs\nnTH4+yPiAwBIcKMJJnkVU2DzOFytOOqBAGMUuTNe3QvboEUHGjMJ+E20pwKmafTCWQWIZYVW\nrkvL4N48fS0ayOn7H6NhStYqE613TBoYm5EPWNgGVMWX+Ko/IIqmhaZ39qb8HOLubpQzKoNQ\nhArlT4b4UEV4AIHrW2jjJo3Me1xR9BQsQL4aYB16cmEdH2MtiKrOokWQCPxrvrNQKlr9qEgY\nRtaQQJKQCoReaDH46+0N0x3GfZkYVVYnZS6NRcUk7M7jAgMBAAGjQjBAMA8GA1UdEwEB/wQF\nMAMBAf8wHQYDVR0OBBYEFApII6ZgpJIKM+qTW8VX6iVNvRLuMA4GA1UdDwEB/wQEAwIBhjAN\nBgkqhkiG9w0BAQsFAAOCAgEAPpBIqm5iFSVmewzVjIuJndftTgfvnNAUX15QvWiWkKQUEapo\nbQk1OUAJ2vQJLDSle1mESSmXdMgHHkdt8s4cUCbjnj1AUz/3f5Z2EMVGpdAgS1D0NTsY9FVq\nQRtHBmg8uwkIYtlfVUKqrFOFrJVWNlar5AWMxajaH6NpvVMPxP/cyuN+8kyIhkdGGvMA9YCR\notxDQpSbIPDRzbLrLFPCU3hKTwSUQZqPJzLB5UkZv/HywouoCjkxKLR9YjYsTewfM7Z+d21+\nUPCfDtcRj88YxeMn/ibvBZ3PzzfF0HvaO7AWhAw6k9a+F9sPPg4ZeAnHqQJyIkv3N3a6dcSF\nA1pj1bF1BcK5vZStjBWZp5N99sXzqnTPBIWUmAD04vnKJGW/4GKvyMX6ssmeVkjaef2WdhW+\no45WxLM0/L5H9MG0qPzVMIho7suuyWPEdr6sOBjhXlzPrjoiUevRi7PzKzMHVIf6tLITe7pT\nBGIBnfHAT+7hOtSLIBD6Alfm78ELt5BGnBkpjNxvoEppaZS3JGWg/6w/zgH7IS79aPib8qXP\nMThcFarmlwDB31qlpzmq6YR/PFGoOtmUW4y/Twhx5duoXNTSpv4Ao8YWxw/ogM4cKGR0GQjT\nQuPOAF1/sdwTsOEFy9EgqoZ0njnnkf3/W9b3raYvAwtt41dU63ZTGI0RmLo=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICVDCCAdugAwIBAgIQZ3SdjXfYO2rbIvT/WeK/zjAKBggqhkjOPQQDAzBsMQswCQYDVQQG\nEwJHUjE3MDUGA1UECgwuSGVsbGVuaWMgQWNhZGVtaWMgYW5kIFJlc2VhcmNoIEluc3RpdHV0\naW9ucyBDQTEkMCIGA1UEAwwbSEFSSUNBIFRMUyBFQ0MgUm9vdCBDQSAyMDIxMB4XDTIxMDIx\nOTExMDExMFoXDTQ1MDIxMzExMDEwOVowbDELMAkGA1UEBhMCR1IxNzA1BgNVBAoMLkhlbGxl\nbmljIEFjYWRlbWljIGFuZCBSZXNlYXJjaCBJbnN0aXR1dGlvbnMgQ0ExJDAiBgNVBAMMG0hB\nUklDQSBUTFMgRUNDIFJvb3QgQ0EgMjAyMTB2MBAGByqGSM49AgEGBSuBBAAiA2IABDgI/rGg\nltJ6rK9JOtDA4MM7KKrxcm1lAEeIhPyaJmuqS7psBAqIXhfyVYf8MLA04jRYVxqEU+kw2any\nlnTDUR9YSTHMmE5gEYd103KUkE+bECUqqHgtvpBBWJAVcqeht6NCMEAwDwYDVR0TAQH/BAUw\nAwEB/zAdBgNVHQ4EFgQUyRtTgRL+BNUW0aq8mm+3oJUZbsowDgYDVR0PAQH/BAQDAgGGMAoG\nCCqGSM49BAMDA2cAMGQCMBHervjcToiwqfAircJRQO9gcS3ujwLEXQNwSaSS6sUUiHCm0w2w\nqsosQJz76YJumgIwK0eaB8bRwoF8yguWGEEbo/QwCZ61IygNnxS2PFOiTAZpffpskcYqSUXm\n7LcT4Tps\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIGFDCCA/ygAwIBAgIIG3Dp0v+ubHEwDQYJKoZIhvcNAQELBQAwUTELMAkGA1UEBhMCRVMx\nQjBABgNVBAMMOUF1dG9yaWRhZCBkZSBDZXJ0aWZpY2FjaW9uIEZpcm1hcHJvZmVzaW9uYWwg\nQ0lGIEE2MjYzNDA2ODAeFw0xNDA5MjMxNTIyMDdaFw0zNjA1MDUxNTIyMDdaMFExCzAJBgNV\nBAYTAkVTMUIwQAYDVQQDDDlBdXRvcmlkYWQgZGUgQ2VydGlmaWNhY2lvbiBGaXJtYXByb2Zl\nc2lvbmFsIENJRiBBNjI2MzQwNjgwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQDK\nlmuO6vj78aI14H9M2uDDUtd9thDIAl6zQyrET2qyyhxdKJp4ERppWVevtSBC5IsP5t9bpgOS\nL/UR5GLXMnE42QQMcas9UX4PB99jBVzpv5RvwSmCwLTaUbDBPLutN0pcyvFLNg4kq7/DhHf9\nqFD0sefGL9ItWY16Ck6WaVICqjaY7Pz6FIMMNx/Jkjd/14Et5cS54D40/mf0PmbR0/RAz15i\nNA9wBj4gGFrO93IbJWyTdBSTo3OxDqqHECNZXyAFGUftaI6SEspd/NYrspI8IM/hX68gvqB2\nf3bl7BqGYTM+53u0P6APjqK5am+5hyZvQWyIplD9amML9ZMWGxmPsu2bm8mQ9QEM3xk9Dz44\nI8kvjwzRAv4bVdZO0I08r0+k8/6vKtMFnXkIoctXMbScyJCyZ/QYFpM6/EfY0XiWMR+6Kwxf\nXZmtY4laJCB22N/9q06mIqqdXuYnin1oKaPnirjaEbsXLZmdEyRG98Xi2J+Of8ePdG1asuhy\n9azuJBCtLxTa/y2aRnFHvkLfuwHb9H/TKI8xWVvTyQKmtFLKbpf7Q8UIJm+K9Lv9nyiqDdVF\n8xM6HdjAeI9BZzwelGSuewvF6NkBiDkal4ZkQdU7hwxu+g/GvUgUvzlN1J5Bto+WHWOWk9mV\nBngxaJ43BjuAiUVhOSPHG0SjFeUc+JIwuwIDAQABo4HvMIHsMB0GA1UdDgQWBBRlzeurNR4A\nPn7VdMActHNHDhpkLzASBgNVHRMBAf8ECDAGAQH/AgEBMIGmBgNVHSAEgZ4wgZswgZgGBFUd\nIAAwgY8wLwYIKwYBBQUHAgEWI2h0dHA6Ly93d3cuZmlybWFwcm9mZXNpb25hbC5jb20vY3Bz\nMFwGCCsGAQUFBwICMFAeTgBQAGEAcwBlAG8AIABkAGUAIABsAGEAIABCAG8AbgBhAG4AbwB2\nAGEAIAA0ADcAIABCAGEAcgBjAGUAbABvAG4AYQAgADAAOAAwADEANzAOBgNVHQ8BAf8EBAMC\nAQYwDQYJKoZIhvcNAQELBQADggIBAHSHKAIrdx9miWTtj3QuRhy7qPj4Cx2Dtjqn6EWKB7fg\nPiDL4QjbEwj4KKE1soCzC1HA01aajTNFSa9J8OA9B3pFE1r/yJfY0xgsfZb43aJlQ3CTkBW6\nkN/oGbDbLIpgD7dvlAceHabJhfa9NPhAeGIQcDq+fUs5gakQ1JZBu/hfHAsdCPKxsIl68veg\n4MSPi3i1O1ilI45PVf42O+AMt8oqMEEgtIDNrvx2ZnOorm7hfNoD6JQg5iKj0B+QXSBTFCZX\n2lSX3xZEEAEeiGaPcjiT3SC3NL7X8e5jjkd5KAb881lFJWAiMxujX6i6KtoaPc1A6ozuBRWV\n1aUsIC+nmCjuRfzxuIgALI9C2lHVnOUTaHFFQ4ueCyE8S1wF3BqfmI7avSKecs2tCsvMo2eb\nKHTEm9caPARYpoKdrcd7b/+Alun4jWq9GJAd/0kakFI3ky88Al2CdgtR5xbHV/g4+afNmyJU\n72OwFW1TZQNKXkqgsqeOSQBZONXH9IBk9W6VULgRfhVwOEqwf9DEMnDAGf/JOC0ULGb0QkTm\nVXYbgBVX/8Cnp6o5qtjTcNAuuuuUavpfNIbnYrX9ivAwhZTJryQCL2/W3Wf+47BVTwSYT6RB\nVuKT0Gro1vP7ZeDOdcQxWQzugsgMYDNKGbqEZycPvEJdvSRUDewdcAZfpLz6IHxV\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICDzCCAZWgAwIBAgIUbmq8WapTvpg5Z6LSa6Q75m0c1towCgYIKoZIzj0EAwMwRzELMAkG\nA1UEBhMCQ04xHDAaBgNVBAoTE2lUcnVzQ2hpbmEgQ28uLEx0ZC4xGjAYBgNVBAMTEXZUcnVz\nIEVDQyBSb290IENBMB4XDTE4MDczMTA3MjY0NFoXDTQzMDczMTA3MjY0NFowRzELMAkGA1UE\nBhMCQ04xHDAaBgNVBAoTE2lUcnVzQ2hpbmEgQ28uLEx0ZC4xGjAYBgNVBAMTEXZUcnVzIEVD\nQyBSb290IENBMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEZVBKrox5lkqqHAjDo6LN/llWQXf9\nJpRCux3NCNtzslt188+cToL0v/hhJoVs1oVbcnDS/dtitN9Ti72xRFhiQgnH+n9bEOf+QP3A\n2MMrMudwpremIFUde4BdS49nTPEQo0IwQDAdBgNVHQ4EFgQUmDnNvtiyjPeyq+GtJK97fKHb\nH88wDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwCgYIKoZIzj0EAwMDaAAwZQIw\nV53dVvHH4+m4SVBrm2nDb+zDfSXkV5UTQJtS0zvzQBm8JsctBp61ezaf9SXUY2sAAjEA6dPG\nnlaaKsyh2j/IZivTWJwghfqrkYpwcBE4YGQLYgmRWAD5Tfs0aNoJrSEGGJTO\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFVjCCAz6gAwIBAgIUQ+NxE9izWRRdt86M/TX9b7wFjUUwDQYJKoZIhvcNAQELBQAwQzEL\nMAkGA1UEBhMCQ04xHDAaBgNVBAoTE2lUcnVzQ2hpbmEgQ28uLEx0ZC4xFjAUBgNVBAMTDXZU\ncnVzIFJvb3QgQ0EwHhcNMTgwNzMxMDcyNDA1WhcNNDMwNzMxMDcyNDA1WjBDMQswCQYDVQQG\nEwJDTjEcMBoGA1UEChMTaVRydXNDaGluYSBDby4sTHRkLjEWMBQGA1UEAxMNdlRydXMgUm9v\ndCBDQTCCAiIwDQYJKoZIhvcNAQEBBQADggIPADCCAgoCggIBAL1VfGHTuB0EYgWgrmy3cLRB\n6ksDXhA/kFocizuwZotsSKYcIrrVQJLuM7IjWcmOvFjai57QGfIvWcaMY1q6n6MLsLOaXLoR\nuBLpDLvPbmyAhykUAyyNJJrIZIO1aqwTLDPxn9wsYTwaP3BVm60AUn/PBLn+NvqcwBauYv6W\nTEN+VRS+GrPSbcKvdmaVayqwlHeFXgQPYh1jdfdr58tbmnDsPmcF8P4HCIDPKNsFxhQnL4Z9\n8Cfe/+Z+M0jnCx5Y0ScrUw5XSmXX+6KAYPxMvDVTAWqXcoKv8R1w6Jz1717CbMdHflqUhSZN\nO7rrTOiwCcJlwp2dCZtOtZcFrPUGoPc2BX70kLJrxLT5ZOrpGgrIDajtJ8nU57O5q4IikCc9\nKuh8kO+8T/3iCiSn3mUkpF3qwHYw03dQ+A0Em5Q2AXPKBlim0zvc+gRGE1WKyURHuFE5Gi7o\nNOJ5y1lKCn+8pu8fA2dqWSslYpPZUxlmPCdiKYZNpGvu/9ROutW04o5IWgAZCfEF2c6Rsffr\n6TlP9m8EQ5pV9T4FFL2/s1m02I4zhKOQUqqzApVg+QxMaPnu1RcN+HFXtSXkKe5lXa/R7jwX\nC1pDxaWG6iSe4gUH3DRCEpHWOXSuTEGC2/KmSNGzm/MzqvOmwMVO9fSddmPmAsYiS8GVP1Bk\nLFTltvA8Kc9XAgMBAAGjQjBAMB0GA1UdDgQWBBRUYnBj8XWEQ1iO0RYgscasGrz2iTAPBgNV\nHRMBAf8EBTADAQH/MA4GA1UdDwEB/wQEAwIBBjANBgkqhkiG9w0BAQsFAAOCAgEAKbqSSaet\n8PFww+SX8J+pJdVrnjT+5hpk9jprUrIQeBqfTNqK2uwcN1LgQkv7bHbKJAs5EhWdnxEt/Hlk\n3ODg9d3gV8mlsnZwUKT+twpw1aA08XXXTUm6EdGz2OyC/+sOxL9kLX1jbhd47F18iMjrjld2\n2VkE+rxSH0Ws8HqA7Oxvdq6R2xCOBNyS36D25q5J08FsEhvMKar5CKXiNxTKsbhm7xqC5PD4\n8acWabfbqWE8n/Uxy+QARsIvdLGx14HuqCaVvIivTDUHKgLKeBRtRytAVunLKmChZwOgzoy8\nsHJnxDHO2zTlJQNgJXtxmOTAGytfdELSS8VZCAeHvsXDf+eW2eHcKJfWjwXj9ZtOyh1QRwVT\nsMo554WgicEFOwE30z9J4nfrI8iIZjs9OXYhRvHsXyO466JmdXTBQPfYaJqT4i2pLr0cox7I\ndMakLXogqzu4sEb9b91fUlV1YvCXoHzXOP0l382gmxDPi7g4Xl7FtKYCNqEeXxzP4padKar9\nmK5S4fNBUvupLnKWnyfjqnN9+BojZns7q2WwMgFLFT49ok8MKzWixtlnEjUwzXYuFrOZnk1P\nTi07NEPhmg4NpGaXutIcSkwsKouLgU9xGqndXHt7CMUADTdA43x7VF8vhV929vensBxXVsFy\n6K2ir40zSbofitzmdHxghm+Hl3s=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICGzCCAaGgAwIBAgIQQdKd0XLq7qeAwSxs6S+HUjAKBggqhkjOPQQDAzBPMQswCQYDVQQG\nEwJVUzEpMCcGA1UEChMgSW50ZXJuZXQgU2VjdXJpdHkgUmVzZWFyY2ggR3JvdXAxFTATBgNV\nBAMTDElTUkcgUm9vdCBYMjAeFw0yMDA5MDQwMDAwMDBaFw00MDA5MTcxNjAwMDBaME8xCzAJ\nBgNVBAYTAlVTMSkwJwYDVQQKEyBJbnRlcm5ldCBTZWN1cml0eSBSZXNlYXJjaCBHcm91cDEV\nMBMGA1UEAxMMSVNSRyBSb290IFgyMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEzZvVn4CDCuwJ\nSvMWSj5cz3es3mcFDR0HttwW+1qLFNvicWDEukWVEYmO6gbf9yoWHKS5xcUy4APgHoIYOIvX\nRdgKam7mAHf7AlF9ItgKbppbd9/w+kHsOdx1ymgHDB/qo0IwQDAOBgNVHQ8BAf8EBAMCAQYw\nDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUfEKWrt5LSDv6kviejM9ti6lyN5UwCgYIKoZI\nzj0EAwMDaAAwZQIwe3lORlCEwkSHRhtFcP9Ymd70/aTSVaYgLXTWNLxBo1BfASdWtL4ndQav\nEi51mI38AjEAi/V3bNTIZargCyzuFJ0nN6T5U6VR5CmD1/iQMVtCnwr1/q4AaOeMSQ+2b1tb\nFfLn\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFajCCA1KgAwIBAgIQLd2szmKXlKFD6LDNdmpeYDANBgkqhkiG9w0BAQsFADBPMQswCQYD\nVQQGEwJUVzEjMCEGA1UECgwaQ2h1bmdod2EgVGVsZWNvbSBDby4sIEx0ZC4xGzAZBgNVBAMM\nEkhpUEtJIFJvb3QgQ0EgLSBHMTAeFw0xOTAyMjIwOTQ2MDRaFw0zNzEyMzExNTU5NTlaME8x\nCzAJBgNVBAYTAlRXMSMwIQYDVQQKDBpDaHVuZ2h3YSBUZWxlY29tIENvLiwgTHRkLjEbMBkG\nA1UEAwwSSGlQS0kgUm9vdCBDQSAtIEcxMIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKC\nAgEA9B5/UnMyDHPkvRN0o9QwqNCuS9i233VHZvR85zkEHmpwINJaR3JnVfSl6J3VHiGh8Ge6\nzCFovkRTv4354twvVcg3Px+kwJyz5HdcoEb+d/oaoDjq7Zpy3iu9lFc6uux55199QmQ5eiY2\n9yTw1S+6lZgRZq2XNdZ1AYDgr/SEYYwNHl98h5ZeQa/rh+r4XfEuiAU+TCK72h8q3VJGZDnz\nQs7ZngyzsHeXZJzA9KMuH5UHsBffMNsAGJZMoYFL3QRtU6M9/Aes1MU3guvklQgZKILSQjqj\n2FPseYlgSGDIcpJQ3AOPgz+yQlda22rpEZfdhSi8MEyr48KxRURHH+CKFgeW0iEPU8DtqX7U\nTuybCeyvQqww1r/REEXgphaypcXTT3OUM3ECoWqj1jOXTyFjHluP2cFeRXF3D4FdXyGarYPM\n+l7WjSNfGz1BryB1ZlpK9p/7qxj3ccC2HTHsOyDry+K49a6SsvfhhEvyovKTmiKe0xRvNlS9\nH15ZFblzqMF8b3ti6RZsR1pl8w4Rm0bZ/W3c1pzAtH2lsN0/Vm+h+fbkEkj9Bn8SV7apI09b\nA8PgcSojt/ewsTu8mL3WmKgMa/aOEmem8rJY5AIJEzypuxC00jBF8ez3ABHfZfjcK0NVvxaX\nxA/VLGGEqnKG/uY6fsI/fe78LxQ+5oXdUG+3Se0CAwEAAaNCMEAwDwYDVR0TAQH/BAUwAwEB\n/zAdBgNVHQ4EFgQU8ncX+l6o/vY9cdVouslGDDjYr7AwDgYDVR0PAQH/BAQDAgGGMA0GCSqG\nSIb3DQEBCwUAA4ICAQBQUfB13HAE4/+qddRxosuej6ip0691x1TPOhwEmSKsxBHi7zNKpiMd\nDg1H2DfHb680f0+BazVP6XKlMeJ45/dOlBhbQH3PayFUhuaVevvGyuqcSE5XCV0vrPSltJcz\nWNWseanMX/mF+lLFjfiRFOs6DRfQUsJ748JzjkZ4Bjgs6FzaZsT0pPBWGTMpWmWSBUdGSquE\nwx4noR8RkpkndZMPvDY7l1ePJlsMu5wP1G4wB9TcXzZoZjmDlicmisjEOf6aIW/Vcobpf2Ll\nl07QJNBAsNB1CI69aO4I1258EHBGG3zgiLKecoaZAeO/n0kZtCW+VmWuF2PlHt/o/0elv+Em\nBYTksMCv5wiZqAxeJoBF1PhoL5aPruJKHJwWDBNvOIf2u8g0X5IDUXlwpt/L9ZlNec1OvFef\nQ05rLisY+GpzjLrFNe85akEez3GoorKGB1s6yeHvP2UEgEcyRHCVTjFnanRbEEV16rCf0OY1\n/k6fi8wrkkVbbiVghUbN0aqwdmaTd5a+g744tiROJgvM7XpWGuDpWsZkrUx6AEhEL7lAuxM+\nvhV4nYWBSipX3tUZQ9rbyltHhoMLP7YNdnhzeSJesYAfz77RP1YQmCuVh6EfnWQUYDksswBV\nLuT1sw5XxJFBAJw/6KXf6vb/yPCtbVKoF6ubYfwSUTXkJf2vqmqGOQ==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIB3DCCAYOgAwIBAgINAgPlfvU/k/2lCSGypjAKBggqhkjOPQQDAjBQMSQwIgYDVQQLExtH\nbG9iYWxTaWduIEVDQyBSb290IENBIC0gUjQxEzARBgNVBAoTCkdsb2JhbFNpZ24xEzARBgNV\nBAMTCkdsb2JhbFNpZ24wHhcNMTIxMTEzMDAwMDAwWhcNMzgwMTE5MDMxNDA3WjBQMSQwIgYD\nVQQLExtHbG9iYWxTaWduIEVDQyBSb290IENBIC0gUjQxEzARBgNVBAoTCkdsb2JhbFNpZ24x\nEzARBgNVBAMTCkdsb2JhbFNpZ24wWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAS4xnnTj2wl\nDp8uORkcA6SumuU5BwkWymOxuYb4ilfBV85C+nOh92VC/x7BALJucw7/xyHlGKSq2XE/qNS5\nzowdo0IwQDAOBgNVHQ8BAf8EBAMCAYYwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUVLB7\nrUW44kB/+wpu+74zyTyjhNUwCgYIKoZIzj0EAwIDRwAwRAIgIk90crlgr/HmnKAWBVBfw147\nbmF0774BxL4YSFlhgjICICadVGNA3jdgUM/I2O2dgq43mLyjj0xMqTQrbO/7lZsm\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFVzCCAz+gAwIBAgINAgPlk28xsBNJiGuiFzANBgkqhkiG9w0BAQwFADBHMQswCQYDVQQG\nEwJVUzEiMCAGA1UEChMZR29vZ2xlIFRydXN0IFNlcnZpY2VzIExMQzEUMBIGA1UEAxMLR1RT\nIFJvb3QgUjEwHhcNMTYwNjIyMDAwMDAwWhcNMzYwNjIyMDAwMDAwWjBHMQswCQYDVQQGEwJV\nUzEiMCAGA1UEChMZR29vZ2xlIFRydXN0IFNlcnZpY2VzIExMQzEUMBIGA1UEAxMLR1RTIFJv\nb3QgUjEwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQC2EQKLHuOhd5s73L+UPreV\np0A8of2C+X0yBoJx9vaMf/vo27xqLpeXo4xL+Sv2sfnOhB2x+cWX3u+58qPpvBKJXqeqUqv4\nIyfLpLGcY9vXmX7wCl7raKb0xlpHDU0QM+NOsROjyBhsS+z8CZDfnWQpJSMHobTSPS5g4M/S\nCYe7zUjwTcLCeoiKu7rPWRnWr4+wB7CeMfGCwcDfLqZtbBkOtdh+JhpFAz2weaSUKK0Pfybl\nqAj+lug8aJRT7oM6iCsVlgmy4HqMLnXWnOunVmSPlk9orj2XwoSPwLxAwAtcvfaHszVsrBhQ\nf4TgTM2S0yDpM7xSma8ytSmzJSq0SPly4cpk9+aCEI3oncKKiPo4Zor8Y/kB+Xj9e1x3+naH\n+uzfsQ55lVe0vSbv1gHR6xYKu44LtcXFilWr06zqkUspzBmkMiVOKvFlRNACzqrOSbTqn3yD\nsEB750Orp2yjj32JgfpMpf/VjsPOS+C12LOORc92wO1AK/1TD7Cn1TsNsYqiA94xrcx36m97\nPtbfkSIS5r762DL8EGMUUXLeXdYWk70paDPvOmbsB4om3xPXV2V4J95eSRQAogB/mqghtqmx\nlbCluQ0WEdrHbEg8QOB+DVrNVjzRlwW5y0vtOUucxD/SVRNuJLDWcfr0wbrM7Rv1/oFB2ACY\nPTrIrnqYNxgFlQIDAQABo0IwQDAOBgNVHQ8BAf8EBAMCAYYwDwYDVR0TAQH/BAUwAwEB/zAd\nBgNVHQ4EFgQU5K8rJnEaK0gnhS9SZizv8IkTcT4wDQYJKoZIhvcNAQEMBQADggIBAJ+qQibb\nC5u+/x6Wki4+omVKapi6Ist9wTrYggoGxval3sBOh2Z5ofmmWJyq+bXmYOfg6LEeQkEzCzc9\nzolwFcq1JKjPa7XSQCGYzyI0zzvFIoTgxQ6KfF2I5DUkzps+GlQebtuyh6f88/qBVRRiClmp\nIgUxPoLW7ttXNLwzldMXG+gnoot7TiYaelpkttGsN/H9oPM47HLwEXWdyzRSjeZ2axfG34ar\nJ45JK3VmgRAhpuo+9K4l/3wV3s6MJT/KYnAK9y8JZgfIPxz88NtFMN9iiMG1D53Dn0reWVlH\nxYciNuaCp+0KueIHoI17eko8cdLiA6EfMgfdG+RCzgwARWGAtQsgWSl4vflVy2PFPEz0tv/b\nal8xa5meLMFrUKTX5hgUvYU/Z6tGn6D/Qqc6f1zLXbBwHSs09dR2CQzreExZBfMzQsNhFRAb\nd03OIozUhfJFfbdT6u9AWpQKXCBfTkBdYiJ23//OYb2MI3jSNwLgjt7RETeJ9r/tSQdirpLs\nQBqvFAnZ0E6yove+7u7Y/9waLd64NnHi/Hm3lCXRSHNboTXns5lndcEZOitHTtNCjv0xyBZm\n2tIMPNuzjsmhDYAPexZ3FL//2wmUspO8IFgV6dtxQ/PeEMMA3KgqlbbC1j+Qa3bbbP6MvPJw\nNQzcmRk13NfIRmPVNnGuV/u3gm3c\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFVzCCAz+gAwIBAgINAgPlrsWNBCUaqxElqjANBgkqhkiG9w0BAQwFADBHMQswCQYDVQQG\nEwJVUzEiMCAGA1UEChMZR29vZ2xlIFRydXN0IFNlcnZpY2VzIExMQzEUMBIGA1UEAxMLR1RT\nIFJvb3QgUjIwHhcNMTYwNjIyMDAwMDAwWhcNMzYwNjIyMDAwMDAwWjBHMQswCQYDVQQGEwJV\nUzEiMCAGA1UEChMZR29vZ2xlIFRydXN0IFNlcnZpY2VzIExMQzEUMBIGA1UEAxMLR1RTIFJv\nb3QgUjIwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQDO3v2m++zsFDQ8BwZabFn3\nGTXd98GdVarTzTukk3LvCvptnfbwhYBboUhSnznFt+4orO/LdmgUud+tAWyZH8QiHZ/+cnfg\nLFuv5AS/T3KgGjSY6Dlo7JUle3ah5mm5hRm9iYz+re026nO8/4Piy33B0s5Ks40FnotJk9/B\nW9BuXvAuMC6C/Pq8tBcKSOWIm8Wba96wyrQD8Nr0kLhlZPdcTK3ofmZemde4wj7I0BOdre7k\nRXuJVfeKH2JShBKzwkCX44ofR5GmdFrS+LFjKBC4swm4VndAoiaYecb+3yXuPuWgf9RhD1FL\nPD+M2uFwdNjCaKH5wQzpoeJ/u1U8dgbuak7MkogwTZq9TwtImoS1mKPV+3PBV2HdKFZ1E66H\njucMUQkQdYhMvI35ezzUIkgfKtzra7tEscszcTJGr61K8YzodDqs5xoic4DSMPclQsciOzsS\nrZYuxsN2B6ogtzVJV+mSSeh2FnIxZyuWfoqjx5RWIr9qS34BIbIjMt/kmkRtWVtd9QCgHJvG\neJeNkP+byKq0rxFROV7Z+2et1VsRnTKaG73VululycslaVNVJ1zgyjbLiGH7HrfQy+4W+9Om\nTN6SpdTi3/UGVN4unUu0kzCqgc7dGtxRcw1PcOnlthYhGXmy5okLdWTK1au8CcEYof/UVKGF\nPP0UJAOyh9OktwIDAQABo0IwQDAOBgNVHQ8BAf8EBAMCAYYwDwYDVR0TAQH/BAUwAwEB/zAd\nBgNVHQ4EFgQUu//KjiOfT5nK2+JopqUVJxce2Q4wDQYJKoZIhvcNAQEMBQADggIBAB/Kzt3H\nvqGf2SdMC9wXmBFqiN495nFWcrKeGk6c1SuYJF2ba3uwM4IJvd8lRuqYnrYb/oM80mJhwQTt\nzuDFycgTE1XnqGOtjHsB/ncw4c5omwX4Eu55MaBBRTUoCnGkJE+M3DyCB19m3H0Q/gxhswWV\n7uGugQ+o+MePTagjAiZrHYNSVc61LwDKgEDg4XSsYPWHgJ2uNmSRXbBoGOqKYcl3qJfEycel\n/FVL8/B/uWU9J2jQzGv6U53hkRrJXRqWbTKH7QMgyALOWr7Z6v2yTcQvG99fevX4i8buMTol\nUVVnjWQye+mew4K6Ki3pHrTgSAai/GevHyICc/sgCq+dVEuhzf9gR7A/Xe8bVr2XIZYtCtFe\nnTgCR2y59PYjJbigapordwj6xLEokCZYCDzifqrXPW+6MYgKBesntaFJ7qBFVHvmJ2WZICGo\no7z7GJa7Um8M7YNRTOlZ4iBgxcJlkoKM8xAfDoqXvneCbT+PHV28SSe9zE8P4c52hgQjxcCM\nElv924SgJPFI/2R80L5cFtHvma3AH/vLrrw4IgYmZNralw4/KBVEqE8AyvCazM90arQ+POuV\n7LXTWtiBmelDGDfrs7vRWGJB82bSj6p4lVQgw1oudCvV0b4YacCs1aTPObpRhANl6WLAYv7Y\nTVWW4tAR+kg0Eeye7QUd5MjWHYbL\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICCTCCAY6gAwIBAgINAgPluILrIPglJ209ZjAKBggqhkjOPQQDAzBHMQswCQYDVQQGEwJV\nUzEiMCAGA1UEChMZR29vZ2xlIFRydXN0IFNlcnZpY2VzIExMQzEUMBIGA1UEAxMLR1RTIFJv\nb3QgUjMwHhcNMTYwNjIyMDAwMDAwWhcNMzYwNjIyMDAwMDAwWjBHMQswCQYDVQQGEwJVUzEi\nMCAGA1UEChMZR29vZ2xlIFRydXN0IFNlcnZpY2VzIExMQzEUMBIGA1UEAxMLR1RTIFJvb3Qg\nUjMwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQfTzOHMymKoYTey8chWEGJ6ladK0uFxh1MJ7x/\nJlFyb+Kf1qPKzEUURout736GjOyxfi//qXGdGIRFBEFVbivqJn+7kAHjSxm65FSWRQmx1WyR\nRK2EE46ajA2ADDL24CejQjBAMA4GA1UdDwEB/wQEAwIBhjAPBgNVHRMBAf8EBTADAQH/MB0G\nA1UdDgQWBBTB8Sa6oC2uhYHP0/EqEr24Cmf9vDAKBggqhkjOPQQDAwNpADBmAjEA9uEglRR7\nVKOQFhG/hMjqb2sXnh5GmCCbn9MN2azTL818+FsuVbu/3ZL3pAzcMeGiAjEA/JdmZuVDFhOD\n3cffL74UOO0BzrEXGhF16b0DjyZ+hOXJYKaV11RZt+cRLInUue4X\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICCTCCAY6gAwIBAgINAgPlwGjvYxqccpBQUjAKBggqhkjOPQQDAzBHMQswCQYDVQQGEwJV\nUzEiMCAGA1UEChMZR29vZ2xlIFRydXN0IFNlcnZpY2VzIExMQzEUMBIGA1UEAxMLR1RTIFJv\nb3QgUjQwHhcNMTYwNjIyMDAwMDAwWhcNMzYwNjIyMDAwMDAwWjBHMQswCQYDVQQGEwJVUzEi\nMCAGA1UEChMZR29vZ2xlIFRydXN0IFNlcnZpY2VzIExMQzEUMBIGA1UEAxMLR1RTIFJvb3Qg\nUjQwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAATzdHOnaItgrkO4NcWBMHtLSZ37wWHO5t5GvWvV\nYRg1rkDdc/eJkTBa6zzuhXyiQHY7qca4R9gq55KRanPpsXI5nymfopjTX15YhmUPoYRlBtHc\ni8nHc8iMai/lxKvRHYqjQjBAMA4GA1UdDwEB/wQEAwIBhjAPBgNVHRMBAf8EBTADAQH/MB0G\nA1UdDgQWBBSATNbrdP9JNqPV2Py1PsVq8JQdjDAKBggqhkjOPQQDAwNpADBmAjEA6ED/g94D\n9J+uHXqnLrmvT/aDHQ4thQEd0dlq7A/Cr8deVl5c1RxYIigL9zC2L7F8AjEA8GE8p/SgguMh\n1YQdc4acLa/KNJvxn7kjNuK8YAOdgLOaVsjh4rsUecrNIdSUtUlD\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFdDCCA1ygAwIBAgIPAWdfJ9b+euPkrL4JWwWeMA0GCSqGSIb3DQEBCwUAMEQxCzAJBgNV\nBAYTAkZJMRowGAYDVQQKDBFUZWxpYSBGaW5sYW5kIE95ajEZMBcGA1UEAwwQVGVsaWEgUm9v\ndCBDQSB2MjAeFw0xODExMjkxMTU1NTRaFw00MzExMjkxMTU1NTRaMEQxCzAJBgNVBAYTAkZJ\nMRowGAYDVQQKDBFUZWxpYSBGaW5sYW5kIE95ajEZMBcGA1UEAwwQVGVsaWEgUm9vdCBDQSB2\nMjCCAiIwDQYJKoZIhvcNAQEBBQADggIPADCCAgoCggIBALLQPwe84nvQa5n44ndp586dpAO8\ngm2h/oFlH0wnrI4AuhZ76zBqAMCzdGh+sq/H1WKzej9Qyow2RCRj0jbpDIX2Q3bVTKFgcmfi\nKDOlyzG4OiIjNLh9vVYiQJ3q9HsDrWj8soFPmNB06o3lfc1jw6P23pLCWBnglrvFxKk9pXSW\n/q/5iaq9lRdU2HhE8Qx3FZLgmEKnpNaqIJLNwaCzlrI6hEKNfdWV5Nbb6WLEWLN5xYzTNTOD\nn3WhUidhOPFZPY5Q4L15POdslv5e2QJltI5c0BE0312/UqeBAMN/mUWZFdUXyApT7GPzmX3M\naRKGwhfwAZ6/hLzRUssbkmbOpFPlob/E2wnW5olWK8jjfN7j/4nlNW4o6GwLI1GpJQXrSPjd\nscr6bAhR77cYbETKJuFzxokGgeWKrLDiKca5JLNrRBH0pUPCTEPlcDaMtjNXepUugqD0XBCz\nYYP2AgWGLnwtbNwDRm41k9V6lS/eINhbfpSQBGq6WT0EBXWdN6IOLj3rwaRSg/7Qa9RmjtzG\n6RJOHSpXqhC8fF6CfaamyfItufUXJ63RDolUK5X6wK0dmBR4M0KGCqlztft0DbcbMBnEWg4c\nJ7faGND/isgFuvGqHKI3t+ZIpEYslOqodmJHixBTB0hXbOKSTbauBcvcwUpej6w9GU7C7WB1\nK9vBykLVAgMBAAGjYzBhMB8GA1UdIwQYMBaAFHKs5DN5qkWH9v2sHZ7Wxy+G2CQ5MB0GA1Ud\nDgQWBBRyrOQzeapFh/b9rB2e1scvhtgkOTAOBgNVHQ8BAf8EBAMCAQYwDwYDVR0TAQH/BAUw\nAwEB/zANBgkqhkiG9w0BAQsFAAOCAgEAoDtZpwmUPjaE0n4vOaWWl/oRrfxn83EJ8rKJhGdE\nr7nv7ZbsnGTbMjBvZ5qsfl+yqwE2foH65IRe0qw24GtixX1LDoJt0nZi0f6X+J8wfBj5tFJ3\ngh1229MdqfDBmgC9bXXYfef6xzijnHDoRnkDry5023X4blMMA8iZGok1GTzTyVR8qPAs5m4H\neW9q4ebqkYJpCh3DflminmtGFZhb069GHWLIzoBSSRE/yQQSwxN8PzuKlts8oB4KtItUsiRn\nDe+Cy748fdHif64W1lZYudogsYMVoe+KTTJvQS8TUoKU1xrBeKJR3Stwbbca+few4GeXVtt8\nYVMJAygCQMez2P2ccGrGKMOF6eLtGpOg3kuYooQ+BXcBlj37tCAPnHICehIv1aO6UXivKitE\nZU61/Qrowc15h2Er3oBXRb9n8ZuRXqWk7FlIEA04x7D6w0RtBPV4UBySllva9bguulvP5fBq\nnUsvWHMtTy3EHD70sz+rFQ47GUGKpMFXEmZxTPpT41frYpUJnlTd0cI8Vzy9OK2YZLe4A5pT\nVmBds9hCG1xLEooc6+t9xnppxyd/pPiL8uSUZodL6ZQHCRJ5irLrdATczvREWeAWysUsWNc8\ne89ihmpQfTU2Zqf7N+cox9jQraVplI/owd8k+BsHMYeB2F326CjYSlKArBPuUBQemMc=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIC2zCCAmCgAwIBAgIQfMmPK4TX3+oPyWWa00tNljAKBggqhkjOPQQDAzBIMQswCQYDVQQG\nEwJERTEVMBMGA1UEChMMRC1UcnVzdCBHbWJIMSIwIAYDVQQDExlELVRSVVNUIEJSIFJvb3Qg\nQ0EgMSAyMDIwMB4XDTIwMDIxMTA5NDUwMFoXDTM1MDIxMTA5NDQ1OVowSDELMAkGA1UEBhMC\nREUxFTATBgNVBAoTDEQtVHJ1c3QgR21iSDEiMCAGA1UEAxMZRC1UUlVTVCBCUiBSb290IENB\nIDEgMjAyMDB2MBAGByqGSM49AgEGBSuBBAAiA2IABMbLxyjR+4T1mu9CFCDhQ2tuda38KwOE\n1HaTJddZO0Flax7mNCq7dPYSzuht56vkPE4/RAiLzRZxy7+SmfSk1zxQVFKQhYN4lGdnoxwJ\nGT11NIXe7WB9xwy0QVK5buXuQqOCAQ0wggEJMA8GA1UdEwEB/wQFMAMBAf8wHQYDVR0OBBYE\nFHOREKv/VbNafAkl1bK6CKBrqx9tMA4GA1UdDwEB/wQEAwIBBjCBxgYDVR0fBIG+MIG7MD6g\nPKA6hjhodHRwOi8vY3JsLmQtdHJ1c3QubmV0L2NybC9kLXRydXN0X2JyX3Jvb3RfY2FfMV8y\nMDIwLmNybDB5oHegdYZzbGRhcDovL2RpcmVjdG9yeS5kLXRydXN0Lm5ldC9DTj1ELVRSVVNU\nJTIwQlIlMjBSb290JTIwQ0ElMjAxJTIwMjAyMCxPPUQtVHJ1c3QlMjBHbWJILEM9REU/Y2Vy\ndGlmaWNhdGVyZXZvY2F0aW9ubGlzdDAKBggqhkjOPQQDAwNpADBmAjEAlJAtE/rhY/hhY+it\nhXhUkZy4kzg+GkHaQBZTQgjKL47xPoFWwKrY7RjEsK70PvomAjEA8yjixtsrmfu3Ubgko6SU\neho/5jbiA1czijDLgsfWFBHVdWNbFJWcHwHP2NVypw87\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIC2zCCAmCgAwIBAgIQXwJB13qHfEwDo6yWjfv/0DAKBggqhkjOPQQDAzBIMQswCQYDVQQG\nEwJERTEVMBMGA1UEChMMRC1UcnVzdCBHbWJIMSIwIAYDVQQDExlELVRSVVNUIEVWIFJvb3Qg\nQ0EgMSAyMDIwMB4XDTIwMDIxMTEwMDAwMFoXDTM1MDIxMTA5NTk1OVowSDELMAkGA1UEBhMC\nREUxFTATBgNVBAoTDEQtVHJ1c3QgR21iSDEiMCAGA1UEAxMZRC1UUlVTVCBFViBSb290IENB\nIDEgMjAyMDB2MBAGByqGSM49AgEGBSuBBAAiA2IABPEL3YZDIBnfl4XoIkqbz52Yv7QFJsnL\n46bSj8WeeHsxiamJrSc8ZRCC/N/DnU7wMyPE0jL1HLDfMxddxfCxivnvubcUyilKwg+pf3Vl\nSSowZ/Rk99Yad9rDwpdhQntJraOCAQ0wggEJMA8GA1UdEwEB/wQFMAMBAf8wHQYDVR0OBBYE\nFH8QARY3OqQo5FD4pPfsazK2/umLMA4GA1UdDwEB/wQEAwIBBjCBxgYDVR0fBIG+MIG7MD6g\nPKA6hjhodHRwOi8vY3JsLmQtdHJ1c3QubmV0L2NybC9kLXRydXN0X2V2X3Jvb3RfY2FfMV8y\nMDIwLmNybDB5oHegdYZzbGRhcDovL2RpcmVjdG9yeS5kLXRydXN0Lm5ldC9DTj1ELVRSVVNU\nJTIwRVYlMjBSb290JTIwQ0ElMjAxJTIwMjAyMCxPPUQtVHJ1c3QlMjBHbWJILEM9REU/Y2Vy\ndGlmaWNhdGVyZXZvY2F0aW9ubGlzdDAKBggqhkjOPQQDAwNpADBmAjEAyjzGKnXCXnViOTYA\nYFqLwZOZzNnbQTs7h5kXO9XMT8oi96CAy/m0sRtW9XLS/BnRAjEAkfcwkz8QRitxpNA7RJvA\nKQIFskF3UfN5Wp6OFKBOQtJbgfM0agPnIjhQW+0ZT0MW\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICGTCCAZ+gAwIBAgIQCeCTZaz32ci5PhwLBCou8zAKBggqhkjOPQQDAzBOMQswCQYDVQQG\nEwJVUzEXMBUGA1UEChMORGlnaUNlcnQsIEluYy4xJjAkBgNVBAMTHURpZ2lDZXJ0IFRMUyBF\nQ0MgUDM4NCBSb290IEc1MB4XDTIxMDExNTAwMDAwMFoXDTQ2MDExNDIzNTk1OVowTjELMAkG\nA1UEBhMCVVMxFzAVBgNVBAoTDkRpZ2lDZXJ0LCBJbmMuMSYwJAYDVQQDEx1EaWdpQ2VydCBU\nTFMgRUNDIFAzODQgUm9vdCBHNTB2MBAGByqGSM49AgEGBSuBBAAiA2IABMFEoc8Rl1Ca3iOC\nNQfN0MsYndLxf3c1TzvdlHJS7cI7+Oz6e2tYIOyZrsn8aLN1udsJ7MgT9U7GCh1mMEy7H0cK\nPGEQQil8pQgO4CLp0zVozptjn4S1mU1YoI71VOeVyaNCMEAwHQYDVR0OBBYEFMFRRVBZqz7n\nLFr6ICISB4CIfBFqMA4GA1UdDwEB/wQEAwIBhjAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49\nBAMDA2gAMGUCMQCJao1H5+z8blUD2WdsJk6Dxv3J+ysTvLd6jLRl0mlpYxNjOyZQLgGheQaR\nnUi/wr4CMEfDFXuxoJGZSZOoPHzoRgaLLPIxAJSdYsiJvRmEFOml+wG4DXZDjC5Ty3zfDBeW\nUA==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFZjCCA06gAwIBAgIQCPm0eKj6ftpqMzeJ3nzPijANBgkqhkiG9w0BAQwFADBNMQswCQYD\nVQQGEwJVUzEXMBUGA1UEChMORGlnaUNlcnQsIEluYy4xJTAjBgNVBAMTHERpZ2lDZXJ0IFRM\nUyBSU0E0MDk2IFJvb3QgRzUwHhcNMjEwMTE1MDAwMDAwWhcNNDYwMTE0MjM1OTU5WjBNMQsw\nCQYDVQQGEwJVUzEXMBUGA1UEChMORGlnaUNlcnQsIEluYy4xJTAjBgNVBAMTHERpZ2lDZXJ0\nIFRMUyBSU0E0MDk2IFJvb3QgRzUwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQCz\n0PTJeRGd/fxmgefM1eS87IE+ajWOLrfn3q/5B03PMJ3qCQuZvWxX2hhKuHisOjmopkisLnLl\nvevxGs3npAOpPxG02C+JFvuUAT27L/gTBaF4HI4o4EXgg/RZG5Wzrn4DReW+wkL+7vI8toUT\nmDKdFqgpwgscONyfMXdcvyej/Cestyu9dJsXLfKB2l2w4SMXPohKEiPQ6s+d3gMXsUJKoBZM\npG2T6T867jp8nVid9E6P/DsjyG244gXazOvswzH016cpVIDPRFtMbzCe88zdH5RDnU1/cHAN\n1DrRN/BsnZvAFJNY781BOHW8EwOVfH/jXOnVDdXifBBiqmvwPXbzP6PosMH976pXTayGpxi0\nKcEsDr9kvimM2AItzVwv8n/vFfQMFawKsPHTDU9qTXeXAaDxZre3zu/O7Oyldcqs4+Fj97ih\nBMi8ez9dLRYiVu1ISf6nL3kwJZu6ay0/nTvEF+cdLvvyz6b84xQslpghjLSR6Rlgg/IwKwZz\nUNWYOwbpx4oMYIwo+FKbbuH2TbsGJJvXKyY//SovcfXWJL5/MZ4PbeiPT02jP/816t9JXkGP\nhvnxd3lLG7SjXi/7RgLQZhNeXoVPzthwiHvOAbWWl9fNff2C+MIkwcoBOU+NosEUQB+cZtUM\nCUbW8tDRSHZWOkPLtgoRObqME2wGtZ7P6wIDAQABo0IwQDAdBgNVHQ4EFgQUUTMc7TZArxfT\nJc1paPKvTiM+s0EwDgYDVR0PAQH/BAQDAgGGMA8GA1UdEwEB/wQFMAMBAf8wDQYJKoZIhvcN\nAQEMBQADggIBAGCmr1tfV9qJ20tQqcQjNSH/0GEwhJG3PxDPJY7Jv0Y02cEhJhxwGXIeo8mH\n/qlDZJY6yFMECrZBu8RHANmfGBg7sg7zNOok992vIGCukihfNudd5N7HPNtQOa27PShNlnx2\nxlv0wdsUpasZYgcYQF+Xkdycx6u1UQ3maVNVzDl92sURVXLFO4uJ+DQtpBflF+aZfTCIITfN\nMBc9uPK8qHWgQ9w+iUuQrm0D4ByjoJYJu32jtyoQREtGBzRj7TG5BO6jm5qu5jF49OokYTur\nWGT/u4cnYiWB39yhL/btp/96j1EuMPikAdKFOV8BmZZvWltwGUb+hmA+rYAQCd05JS9Yf7vS\ndPD3Rh9GOUrYU9DzLjtxpdRv/PNn5AeP3SYZ4Y1b+qOTEZvpyDrDVWiakuFSdjjo4bq9+0/V\n77PnSIMx8IIh47a+p6tv75/fTM8BuGJqIz3nCU2AG3swpMPdB380vqQmsvZB6Akd4yCYqjdP\n//fx4ilwMUc/dNAUFvohigLVigmUdy7yWSiLfFCSCmZ4OIN1xLVaqBHG5cGdZlXPU8Sv13WF\nqUITVuwhd4GTWgzqltlJyqEI8pc7bZsEGCREjnwB8twl2F6GmrE52/WRMmrRpnCKovfepEWF\nJqgejF0pW8hL2JpqA15w8oVPbEtoL8pU9ozaMv7Da4M/OMZ+\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFRzCCAy+gAwIBAgIRAI4P+UuQcWhlM1T01EQ5t+AwDQYJKoZIhvcNAQELBQAwPTELMAkG\nA1UEBhMCVVMxEjAQBgNVBAoTCUNlcnRhaW5seTEaMBgGA1UEAxMRQ2VydGFpbmx5IFJvb3Qg\nUjEwHhcNMjEwNDAxMDAwMDAwWhcNNDYwNDAxMDAwMDAwWjA9MQswCQYDVQQGEwJVUzESMBAG\nA1UEChMJQ2VydGFpbmx5MRowGAYDVQQDExFDZXJ0YWlubHkgUm9vdCBSMTCCAiIwDQYJKoZI\nhvcNAQEBBQADggIPADCCAgoCggIBANA21B/q3avk0bbm+yLA3RMNansiExyXPGhjZjKcA7WN\npIGD2ngwEc/csiu+kr+O5MQTvqRoTNoCaBZ0vrLdBORrKt03H2As2/X3oXyVtwxwhi7xOu9S\n98zTm/mLvg7fMbedaFySpvXl8wo0tf97ouSHocavFwDvA5HtqRxOcT3Si2yJ9HiG5mpJoM61\n0rCrm/b01C7jcvk2xusVtyWMOvwlDbMicyF0yEqWYZL1LwsYpfSt4u5BvQF5+paMjRcCMLT5\nr3gajLQ2EBAHBXDQ9DGQilHFhiZ5shGIXsXwClTNSaa/ApzSRKft43jvRl5tcdF5cBxGX1Hp\nyTfcX35pe0HfNEXgO4T0oYoKNp43zGJS4YkNKPl6I7ENPT2a/Z2B7yyQwHtETrtJ4A5KVpK8\ny7XdeReJkd5hiXSSqOMyhb5OhaRLWcsrxXiOcVTQAjeZjOVJ6uBUcqQRBi8LjMFbvrWhsFNu\nnLhgkR9Za/kt9JQKl7XsxXYDVBtlUrpMklZRNaBA2CnbrlJ2Oy0wQJuK0EJWtLeIAaSHO1OW\nzaMWj/Nmqhexx2DgwUMFDO6bW2BvBlyHWyf5QBGenDPBt+U1VwV/J84XIIwc/PH72jEpSe31\nC4SnT8H2TsIonPru4K8H+zMReiFPCyEQtkA6qyI6BJyLm4SGcprSp6XEtHWRqSsjAgMBAAGj\nQjBAMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBTgqj8ljZ9E\nXME66C6ud0yEPmcM9DANBgkqhkiG9w0BAQsFAAOCAgEAuVevuBLaV4OPaAszHQNTVfSVcOQr\nPbA56/qJYv331hgELyE03fFo8NWWWt7CgKPBjcZq91l3rhVkz1t5BXdm6ozTaw3d8VkswTOl\nMIAVRQdFGjEitpIAq5lNOo93r6kiyi9jyhXWx8bwPWz8HA2YEGGeEaIi1wrykXprOQ4vMMM2\nSZ/g6Q8CRFA3lFV96p/2O7qUpUzpvD5RtOjKkjZUbVwlKNrdrRT90+7iIgXr0PK3aBLXWopB\nGsaSpVo7Y0VPv+E6dyIvXL9G+VoDhRNCX8reU9ditaY1BMJH/5n9hN9czulegChB8n3nHpDY\nT3Y+gjwN/KUD+nsa2UUeYNrEjvn8K8l7lcUq/6qJ34IxD3L/DCfXCh5WAFAeDJDBlrXYFIW7\npw0WwfgHJBu6haEaBQmAupVjyTrsJZ9/nbqkRxWbRHDxakvWOF5D8xh+UG7pWijmZeZ3Gzr9\nHb4DJqPb1OG7fpYnKx3upPvaJVQTA945xsMfTZDsjxtK0hzthZU4UHlG1sGQUDGpXJpuHfUz\nVounmdLyyCwzk5Iwx06MZTMQZBf9JBeW0Y3COmor6xOLRPIh80oat3df1+2IpHLlOR+Vnb5n\nwXARPbv0+Em34yaXOp/SX3z7wJl8OSngex2/DaeP0ik0biQVy96QXr8axGbqwua6OV+KmalB\nWQewLK8=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIB9zCCAX2gAwIBAgIQBiUzsUcDMydc+Y2aub/M+DAKBggqhkjOPQQDAzA9MQswCQYDVQQG\nEwJVUzESMBAGA1UEChMJQ2VydGFpbmx5MRowGAYDVQQDExFDZXJ0YWlubHkgUm9vdCBFMTAe\nFw0yMTA0MDEwMDAwMDBaFw00NjA0MDEwMDAwMDBaMD0xCzAJBgNVBAYTAlVTMRIwEAYDVQQK\nEwlDZXJ0YWlubHkxGjAYBgNVBAMTEUNlcnRhaW5seSBSb290IEUxMHYwEAYHKoZIzj0CAQYF\nK4EEACIDYgAE3m/4fxzf7flHh4axpMCK+IKXgOqPyEpeKn2IaKcBYhSRJHpcnqMXfYqGITQY\nUBsQ3tA3SybHGWCA6TS9YBk2QNYphwk8kXr2vBMj3VlOBF7PyAIcGFPBMdjaIOlEjeR2o0Iw\nQDAOBgNVHQ8BAf8EBAMCAQYwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQU8ygYy2R17ikq\n6+2uI1g4hevIIgcwCgYIKoZIzj0EAwMDaAAwZQIxALGOWiDDshliTd6wT99u0nCK8Z9+aozm\nut6Dacpps6kFtZaSF4fC0urQe87YQVt8rgIwRt7qy12a7DLCZRawTDBcMPPaTnOGBtjOiQRI\nNzf43TNRnXCve1XYAS59BWQOhriR\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICODCCAb6gAwIBAgIJANZdm7N4gS7rMAoGCCqGSM49BAMDMGExCzAJBgNVBAYTAkpQMSUw\nIwYDVQQKExxTRUNPTSBUcnVzdCBTeXN0ZW1zIENPLixMVEQuMSswKQYDVQQDEyJTZWN1cml0\neSBDb21tdW5pY2F0aW9uIEVDQyBSb290Q0ExMB4XDTE2MDYxNjA1MTUyOFoXDTM4MDExODA1\nMTUyOFowYTELMAkGA1UEBhMCSlAxJTAjBgNVBAoTHFNFQ09NIFRydXN0IFN5c3RlbXMgQ08u\nLExURC4xKzApBgNVBAMTIlNlY3VyaXR5IENvbW11bmljYXRpb24gRUNDIFJvb3RDQTEwdjAQ\nBgcqhkjOPQIBBgUrgQQAIgNiAASkpW9gAwPDvTH00xecK4R1rOX9PVdu12O/5gSJko6BnOPp\nR27KkBLIE+CnnfdldB9sELLo5OnvbYUymUSxXv3MdhDYW72ixvnWQuRXdtyQwjWpS4g8Ekdt\nXP9JTxpKULGjQjBAMB0GA1UdDgQWBBSGHOf+LaVKiwj+KBH6vqNm+GBZLzAOBgNVHQ8BAf8E\nBAMCAQYwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAwNoADBlAjAVXUI9/Lbu9zuxNuie\n9sRGKEkz0FhDKmMpzE2xtHqiuQ04pV1IKv3LsnNdo4gIxwwCMQDAqy0Obe0YottT6SXbVQjg\nUMzfRGEWgqtJsLKB7HOHeLRMsmIbEvoWTSVLY70eN9k=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFdDCCA1ygAwIBAgIQVW9l47TZkGobCdFsPsBsIDANBgkqhkiG9w0BAQsFADBUMQswCQYD\nVQQGEwJDTjEmMCQGA1UECgwdQkVJSklORyBDRVJUSUZJQ0FURSBBVVRIT1JJVFkxHTAbBgNV\nBAMMFEJKQ0EgR2xvYmFsIFJvb3QgQ0ExMB4XDTE5MTIxOTAzMTYxN1oXDTQ0MTIxMjAzMTYx\nN1owVDELMAkGA1UEBhMCQ04xJjAkBgNVBAoMHUJFSUpJTkcgQ0VSVElGSUNBVEUgQVVUSE9S\nSVRZMR0wGwYDVQQDDBRCSkNBIEdsb2JhbCBSb290IENBMTCCAiIwDQYJKoZIhvcNAQEBBQAD\nggIPADCCAgoCggIBAPFmCL3ZxRVhy4QEQaVpN3cdwbB7+sN3SJATcmTRuHyQNZ0YeYjjlwE8\nR4HyDqKYDZ4/N+AZspDyRhySsTphzvq3Rp4Dhtczbu33RYx2N95ulpH3134rhxfVizXuhJFy\nV9xgw8O558dnJCNPYwpj9mZ9S1WnP3hkSWkSl+BMDdMJoDIwOvqfwPKcxRIqLhy1BDPapDgR\nat7GGPZHOiJBhyL8xIkoVNiMpTAK+BcWyqw3/XmnkRd4OJmtWO2y3syJfQOcs4ll5+M7sSKG\njwZteAf9kRJ/sGsciQ35uMt0WwfCyPQ10WRjeulumijWML3mG90Vr4TqnMfK9Q7q8l0ph49p\nczm+LiRvRSGsxdRpJQaDrXpIhRMsDQa4bHlW/KNnMoH1V6XKV0Jp6VwkYe/iMBhORJhVb3rC\nk9gZtt58R4oRTklH2yiUAguUSiz5EtBP6DF+bHq/pj+bOT0CFqMYs2esWz8sgytnOYFcuX6U\n1WTdno9uruh8W7TXakdI136z1C2OVnZOz2nxbkRs1CTqjSShGL+9V/6pmTW12xB3uD1IutbB\n5/EjPtffhZ0nPNRAvQoMvfXnjSXWgXSHRtQpdaJCbPdzied9v3pKH9MiyRVVz99vfFXQpIsH\nETdfg6YmV6YBW37+WGgHqel62bno/1Afq8K0wM7o6v0PvY1NuLxxAgMBAAGjQjBAMB0GA1Ud\nDgQWBBTF7+3M2I0hxkjk49cULqcWk+WYATAPBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB/wQE\nAwIBBjANBgkqhkiG9w0BAQsFAAOCAgEAUoKsITQfI/Ki2Pm4rzc2IInRNwPWaZ+4YRC6ojGY\nWUfo0Q0lHhVBDOAqVdVXUsv45Mdpox1NcQJeXyFFYEhcCY5JEMEE3KliawLwQ8hOnThJdMky\ncFRtwUf8jrQ2ntScvd0g1lPJGKm1Vrl2i5VnZu69mP6u775u+2D2/VnGKhs/I0qUJDAnyIm8\n60Qkmss9vk/Ves6OF8tiwdneHg56/0OGNFK8YT88X7vZdrRTvJez/opMEi4r89fO4aL/3Xtw\n+zuhTaRjAv04l5U/BXCga99igUOLtFkNSoxUnMW7gZ/NfaXvCyUeOiDbHPwfmGcCCtRzRBPb\nUYQaVQNW4AB+dAb/OMRyHdOoP2gxXdMJxy6MW2Pg6Nwe0uxhHvLe5e/2mXZgLR6UcnHGCyoy\nx5JO1UbXHfmpGQrI+pXObSOYqgs4rZpWDW+N8TEAiMEXnM0ZNjX+VVOg4DwzX5Ze4jLp3zO7\nBkqp2IRzznfSxqxx4VyjHQy7Ct9f4qNx2No3WqB4K/TUfet27fJhcKVlmtOJNBir+3I+17Q9\neVzYH6Eze9mCUAyTF6ps3MKCuwJXNq+YJyo5UOGwifUll35HaBC07HPKs5fRJNz2YqAo07Wj\nuGS3iGJCz51TzZm+ZGiPTx4SSPfSKcOYKMryMguTjClPPGAyzQWWYezyr/6zcCwupvI=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICJTCCAaugAwIBAgIQLBcIfWQqwP6FGFkGz7RK6zAKBggqhkjOPQQDAzBUMQswCQYDVQQG\nEwJDTjEmMCQGA1UECgwdQkVJSklORyBDRVJUSUZJQ0FURSBBVVRIT1JJVFkxHTAbBgNVBAMM\nFEJKQ0EgR2xvYmFsIFJvb3QgQ0EyMB4XDTE5MTIxOTAzMTgyMVoXDTQ0MTIxMjAzMTgyMVow\nVDELMAkGA1UEBhMCQ04xJjAkBgNVBAoMHUJFSUpJTkcgQ0VSVElGSUNBVEUgQVVUSE9SSVRZ\nMR0wGwYDVQQDDBRCSkNBIEdsb2JhbCBSb290IENBMjB2MBAGByqGSM49AgEGBSuBBAAiA2IA\nBJ3LgJGNU2e1uVCxA/jlSR9BIgmwUVJY1is0j8USRhTFiy8shP8sbqjV8QnjAyEUxEM9fMEs\nxEtqSs3ph+B99iK++kpRuDCK/eHeGBIK9ke35xe/J4rUQUyWPGCWwf0VHKNCMEAwHQYDVR0O\nBBYEFNJKsVF/BvDRgh9Obl+rg/xI1LCRMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQD\nAgEGMAoGCCqGSM49BAMDA2gAMGUCMBq8W9f+qdJUDkpd0m2xQNz0Q9XSSpkZElaA94M04TVO\nSG0ED1cxMDAtsaqdAzjbBgIxAMvMh1PLet8gUXOQwKhbYdDFUDn9hf7B43j4ptZLvZuHjw/l\n1lOWqzzIQNph91Oj9w==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICOjCCAcGgAwIBAgIQQvLM2htpN0RfFf51KBC49DAKBggqhkjOPQQDAzBfMQswCQYDVQQG\nEwJHQjEYMBYGA1UEChMPU2VjdGlnbyBMaW1pdGVkMTYwNAYDVQQDEy1TZWN0aWdvIFB1Ymxp\nYyBTZXJ2ZXIgQXV0aGVudGljYXRpb24gUm9vdCBFNDYwHhcNMjEwMzIyMDAwMDAwWhcNNDYw\nMzIxMjM1OTU5WjBfMQswCQYDVQQGEwJHQjEYMBYGA1UEChMPU2VjdGlnbyBMaW1pdGVkMTYw\nNAYDVQQDEy1TZWN0aWdvIFB1YmxpYyBTZXJ2ZXIgQXV0aGVudGljYXRpb24gUm9vdCBFNDYw\ndjAQBgcqhkjOPQIBBgUrgQQAIgNiAAR2+pmpbiDt+dd34wc7qNs9Xzjoq1WmVk/WSOrsfy2q\nw7LFeeyZYX8QeccCWvkEN/U0NSt3zn8gj1KjAIns1aeibVvjS5KToID1AZTc8GgHHs3u/iVS\ntSBDHBv+6xnOQ6OjQjBAMB0GA1UdDgQWBBTRItpMWfFLXyY4qp3W7usNw/upYTAOBgNVHQ8B\nAf8EBAMCAYYwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAwNnADBkAjAn7qRaqCG76UeX\nlImldCBteU/IvZNeWBj7LRoAasm4PdCkT0RHlAFWovgzJQxC36oCMB3q4S6ILuH5px0CMk7y\nn2xVdOOurvulGu7t0vzCAxHrRVxgED1cf5kDW21USAGKcw==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFijCCA3KgAwIBAgIQdY39i658BwD6qSWn4cetFDANBgkqhkiG9w0BAQwFADBfMQswCQYD\nVQQGEwJHQjEYMBYGA1UEChMPU2VjdGlnbyBMaW1pdGVkMTYwNAYDVQQDEy1TZWN0aWdvIFB1\nYmxpYyBTZXJ2ZXIgQXV0aGVudGljYXRpb24gUm9vdCBSNDYwHhcNMjEwMzIyMDAwMDAwWhcN\nNDYwMzIxMjM1OTU5WjBfMQswCQYDVQQGEwJHQjEYMBYGA1UEChMPU2VjdGlnbyBMaW1pdGVk\nMTYwNAYDVQQDEy1TZWN0aWdvIFB1YmxpYyBTZXJ2ZXIgQXV0aGVudGljYXRpb24gUm9vdCBS\nNDYwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQCTvtU2UnXYASOgHEdCSe5jtrch\n/cSV1UgrJnwUUxDaef0rty2k1Cz66jLdScK5vQ9IPXtamFSvnl0xdE8H/FAh3aTPaE8bEmNt\nJZlMKpnzSDBh+oF8HqcIStw+KxwfGExxqjWMrfhu6DtK2eWUAtaJhBOqbchPM8xQljeSM9xf\niOefVNlI8JhD1mb9nxc4Q8UBUQvX4yMPFF1bFOdLvt30yNoDN9HWOaEhUTCDsG3XME6WW5Hw\ncCSrv0WBZEMNvSE6Lzzpng3LILVCJ8zab5vuZDCQOc2TZYEhMbUjUDM3IuM47fgxMMxF/mL5\n0V0yeUKH32rMVhlATc6qu/m1dkmU8Sf4kaWD5QazYw6A3OASVYCmO2a0OYctyPDQ0RTp5A1N\nDvZdV3LFOxxHVp3i1fuBYYzMTYCQNFu31xR13NgESJ/AwSiItOkcyqex8Va3e0lMWeUgFaiE\nAin6OJRpmkkGj80feRQXEgyDet4fsZfu+Zd4KKTIRJLpfSYFplhym3kT2BFfrsU4YjRosoYw\njviQYZ4ybPUHNs2iTG7sijbt8uaZFURww3y8nDnAtOFr94MlI1fZEoDlSfB1D++N6xybVCi0\nITz8fAr/73trdf+LHaAZBav6+CuBQug4urv7qv094PPK306Xlynt8xhW6aWWrL3DkJiy4Pmi\n1KZHQ3xtzwIDAQABo0IwQDAdBgNVHQ4EFgQUVnNYZJX5khqwEioEYnmhQBWIIUkwDgYDVR0P\nAQH/BAQDAgGGMA8GA1UdEwEB/wQFMAMBAf8wDQYJKoZIhvcNAQEMBQADggIBAC9cmTz8Bl6M\nlC5w6tIyMY208FHVvArzZJ8HXtXBc2hkeqK5Duj5XYUtqDdFqij0lgVQYKlJfp/imTYpE0RH\nap1VIDzYm/EDMrraQKFz6oOht0SmDpkBm+S8f74TlH7Kph52gDY9hAaLMyZlbcp+nv4fjFg4\nexqDsQ+8FxG75gbMY/qB8oFM2gsQa6H61SilzwZAFv97fRheORKkU55+MkIQpiGRqRxOF3yE\nvJ+M0ejf5lG5Nkc/kLnHvALcWxxPDkjBJYOcCj+esQMzEhonrPcibCTRAUH4WAP+JWgiH5pa\nPHxsnnVI84HxZmduTILA7rpXDhjvLpr3Etiga+kFpaHpaPi8TD8SHkXoUsCjvxInebnMMTzD\n9joiFgOgyY9mpFuiTdaBJQbpdqQACj7LzTWb4OE4y2BThihCQRxEV+ioratF4yUQvNs+ZUH7\nG6aXD+u5dHn5HrwdVw1Hr8Mvn4dGp+smWg9WY7ViYG4A++MnESLn/pmPNPW56MORcr3Ywx65\nLvKRRFHQV80MNNVIIb/bE/FmJUNS0nAiNs2fxBx1IK1jcmMGDw4nztJqDby1ORrp0XZ60Vzk\n50lJLVU3aPAaOpg+VBeHVOmmJ1CJeyAvP/+/oYtKR5j/K3tJPsMpRmAYQqszKbrAKbkTidOI\nijlBO8n9pu0f9GBj39ItVQGL\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFiTCCA3GgAwIBAgIQb77arXO9CEDii02+1PdbkTANBgkqhkiG9w0BAQsFADBOMQswCQYD\nVQQGEwJVUzEYMBYGA1UECgwPU1NMIENvcnBvcmF0aW9uMSUwIwYDVQQDDBxTU0wuY29tIFRM\nUyBSU0EgUm9vdCBDQSAyMDIyMB4XDTIyMDgyNTE2MzQyMloXDTQ2MDgxOTE2MzQyMVowTjEL\nMAkGA1UEBhMCVVMxGDAWBgNVBAoMD1NTTCBDb3Jwb3JhdGlvbjElMCMGA1UEAwwcU1NMLmNv\nbSBUTFMgUlNBIFJvb3QgQ0EgMjAyMjCCAiIwDQYJKoZIhvcNAQEBBQADggIPADCCAgoCggIB\nANCkCXJPQIgSYT41I57u9nTPL3tYPc48DRAokC+X94xI2KDYJbFMsBFMF3NQ0CJKY7uB0ylu\n1bUJPiYYf7ISf5OYt6/wNr/y7hienDtSxUcZXXTzZGbVXcdotL8bHAajvI9AI7YexoS9UcQb\nOcGV0insS657Lb85/bRi3pZ7QcacoOAGcvvwB5cJOYF0r/c0WRFXCsJbwST0MXMwgsadugL3\nPnxEX4MN8/HdIGkWCVDi1FW24IBydm5MR7d1VVm0U3TZlMZBrViKMWYPHqIbKUBOL9975hYs\nLfy/7PO0+r4Y9ptJ1O4Fbtk085zx7AGL0SDGD6C1vBdOSHtRwvzpXGk3R2azaPgVKPC506QV\nzFpPulJwoxJF3ca6TvvC0PeoUidtbnm1jPx7jMEWTO6Af77wdr5BUxIzrlo4QqvXDz5BjXYH\nMtWrifZOZ9mxQnUjbvPNQrL8VfVThxc7wDNY8VLS+YCk8OjwO4s4zKTGkH8PnP2L0aPP2oOn\naclQNtVcBdIKQXTbYxE3waWglksejBYSd66UNHsef8JmAOSqg+qKkK3ONkRN0VHpvB/zagX9\nwHQfJRlAUW7qglFA35u5CCoGAtUjHBPW6dvbxrB6y3snm/vg1UYk7RBLY0ulBY+6uB0rpvqR\n4pJSvezrZ5dtmi2fgTIFZzL7SAg/2SW4BCUvAgMBAAGjYzBhMA8GA1UdEwEB/wQFMAMBAf8w\nHwYDVR0jBBgwFoAU+y437uOEeicuzRk1sTN8/9REQrkwHQYDVR0OBBYEFPsuN+7jhHonLs0Z\nNbEzfP/UREK5MA4GA1UdDwEB/wQEAwIBhjANBgkqhkiG9w0BAQsFAAOCAgEAjYlthEUY8U+z\noO9opMAdrDC8Z2awms22qyIZZtM7QbUQnRC6cm4pJCAcAZli05bg4vsMQtfhWsSWTVTNj8pD\nU/0quOr4ZcoBwq1gaAafORpR2eCNJvkLTqVTJXojpBzOCBvfR4iyrT7gJ4eLSYwfqUdYe5by\niB0YrrPRpgqU+tvT5TgKa3kSM/tKWTcWQA673vWJDPFs0/dRa1419dvAJuoSc06pkZCmF8Ns\nLzjUo3KUQyxi4U5cMj29TH0ZR6LDSeeWP4+a0zvkEdiLA9z2tmBVGKaBUfPhqBVq6+AL8BQx\n1rmMRTqoENjwuSfr98t67wVylrXEj5ZzxOhWc5y8aVFjvO9nHEMaX3cZHxj4HCUp+UmZKbaS\nPaKDN7EgkaibMOlqbLQjk2UEqxHzDh1TJElTHaE/nUiSEeJ9DU/1172iWD54nR4fK/4huxoT\ntrEoZP2wAgDHbICivRZQIA9ygV/MlP+7mea6kMvq+cYMwq7FGc4zoWtcu358NFcXrfA/rs3q\nr5nsLFR+jM4uElZI7xc7P0peYNLcdDa8pUNjyw9bowJWCZ4kLOGGgYz+qxcs+sjiMho6/4UI\nyYOf8kpIEFR3N+2ivEC+5BB09+Rbu7nzifmPQdjH5FCQNYA+HLhNkNPU98OwoX6EyneSMSy4\nkLGCenROmxMmtNVQZlR4rmA=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICOjCCAcCgAwIBAgIQFAP1q/s3ixdAW+JDsqXRxDAKBggqhkjOPQQDAzBOMQswCQYDVQQG\nEwJVUzEYMBYGA1UECgwPU1NMIENvcnBvcmF0aW9uMSUwIwYDVQQDDBxTU0wuY29tIFRMUyBF\nQ0MgUm9vdCBDQSAyMDIyMB4XDTIyMDgyNTE2MzM0OFoXDTQ2MDgxOTE2MzM0N1owTjELMAkG\nA1UEBhMCVVMxGDAWBgNVBAoMD1NTTCBDb3Jwb3JhdGlvbjElMCMGA1UEAwwcU1NMLmNvbSBU\nTFMgRUNDIFJvb3QgQ0EgMjAyMjB2MBAGByqGSM49AgEGBSuBBAAiA2IABEUpNXP6wrgjzhR9\nqLFNoFs27iosU8NgCTWyJGYmacCzldZdkkAZDsalE3D07xJRKF3nzL35PIXBz5SQySvOkkJY\nWWf9lCcQZIxPBLFNSeR7T5v15wj4A4j3p8OSSxlUgaNjMGEwDwYDVR0TAQH/BAUwAwEB/zAf\nBgNVHSMEGDAWgBSJjy+j6CugFFR781a4Jl9nOAuc0DAdBgNVHQ4EFgQUiY8vo+groBRUe/NW\nuCZfZzgLnNAwDgYDVR0PAQH/BAQDAgGGMAoGCCqGSM49BAMDA2gAMGUCMFXjIlbp15IkWE8e\nlDIPDAI2wv2sdDJO4fscgIijzPvX6yv/N33w7deedWo1dlJF4AIxAMeNb0Igj762TVntd00p\nxCAgRWSGOlDGxK0tk/UYfXLtqc/ErFc2KAhl3zx5Zn6g6g==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICFTCCAZugAwIBAgIQPZg7pmY9kGP3fiZXOATvADAKBggqhkjOPQQDAzBMMS4wLAYDVQQD\nDCVBdG9zIFRydXN0ZWRSb290IFJvb3QgQ0EgRUNDIFRMUyAyMDIxMQ0wCwYDVQQKDARBdG9z\nMQswCQYDVQQGEwJERTAeFw0yMTA0MjIwOTI2MjNaFw00MTA0MTcwOTI2MjJaMEwxLjAsBgNV\nBAMMJUF0b3MgVHJ1c3RlZFJvb3QgUm9vdCBDQSBFQ0MgVExTIDIwMjExDTALBgNVBAoMBEF0\nb3MxCzAJBgNVBAYTAkRFMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEloZYKDcKZ9Cg3iQZGeHk\nBQcfl+3oZIK59sRxUM6KDP/XtXa7oWyTbIOiaG6l2b4siJVBzV3dscqDY4PMwL502eCdpO5K\nTlbgmClBk1IQ1SQ4AjJn8ZQSb+/Xxd4u/RmAo0IwQDAPBgNVHRMBAf8EBTADAQH/MB0GA1Ud\nDgQWBBR2KCXWfeBmmnoJsmo7jjPXNtNPojAOBgNVHQ8BAf8EBAMCAYYwCgYIKoZIzj0EAwMD\naAAwZQIwW5kp85wxtolrbNa9d+F851F+uDrNozZffPc8dz7kUK2o59JZDCaOMDtuCCrCp1rI\nAjEAmeMM56PDr9NJLkaCI2ZdyQAUEv049OGYa3cpetskz2VAv9LcjBHo9H1/IISpQuQo\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFZDCCA0ygAwIBAgIQU9XP5hmTC/srBRLYwiqipDANBgkqhkiG9w0BAQwFADBMMS4wLAYD\nVQQDDCVBdG9zIFRydXN0ZWRSb290IFJvb3QgQ0EgUlNBIFRMUyAyMDIxMQ0wCwYDVQQKDARB\ndG9zMQswCQYDVQQGEwJERTAeFw0yMTA0MjIwOTIxMTBaFw00MTA0MTcwOTIxMDlaMEwxLjAs\nBgNVBAMMJUF0b3MgVHJ1c3RlZFJvb3QgUm9vdCBDQSBSU0EgVExTIDIwMjExDTALBgNVBAoM\nBEF0b3MxCzAJBgNVBAYTAkRFMIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAtoAO\nxHm9BYx9sKOdTSJNy/BBl01Z4NH+VoyX8te9j2y3I49f1cTYQcvyAh5x5en2XssIKl4w8i1m\nx4QbZFc4nXUtVsYvYe+W/CBGvevUez8/fEc4BKkbqlLfEzfTFRVOvV98r61jx3ncCHvVoOX3\nW3WsgFWZkmGbzSoXfduP9LVq6hdKZChmFSlsAvFr1bqjM9xaZ6cF4r9lthawEO3NUDPJcFDs\nGY6wx/J0W2tExn2WuZgIWWbeKQGb9Cpt0xU6kGpn8bRrZtkh68rZYnxGEFzedUlnnkL5/nWp\no63/dgpnQOPF943HhZpZnmKaau1Fh5hnstVKPNe0OwANwI8f4UDErmwh3El+fsqyjW22v5Mv\noVw+j8rtgI5Y4dtXz4U2OLJxpAmMkokIiEjxQGMYsluMWuPD0xeqqxmjLBvk1cbiZnrXghmm\nOxYsL3GHX0WelXOTwkKBIROW1527k2gV+p2kHYzygeBYBr3JtuP2iV2J+axEoctr+hbxx1A9\nJNr3w+SH1VbxT5Aw+kUJWdo0zuATHAR8ANSbhqRAvNncTFd+rrcztl524WWLZt+NyteYr842\nmIycg5kDcPOvdO3GDjbnvezBc6eUWsuSZIKmAMFwoW4sKeFYV+xafJlrJaSQOoD0IJ2azsct\n+bJLKZWD6TWNp0lIpw9MGZHQ9b8Q4HECAwEAAaNCMEAwDwYDVR0TAQH/BAUwAwEB/zAdBgNV\nHQ4EFgQUdEmZ0f+0emhFdcN+tNzMzjkz2ggwDgYDVR0PAQH/BAQDAgGGMA0GCSqGSIb3DQEB\nDAUAA4ICAQAjQ1MkYlxt/T7Cz1UAbMVWiLkO3TriJQ2VSpfKgInuKs1l+NsW4AmS4BjHeJi7\n8+xCUvuppILXTdiK/ORO/auQxDh1MoSf/7OwKwIzNsAQkG8dnK/haZPso0UvFJ/1TCplQ3IM\n98P4lYsU84UgYt1UU90s3BiVaU+DR3BAM1h3Egyi61IxHkzJqM7F78PRreBrAwA0JrRUITWX\nAdxfG/F851X6LWh3e9NpzNMOa7pNdkTWwhWaJuywxfW70Xp0wmzNxbVe9kzmWy2B27O3Opee\n7c9GslA9hGCZcbUztVdF5kJHdWoOsAgMrr3e97sPWD2PAzHoPYJQyi9eDF20l74gNAf0xBLh\n7tew2VktafcxBPTy+av5EzH4AXcOPUIjJsyacmdRIXrMPIWo6iFqO9taPKU0nprALN+AnCng\n33eU0aKAQv9qTFsR0PXNor6uzFFcw9VUewyu1rkGd4Di7wcaaMxZUa1+XGdrudviB0JbuAEF\nWDlN5LuYo7Ey7Nmj1m+UI/87tyll5gfp77YZ6ufCOB0yiJA8EytuzO+rdwY0d4RPcuSBhPm5\ndDTedk+SKlOxJTnbPP/lPqYO5Wue/9vsL3SD3460s6neFE3/MaNFcyT6lSnMEpcEoji2jbDw\nN/zIIX8/syQbPYtuzE2wFg2WHYMfRsCbvUOZ58SWLs5fyQ==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFpTCCA42gAwIBAgIUZPYOZXdhaqs7tOqFhLuxibhxkw8wDQYJKoZIhvcNAQEMBQAwWjEL\nMAkGA1UEBhMCQ04xJTAjBgNVBAoMHFRydXN0QXNpYSBUZWNobm9sb2dpZXMsIEluYy4xJDAi\nBgNVBAMMG1RydXN0QXNpYSBHbG9iYWwgUm9vdCBDQSBHMzAeFw0yMTA1MjAwMjEwMTlaFw00\nNjA1MTkwMjEwMTlaMFoxCzAJBgNVBAYTAkNOMSUwIwYDVQQKDBxUcnVzdEFzaWEgVGVjaG5v\nbG9naWVzLCBJbmMuMSQwIgYDVQQDDBtUcnVzdEFzaWEgR2xvYmFsIFJvb3QgQ0EgRzMwggIi\nMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIKAoICAQDAMYJhkuSUGwoqZdC+BqmHO1ES6nBBruL7\ndOoKjbmzTNyPtxNST1QY4SxzlZHFZjtqz6xjbYdT8PfxObegQ2OwxANdV6nnRM7EoYNl9lA+\nsX4WuDqKAtCWHwDNBSHvBm3dIZwZQ0WhxeiAysKtQGIXBsaqvPPW5vxQfmZCHzyLpnl5hkA1\nnyDvP+uLRx+PjsXUjrYsyUQE49RDdT/VP68czH5GX6zfZBCK70bwkPAPLfSIC7Epqq+FqklY\nqL9joDiR5rPmd2jE+SoZhLsO4fWvieylL1AgdB4SQXMeJNnKziyhWTXAyB1GJ2Faj/lN03J5\nZh6fFZAhLf3ti1ZwA0pJPn9pMRJpxx5cynoTi+jm9WAPzJMshH/x/Gr8m0ed262IPfN2dTPX\nS6TIi/n1Q1hPy8gDVI+lhXgEGvNz8teHHUGf59gXzhqcD0r83ERoVGjiQTz+LISGNzzNPy+i\n2+f3VANfWdP3kXjHi3dqFuVJhZBFcnAvkV34PmVACxmZySYgWmjBNb9Pp1Hx2BErW+Canig7\nCjoKH8GB5S7wprlppYiU5msTf9FkPz2ccEblooV7WIQn3MSAPmeamseaMQ4w7OYXQJXZRe0B\nlqq/DPNL0WP3E1jAuPP6Z92bfW1K/zJMtSU7/xxnD4UiWQWRkUF3gdCFTIcQcf+eQxuulXUt\ngQIDAQABo2MwYTAPBgNVHRMBAf8EBTADAQH/MB8GA1UdIwQYMBaAFEDk5PIj7zjKsK5Xf/Ih\nMBY027ySMB0GA1UdDgQWBBRA5OTyI+84yrCuV3/yITAWNNu8kjAOBgNVHQ8BAf8EBAMCAQYw\nDQYJKoZIhvcNAQEMBQADggIBACY7UeFNOPMyGLS0XuFlXsSUT9SnYaP4wM8zAQLpw6o1D/GU\nE3d3NZ4tVlFEbuHGLige/9rsR82XRBf34EzC4Xx8MnpmyFq2XFNFV1pF1AWZLy4jVe5jaN/T\nG3inEpQGAHUNcoTpLrxaatXeL1nHo+zSh2bbt1S1JKv0Q3jbSwTEb93mPmY+KfJLaHEih6D4\nsTNjduMNhXJEIlU/HHzp/LgV6FL6qj6jITk1dImmasI5+njPtqzn59ZW/yOSLlALqbUHM/Q4\nX6RJpstlcHboCoWASzY9M/eVVHUl2qzEc4Jl6VL1XP04lQJqaTDFHApXB64ipCz5xUG3uOyf\nT0gA+QEEVcys+TIxxHWVBqB/0Y0n3bOppHKH/lmLmnp0Ft0WpWIp6zqW3IunaFnT63eROfjX\ny9mPX1onAX1daBli2MjN9LdyR75bl87yraKZk62Uy5P2EgmVtqvXO9A/EcswFi55gORngS1d\n7XB4tmBZrOFdRWOPyN9yaFvqHbgB8X7754qz41SgOAngPN5C8sLtLpvzHzW2NtjjgKGLzZlk\nD8Kqq7HK9W+eQ42EVJmzbsASZthwEPEGNTNDqJwuuhQxzhB/HIbjj9LV+Hfsm6vxL2PZQl/g\nZ4FkkfGXL/xuJvYz+NO1+MRiqzFRJQJ6+N1rZdVtTTDIZbpoFGWsJwt0ivKH\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICVTCCAdygAwIBAgIUTyNkuI6XY57GU4HBdk7LKnQV1tcwCgYIKoZIzj0EAwMwWjELMAkG\nA1UEBhMCQ04xJTAjBgNVBAoMHFRydXN0QXNpYSBUZWNobm9sb2dpZXMsIEluYy4xJDAiBgNV\nBAMMG1RydXN0QXNpYSBHbG9iYWwgUm9vdCBDQSBHNDAeFw0yMTA1MjAwMjEwMjJaFw00NjA1\nMTkwMjEwMjJaMFoxCzAJBgNVBAYTAkNOMSUwIwYDVQQKDBxUcnVzdEFzaWEgVGVjaG5vbG9n\naWVzLCBJbmMuMSQwIgYDVQQDDBtUcnVzdEFzaWEgR2xvYmFsIFJvb3QgQ0EgRzQwdjAQBgcq\nhkjOPQIBBgUrgQQAIgNiAATxs8045CVD5d4ZCbuBeaIVXxVjAd7Cq92zphtnS4CDr5nLrBfb\nK5bKfFJV4hrhPVbwLxYI+hW8m7tH5j/uqOFMjPXTNvk4XatwmkcN4oFBButJ+bAp3TPsUKV/\neSm4IJijYzBhMA8GA1UdEwEB/wQFMAMBAf8wHwYDVR0jBBgwFoAUpbtKl86zK3+kMd6Xg1mD\npm9xy94wHQYDVR0OBBYEFKW7SpfOsyt/pDHel4NZg6ZvccveMA4GA1UdDwEB/wQEAwIBBjAK\nBggqhkjOPQQDAwNnADBkAjBe8usGzEkxn0AAbbd+NvBNEU/zy4k6LHiRUKNbwMp1JvK/kF0L\ngoxgKJ/GcJpo5PECMFxYDlZ2z1jD1xCMuo6u47xkdUfFVZDj/bpV6wfEU6s3qe4hsiFbYI89\nMvHVI5TWWA==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICQjCCAcmgAwIBAgIQNjqWjMlcsljN0AFdxeVXADAKBggqhkjOPQQDAzBjMQswCQYDVQQG\nEwJERTEnMCUGA1UECgweRGV1dHNjaGUgVGVsZWtvbSBTZWN1cml0eSBHbWJIMSswKQYDVQQD\nDCJUZWxla29tIFNlY3VyaXR5IFRMUyBFQ0MgUm9vdCAyMDIwMB4XDTIwMDgyNTA3NDgyMFoX\nDTQ1MDgyNTIzNTk1OVowYzELMAkGA1UEBhMCREUxJzAlBgNVBAoMHkRldXRzY2hlIFRlbGVr\nb20gU2VjdXJpdHkgR21iSDErMCkGA1UEAwwiVGVsZWtvbSBTZWN1cml0eSBUTFMgRUNDIFJv\nb3QgMjAyMDB2MBAGByqGSM49AgEGBSuBBAAiA2IABM6//leov9Wq9xCazbzREaK9Z0LMkOsV\nGJDZos0MKiXrPk/OtdKPD/M12kOLAoC+b1EkHQ9rK8qfwm9QMuU3ILYg/4gND21Ju9sGpIeQ\nkpT0CdDPf8iAC8GXs7s1J8nCG6NCMEAwHQYDVR0OBBYEFONyzG6VmUex5rNhTNHLq+O6zd6f\nMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgEGMAoGCCqGSM49BAMDA2cAMGQCMHVS\ni7ekEE+uShCLsoRbQuHmKjYC2qBuGT8lv9pZMo7k+5Dck2TOrbRBR2Diz6fLHgIwN0GMZt9B\na9aDAEH9L1r3ULRn0SyocddDypwnJJGDSA3PzfdUga/sf+Rn27iQ7t0l\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFszCCA5ugAwIBAgIQIZxULej27HF3+k7ow3BXlzANBgkqhkiG9w0BAQwFADBjMQswCQYD\nVQQGEwJERTEnMCUGA1UECgweRGV1dHNjaGUgVGVsZWtvbSBTZWN1cml0eSBHbWJIMSswKQYD\nVQQDDCJUZWxla29tIFNlY3VyaXR5IFRMUyBSU0EgUm9vdCAyMDIzMB4XDTIzMDMyODEyMTY0\nNVoXDTQ4MDMyNzIzNTk1OVowYzELMAkGA1UEBhMCREUxJzAlBgNVBAoMHkRldXRzY2hlIFRl\nbGVrb20gU2VjdXJpdHkgR21iSDErMCkGA1UEAwwiVGVsZWtvbSBTZWN1cml0eSBUTFMgUlNB\nIFJvb3QgMjAyMzCCAiIwDQYJKoZIhvcNAQEBBQADggIPADCCAgoCggIBAO01oYGA88tKaVvC\n+1GDrib94W7zgRJ9cUD/h3VCKSHtgVIs3xLBGYSJwb3FKNXVS2xE1kzbB5ZKVXrKNoIENqil\n/Cf2SfHVcp6R+SPWcHu79ZvB7JPPGeplfohwoHP89v+1VmLhc2o0mD6CuKyVU/QBoCcHcqMA\nU6DksquDOFczJZSfvkgdmOGjup5czQRxUX11eKvzWarE4GC+j4NSuHUaQTXtvPM6Y+mpFEXX\n5lLRbtLevOP1Czvm4MS9Q2QTps70mDdsipWol8hHD/BeEIvnHRz+sTugBTNoBUGCwQMrAcjn\nj02r6LX2zWtEtefdi+zqJbQAIldNsLGyMcEWzv/9FIS3R/qy8XDe24tsNlikfLMR0cN3f1+2\nJeANxdKz+bi4d9s3cXFH42AYTyS2dTd4uaNir73Jco4vzLuu2+QVUhkHM/tqty1LkCiCc/4Y\nizWN26cEar7qwU02OxY2kTLvtkCJkUPg8qKrBC7m8kwOFjQgrIfBLX7JZkcXFBGk8/ehJImr\n2BrIoVyxo/eMbcgByU/J7MT8rFEz0ciD0cmfHdRHNCk+y7AO+oMLKFjlKdw/fKifybYKu6bo\nRhYPluV75Gp6SG12mAWl3G0eQh5C2hrgUve1g8Aae3g1LDj1H/1Joy7SWWO/gLCMk3PLNaaZ\nlSJhZQNg+y+TS/qanIA7AgMBAAGjYzBhMA4GA1UdDwEB/wQEAwIBBjAdBgNVHQ4EFgQUtqeX\ngj10hZv3PJ+TmpV5dVKMbUcwDwYDVR0TAQH/BAUwAwEB/zAfBgNVHSMEGDAWgBS2p5eCPXSF\nm/c8n5OalXl1UoxtRzANBgkqhkiG9w0BAQwFAAOCAgEAqMxhpr51nhVQpGv7qHBFfLp+sVr8\nWyP6Cnf4mHGCDG3gXkaqk/QeoMPhk9tLrbKmXauw1GLLXrtm9S3ul0A8Yute1hTWjOKWi0Fp\nkzXmuZlrYrShF2Y0pmtjxrlO8iLpWA1WQdH6DErwM807u20hOq6OcrXDSvvpfeWxm4bu4uB9\ntPcy/SKE8YXJN3nptT+/XOR0so8RYgDdGGah2XsjX/GO1WfoVNpbOms2b/mBsTNHM3dA+VKq\n3dSDz4V4mZqTuXNnQkYRIer+CqkbGmVps4+uFrb2S1ayLfmlyOw7YqPta9BO1UAJpB+Y1zql\nklkg5LB9zVtzaL1txKITDmcZuI1CfmwMmm6gJC3VRRvcxAIU/oVbZZfKTpBQCHpCNfnqwmbU\n+AGuHrS+w6jv/naaoqYfRvaE7fzbzsQCzndILIyy7MMAo+wsVRjBfhnu4S/yrYObnqsZ38aK\nL4x35bcF7DvB7L6Gs4a8wPfc5+pbrrLMtTWGS9DiP7bY+A4A7l3j941Y/8+LN+ljX273CXE2\nwhJdV/LItM3z7gLfEdxquVeEHVlNjM7IDiPCtyaaEBRx/pOyiriA8A4QntOoUAw3gi/q4Iqd\n4Sw5/7W0cwDk90imc6y/st53BIe0o82bNSQ3+pCTE4FCxpgmdTdmQRCsu/WU48IxK63nI1bM\nNSWSs1A=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICejCCAgCgAwIBAgIQMZch7a+JQn81QYehZ1ZMbTAKBggqhkjOPQQDAzBuMQswCQYDVQQG\nEwJFUzEcMBoGA1UECgwTRmlybWFwcm9mZXNpb25hbCBTQTEYMBYGA1UEYQwPVkFURVMtQTYy\nNjM0MDY4MScwJQYDVQQDDB5GSVJNQVBST0ZFU0lPTkFMIENBIFJPT1QtQSBXRUIwHhcNMjIw\nNDA2MDkwMTM2WhcNNDcwMzMxMDkwMTM2WjBuMQswCQYDVQQGEwJFUzEcMBoGA1UECgwTRmly\nbWFwcm9mZXNpb25hbCBTQTEYMBYGA1UEYQwPVkFURVMtQTYyNjM0MDY4MScwJQYDVQQDDB5G\nSVJNQVBST0ZFU0lPTkFMIENBIFJPT1QtQSBXRUIwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAARH\nU+osEaR3xyrq89Zfe9MEkVz6iMYiuYMQYneEMy3pA4jU4DP37XcsSmDq5G+tbbT4TIqk5B/K\n6k84Si6CcyvHZpsKjECcfIr28jlgst7L7Ljkb+qbXbdTkBgyVcUgt5SjYzBhMA8GA1UdEwEB\n/wQFMAMBAf8wHwYDVR0jBBgwFoAUk+FDY1w8ndYn81LsF7Kpryz3dvgwHQYDVR0OBBYEFJPh\nQ2NcPJ3WJ/NS7Beyqa8s93b4MA4GA1UdDwEB/wQEAwIBBjAKBggqhkjOPQQDAwNoADBlAjAd\nfKR7w4l1M+E7qUW/Runpod3JIha3RxEL2Jq68cgLcFBTApFwhVmpHqTm6iMxoAACMQD94viz\nrxa5HnPEluPBMBnYfubDl94cT7iJLzPrSA8Z94dGXSaQpYXFuXqUPoeovQA=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFjTCCA3WgAwIBAgIQQAE0jMIAAAAAAAAAATzyxjANBgkqhkiG9w0BAQwFADBQMQswCQYD\nVQQGEwJUVzESMBAGA1UEChMJVEFJV0FOLUNBMRAwDgYDVQQLEwdSb290IENBMRswGQYDVQQD\nExJUV0NBIENZQkVSIFJvb3QgQ0EwHhcNMjIxMTIyMDY1NDI5WhcNNDcxMTIyMTU1OTU5WjBQ\nMQswCQYDVQQGEwJUVzESMBAGA1UEChMJVEFJV0FOLUNBMRAwDgYDVQQLEwdSb290IENBMRsw\nGQYDVQQDExJUV0NBIENZQkVSIFJvb3QgQ0EwggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAwggIK\nAoICAQDG+Moe2Qkgfh1sTs6P40czRJzHyWmqOlt47nDSkvgEs1JSHWdyKKHfi12VCv7qze33\nKc7wb3+szT3vsxxFavcokPFhV8UMxKNQXd7UtcsZyoC5dc4pztKFIuwCY8xEMCDa6pFbVuYd\nHNWdZsc/34bKS1PE2Y2yHer43CdTo0fhYcx9tbD47nORxc5zb87uEB8aBs/pJ2DFTxnk684i\nJkXXYJndzk834H/nY62wuFm40AZoNWDTNq5xQwTxaWV4fPMf88oon1oglWa0zbfuj3ikRRjp\nJi+NmykosaS3Om251Bw4ckVYsV7r8Cibt4LK/c/WMw+f+5eesRycnupfXtuq3VTpMCEobY55\n83WSjCb+3MX2w7DfRFlDo7YDKPYIMKoNM+HvnKkHIuNZW0CP2oi3aQiotyMuRAlZN1vH4xfy\nIutuOVLF3lSnmMlLIJXcRolftBL5hSmO68gnFSDAS9TMfAxsNAwmmyYxpjyn9tnQS6Jk/zuZ\nQXLB4HCX8SS7K8R0IrGsayIyJNN4KsDAoS/xUgXJP+92ZuJF2A09rZXIx4kmyA+upwMu+8Ff\n+iDhcK2wZSA3M2Cw1a/XDBzCkHDXShi8fgGwsOsVHkQGzaRP6AzRwyAQ4VRlnrZR0Bp2a0Ja\nWHY06rc3Ga4udfmW5cFZ95RXKSWNOkyrTZpB0F8mAwIDAQABo2MwYTAOBgNVHQ8BAf8EBAMC\nAQYwDwYDVR0TAQH/BAUwAwEB/zAfBgNVHSMEGDAWgBSdhWEUfMFib5do5E83QOGt4A1WNzAd\nBgNVHQ4EFgQUnYVhFHzBYm+XaORPN0DhreANVjcwDQYJKoZIhvcNAQEMBQADggIBAGSPesRi\nDrWIzLjHhg6hShbNcAu3p4ULs3a2D6f/CIsLJc+o1IN1KriWiLb73y0ttGlTITVX1olNc79p\nj3CjYcya2x6a4CD4bLubIp1dhDGaLIrdaqHXKGnK/nZVekZn68xDiBaiA9a5F/gZbG0jAn/x\nX9AKKSM70aoK7akXJlQKTcKlTfjF/biBzysseKNnTKkHmvPfXvt89YnNdJdhEGoHK4Fa0o63\n5yDRIG4kqIQnoVesqlVYL9zZyvpoBJ7tRCT5dEA7IzOrg1oYJkK2bVS1FmAwbLGg+LhBoF1J\nSdJlBTrq/p1hvIbZv97Tujqxf36SNI7JAG7cmL3c7IAFrQI932XtCwP39xaEBDG6k5TY8hL4\niuO/Qq+n1M0RFxbIQh0UqEL20kCGoE8jypZFVmAGzbdVAaYBlGX+bgUJurSkquLvWL69J1bY\n73NxW0Qz8ppy6rBePm6pUlvscG21h483XjyMnM7k8M4MZ0HMzvaAq07MTFb1wWFZk7Q+ptq4\nNxKfKjLji7gh7MMrZQzvIt6IKTtM1/r+t+FHvpw+PoP7UV31aPcuIYXcv/Fa4nzXxeSDwWrr\nuoBa3lwtcHb4yOWHh8qgnaHlIhInD0Q9HWzq1MKLL295q39QpsQZp6F6t5b5wR9iWqJDB0Be\nJsas7a5wFsWqynKKTbDPAYsDP27X\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIDcjCCAlqgAwIBAgIUZvnHwa/swlG07VOX5uaCwysckBYwDQYJKoZIhvcNAQELBQAwUTEL\nMAkGA1UEBhMCSlAxIzAhBgNVBAoTGkN5YmVydHJ1c3QgSmFwYW4gQ28uLCBMdGQuMR0wGwYD\nVQQDExRTZWN1cmVTaWduIFJvb3QgQ0ExMjAeFw0yMDA0MDgwNTM2NDZaFw00MDA0MDgwNTM2\nNDZaMFExCzAJBgNVBAYTAkpQMSMwIQYDVQQKExpDeWJlcnRydXN0IEphcGFuIENvLiwgTHRk\nLjEdMBsGA1UEAxMUU2VjdXJlU2lnbiBSb290IENBMTIwggEiMA0GCSqGSIb3DQEBAQUAA4IB\nDwAwggEKAoIBAQC6OcE3emhFKxS06+QT61d1I02PJC0W6K6OyX2kVzsqdiUzg2zqMoqUm048\nluT9Ub+ZyZN+v/mtp7JIKwccJ/VMvHASd6SFVLX9kHrko+RRWAPNEHl57muTH2SOa2SroxPj\ncf59q5zdJ1M3s6oYwlkm7Fsf0uZlfO+TvdhYXAvA42VvPMfKWeP+bl+sg779XSVOKik71gur\nFzJ4pOE+lEa+Ym6b3kaosRbnhW70CEBFEaCeVESE99g2zvVQR9wsMJvuwPWW0v4JhscGWa5P\nro4RmHvzC1KqYiaqId+OJTN5lxZJjfU+1UefNzFJM3IFTQy2VYzxV4+Kh9GtxRESOaCtAgMB\nAAGjQjBAMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgEGMB0GA1UdDgQWBBRXNPN0\nzwRL1SXm8UC2LEzZLemgrTANBgkqhkiG9w0BAQsFAAOCAQEAPrvbFxbS8hQBICw4g0utvsqF\nepq2m2um4fylOqyttCg6r9cBg0krY6LdmmQOmFxv3Y67ilQiLUoT865AQ9tPkbeGGuwAtEGB\npE/6aouIs3YIcipJQMPTw4WJmBClnW8Zt7vPemVV2zfrPIpyMpcemik+rY3moxtt9XUa5rBo\nuVui7mlHJzWhhpmA8zNL4WukJsPvdFlseqJkth5Ew1DgDzk9qTPxpfPSvWKErI4cqc1avTc7\nbgoitPQV55FYxTpE05Uo2cBl6XLK0A+9H7MV2anjpEcJnuDLN/v9vZfVvhgaaaI5gdka9at/\nyOPiZwud9AzqVN/Ssq+xIvEg37xEHA==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFcjCCA1qgAwIBAgIUZNtaDCBO6Ncpd8hQJ6JaJ90t8sswDQYJKoZIhvcNAQEMBQAwUTEL\nMAkGA1UEBhMCSlAxIzAhBgNVBAoTGkN5YmVydHJ1c3QgSmFwYW4gQ28uLCBMdGQuMR0wGwYD\nVQQDExRTZWN1cmVTaWduIFJvb3QgQ0ExNDAeFw0yMDA0MDgwNzA2MTlaFw00NTA0MDgwNzA2\nMTlaMFExCzAJBgNVBAYTAkpQMSMwIQYDVQQKExpDeWJlcnRydXN0IEphcGFuIENvLiwgTHRk\nLjEdMBsGA1UEAxMUU2VjdXJlU2lnbiBSb290IENBMTQwggIiMA0GCSqGSIb3DQEBAQUAA4IC\nDwAwggIKAoICAQDF0nqh1oq/FjHQmNE6lPxauG4iwWL3pwon71D2LrGeaBLwbCRjOfHw3xDG\n3rdSINVSW0KZnvOgvlIfX8xnbacuUKLBl422+JX1sLrcneC+y9/3OPJH9aaakpUqYllQC6Kx\nNedlsmGy6pJxaeQp8E+BgQQ8sqVb1MWoWWd7VRxJq3qdwudzTe/NCcLEVxLbAQ4jeQkHO6Lo\n/IrPj8BGJJw4J+CDnRugv3gVEOuGTgpa/d/aLIJ+7sr2KeH6caH3iGicnPCNvg9JkdjqOvn9\n0Ghx2+m1K06Ckm9mH+Dw3EzsytHqunQG+bOEkJTRX45zGRBdAuVwpcAQ0BB8b8VYSbSwbpra\nfZX1zNoCr7gsfXmPvkPx+SgojQlD+Ajda8iLLCSxjVIHvXiby8posqTdDEx5YMaZ0ZPxMBoH\n064iwurO8YQJzOAUbn8/ftKChazcqRZOhaBgy/ac18izju3Gm5h1DVXoX+WViwKkrkMpKBGk\n5hIwAUt1ax5mnXkvpXYvHUC0bcl9eQjs0Wq2XSqypWa9a4X0dFbD9ed1Uigspf9mR6XU/v6e\nVL9lfgHWMI+lNpyiUBzuOIABSMbHdPTGrMNASRZhdCyvjG817XsYAFs2PJxQDcqSMxDxJklt\n33UkN4Ii1+iW/RVLApY+B3KVfqs9TC7XyvDf4Fg/LS8EmjijAQIDAQABo0IwQDAPBgNVHRMB\nAf8EBTADAQH/MA4GA1UdDwEB/wQEAwIBBjAdBgNVHQ4EFgQUBpOjCl4oaTeqYR3r6/wtbyPk\n86AwDQYJKoZIhvcNAQEMBQADggIBAJaAcgkGfpzMkwQWu6A6jZJOtxEaCnFxEM0ErX+lRVAQ\nZk5KQaID2RFPeje5S+LGjzJmdSX7684/AykmjbgWHfYfM25I5uj4V7Ibed87hwriZLoAymzv\nftAj63iP/2SbNDefNWWipAA9EiOWWF3KY4fGoweITedpdopTzfFP7ELyk+OZpDc8h7hi2/Ds\nHzc/N19DzFGdtfCXwreFamgLRB7lUe6TzktuhsHSDCRZNhqfLJGP4xjblJUK7ZGqDpncllPj\nYYPGFrojutzdfhrGe0K22VoF3Jpf1d+42kd92jjbrDnVHmtsKheMYc2xbXIBw8MgAGJoFjHV\ndqqGuw6qnsb58Nn4DSEC5MUoFlkRudlpcyqSeLiSV5sI8jrlL5WwWLdrIBRtFO8KvH7YVdiI\n2i/6GaX7i+B/OfVyK4XELKzvGUWSTLNhB9xNH27SgRNcmvMSZ4PPmz+Ln52kuaiWA3rF7iDe\nM9ovnhp6dB7h7sxaOgTdsxoEqBRjrLdHEoOabPXm6RUVkRqEGQ6UROcSjiVbgGcZ3GOTEAtl\nLor6CZpO2oYofaphNdgOpygau1LgePhsumywbrmHXumZNTfxPWQrqaA0k89jL9WB365jJ6Ue\nTo3cKXhZ+PmhIIynJkBugnLNeLLIjzwec+fBH7/PzqUqm9tEZDKgu39cJRNItX+S\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICIzCCAamgAwIBAgIUFhXHw9hJp75pDIqI7fBw+d23PocwCgYIKoZIzj0EAwMwUTELMAkG\nA1UEBhMCSlAxIzAhBgNVBAoTGkN5YmVydHJ1c3QgSmFwYW4gQ28uLCBMdGQuMR0wGwYDVQQD\nExRTZWN1cmVTaWduIFJvb3QgQ0ExNTAeFw0yMDA0MDgwODMyNTZaFw00NTA0MDgwODMyNTZa\nMFExCzAJBgNVBAYTAkpQMSMwIQYDVQQKExpDeWJlcnRydXN0IEphcGFuIENvLiwgTHRkLjEd\nMBsGA1UEAxMUU2VjdXJlU2lnbiBSb290IENBMTUwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQL\nUHSNZDKZmbPSYAi4Io5GdCx4wCtELW1fHcmuS1Iggz24FG1Th2CeX2yF2wYUleDHKP+dX+Sq\n8bOLbe1PL0vJSpSRZHX+AezB2Ot6lHhWGENfa4HL9rzatAy2KZMIaY+jQjBAMA8GA1UdEwEB\n/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgEGMB0GA1UdDgQWBBTrQciu/NWeUUj1vYv0hyCTQSvT\n9DAKBggqhkjOPQQDAwNoADBlAjEA2S6Jfl5OpBEHvVnCB96rMjhTKkZEBhd6zlHp4P9mLQlO\n4E/0BdGF9jVg3PVys0Z9AjBEmEYagoUeYWmJSwdLZrWeqrqgHkHZAXQ6bkU6iYAZezKYVWOr\n62Nuk22rGwlgMU4=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFqTCCA5GgAwIBAgIQczswBEhb2U14LnNLyaHcZjANBgkqhkiG9w0BAQ0FADBIMQswCQYD\nVQQGEwJERTEVMBMGA1UEChMMRC1UcnVzdCBHbWJIMSIwIAYDVQQDExlELVRSVVNUIEJSIFJv\nb3QgQ0EgMiAyMDIzMB4XDTIzMDUwOTA4NTYzMVoXDTM4MDUwOTA4NTYzMFowSDELMAkGA1UE\nBhMCREUxFTATBgNVBAoTDEQtVHJ1c3QgR21iSDEiMCAGA1UEAxMZRC1UUlVTVCBCUiBSb290\nIENBIDIgMjAyMzCCAiIwDQYJKoZIhvcNAQEBBQADggIPADCCAgoCggIBAK7/CVmRgApKaOYk\nP7in5Mg6CjoWzckjYaCTcfKri3OPoGdlYNJUa2NRb0kz4HIHE304zQaSBylSa053bATTlfrd\nTIzZXcFhfUvnKLNEgXtRr90zsWh81k5M/itoucpmacTsXld/9w3HnDY25QdgrMBM6ghs7wZ8\nT1soegj8k12b9py0i4a6Ibn08OhZWiihNIQaJZG2tY/vsvmA+vk9PBFy2OMvhnbFeSzBqZCT\nRphny4NqoFAjpzv2gTng7fC5v2Xx2Mt6++9zA84A9H3X4F07ZrjcjrqDy4d2A/wl2ecjbwb9\nZ/Pg/4S8R7+1FhhGaRTMBffb00msa8yr5LULQyReS2tNZ9/WtT5PeB+UcSTq3nD88ZP+npNa\n5JRal1QMNXtfbO4AHyTsA7oC9Xb0n9Sa7YUsOCIvx9gvdhFP/Wxc6PWOJ4d/GUohR5AdeY0c\nW/jPSoXk7bNbjb7EZChdQcRurDhaTyN0dKkSw/bSuREVMweR2Ds3OmMwBtHFIjYoYiMQ4EbM\nl6zWK11kJNXuHA7e+whadSr2Y23OC0K+0bpwHJwh5Q8xaRfX/Aq03u2AnMuStIv13lmiWAml\nY0cL4UEyNEHZmrHZqLAbWt4NDfTisl01gLmB1IRpkQLLddCNxbU9CZEJjxShFHR5PtbJFR2k\nWVki3PaKRT08EtY+XTIvAgMBAAGjgY4wgYswDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQU\nZ5Dw1t61GNVGKX5cq/ieCLxklRAwDgYDVR0PAQH/BAQDAgEGMEkGA1UdHwRCMEAwPqA8oDqG\nOGh0dHA6Ly9jcmwuZC10cnVzdC5uZXQvY3JsL2QtdHJ1c3RfYnJfcm9vdF9jYV8yXzIwMjMu\nY3JsMA0GCSqGSIb3DQEBDQUAA4ICAQA097N3U9swFrktpSHxQCF16+tIFoE9c+CeJyrrd6kT\npGoKWloUMz1oH4Guaf2Mn2VsNELZLdB/eBaxOqwjMa1ef67nriv6uvw8l5VAk1/DLQOj7aRv\nU9f6QA4w9QAgLABMjDu0ox+2v5Eyq6+SmNMW5tTRVFxDWy6u71cqqLRvpO8NVhTaIasgdp4D\n/Ca4nj8+AybmTNudX0KEPUUDAxxZiMrcLmEkWqTqJwtzEr5SswrPMhfiHocaFpVIbVrg0M8J\nkiZmkdijYQ6qgYF/6FKC0ULn4B0Y+qSFNueG4A3rvNTJ1jxD8V1Jbn6Bm2m1iWKPiFLY1/4n\nwSPFyysCu7Ff/vtDhQNGvl3GyiEm/9cCnnRK3PgTFbGBVzbLZVzRHTF36SXDw7IyN9XxmAnk\nbWOACKsGkoHU6XCPpz+y7YaMgmo1yEJagtFSGkUPFaUA8JR7ZSdXOUPPfH/mvTWze/EZTN46\nls/pdu4D58JDUjxqgejBWoC9EV2Ta/vH5mQ/u2kc6d0li690yVRAysuTEwrt+2aSEcr1wPrY\ng1UDfNPFIkZ1cGt5SAYqgpq/5usWDiJFAbzdNpQ0qTUmiteXue4Icr80knCDgKs4qllo3UCk\nGJCy89UDyibK79XH4I9TjvAA46jtn/mtd+ArY0+ew+43u3gJhJ65bvspmZDogNOfJA==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICMTCCAbegAwIBAgIUNnThTXxlE8msg1UloD5Sfi9QaMcwCgYIKoZIzj0EAwMwWDELMAkG\nA1UEBhMCQ04xJTAjBgNVBAoTHFRydXN0QXNpYSBUZWNobm9sb2dpZXMsIEluYy4xIjAgBgNV\nBAMTGVRydXN0QXNpYSBUTFMgRUNDIFJvb3QgQ0EwHhcNMjQwNTE1MDU0MTU2WhcNNDQwNTE1\nMDU0MTU1WjBYMQswCQYDVQQGEwJDTjElMCMGA1UEChMcVHJ1c3RBc2lhIFRlY2hub2xvZ2ll\ncywgSW5jLjEiMCAGA1UEAxMZVHJ1c3RBc2lhIFRMUyBFQ0MgUm9vdCBDQTB2MBAGByqGSM49\nAgEGBSuBBAAiA2IABLh/pVs/AT598IhtrimY4ZtcU5nb9wj/1WrgjstEpvDBjL1P1M7UiFPo\nXlfXTr4sP/MSpwDpguMqWzJ8S5sUKZ74LYO1644xST0mYekdcouJtgq7nDM1D9rs3qlKH8kz\nsaNCMEAwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQULIVTu7FDzTLqnqOH/qKYqKaT6RAw\nDgYDVR0PAQH/BAQDAgEGMAoGCCqGSM49BAMDA2gAMGUCMFRH18MtYYZI9HlaVQ01L18N9mds\nd0AaRuf4aFtOJx24mH1/k78ITcTaRTChD15KeAIxAKORh/IRM4PDwYqROkwrULG9IpRdNYlz\ng8WbGf60oenUoWa2AaU2+dhoYSi3dOGiMQ==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFgDCCA2igAwIBAgIUHBjYz+VTPyI1RlNUJDxsR9FcSpwwDQYJKoZIhvcNAQEMBQAwWDEL\nMAkGA1UEBhMCQ04xJTAjBgNVBAoTHFRydXN0QXNpYSBUZWNobm9sb2dpZXMsIEluYy4xIjAg\nBgNVBAMTGVRydXN0QXNpYSBUTFMgUlNBIFJvb3QgQ0EwHhcNMjQwNTE1MDU0MTU3WhcNNDQw\nNTE1MDU0MTU2WjBYMQswCQYDVQQGEwJDTjElMCMGA1UEChMcVHJ1c3RBc2lhIFRlY2hub2xv\nZ2llcywgSW5jLjEiMCAGA1UEAxMZVHJ1c3RBc2lhIFRMUyBSU0EgUm9vdCBDQTCCAiIwDQYJ\nKoZIhvcNAQEBBQADggIPADCCAgoCggIBAMMWuBtqpERz5dZO9LnPWwvB0ZqB9WOwj0PBuwha\nGnrhB3YmH49pVr7+NmDQDIPNlOrnxS1cLwUWAp4KqC/lYCZUlviYQB2srp10Zy9U+5RjmOMm\nSoPGlbYJQ1DNDX3eRA5gEk9bNb2/mThtfWza4mhzH/kxpRkQcwUqwzIZheo0qt1CHjCNP561\nHmHVb70AcnKtEj+qpklz8oYVlQwQX1Fkzv93uMltrOXVmPGZLmzjyUT5tUMnCE32ft5Eebuy\njBza00tsLtbDeLdM1aTk2tyKjg7/D8OmYCYozza/+lcK7Fs/6TAWe8TbxNRkoDD75f0dcZLd\nKY9BWN4ArTr9PXwaqLEX8E40eFgl1oUh63kd0Nyrz2I8sMeXi9bQn9P+PN7F4/w6g3CEIR0J\nwqH8uyghZVNgepBtljhb//HXeltt08lwSUq6HTrQUNoyIBnkiz/r1RYmNzz7dZ6wB3C4FGB3\n3PYPXFIKvF1tjVEK2sUYyJtt3LCDs3+jTnhMmCWr8n4uIF6CFabW2I+s5c0yhsj55NqJ4js+\nk8UTav/H9xj8Z7XvGCxUq0DTbE3txci3OE9kxJRMT6DNrqXGJyV1J23G2pyOsAWZ1SgRxSHU\nuPzHlqtKZFlhaxP8S8ySpg+kUb8OWJDZgoM5pl+z+m6Ss80zDoWo8SnTq1mt1tve1CuBAgMB\nAAGjQjBAMA8GA1UdEwEB/wQFMAMBAf8wHQYDVR0OBBYEFLgHkXlcBvRG/XtZylomkadFK/hT\nMA4GA1UdDwEB/wQEAwIBBjANBgkqhkiG9w0BAQwFAAOCAgEAIZtqBSBdGBanEqT3Rz/Nyjuu\njsCCztxIJXgXbODgcMTWltnZ9r96nBO7U5WS/8+S4PPFJzVXqDuiGev4iqME3mmL5Dw8veWv\n0BIb5Ylrc5tvJQJLkIKvQMKtuppgJFqBTQUYo+IzeXoLH5Pt7DlK9RME7I10nYEKqG/odv6L\nTytpEoYKNDbdgptvT+Bz3Ul/KD7JO6NXBNiT2Twp2xIQaOHEibgGIOcberyxk2GaGUARtWqF\nVwHxtlotJnMnlvm5P1vQiJ3koP26TpUJg3933FEFlJ0gcXax7PqJtZwuhfG5WyRasQmr2soa\nB82G39tp27RIGAAtvKLEiUUjpQ7hRGU+isFqMB3iYPg6qocJQrmBktwliJiJ8Xw18WLK7nn4\nGS/+X/jbh87qqA8MpugLoDzga5SYnH+tBuYc6kIQX+ImFTw3OffXvO645e8D7r0i+yiGNFjE\nWn9hongPXvPKnbwbPKfILfanIhHKA9jnZwqKDss1jjQ52MjqjZ9k4DewbNfFj8GQYSbbJIwe\nSsCI3zWQzj8C9GRh3sfIB5XeMhg6j6JCQCTl1jNdfK7vsU1P1FeQNWrcrgSXSYk0ly4wBOeY\n99sLAZDBHwo/+ML+TvrbmnNzFrwFuHnYWa8G5z9nODmxfKuU4CkUpijy323imttUQ/hHWKNd\ndBWcwauwxzQ=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFqTCCA5GgAwIBAgIQaSYJfoBLTKCnjHhiU19abzANBgkqhkiG9w0BAQ0FADBIMQswCQYD\nVQQGEwJERTEVMBMGA1UEChMMRC1UcnVzdCBHbWJIMSIwIAYDVQQDExlELVRSVVNUIEVWIFJv\nb3QgQ0EgMiAyMDIzMB4XDTIzMDUwOTA5MTAzM1oXDTM4MDUwOTA5MTAzMlowSDELMAkGA1UE\nBhMCREUxFTATBgNVBAoTDEQtVHJ1c3QgR21iSDEiMCAGA1UEAxMZRC1UUlVTVCBFViBSb290\nIENBIDIgMjAyMzCCAiIwDQYJKoZIhvcNAQEBBQADggIPADCCAgoCggIBANiOo4mAC7JXUtyp\nU0w3uX9jFxPvp1sjW2l1sJkKF8GLxNuo4MwxusLyzV3pt/gdr2rElYfXR8mV2IIEUD2BCP/k\nPbOx1sWy/YgJ25yE7CUXFId/MHibaljJtnMoPDT3mfd/06b4HEV8rSyMlD/YZxBTfiLNTiVR\n8CUkNRFeEMbsh2aJgWi6zCudR3Mfvc2RpHJqnKIbGKBv7FD0fUDCqDDPvXPIEysQEx6Lmqg6\nlHPTGGkKSv/BAQP/eX+1SH977ugpbzZMlWGG2Pmic4ruri+W7mjNPU0oQvlFKzIbRlUWaqZL\nKfm7lVa/Rh3sHZMdwGWyH6FDrlaeoLGPaxK3YG14C8qKXO0elg6DpkiVjTujIcSuWMYAsoS0\nI6SWhjW42J7YrDRJmGOVxcttSEfi8i4YHtAxq9107PncjLgcjmgjutDzUNzPZY9zOjLHfP7K\ngiJPvo5iR2blzYfi6NUPGJ/lBHJLRjwQ8kTCZFZxTnXonMkmdMV9WdEKWw9t/p51HBjGGjp8\n2A0EzM23RWV6sY+4roRIPrN6TagD4uJ+ARZZaBhDM7DS3LAaQzXupdqpRlyuhoFBAUp0Juyf\nBr/CBTdkdXgpaP3F9ev+R/nkhbDhezGdpn9yo7nELC7MmVcOIQxFAZRl62UJxmMiCzNJkkg8\n/M3OsD6Onov4/knFNXJHAgMBAAGjgY4wgYswDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQU\nqvyREBuHkV8Wub9PS5FeAByxMoAwDgYDVR0PAQH/BAQDAgEGMEkGA1UdHwRCMEAwPqA8oDqG\nOGh0dHA6Ly9jcmwuZC10cnVzdC5uZXQvY3JsL2QtdHJ1c3RfZXZfcm9vdF9jYV8yXzIwMjMu\nY3JsMA0GCSqGSIb3DQEBDQUAA4ICAQCTy6UfmRHsmg1fLBWTxj++EI14QvBukEdHjqOSMo1w\nj/Zbjb6JzkcBahsgIIlbyIIQbODnmaprxiqgYzWRaoUlrRc4pZt+UPJ26oUFKidBK7GB0aL2\nQHWpDsvxVUjY7NHss+jOFKE17MJeNRqrphYBBo7q3C+jisosketSjl8MmxfPy3MHGcRqwnNU\n73xDUmPBEcrCRbH0O1P1aa4846XerOhUt7KR/aypH/KH5BfGSah82ApB9PI+53c0BFLd6IHy\nTS9URZ0V4U/M5d40VxDJI3IXcI1QcB9WbMy5/zpaT2N6w25lBx2Eof+pDGOJbbJAiDnXH3do\ntfyc1dZnaVuodNv8ifYbMvekJKZ2t0dT741Jj6m2g1qllpBFYfXeA08mD6iL8AOWsKwV0HFa\nanuU5nCT2vFp4LJiTZ6P/4mdm13NRemUAiKN4DV/6PEEeXFsVIP4M7kFMhtYVRFP0OUnR3Hs\n7dpn1mKmS00PaaLJvOwiS5THaJQXfuKOKD62xur1NGyfN4gHONuGcfrNlUhDbqNPgofXNJhu\nS5N5YHVpD/Aa1VP6IQzCP+k/HxiMkl14p3ZnGbuy6n/pcAlWVqOwDAstNl7F6cTVg8uGF5cs\nbBNvh1qvSaYd2804BC5f4ko1Di1L+KIkBI3Y4WNeApI02phhXBxvWHZks/wCuPWdCg==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFkzCCA3ugAwIBAgIUQ/oMX04bgBhE79G0TzUfRPSA7cswDQYJKoZIhvcNAQELBQAwUTEL\nMAkGA1UEBhMCQ0gxFTATBgNVBAoTDFN3aXNzU2lnbiBBRzErMCkGA1UEAxMiU3dpc3NTaWdu\nIFJTQSBUTFMgUm9vdCBDQSAyMDIyIC0gMTAeFw0yMjA2MDgxMTA4MjJaFw00NzA2MDgxMTA4\nMjJaMFExCzAJBgNVBAYTAkNIMRUwEwYDVQQKEwxTd2lzc1NpZ24gQUcxKzApBgNVBAMTIlN3\naXNzU2lnbiBSU0EgVExTIFJvb3QgQ0EgMjAyMiAtIDEwggIiMA0GCSqGSIb3DQEBAQUAA4IC\nDwAwggIKAoICAQDLKmjiC8NXvDVjvHClO/OMPE5Xlm7DTjak9gLKHqquuN6orx122ro10JFw\nB9+zBvKK8i5VUXu7LCTLf5ImgKO0lPaCoaTo+nUdWfMHamFk4saMla+ju45vVs9xzF6BYQ1t\n8qsCLqSX5XH8irCRIFucdFJtrhUnWXjyCcplDn/L9Ovn3KlMd/YrFgSVrpxxpT8q2kFC5zyE\nEPThPYxr4iuRR1VPuFa+Rd4iUU1OKNlfGUEGjw5NBuBwQCMBauTLE5tzrE0USJIt/m2n+Idr\neXXhvhCxqohAWVTXz8TQm0SzOGlkjIHRI36qOTw7D59Ke4LKa2/KIj4x0LDQKhySio/YGZxH\n5D4MucLNvkEM+KRHBdvBFzA4OmnczcNpI/2aDwLOEGrOyvi5KaM2iYauC8BPY7kGWUleDsFp\nswrzd34unYyzJ5jSmY0lpx+Gs6ZUcDj8fV3oT4MM0ZPlEuRU2j7yrTrePjxF8CgPBrnh25d7\nmUWe3f6VWQQvdT/TromZhqwUtKiE+shdOxtYk8EXlFXIC+OCeYSf8wCENO7cMdWP8vpPlkwG\nqnj73mSiI80fPsWMvDdUDrtaclXvyFu1cvh43zcgTFeRc5JzrBh3Q4IgaezprClG5QtO+Ddz\niZaKHG29777YtvTKwP1H8K4LWCDFyB02rpeNUIMmJCn3nTsPBQIDAQABo2MwYTAPBgNVHRMB\nAf8EBTADAQH/MA4GA1UdDwEB/wQEAwIBBjAfBgNVHSMEGDAWgBRvjmKLk0Ow4UD2p8P98Q+4\nDxU4pTAdBgNVHQ4EFgQUb45ii5NDsOFA9qfD/fEPuA8VOKUwDQYJKoZIhvcNAQELBQADggIB\nAKwsKUF9+lz1GpUYvyypiqkkVHX1uECry6gkUSsYP2OprphWKwVDIqO310aewCoSPY6WlkDf\nDDOLazeROpW7OSltwAJsipQLBwJNGD77+3v1dj2b9l4wBlgzHqp41eZUBDqyggmNzhYzWUUo\n8aWjlw5DI/0LIICQ/+Mmz7hkkeUFjxOgdg3XNwwQiJb0Pr6VvfHDffCjw3lHC1ySFWPtUnWK\n50Zpy1FVCypM9fJkT6lc/2cyjlUtMoIcgC9qkfjLvH4YoiaoLqNTKIftV+Vlek4ASltOU8li\nNr3CjlvrzG4ngRhZi0Rjn9UMZfQpZX+RLOV/fuiJz48gy20HQhFRJjKKLjpHE7iNvUcNCfAW\npO2Whi4Z2L6MOuhFLhG6rlrnub+xzI/goP+4s9GFe3lmozm1O2bYQL7Pt2eLSMkZJVX8vY3P\nXtpOpvJpzv1/THfQwUY1mFwjmwJFQ5Ra3bxHrSL+ul4vkSkphnsh3m5kt8sNjzdbowhq6/Td\nAo9QAwKxuDdollDruF/UKIqlIgyKhPBZLtU30WHlQnNYKoH3dtvi4k0NX/a3vgW0rk4N3hY9\nA4GzJl5LuEsAz/+MF7psYC0nhzck5npgL7XTgwSqT0N1osGDsieYK7EOgLrAhV5Cud+xYJHT\n6xh+cHiudoO+cVrQkOPKwRYlZ0rwtnu64ZzZ\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICNTCCAbqgAwIBAgIQI/nD1jWvjyhLH/BU6n6XnTAKBggqhkjOPQQDAzBLMQswCQYDVQQG\nEwJDSDEZMBcGA1UECgwQT0lTVEUgRm91bmRhdGlvbjEhMB8GA1UEAwwYT0lTVEUgU2VydmVy\nIFJvb3QgRUNDIEcxMB4XDTIzMDUzMTE0NDIyOFoXDTQ4MDUyNDE0NDIyN1owSzELMAkGA1UE\nBhMCQ0gxGTAXBgNVBAoMEE9JU1RFIEZvdW5kYXRpb24xITAfBgNVBAMMGE9JU1RFIFNlcnZl\nciBSb290IEVDQyBHMTB2MBAGByqGSM49AgEGBSuBBAAiA2IABBcv+hK8rBjzCvRE1nZCnrPo\nH7d5qVi2+GXROiFPqOujvqQycvO2Ackr/XeFblPdreqqLiWStukhEaivtUwL85Zgmjvn6hp4\nLrQ95SjeHIC6XG4N2xml4z+cKrhAS93mT6NjMGEwDwYDVR0TAQH/BAUwAwEB/zAfBgNVHSME\nGDAWgBQ3TYhlz/w9itWj8UnATgwQb0K0nDAdBgNVHQ4EFgQUN02IZc/8PYrVo/FJwE4MEG9C\ntJwwDgYDVR0PAQH/BAQDAgGGMAoGCCqGSM49BAMDA2kAMGYCMQCpKjAd0MKfkFFRQD6VVCHN\nFmb3U2wIFjnQEnx/Yxvf4zgAOdktUyBFCxxgZzFDJe0CMQCSia7pXGKDYmH5LVerVrkR3SW+\nak5KGoJr3M/TvEqzPNcum9v4KGm8ay3sMaE641c=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFgzCCA2ugAwIBAgIQVaXZZ5Qoxu0M+ifdWwFNGDANBgkqhkiG9w0BAQwFADBLMQswCQYD\nVQQGEwJDSDEZMBcGA1UECgwQT0lTVEUgRm91bmRhdGlvbjEhMB8GA1UEAwwYT0lTVEUgU2Vy\ndmVyIFJvb3QgUlNBIEcxMB4XDTIzMDUzMTE0MzcxNloXDTQ4MDUyNDE0MzcxNVowSzELMAkG\nA1UEBhMCQ0gxGTAXBgNVBAoMEE9JU1RFIEZvdW5kYXRpb24xITAfBgNVBAMMGE9JU1RFIFNl\ncnZlciBSb290IFJTQSBHMTCCAiIwDQYJKoZIhvcNAQEBBQADggIPADCCAgoCggIBAKqu9KuC\nz/vlNwvn1ZatkOhLKdxVYOPMvLO8LZK55KN68YG0nnJyQ98/qwsmtO57Gmn7KNByXEptaZnw\nYx4M0rH/1ow00O7brEi56rAUjtgHqSSY3ekJvqgiG1k50SeH3BzN+Puz6+mTeO0Pzjd8Jndu\nodgsIUzkik/HEzxux9UTl7Ko2yRpg1bTacuCErudG/L4NPKYKyqOBGf244ehHa1uzjZ0Dl4z\nO8vbUZeUapU8zhhabkvG/AePLhq5SvdkNCncpo1Q4Y2LS+VIG24ugBA/5J8bZT8RtOpXaZ+0\nAOuFJJkk9SGdl6r7NH8CaxWQrbueWhl/pIzY+m0o/DjH40ytas7ZTpOSjswMZ78LS5bOZmdT\naMsXEY5Z96ycG7mOaES3GK/m5Q9l3JUJsJMStR8+lKXHiHUhsd4JJCpM4rzsTGdHwimIuQq6\n+cF0zowYJmXa92/GjHtoXAvuY8BeS/FOzJ8vD+HomnqT8eDI278n5mUpezbgMxVz8p1rhAho\nKzYHKyfMeNhqhw5HdPSqoBNdZH702xSu+zrkL8Fl47l6QGzwBrd7KJvX4V84c5Ss2XCTLdyE\nr0YconosP4EmQufU2MVshGYRi3drVByjtdgQ8K4p92cIiBdcuJd5z+orKu5YM+Vt6SmqZQEN\nghPsJQtdLEByFSnTkCz3GkPVavBpAgMBAAGjYzBhMA8GA1UdEwEB/wQFMAMBAf8wHwYDVR0j\nBBgwFoAU8snBDw1jALvsRQ5KH7WxszbNDo0wHQYDVR0OBBYEFPLJwQ8NYwC77EUOSh+1sbM2\nzQ6NMA4GA1UdDwEB/wQEAwIBhjANBgkqhkiG9w0BAQwFAAOCAgEANGd5sjrG5T33I3K5Ce+S\nrScfoE4KsvXaFwyihdJ+klH9FWXXXGtkFu6KRcoMQzZENdl//nk6HOjG5D1rd9QhEOP28yBO\nqb6J8xycqd+8MDoX0TJD0KqKchxRKEzdNsjkLWd9kYccnbz8qyiWXmFcuCIzGEgWUOrKL+ml\nSdx/PKQZvDatkuK59EvV6wit53j+F8Bdh3foZ3dPAGav9LEDOr4SfEE15fSmG0eLy3n31r8X\nbk5l8PjaV8GUgeV6Vg27Rn9vkf195hfkgSe7BYhW3SCl95gtkRlpMV+bMPKZrXJAlszYd2ab\ntNUOshD+FKrDgHGdPY3ofRRsYWSGRqbXVMW215AWRqWFyp464+YTFrYVI8ypKVL9AMb2kI5W\nj4kI3Zaq5tNqqYY19tVFeEJKRvwDyF7YZvZFZSS0vod7VSCd9521Kvy5YhnLbDuv0204bKt7\nph6N/Ome/msVuduCmsuY33OhkKCgxeDoAaijFJzIwZqsFVAzje18KotzlUBDJvyBpCpfOZC3\nJ8tRd/iWkx7P8nd9H0aTolkelUTFLXVksNb54Dxp6gS1HAviRkRNQzuXSXERvSS2wq1yVAb+\naxj5d9spLFKebXd7Yv0PTY6YMjAwcRLWJTXjn/hvnLXrahut6hDTlhZyBiElxky8j3C7DORe\nIoMt0r7+hVu05L0=\n-----END CERTIFICATE-----\n";

// src/image/rootfs.ts
var NONROOT = 65532;
var PASSWD = `root:x:0:0:root:/root:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
nonroot:x:${NONROOT}:${NONROOT}:nonroot:/home/nonroot:/sbin/nologin
`;
var GROUP = `root:x:0:
nobody:x:65534:
nonroot:x:${NONROOT}:
`;
var NSSWITCH = "hosts: files dns\n";
function dir(path2, mode, owner = 0) {
  return { entry: { path: path2, type: "dir", mode, uid: owner, gid: owner, mtime: 0, size: 0 } };
}
function file2(path2, mode, text) {
  const bytes = Buffer.from(text, "utf8");
  const entry = { path: path2, type: "file", mode, uid: 0, gid: 0, mtime: 0, size: bytes.byteLength };
  return { entry, source: { bytes } };
}
var ZONEINFO_PATH = "usr/local/go/lib/time/zoneinfo.zip";
function baseFiles(zoneinfo) {
  const zone = zoneinfo ? [
    ...["usr/", "usr/local/", "usr/local/go/", "usr/local/go/lib/", "usr/local/go/lib/time/"].map(
      (d) => dir(d, 493)
    ),
    {
      entry: { path: ZONEINFO_PATH, type: "file", mode: 292, uid: 0, gid: 0, mtime: 0, size: zoneinfo.size },
      source: { path: zoneinfo.path }
    }
  ] : [];
  return [
    ...zone,
    dir("etc/", 493),
    file2("etc/group", 420, GROUP),
    file2("etc/nsswitch.conf", 420, NSSWITCH),
    file2("etc/passwd", 420, PASSWD),
    dir("etc/ssl/", 493),
    dir("etc/ssl/certs/", 493),
    file2("etc/ssl/certs/ca-certificates.crt", 420, CA_BUNDLE),
    dir("home/", 493),
    dir("home/nonroot/", 448, NONROOT),
    dir("tmp/", 1023)
  ];
}
var APP_DIR = "app";
var KO_DATA_PATH = "/var/run/ko";
function dataFiles(entries, mtime) {
  const root = KO_DATA_PATH.slice(1);
  const dirs = ["var/", "var/run/", `${root}/`].map((path2) => ({
    entry: { path: path2, type: "dir", mode: 493, uid: 0, gid: 0, mtime, size: 0 }
  }));
  return [
    ...dirs,
    ...entries.map((e) => {
      const path2 = `${root}/${e.path}`;
      if (!e.file) return { entry: { path: path2, type: "dir", mode: 493, uid: 0, gid: 0, mtime, size: 0 } };
      const mode = e.file.executable ? 493 : 420;
      return {
        entry: { path: path2, type: "file", mode, uid: 0, gid: 0, mtime, size: e.file.size },
        source: { path: e.file.path }
      };
    })
  ];
}
function binaryFiles(name, path2, size, mtime, sha256) {
  return [
    { entry: { path: `${APP_DIR}/`, type: "dir", mode: 365, uid: 0, gid: 0, mtime, size: 0 } },
    {
      entry: { path: `${APP_DIR}/${name}`, type: "file", mode: 365, uid: 0, gid: 0, mtime, size },
      source: { path: path2, ...sha256 ? { sha256 } : {} }
    }
  ];
}

// src/base/family.ts
function mergeEnv(base, appDir, ours) {
  const env = /* @__PURE__ */ new Map();
  for (const e of base ?? []) {
    const eq = e.indexOf("=");
    if (eq > 0) env.set(e.slice(0, eq), e.slice(eq + 1));
  }
  const path2 = env.get("PATH");
  env.set(
    "PATH",
    path2 ? path2.split(":").includes(appDir) ? path2 : `${appDir}:${path2}` : `${appDir}:/usr/local/bin:/usr/bin:/bin`
  );
  for (const [k, v] of Object.entries(ours)) env.set(k, v);
  return [...env].map(([k, v]) => `${k}=${v}`);
}

// src/image/run-config.ts
var DEFAULT_PATH = `/${APP_DIR}:/usr/local/bin:/usr/bin:/bin`;
var DEFAULT_USER = "65532:65532";
function runConfig(settings, binaryName2, base, layerEnv2 = {}) {
  const own = { ...layerEnv2, ...settings.env };
  const env = base ? mergeEnv(base.Env, `/${APP_DIR}`, own) : Object.entries({ PATH: DEFAULT_PATH, ...own }).map(([k, v]) => `${k}=${v}`);
  const workingDir = settings.workdir ?? base?.WorkingDir;
  const ports = [.../* @__PURE__ */ new Set([...Object.keys(base?.ExposedPorts ?? {}), ...settings.expose])];
  return {
    // scratch has no user of its own: nonroot; a base keeps its user unless `user` is given.
    user: settings.user ?? (base ? base.User ?? "" : DEFAULT_USER),
    env,
    entrypoint: settings.entrypoint ?? [`/${APP_DIR}/${binaryName2}`],
    cmd: settings.args,
    ...workingDir ? { workingDir } : {},
    exposedPorts: ports,
    labels: settings.labels
  };
}

// src/image/compose.ts
function layerEnv(opts, layers) {
  return {
    ...opts.zoneinfo && !opts.base ? { ZONEINFO: `/${ZONEINFO_PATH}` } : {},
    ...layers.data ? { KO_DATA_PATH } : {}
  };
}
function composePlatform(binary, parts, opts) {
  const created = rfc3339(opts.epoch);
  const types = mediaTypes(opts.base?.family ?? "oci");
  const base = opts.base?.platforms.get(binary.platform.name);
  const app = { ...parts.app, descriptor: { ...parts.app.descriptor, mediaType: types.layerGzip } };
  const data = parts.data ? [parts.data] : [];
  const layers = [...parts.under, ...data, app];
  const ours = { createdBy: `build-go-image: go build ${opts.mainImportPath}`, comment: `/app/${binary.name}` };
  const dataHistory = data.length > 0 ? [{ createdBy: "build-go-image: data directory", comment: KO_DATA_PATH }] : [];
  const baseComment = `CA certificates, passwd, group, nsswitch.conf, /tmp, /home/nonroot${opts.zoneinfo ? `, /${ZONEINFO_PATH}` : ""}`;
  const config = imageConfig({
    platform: binary.platform,
    created,
    run: runConfig(opts.settings, binary.name, base?.config.config, layerEnv(opts, parts)),
    diffIds: layers.map((l) => l.diffId),
    history: base ? [...dataHistory, ours] : [{ createdBy: "build-go-image: base files", comment: baseComment }, ...dataHistory, ours],
    ...base?.config.history ? { baseHistory: base.config.history } : {},
    mediaType: types.config
  });
  const manifest = imageManifest(
    config.descriptor,
    layers.map((l) => l.descriptor),
    // ko's choice: a platform image names the base's platform manifest, so updates are cheap to see.
    baseAnnotations(
      annotationsAt(opts.settings.annotations, "manifest", binary.platform.name),
      base && opts.base && { name: opts.base.name, digest: base.manifest.digest }
    ),
    types.manifest
  );
  const { architecture, os: os2, variant } = binary.platform;
  const image = {
    binary,
    manifest: { ...manifest.descriptor, platform: { architecture, os: os2, ...variant ? { variant } : {} } },
    config: config.descriptor,
    layers,
    compressedSize: config.descriptor.size + layers.reduce((n, l) => n + l.descriptor.size, 0)
  };
  return { config, manifest, image };
}
function composeIndex(images, opts) {
  if (images.length === 1) return void 0;
  const rules = opts.settings.annotations;
  return imageIndex(
    images.map((i) => ({
      ...i.manifest,
      annotations: annotationsAt(
        rules,
        "manifest-descriptor",
        i.manifest.platform && platformName(i.manifest.platform)
      )
    })),
    baseAnnotations(annotationsAt(rules, "index"), opts.base && { name: opts.base.name, digest: opts.base.digest }),
    mediaTypes(opts.base?.family ?? "oci").index
  );
}

// src/image/assemble-io.ts
async function cachedLayer(layout, files, compressor, opts) {
  const cache = opts.layerCache;
  return withFallback(compressor, async (c) => {
    const key = await layerKey(files, c.id);
    const write = async () => {
      if (!cache) return writeLayer(layout, files, c);
      const hit = await cache.lookup(key, layout);
      if (hit) return hit;
      const layer2 = await writeLayer(layout, files, c);
      cache.keep(key, layer2, layout);
      return layer2;
    };
    if (!opts.shared) return write();
    const [layer] = await opts.shared.once(key, layout, async () => [await write()]);
    return layer;
  });
}
async function prepareBelow(layout, opts, compressor) {
  const data = opts.data ? { data: await cachedLayer(layout, dataFiles(opts.data, opts.epoch), compressor, opts) } : {};
  const base = opts.base;
  if (base) {
    const pull = async () => [...(await pullBaseLayers(base, layout)).values()];
    const layers = opts.shared ? await opts.shared.once(`base ${base.reference.repository}`, layout, pull) : await pull();
    return { baseLayers: new Map(layers.map((l) => [l.descriptor.digest, l])), ...data };
  }
  return { scratchBase: await cachedLayer(layout, baseFiles(opts.zoneinfo), compressor, opts), ...data };
}
function composeOptions(opts) {
  const { settings, epoch, mainImportPath, base } = opts;
  return { settings, epoch, mainImportPath, zoneinfo: !!opts.zoneinfo, ...base ? { base } : {} };
}
async function topOf(layout, images, opts) {
  const index = composeIndex(images, composeOptions(opts));
  if (!index) return { top: images[0].manifest, images };
  await layout.putBlob(index);
  return { top: index.descriptor, images };
}
async function assembleOne(layout, binary, opts, below, compressor) {
  const app = await cachedLayer(
    layout,
    binaryFiles(binary.name, binary.path, binary.size, opts.epoch, binary.sha256),
    compressor,
    opts
  );
  const base = opts.base?.platforms.get(binary.platform.name);
  const under = base ? base.layers.map((d) => below.baseLayers?.get(d.digest)) : [below.scratchBase];
  const parts = { under, app, ...below.data ? { data: below.data } : {} };
  const { config, manifest, image } = composePlatform(binary, parts, composeOptions(opts));
  await Promise.all([layout.putBlob(config), layout.putBlob(manifest)]);
  return image;
}

// src/image/io.ts
var REF_NAME = "org.opencontainers.image.ref.name";
var ImageAssembly = class _ImageAssembly {
  constructor(layout, below, compressor, opts) {
    this.layout = layout;
    this.below = below;
    this.compressor = compressor;
    this.opts = opts;
  }
  layout;
  below;
  compressor;
  opts;
  /** What index.json lists: the image, then its referrers. */
  roots = [];
  /**
   * Open the layout (a directory that cannot be one fails here, before any image is made) and start
   * writing what lies below every binary (base files, or the base's layers) while builds run.
   */
  static async open(dir2, opts, compressor) {
    const layout = await Layout.open(dir2);
    const below = started(
      (async () => {
        const b = await prepareBelow(layout, opts, await compressor);
        if (opts.sbomGo) await prepareSboms(layout);
        return b;
      })()
    );
    return new _ImageAssembly(layout, below, compressor, opts);
  }
  get dir() {
    return this.layout.dir;
  }
  /** The layout as a store to read from (what a push sends from). */
  get source() {
    return this.layout;
  }
  async addPlatform(binary) {
    const buildInfo = this.opts.sbomGo ? started(readBuildInfo(this.opts.sbomGo, binary.path)) : void 0;
    const image = await assembleOne(this.layout, binary, this.opts, await this.below, await this.compressor);
    const sbom = buildInfo ? await attachSbom(
      this.layout,
      { manifest: image.manifest, platform: image.binary.platform.name },
      await buildInfo,
      rfc3339(this.opts.epoch)
    ) : void 0;
    const blobs = [...image.layers.map((l) => l.descriptor), image.config, ...sbom?.blobs ?? []];
    return { image, blobs, ...sbom ? { sbom } : {} };
  }
  /** The index over the platforms (in the order given), then index.json; a failure removes the layout. */
  async finish(platforms) {
    try {
      const image = await topOf(
        this.layout,
        platforms.map((p) => p.image),
        this.opts
      );
      const sboms = platforms.flatMap((p) => p.sbom ? [p.sbom] : []);
      const top = {
        ...annotationsAt(this.opts.settings.annotations, "index-descriptor"),
        [REF_NAME]: this.opts.refName
      };
      this.roots = [{ ...image.top, annotations: top }, ...sboms.map((s) => s.descriptor)];
      await this.layout.writeIndex(this.roots);
      return { ...image, sboms, refName: this.opts.refName };
    } catch (e) {
      await this.discard();
      throw e;
    }
  }
  /** Referrers made after the image (signed bundles): their blobs, then index.json lists them too. */
  async attach(referrers) {
    await this.layout.putBlob(emptyBlob());
    for (const r of referrers) {
      await this.layout.putBlob(r.bundle);
      await this.layout.putBlob(r.manifest);
    }
    this.roots = [...this.roots, ...referrers.map((r) => r.descriptor)];
    await this.layout.writeIndex(this.roots);
  }
  /** Remove what this run created, once nothing writes any more. */
  async discard() {
    await this.below.catch(() => void 0);
    await this.layout.discard();
  }
};
async function imagesAsBuilt(binaries, layout, push, workingDirectory, env) {
  const work = binaries.map(async (build2) => {
    const binary = await build2;
    const skipped = binary.linkSkipped ? ", up to date: not linked again" : "";
    const size = (binary.size / 1048576).toFixed(1);
    info(`${binary.platform.name}: built in ${binary.seconds.toFixed(2)} s (${size} MiB${skipped})`);
    const platform = await layout.addPlatform(binary);
    push?.send(layout.source, platform.blobs, platform.sbom ? [platform.image.manifest] : []);
    info(
      `${binary.platform.name}: image ${platform.image.manifest.digest}${push ? ", its blobs on their way" : ""}`
    );
    return platform;
  });
  try {
    return await settlePlatforms(work, workingDirectory, env);
  } catch (e) {
    await push?.abandon();
    await layout.discard();
    throw e;
  }
}

// src/image/shared-layers-io.ts
var SharedLayers = class {
  written = /* @__PURE__ */ new Map();
  /** The layers `write` makes for `key`, made once in the run; `layout` gets them either way. */
  async once(key, layout, write) {
    const first = this.written.get(key);
    if (!first) {
      const writing = write().then((layers2) => ({ layers: layers2, layout }));
      this.written.set(key, writing);
      return (await writing).layers;
    }
    const { layers, layout: from } = await first;
    if (from === layout) return layers;
    for (const { descriptor } of layers)
      if (!await layout.adopt(from.blobPath(descriptor.digest), descriptor.digest))
        throw new Error(`layer ${descriptor.digest} in ${from.dir} no longer matches its digest`);
    return layers;
  }
};

// src/meta/io.ts
import { readFile as readFile5 } from "node:fs/promises";

// src/meta/context.ts
function githubContext(env, payloadText) {
  let payload = {};
  try {
    payload = payloadText ? JSON.parse(payloadText) : {};
  } catch {
    payload = {};
  }
  const repo = payload.repository;
  const pullNumber = payload.pull_request?.number ?? payload.number;
  const license = repo?.license?.spdx_id;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    ref: env.GITHUB_REF ?? "",
    sha: env.GITHUB_SHA ?? "",
    repository: env.GITHUB_REPOSITORY ?? "",
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    ...repo?.default_branch ? { defaultBranch: repo.default_branch } : {},
    ...typeof pullNumber === "number" ? { pullNumber } : {},
    ...env.GITHUB_HEAD_REF ? { headRef: env.GITHUB_HEAD_REF } : {},
    ...repo?.description ? { description: repo.description } : {},
    ...license && license !== "NOASSERTION" ? { license } : {},
    ...repo?.html_url ? { htmlUrl: repo.html_url } : {}
  };
}

// src/meta/labels.ts
var P = "org.opencontainers.image.";
var GO_VERSION_LABEL = "build-go-image.go.version";
function titled(image, name, user) {
  return {
    ...image,
    labels: { ...image.labels, [`${P}title`]: name, ...user.labels },
    annotations: [...image.annotations, ...everywhere({ [`${P}title`]: name }), ...user.annotations]
  };
}
function standardLabels(ctx, epoch, version) {
  if (!ctx.repository) return {};
  const url2 = ctx.htmlUrl ?? `${ctx.serverUrl}/${ctx.repository}`;
  return {
    [`${P}created`]: rfc3339(epoch),
    ...ctx.description ? { [`${P}description`]: ctx.description } : {},
    ...ctx.license ? { [`${P}licenses`]: ctx.license } : {},
    .../^[0-9a-f]{40}$/.test(ctx.sha) ? { [`${P}revision`]: ctx.sha } : {},
    [`${P}source`]: url2,
    [`${P}title`]: ctx.repository.split("/").pop() ?? ctx.repository,
    [`${P}url`]: url2,
    ...version ? { [`${P}version`]: version } : {}
  };
}

// src/meta/io.ts
async function git(cwd, args) {
  try {
    const out = await getExecOutput("git", args, { cwd, silent: true, ignoreReturnCode: true });
    return out.exitCode === 0 ? out.stdout.trim() : void 0;
  } catch {
    return void 0;
  }
}
async function readSourceFacts(cwd, env) {
  const [commitTime, head2] = await Promise.all([
    git(cwd, ["log", "-1", "--format=%ct"]),
    git(cwd, ["rev-parse", "HEAD"])
  ]);
  const commit = env.GITHUB_SHA || head2;
  return {
    ...env.SOURCE_DATE_EPOCH ? { sourceDateEpoch: env.SOURCE_DATE_EPOCH } : {},
    ...commitTime ? { commitTime } : {},
    ...commit ? { commit } : {},
    ...env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}
  };
}
function imageAnnotations(standard, config) {
  const rules = [...everywhere(standard), ...config.image.annotations];
  if (config.platforms.length !== 1) return rules;
  return rules.map(
    (r) => r.levels.includes("index") && !r.levels.includes("manifest") ? { ...r, levels: [...r.levels, "manifest"] } : r
  );
}
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
async function readMetadata(config, env, goVersion) {
  const stamp = buildStamp(await readSourceFacts(config.workingDirectory, env));
  const { epoch } = stamp;
  const payload = env.GITHUB_EVENT_PATH ? await readFile5(env.GITHUB_EVENT_PATH, "utf8").catch(() => void 0) : void 0;
  if (payload !== void 0 && !isJson(payload))
    warning(
      `GITHUB_EVENT_PATH ${env.GITHUB_EVENT_PATH} is not JSON: the event's facts (pull request number, default branch, description, license) are left out of the tags and labels`
    );
  const github = githubContext(env, payload);
  const templates = [...config.publish.tagTemplates, ...config.publish.targets[0]?.tagTemplates ?? []];
  const local = templates.length > 0 ? renderTags(templates, github, epoch).tags : deriveTags(github, []);
  const facts = refFacts(github);
  const version = facts.version?.version ?? local[0];
  const standard = standardLabels(github, epoch, version);
  for (const [k, v] of Object.entries(standard)) debug(`${k}=${v}`);
  const refName = config.publish.targets[0]?.tags[0] ?? local[0] ?? "latest";
  const first = config.publish.targets[0]?.reference;
  const tags = [...local, ...config.publish.targets.flatMap((t) => t.tags)];
  return {
    github,
    stamp,
    release: releaseDecision(config.releaseMode, github, tags),
    image: {
      ...config.image,
      labels: { ...standard, ...goVersion ? { [GO_VERSION_LABEL]: goVersion } : {}, ...config.image.labels },
      annotations: imageAnnotations(standard, config)
    },
    refName,
    repoTag: `${first ? `${first.registry}/${first.repository}` : "build-go-image"}:${refName}`
  };
}

// src/plan.ts
function planRun(config, source, eventName) {
  const { publish } = config;
  const first = publish.targets[0]?.reference;
  const release = source.release.release ? source.release.why : void 0;
  return {
    ...release ? { release } : {},
    push: publish.push,
    ...!publish.push && publish.targets.length > 0 ? { notPushing: `push: ${publish.mode}, event: ${eventName ?? "none"}` } : {},
    archive: Boolean(config.tarball) || config.load,
    ...release && source.commit !== "unknown" ? { evidence: { commit: source.commit } } : {},
    subjectName: first ? `${first.registry}/${first.repository}` : "image",
    attestationsApi: publish.push && config.attest.githubApi
  };
}

// src/registry/io.ts
import { readFile as readFile6 } from "node:fs/promises";
import { homedir } from "node:os";
import { join as join13 } from "node:path";

// src/lib/registry/credentials.ts
var CredentialError = class extends Error {
  name = "CredentialError";
};
function normalizeHost(key) {
  const host = key.replace(/^[a-z]+:\/\//i, "").split("/")[0]?.toLowerCase() ?? "";
  return isDockerHub(host) ? "docker.io" : host;
}
function parseDockerConfig(text, path2) {
  let v;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new CredentialError(`${path2} is not valid JSON: ${e.message}`);
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new CredentialError(`${path2} is not a JSON object`);
  return v;
}
function decodeAuth(auth, registry) {
  const text = Buffer.from(auth, "base64").toString("utf8");
  const colon = text.indexOf(":");
  if (colon <= 0)
    throw new CredentialError(
      `the docker config entry for ${registry} has an 'auth' that is not base64 of user:password`
    );
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}
function fromHelperOutput(out) {
  if (!out?.Secret) return void 0;
  if (out.Username === "<token>") return { kind: "identity", username: "<token>", token: out.Secret };
  return { kind: "basic", username: out.Username ?? "", password: out.Secret };
}
async function credentialFromDockerConfig(config, registry, runHelper2) {
  const host = normalizeHost(registry);
  const serverUrl = host === "docker.io" ? "https://index.docker.io/v1/" : host;
  for (const [key, helper] of Object.entries(config.credHelpers ?? {})) {
    if (normalizeHost(key) === host) return fromHelperOutput(await runHelper2(helper, serverUrl));
  }
  for (const [key, entry] of Object.entries(config.auths ?? {})) {
    if (normalizeHost(key) !== host) continue;
    if (entry.registrytoken) return { kind: "registry-token", token: entry.registrytoken };
    const basic = entry.auth ? decodeAuth(entry.auth, registry) : entry.username && entry.password ? { username: entry.username, password: entry.password } : void 0;
    if (entry.identitytoken)
      return { kind: "identity", username: basic?.username ?? "<token>", token: entry.identitytoken };
    if (basic) return { kind: "basic", ...basic };
  }
  if (config.credsStore) return fromHelperOutput(await runHelper2(config.credsStore, serverUrl));
  return void 0;
}
function secretsOf(c) {
  return c.kind === "basic" ? [c.password] : [c.token];
}

// src/registry/http-io.ts
import { Readable as Readable3 } from "node:stream";
var DEFAULT_IDLE_MS = 6e4;
function idleTimeoutMs(env) {
  const s = Number(env.BUILD_GO_IMAGE_IDLE_TIMEOUT);
  return Number.isFinite(s) && s > 0 ? s * 1e3 : DEFAULT_IDLE_MS;
}
function httpTransport(userAgent2 = "build-go-image", idleMs = DEFAULT_IDLE_MS) {
  const options = { allowRedirects: false, allowRetries: false, keepAlive: true, socketTimeout: idleMs + 1e3 };
  const clients = { "https:": new HttpClient(userAgent2, [], options), "http:": new HttpClient(userAgent2, [], options) };
  return {
    async send(req) {
      const body = req.body?.();
      const data = body === void 0 ? null : Buffer.isBuffer(body) ? Readable3.from([body]) : body;
      try {
        const client = new URL(req.url).protocol === "http:" ? clients["http:"] : clients["https:"];
        const bodyFailed = data && new Promise((_, reject) => {
          data.once("error", reject);
        });
        bodyFailed?.catch(() => void 0);
        const sending = client.request(req.method, req.url, data, req.headers ?? {});
        const res = await (bodyFailed ? Promise.race([sending, bodyFailed]).catch((e) => {
          void sending.then(
            (late) => late.message.destroy(),
            () => void 0
          );
          throw e;
        }) : sending);
        let guarded;
        const stream2 = () => guarded ??= guardBody(res.message, { method: req.method, url: redactUrl(req.url), idleMs });
        let read;
        const text = () => read ??= readAll(stream2(), MAX_TEXT_BYTES, `${req.method} ${redactUrl(req.url)}`).then(
          (b) => b.toString("utf8")
        );
        return {
          status: res.message.statusCode ?? 0,
          headers: res.message.headers,
          url: req.url,
          text,
          stream: stream2,
          discard: () => text().then(
            () => void 0,
            () => void 0
          )
        };
      } catch (e) {
        if (body instanceof Readable3) body.destroy();
        throw new RegistryError({
          method: req.method,
          url: redactUrl(req.url),
          temporary: isTemporaryNetworkError(e) || e.temporary === true,
          message: `${req.method} ${redactUrl(req.url)}: ${e.message}`,
          cause: e
        });
      }
    },
    close: () => {
      for (const c of Object.values(clients)) c.dispose();
    }
  };
}

// src/registry/login.ts
function githubRegistry(server) {
  const host = server ? new URL(server).host.toLowerCase() : "github.com";
  return host === "github.com" ? "ghcr.io" : `containers.${host}`;
}
function inputCredential(registry, login) {
  const host = normalizeHost(registry);
  if (login.username && login.password && login.registry && normalizeHost(login.registry) === host) {
    return { kind: "basic", username: login.username, password: login.password };
  }
  return void 0;
}
function githubCredential(registry, login) {
  if (normalizeHost(registry) !== githubRegistry(login.githubServer) || !login.githubToken) return void 0;
  return { kind: "basic", username: login.githubActor || "x-access-token", password: login.githubToken };
}

// src/registry/io.ts
var runHelper = async (helper, serverUrl) => {
  const out = await getExecOutput(`docker-credential-${helper}`, ["get"], {
    input: Buffer.from(serverUrl),
    silent: true,
    ignoreReturnCode: true
  }).catch((e) => {
    throw new CredentialError(`docker-credential-${helper} could not be run: ${e.message}`);
  });
  if (out.exitCode !== 0) return void 0;
  try {
    return JSON.parse(out.stdout);
  } catch {
    throw new CredentialError(`docker-credential-${helper} printed something that is not JSON`);
  }
};
async function dockerConfig(env) {
  const path2 = join13(env.DOCKER_CONFIG || join13(homedir(), ".docker"), "config.json");
  const text = await readFile6(path2, "utf8").catch(() => void 0);
  return text === void 0 ? void 0 : parseDockerConfig(text, path2);
}
async function credentialFor(registry, login, env) {
  let cred = inputCredential(registry, login);
  if (!cred) {
    const config = await dockerConfig(env);
    if (config) cred = await credentialFromDockerConfig(config, registry, runHelper);
  }
  cred ??= githubCredential(registry, login);
  for (const s of cred ? secretsOf(cred) : []) setSecret(s);
  return cred;
}
function clientFactory(creds, cancellation, transport = httpTransport("build-go-image", idleTimeoutMs(process.env))) {
  const clients = /* @__PURE__ */ new Map();
  return {
    transport,
    cancellation,
    client(apiHost) {
      let c = clients.get(apiHost);
      if (!c) {
        const credential = creds.get(apiHost);
        c = new RegistryClient(apiHost, {
          transport,
          cancellation,
          ...credential ? { credential } : {},
          onSecret: (s) => setSecret(s),
          debug: (m) => debug(m),
          retry: loggedRetry(info)
        });
        clients.set(apiHost, c);
      }
      return c;
    }
  };
}

// src/publish/blob-places.ts
var BlobPlaces = class {
  places = /* @__PURE__ */ new Map();
  /** A copy into `repository` on `apiHost` started: the first one for the blob there is its place. */
  placing(apiHost, repository, digest, copying) {
    const key = `${apiHost} ${digest}`;
    if (this.places.has(key)) return;
    this.places.set(key, {
      repository,
      landed: copying.then(
        () => repository,
        () => void 0
      )
    });
  }
  /** The repository on `apiHost` another copy put the blob in, once landed; undefined: upload it. */
  async from(apiHost, repository, digest) {
    const place = this.places.get(`${apiHost} ${digest}`);
    return place && place.repository !== repository ? place.landed : void 0;
  }
};

// src/publish/evidence.ts
function commitTag(tags) {
  return tags.find((t) => /^sha-[0-9a-f]{7,40}$/.test(t));
}
async function layersOf(store, top) {
  const m = parseManifest(top);
  if (m.kind === "manifest") return m.layers.map((l) => l.digest);
  const out = [];
  for (const child of childrenOf(m)) {
    const blob = await store.getManifest(child.digest);
    if (blob) out.push(...await layersOf(store, blob));
  }
  return out;
}
async function compareHeld(held, tag, release, top) {
  const where2 = `${held.name}:${tag}`;
  const before = await held.getManifest(tag);
  if (!before) return { kind: "none", message: `reproducibility: ${where2} does not exist yet; nothing to compare` };
  const ours = top.descriptor.digest;
  const theirs = before.descriptor.digest;
  if (theirs === ours)
    return { kind: "same", message: `reproducibility: ${where2} holds ${theirs}, the release's digest: reproduced` };
  const sameLayers = JSON.stringify(await layersOf(held, before).catch(() => [])) === JSON.stringify(await layersOf(release, top));
  return {
    kind: "different",
    message: `reproducibility: ${where2} holds ${theirs}, the release is ${ours}: ` + (sameLayers ? "the layers (the programs) are the same; the configs or annotations differ (labels naming the version?)" : "the layers differ: the same commit built to other bytes")
  };
}

// src/publish/explain.ts
var ECR = /\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;
function explainPushError(e) {
  if (!(e instanceof RegistryError) || !e.codes.includes("NAME_UNKNOWN")) return e;
  const m = /^https?:\/\/([^/]+)\/v2\/(.+?)\/(?:blobs|manifests|tags|referrers)\//.exec(e.url);
  if (!m) return e;
  const [, host = "", repository = ""] = m;
  const fixes = ECR.test(host) ? `ECR does not create repositories on push: create it (aws ecr create-repository --repository-name ${repository}), or give the registry a repository creation template that applies on push` : "create it in the registry first, or check the image name";
  return new Error(`${host}/${repository} does not exist (${e.method} answered NAME_UNKNOWN); ${fixes}`, { cause: e });
}

// src/lib/oci/memory-store.ts
import { Readable as Readable4 } from "node:stream";
function memoryStore(blobs, name = "memory") {
  const by = new Map(blobs.map((b) => [b.descriptor.digest, b]));
  const bytes = (digest) => {
    const blob = by.get(digest);
    if (!blob) throw new Error(`${name}: no blob ${digest}`);
    return Buffer.from(blob.bytes);
  };
  return {
    name,
    getManifest: async (reference) => by.get(reference),
    readBlob: async (digest) => bytes(digest),
    blobSource: (digest, size) => ({
      size,
      open: (start, end) => {
        try {
          return Readable4.from([bytes(digest).subarray(start, end)]);
        } catch (e) {
          return new Readable4({ read: () => void 0 }).destroy(e);
        }
      }
    })
  };
}

// src/publish/merge-plan.ts
function mergedIndex(children, rules, baseDigest2) {
  const seen = /* @__PURE__ */ new Map();
  for (const c of children) {
    const name = platformName(c.descriptor.platform);
    const other = seen.get(name);
    if (other)
      throw new InputError(
        "merge",
        c.source,
        `platform ${name} appears twice (also in ${other.source}); give each platform once`
      );
    seen.set(name, c);
  }
  const [first, ...rest] = children;
  const manifestOnly = manifestOnlyKeys(rules);
  const shared = {};
  for (const [k, v] of Object.entries(first?.annotations ?? {})) {
    if (!manifestOnly.has(k) && rest.every((c) => c.annotations[k] === v)) shared[k] = v;
  }
  const { [BASE_NAME]: baseName, [BASE_DIGEST]: _platformBase, ...own } = shared;
  const digest = baseName?.includes("@sha256:") ? baseName.slice(baseName.indexOf("@") + 1) : baseDigest2;
  const family = children.every((c) => familyOf(c.descriptor.mediaType) === "docker") ? "docker" : "oci";
  return imageIndex(
    children.map((c) => ({
      ...c.descriptor,
      annotations: annotationsAt(rules, "manifest-descriptor", platformName(c.descriptor.platform))
    })),
    {
      ...baseName && digest ? baseAnnotations(own, { name: baseName, digest }) : baseName ? { ...own, [BASE_NAME]: baseName } : own,
      ...annotationsAt(rules, "index")
    },
    mediaTypes(family).index
  );
}

// src/publish/plan.ts
function planPush(top, manifests, referrers = []) {
  const blobs = /* @__PURE__ */ new Map();
  const ordered = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (d) => {
    if (seen.has(d.digest)) return;
    seen.add(d.digest);
    const blob = manifests.get(d.digest);
    if (!blob) throw new Error(`manifest ${d.digest} is missing from the layout`);
    const m = parseManifest(blob);
    if (m.kind === "index") {
      for (const child of m.manifests) visit(child);
    } else {
      for (const b of childrenOf(m)) if (!blobs.has(b.digest)) blobs.set(b.digest, b);
    }
    ordered.push({ descriptor: { mediaType: d.mediaType, digest: d.digest, size: d.size }, bytes: blob.bytes });
  };
  visit(top);
  const last = ordered.at(-1);
  if (!last) throw new Error("nothing to push");
  const imageManifests = ordered.length;
  for (const r of referrers) visit(r);
  return {
    blobs: [...blobs.values()],
    manifests: ordered.slice(0, imageManifests),
    top: last,
    referrers: ordered.slice(imageManifests)
  };
}

// src/publish/tag-ledger.ts
var TagLedger = class {
  planned = [];
  moved = [];
  /** Read first and found at the image already (a re-run): not written again. */
  already = [];
  /** Sent, answer not yet seen: may or may not have moved. */
  inFlight = /* @__PURE__ */ new Set();
  notMoved() {
    return this.planned.filter((t) => !this.moved.includes(t) && !this.inFlight.has(t) && !this.already.includes(t));
  }
  /** One line for an error message or a cancellation. */
  describe() {
    const there = this.already.length > 0 ? `; already there: ${this.already.join(", ")}` : "";
    if (this.moved.length === 0 && this.inFlight.size === 0) return `no tag was written or moved${there}`;
    const parts = [`tags moved: ${this.moved.join(", ") || "none"}${there}`];
    if (this.inFlight.size > 0) parts.push(`sent but unconfirmed: ${[...this.inFlight].join(", ")}`);
    parts.push(`not moved: ${this.notMoved().join(", ") || "none"}`);
    return parts.join("; ");
  }
};
var TaggingError = class extends Error {
  constructor(failed, ledger, options) {
    super(
      `tagging stopped at ${failed}: ${options.cause?.message ?? String(options.cause)}; ${ledger.describe()}`,
      options
    );
    this.failed = failed;
    this.ledger = ledger;
  }
  failed;
  ledger;
  name = "TaggingError";
};
var TagMoveRefused = class extends Error {
  constructor(reference, held, digest, options) {
    super(
      `${reference} is at ${held}; moving it to ${digest} was refused (${options.cause?.message ?? String(options.cause)}). The repository may keep its tags immutable: push under a new tag, or let this one move`,
      options
    );
    this.reference = reference;
    this.held = held;
    this.digest = digest;
  }
  reference;
  held;
  digest;
  name = "TagMoveRefused";
};

// src/publish/tagging.ts
async function writeTags(writes, ledger, cancellation, concurrency = 4) {
  ledger.planned.push(...writes.map((w) => w.reference));
  const limit = pLimit(concurrency);
  let failure;
  await Promise.all(
    writes.map(
      (w) => limit(async () => {
        if (failure || cancellation?.isCancelled) return;
        const held = await w.held().catch(() => void 0);
        if (held === w.digest) return void ledger.already.push(w.reference);
        ledger.inFlight.add(w.reference);
        try {
          await w.put();
          ledger.moved.push(w.reference);
        } catch (error2) {
          const refused2 = held ? new TagMoveRefused(w.reference, held, w.digest, { cause: error2 }) : error2;
          failure ??= { reference: w.reference, error: refused2 };
        } finally {
          ledger.inFlight.delete(w.reference);
        }
      })
    )
  );
  if (failure) throw new TaggingError(failure.reference, ledger, { cause: failure.error });
}

// src/publish/publication-io.ts
var Publication = class {
  constructor(targets, opts) {
    this.targets = targets;
    this.opts = opts;
    this.repos = targets.map(
      (t) => new Repository(opts.client(t.reference.apiHost), t.reference.repository, {
        access: "push",
        ...opts.upload ? { upload: opts.upload } : {}
      })
    );
    this.blobs = new BlobCopy(this.repos, {
      concurrency: opts.concurrency,
      retry: opts.retry ?? (opts.log ? loggedRetry(opts.log) : DEFAULT_RETRY),
      mountFrom: (i, digest) => this.mountSource(i, digest),
      onCopy: (i, digest, copying) => {
        const { apiHost, repository } = this.targets[i].reference;
        opts.places?.placing(apiHost, repository, digest, copying);
      }
    });
  }
  targets;
  opts;
  repos;
  blobs;
  early = /* @__PURE__ */ new Set();
  /** Fallback tags read ahead, by `<target index> <subject digest>`. */
  fallbacks = /* @__PURE__ */ new Map();
  held;
  get stats() {
    return this.blobs.stats;
  }
  /**
   * Start sending these blobs of `source` to every target; `finish` waits for them. `subjects`:
   * manifests that referrers will name; what their fallback tags hold is read now, off the end
   * of the push (reads only: nothing is written before `finish`).
   */
  send(source, blobs, subjects = []) {
    this.readTags();
    for (const blob of blobs)
      this.whileBuilding(
        (async () => {
          for (const i of this.repos.keys()) await this.blobs.copy(i, source, blob);
        })()
      );
    if (this.opts.referrersTag === false) return;
    for (const subject of subjects)
      for (const [i, repo] of this.repos.entries()) {
        const reading = repo.getManifest(fallbackTag(subject.digest));
        this.fallbacks.set(`${i} ${subject.digest}`, reading);
        this.whileBuilding(reading);
      }
  }
  /** Where each tag points now (read before writing it, as go-containerregistry does), read once. */
  readTags() {
    this.held ??= this.repos.map(
      (repo, i) => this.targets[i].tags.map((tag) => {
        const reading = repo.manifestDigest(tag, MANIFEST_TYPES).catch(() => void 0);
        this.whileBuilding(reading);
        return reading;
      })
    );
    return this.held;
  }
  /** A request made before `finish`: `abandon` waits for it; its failure is met again there. */
  whileBuilding(work) {
    const settled = work.then(
      () => void 0,
      () => void 0
    );
    this.early.add(settled);
    void settled.then(() => this.early.delete(settled));
  }
  /** Nothing more starts; waits for what is on its way (a failed run must not leave requests behind). */
  async abandon() {
    this.blobs.stop();
    await Promise.allSettled([...this.early]);
  }
  /** `top` and what it names, then the other roots (its referrers), from `content` to every target. */
  async finish(content, top, beforeTags) {
    const referrers = content.roots.filter((r) => r.digest !== top.digest);
    const plan = planPush(top, content.manifests, referrers);
    const log = this.opts.log ?? (() => void 0);
    const referrersTag = this.opts.referrersTag ?? true;
    const held = this.readTags();
    for (const [i, repo] of this.repos.entries()) {
      const target = this.targets[i];
      const outcomes = await Promise.all(plan.blobs.map((blob) => this.blobs.copy(i, content.source, blob)));
      const count = (o) => outcomes.filter((x) => x === o).length;
      log(
        `${target.reference.registry}/${repo.name}: ${count("uploaded")} blobs uploaded, ${count("mounted")} mounted, ${count("exists")} already there`
      );
      const children = plan.manifests.slice(0, -1);
      await Promise.all(children.map((m) => repo.putManifest(m.descriptor.digest, m)));
      const top2 = repo.putManifest(plan.top.descriptor.digest, plan.top);
      const api = plan.referrers.length > 0 ? started(
        (children[0] ? Promise.resolve(children[0]) : top2.then(() => plan.top)).then(
          (m) => repo.referrers(m.descriptor.digest)
        )
      ) : void 0;
      const bySubject = /* @__PURE__ */ new Map();
      for (const r of plan.referrers) {
        const subject = parseManifest(r).subject?.digest ?? r.descriptor.digest;
        bySubject.set(subject, [...bySubject.get(subject) ?? [], r]);
      }
      await Promise.all([
        top2,
        ...[...bySubject].map(async ([subject, list]) => {
          if (subject === plan.top.descriptor.digest) await top2;
          for (const [n, r] of list.entries()) {
            const entry = referrers.find((d) => d.digest === r.descriptor.digest) ?? r.descriptor;
            const read = n === 0 ? this.fallbacks.get(`${i} ${subject}`) : void 0;
            await pushReferrer(repo, r, entry, log, {
              referrersTag,
              ...api ? { api } : {},
              ...read ? { read } : {}
            });
          }
        })
      ]);
    }
    if (beforeTags)
      for (const [i, repo] of this.repos.entries()) await beforeTags(this.targets[i], repo, plan.top);
    const ledger = this.opts.ledger ?? new TagLedger();
    const known = ledger.already.length;
    await writeTags(
      this.repos.flatMap((repo, i) => {
        const target = this.targets[i];
        return target.tags.map((tag, t) => ({
          reference: formatReference({ ...target.reference, tag }),
          digest: plan.top.descriptor.digest,
          held: () => held[i]?.[t],
          put: () => repo.putManifest(tag, plan.top)
        }));
      }),
      ledger,
      this.opts.cancellation
    );
    for (const reference of ledger.already.slice(known)) log(`${reference}: already there, not written again`);
    return { digest: plan.top.descriptor.digest, stats: this.stats };
  }
  /**
   * Where target i can mount a blob from: an earlier target on the same registry (which has every
   * blob by the time target i asks), the base image's repository there, or where another image of the
   * run put it (once it lands).
   */
  mountSource(i, digest) {
    const target = this.targets[i];
    const sibling = this.targets.slice(0, i).find(
      (t) => t.reference.apiHost === target.reference.apiHost && t.reference.repository !== target.reference.repository
    );
    if (sibling) return sibling.reference.repository;
    const origin = this.opts.origin?.(digest);
    if (origin && origin.apiHost === target.reference.apiHost) return origin.repository;
    return this.opts.places?.from(target.reference.apiHost, target.reference.repository, digest);
  }
};
async function pushReferrer(repo, artifact, entry, log, opts = {}) {
  const subject = parseManifest(artifact).subject;
  const tag = subject && fallbackTag(subject.digest);
  const reading = tag && opts.referrersTag !== false ? started(opts.read?.catch(() => repo.getManifest(tag)) ?? repo.getManifest(tag)) : void 0;
  await repo.putManifest(artifact.descriptor.digest, artifact);
  if (!subject || !tag) return;
  await opts.api?.catch(() => void 0);
  const listed = await repo.referrers(subject.digest);
  if (listed?.some((d) => d.digest === artifact.descriptor.digest)) return;
  const why = listed ? "the referrers API does not list it" : "no referrers API";
  const what = `${entry.artifactType ?? "artifact"} ${artifact.descriptor.digest}`;
  if (!reading) return log(`${repo.name}: ${why}; ${what} is not listed (referrers-tag: false)`);
  const current = await reading;
  const existing = current && parseManifest(current);
  const next = addToFallbackIndex(existing && existing.kind === "index" ? existing : void 0, entry);
  if (next)
    await repo.putManifest(tag, next).catch((e) => {
      if (!current) throw e;
      throw new Error(
        `${repo.name}: the referrers tag ${tag} could not be extended to list ${what} (${e.message}); a repository with immutable tags must leave sha256-* tags mutable (ECR: IMMUTABLE_WITH_EXCLUSION with the filter sha256-*), or set referrers-tag: false if every registry you use has the referrers API`,
        { cause: e }
      );
    });
  log(`${repo.name}: ${why}; ${what} listed under tag ${tag}`);
}

// src/publish/merge-io.ts
function platformOf2(what, config) {
  if (!config.platform)
    throw new Error(`${what}: its config names no os and architecture, so it has no platform to merge under`);
  return config.platform;
}
async function findChildren(settings, client) {
  const found = [];
  for (const entry of settings.merge) {
    const reference = entry.repository ?? settings.targets[0]?.reference;
    const repository = new Repository(client(reference.apiHost), reference.repository);
    const source = formatReference({ ...reference, digest: entry.digest });
    const blob = await repository.getManifest(entry.digest);
    if (!blob)
      throw new InputError(
        "merge",
        source,
        `it is not in ${reference.registry}/${reference.repository}; give the digests the build jobs pushed (their digest output)`
      );
    const top = parseManifest(blob);
    const children = top.kind === "index" ? top.manifests : [blob.descriptor];
    for (const child of children) {
      if (child.platform?.os === "unknown") continue;
      const manifest = child.digest === blob.descriptor.digest ? blob : await repository.getManifest(child.digest);
      if (!manifest)
        throw new InputError("merge", source, `its index names ${child.digest}, which is not in the repository`);
      const parsed = parseManifest(manifest);
      if (parsed.kind !== "manifest")
        throw new InputError("merge", source, `its index names ${child.digest}, an index, not a platform image`);
      const what = `${repository.name}@${manifest.descriptor.digest}`;
      const config = parseImageConfig(await repository.readBlob(parsed.config.digest), `the config of ${what}`);
      const platform = child.platform ?? platformOf2(what, config);
      const { mediaType, digest, size } = manifest.descriptor;
      found.push({
        descriptor: { mediaType, digest, size, platform },
        annotations: parsed.annotations,
        source,
        repository,
        reference,
        blob: manifest,
        manifest: parsed,
        config
      });
    }
  }
  return found;
}
async function referrersOf(repo, subject) {
  const listed = await repo.referrers(subject);
  if (listed) return listed;
  const fallback = await repo.getManifest(fallbackTag(subject));
  const index = fallback && parseManifest(fallback);
  return index && index.kind === "index" ? index.manifests : [];
}
async function baseDigest(children, client) {
  const name = children[0]?.annotations[BASE_NAME];
  if (!name || name.includes("@sha256:") || children.some((c) => c.annotations[BASE_NAME] !== name)) return void 0;
  const missing = `the merged index names no ${BASE_DIGEST}, so it differs from a single job's`;
  try {
    const ref = parseReference(name);
    const top = await new Repository(client(ref.apiHost), ref.repository).getManifest(ref.tag ?? "latest");
    const parsed = top && parseManifest(top);
    const below = parsed && parsed.kind === "index" ? parsed.manifests.map((m) => m.digest) : [];
    const held = new Set(top ? [top.descriptor.digest, ...below] : []);
    const holds = (c) => {
      const d = c.annotations[BASE_DIGEST];
      return isDigest(d) && held.has(d);
    };
    if (top && children.every(holds)) return top.descriptor.digest;
    warning(`base image ${name} ${top ? "has moved since the builds" : "is gone"}; ${missing}`);
  } catch (e) {
    warning(`base image ${name} could not be read (${e.message}); ${missing}`);
  }
  return void 0;
}
function goVersionsOf(children) {
  const versions = /* @__PURE__ */ new Map();
  for (const c of children) {
    const labels = c.config.config?.Labels ?? {};
    const go = typeof labels[GO_VERSION_LABEL] === "string" ? labels[GO_VERSION_LABEL] : "unrecorded";
    versions.set(go, [...versions.get(go) ?? [], platformName(c.descriptor.platform)]);
  }
  return versions;
}
function createdEpoch(children) {
  let newest;
  for (const c of children) {
    const created = c.annotations["org.opencontainers.image.created"] || c.config.created;
    const ms = created ? Date.parse(created) : Number.NaN;
    if (Number.isFinite(ms)) newest = Math.max(newest ?? 0, Math.floor(ms / 1e3));
  }
  return newest;
}
async function mergeImages(settings, rules, client, tagsFor2, life, attest2) {
  const children = await findChildren(settings, client);
  const goVersions = goVersionsOf(children);
  if (goVersions.size > 1)
    warning(
      `the images merged were built with different Go versions (${[...goVersions].map(([g, p]) => `${g}: ` + p.join(", ")).join("; ")}): give every leg the same go-version or go-version-file`
    );
  info(`merging ${children.length} images: ${children.map((c) => platformName(c.descriptor.platform)).join(", ")}`);
  const index = mergedIndex(children, rules, await baseDigest(children, client));
  const referrers = attest2 ? await attest2(index.descriptor) : [];
  const created = createdEpoch(children);
  const targets = [];
  for (const t of settings.targets) targets.push({ reference: t.reference, tags: await tagsFor2(t, created) });
  for (const { reference } of targets) {
    const repo = new Repository(client(reference.apiHost), reference.repository);
    for (const child of children)
      if (!await repo.manifestDigest(child.descriptor.digest, [child.descriptor.mediaType]))
        info(`copying ${child.source} (${child.descriptor.digest}) into ${formatReference(reference)}`);
  }
  const content = await mergedContent(index, referrers, children);
  const origins = /* @__PURE__ */ new Map();
  for (const c of children)
    for (const d of [c.manifest.config, ...c.manifest.layers]) origins.set(d.digest, c.reference);
  const publication = new Publication(targets, {
    client,
    concurrency: 4,
    log: info,
    ledger: life.ledger,
    cancellation: life.cancellation,
    referrersTag: settings.referrersTag,
    origin: (digest2) => origins.get(digest2)
  });
  const { stats } = await publication.finish(content, index.descriptor);
  const digest = index.descriptor.digest;
  return {
    digest,
    stats,
    descriptor: index.descriptor,
    digests: Object.fromEntries(children.map((c) => [platformName(c.descriptor.platform), c.descriptor.digest])),
    images: targets.map(({ reference }) => formatReference({ ...reference, digest })),
    tags: targets.flatMap(({ reference, tags }) => tags.map((tag) => formatReference({ ...reference, tag })))
  };
}
async function mergedContent(index, referrers, children) {
  const signed = [emptyBlob(), ...referrers.flatMap((r) => [r.bundle, r.manifest])];
  const own = {
    source: memoryStore([index, ...signed], "the merged index"),
    roots: [index.descriptor, ...referrers.map((r) => r.descriptor)],
    manifests: new Map([index, ...referrers.map((r) => r.manifest)].map((b) => [b.descriptor.digest, b]))
  };
  const parts = [own];
  for (const c of children)
    parts.push(
      await readContent(c.repository, [c.descriptor, ...await referrersOf(c.repository, c.descriptor.digest)])
    );
  const manifests = new Map(parts.flatMap((p) => [...p.manifests]));
  const roots = parts.flatMap((p) => p === own ? p.roots : p.roots.slice(1));
  return { source: joinedSource("the merge", parts), roots, manifests };
}

// src/publish/io.ts
async function tagsFor(settings, t, source, client) {
  let computed;
  const templates = [...settings.tagTemplates, ...t.tagTemplates];
  if (templates.length > 0) {
    const { tags: tags2, skipped } = renderTags(templates, source.github, source.epoch);
    for (const s of skipped)
      info(`tag template ${s} has no value for this event (${source.github.eventName || "no event"}); skipped`);
    computed = tags2;
  } else {
    const v = refFacts(source.github).version;
    const existing = v && v.prerelease.length === 0 ? await new Repository(client, t.reference.repository, { access: "push" }).listTags() : [];
    computed = deriveTags(source.github, existing);
  }
  const tags = [.../* @__PURE__ */ new Set([...t.tags, ...computed])];
  for (const tag of tags)
    if (!TAG.test(tag))
      throw new InputError("tags", tag, "a tag is 1-128 of A-Z a-z 0-9 _ . - and does not start with . or -");
  return tags.length > 0 ? tags : ["latest"];
}
async function connect(settings, env, life, extra = []) {
  const first = settings.targets[0]?.reference.registry;
  const creds = /* @__PURE__ */ new Map();
  const refs = [
    ...settings.targets.map((t) => t.reference),
    ...settings.merge.flatMap((m) => m.repository ? [m.repository] : []),
    ...extra
  ];
  for (const ref of refs) {
    if (creds.has(ref.apiHost)) continue;
    creds.set(
      ref.apiHost,
      await credentialFor(
        ref.registry,
        {
          ...first ? { registry: first } : {},
          ...settings.username ? { username: settings.username, password: settings.password ?? "" } : {},
          ...settings.githubToken ? { githubToken: settings.githubToken } : {},
          ...env.GITHUB_ACTOR ? { githubActor: env.GITHUB_ACTOR } : {},
          ...env.GITHUB_SERVER_URL ? { githubServer: env.GITHUB_SERVER_URL } : {}
        },
        env
      )
    );
    info(`${ref.registry}: ${describe(creds.get(ref.apiHost))}`);
  }
  return { ...clientFactory(creds, life.cancellation), ledger: life.ledger, places: new BlobPlaces() };
}
async function openPublication(settings, registries, source, base) {
  const targets = [];
  for (const t of settings.targets) {
    targets.push({
      reference: t.reference,
      tags: settings.pushByDigest ? [] : await tagsFor(settings, t, source, registries.client(t.reference.apiHost))
    });
  }
  const baseBlobs = new Set(
    [...base?.platforms.values() ?? []].flatMap((p) => p.layers.map((l) => l.digest))
  );
  const origin = base ? (d) => baseBlobs.has(d) ? { apiHost: base.reference.apiHost, repository: base.reference.repository } : void 0 : void 0;
  const publication = new Publication(targets, {
    client: registries.client,
    concurrency: 4,
    log: (m) => info(m),
    ledger: registries.ledger,
    cancellation: registries.cancellation,
    places: registries.places,
    referrersTag: settings.referrersTag,
    ...origin ? { origin } : {}
  });
  return { publication, targets };
}
async function finishPublication(open4, layoutDir, top, release) {
  const content = await Layout.at(layoutDir).content();
  const evidence = release ? async (target, repo, topBlob) => {
    const tag = commitTag(target.tags) ?? `sha-${release.commit.slice(0, 7)}`;
    const found = await compareHeld(repo, tag, content.source, topBlob).catch(
      (e) => ({ kind: "none", message: `reproducibility: could not read ${tag}: ${e.message}` })
    );
    if (found.kind === "different") warning(found.message);
    else info(found.message);
  } : void 0;
  const result = await open4.publication.finish(content, top, evidence).catch((e) => {
    throw explainPushError(e);
  });
  const { stats } = result;
  info(
    `blobs: ${stats.uploaded} uploaded (${stats.bytesUploaded} bytes), ${stats.mounted} mounted, ${stats.exists} already present`
  );
  return {
    images: open4.targets.map((t) => formatReference({ ...t.reference, digest: result.digest })),
    tags: open4.targets.flatMap((t) => t.tags.map((tag) => formatReference({ ...t.reference, tag }))),
    digest: result.digest,
    stats
  };
}
async function mergeAndPublish(settings, rules, env, source, base, life, attest2) {
  const factory = await connect(settings, env, life, base ? [base] : []);
  try {
    const tags = (t, created) => tagsFor(settings, t, { ...source, epoch: created ?? source.epoch }, factory.client(t.reference.apiHost));
    return await mergeImages(settings, rules, factory.client, tags, life, attest2).catch((e) => {
      throw explainPushError(e);
    });
  } finally {
    factory.transport.close();
  }
}
function describe(c) {
  if (!c) return "no credentials (anonymous)";
  return c.kind === "basic" ? `credentials for user ${c.username}` : c.kind === "identity" ? "an identity token" : "a registry token";
}

// src/report/outputs.ts
function outputsOf(r) {
  if (r.job === "build") return imageOutputs(r.image, r.layoutDir, r.published, r.attestations);
  if (r.job === "merge") return mergeOutputs(r.merged, r.attestations);
  if (r.job === "images") return { "images-json": JSON.stringify(imagesOf(r.images)) };
  return { "images-json": JSON.stringify(Object.fromEntries(r.images.map((i) => [i.name, mergedEntry(i)]))) };
}
function mergedEntry(i) {
  return {
    repositories: i.merged.images.map((ref) => ref.slice(0, ref.lastIndexOf("@"))),
    digest: i.merged.digest,
    digests: i.merged.digests,
    tags: i.merged.tags,
    attestations: i.attestations ?? {}
  };
}
function imagesOf(images) {
  return Object.fromEntries(
    images.map((i) => {
      const o = imageOutputs(i.image, i.layoutDir, i.published, i.attestations);
      const entry = {
        repositories: (i.published?.images ?? []).map((ref) => ref.slice(0, ref.lastIndexOf("@"))),
        digest: o.digest,
        digests: JSON.parse(o.digests),
        tags: i.published?.tags ?? [],
        "oci-layout": i.layoutDir,
        "sbom-digests": JSON.parse(o["sbom-digests"]),
        attestations: i.attestations ?? {}
      };
      return [i.name, entry];
    })
  );
}
function imageOutputs(image, layoutDir, published, attestations) {
  const digests = Object.fromEntries(image.images.map((i) => [i.binary.platform.name, i.manifest.digest]));
  const single = image.images.length === 1 ? image.images[0] : void 0;
  const metadata = {
    "containerimage.digest": image.top.digest,
    "containerimage.descriptor": descriptorJson(image.top),
    "image.name": published ? published.tags.join(",") : "",
    "oci-layout": layoutDir
  };
  if (single) metadata["containerimage.config.digest"] = single.config.digest;
  return {
    digest: image.top.digest,
    digests: JSON.stringify(digests),
    imageid: single ? single.config.digest : "",
    metadata: JSON.stringify(metadata),
    "oci-layout": layoutDir,
    "oci-ref": `oci:${layoutDir}:${image.refName ?? "latest"}`,
    image: published?.images[0] ?? "",
    images: published?.images.join("\n") ?? "",
    tags: published?.tags.join("\n") ?? "",
    "sbom-digests": JSON.stringify(
      Object.fromEntries((image.sboms ?? []).map((s) => [s.platform, s.descriptor.digest]))
    ),
    attestations: JSON.stringify(attestations ?? {})
  };
}
function mergeOutputs(m, attestations) {
  return {
    digest: m.digest,
    digests: JSON.stringify(m.digests),
    image: m.images[0] ?? "",
    images: m.images.join("\n"),
    tags: m.tags.join("\n"),
    metadata: JSON.stringify({
      "containerimage.digest": m.digest,
      "containerimage.descriptor": descriptorJson(m.descriptor),
      "image.name": m.tags.join(",")
    }),
    attestations: JSON.stringify(attestations ?? {})
  };
}
function summaryRows(image) {
  return image.images.map((i) => [
    i.binary.platform.name,
    humanSize(i.binary.size),
    humanSize(i.compressedSize),
    i.manifest.digest
  ]);
}
function humanSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// src/report/io.ts
function writeOutputs(values) {
  for (const [name, value] of Object.entries(values)) if (value !== void 0) setOutput(name, value);
}
async function report({ image, layoutDir, published, attested }) {
  writeOutputs(outputsOf({ job: "build", image, layoutDir, published, attestations: attested?.bySubject }));
  for (const t of published?.tags ?? []) info(`pushed ${t}`);
  const verify = attested && published?.images[0] ? verifyCommand(published.images[0], attested) : void 0;
  if (verify) info(`verify: ${verify}`);
  const rows = summaryRows(image);
  for (const [platform, binary, size, digest] of rows)
    info(`${platform}: ${digest} (binary ${binary}, image ${size})`);
  info(`${image.images.length > 1 ? "index" : "manifest"}: ${image.top.digest}`);
  info(`OCI layout: ${layoutDir} (skopeo and umoci: oci:${layoutDir}:${image.refName ?? "latest"})`);
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await summary.addHeading("build-go-image", 3).addTable([
    [
      { data: "platform", header: true },
      { data: "binary", header: true },
      { data: "image (compressed)", header: true },
      { data: "digest", header: true }
    ],
    ...rows.map((r) => r.map((c, i) => i === 3 ? `<code>${c}</code>` : c))
  ]).addRaw(
    `<p>${image.images.length > 1 ? "Index" : "Manifest"} <code>${image.top.digest}</code>, OCI layout <code>${layoutDir}</code></p>`
  ).addRaw(published ? pushedTable(published) : "<p>Not pushed.</p>").addRaw(verify ? `<p>Signed provenance${image.sboms?.length ? " and SBOMs" : ""}; verify with</p>` : "").addRaw(verify ? `<pre><code>${verify}</code></pre>` : "").write();
}
function pushedTable(p) {
  const rows = p.tags.map(
    (t) => `<tr><td><code>${t}</code></td><td><code>${p.digest}</code></td><td><code>docker pull ${t}</code></td></tr>`
  );
  return `<table><tr><th>reference</th><th>digest</th><th>pull</th></tr>${rows.join("")}</table>`;
}
async function reportImages(results) {
  writeOutputs(
    outputsOf({
      job: "images",
      images: results.map((r) => ({ ...r, attestations: r.attested?.bySubject }))
    })
  );
  for (const r of results) {
    info(`${r.name}: ${r.image.top.digest} (OCI layout ${r.layoutDir})`);
    for (const t of r.published?.tags ?? []) info(`pushed ${t}`);
  }
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const rows = results.map(
    (r) => `<tr><td>${r.name}</td><td><code>${r.published?.images[0] ?? r.layoutDir}</code></td><td><code>${r.image.top.digest}</code></td></tr>`
  );
  await summary.addHeading("build-go-image", 3).addRaw(`<table><tr><th>image</th><th>where</th><th>digest</th></tr>${rows.join("")}</table>`).write();
}
async function reportMergedImages(results) {
  writeOutputs(
    outputsOf({
      job: "merged images",
      images: results.map((r) => ({ name: r.name, merged: r.merged, attestations: r.attested?.bySubject }))
    })
  );
  for (const r of results) {
    info(`${r.name}: index ${r.merged.digest} (${Object.keys(r.merged.digests).join(", ")})`);
    for (const t of r.merged.tags) info(`pushed ${t}`);
  }
}
async function reportTags(ledger) {
  error(`tags: ${ledger.describe()}`);
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const state = (t) => ledger.moved.includes(t) ? "moved" : ledger.inFlight.has(t) ? "sent, unconfirmed" : "not moved";
  const rows = ledger.planned.map((t) => `<tr><td><code>${t}</code></td><td>${state(t)}</td></tr>`);
  await summary.addHeading("build-go-image: tagging stopped", 3).addRaw(`<table><tr><th>tag</th><th>state</th></tr>${rows.join("")}</table>`).write();
}
async function reportMerge(m, attested) {
  writeOutputs(outputsOf({ job: "merge", merged: m, attestations: attested?.bySubject }));
  for (const [platform, digest] of Object.entries(m.digests)) info(`${platform}: ${digest}`);
  info(`index: ${m.digest}`);
  for (const t of m.tags) info(`pushed ${t}`);
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await summary.addHeading("build-go-image: merged", 3).addTable([
    [
      { data: "platform", header: true },
      { data: "digest", header: true }
    ],
    ...Object.entries(m.digests).map(([p, d]) => [p, `<code>${d}</code>`])
  ]).addRaw(pushedTable(m)).write();
}

// src/resolve/io.ts
import { mkdir as mkdir5, readFile as readFile7, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname3, relative as relative5 } from "node:path";

// src/resolve/render.ts
var KO_REFERENCE = /ko:\/\/([A-Za-z0-9._~\-/]+)/g;
function renderKoReferences(text, file3, images) {
  const unknown = [];
  const lines = text.split("\n");
  const out = lines.map(
    (line, i) => line.replace(KO_REFERENCE, (whole, path2) => {
      const image = images.get(path2.replace(/\/$/, ""));
      if (image) return image;
      unknown.push(`${file3}:${i + 1}: ${whole}`);
      return whole;
    })
  );
  return { text: out.join("\n"), unknown };
}
function joinDocuments(texts) {
  let out = "";
  for (const t of texts) {
    if (out !== "" && !out.endsWith("\n")) out += "\n";
    if (out !== "" && !/^---(\s|$)/.test(t)) out += "---\n";
    out += t;
  }
  return out;
}

// src/resolve/io.ts
async function readManifests(settings, importPaths, pushing, workspace) {
  if (settings.resolve.length === 0) return void 0;
  const given = settings.resolve.map((p) => relative5(workspace, p)).join(" ");
  if (!pushing) throw new InputError("resolve", given, "ko:// references become pushed images: set image and push");
  const globber = await create(settings.resolve.join("\n"), { matchDirectories: false });
  const paths = (await globber.glob()).sort();
  if (paths.length === 0) throw new InputError("resolve", given, "no file matches it; give YAML files or globs");
  const files = await Promise.all(
    paths.map(async (path2) => ({ path: path2, shown: relative5(workspace, path2), text: await readFile7(path2, "utf8") }))
  );
  const known = new Map(importPaths.map((p) => [p, p]));
  const unknown = files.flatMap((f) => renderKoReferences(f.text, f.shown, known).unknown);
  if (unknown.length > 0)
    throw new InputError(
      "resolve",
      unknown[0] ?? "",
      `it names a package this step does not build (it builds ${importPaths.join(", ")})` + (unknown.length > 1 ? `; and ${unknown.length - 1} more` : "")
    );
  return { files };
}
async function writeResolved(settings, manifests, images) {
  if (!settings.resolvedFile) return;
  const texts = manifests.files.map((f) => renderKoReferences(f.text, f.shown, images).text);
  await mkdir5(dirname3(settings.resolvedFile), { recursive: true });
  await writeFile3(settings.resolvedFile, joinDocuments(texts));
  info(`resolved ${manifests.files.length} file(s) into ${settings.resolvedFile}`);
}
async function writeImagesFile(settings, images) {
  if (!settings.imagesFile) return;
  await mkdir5(dirname3(settings.imagesFile), { recursive: true });
  await writeFile3(settings.imagesFile, `${JSON.stringify(images, null, 2)}
`);
  info(`images file: ${settings.imagesFile}`);
}

// src/runner/supported.ts
function runnerProblem(platform, arch2) {
  if (platform !== "linux")
    return `build-go-image runs on Linux runners (ubuntu-latest, ubuntu-24.04-arm, self-hosted Linux); this one is ${platform === "darwin" ? "macOS" : platform === "win32" ? "Windows" : platform}: use a Linux runner (the image is built for Linux whatever the runner)`;
  if (arch2 !== "x64" && arch2 !== "arm64")
    return `build-go-image runs on x64 and arm64 Linux runners; this one is ${arch2}`;
  return void 0;
}

// src/stage-io.ts
async function stage(name, fn) {
  return group(name, async () => {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      info(`${name}: ${((performance.now() - start) / 1e3).toFixed(2)} s`);
    }
  });
}

// src/step-io.ts
var CLEANUP_MS = 4e3;
var Scope = class {
  stop = new AbortController();
  /** The tags the run writes, and which moved: what a cancellation reports. */
  ledger = new TagLedger();
  /** After a cancellation no registry request starts; open upload sessions are closed. */
  cancellation = new Cancellation();
  cleanups = [];
  closing;
  /** Aborted when the step ends or is cancelled: processes and requests started under it stop. */
  get signal() {
    return this.stop.signal;
  }
  /** Run `fn` at the end, whatever happened; the last registered runs first. */
  defer(fn) {
    this.cleanups.push(fn);
  }
  /** Stop what runs, then undo in reverse order; a cleanup that fails is a warning, not the step's error. */
  close() {
    this.closing ??= (async () => {
      this.stop.abort();
      for (const fn of this.cleanups.splice(0).reverse()) {
        try {
          await fn();
        } catch (e) {
          warning(`cleanup: ${e.message}`);
        }
      }
    })();
    return this.closing;
  }
};
function runStep(work) {
  const scope = new Scope();
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      void scope.cancellation.cancelAll(5e3).then(async (n) => {
        const { ledger } = scope;
        setFailed(`Cancelled by ${signal}: ${n} open upload session(s) cancelled; ${ledger.describe()}`);
        if (ledger.planned.length > 0) await reportTags(ledger).catch(() => void 0);
        await Promise.race([scope.close(), new Promise((r) => setTimeout(r, CLEANUP_MS))]);
        process.exit(1);
      });
    });
  }
  guardExit(
    work(scope).finally(() => scope.close()).catch(async (e) => {
      if (e instanceof TaggingError) await reportTags(e.ledger).catch(() => void 0);
      setFailed(redactUserinfo(e instanceof Error ? e.message : String(e)));
    })
  );
}

// src/toolchain/io.ts
import { rm as rm9 } from "node:fs/promises";
import { join as join16 } from "node:path";

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as crypto from "crypto";
import * as fs from "fs";

// node_modules/@actions/tool-cache/lib/manifest.js
var semver6 = __toESM(require_semver(), 1);

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as os from "os";
import * as path from "path";
var semver7 = __toESM(require_semver(), 1);
import * as stream from "stream";
import * as util from "util";
import { ok } from "assert";

// node_modules/@actions/tool-cache/lib/retry-helper.js
var __awaiter = function(thisArg, _arguments, P2, generator) {
  function adopt(value) {
    return value instanceof P2 ? value : new P2(function(resolve7) {
      resolve7(value);
    });
  }
  return new (P2 || (P2 = Promise))(function(resolve7, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve7(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var RetryHelper = class {
  constructor(maxAttempts, minSeconds, maxSeconds) {
    if (maxAttempts < 1) {
      throw new Error("max attempts should be greater than or equal to 1");
    }
    this.maxAttempts = maxAttempts;
    this.minSeconds = Math.floor(minSeconds);
    this.maxSeconds = Math.floor(maxSeconds);
    if (this.minSeconds > this.maxSeconds) {
      throw new Error("min seconds should be less than or equal to max seconds");
    }
  }
  execute(action, isRetryable) {
    return __awaiter(this, void 0, void 0, function* () {
      let attempt = 1;
      while (attempt < this.maxAttempts) {
        try {
          return yield action();
        } catch (err) {
          if (isRetryable && !isRetryable(err)) {
            throw err;
          }
          info(err.message);
        }
        const seconds = this.getSleepAmount();
        info(`Waiting ${seconds} seconds before trying again`);
        yield this.sleep(seconds);
        attempt++;
      }
      return yield action();
    });
  }
  getSleepAmount() {
    return Math.floor(Math.random() * (this.maxSeconds - this.minSeconds + 1)) + this.minSeconds;
  }
  sleep(seconds) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve7) => setTimeout(resolve7, seconds * 1e3));
    });
  }
};

// node_modules/@actions/tool-cache/lib/tool-cache.js
var __awaiter2 = function(thisArg, _arguments, P2, generator) {
  function adopt(value) {
    return value instanceof P2 ? value : new P2(function(resolve7) {
      resolve7(value);
    });
  }
  return new (P2 || (P2 = Promise))(function(resolve7, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve7(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var HTTPError = class extends Error {
  constructor(httpStatusCode) {
    super(`Unexpected HTTP response: ${httpStatusCode}`);
    this.httpStatusCode = httpStatusCode;
    Object.setPrototypeOf(this, new.target.prototype);
  }
};
var IS_WINDOWS = process.platform === "win32";
var IS_MAC = process.platform === "darwin";
var userAgent = "actions/tool-cache";
function downloadTool(url2, dest, auth, headers) {
  return __awaiter2(this, void 0, void 0, function* () {
    dest = dest || path.join(_getTempDirectory(), crypto.randomUUID());
    yield mkdirP(path.dirname(dest));
    debug(`Downloading ${url2}`);
    debug(`Destination ${dest}`);
    const maxAttempts = 3;
    const minSeconds = _getGlobal("TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS", 10);
    const maxSeconds = _getGlobal("TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS", 20);
    const retryHelper = new RetryHelper(maxAttempts, minSeconds, maxSeconds);
    return yield retryHelper.execute(() => __awaiter2(this, void 0, void 0, function* () {
      return yield downloadToolAttempt(url2, dest || "", auth, headers);
    }), (err) => {
      if (err instanceof HTTPError && err.httpStatusCode) {
        if (err.httpStatusCode < 500 && err.httpStatusCode !== 408 && err.httpStatusCode !== 429) {
          return false;
        }
      }
      return true;
    });
  });
}
function downloadToolAttempt(url2, dest, auth, headers) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (fs.existsSync(dest)) {
      throw new Error(`Destination file path ${dest} already exists`);
    }
    const http = new HttpClient(userAgent, [], {
      allowRetries: false
    });
    if (auth) {
      debug("set auth");
      if (headers === void 0) {
        headers = {};
      }
      headers.authorization = auth;
    }
    const response = yield http.get(url2, headers);
    if (response.message.statusCode !== 200) {
      const err = new HTTPError(response.message.statusCode);
      debug(`Failed to download from "${url2}". Code(${response.message.statusCode}) Message(${response.message.statusMessage})`);
      throw err;
    }
    const pipeline6 = util.promisify(stream.pipeline);
    const responseMessageFactory = _getGlobal("TEST_DOWNLOAD_TOOL_RESPONSE_MESSAGE_FACTORY", () => response.message);
    const readStream = responseMessageFactory();
    let succeeded = false;
    try {
      yield pipeline6(readStream, fs.createWriteStream(dest));
      debug("download complete");
      succeeded = true;
      return dest;
    } finally {
      if (!succeeded) {
        debug("download failed");
        try {
          yield rmRF(dest);
        } catch (err) {
          debug(`Failed to delete '${dest}'. ${err.message}`);
        }
      }
    }
  });
}
function extractTar(file_1, dest_1) {
  return __awaiter2(this, arguments, void 0, function* (file3, dest, flags = "xz") {
    if (!file3) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    debug("Checking tar --version");
    let versionOutput = "";
    yield exec("tar --version", [], {
      ignoreReturnCode: true,
      silent: true,
      listeners: {
        stdout: (data) => versionOutput += data.toString(),
        stderr: (data) => versionOutput += data.toString()
      }
    });
    debug(versionOutput.trim());
    const isGnuTar = versionOutput.toUpperCase().includes("GNU TAR");
    let args;
    if (flags instanceof Array) {
      args = flags;
    } else {
      args = [flags];
    }
    if (isDebug() && !flags.includes("v")) {
      args.push("-v");
    }
    let destArg = dest;
    let fileArg = file3;
    if (IS_WINDOWS && isGnuTar) {
      args.push("--force-local");
      destArg = dest.replace(/\\/g, "/");
      fileArg = file3.replace(/\\/g, "/");
    }
    if (isGnuTar) {
      args.push("--warning=no-unknown-keyword");
      args.push("--overwrite");
    }
    args.push("-C", destArg, "-f", fileArg);
    yield exec(`tar`, args);
    return dest;
  });
}
function extractZip(file3, dest) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!file3) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    if (IS_WINDOWS) {
      yield extractZipWin(file3, dest);
    } else {
      yield extractZipNix(file3, dest);
    }
    return dest;
  });
}
function extractZipWin(file3, dest) {
  return __awaiter2(this, void 0, void 0, function* () {
    const escapedFile = file3.replace(/'/g, "''").replace(/"|\n|\r/g, "");
    const escapedDest = dest.replace(/'/g, "''").replace(/"|\n|\r/g, "");
    const pwshPath = yield which("pwsh", false);
    if (pwshPath) {
      const pwshCommand = [
        `$ErrorActionPreference = 'Stop' ;`,
        `try { Add-Type -AssemblyName System.IO.Compression.ZipFile } catch { } ;`,
        `try { [System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`,
        `catch { if (($_.Exception.GetType().FullName -eq 'System.Management.Automation.MethodException') -or ($_.Exception.GetType().FullName -eq 'System.Management.Automation.RuntimeException') ){ Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force } else { throw $_ } } ;`
      ].join(" ");
      const args = [
        "-NoLogo",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Unrestricted",
        "-Command",
        pwshCommand
      ];
      debug(`Using pwsh at path: ${pwshPath}`);
      yield exec(`"${pwshPath}"`, args);
    } else {
      const powershellCommand = [
        `$ErrorActionPreference = 'Stop' ;`,
        `try { Add-Type -AssemblyName System.IO.Compression.FileSystem } catch { } ;`,
        `if ((Get-Command -Name Expand-Archive -Module Microsoft.PowerShell.Archive -ErrorAction Ignore)) { Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force }`,
        `else {[System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`
      ].join(" ");
      const args = [
        "-NoLogo",
        "-Sta",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Unrestricted",
        "-Command",
        powershellCommand
      ];
      const powershellPath = yield which("powershell", true);
      debug(`Using powershell at path: ${powershellPath}`);
      yield exec(`"${powershellPath}"`, args);
    }
  });
}
function extractZipNix(file3, dest) {
  return __awaiter2(this, void 0, void 0, function* () {
    const unzipPath = yield which("unzip", true);
    const args = [file3];
    if (!isDebug()) {
      args.unshift("-q");
    }
    args.unshift("-o");
    yield exec(`"${unzipPath}"`, args, { cwd: dest });
  });
}
function cacheDir(sourceDir, tool, version, arch2) {
  return __awaiter2(this, void 0, void 0, function* () {
    version = semver7.clean(version) || version;
    arch2 = arch2 || os.arch();
    debug(`Caching tool ${tool} ${version} ${arch2}`);
    debug(`source dir: ${sourceDir}`);
    if (!fs.statSync(sourceDir).isDirectory()) {
      throw new Error("sourceDir is not a directory");
    }
    const destPath = yield _createToolPath(tool, version, arch2);
    for (const itemName of fs.readdirSync(sourceDir)) {
      const s = path.join(sourceDir, itemName);
      yield cp(s, destPath, { recursive: true });
    }
    _completeToolPath(tool, version, arch2);
    return destPath;
  });
}
function find(toolName, versionSpec, arch2) {
  if (!toolName) {
    throw new Error("toolName parameter is required");
  }
  if (!versionSpec) {
    throw new Error("versionSpec parameter is required");
  }
  arch2 = arch2 || os.arch();
  if (!isExplicitVersion(versionSpec)) {
    const localVersions = findAllVersions(toolName, arch2);
    const match2 = evaluateVersions(localVersions, versionSpec);
    versionSpec = match2;
  }
  let toolPath = "";
  if (versionSpec) {
    versionSpec = semver7.clean(versionSpec) || "";
    const cachePath = path.join(_getCacheDirectory(), toolName, versionSpec, arch2);
    debug(`checking cache: ${cachePath}`);
    if (fs.existsSync(cachePath) && fs.existsSync(`${cachePath}.complete`)) {
      debug(`Found tool in cache ${toolName} ${versionSpec} ${arch2}`);
      toolPath = cachePath;
    } else {
      debug("not found");
    }
  }
  return toolPath;
}
function findAllVersions(toolName, arch2) {
  const versions = [];
  arch2 = arch2 || os.arch();
  const toolPath = path.join(_getCacheDirectory(), toolName);
  if (fs.existsSync(toolPath)) {
    const children = fs.readdirSync(toolPath);
    for (const child of children) {
      if (isExplicitVersion(child)) {
        const fullPath = path.join(toolPath, child, arch2 || "");
        if (fs.existsSync(fullPath) && fs.existsSync(`${fullPath}.complete`)) {
          versions.push(child);
        }
      }
    }
  }
  return versions;
}
function _createExtractFolder(dest) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!dest) {
      dest = path.join(_getTempDirectory(), crypto.randomUUID());
    }
    yield mkdirP(dest);
    return dest;
  });
}
function _createToolPath(tool, version, arch2) {
  return __awaiter2(this, void 0, void 0, function* () {
    const folderPath = path.join(_getCacheDirectory(), tool, semver7.clean(version) || version, arch2 || "");
    debug(`destination ${folderPath}`);
    const markerPath = `${folderPath}.complete`;
    yield rmRF(folderPath);
    yield rmRF(markerPath);
    yield mkdirP(folderPath);
    return folderPath;
  });
}
function _completeToolPath(tool, version, arch2) {
  const folderPath = path.join(_getCacheDirectory(), tool, semver7.clean(version) || version, arch2 || "");
  const markerPath = `${folderPath}.complete`;
  fs.writeFileSync(markerPath, "");
  debug("finished caching tool");
}
function isExplicitVersion(versionSpec) {
  const c = semver7.clean(versionSpec) || "";
  debug(`isExplicit: ${c}`);
  const valid2 = semver7.valid(c) != null;
  debug(`explicit? ${valid2}`);
  return valid2;
}
function evaluateVersions(versions, versionSpec) {
  let version = "";
  debug(`evaluating ${versions.length} versions`);
  versions = versions.sort((a, b) => {
    if (semver7.gt(a, b)) {
      return 1;
    }
    return -1;
  });
  for (let i = versions.length - 1; i >= 0; i--) {
    const potential = versions[i];
    const satisfied = semver7.satisfies(potential, versionSpec);
    if (satisfied) {
      version = potential;
      break;
    }
  }
  if (version) {
    debug(`matched: ${version}`);
  } else {
    debug("match not found");
  }
  return version;
}
function _getCacheDirectory() {
  const cacheDirectory = process.env["RUNNER_TOOL_CACHE"] || "";
  ok(cacheDirectory, "Expected RUNNER_TOOL_CACHE to be defined");
  return cacheDirectory;
}
function _getTempDirectory() {
  const tempDirectory = process.env["RUNNER_TEMP"] || "";
  ok(tempDirectory, "Expected RUNNER_TEMP to be defined");
  return tempDirectory;
}
function _getGlobal(key, defaultValue) {
  const value = global[key];
  return value !== void 0 ? value : defaultValue;
}

// src/toolchain/io.ts
var import_semver8 = __toESM(require_semver(), 1);

// src/toolchain/errors.ts
var ToolchainError = class extends Error {
  constructor(spec, message2, options) {
    super(message2, options);
    this.spec = spec;
  }
  spec;
  name = "ToolchainError";
};

// src/toolchain/proxy-io.ts
import { execFile } from "node:child_process";
import { chmod, mkdtemp as mkdtemp3, readdir as readdir4, rm as rm8 } from "node:fs/promises";
import { tmpdir as tmpdir5 } from "node:os";
import { join as join15 } from "node:path";
import { promisify as promisify2 } from "node:util";

// src/toolchain/module-proxy.ts
var import_semver6 = __toESM(require_semver(), 1);
var TOOLCHAIN_MODULE = "golang.org/toolchain";
function toolchainModuleVersion(version, host) {
  return `v0.0.1-${semverToGo(version)}.${host.os}-${host.arch}`;
}
function releasesFromModuleVersions(versions, host) {
  const suffix = `.${host.os}-${host.arch}`;
  const out = [];
  for (const v of versions) {
    if (!v.startsWith("v0.0.1-go") || !v.endsWith(suffix)) continue;
    const version = goToSemver(v.slice("v0.0.1-".length, -suffix.length));
    if (version) out.push({ version, stable: import_semver6.default.prerelease(version) === null });
  }
  return out;
}
function isToolchainExecutable(relativePath) {
  return /^bin\/[^/]+$/.test(relativePath) || /^pkg\/tool\/[^/]+\/[^/]+$/.test(relativePath);
}

// src/toolchain/resolve.ts
var import_semver7 = __toESM(require_semver(), 1);
function releasesFromListing(json2) {
  if (!Array.isArray(json2)) throw new Error("the release list is not a JSON array");
  const out = [];
  for (const r of json2) {
    const version = typeof r?.version === "string" ? goToSemver(r.version) : void 0;
    if (!version || !Array.isArray(r.files)) continue;
    out.push({ version, stable: r.stable === true, files: r.files });
  }
  return out;
}
function goArch(nodeArch) {
  const map = {
    x64: "amd64",
    ia32: "386",
    x32: "386",
    arm: "armv6l",
    arm64: "arm64",
    ppc64: "ppc64le",
    s390x: "s390x",
    riscv64: "riscv64",
    loong64: "loong64"
  };
  return map[nodeArch] ?? nodeArch;
}
function goOs(nodePlatform) {
  return nodePlatform === "win32" ? "windows" : nodePlatform;
}
function archive2(r, host) {
  return r.files.find((f) => f.kind === "archive" && f.os === host.os && f.arch === host.arch);
}
var byVersionDesc = (a, b) => import_semver7.default.rcompare(a, b);
function satisfies3(version, spec) {
  switch (spec.kind) {
    case "exact":
      return import_semver7.default.eq(version, spec.version);
    case "range":
      return import_semver7.default.satisfies(version, spec.range, { includePrerelease: spec.prerelease });
    case "minimum":
      return import_semver7.default.gte(version, spec.version) && import_semver7.default.prerelease(version) === null;
    case "alias":
      return false;
  }
}
function pickVersion(spec, versions) {
  const sorted = [...versions].sort((a, b) => byVersionDesc(a.version, b.version));
  const stable = sorted.filter((v) => v.stable && import_semver7.default.prerelease(v.version) === null);
  switch (spec.kind) {
    case "alias": {
      if (spec.alias === "stable") return stable[0]?.version;
      const minors = [...new Set(stable.map((v) => `${import_semver7.default.major(v.version)}.${import_semver7.default.minor(v.version)}`))];
      const second = minors[1];
      return stable.find((v) => `${import_semver7.default.major(v.version)}.${import_semver7.default.minor(v.version)}` === second)?.version;
    }
    case "minimum": {
      const min = import_semver7.default.parse(spec.version);
      return sorted.find(
        (v) => import_semver7.default.prerelease(v.version) === null && import_semver7.default.gte(v.version, spec.version) && import_semver7.default.major(v.version) === min?.major && import_semver7.default.minor(v.version) === min?.minor
      )?.version;
    }
    default:
      return sorted.find((v) => satisfies3(v.version, spec))?.version;
  }
}
function resolveRelease(spec, releases, host) {
  const available = releases.filter((r) => archive2(r, host));
  const version = pickVersion(spec, available);
  const release = version ? available.find((r) => r.version === version) : void 0;
  const file3 = release && archive2(release, host);
  if (!version || !file3) {
    const near = nearest(
      spec,
      available.map((r) => r.version)
    );
    throw new ToolchainError(
      spec.text,
      `No Go release for ${host.os}/${host.arch} satisfies go-version ${JSON.stringify(spec.text)}; nearest available: ${near.join(", ") || "none"}`
    );
  }
  return { version, file: file3 };
}
function nearest(spec, versions) {
  const target = spec.kind === "exact" || spec.kind === "minimum" ? spec.version : spec.kind === "range" ? import_semver7.default.minVersion(spec.range)?.version : void 0;
  const withPre = spec.kind === "exact" ? import_semver7.default.prerelease(spec.version) !== null : spec.kind === "range" && spec.prerelease;
  const sorted = versions.filter((v) => withPre || import_semver7.default.prerelease(v) === null).sort(byVersionDesc);
  if (!target) return sorted.slice(0, 5);
  const at = sorted.findIndex((v) => import_semver7.default.lte(v, target));
  const pivot = at < 0 ? sorted.length : at;
  return sorted.map((v, i) => ({ v, d: i < pivot ? pivot - i - 0.5 : i - pivot })).sort((a, b) => a.d - b.d).slice(0, 5).map((x) => x.v).sort(byVersionDesc);
}

// src/toolchain/proxy-io.ts
var run = promisify2(execFile);
var LIST_TIMEOUT_MS = 12e4;
var DOWNLOAD_TIMEOUT_MS = 6e5;
function goFailure(e) {
  const err = e;
  if (err.killed) return "timed out";
  let fromJson;
  try {
    fromJson = JSON.parse(err.stdout ?? "").Error;
  } catch {
  }
  const text = fromJson || (err.stderr ?? "").trim() || err.message;
  return text.split("\n").filter((l) => l.trim()).slice(-2).join("; ");
}
async function setExecutable(root) {
  for (const entry of await readdir4(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = join15(entry.parentPath, entry.name).slice(root.length + 1);
    if (isToolchainExecutable(rel)) await chmod(join15(root, rel), 493);
  }
}
async function installFromModuleProxy(req, known) {
  const work = await mkdtemp3(join15(req.env.RUNNER_TEMP || tmpdir5(), "go-toolchain-"));
  const env = {
    ...req.env,
    GOTOOLCHAIN: "local",
    GOMODCACHE: join15(work, "mod"),
    GOFLAGS: "-modcacherw",
    GOWORK: "off",
    GO111MODULE: "on"
  };
  const opts = { cwd: work, env, maxBuffer: 16 << 20 };
  try {
    let version = known;
    if (!version) {
      let listed;
      try {
        const { stdout } = await run(req.fetcher, ["list", "-m", "-versions", "-json", TOOLCHAIN_MODULE], {
          ...opts,
          timeout: LIST_TIMEOUT_MS
        });
        listed = JSON.parse(stdout).Versions ?? [];
      } catch (e) {
        throw new ToolchainError(req.spec.text, `listing ${TOOLCHAIN_MODULE}: ${goFailure(e)}`, { cause: e });
      }
      const releases = releasesFromModuleVersions(listed, req.host);
      version = pickVersion(req.spec, releases);
      if (!version) {
        const near = nearest(
          req.spec,
          releases.map((r) => r.version)
        ).join(", ") || "none";
        throw new ToolchainError(
          req.spec.text,
          `no ${TOOLCHAIN_MODULE} release for ${req.host.os}/${req.host.arch} satisfies ${req.spec.text}; nearest: ${near}`
        );
      }
    }
    const module = `${TOOLCHAIN_MODULE}@${toolchainModuleVersion(version, req.host)}`;
    info(`Downloading Go ${version} from the module proxy as ${module} (verified against the checksum database)`);
    let dir2;
    try {
      const { stdout } = await run(req.fetcher, ["mod", "download", "-json", module], {
        ...opts,
        timeout: DOWNLOAD_TIMEOUT_MS
      });
      dir2 = JSON.parse(stdout).Dir;
    } catch (e) {
      throw new ToolchainError(req.spec.text, `downloading ${module}: ${goFailure(e)}`, { cause: e });
    }
    await setExecutable(dir2);
    return { version, goroot: await cacheDir(dir2, "go", version, req.cacheArch) };
  } finally {
    await rm8(work, { recursive: true, force: true });
  }
}

// src/toolchain/io.ts
var LISTING_RETRY = { attempts: 4, baseMs: 1e3, maxMs: 8e3 };
async function goVersionOf(goBinary, env) {
  const out = await getExecOutput(goBinary, ["env", "GOVERSION", "GOROOT"], {
    env: { ...env, GOTOOLCHAIN: "local" },
    silent: true,
    ignoreReturnCode: true
  }).catch(() => void 0);
  if (out?.exitCode !== 0) return void 0;
  const [name, goroot] = out.stdout.trim().split("\n");
  const version = name ? goToSemver(name.replace(/\s.*$/, "")) : void 0;
  return version && goroot ? { version, goroot } : void 0;
}
async function localGos(req) {
  const found = [];
  if (req.env.RUNNER_TOOL_CACHE) {
    for (const v of findAllVersions("go", req.cacheArch)) {
      found.push({ version: v, goroot: find("go", v, req.cacheArch), source: "tool-cache" });
    }
  }
  const onPath = await which("go", false).catch(() => "");
  if (onPath) {
    const v = await goVersionOf(onPath, req.env);
    if (v) found.push({ ...v, source: "path" });
  }
  return found;
}
function best(spec, locals) {
  const ok2 = locals.filter(
    (l) => spec.kind === "alias" ? import_semver8.default.prerelease(l.version) === null : satisfies3(l.version, spec)
  );
  return ok2.sort((a, b) => import_semver8.default.rcompare(a.version, b.version))[0];
}
function installed(l) {
  return { version: l.version, goroot: l.goroot, go: join16(l.goroot, "bin", "go"), source: l.source };
}
async function fetchReleases(baseUrl, retry = LISTING_RETRY, authorization) {
  const url2 = `${baseUrl}/?mode=json&include=all`;
  const client = new HttpClient("build-go-image", [], { allowRetries: false, socketTimeout: 3e4 });
  try {
    return await withRetry(async () => {
      let res;
      try {
        res = await client.get(url2, authorization ? { authorization } : {});
      } catch (e) {
        throw Object.assign(new Error(`${url2}: ${e.message}`), { temporary: true });
      }
      const body = await res.readBody();
      const status = res.message.statusCode ?? 0;
      if (status !== 200)
        throw Object.assign(new Error(`${url2} answered HTTP ${status}`), { temporary: status >= 500 || status === 429 });
      try {
        return JSON.parse(body);
      } catch {
        throw new Error(`${url2} did not answer with JSON`);
      }
    }, retry);
  } finally {
    client.dispose();
  }
}
var where = (l) => l.source === "path" ? "PATH" : "tool cache";
async function setupGo(req) {
  const { spec } = req;
  const source = req.source ?? "download-site";
  const locals = await localGos(req);
  const local = best(spec, locals);
  if (local && !req.checkLatest && spec.kind !== "alias") {
    info(`Go ${local.version} from the ${where(local)} satisfies ${spec.text}`);
    return installed(local);
  }
  if (source === "module-proxy") return fromModuleProxy(req, locals, void 0);
  let listing;
  try {
    listing = await fetchReleases(req.baseUrl, req.retry, req.authorization);
  } catch (e) {
    if (local) {
      warning(
        `Could not read the Go release list (${e.message}); using Go ${local.version} from the ${where(local)}`
      );
      return installed(local);
    }
    const site = `the download site (${e.message})`;
    if (source === "auto") return fromModuleProxy(req, locals, void 0, site);
    throw new ToolchainError(spec.text, `Could not read ${site}`, { cause: e });
  }
  const resolved = resolveRelease(spec, releasesFromListing(listing), req.host);
  const already = locals.find((l) => l.version === resolved.version);
  if (already) {
    info(`Go ${resolved.version} (newest for ${spec.text}) is already in the ${where(already)}`);
    return installed(already);
  }
  try {
    return await download(req, resolved.version, resolved.file);
  } catch (e) {
    if (source !== "auto" || !(e instanceof DownloadFailure)) throw e;
    return fromModuleProxy(req, locals, resolved.version, `the download site (${e.message})`);
  }
}
var DownloadFailure = class extends ToolchainError {
};
async function fromModuleProxy(req, locals, version, siteFailure) {
  const both = (proxy) => siteFailure ? `Could not install Go for ${req.spec.text} from ${siteFailure}; nor from the module proxy: ${proxy}` : `Could not install Go for ${req.spec.text} from the module proxy: ${proxy}`;
  if (!req.env.RUNNER_TOOL_CACHE)
    throw new ToolchainError(
      req.spec.text,
      both("RUNNER_TOOL_CACHE is not set, so Go cannot be installed; run on a GitHub runner or set it")
    );
  const fetcher = locals.filter((l) => import_semver8.default.gte(l.version, "1.21.0")).sort((a, b) => import_semver8.default.rcompare(a.version, b.version))[0];
  if (!fetcher)
    throw new ToolchainError(
      req.spec.text,
      both("it needs an installed Go 1.21 or later (PATH or tool cache) to fetch with, and there is none")
    );
  if (siteFailure)
    warning(
      `Go from ${siteFailure}; trying the module proxy (GOPROXY=${redactUserinfo(req.env.GOPROXY || "https://proxy.golang.org,direct")})`
    );
  let got;
  try {
    const known = version ?? (req.spec.kind === "exact" ? req.spec.version : void 0);
    got = await installFromModuleProxy(
      {
        spec: req.spec,
        fetcher: join16(fetcher.goroot, "bin", "go"),
        host: req.host,
        cacheArch: req.cacheArch,
        env: req.env
      },
      known
    );
  } catch (e) {
    throw new ToolchainError(req.spec.text, both(e.message), { cause: e });
  }
  const check2 = await goVersionOf(join16(got.goroot, "bin", "go"), req.env);
  if (check2?.version !== got.version)
    throw new ToolchainError(
      req.spec.text,
      both(`the module holds Go ${check2?.version ?? "that does not run"}, not ${got.version}`)
    );
  return { version: got.version, goroot: got.goroot, go: join16(got.goroot, "bin", "go"), source: "module-proxy" };
}
async function download(req, version, file3) {
  if (!req.env.RUNNER_TOOL_CACHE)
    throw new ToolchainError(
      req.spec.text,
      "RUNNER_TOOL_CACHE is not set, so Go cannot be installed; run on a GitHub runner or set it"
    );
  const url2 = `${req.baseUrl}/${file3.filename}`;
  info(`Downloading Go ${version} from ${url2}`);
  const archive3 = await downloadTool(url2, void 0, req.authorization).catch((e) => {
    throw new DownloadFailure(req.spec.text, `Could not download ${url2}: ${e.message}`, { cause: e });
  });
  let extracted;
  try {
    const actual = await sha256File(archive3);
    if (actual !== file3.sha256.toLowerCase()) {
      throw new ToolchainError(
        req.spec.text,
        `sha256 mismatch for ${file3.filename}: the release list says ${file3.sha256}, the download is ${actual}; the file was deleted`
      );
    }
    extracted = file3.filename.endsWith(".zip") ? await extractZip(archive3) : await extractTar(archive3);
    const goroot = await cacheDir(join16(extracted, "go"), "go", version, req.cacheArch);
    const check2 = await goVersionOf(join16(goroot, "bin", "go"), req.env);
    if (check2?.version !== version)
      throw new ToolchainError(
        req.spec.text,
        `the archive ${file3.filename} holds Go ${check2?.version ?? "that does not run"}, not ${version}`
      );
    return { version, goroot, go: join16(goroot, "bin", "go"), source: "download" };
  } finally {
    await rm9(archive3, { force: true });
    if (extracted) await rm9(extracted, { recursive: true, force: true });
  }
}
async function exportGo(go, env) {
  addPath(join16(go.goroot, "bin"));
  const gopath = await getExecOutput(go.go, ["env", "GOPATH"], {
    env: { ...env, GOTOOLCHAIN: "local" },
    silent: true,
    ignoreReturnCode: true
  });
  if (gopath.exitCode === 0 && gopath.stdout.trim()) addPath(join16(gopath.stdout.trim().split(":")[0] ?? "", "bin"));
  exportVariable("GOTOOLCHAIN", "local");
}
async function installGo(spec, settings, env) {
  const installed2 = await setupGo({
    spec,
    checkLatest: settings.checkLatest,
    baseUrl: settings.baseUrl,
    source: settings.source,
    ...settings.baseAuthorization ? { authorization: settings.baseAuthorization } : {},
    host: { os: goOs(process.platform), arch: goArch(process.arch) },
    cacheArch: process.arch,
    env
  });
  await exportGo(installed2, env);
  info(`Go ${installed2.version} at ${installed2.goroot}`);
  return installed2;
}

// src/main.ts
async function check(config, go, meta, builds, compressor, layerCache, env, scope) {
  const mains = await builds.mains;
  await builds.underWay;
  const several = severalMains(config);
  checkImageTags(config.publish, several ? mains.map((m) => m.name) : void 0);
  if (several && (config.tarball || config.load))
    throw new InputError(
      config.load ? "load" : "tarball",
      config.load ? "true" : config.tarball ?? "",
      severalArchives
    );
  const registries = config.baseImage || config.publish.push ? await connect(config.publish, env, scope, config.baseImage ? [config.baseImage] : []) : void 0;
  if (registries) scope.defer(() => registries.transport.close());
  const base = registries && await openBase(config, registries.client);
  const tags = { github: meta.github, epoch: meta.stamp.epoch };
  if (several) info(`images: ${mains.map((m) => `${m.name} (${m.importPath})`).join(", ")}`);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const pushing = config.publish.push && !config.publish.pushByDigest;
  const shared = several ? new SharedLayers() : void 0;
  const manifests = await readManifests(
    config,
    mains.map((m) => m.importPath),
    pushing,
    workspace
  );
  const jobs = await Promise.all(
    mains.map(async (pkg2) => {
      const publish = several ? forImage(config.publish, pkg2.name) : config.publish;
      const push = registries && config.publish.push ? await openPublication(publish, registries, tags, base) : void 0;
      const layerInputs = await readLayerInputs(
        { zoneinfo: config.zoneinfo, dataDir: config.dataDir, scratch: !base, moduleRoot: config.workingDirectory },
        pkg2.dir,
        go.goroot
      );
      const layoutDir = several ? join17(config.ociLayout, pkg2.name) : config.ociLayout;
      const layout = await ImageAssembly.open(
        layoutDir,
        {
          ...layerInputs,
          settings: several ? titled(meta.image, pkg2.name, config.image) : meta.image,
          epoch: meta.stamp.epoch,
          mainImportPath: pkg2.importPath,
          refName: meta.refName,
          ...config.sbom ? { sbomGo: go.go } : {},
          ...base ? { base } : {},
          layerCache,
          ...shared ? { shared } : {}
        },
        compressor
      );
      return { pkg: pkg2, layoutDir, layout, push };
    })
  );
  return { jobs, manifests };
}
var severalArchives = "a docker archive holds one image: build one main with it, or leave it out for several";
async function build({ config, goSpec }, scope, startedAt) {
  const go = await stage("resolve Go", () => installGo(goSpec, config.toolchain, process.env));
  writeOutputs({ "go-version": go.version });
  const meta = await stage("metadata", () => readMetadata(config, process.env, go.version));
  const plan = planRun(config, { release: meta.release, commit: meta.stamp.commit }, process.env.GITHUB_EVENT_NAME);
  const env = plan.release ? await freshCaches(process.env, plan.release, scope) : process.env;
  const goEnv = goEnvironment(config, env);
  await stage("restore caches", async () => {
    const restored = await restoreModules(config, go, meta.stamp.commit, goEnv, startedAt, plan.release);
    writeOutputs({ "cache-hit": String(restored.moduleHit), "build-cache-hit": String(restored.buildHit) });
    await downloadModules(go.go, config.workingDirectory, goEnv, config.privateModules);
  });
  scope.defer(() => trimStale(env, Date.now()));
  const builds = await startBuilds(config, go.go, meta.stamp, goEnv, scope);
  const layerCache = new LayerCache(layerCacheDir(env));
  scope.defer(() => layerCache.written());
  const compressor = helperCompressor(go.go, go.version, goEnv, layerCache.dir, scope.signal);
  scope.defer(() => compressor.catch(() => void 0));
  const { jobs, manifests } = await stage(
    "check",
    () => check(config, go, meta, builds, compressor, layerCache, env, scope)
  );
  const programs = (i) => builds.binaries.map((b) => b.then((list) => list[i]));
  const built = await stage(
    "build",
    () => Promise.all(
      jobs.map((j, i) => imagesAsBuilt(programs(i), j.layout, j.push?.publication, config.workingDirectory, env))
    )
  );
  const images = await stage("assemble", async () => {
    info(`layers: ${(await compressor).description}`);
    return Promise.all(jobs.map((j, i) => j.layout.finish(built[i])));
  });
  const pushing = jobs.some((j) => j.push);
  const attested = pushing ? await stage(
    "attest",
    () => Promise.all(
      jobs.map(
        (j, i) => j.push ? attest(config.attest, images[i], j.layout, subjectOf2(plan.subjectName, j), env) : void 0
      )
    )
  ) : [];
  if (plan.archive && images[0])
    writeOutputs(await stage("archive", () => archive(images[0], config, meta.repoTag, env)));
  const published = pushing ? await stage(
    "publish",
    () => Promise.all(
      jobs.map((j, i) => j.push && finishPublication(j.push, j.layoutDir, images[i].top, plan.evidence))
    )
  ) : [];
  if (plan.notPushing) info(`Not pushing (${plan.notPushing})`);
  if (plan.attestationsApi) {
    for (const [i, a] of attested.entries())
      if (a && published[i])
        await stage("attestations API", () => storeAttestations(a.bundles, config.publish.githubToken, env));
  }
  const results = jobs.map((j, i) => ({
    name: j.pkg.name,
    image: images[i],
    layoutDir: j.layoutDir,
    published: published[i] || void 0,
    attested: attested[i]
  }));
  if (manifests || config.imagesFile)
    await stage("resolve", async () => {
      const pushed = new Map(
        jobs.flatMap((j, i) => published[i] ? [[j.pkg.importPath, published[i].images[0]]] : [])
      );
      if (manifests) await writeResolved(config, manifests, pushed);
      await writeImagesFile(config, imagesOf(results.map((r) => ({ ...r, attestations: r.attested?.bySubject }))));
    });
  await stage("report", () => severalMains(config) ? reportImages(results) : report(results[0]));
}
var subjectOf2 = (first, job) => {
  const target = job.push?.targets[0]?.reference;
  return target ? `${target.registry}/${target.repository}` : first;
};
async function merge({ config }, scope) {
  const env = process.env;
  if (!config.publish.push)
    return info(`Not merging (push: ${config.publish.mode}, event: ${env.GITHUB_EVENT_NAME ?? "none"})`);
  const meta = await stage("metadata", () => readMetadata(config, env));
  const plan = planRun(config, { release: meta.release, commit: meta.stamp.commit }, env.GITHUB_EVENT_NAME);
  const tags = { github: meta.github, epoch: meta.stamp.epoch };
  const { publish, image, baseImage } = config;
  const names = [...new Set(publish.merge.flatMap((m) => m.image ? [m.image] : []))];
  checkImageTags(publish, names.length > 0 ? names : void 0);
  const merges = names.length > 0 ? names : [void 0];
  const results = [];
  for (const name of merges) {
    const settings = name ? { ...forImage(publish, name), merge: publish.merge.filter((m) => m.image === name) } : publish;
    const first = settings.targets[0]?.reference;
    const subject = name && first ? `${first.registry}/${first.repository}` : plan.subjectName;
    let attested;
    const sign = async (index) => {
      attested = await attestIndex(config.attest, index, subject, env);
      return attested?.referrers ?? [];
    };
    const merged = await stage(
      name ? `merge ${name}` : "merge",
      () => mergeAndPublish(settings, image.annotations, env, tags, baseImage, scope, sign)
    );
    const signed = attested;
    if (signed && plan.attestationsApi)
      await stage("attestations API", () => storeAttestations(signed.bundles, publish.githubToken, env));
    results.push({ name: name ?? "", merged, attested: signed });
  }
  await stage(
    "report",
    () => names.length > 0 ? reportMergedImages(results) : reportMerge(results[0].merged, results[0].attested)
  );
}
runStep(async (scope) => {
  const problem = runnerProblem(process.platform, process.arch);
  if (problem) throw new Error(problem);
  const startedAt = Date.now();
  const read = await stage("config", () => readConfig(process.env, process.cwd()));
  for (const w of read.warnings) warning(w);
  await (read.config.publish.merge.length > 0 ? merge(read, scope) : build(read, scope, startedAt));
});
