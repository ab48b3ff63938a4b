// Diagnostic, not a test: the first-result timing exactly as
// page.test.mjs takes it (a fresh browser, 5 loads of `/?sample=ar`, each
// waiting for the worker to be ready, the median reported), repeated in
// rounds that alternate between www folders, so machine load hits each
// alike. trace.mjs instead loads many times in one browser without waiting
// for the worker: its later loads run code V8 has long tiered up (faster
// than the test's loads 2-5) while the previous page's worker is still
// starting (slower). Each round is a new browser, so every round's first
// load compiles the wasm lazily again, as in the test.
//   node tests/e2e/loads.mjs ROUNDS [WWW_DIR ...]      (default: www/)
import { launch } from './chromium.mjs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ROUNDS = Number(process.argv[2] || 4);
const DIRS = process.argv.length > 3 ? process.argv.slice(3) : [join(ROOT, 'www')];
// As in page.test.mjs.
const LOADS = 5;
const TIMEOUT_MS = 20_000;
// The page's marks shown for loads 2-5 (the first load is always the slowest).
const PARTS = ['wasmCompiledMs', 'glueLoadedMs', 'sampleFetchedMs', 'pageReadyMs', 'pageWarmUpMs',
  'pageAnalyzeMs', 'resultMs', 'drawnMs'];

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const servers = await Promise.all(DIRS.map((d) => serve(d, 0)));
const results = DIRS.map(() => ({ medians: [], loads: Array.from({ length: LOADS }, () => []), parts: {} }));
try {
  for (let round = 0; round < ROUNDS; round += 1) {
    // Alternate which folder goes first.
    const order = [...DIRS.keys()];
    if (round % 2) order.reverse();
    for (const d of order) {
      const profile = await mkdtemp(join(tmpdir(), 'newslens-loads-'));
      const ctx = await launch(profile, {
        viewport: { width: 1280, height: 900 },
      });
      try {
        const page = ctx.pages()[0] ?? (await ctx.newPage());
        const at = [];
        for (let i = 0; i < LOADS; i += 1) {
          await page.goto(`${servers[d].url}/?sample=ar`);
          const t = await page.waitForFunction(() => {
            const [m] = performance.getEntriesByName('newslens:first-result');
            return m ? { at: m.startTime, ...m.detail } : null;
          }, null, { timeout: TIMEOUT_MS }).then((h) => h.jsonValue());
          await page.waitForFunction(() => performance.getEntriesByName('newslens:worker-ready').length > 0,
            null, { timeout: TIMEOUT_MS });
          at.push(t.at);
          results[d].loads[i].push(t.at);
          if (i > 0) for (const k of PARTS) (results[d].parts[k] ??= []).push(t[k] ?? NaN);
        }
        results[d].medians.push(median(at));
        console.log(`round ${round} ${DIRS[d]}: median ${median(at).toFixed(1)} ms [${at.map((x) => x.toFixed(0)).join(', ')}]`);
      } finally {
        await ctx.close();
        await rm(profile, { recursive: true, force: true });
      }
    }
  }
} finally {
  await Promise.all(servers.map((s) => s.close()));
}
for (const [d, r] of results.entries()) {
  const mean = r.medians.reduce((a, b) => a + b, 0) / r.medians.length;
  console.log(`${DIRS[d]}: the test's figure (median of 5 loads) over ${ROUNDS} rounds: median ${median(r.medians).toFixed(1)} ms, ` +
    `mean ${mean.toFixed(1)} ms; each load's median: ${r.loads.map((l) => median(l).toFixed(0)).join(', ')}`);
  console.log(`  loads 2-5, medians: ${PARTS.map((k) => `${k} ${median(r.parts[k] ?? []).toFixed(1)}`).join(', ')}`);
}
