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

# The Bluesky harness install (Node 22, PDS + AppView, a native compile; minutes when cold, seconds
# from its cache in ~/.cache/zorgpost) runs in the
# background from the start and is awaited in its own step.
harness_log=$(mktemp)
bash test/bluesky/harness/install.sh >"$harness_log" 2>&1 &
harness_pid=$!

step "1/8 system dependencies (chromium, postgresql)"
bash scripts/ensure-system-deps.sh

step "2/8 lint and format (biome), typecheck (tsc --noEmit)"
npx biome check .
npx tsc -p tsconfig.json --noEmit

step "3/8 unit, API and engine tests on embedded PGlite"
npx vitest run --project unit

step "4/8 data-layer, API, engine and security tests on a real PostgreSQL server"
ZP_TEST_DB=postgres npx vitest run --project unit test/api test/db test/engine test/security

step "5/8 build web app"
npm run build:web

step "6/8 production install from the release artefact (npm install --omit=dev)"
npx vitest run --project ops

step "7/8 Bluesky end to end against the local Bluesky network (PLC, PDS, AppView; Node 22 harness), API and browser"
if ! wait "$harness_pid"; then
  cat "$harness_log" >&2
  exit 1
fi
cat "$harness_log"
npx vitest run --project bluesky

step "8/8 browser tests (Chromium)"
npx vitest run --project browser

echo "    (${step_name%% *} done in $((SECONDS - step_start)) s)"
echo
echo "All checks passed in $((SECONDS - start)) s"
