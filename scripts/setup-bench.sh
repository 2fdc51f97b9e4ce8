#!/usr/bin/env bash
# What the benchmarks need beyond the tests: buildah (Debian) and ko (Go module proxy).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dpkg -s buildah >/dev/null 2>&1 || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo; $sudo apt-get install -y -qq buildah; }
GOBIN="$PWD/.tools/bin" GOFLAGS= go install github.com/google/ko@v0.19.1
