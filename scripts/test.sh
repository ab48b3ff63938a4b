#!/usr/bin/env bash
# Command 2: sets up what is missing, then runs every check and test in
# order, stopping at the first failure. Each step's output is shown and kept
# in target/test-logs/; the closing line of each runner is printed after it
# and again in the summary at the end.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

LOG_DIR=target/test-logs
mkdir -p "$LOG_DIR"
summary=()

# The line that says how a step ended: for Rust test runners their last
# `test result:` (plus the total when there are several binaries), for
# node:test the pass/fail counts, otherwise the last line printed.
closing_line() {
  local clean
  clean=$(sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$1")
  if grep -q '^test result:' <<<"$clean"; then
    grep '^test result:' <<<"$clean" | awk '
      { last = $0; runs++
        for (i = 1; i <= NF; i++) {
          if ($(i + 1) ~ /^passed;?$/) passed += $i
          if ($(i + 1) ~ /^failed;?$/) failed += $i
        } }
      END { if (runs > 1) printf "%s [%d runs: %d passed, %d failed]\n", last, runs, passed, failed
            else print last }'
  elif grep -Eq '^(# |ℹ )(pass|fail) [0-9]+' <<<"$clean"; then
    grep -E '^(# |ℹ )(tests|pass|fail) [0-9]+' <<<"$clean" | tail -n 3 | tr '\n' ' ' | sed 's/ $//'
    echo
  else
    local last
    last=$(grep -v '^\s*$' <<<"$clean" | tail -n 1 || true)
    echo "${last:-done (no output)}"
  fi
}

print_summary() {
  echo
  echo "== test.sh summary"
  local s
  for s in "${summary[@]}"; do echo "  $s"; done
}

# step NAME COMMAND...: runs COMMAND, shows and logs its output, stops the
# whole run with a clear message when it fails.
step() {
  local name=$1
  shift
  local logf="$LOG_DIR/$(tr -c 'A-Za-z0-9\n' '-' <<<"$name").log"
  log "$name"
  local rc=0
  "$@" 2>&1 | tee "$logf" || rc=${PIPESTATUS[0]}
  if ((rc != 0)); then
    summary+=("FAILED  $name (exit $rc): $(closing_line "$logf")")
    print_summary
    echo
    echo "test.sh: FAILED at step '$name' (exit $rc); its full output is in $logf" >&2
    exit "$rc"
  fi
  local line
  line=$(closing_line "$logf")
  echo "--> $name: $line"
  summary+=("ok      $name: $line")
}

step "setup" bash scripts/setup.sh

shopt -s nullglob
# Generators (tools/*.py that take --check) must match what is committed;
# tools/test_*.py are their self-tests.
# A generator whose raw inputs (../shared/data) are absent, as in a bare
# clone, exits 2 saying "not found": reported as skipped, not failed.
generator_check() {
  local out rc=0
  out=$(python3 "$1" --check 2>&1) || rc=$?
  printf '%s\n' "$out"
  if ((rc == 2)) && grep -q 'not found' <<<"$out"; then
    echo "skipped: $1 --check needs reference data that is absent here"
    return 0
  fi
  return "$rc"
}
for gen in tools/*.py; do
  [[ $gen == tools/test_* ]] && continue
  grep -q -- '--check' "$gen" || continue
  step "generated files up to date: $gen --check" generator_check "$gen"
done
tool_tests=(tools/test_*.py)
if ((${#tool_tests[@]} > 0)); then
  step "tools self-tests" python3 -m unittest discover -s tools -p 'test_*.py'
fi

# The name tagger's model is generated too: re-training must reproduce it
# byte for byte (needs ANERcorp from ../shared/data; skipped without it).
if [[ -f ../shared/data/anercorp/train.txt ]]; then
  step "tagger model reproducible (train_tagger --check)" \
    cargo run --release --example train_tagger --features train -- --check
fi
step "cargo fmt --check" cargo fmt --all -- --check
step "cargo clippy (native)" cargo clippy --all-targets -- -D warnings
step "cargo clippy (wasm32)" cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
step "cargo doc" env RUSTDOCFLAGS="-D warnings" cargo doc --no-deps
step "cargo test" cargo test
# The 10 MB adversarial cases only run in an optimised build without debug
# assertions.
step "cargo test --release --test adversarial" cargo test --release --test adversarial
step "wasm-pack build (release, $PKG_DIR)" build_www
# The test files are named: that runs exactly one binary whose closing line
# is its own (not the doc-tests' `0 passed`), and run_in_browser tests in
# web_browser.rs are not skipped with exit 0 under --node.
step "wasm-pack test --node" wasm-pack test --mode no-install --node --test web
step "wasm-pack test --headless --chrome" wasm-pack test --mode no-install --headless --chrome --test web_browser
for t in tests/e2e/*.test.mjs; do
  step "e2e: node $t" timeout 600 node "$t"
done
step "size" bash scripts/size.sh

print_summary
echo
echo "test.sh: all ${#summary[@]} steps passed"
