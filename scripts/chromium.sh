#!/usr/bin/env bash
# Installs Debian's chromium for the end-to-end tests when /usr/bin/chromium is missing: with apt-get as
# root, or through sudo when it needs no password. Otherwise says why; the e2e tests then fail, never skip.
set -uo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "Chromium is missing at $chromium and this user cannot install it (not root, no password-less sudo):" >&2
  echo "run 'apt-get install -y chromium' as root. The end-to-end tests will fail until then." >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing at $chromium and there is no apt-get to install it; the end-to-end tests will fail." >&2
  exit 0
fi

echo "Installing Debian's chromium for the end-to-end tests…"
export DEBIAN_FRONTEND=noninteractive
# The package lists may be empty or stale on a fresh machine: refresh them only when the install fails.
if ! "${as_root[@]}" apt-get install -y -q chromium >/dev/null; then
  "${as_root[@]}" apt-get update -q >/dev/null && "${as_root[@]}" apt-get install -y -q chromium >/dev/null
fi
[ -x "$chromium" ] || echo "Installing chromium failed; the end-to-end tests will fail (see apt-get's output above)." >&2
exit 0
