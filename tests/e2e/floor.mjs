// The floor for time to first result (issue 7): how long this headless
// Chromium takes, from navigation start, to run a trivial same-origin
// script, a module script, to start a trivial module worker, and to compile
// and instantiate the page's real wasm, on this machine. Not a test: it
// prints medians over fresh loads, to show what is reachable.
//
//   node tests/e2e/floor.mjs [RUNS]
import { launch } from './chromium.mjs';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WASM = join(ROOT, 'www/pkg/newslens_bg.wasm');
const RUNS = Number(process.argv[2] || 9);

const FILES = {
  'index.html': `<!doctype html><html><head><meta charset="utf-8"><title>floor</title>
<link rel="icon" href="data:,">
<script src="classic.js"></script>
<script src="module.js" type="module"></script>
</head><body><p>floor</p></body></html>`,
  'classic.js': `window.floor = { classic: performance.now() };
const w = new Worker('worker.js', { type: 'module' });
window.floor.workerCreated = performance.now();
w.onmessage = (e) => { window.floor.workerRunning = e.data - performance.timeOrigin; w.terminate(); };
const c = new Worker('cworker.js');
c.onmessage = (e) => { window.floor.classicWorkerRunning = e.data - performance.timeOrigin; c.terminate(); };
fetch('app.wasm').then((r) => { window.floor.wasmHeaders = performance.now(); return WebAssembly.compileStreaming(r); })
  .then((m) => { window.floor.wasmCompiled = performance.now(); return m; })
  .then((m) => { const imports = {}; for (const i of WebAssembly.Module.imports(m)) { (imports[i.module] ??= {})[i.name] = i.kind === 'function' ? () => {} : undefined; }
    const t = performance.now(); try { new WebAssembly.Instance(m, imports); } catch (e) { window.floor.instErr = String(e); }
    window.floor.wasmInstantiateMs = performance.now() - t; })
  .catch((e) => { window.floor.wasmErr = String(e); });
`,
  'module.js': `window.floor.module = performance.now();`,
  'worker.js': `postMessage(performance.timeOrigin + performance.now());`,
  'cworker.js': `postMessage(performance.timeOrigin + performance.now());`,
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = await mkdtemp(join(tmpdir(), 'newslens-floor-'));
for (const [name, body] of Object.entries(FILES)) await writeFile(join(dir, name), body);
await copyFile(WASM, join(dir, 'app.wasm'));
const server = await serve(dir, 0);
const profile = await mkdtemp(join(tmpdir(), 'newslens-floor-profile-'));
const ctx = await launch(profile);
const page = ctx.pages()[0] ?? (await ctx.newPage());
const runs = [];
try {
  for (let i = 0; i < RUNS; i += 1) {
    await page.goto(`${server.url}/`);
    const r = await page.waitForFunction(() => {
      const f = window.floor;
      return f && f.workerRunning && f.classicWorkerRunning && f.wasmInstantiateMs !== undefined ? f : null;
    }, null, { timeout: 15000 }).then((h) => h.jsonValue());
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      const res = (name) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(name));
      return { responseEnd: n.responseEnd, classicFetched: res('classic.js')?.responseEnd, classicRequested: res('classic.js')?.fetchStart, domInteractive: n.domInteractive };
    });
    runs.push({ ...r, ...nav });
  }
} finally {
  await ctx.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
}
const keys = ['responseEnd', 'classicRequested', 'classicFetched', 'classic', 'module', 'workerCreated', 'classicWorkerRunning', 'workerRunning', 'wasmHeaders', 'wasmCompiled', 'wasmInstantiateMs'];
console.log(`floor over ${RUNS} fresh loads (median ms from navigation start):`);
for (const k of keys) console.log(`  ${k.padEnd(22)} ${median(runs.map((r) => r[k])).toFixed(1)}  [${runs.map((r) => r[k]?.toFixed(0)).join(' ')}]`);
if (runs[0].wasmErr || runs[0].instErr) console.log('wasm:', runs[0].wasmErr || runs[0].instErr);
