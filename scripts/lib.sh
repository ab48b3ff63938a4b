# Shared by the scripts in this folder (sourced, not run): repository root,
# PATH with the tools setup.sh installs, logging, and the www/ build.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# npm binaryen's wasm-opt (version 132) must come before any Debian wasm-opt,
# whose older version silently breaks the module (../shared/notes/toolchain.md).
TOOLS_BIN="$ROOT/.tools/node_modules/.bin"
export PATH="$TOOLS_BIN:$HOME/.cargo/bin:$PATH"

# The exact versions the crate is built and tested with.
BINARYEN_VERSION=132.0.0
TYPESCRIPT_VERSION=5.9.3
WASM_OPT_VERSION=132
PKG_DIR=www/pkg
SAMPLES_DIR=www/samples
SAMPLES=(tests/fixtures/seed.ar.txt tests/fixtures/sample.en.txt)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# The wasm-bindgen version Cargo.lock pins; the CLI must equal it.
locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

# A function that has one caller is inlined into it only when it is this
# small (wasm-opt's default inlines it whatever its size). Inlining every
# single-caller function had made the exported `analyze` one 178 KB function
# holding the whole engine (39% of the code): V8 compiles a wasm function as
# a whole, lazily at its first call and again with its optimising tier once
# it is hot, and the first page load of a browser paid for that one at
# once; inlined code also compresses worse (its locals are renumbered at
# every site). Kept apart, the module is 13.9 KB smaller gzip (1,059
# functions instead of 605). Cargo.toml sets the same for wasm-pack's own
# pass (bench/'s build).
ONE_CALLER_INLINE_MAX=25

# The wasm-opt passes over wasm-pack's unoptimised output (`--no-opt`, so
# that the passes do not depend on which Cargo.toml key a wasm-pack version
# reads): -Os (what wasm-pack runs by default), then -Oz, which after it
# takes about 1.5 KB gzip more off the module than either pass alone
# (session 10: 397,364 -> 395,858 bytes). --low-memory-unused: Rust leaves
# the first KB of memory unused (the stack is placed first and grows down
# towards it), so constant offsets fold into loads and stores (session 18:
# about 0.8 KB gzip). The last pass also drops the `producers` and
# `target_features` custom sections (tool versions and the features the
# module was compiled with: browsers read neither; 260 bytes).
shrink_wasm() {
  local wasm="$1/newslens_bg.wasm"
  wasm-opt -Os --one-caller-inline-max-function-size "$ONE_CALLER_INLINE_MAX" \
    --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int "$wasm" -o "$wasm" || return
  wasm-opt -Oz --one-caller-inline-max-function-size "$ONE_CALLER_INLINE_MAX" \
    --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int \
    --strip-producers --strip-target-features "$wasm" -o "$wasm"
}

# Release build of the web target into www/pkg (what the page imports), and
# the sample texts the page offers, copied into www/samples.
build_www() {
  log "wasm-pack build --target web --profile wasm-release --no-opt --out-dir $PKG_DIR, then wasm-opt"
  # no-install: never let wasm-pack fetch a wasm-bindgen of its own.
  wasm-pack build --mode no-install --target web --profile wasm-release --no-opt --out-dir "$PKG_DIR" || return
  shrink_wasm "$PKG_DIR" || return
  mkdir -p "$SAMPLES_DIR"
  local f
  for f in "${SAMPLES[@]}"; do
    if [[ -f $f ]]; then cp "$f" "$SAMPLES_DIR/"; fi
  done
}
