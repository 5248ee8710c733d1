#!/usr/bin/env bash
# tools/dockerfile-utils/run.sh [--strict] [--json] FILE...: validates Dockerfiles with dockerfile-utils.
# Installs the pinned packages from package-lock.json (npm ci) on first use, then runs validate.mjs.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ ! -d "$HERE/node_modules/dockerfile-utils" ]; then
  (cd "$HERE" && npm ci --no-audit --no-fund --silent) >&2
fi
exec node "$HERE/validate.mjs" "$@"
