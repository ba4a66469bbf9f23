#!/usr/bin/env bash
# Installs the Bluesky test harness (Node 22 from the `node` package, the PDS, the PLC server),
# idempotently: does nothing when node_modules is complete for the current package-lock.json.
#
# Why the steps: the PDS needs Node 22 while the machine runs Node 20. `npm ci --ignore-scripts`
# fetches everything; then the `node` package's own install script fetches the Node 22 binary
# (and its headers); then better-sqlite3 is compiled from source (~1.5-2 min) against Node 22's
# headers. npm's configured `nodedir` points at the system Node's headers, hence the explicit
# npm_config_nodedir, and Node 22 first on PATH so node-gyp itself runs on it.
set -euo pipefail
cd "$(dirname "$0")"
HERE="$PWD"

log() { echo "[bluesky-harness] $*" >&2; }

lock_hash() { sha256sum package.json package-lock.json 2>/dev/null | sha256sum | cut -c1-64; }

# Complete = stamp matches package.json + lock, Node 22 runs, better-sqlite3 loads under it,
# the PDS and PLC packages resolve.
is_complete() {
  [[ -f .install-stamp && "$(cat .install-stamp)" == "$(lock_hash)" ]] || return 1
  [[ -x node_modules/.bin/node ]] || return 1
  node_modules/.bin/node -e '
    if (Number(process.versions.node.split(".")[0]) < 22) process.exit(1);
    const D = require("better-sqlite3"); new D(":memory:").close();
    require.resolve("@atproto/pds"); require.resolve("@did-plc/server"); require.resolve("@atproto/crypto");
  ' >/dev/null 2>&1
}

# One installer at a time (parallel test processes may call this together).
exec 9>"$HERE/.install.lock"
if command -v flock >/dev/null; then flock 9; fi

if is_complete; then
  log "already installed (node $(node_modules/.bin/node -v)); nothing to do"
  exit 0
fi

started=$(date +%s)
rm -f .install-stamp
if [[ -f package-lock.json ]]; then
  log "npm ci --ignore-scripts (downloading ~600 packages)"
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

log "compiling better-sqlite3 against Node 22's headers (takes 1-2 minutes; output in .build.log)"
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
  log "install finished but the smoke check failed (Node 22 + better-sqlite3 + PDS packages)"
  exit 1
fi
log "installed in $(($(date +%s) - started)) s"
