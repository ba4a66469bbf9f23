#!/usr/bin/env bash
# Builds the release artefact a production installation uses: the web app built once, then
# `npm pack` into release/zorgpost-<version>.tgz (bin, src, the built web app, docs).
# Install it on the server with `npm install --omit=dev ./zorgpost-<version>.tgz`: no Vite,
# no TypeScript compiler, no test tools. The sources run through tsx (a runtime dependency).
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build:web >/dev/null
mkdir -p release
npm pack --pack-destination release --silent
