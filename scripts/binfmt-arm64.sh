#!/usr/bin/env bash
# Registers qemu-user-static for arm64 ELF programs with the kernel (binfmt_misc), as Docker's
# setup-qemu-action does, so an arm64 program and every arm64 program it starts run here. Debian's
# package ships the rule for systemd-binfmt, which this machine does not run. Idempotent; needs root.
set -euo pipefail
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
dir=/proc/sys/fs/binfmt_misc
[ -e "$dir/register" ] || $sudo mount -t binfmt_misc binfmt_misc "$dir"
if [ ! -e "$dir/qemu-aarch64" ]; then
  # F: the kernel opens the interpreter now, so it works in any mount namespace later.
  grep -v '^#' /usr/lib/binfmt.d/qemu-aarch64.conf | $sudo tee "$dir/register" >/dev/null
fi
grep -qx enabled "$dir/qemu-aarch64"
