// Starts the analysis worker and the wasm download + compilation as early as
// the page allows (time to first result), before the rest of the page's
// scripts have loaded. Loaded twice on purpose: as an async classic script
// from index.html (usually first), and imported by app.js (in case it was
// not); whichever runs first does the work. app.js adopts the result from
// `window.newslensBoot`, including any messages the worker sent meanwhile.
if (!window.newslensBoot) {
  const boot = {
    createdMs: performance.now(),
    compiledMs: null,
    worker: null,
    wasm: null,
    messages: [],
    failure: null,
  };
  // Compilation runs off the main thread; the worker gets the compiled
  // module, or null if this failed (it then loads the wasm itself).
  boot.wasm = WebAssembly.compileStreaming(fetch('pkg/newslens_bg.wasm'))
    .then((module) => {
      boot.compiledMs = performance.now();
      return module;
    })
    .catch(() => null);
  boot.worker = new Worker('worker.js', { type: 'module' });
  boot.worker.onmessage = (event) => boot.messages.push(event.data);
  boot.worker.onerror = (event) => {
    event.preventDefault();
    boot.failure = event.message || 'the worker failed to load';
  };
  boot.wasm.then((module) => boot.worker.postMessage({ type: 'module', module }));
  window.newslensBoot = boot;
}
