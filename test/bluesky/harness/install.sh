#!/usr/bin/env bash
# Installs the Bluesky test harness (Node 22 from the `node` package and @atproto/dev-env: PLC,
# PDS and the AppView), idempotently: does nothing when node_modules is complete for the current
# package.json + package-lock.json.
#
# Why the steps: the servers need Node 22 while the machine runs Node 20. `npm ci --ignore-scripts`
# fetches everything; then the `node` package's own install script fetches the Node 22 binary
# (and its headers); then better-sqlite3 is compiled from source (minutes) against Node 22's
# headers. npm's configured `nodedir` points at the system Node's headers, hence the explicit
# npm_config_nodedir, and Node 22 first on PATH so node-gyp itself runs on it.
#
# Cache: a cold install takes minutes (the compile), and CI starts from a clean clone. After a
# successful install, node_modules is copied to a cache folder outside the clone, keyed by the
# hash of package.json + package-lock.json (+ platform); a fresh clone restores that copy in
# seconds instead of reinstalling. The folder is ZP_BLUESKY_HARNESS_CACHE if set, else
# ${XDG_CACHE_HOME:-$HOME/.cache}/zorgpost/bluesky-harness; ZP_BLUESKY_HARNESS_CACHE=off skips it.
set -euo pipefail
cd "$(dirname "$0")"
HERE="$PWD"

log() { echo "[bluesky-harness] $*" >&2; }

lock_hash() {
  { cat package.json package-lock.json 2>/dev/null; uname -sm; } | sha256sum | cut -c1-64
}

# Complete = stamp matches package.json + lock, Node 22 runs, better-sqlite3 loads under it,
# the network's packages resolve.
is_complete() {
  [[ -f .install-stamp && "$(cat .install-stamp)" == "$(lock_hash)" ]] || return 1
  [[ -x node_modules/.bin/node ]] || return 1
  node_modules/.bin/node -e '
    if (Number(process.versions.node.split(".")[0]) < 22) process.exit(1);
    const D = require("better-sqlite3"); new D(":memory:").close();
    for (const p of ["@atproto/dev-env", "@atproto/pds", "@atproto/bsky", "@did-plc/server", "@atproto/crypto"]) require.resolve(p);
  ' >/dev/null 2>&1
}

CACHE_ROOT="${ZP_BLUESKY_HARNESS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/zorgpost/bluesky-harness}"
cache_dir() { echo "$CACHE_ROOT/$(lock_hash)"; }
cache_enabled() { [[ "$CACHE_ROOT" != off && -n "${HOME:-}${XDG_CACHE_HOME:-}${ZP_BLUESKY_HARNESS_CACHE:-}" ]]; }

# Restores node_modules from the cache when a complete copy for this lock hash is there.
restore_from_cache() {
  cache_enabled || return 1
  local dir
  dir="$(cache_dir)"
  [[ -f "$dir/complete" && -d "$dir/node_modules" ]] || return 1
  local t0=$SECONDS
  log "restoring node_modules from the cache ($dir)"
  rm -rf node_modules .install-stamp
  # A copy, not hard links: a later rebuild in this clone must not change the cached files.
  if ! cp -a --reflink=auto "$dir/node_modules" node_modules; then
    rm -rf node_modules
    return 1
  fi
  lock_hash >.install-stamp
  if ! is_complete; then
    log "the cached copy does not pass the smoke check; removing it and installing afresh"
    rm -rf node_modules .install-stamp "$dir"
    return 1
  fi
  log "restored from the cache in $((SECONDS - t0)) s"
}

# Keeps a copy of a complete install; at most the two newest hashes are kept.
save_to_cache() {
  cache_enabled || return 0
  local dir tmp
  dir="$(cache_dir)"
  [[ -f "$dir/complete" ]] && return 0
  mkdir -p "$CACHE_ROOT" || return 0
  tmp="$(mktemp -d "$CACHE_ROOT/.partial.XXXXXX")" || return 0
  local t0=$SECONDS
  if cp -a --reflink=auto node_modules "$tmp/node_modules" && touch "$tmp/complete"; then
    rm -rf "$dir"
    if mv -T "$tmp" "$dir"; then
      log "cached the install in $dir ($((SECONDS - t0)) s)"
    else
      rm -rf "$tmp"
    fi
  else
    rm -rf "$tmp"
    log "could not write the cache in $CACHE_ROOT (continuing without it)"
    return 0
  fi
  # Older lock hashes: keep the newest other one (a branch switch back), drop the rest.
  local old
  old="$(find "$CACHE_ROOT" -mindepth 1 -maxdepth 1 -type d ! -name '.partial.*' ! -path "$dir" -printf '%T@ %p\n' | sort -rn | tail -n +2 | cut -d' ' -f2-)"
  if [[ -n "$old" ]]; then
    while IFS= read -r stale; do rm -rf "$stale"; done <<<"$old"
  fi
  # Leftovers of an interrupted copy, older than a day.
  find "$CACHE_ROOT" -mindepth 1 -maxdepth 1 -type d -name '.partial.*' -mmin +1440 -exec rm -rf {} + 2>/dev/null || true
}

# One installer at a time (parallel test processes may call this together).
exec 9>"$HERE/.install.lock"
if command -v flock >/dev/null; then flock 9; fi

if is_complete; then
  log "already installed (node $(node_modules/.bin/node -v)); nothing to do"
  save_to_cache
  exit 0
fi

if restore_from_cache; then
  exit 0
fi

started=$(date +%s)
rm -f .install-stamp
if [[ -f package-lock.json ]]; then
  log "npm ci --ignore-scripts (downloading ~680 packages)"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
else
  log "npm install --ignore-scripts (no package-lock.json yet; creating it)"
  npm install --ignore-scripts --no-audit --no-fund --loglevel=error
fi

log "installing the Node 22 binary (the node package's install script)"
npm rebuild node --loglevel=error
# The node package installs node-<platform>-<arch> (its binary and its headers) inside itself.
NODE22_DIR="$HERE/node_modules/node/node_modules/node-$(node -p 'process.platform + "-" + process.arch')"
if [[ ! -f "$NODE22_DIR/include/node/node_version.h" ]]; then
  log "Node 22 headers not found at $NODE22_DIR/include/node"
  exit 1
fi
log "node $("$HERE/node_modules/.bin/node" -v) at $NODE22_DIR"

log "compiling better-sqlite3 against Node 22's headers (takes minutes; output in .build.log)"
if ! PATH="$HERE/node_modules/.bin:$PATH" \
  npm_config_nodedir="$NODE22_DIR" \
  npm_config_build_from_source=true \
  npm rebuild better-sqlite3 --foreground-scripts >"$HERE/.build.log" 2>&1; then
  tail -40 "$HERE/.build.log" >&2
  log "better-sqlite3 build failed; full log in $HERE/.build.log"
  exit 1
fi

lock_hash >.install-stamp
if ! is_complete; then
  rm -f .install-stamp
  log "install finished but the smoke check failed (Node 22 + better-sqlite3 + network packages)"
  exit 1
fi
log "installed in $(($(date +%s) - started)) s"
save_to_cache
