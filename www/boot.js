// Starts everything the first result needs as early as the page allows (time
// to first result, issue 7): the wasm download + compilation, the JS glue,
// and the sample texts. An async classic script of index.html; app.js
// imports it only if it has not run yet (the guard below makes a second run
// do nothing). app.js takes it over from `window.newslensBoot`.
//
// The first short text is analysed on the page's own thread, where the
// compiled module already is (`pageEngine`). When a sample is coming (a
// `?sample=` link), that engine is instantiated as soon as the module is
// compiled and, if the text is not here yet, warmed up (its tables built)
// on a short text of the sample's language; the sample is then analysed
// here (`sample.analysis`) without waiting for app.js, which only shows the
// result. The worker (which keeps long texts and typing off the page's
// thread) is started by `startWorker`: at once when no sample is coming,
// else once the first result is on screen, so that its start-up does not
// compete with the first analysis for the processor.
if (!window.newslensBoot) {
  // The sample texts a `?sample=` link can name (the sample buttons' URLs).
  const SAMPLES = { ar: 'samples/seed.ar.txt', en: 'samples/sample.en.txt' };
  // A short text per sample language: the warm-up builds the tables that
  // language needs; any others are built on first use.
  const WARM_UP_TEXTS = {
    ar: 'وقال الوزير إن الحكومة ستواصل العمل.',
    en: '"We will continue," the minister said.',
  };
  // The options of a `?sample=` link's analysis (the page's defaults).
  const FIRST_OPTIONS = Object.freeze({ language: 'auto' });
  const boot = {
    startedMs: performance.now(), // this script running
    createdMs: null, // worker created
    compiledMs: null, // wasm compiled
    glueMs: null, // JS glue loaded
    worker: null,
    wasm: null, // Promise of the compiled module, or of null on failure
    glue: null, // Promise of the JS glue module
    sample: null, // { url, lang, text: Promise<string>, fetchedMs, analysis } for ?sample=
    samples: {}, // sample URL -> Promise of its text (see sampleText)
    sampleText: null,
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
  // The text of a sample: fetched once, kept for the sample buttons.
  boot.sampleText = (url) => {
    boot.samples[url] ??= fetch(url).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
    // A rejection is handled by whoever uses it (a fresh fetch).
    boot.samples[url].catch(() => {});
    return boot.samples[url];
  };
  // index.html preloads the Arabic sample: taken over now, whatever the
  // link asks for (a preload left unused is a console warning).
  boot.sampleText(SAMPLES.ar);
  const sampleLang = new URLSearchParams(location.search).get('sample');
  const sampleUrl = SAMPLES[sampleLang];
  if (sampleUrl) {
    boot.sample = {
      url: sampleUrl,
      lang: sampleLang,
      fetchedMs: null,
      text: boot.sampleText(sampleUrl).then((text) => {
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
      // When the text is here already, its own analysis builds the tables:
      // a warm-up would only come first.
      if (boot.sample && boot.sample.fetchedMs === null) {
        try {
          glue.analyze(WARM_UP_TEXTS[boot.sample.lang]);
        } catch {
          // A failure here shows on the first real request.
        }
      }
      boot.instantiateMs = t1 - t0;
      boot.pageReadyMs = performance.now();
      boot.warmUpMs = boot.pageReadyMs - t1;
      return glue;
    });
    return engine;
  };
  if (boot.sample) {
    // The sample's own analysis starts as soon as the engine and the text
    // are both here, without waiting for app.js (which shows it).
    boot.sample.analysis = Promise.all([boot.pageEngine(), boot.sample.text]).then(([glue, text]) => {
      const t0 = performance.now();
      const analysis = glue.analyze(text, FIRST_OPTIONS);
      return { text, options: FIRST_OPTIONS, analysis, ms: performance.now() - t0 };
    });
    boot.sample.analysis.catch(() => {});
  } else {
    boot.startWorker();
  }
  window.newslensBoot = boot;
}
