#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing: chromium (the end-to-end tests drive the
# Playground in it) and sqlite3 (the crash-injection test reads the embedded store's rows with it). With apt-get as
# root, or through sudo when it needs no password. Otherwise says why; those tests then fail, never skip.
set -uo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "Missing: ${missing[*]}, and this user cannot install them (not root, no password-less sudo):" >&2
  echo "run 'apt-get install -y ${missing[*]}' as root. The tests that need them will fail until then." >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing: ${missing[*]}, and there is no apt-get to install them; the tests that need them will fail." >&2
  exit 0
fi

echo "Installing Debian's ${missing[*]} for the tests…"
export DEBIAN_FRONTEND=noninteractive
# The package lists may be empty or stale on a fresh machine: refresh them only when the install fails.
if ! "${as_root[@]}" apt-get install -y -q "${missing[@]}" >/dev/null; then
  "${as_root[@]}" apt-get update -q >/dev/null && "${as_root[@]}" apt-get install -y -q "${missing[@]}" >/dev/null
fi
[ -x "$chromium" ] || echo "Installing chromium failed; the end-to-end tests will fail (see apt-get's output above)." >&2
command -v sqlite3 >/dev/null 2>&1 || echo "Installing sqlite3 failed; the crash-injection test will fail (see apt-get's output above)." >&2
exit 0
