#!/usr/bin/env bash
# The one command that checks everything (`npm test`, also what CI runs via .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

start=$SECONDS
step_start=$SECONDS
step_name=""
step() {
  if [ -n "$step_name" ]; then
    echo "    (${step_name%% *} done in $((SECONDS - step_start)) s)"
  fi
  step_name="$1"
  step_start=$SECONDS
  echo
  echo "==> $1"
}
trap 'rc=$?; if [ $rc -ne 0 ]; then echo; echo "FAILED in step: ${step_name:-?} (after $((SECONDS - start)) s)" >&2; fi' EXIT

step "1/7 system dependencies (chromium, postgresql)"
bash scripts/ensure-system-deps.sh

step "2/7 lint and format (biome), typecheck (tsc --noEmit)"
npx biome check .
npx tsc -p tsconfig.json --noEmit

step "3/7 unit, API and engine tests on embedded PGlite"
npx vitest run --project unit

step "4/7 data-layer, API and engine tests on a real PostgreSQL server"
ZP_TEST_DB=postgres npx vitest run --project unit test/api test/db test/engine test/security

step "5/7 build web app"
npm run build:web

step "6/7 Bluesky end to end against a local PDS (Node 22 harness), API and browser"
bash test/bluesky/harness/install.sh
npx vitest run --project bluesky

step "7/7 browser tests (Chromium)"
npx vitest run --project browser

echo "    (${step_name%% *} done in $((SECONDS - step_start)) s)"
echo
echo "All checks passed in $((SECONDS - start)) s"
