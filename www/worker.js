// The analysis runs here, off the main thread, so typing in the page never
// waits for it. Messages in:  { id, text, options }.
// Messages out: { type: 'ready', version, initMs }
//               { type: 'result', id, analysis, ms }
//               { type: 'error', id, message }
import init, * as newslens from './pkg/newslens.js';

let latest = null; // the newest request not yet analysed
let scheduled = false;

const ready = (async () => {
  const t0 = performance.now();
  await init();
  const version = typeof newslens.version === 'function' ? newslens.version() : '';
  const initMs = performance.now() - t0;
  self.postMessage({ type: 'ready', version, initMs });
})();

ready.catch((e) => {
  self.postMessage({ type: 'error', id: -1, message: `could not load the analyser: ${e && e.message ? e.message : e}` });
});

self.onmessage = (event) => {
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
