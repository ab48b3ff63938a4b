#!/usr/bin/env bash
# Command 1: sets up what is missing, builds the wasm module and serves the
# page on http://127.0.0.1:${PORT:-8080} (with the strict CSP of the tests).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bash scripts/setup.sh
build_www
port=${PORT:-8080}
log "serving www/ on http://127.0.0.1:$port (Ctrl-C stops)"
exec node tests/e2e/serve.mjs www "$port"
