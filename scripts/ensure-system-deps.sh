#!/usr/bin/env bash
# Make sure the system programs the test suite needs are present:
#   - Chromium at /usr/bin/chromium (browser tests, driven by playwright-core)
#   - PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin
#     (the test run starts its own throwaway cluster; the Debian service is not used)
#   - a basic font so pages render text in headless Chromium
#   - poppler-utils (pdftoppm, pdftotext, pdfinfo): the PDF report's test renders its pages
# Idempotent: installs only what is missing, runs `apt-get update` at most once.
set -euo pipefail

missing=()

if [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi

have_pg=no
for bin_dir in /usr/lib/postgresql/*/bin; do
  if [ -x "$bin_dir/initdb" ] && [ -x "$bin_dir/pg_ctl" ]; then
    have_pg=yes
    break
  fi
done
if [ "$have_pg" = no ]; then
  missing+=(postgresql)
fi

if [ ! -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  missing+=(fonts-dejavu-core)
fi

if ! command -v pdftoppm >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
  missing+=(poppler-utils)
fi

if [ "${#missing[@]}" -eq 0 ]; then
  echo "ensure-system-deps: chromium, postgresql, fonts and poppler-utils already present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "ensure-system-deps: missing ${missing[*]} and not root (no sudo); install them with apt-get" >&2
    exit 1
  fi
else
  SUDO=()
fi

echo "ensure-system-deps: installing ${missing[*]} (apt-get, this can take a few minutes)"

log="$(mktemp -t ensure-system-deps.XXXXXX.log)"
# Do not let the postgresql package start (or enable) the Debian cluster service:
# the test run starts its own cluster. policy-rc.d exit 101 = "action not allowed".
policy=/usr/sbin/policy-rc.d
created_policy=no
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$policy" >/dev/null
  "${SUDO[@]}" chmod +x "$policy"
  created_policy=yes
fi
cleanup() {
  if [ "$created_policy" = yes ]; then "${SUDO[@]}" rm -f "$policy"; fi
}
trap cleanup EXIT

if ! "${SUDO[@]}" apt-get update -qq >"$log" 2>&1; then
  echo "ensure-system-deps: apt-get update failed; last lines of $log:" >&2
  tail -n 30 "$log" >&2
  exit 1
fi
if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "${missing[@]}" >>"$log" 2>&1; then
  echo "ensure-system-deps: apt-get install failed; last lines of $log:" >&2
  tail -n 30 "$log" >&2
  exit 1
fi
rm -f "$log"

# Verify the result rather than trusting apt's exit code.
[ -x /usr/bin/chromium ] || { echo "ensure-system-deps: /usr/bin/chromium still missing" >&2; exit 1; }
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "ensure-system-deps: initdb still missing" >&2; exit 1; }
command -v pdftoppm >/dev/null 2>&1 || { echo "ensure-system-deps: pdftoppm still missing" >&2; exit 1; }
echo "ensure-system-deps: installed ${missing[*]}"
