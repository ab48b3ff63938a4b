// Diagnostic, not a test: the time line of the first result over fresh loads
// of `/?sample=ar` (the page's own marks and the resource timings), for one
// www folder or several compared load by load (alternating, so machine load
// hits each alike).
//   node tests/e2e/trace.mjs RUNS [WWW_DIR ...]      (default: www/)
import { launch } from './chromium.mjs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.argv[2] || 9);
const DIRS = process.argv.length > 3 ? process.argv.slice(3) : [join(ROOT, 'www')];
const QUERY = process.env.QUERY ?? '?sample=ar';
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};
const servers = await Promise.all(DIRS.map((d) => serve(d, 0)));
const profile = await mkdtemp(join(tmpdir(), 'newslens-trace-'));
const ctx = await launch(profile);
const page = ctx.pages()[0] ?? (await ctx.newPage());
const runs = DIRS.map(() => []);
try {
  for (let i = 0; i < RUNS; i += 1) {
    for (const [d, server] of servers.entries()) {
      await page.goto(`${server.url}/${QUERY}`);
      const t = await page.waitForFunction(() => {
        const [m] = performance.getEntriesByName('newslens:first-result');
        return m ? { at: m.startTime, ...m.detail } : null;
      }, null, { timeout: 20000 }).then((h) => h.jsonValue());
      const res = await page.evaluate(() => {
        const out = {};
        for (const e of performance.getEntriesByType('resource')) {
          const name = e.name.replace(/^.*\//, '');
          out[`${name}.sent`] = e.requestStart || e.fetchStart;
          out[`${name}.end`] = e.responseEnd;
        }
        return out;
      });
      // How long the sample text kept the first analysis waiting after the
      // engine was ready (0 when the text came first).
      const textWait = Math.max(0, (t.sampleFetchedMs ?? 0) - (t.pageReadyMs ?? 0));
      runs[d].push({ ...res, ...t, render: t.drawnMs - t.resultMs, frame: t.at - t.drawnMs, textWait });
    }
  }
} finally {
  await ctx.close();
  await Promise.all(servers.map((s) => s.close()));
  await rm(profile, { recursive: true, force: true });
}
const keys = [...new Set(runs.flatMap((rs) => rs.flatMap((r) => Object.keys(r))))]
  .filter((k) => runs.some((rs) => rs.some((r) => typeof r[k] === 'number')));
const order = (k) => median(runs[0].map((r) => r[k])) ?? 1e9;
keys.sort((a, b) => order(a) - order(b));
console.log(`medians over ${RUNS} loads of ${QUERY}: ${DIRS.join(' | ')}`);
for (const k of keys) {
  const cols = runs.map((rs) => {
    const m = median(rs.map((r) => r[k]));
    return m === null ? '      -' : m.toFixed(1).padStart(7);
  });
  const all = runs.map((rs) => rs.map((r) => (typeof r[k] === 'number' ? r[k].toFixed(0) : '-')).join(' ')).join(' | ');
  console.log(`  ${k.padEnd(26)} ${cols.join(' ')}   [${all}]`);
}
