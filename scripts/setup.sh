#!/usr/bin/env bash
# Installs what a fresh machine of this kind lacks to build and test newslens
# (the recipe of ../shared/notes/toolchain.md): the wasm32 target, wasm-pack,
# wasm-bindgen-cli equal to Cargo.lock's wasm-bindgen, Debian chromium and
# chromium-driver, npm binaryen (wasm-opt) in .tools/, and the e2e test's npm
# packages. Idempotent: each step is skipped when its tool is already there,
# so a second run takes about a second. Needs no GitHub or browser download.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

command -v cargo >/dev/null || die "cargo not found: install Rust with rustup first"
command -v node >/dev/null || die "node not found: install Node.js 20 (Debian: apt-get install nodejs npm)"

as_root() {
  if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    log "rustup component add $component"
    rustup component add "$component"
  fi
done

if ! command -v wasm-pack >/dev/null; then
  log "cargo install wasm-pack --locked"
  cargo install wasm-pack --locked
fi

want=$(locked_wasm_bindgen_version)
[[ -n $want ]] || die "no wasm-bindgen in Cargo.lock"
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [[ $have != "$want" ]]; then
  # Not --locked: its lock file names a webpki-roots version the registry
  # mirror lacks. --force replaces another installed version.
  log "cargo install wasm-bindgen-cli --version $want (found: ${have:-none})"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  log "apt-get install chromium chromium-driver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

if ! "$TOOLS_BIN/wasm-opt" --version 2>/dev/null | grep -q "version $WASM_OPT_VERSION\b"; then
  log "npm install binaryen@$BINARYEN_VERSION into .tools/"
  mkdir -p .tools
  npm install --prefix .tools --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION"
fi

# TypeScript, so the package test type-checks a consumer of the typings.
if ! "$TOOLS_BIN/tsc" --version 2>/dev/null | grep -q "Version $TYPESCRIPT_VERSION\b"; then
  log "npm install typescript@$TYPESCRIPT_VERSION into .tools/"
  mkdir -p .tools
  npm install --prefix .tools --no-audit --no-fund --loglevel=error "typescript@$TYPESCRIPT_VERSION"
fi

# The end-to-end tests' packages (playwright-core; it downloads no browser).
if [[ -f tests/e2e/package.json ]]; then
  stamp=tests/e2e/node_modules/.package-lock.json
  if [[ ! -f $stamp || tests/e2e/package.json -nt $stamp ||
        ( -f tests/e2e/package-lock.json && tests/e2e/package-lock.json -nt $stamp ) ]]; then
    if [[ -f tests/e2e/package-lock.json ]]; then
      log "npm ci in tests/e2e"
      (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
    else
      log "npm install in tests/e2e"
      (cd tests/e2e && npm install --no-audit --no-fund --loglevel=error)
    fi
  fi
fi

echo "setup: ready (wasm-pack $(wasm-pack --version | awk '{ print $2 }'), wasm-bindgen $want, $("$TOOLS_BIN/wasm-opt" --version | awk '{ print $1, $3 }'), $(chromium --version 2>/dev/null | head -n 1))"
