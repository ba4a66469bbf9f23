#!/usr/bin/env bash
# Builds the release artefact a production installation uses: the web app built once, then
# `npm pack` into release/zorgpost-<version>.tgz (bin, src, the built web app and server, docs).
# Install it on the server with `npm install --omit=dev ./zorgpost-<version>.tgz`: no Vite,
# no TypeScript compiler, no test tools. bin/zorgpost.mjs runs dist/server/ (sources via tsx
# only when they are newer than that build).
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build:web >/dev/null
# The server compiled once (no tsx transpiling at each start) and the empty database a new
# embedded installation is copied from (no initdb at its first start).
npm run build:server >/dev/null
mkdir -p release
npm pack --pack-destination release --silent
