// Diagnostic: a Chrome trace of fresh loads of `/?sample=ar`, summarised as
// the renderer main thread's top-level tasks (start, duration, what). Not a test.
//   node tests/e2e/chrome-trace.mjs [RUNS]
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.argv[2] || 3);
const server = await serve(join(ROOT, process.env.WWW || 'www'), 0);
const profile = await mkdtemp(join(tmpdir(), 'fr13-trace-'));
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (let run = 0; run < RUNS; run += 1) {
  await page.goto('about:blank');
  const path = join(profile, `t${run}.json`);
  await browser.startTracing(page, { path, categories: ['devtools.timeline', 'v8', 'v8.wasm', 'blink', 'loading', 'disabled-by-default-devtools.timeline', 'netlog', 'navigation'] });
  await page.goto(`${server.url}/?sample=ar`);
  const at = await page.waitForFunction(() => {
    const [m] = performance.getEntriesByName('newslens:first-result');
    return m ? { at: m.startTime, ...m.detail, origin: performance.timeOrigin } : null;
  }, null, { timeout: 15000 }).then((h) => h.jsonValue());
  await browser.stopTracing(); if (process.env.KEEP) { const { copyFile } = await import("node:fs/promises"); await copyFile(path, `/tmp/fr13-trace-${run}.json`); }
  const { traceEvents } = JSON.parse(await readFile(path, 'utf8'));
  // The document's request stands for navigation start (within a few ms).
  const nav = traceEvents.find((e) => e.name === 'ResourceSendRequest' && e.args.data.url.includes('?sample='));
  const t0 = nav.ts;
  // The renderer main thread that ran the page (the one with the lazy
  // wasm compiles; an about:blank renderer may be listed first).
  const mains = traceEvents.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const count = (m) => traceEvents.filter((e) => e.tid === m.tid && e.name === 'wasm.CompileLazy').length;
  const { pid, tid } = mains.sort((a, b) => count(b) - count(a))[0];
  const lazy = traceEvents.filter((e) => e.name === 'wasm.CompileLazy' && e.tid === tid);
  const wasmRun = traceEvents.filter((e) => e.tid === tid && e.name === 'v8.callFunction' && e.dur > 3000);
  console.log(`  lazy wasm compiles on the main thread: ${lazy.length}, ${(lazy.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000).toFixed(1)} ms`);
  console.log(`run ${run}: first result at ${at.at.toFixed(1)} ms (drawn ${at.drawnMs.toFixed(1)}); main-thread tasks over 1 ms:`);
  const tasks = traceEvents.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.dur > 1000 && e.ts >= t0)
    .sort((a, b) => a.ts - b.ts);
  for (const task of tasks) {
    if ((task.ts - t0) / 1000 > at.at + 20) break;
    const inner = traceEvents.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e !== task && (e.dur ?? 0) > 300)
      .sort((a, b) => b.dur - a.dur).slice(0, 4).map((e) => `${e.name}${e.args?.data?.url ? `(${e.args.data.url.replace(/^.*\//, '')})` : ''}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''} ${(e.dur / 1000).toFixed(1)}`);
    console.log(`  ${((task.ts - t0) / 1000).toFixed(1).padStart(7)} +${(task.dur / 1000).toFixed(1).padStart(5)}  ${inner.join(', ')}`);
  }
  const net = traceEvents.filter((e) => e.name === 'ResourceSendRequest' || e.name === 'ResourceFinish' || e.name === 'ResourceReceiveResponse');
  const reqs = new Map();
  for (const e of net) {
    const id = e.args.data.requestId;
    const r = reqs.get(id) ?? {};
    if (e.name === 'ResourceSendRequest') { r.url = e.args.data.url.replace(/^.*\//, ''); r.send = (e.ts - t0) / 1000; }
    if (e.name === 'ResourceReceiveResponse') r.resp = (e.ts - t0) / 1000;
    if (e.name === 'ResourceFinish') r.fin = (e.ts - t0) / 1000;
    reqs.set(id, r);
  }
  for (const r of reqs.values()) console.log(`  net ${String(r.url).padEnd(22)} sent ${r.send?.toFixed(1)} response ${r.resp?.toFixed(1)} finished ${r.fin?.toFixed(1)}`);
}
await browser.close(); await server.close(); await rm(profile, { recursive: true, force: true });
