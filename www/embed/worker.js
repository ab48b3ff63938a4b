// newslens analysis worker (a module worker started by news-lens.js).
//
// Loads the wasm module once and answers messages
//   { id, text, options? }  ->  { id, ok: true, result } | { id, ok: false, error }
// The module URL is relative to this file, so the element works from any
// page path. scripts/package.sh rewrites MODULE_PATH for the npm layout,
// where the worker sits in embed/ next to the package root's newslens.js.
const MODULE_PATH = '../pkg/newslens.js';

let ready = null;

function load() {
  if (!ready) {
    ready = (async () => {
      if (typeof WebAssembly !== 'object') {
        throw new Error('WebAssembly is not available in this browser');
      }
      const mod = await import(new URL(MODULE_PATH, import.meta.url).href);
      await mod.default();
      return mod;
    })();
  }
  return ready;
}

self.addEventListener('message', async (event) => {
  const { id, text, options } = event.data || {};
  try {
    const mod = await load();
    if (typeof text !== 'string') throw new Error('text must be a string');
    // Pass options only when given, so an older one-argument build works too.
    const result = options === undefined ? mod.analyze(text) : mod.analyze(text, options);
    self.postMessage({ id, ok: true, result });
  } catch (err) {
    self.postMessage({ id, ok: false, error: String((err && err.message) || err) });
  }
});
