#!/usr/bin/env bash
# Builds the publishable npm package in pkg/ (git-ignored): the wasm-pack web
# build plus the <news-lens> element (embed/), with package.json completed
# from Cargo.toml and scripts/package.template.json.
#
#   bash scripts/package.sh            # build pkg/
#   bash scripts/package.sh --no-opt   # skip wasm-opt (faster, larger)
#   cd pkg && npm pack --dry-run       # what would be published
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/pkg"
cd "$ROOT"

# wasm-opt from npm binaryen in .tools/ (Debian's is too old, see the notes).
export PATH="$ROOT/.tools/node_modules/.bin:$PATH"
OPT_FLAGS=()
if [[ "${1:-}" == "--no-opt" ]]; then
  OPT_FLAGS=(--no-opt)
elif ! command -v wasm-opt >/dev/null 2>&1; then
  echo "package.sh: no wasm-opt on PATH (npm install binaryen@132.0.0 in .tools/); building with --no-opt" >&2
  OPT_FLAGS=(--no-opt)
fi

# Unoptimised by wasm-pack: the wasm-opt passes are the page build's
# (shrink_wasm in scripts/lib.sh).
wasm-pack build --target web --profile wasm-release --out-dir "$OUT" --no-opt
if [[ ${#OPT_FLAGS[@]} -eq 0 ]]; then
  (source "$ROOT/scripts/lib.sh" && shrink_wasm "$OUT")
fi

# The element, its worker and its types. In the package the worker sits in
# embed/ next to the root's newslens.js, not next to www/pkg/.
mkdir -p "$OUT/embed"
cp "$ROOT/www/embed/news-lens.js" "$OUT/embed/"
sed "s|'../pkg/newslens.js'|'../newslens.js'|" "$ROOT/www/embed/news-lens.d.ts" >"$OUT/embed/news-lens.d.ts"
if grep -q "pkg/newslens" "$OUT/embed/news-lens.d.ts"; then
  echo "package.sh: could not point embed/news-lens.d.ts at ../newslens.js" >&2
  exit 1
fi
sed "s|^const MODULE_PATH = '../pkg/newslens.js';|const MODULE_PATH = '../newslens.js';|" \
  "$ROOT/www/embed/worker.js" >"$OUT/embed/worker.js"
if ! grep -q "^const MODULE_PATH = '../newslens.js';" "$OUT/embed/worker.js"; then
  echo "package.sh: could not point embed/worker.js at ../newslens.js" >&2
  exit 1
fi

# A README for the package page when the crate has none.
if [[ ! -f "$OUT/README.md" ]]; then
  cp "$ROOT/docs/embedding.md" "$OUT/README.md"
fi

# package.json: wasm-pack's fields, the crate's metadata, then the template.
META="$(cargo metadata --no-deps --format-version 1 --offline 2>/dev/null || cargo metadata --no-deps --format-version 1)"
OUT="$OUT" TEMPLATE="$ROOT/scripts/package.template.json" META="$META" node --input-type=module -e '
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
const out = process.env.OUT;
const file = join(out, "package.json");
const pkg = JSON.parse(readFileSync(file, "utf8"));
const template = JSON.parse(readFileSync(process.env.TEMPLATE, "utf8"));
const crate = JSON.parse(process.env.META).packages.find((p) => p.name === "newslens");
const merged = {
  ...pkg,
  ...template,
  version: crate.version,
  description: crate.description,
  license: crate.license,
  repository: { type: "git", url: crate.repository },
};
// Files wasm-pack may add (licence, inline JS snippets) are published too.
const files = new Set(template.files);
for (const name of readdirSync(out)) {
  if (/^LICEN[CS]E/i.test(name)) files.add(name);
}
if (existsSync(join(out, "snippets"))) files.add("snippets/");
merged.files = [...files].filter((f) => f.endsWith("/") || existsSync(join(out, f)));
const missing = template.files.filter((f) => !existsSync(join(out, f)));
if (missing.length) {
  console.error(`package.sh: missing from pkg/: ${missing.join(", ")}`);
  process.exit(1);
}
writeFileSync(file, JSON.stringify(merged, null, 2) + "\n");
console.log(`package.sh: ${merged.name}@${merged.version} in ${out}`);
'
