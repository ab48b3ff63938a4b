// Bad input through the JS API of the wasm build (issue 7): lone
// surrogates, NULs, huge and empty strings. Exits non-zero on a failure.
//
//   cd bench && npm run build && node js-bad-input.mjs
//
// A JS string may hold lone surrogates, which UTF-8 (and so Rust) cannot:
// wasm-bindgen replaces each with U+FFFD on the way in. U+FFFD is one UTF-16
// unit, like the surrogate it replaces, so offsets still index the caller's
// string; only the `text` of a value that covers a lone surrogate differs
// from `input.slice(start, end)` (U+FFFD in place of the surrogate).

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const { analyze } = require(join(here, 'pkg', 'newslens.js'));
const seed = readFileSync(join(here, '..', 'tests', 'fixtures', 'seed.ar.txt'), 'utf8');

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (s) => s.replace(LONE, '\uFFFD');

const cases = [
  ['empty', ''],
  ['lone high surrogate', 'قال لافروف \uD800 إن موسكو “لن \uD83D تتراجع”.'],
  ['lone low surrogate', '\uDC00قال وزير الخارجية الروسي سيرغي لافروف\uDFFF إن “\uDE00”'],
  ['reversed pair', 'قال بوتين \uDE00\uD83D إن روسيا «قوية».'],
  ['surrogates inside names', 'قال سيرغي\uD800 لاف\uDC00روف إن “نعم”.'],
  ['seed with surrogates at every space', seed.replaceAll(' ', ' \uD800')],
  ['NULs', seed.replaceAll(' ', '\0')],
  ['only surrogates', '\uD800\uDC00\uDC00\uD800'.repeat(10000)],
  ['5 MB', seed.repeat(Math.ceil((5 * 1024 * 1024) / seed.length))],
];

let failed = 0;
for (const [name, input] of cases) {
  let a;
  try {
    a = analyze(input);
  } catch (e) {
    console.log(`FAIL ${name}: threw ${e}`);
    failed += 1;
    continue;
  }
  const values = [...a.actors.flatMap((x) => x.mentions), ...a.quotes];
  let exact = 0;
  let replaced = 0;
  const bad = [];
  for (const v of values) {
    const inRange = 0 <= v.start && v.start < v.end && v.end <= input.length;
    const slice = input.slice(v.start, v.end);
    if (inRange && slice === v.text) exact += 1;
    else if (inRange && wellFormed(slice) === v.text) replaced += 1;
    else bad.push(v);
  }
  const ids = new Set(a.actors.map((x) => x.id));
  const orphans = a.quotes.filter((q) => q.speaker !== null && !ids.has(q.speaker));
  // The contract has `null`, never `undefined`, for absent values.
  const undef = [
    ...a.actors.flatMap((x) => ['role', 'country'].filter((k) => x[k] === undefined)),
    ...a.quotes.flatMap((q) => ['speaker', 'speakerText', 'cue', 'cueStart', 'cueEnd'].filter((k) => q[k] === undefined)),
  ];
  const ok = bad.length === 0 && orphans.length === 0 && undef.length === 0;
  if (!ok) failed += 1;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name}: ${a.actors.length} actors, ${a.quotes.length} quotes; ` +
      `${exact} values equal their slice, ${replaced} equal it with U+FFFD for lone surrogates` +
      (bad.length ? `; ${bad.length} off: ${JSON.stringify(bad[0])}` : '') +
      (orphans.length ? `; ${orphans.length} speakers not actors` : '') +
      (undef.length ? `; undefined where null is due: ${[...new Set(undef)]}` : ''),
  );
}
process.exit(failed ? 1 : 0);
