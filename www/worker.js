// The analysis runs here, off the main thread, so typing in the page never
// waits for it.
// Messages in:  { type: 'module', module }  the compiled wasm (or null), first
//               { id, text, options }        a text to analyse
// Messages out: { type: 'ready', version, initMs, warmUpMs, startedAt, readyAt }
//               { type: 'result', id, analysis, ms }
//               { type: 'error', id, message, fatal }
//
// The page compiles the wasm while this worker starts up and sends the
// compiled module over, so download, compilation and worker start-up
// overlap (time to first result). Without it, the worker fetches the wasm.
const glue = import('./pkg/newslens.js');
let receiveModule;
const compiled = new Promise((resolve) => {
  receiveModule = resolve;
});

const WARM_UP_TEXT = 'وقال الوزير إن الحكومة ستواصل العمل. "We will continue," the minister said.';

let newslens = null;
let latest = null; // the newest request not yet analysed
let scheduled = false;

const ready = (async () => {
  const t0 = performance.now();
  newslens = await glue;
  const module = await compiled;
  await newslens.default({ module_or_path: module ?? new URL('./pkg/newslens_bg.wasm', import.meta.url) });
  const version = typeof newslens.version === 'function' ? newslens.version() : '';
  const t1 = performance.now();
  // The engine builds its tables on first use: do that now, while the page
  // is still loading, rather than on the reader's first text.
  try {
    newslens.analyze(WARM_UP_TEXT);
  } catch {
    // A failure here will show on the first real request.
  }
  const t2 = performance.now();
  // An absolute time, so the page can place it on its own timeline.
  self.postMessage({
    type: 'ready',
    version,
    initMs: t1 - t0,
    warmUpMs: t2 - t1,
    startedAt: performance.timeOrigin + t0,
    readyAt: performance.timeOrigin + t2,
  });
})();

ready.catch((e) => {
  self.postMessage({ type: 'error', id: -1, message: e && e.message ? e.message : String(e) });
});

self.onmessage = (event) => {
  if (event.data.type === 'module') {
    receiveModule(event.data.module);
    return;
  }
  // Requests that arrive while one is being analysed replace each other:
  // only the newest text matters, older ones are dropped unanalysed.
  latest = event.data;
  if (!scheduled) {
    scheduled = true;
    ready.then(() => setTimeout(run, 0), () => {});
  }
};

function run() {
  scheduled = false;
  const request = latest;
  latest = null;
  if (!request) return;
  const { id, text, options } = request;
  try {
    const t0 = performance.now();
    const analysis = newslens.analyze(text, options);
    const ms = performance.now() - t0;
    self.postMessage({ type: 'result', id, analysis, ms });
  } catch (e) {
    // A trap (RuntimeError) leaves the module unusable: the page then
    // starts a fresh worker.
    const fatal = e instanceof WebAssembly.RuntimeError;
    self.postMessage({ type: 'error', id, fatal, message: e && e.message ? e.message : String(e) });
  }
}
