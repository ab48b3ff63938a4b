// Diagnostic, not a test: Chrome traces of the loads `page.test.mjs` times
// (one fresh browser, loads of `/?sample=ar` in one tab, each waiting for
// the worker), summarised per load: the page's marks, the resource timings
// (queued / sent / first byte / last byte), the renderer's navigation
// commit with its larger parts (the previous page's frame detached), memory
// grows and garbage collections before the mark, the main thread's
// processor time against its wall time before the mark, the optimising
// wasm compiles on the renderer's other threads, and the main thread's
// tasks up to the mark. The first load is not traced (it compiles the
// module lazily; the test's median comes from loads 2-5).
//   node tests/e2e/load-trace.mjs [LOADS] [WWW_DIR]      (default: 5, www/)
//   DETAIL=1 also lists every event of the tasks around the result.
import { launch } from './chromium.mjs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LOADS = Number(process.argv[2] || 5);
const WWW = resolve(ROOT, process.argv[3] || 'www');
const TIMEOUT_MS = 20_000;
const CATEGORIES = [
  'devtools.timeline', 'v8', 'v8.wasm', 'blink', 'loading', 'blink.user_timing',
  'disabled-by-default-devtools.timeline', 'navigation', 'toplevel',
].join(',');
// Events shorter than these (µs) are left out of the summaries.
const MIN_TASK_US = 300;
const MIN_PART_US = 200;
const MIN_COMMIT_PART_US = 500;

const ms = (us) => (us / 1000).toFixed(1);
const server = await serve(WWW, 0);
const profile = await mkdtemp(join(tmpdir(), 'newslens-load-trace-'));
const ctx = await launch(profile, {
  viewport: { width: 1280, height: 900 },
});
try {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  for (let load = 0; load < LOADS; load += 1) {
    const traced = load > 0;
    const cdp = await ctx.newCDPSession(page);
    const events = [];
    let complete = null;
    if (traced) {
      cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
      complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
      await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    }
    await page.goto(`${server.url}/?sample=ar`);
    const at = await page.waitForFunction(() => {
      const [m] = performance.getEntriesByName('newslens:first-result');
      return m ? { at: m.startTime, ...m.detail } : null;
    }, null, { timeout: TIMEOUT_MS }).then((h) => h.jsonValue());
    await page.waitForFunction(() => performance.getEntriesByName('newslens:worker-ready').length > 0,
      null, { timeout: TIMEOUT_MS });
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) =>
      `${e.name.replace(/^.*\//, '')} ${[e.startTime, e.requestStart, e.responseStart, e.responseEnd].map((x) => x.toFixed(0)).join('/')}`));
    if (!traced) {
      console.log(`load ${load + 1}: first result at ${at.at.toFixed(1)} ms (not traced)`);
      await cdp.detach();
      continue;
    }
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    // The mark's trace time and its page time give the page's time origin.
    const mark = events.find((e) => e.name === 'newslens:first-result');
    if (!mark) {
      console.log(`load ${load + 1}: no mark in the trace`);
      continue;
    }
    const t0 = mark.ts - at.at * 1000;
    const { pid, tid } = mark;
    const onMain = (e) => e.pid === pid && e.tid === tid && e.ph === 'X';
    const page_ = (e) => ms(e.ts - t0);
    const within = (outer) => (e) => onMain(e) && e !== outer && e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + outer.dur;
    const num = (x) => (typeof x === 'number' ? x.toFixed(1) : '-');
    console.log(`load ${load + 1}: first result at ${num(at.at)} ms; wasm compiled ${num(at.wasmCompiledMs)}, ` +
      `engine ready ${num(at.pageReadyMs)} (warm-up ${num(at.pageWarmUpMs)}), sample text ${num(at.sampleFetchedMs)}, ` +
      `seed ${num(at.pageAnalyzeMs)}, result ${num(at.resultMs)}, drawn ${num(at.drawnMs)}`);
    console.log(`  resources (queued/sent/first byte/last byte): ${resources.join('; ')}`);
    const commit = events.find((e) => e.name === 'RenderFrameImpl::CommitNavigation' && onMain(e) && e.ts < mark.ts);
    if (commit) {
      const parts = events.filter((e) => within(commit)(e) && e.dur > MIN_COMMIT_PART_US).sort((a, b) => a.ts - b.ts);
      console.log(`  navigation commit at ${page_(commit)} +${ms(commit.dur)}: ` +
        parts.map((e) => `${e.name} +${ms(e.dur)}`).join(' | '));
    }
    const before = (e) => onMain(e) && e.ts > t0 && e.ts < mark.ts;
    const grows = events.filter((e) => e.name === 'wasm.GrowMemory' && before(e));
    const gcs = events.filter((e) => (e.name === 'MinorGC' || e.name === 'MajorGC') && before(e));
    console.log(`  memory grows ${grows.length}, ${ms(grows.reduce((s, e) => s + e.dur, 0))} ms; ` +
      `GCs ${gcs.map((e) => `${e.name} at ${page_(e)} +${ms(e.dur)}`).join(', ') || 'none'}`);
    // The main thread's own processor time (the trace's thread time) beside
    // its wall time: on a busy machine the wall time of a task is mostly
    // waiting for a processor, its thread time is the page's work. Tasks
    // begun before the mark: the mark's own frame (its rendering) counts.
    const started = events.filter((e) => onMain(e) && e.name === 'ThreadControllerImpl::RunTask' && e.ts >= t0 && e.ts < mark.ts);
    const timed = started.filter((e) => typeof e.tdur === 'number');
    const sum = (xs, key) => xs.reduce((s, e) => s + e[key], 0);
    console.log(`  main thread, tasks begun before the mark: ${started.length}, ${ms(sum(started, 'dur'))} ms wall; ` +
      `${timed.length} with a thread time: ${ms(sum(timed, 'tdur'))} ms of processor for ${ms(sum(timed, 'dur'))} ms wall`);
    // The renderer's other threads meanwhile: V8's optimising compiles of
    // the module's hot functions (dynamic tiering) take a processor from
    // the page's thread on a two-processor machine.
    const others = events.filter((e) => e.pid === pid && e.tid !== tid && e.ph === 'X' && e.ts >= t0 && e.ts < mark.ts);
    const cpuOf = (xs) => ms(xs.reduce((s, e) => s + (e.tdur ?? e.dur ?? 0), 0));
    const topTier = others.filter((e) => e.name === 'wasm.TopTierCompilation');
    console.log(`  other threads of the renderer before the mark: optimising wasm compiles ${cpuOf(topTier)} ms ` +
      `of processor in ${topTier.length} jobs; all their tasks ${cpuOf(others.filter((e) => e.name === 'ThreadPool_RunTask' || e.name === 'TaskGraphRunner::RunTask'))} ms`);
    const tasks = events.filter((e) => onMain(e) && e.name === 'ThreadControllerImpl::RunTask' && e.dur > MIN_TASK_US && e.ts >= t0 && e.ts <= mark.ts)
      .sort((a, b) => a.ts - b.ts);
    for (const task of tasks) {
      const parts = events.filter((e) => within(task)(e) && e.dur > MIN_PART_US && e.name !== 'RunTask')
        .sort((a, b) => b.dur - a.dur).slice(0, 4)
        .map((e) => `${e.name}${e.args?.data?.url ? `(${e.args.data.url.replace(/^.*\//, '')})` : ''} ${ms(e.dur)}`);
      console.log(`  ${page_(task).padStart(7)} +${ms(task.dur).padStart(5)}  ${parts.join(', ')}`);
      if (process.env.DETAIL && (task.ts - t0) / 1000 + task.dur / 1000 >= at.resultMs - 15) {
        const all = events.filter((e) => within(task)(e) && e.dur > MIN_PART_US).sort((a, b) => a.ts - b.ts)
          .map((e) => `${e.name} at ${page_(e)} +${ms(e.dur)}`);
        console.log(`           ${all.join(' | ')}`);
      }
    }
  }
} finally {
  await ctx.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
