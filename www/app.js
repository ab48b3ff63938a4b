// The newslens page: sends the article to the analysis worker as you type and
// shows what comes back. Article text only ever reaches the page through
// textContent / createTextNode, never as HTML.
import { renderGraph } from './graph.js';

const DEBOUNCE_MS = 250;
// Texts up to this many characters are analysed on the page's own thread
// while the worker is not ready yet (the first result: no wait for the
// worker to start); longer ones always go to the worker, so the page stays
// responsive. The seed article is about 4,000.
const MAIN_THREAD_MAX_CHARS = 10_000;
// Longest stretch of drawing the highlighted text before letting input in.
const SLICE_MS = 12;
// Above this many characters, off-screen paragraphs skip layout and paint.
const LONG_TEXT_CHARS = 20_000;
// Enough letters to tell Arabic from English in a paragraph.
const LANG_SAMPLE_CHARS = 400;
const KIND_ORDER = ['person', 'country', 'organization', 'group', 'place'];
const KIND_LABEL = {
  person: 'People',
  country: 'Countries',
  organization: 'Organisations',
  group: 'Groups',
  place: 'Places',
};
const LANGUAGE_NAME = { ar: 'Arabic', en: 'English', und: 'language not recognised' };
const SAMPLE_PARAM = { ar: 'sample-ar', en: 'sample-en' };
const JSON_FILE_NAME = 'newslens-analysis.json';
const JSON_INDENT = 2;
// Letters, combining marks (Arabic diacritics), digits, tatweel, ZWNJ and ZWJ:
// what a highlight must not cut through, or Arabic letters lose their joining.
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640\u200c\u200d]/u;
const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/gu;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/gu;

const $ = (id) => document.getElementById(id);
const ui = {
  article: $('article'),
  language: $('language'),
  status: $('status'),
  actorGroups: $('actor-groups'),
  actorCount: $('actor-count'),
  quoteList: $('quote-list'),
  quoteCount: $('quote-count'),
  quoteFilter: $('quote-filter'),
  quoteFilterLabel: $('quote-filter-label'),
  showAll: $('show-all'),
  graph: $('graph'),
  highlighted: $('highlighted'),
  copy: $('copy-json'),
  download: $('download-json'),
  version: $('version'),
};

const state = {
  worker: null,
  ready: false,
  requestId: 0, // id of the newest request; older results are stale
  texts: new Map(), // request id -> the text sent, until its result arrives
  text: '', // the text the shown analysis belongs to
  analysis: null,
  ms: 0,
  selected: null, // actor id
  debounce: 0,
  firstResult: false,
  shownId: 0, // id of the request whose analysis is shown
  textPending: false, // a new text is on its way (debounce, sample download)
  highlightRun: 0, // the newest draw of the highlighted text
  failed: false, // the analyser could not start
};

function setState(name) {
  document.body.dataset.state = name;
  ui.highlighted.setAttribute('aria-busy', String(name === 'busy'));
}

function setStatus(message) {
  ui.status.textContent = message;
}

// ---------------------------------------------------------------- worker

function attachWorker(worker) {
  worker.onmessage = (event) => onWorkerMessage(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    workerFailed(event.message);
  };
  state.worker = worker;
  state.ready = false;
}

function workerFailed(message) {
  state.failed = true;
  setState('error');
  setStatus(`The analyser could not start${message ? `: ${message}` : ''}.`);
}

/**
 * The worker, started now if boot.js left that for later, and taken over
 * with what it has said so far.
 */
function ensureWorker() {
  if (state.worker) return state.worker;
  const boot = state.boot;
  attachWorker(boot.startWorker());
  state.workerCreatedMs = boot.createdMs;
  if (boot.failure) workerFailed(boot.failure);
  for (const msg of boot.messages.splice(0)) onWorkerMessage(msg);
  return state.worker;
}

/** Takes over what boot.js started; the worker if it is running. */
function adoptBoot() {
  state.boot = window.newslensBoot;
  if (state.boot.worker) ensureWorker();
}

// ---------------------------------------------------------------- page-thread engine

/** The wasm instance on the page's thread (for the first short texts). */
const here = {
  failed: false,
  earlyTaken: false, // boot.js's analysis of a `?sample=` text was considered
};

/** True when a text should be analysed here rather than in the worker. */
function analyseHere(text) {
  return !state.ready && !here.failed && text.length <= MAIN_THREAD_MAX_CHARS;
}

/** Analyses on the page's thread; answers as the worker would. */
async function analyseOnPage(id, text, options) {
  let glue;
  try {
    glue = await state.boot.pageEngine();
  } catch {
    here.failed = true;
    if (id === state.requestId) ensureWorker().postMessage({ id, text, options });
    return;
  }
  // A newer text came meanwhile: it is analysed instead.
  if (id !== state.requestId) return;
  // boot.js analyses a `?sample=` link's text as soon as it can: that
  // result, if this is its text with its options.
  const early = state.boot.sample?.analysis;
  if (early && !here.earlyTaken) {
    here.earlyTaken = true;
    const r = await early.catch(() => null);
    if (id !== state.requestId) return;
    if (r && r.text === text && r.options.language === options.language) {
      state.pageAnalyzeMs ??= r.ms;
      onWorkerMessage({ type: 'result', id, here: true, analysis: r.analysis, ms: r.ms });
      return;
    }
  }
  let msg;
  const t0 = performance.now();
  try {
    msg = { type: 'result', id, here: true, analysis: glue.analyze(text, options), ms: performance.now() - t0 };
    state.pageAnalyzeMs ??= msg.ms;
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) {
      // A trap leaves this instance unusable: the worker takes over.
      here.failed = true;
      ensureWorker().postMessage({ id, text, options });
      return;
    }
    msg = { type: 'error', id, message: e && e.message ? e.message : String(e) };
  }
  onWorkerMessage(msg);
}

/** A fresh worker, after the module trapped; reuses the compiled wasm. */
function restartWorker() {
  state.worker.terminate();
  state.workerCreatedMs = performance.now();
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  attachWorker(worker);
  state.boot.wasm.then((module) => worker.postMessage({ type: 'module', module }));
}

function onWorkerMessage(msg) {
  if (msg.type === 'ready') {
    state.ready = true;
    state.workerInitMs = msg.initMs;
    state.workerWarmUpMs = msg.warmUpMs;
    state.workerReadyMs = msg.readyAt - performance.timeOrigin;
    state.workerStartedMs = msg.startedAt - performance.timeOrigin;
    // For the e2e's breakdown of the start-up (the worker's warm-up is the
    // engine's table building, timed on its own).
    performance.mark('newslens:worker-ready', {
      detail: {
        workerCreatedMs: state.workerCreatedMs,
        workerStartedMs: state.workerStartedMs,
        workerInitMs: msg.initMs,
        workerWarmUpMs: msg.warmUpMs,
        workerReadyMs: state.workerReadyMs,
      },
    });
    if (msg.version) ui.version.textContent = msg.version;
    if (!state.texts.size && !state.textPending && !ui.article.value.trim()) {
      setState('idle');
      setStatus('Ready. Paste an article or load a sample.');
    }
    return;
  }
  if (msg.type === 'error' && msg.id === -1) {
    workerFailed(msg.message);
    return;
  }
  const text = state.texts.get(msg.id);
  // Everything up to this id is either answered now or was dropped.
  for (const id of state.texts.keys()) if (id <= msg.id) state.texts.delete(id);
  if (msg.id !== state.requestId) return; // stale: the text changed since
  if (msg.type === 'error') {
    setState('error');
    setStatus(`Could not analyse this text: ${msg.message}`);
    if (msg.fatal) restartWorker();
    return;
  }
  state.analyzedOn ??= msg.here ? 'page' : 'worker';
  state.resultMs ??= performance.now();
  state.text = text;
  state.analysis = msg.analysis;
  state.shownId = msg.id;
  state.ms = msg.ms;
  keepSelection();
  render();
}

/**
 * Called when the highlighted text is fully drawn: the result of the newest
 * request is now on screen (unless the text changed meanwhile).
 */
function drawn() {
  if (state.textPending || state.shownId !== state.requestId || document.body.dataset.state !== 'busy') return;
  setState('done');
  if (!state.firstResult) {
    state.firstResult = true;
    // Navigation start -> first analysis on screen (issue 7), taken at the
    // next frame so the DOM work is counted; the e2e reads it.
    const boot = state.boot;
    const detail = {
      analyzedOn: state.analyzedOn,
      bootMs: boot.startedMs,
      sampleFetchedMs: boot.sample?.fetchedMs ?? null,
      glueLoadedMs: boot.glueMs,
      instantiateMs: boot.instantiateMs,
      pageWarmUpMs: boot.warmUpMs,
      pageAnalyzeMs: state.pageAnalyzeMs ?? null,
      pageReadyMs: boot.pageReadyMs,
      wasmCompiledMs: boot.compiledMs,
      appStartMs: state.appStartMs,
      sampleShownMs: state.sampleShownMs ?? null,
      resultMs: state.resultMs,
      drawnMs: performance.now(),
      analyzeMs: state.ms,
    };
    requestAnimationFrame(() => performance.mark('newslens:first-result', { detail }));
    // The first result is on screen: now the worker may start (for long
    // texts and typing), without slowing that result down.
    setTimeout(ensureWorker, 0);
  }
}

function requestAnalysis() {
  clearTimeout(state.debounce);
  state.textPending = false;
  const text = ui.article.value;
  const id = ++state.requestId;
  if (!text.trim()) {
    state.texts.clear();
    state.text = '';
    state.analysis = null;
    state.selected = null;
    render();
    setState(state.ready ? 'idle' : 'loading');
    setStatus('Paste an article or load a sample.');
    return;
  }
  if (state.failed) return; // the status already says why nothing happens
  state.texts.set(id, text);
  setState('busy');
  const options = { language: ui.language.value };
  if (analyseHere(text)) analyseOnPage(id, text, options);
  else ensureWorker().postMessage({ id, text, options });
}

function scheduleAnalysis() {
  if (state.failed) return;
  clearTimeout(state.debounce);
  state.textPending = true;
  setState('busy');
  state.debounce = setTimeout(requestAnalysis, DEBOUNCE_MS);
}

// ---------------------------------------------------------------- helpers

function make(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

/** The language of a piece of text by its letters, else the document's. */
function langOf(text, fallback) {
  const sample = text.slice(0, LANG_SAMPLE_CHARS);
  const arabic = (sample.match(ARABIC_LETTER) || []).length;
  const latin = (sample.match(LATIN_LETTER) || []).length;
  if (arabic === 0 && latin === 0) return fallback;
  return arabic >= latin ? 'ar' : 'en';
}

/** Marks user text: direction from its content, language from the analysis. */
function userText(node, text, lang) {
  node.textContent = text;
  node.dir = 'auto';
  setLang(node, langOf(text, lang));
  return node;
}

/** A block's direction, from the language of the text it shows. */
function dirFor(text, fallback) {
  const lang = langOf(text, fallback);
  return lang === 'ar' ? 'rtl' : lang === 'en' ? 'ltr' : 'auto';
}

/** An English UI label inside a block that may run right to left. */
function label(className, text) {
  const node = make('span', className, text);
  node.dir = 'ltr';
  return node;
}

function setLang(node, lang) {
  // `und` is not a language to announce; an empty lang says "unknown".
  node.setAttribute('lang', lang && lang !== 'und' ? lang : '');
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

const regionNames = typeof Intl.DisplayNames === 'function'
  ? new Intl.DisplayNames(['en'], { type: 'region' })
  : null;

function countryName(code) {
  try {
    return regionNames ? `${regionNames.of(code)} (${code})` : code;
  } catch {
    return code;
  }
}

function actorById(id) {
  return state.analysis?.actors.find((a) => a.id === id) ?? null;
}

// ---------------------------------------------------------------- selection

function selectActor(id) {
  state.selected = state.selected === id ? null : id;
  state.selectedName = actorById(state.selected)?.name ?? null;
  renderSelection();
}

/** Ids are renumbered on every analysis; keep the selection by name. */
function keepSelection() {
  if (!state.selected) return;
  const same = state.analysis.actors.find((a) => a.name === state.selectedName);
  state.selected = same ? same.id : null;
  if (!same) state.selectedName = null;
}

function renderSelection() {
  for (const button of ui.actorGroups.querySelectorAll('button.actor')) {
    button.setAttribute('aria-pressed', String(button.dataset.actor === state.selected));
  }
  renderQuotes();
  renderHighlighted();
  renderGraphPanel();
}

// ---------------------------------------------------------------- rendering

/** Draws the current analysis (the article text may finish later). */
function render() {
  const a = state.analysis;
  const lang = a?.language;
  setLang(ui.article, lang);
  const t0 = performance.now();
  renderActors();
  renderQuotes();
  renderGraphPanel();
  ui.copy.disabled = !a;
  ui.download.disabled = !a;
  if (a) {
    setStatus(
      `${LANGUAGE_NAME[a.language] ?? a.language}: ${plural(a.actors.length, 'actor', 'actors')}, ` +
      `${plural(a.quotes.length, 'quote', 'quotes')} (analysed in ${state.ms.toFixed(1)} ms).`,
    );
  }
  performance.measure('newslens:render-results', { start: t0, end: performance.now() });
  renderHighlighted();
}

function renderActors() {
  const a = state.analysis;
  ui.actorGroups.replaceChildren();
  ui.actorCount.textContent = a ? `(${a.actors.length})` : '';
  if (!a) return;
  if (a.actors.length === 0) {
    ui.actorGroups.append(make('p', 'empty', 'No actors found.'));
    return;
  }
  for (const kind of KIND_ORDER) {
    const actors = a.actors
      .filter((x) => x.kind === kind)
      .sort((x, y) => y.mentions.length - x.mentions.length);
    if (actors.length === 0) continue;
    const group = make('section', `kind-group kind-${kind}`);
    const heading = make('h3', null, `${KIND_LABEL[kind]} `);
    heading.append(make('span', 'count', `(${actors.length})`));
    const list = make('ul', 'actor-list');
    for (const actor of actors) {
      const button = make('button', `actor kind-${kind}`);
      button.type = 'button';
      button.dir = dirFor(actor.name, a.language);
      button.dataset.actor = actor.id;
      button.setAttribute('aria-pressed', String(actor.id === state.selected));
      button.append(userText(make('span', 'actor-name'), actor.name, a.language));
      const meta = make('span', 'actor-meta');
      if (actor.role) meta.append(userText(make('span', 'role'), actor.role, a.language));
      // A country's own code would only repeat its name.
      if (actor.country && kind !== 'country') meta.append(label('country', countryName(actor.country)));
      meta.append(label('mentions', plural(actor.mentions.length, 'mention', 'mentions')));
      button.append(meta);
      button.addEventListener('click', () => selectActor(actor.id));
      const item = make('li');
      item.append(button);
      list.append(item);
    }
    group.append(heading, list);
    ui.actorGroups.append(group);
  }
}

function renderQuotes() {
  const a = state.analysis;
  ui.quoteList.replaceChildren();
  ui.quoteCount.textContent = a ? `(${a.quotes.length})` : '';
  ui.quoteFilter.hidden = !state.selected;
  if (!a) return;
  const selected = actorById(state.selected);
  const quotes = selected ? a.quotes.filter((q) => q.speaker === selected.id) : a.quotes;
  if (selected) {
    ui.quoteFilterLabel.replaceChildren(
      `${quotes.length === 0 ? 'No quotes' : `Showing ${plural(quotes.length, 'quote', 'quotes')}`} by `,
      userText(make('strong', 'filter-name'), selected.name, a.language),
      '. ',
    );
  }
  if (a.quotes.length === 0) {
    ui.quoteList.append(make('li', 'empty', 'No quotes found.'));
    return;
  }
  for (const quote of quotes) {
    const speaker = actorById(quote.speaker);
    const card = make('li', `quote-card ${quote.kind}`);
    card.dir = dirFor(quote.text, a.language);
    card.dataset.quote = quote.id;
    if (quote.speaker) card.dataset.speaker = quote.speaker;
    const meta = make('p', 'quote-meta');
    const who = make('span', 'speaker');
    if (speaker) userText(who, speaker.name, a.language);
    else if (quote.speakerText) userText(who, quote.speakerText, a.language);
    else {
      who.textContent = 'Speaker not identified';
      who.dir = 'ltr';
      who.classList.add('unknown');
    }
    meta.append(who, label('badge', quote.kind === 'direct' ? 'direct quote' : 'reported speech'));
    if (quote.cue) {
      const cue = label('cue-label', 'cue: ');
      cue.append(userText(make('span', 'cue-text'), quote.cue, a.language));
      meta.append(cue);
    }
    card.append(meta);
    const body = userText(make('blockquote', 'quote-text'), quote.text, a.language);
    card.append(body);
    // How the speaker is named at this quote, when that is not just their
    // name or part of it (a title, a description, a pronoun), nor the cue
    // (which stands in where the speaker is carried over).
    const named = quote.speakerText;
    if (speaker && named && named !== quote.cue && !speaker.name.toLowerCase().includes(named.toLowerCase())) {
      const as = make('p', 'speaker-as');
      as.append(label(null, 'named here as'), ' ');
      as.append(userText(make('span'), quote.speakerText, a.language));
      card.append(as);
    }
    ui.quoteList.append(card);
  }
}

function isWordAt(text, i) {
  return i >= 0 && i < text.length && WORD_CHAR.test(text[i]);
}

/** Widens [start, end) to whole words, so highlights never split a word. */
function wholeWords(text, start, end) {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  if (isWordAt(text, s)) while (isWordAt(text, s - 1)) s -= 1;
  if (isWordAt(text, e - 1)) while (isWordAt(text, e)) e += 1;
  return [s, e];
}

function highlightSpans(analysis, text) {
  const spans = [];
  const add = (start, end, classes, extra = {}) => {
    if (typeof start !== 'number' || typeof end !== 'number') return;
    const [s, e] = wholeWords(text, start, end);
    if (s < e) spans.push({ start: s, end: e, classes, ...extra });
  };
  for (const quote of analysis.quotes) {
    add(quote.start, quote.end, [`q-${quote.kind}`]);
    add(quote.cueStart, quote.cueEnd, ['cue']);
  }
  for (const actor of analysis.actors) {
    for (const m of actor.mentions) add(m.start, m.end, ['m', `m-${actor.kind}`], { actor });
  }
  return spans;
}

function lowerBound(sorted, value) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The article as paragraphs of text nodes and highlight spans: every span
 * boundary and line break cuts the text into segments, and each segment
 * takes the classes of all spans covering it. A long article is drawn in
 * slices of SLICE_MS between which the page stays responsive; a newer draw
 * cancels an unfinished one. Resolves false when cancelled.
 */
async function renderHighlighted() {
  const t0 = performance.now();
  const run = ++state.highlightRun;
  const a = state.analysis;
  const text = state.text;
  const root = ui.highlighted;
  root.replaceChildren();
  setLang(root, a?.language);
  root.classList.toggle('has-selection', Boolean(state.selected));
  root.classList.toggle('long', text.length > LONG_TEXT_CHARS);
  if (!a) return true;
  const spans = highlightSpans(a, text);
  const cuts = new Set([0, text.length]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) cuts.add(i).add(i + 1);
  const bounds = [...cuts].sort((x, y) => x - y);
  const segments = bounds.slice(0, -1).map(() => ({ classes: new Set(), actor: null }));
  for (const span of spans) {
    for (let i = lowerBound(bounds, span.start); bounds[i] < span.end; i += 1) {
      const seg = segments[i];
      for (const c of span.classes) seg.classes.add(c);
      if (span.actor && !seg.actor) seg.actor = span.actor;
      if (span.actor && span.actor.id === state.selected) seg.actor = span.actor;
    }
  }
  let paragraph = null;
  let paragraphStart = 0;
  const closeParagraph = (end) => {
    if (paragraph) {
      const own = text.slice(paragraphStart, end);
      if (own.trim()) {
        paragraph.dir = 'auto';
        setLang(paragraph, langOf(own, a.language));
        root.append(paragraph);
      }
    }
    paragraph = null;
  };
  let sliceStart = performance.now();
  for (let i = 0; i < segments.length; i += 1) {
    const piece = text.slice(bounds[i], bounds[i + 1]);
    if (piece === '\n') {
      closeParagraph(bounds[i]);
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextTask();
        if (run !== state.highlightRun) return false;
        sliceStart = performance.now();
      }
      continue;
    }
    if (!paragraph) {
      paragraph = make('p');
      paragraphStart = bounds[i];
    }
    const seg = segments[i];
    if (seg.classes.size === 0) {
      paragraph.append(document.createTextNode(piece));
      continue;
    }
    const mark = make('span', `hl ${[...seg.classes].join(' ')}`, piece);
    if (seg.actor) {
      mark.dataset.actor = seg.actor.id;
      mark.title = `${seg.actor.name} (${seg.actor.kind})`;
      if (seg.actor.id === state.selected) mark.classList.add('sel');
    }
    paragraph.append(mark);
  }
  closeParagraph(text.length);
  performance.measure('newslens:render-text', { start: t0, end: performance.now() });
  drawn();
  return true;
}

function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function renderGraphPanel() {
  const a = state.analysis;
  if (!a) {
    ui.graph.replaceChildren();
    return;
  }
  renderGraph(ui.graph, a, {
    selected: state.selected,
    onSelect: selectActor,
    kindOrder: KIND_ORDER,
    lang: a.language === 'und' ? '' : a.language,
  });
}

// ---------------------------------------------------------------- export

function analysisJson() {
  return JSON.stringify(state.analysis, null, JSON_INDENT);
}

async function copyJson() {
  const json = analysisJson();
  let copied = false;
  try {
    await navigator.clipboard.writeText(json);
    copied = true;
  } catch {
    // No clipboard API or no permission: copy through a hidden textarea.
    const area = make('textarea', 'offscreen');
    area.value = json;
    area.setAttribute('readonly', '');
    document.body.append(area);
    area.select();
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    ui.copy.focus();
  }
  setStatus(copied ? 'Copied the analysis as JSON.' : 'Copying is not allowed here; use Download JSON.');
}

function downloadJson() {
  const blob = new Blob([analysisJson()], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = make('a');
  link.href = url;
  link.download = JSON_FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  setStatus(`Saved the analysis as ${JSON_FILE_NAME}.`);
}

// ---------------------------------------------------------------- samples

async function loadSample(button) {
  if (state.failed) return; // the status already says why nothing happens
  state.textPending = true;
  setState('busy');
  try {
    // Fetched once by boot.js (the Arabic one is preloaded by index.html).
    let text = await state.boot.sampleText(button.dataset.sample).catch(() => null);
    if (text === null) {
      const response = await fetch(button.dataset.sample);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    }
    ui.article.value = text;
    if (state.boot.sample?.url === button.dataset.sample) state.sampleShownMs ??= performance.now();
  } catch (e) {
    state.textPending = false;
    setState('error');
    setStatus(`Could not load the sample (${e.message}).`);
    return;
  }
  state.selected = null;
  requestAnalysis();
}

// ---------------------------------------------------------------- wiring

function main() {
  state.appStartMs = performance.now();
  setState('loading');
  adoptBoot();
  ui.article.addEventListener('input', scheduleAnalysis);
  ui.language.addEventListener('change', requestAnalysis);
  for (const id of Object.values(SAMPLE_PARAM)) $(id).addEventListener('click', (e) => loadSample(e.currentTarget));
  $('clear').addEventListener('click', () => {
    ui.article.value = '';
    requestAnalysis();
    ui.article.focus();
  });
  ui.showAll.addEventListener('click', () => {
    const previous = state.selected;
    selectActor(null);
    // Keep keyboard focus somewhere sensible once the button hides.
    ui.actorGroups.querySelector(`button[data-actor="${previous}"]`)?.focus();
  });
  // A click on a highlighted mention selects its actor (a mouse shortcut;
  // the actor buttons are the keyboard way).
  ui.highlighted.addEventListener('click', (event) => {
    const mark = event.target.closest('.hl[data-actor]');
    if (mark) selectActor(mark.dataset.actor);
  });
  // Escape clears the selection (but not while editing the article).
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && state.selected && event.target !== ui.article) selectActor(null);
  });
  ui.copy.addEventListener('click', copyJson);
  ui.download.addEventListener('click', downloadJson);
  // ?sample=ar or ?sample=en loads a sample at once (links, timing in tests).
  const sample = SAMPLE_PARAM[new URLSearchParams(location.search).get('sample')];
  if (sample) loadSample($(sample));
}

// boot.js (an async script in index.html) has usually run by now; if not,
// it is loaded here (a second request only in that case).
if (!window.newslensBoot) await import('./boot.js');
main();
