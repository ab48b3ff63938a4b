// Starts everything the first result needs as early as the page allows (time
// to first result, issue 7): the wasm download + compilation, the JS glue,
// and the sample text a `?sample=` link asks for. Loaded twice on purpose: as
// an async classic script from index.html (usually first), and imported by
// app.js (in case it was not); whichever runs first does the work. app.js
// takes it over from `window.newslensBoot`.
//
// The first short text is analysed on the page's own thread, where the
// compiled module already is; the worker (which keeps long texts and typing
// off the page's thread) is started by `startWorker`: at once when no sample
// is coming, else once the first result is on screen, so that its start-up
// does not compete with the first analysis for the processor.
if (!window.newslensBoot) {
  // The sample texts a `?sample=` link can name (the sample buttons' URLs).
  const SAMPLES = { ar: 'samples/seed.ar.txt', en: 'samples/sample.en.txt' };
  const boot = {
    createdMs: null, // worker created
    compiledMs: null, // wasm compiled
    glueMs: null, // JS glue loaded
    worker: null,
    wasm: null, // Promise of the compiled module, or of null on failure
    glue: null, // Promise of the JS glue module
    sample: null, // { url, text: Promise<string>, fetchedMs } for ?sample=
    messages: [],
    failure: null,
    startWorker: null,
  };
  // index.html preloads the wasm, so this fetch is usually answered already.
  boot.wasm = WebAssembly.compileStreaming(fetch('pkg/newslens_bg.wasm'))
    .then((module) => {
      boot.compiledMs = performance.now();
      return module;
    })
    .catch(() => null);
  boot.glue = import('./pkg/newslens.js').then((glue) => {
    boot.glueMs = performance.now();
    return glue;
  });
  // A rejection is handled by whoever uses it (the worker is the fallback).
  boot.glue.catch(() => {});
  const sampleUrl = SAMPLES[new URLSearchParams(location.search).get('sample')];
  if (sampleUrl) {
    boot.sample = {
      url: sampleUrl,
      fetchedMs: null,
      text: fetch(sampleUrl).then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      }).then((text) => {
        boot.sample.fetchedMs = performance.now();
        return text;
      }),
    };
    boot.sample.text.catch(() => {});
  }
  boot.startWorker = () => {
    if (boot.worker) return boot.worker;
    boot.createdMs = performance.now();
    boot.worker = new Worker('worker.js', { type: 'module' });
    boot.worker.onmessage = (event) => boot.messages.push(event.data);
    boot.worker.onerror = (event) => {
      event.preventDefault();
      boot.failure = event.message || 'the worker failed to load';
    };
    // The worker gets the compiled module, or null if compiling failed
    // here (it then loads the wasm itself).
    boot.wasm.then((module) => boot.worker.postMessage({ type: 'module', module }));
    return boot.worker;
  };
  if (!boot.sample) boot.startWorker();
  window.newslensBoot = boot;
}
