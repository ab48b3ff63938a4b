// Starts everything the first result needs as early as the page allows (time
// to first result, issue 7): the wasm download + compilation, the JS glue,
// and the sample text a `?sample=` link asks for. An async classic script of
// index.html; app.js imports it only if it has not run yet (the guard below
// makes a second run do nothing). app.js takes it over from
// `window.newslensBoot`.
//
// The first short text is analysed on the page's own thread, where the
// compiled module already is (`pageEngine`); when a sample is coming, that
// engine is instantiated and warmed up (its tables built) as soon as the
// module is compiled, while the text and app.js are still on their way. The
// worker (which keeps long texts and typing off the page's thread) is
// started by `startWorker`: at once when no sample is coming, else once the
// first result is on screen, so that its start-up does not compete with the
// first analysis for the processor.
if (!window.newslensBoot) {
  // The sample texts a `?sample=` link can name (the sample buttons' URLs).
  const SAMPLES = { ar: 'samples/seed.ar.txt', en: 'samples/sample.en.txt' };
  // Arabic and English, so that the tables of both are built.
  const WARM_UP_TEXT = 'وقال الوزير إن الحكومة ستواصل العمل. "We will continue," the minister said.';
  const boot = {
    startedMs: performance.now(), // this script running
    createdMs: null, // worker created
    compiledMs: null, // wasm compiled
    glueMs: null, // JS glue loaded
    worker: null,
    wasm: null, // Promise of the compiled module, or of null on failure
    glue: null, // Promise of the JS glue module
    sample: null, // { url, text: Promise<string>, fetchedMs } for ?sample=
    instantiateMs: null, // page-thread engine: instantiation
    warmUpMs: null, // page-thread engine: first analysis (tables)
    pageReadyMs: null, // page-thread engine ready
    messages: [],
    failure: null,
    startWorker: null,
    pageEngine: null,
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
  let engine = null;
  /** The glue, instantiated and warmed up on this thread (made once). */
  boot.pageEngine = () => {
    engine ??= Promise.all([boot.glue, boot.wasm]).then(([glue, module]) => {
      if (!module) throw new Error('the wasm did not compile');
      const t0 = performance.now();
      glue.initSync({ module });
      const t1 = performance.now();
      try {
        glue.analyze(WARM_UP_TEXT);
      } catch {
        // A failure here shows on the first real request.
      }
      boot.instantiateMs = t1 - t0;
      boot.pageReadyMs = performance.now();
      boot.warmUpMs = boot.pageReadyMs - t1;
      return glue;
    });
    return engine;
  };
  if (boot.sample) boot.pageEngine().catch(() => {});
  else boot.startWorker();
  window.newslensBoot = boot;
}
