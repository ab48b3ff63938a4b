// Throughput of the newslens wasm build in node, and of the npm package
// `compromise` side by side on the same English texts, in the same run.
//
//   cd bench && npm install && npm run build && node wasm-bench.mjs [--quick]
//
// Method: texts are the *.txt files of $NEWSLENS_CORPUS/{ar,en}, else of the
// first of ../../shared/corpus, ../../../shared/corpus (relative to this
// folder's crate) that exists, else tests/fixtures. Each engine analyses
// every file once as a warm-up, then the whole set again and again until
// MIN_MEASURE_MS has passed; MB/s is UTF-8 bytes (10^6) over wall time.
// newslens: `analyze(text)` returning the full JS object (actors, mentions,
// quotes). compromise: `nlp(text)` then `.people()`, `.places()`,
// `.organizations()` and `.quotations()`, each materialised with
// `.out('array')`. The two engines alternate per round so that machine load
// hits both alike.

import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const crate = resolve(here, '..');
const quick = process.argv.includes('--quick');
/** Least wall time per throughput figure. */
const MIN_MEASURE_MS = quick ? 1000 : 4000;
/** Bytes in one MB. */
const MB = 1e6;
/** Target of issue 7: wasm at least this many times compromise's throughput. */
const TARGET_RATIO = 30;

function corpusRoot() {
  if (process.env.NEWSLENS_CORPUS) return process.env.NEWSLENS_CORPUS;
  return ['../shared/corpus', '../../shared/corpus']
    .map((p) => resolve(crate, p))
    .find((p) => existsSync(p));
}

function readTexts(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

function load() {
  const root = corpusRoot();
  const sets = [];
  if (root) {
    for (const lang of ['ar', 'en']) {
      const files = readTexts(join(root, lang));
      if (files.length) sets.push({ lang, source: join(root, lang), files });
    }
  }
  if (!sets.length) {
    sets.push({ lang: 'ar', source: 'tests/fixtures', files: readTexts(join(crate, 'tests/fixtures')) });
  }
  return sets;
}

const utf8Bytes = (files) => files.reduce((n, f) => n + Buffer.byteLength(f, 'utf8'), 0);

/** Runs `round` (one pass over the files) until `ms` has passed; returns rounds and seconds. */
function measure(round, ms) {
  round(); // warm-up
  let rounds = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < ms || rounds === 0) {
    round();
    rounds += 1;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  return { rounds, secs: elapsed / 1e3 };
}

/** Both engines measured alternately in slices, so load affects both alike. */
function measurePair(a, b, ms, slices = 4) {
  const ra = { rounds: 0, secs: 0 };
  const rb = { rounds: 0, secs: 0 };
  for (let i = 0; i < slices; i++) {
    for (const [f, r] of [[a, ra], [b, rb]]) {
      const m = measure(f, ms / slices);
      r.rounds += m.rounds;
      r.secs += m.secs;
    }
  }
  return [ra, rb];
}

const pkgPath = join(here, 'pkg', 'newslens.js');
if (!existsSync(pkgPath)) {
  console.error(`no wasm build at ${pkgPath}: run \`npm run build\` in bench/ first`);
  process.exit(1);
}
const newslens = require(pkgPath);
const nlp = (await import('compromise')).default;
const wasmBytes = readFileSync(join(here, 'pkg', 'newslens_bg.wasm')).length;

const newslensRound = (files) => () => {
  for (const f of files) {
    const a = newslens.analyze(f);
    if (!a || !Array.isArray(a.actors)) throw new Error('bad result');
  }
};
const compromiseRound = (files) => () => {
  for (const f of files) {
    const doc = nlp(f);
    const found =
      doc.people().out('array').length +
      doc.places().out('array').length +
      doc.organizations().out('array').length +
      doc.quotations().out('array').length;
    if (found < 0) throw new Error('unreachable');
  }
};

console.log(`newslens wasm benchmark (node ${process.version}, ${wasmBytes} byte .wasm from bench/pkg)`);
const compromiseVersion = JSON.parse(readFileSync(join(here, 'node_modules/compromise/package.json'), 'utf8')).version;
console.log(`compromise ${compromiseVersion} (nlp.version ${nlp.version})`);
console.log('');
const pad = (s, n) => String(s).padStart(n);
console.log(`${'lang'.padEnd(5)} ${'engine'.padEnd(11)} ${pad('files', 5)} ${pad('bytes', 8)} ${pad('rounds', 7)} ${pad('MB/s', 8)}`);
const rows = [];
for (const set of load()) {
  const bytes = utf8Bytes(set.files);
  const row = (engine, r) => {
    const mbs = (bytes * r.rounds) / MB / r.secs;
    console.log(`${set.lang.padEnd(5)} ${engine.padEnd(11)} ${pad(set.files.length, 5)} ${pad(bytes, 8)} ${pad(r.rounds, 7)} ${pad(mbs.toFixed(2), 8)}`);
    rows.push({ lang: set.lang, engine, mbs });
    return mbs;
  };
  if (set.lang === 'en') {
    const [w, c] = measurePair(newslensRound(set.files), compromiseRound(set.files), MIN_MEASURE_MS);
    const wm = row('newslens', w);
    const cm = row('compromise', c);
    const ratio = wm / cm;
    console.log(
      `en    ratio newslens/compromise: ${ratio.toFixed(1)}x (target >= ${TARGET_RATIO}x: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`,
    );
  } else {
    row('newslens', measure(newslensRound(set.files), MIN_MEASURE_MS));
  }
}
console.log('');
console.log(`texts: ${load().map((s) => `${s.lang} from ${s.source}`).join('; ')}`);
