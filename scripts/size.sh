#!/usr/bin/env bash
# Prints the raw and gzip (-9) sizes of the built module (www/pkg/*.wasm)
# and its JS glue (www/pkg/*.js), and fails when the gzip total exceeds the
# budget in the file `size-budget` (the one place the budget is kept).
# Builds www/pkg first when it is missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

budget=$(grep -v '^\s*#' size-budget | grep -Eo '[0-9]+' | head -n 1)
[[ -n $budget ]] || die "size-budget holds no number"
shopt -s nullglob
files=("$PKG_DIR"/*.wasm "$PKG_DIR"/*.js)
if ((${#files[@]} == 0)); then
  build_www
  files=("$PKG_DIR"/*.wasm "$PKG_DIR"/*.js)
fi

raw_total=0
gz_total=0
printf '%-32s %10s %10s\n' file raw gzip
for f in "${files[@]}"; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  raw_total=$((raw_total + raw))
  gz_total=$((gz_total + gz))
  printf '%-32s %10d %10d\n' "$f" "$raw" "$gz"
done
printf '%-32s %10d %10d\n' total "$raw_total" "$gz_total"
if ((gz_total > budget)); then
  echo "size: FAILED: gzip total $gz_total bytes exceeds the budget of $budget bytes (size-budget)"
  exit 1
fi
echo "size: ok: gzip total $gz_total bytes of $budget budget ($((gz_total * 100 / budget))%)"
