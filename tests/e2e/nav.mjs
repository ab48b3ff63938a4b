// Diagnostic, not a test: how much of the test's loads 2-5 is the
// navigation within one tab (the harness) rather than the page. Each round
// is a fresh browser with 5 loads of `/?sample=ar`, made one of three ways,
// rounds alternating between them:
//   same   - page.goto in the same tab, as page.test.mjs does;
//   blank  - page.goto('about:blank') first, so the timed navigation does
//            not tear the previous newslens page down;
//   newtab - each load in a new tab, the previous tab closed first;
//   pause  - as `same`, after PAUSE_MS of idling, so that the previous
//            load's background work (the worker's start, V8's optimising
//            compiles of the module's hot functions) is over.
// Per load: the first result, when boot.js's request started (the page's
// first request after the commit), the navigation's own timings, and
// whether the previous page went into the back/forward cache (`pagehide`
// with `persisted`).
//   node tests/e2e/nav.mjs [ROUNDS] [WWW_DIR]      (default: 4, www/)
//   MODES=same,pause picks the ways compared (default: same,blank,newtab).
import { launch } from './chromium.mjs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ROUNDS = Number(process.argv[2] || 4);
const WWW = resolve(ROOT, process.argv[3] || 'www');
const MODES = (process.env.MODES || 'same,blank,newtab').split(',');
const LOADS = 5;
const PAUSE_MS = Number(process.env.PAUSE_MS || 500);
const TIMEOUT_MS = 20_000;
const KEYS = ['first', 'bootRequest', 'responseEnd', 'domInteractive', 'unload'];

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

async function load(page, url) {
  await page.goto(url);
  const first = await page.waitForFunction(() => {
    const [m] = performance.getEntriesByName('newslens:first-result');
    return m ? m.startTime : null;
  }, null, { timeout: TIMEOUT_MS }).then((h) => h.jsonValue());
  await page.waitForFunction(() => performance.getEntriesByName('newslens:worker-ready').length > 0,
    null, { timeout: TIMEOUT_MS });
  return page.evaluate((at) => {
    const [nav] = performance.getEntriesByType('navigation');
    const boot = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/boot.js'));
    return {
      first: at,
      bootRequest: boot?.startTime ?? NaN,
      responseEnd: nav.responseEnd,
      domInteractive: nav.domInteractive,
      unload: nav.unloadEventEnd - nav.unloadEventStart,
      persisted: sessionStorage.getItem('pagehide-persisted'),
    };
  }, first);
}

const server = await serve(WWW, 0);
const url = `${server.url}/?sample=ar`;
const results = Object.fromEntries(MODES.map((m) => [m, { loads: [], firsts: [], persisted: new Set() }]));
try {
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 ? [...MODES].reverse() : MODES;
    for (const mode of order) {
      const profile = await mkdtemp(join(tmpdir(), 'newslens-nav-'));
      const ctx = await launch(profile, { viewport: { width: 1280, height: 900 } });
      await ctx.addInitScript(() => {
        addEventListener('pagehide', (e) => sessionStorage.setItem('pagehide-persisted', String(e.persisted)));
      });
      try {
        let page = ctx.pages()[0] ?? (await ctx.newPage());
        const firsts = [];
        for (let i = 0; i < LOADS; i += 1) {
          if (i > 0 && mode === 'blank') await page.goto('about:blank');
          if (i > 0 && mode === 'pause') await page.waitForTimeout(PAUSE_MS);
          if (i > 0 && mode === 'newtab') {
            const next = await ctx.newPage();
            await page.close();
            page = next;
          }
          const r = await load(page, url);
          firsts.push(r.first);
          if (i > 0) {
            results[mode].loads.push(r);
            results[mode].persisted.add(r.persisted);
          }
        }
        results[mode].firsts.push(median(firsts));
        console.log(`round ${round} ${mode}: median ${median(firsts).toFixed(1)} ms [${firsts.map((x) => x.toFixed(0)).join(', ')}]`);
      } finally {
        await ctx.close();
        await rm(profile, { recursive: true, force: true });
      }
    }
  }
} finally {
  await server.close();
}
for (const mode of MODES) {
  const r = results[mode];
  console.log(`${mode}: the test's figure over ${ROUNDS} rounds: median ${median(r.firsts).toFixed(1)} ms; ` +
    `loads 2-5, medians: ${KEYS.map((k) => `${k} ${median(r.loads.map((l) => l[k])).toFixed(1)}`).join(', ')}; ` +
    `previous page persisted (bfcache): ${[...r.persisted].join('/')}`);
}
