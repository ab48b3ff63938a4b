// <news-lens>: a drop-in custom element that shows who is in a news article
// and who said what. A site adds two lines:
//
//   <script type="module" src="/newslens/embed/news-lens.js"></script>
//   <news-lens for="article-body" highlight></news-lens>
//
// The element reads the host article's text, analyses it in a module Web
// Worker (wasm), and renders a compact panel in its own shadow DOM. It never
// modifies the host article: highlighting uses the CSS Custom Highlight API
// (Ranges over the host's text nodes), so the host's text, layout and event
// handlers stay untouched and turning highlighting off leaves the DOM as it
// was. Styles come from a constructable stylesheet (allowed by a strict
// `style-src 'self'`, unlike <style> elements or style attributes).

const TAG = 'news-lens';

/** Delay before re-analysing a changing article (live blogs). */
const DEBOUNCE_MS = 300;

/** Highlight registry names (shared by every element on the page). */
const HL = {
  quote: 'newslens-quote',
  reported: 'newslens-reported',
  actor: 'newslens-actor',
  focus: 'newslens-focus',
};

/** Priority of the focus highlight over the others where they overlap. */
const FOCUS_PRIORITY = 10;

/** Elements whose content is never article text. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'SVG', 'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA', 'BUTTON',
  TAG.toUpperCase(),
]);

/** Blocks that end a paragraph with a blank line (as innerText does for <p>). */
const PARAGRAPH_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE']);

/** `display` values that start and end a line. */
const BLOCK_DISPLAYS = new Set([
  'block', 'flex', 'grid', 'list-item', 'table', 'flow-root', 'table-row',
  'table-caption', 'table-row-group', 'table-header-group', 'table-footer-group',
]);

/** Labels of the panel, by UI language. */
const LABELS = {
  en: {
    title: 'Who said what',
    actors: 'Actors',
    quotes: 'Quotes by speaker',
    unattributed: 'Unattributed',
    analysing: 'Analysing the article…',
    noArticle: 'No article found to analyse.',
    noWasm: 'This browser cannot run the article analysis (WebAssembly is unavailable).',
    noWorker: 'This browser cannot run the article analysis (Web Workers are unavailable).',
    failed: 'The article could not be analysed.',
    empty: 'No actors or quotes found.',
    summary: (a, q) => `${a} ${a === 1 ? 'actor' : 'actors'} · ${q} ${q === 1 ? 'quote' : 'quotes'}`,
    mentions: (n) => `${n} ${n === 1 ? 'mention' : 'mentions'}`,
    kinds: { person: 'person', country: 'country', organization: 'organisation', group: 'group', place: 'place' },
    direct: 'direct quote',
    indirect: 'reported speech',
    openQuote: '“',
    closeQuote: '”',
  },
  ar: {
    title: 'من قال ماذا',
    actors: 'الفاعلون',
    quotes: 'الاقتباسات حسب القائل',
    unattributed: 'غير منسوب',
    analysing: 'جارٍ تحليل المقال…',
    noArticle: 'لم يُعثر على مقال لتحليله.',
    noWasm: 'لا يستطيع هذا المتصفح تشغيل تحليل المقال (WebAssembly غير متاح).',
    noWorker: 'لا يستطيع هذا المتصفح تشغيل تحليل المقال (Web Workers غير متاحة).',
    failed: 'تعذّر تحليل المقال.',
    empty: 'لم يُعثر على فاعلين أو اقتباسات.',
    summary: (a, q) => `الفاعلون: ${a} · الاقتباسات: ${q}`,
    mentions: (n) => `الإشارات: ${n}`,
    kinds: { person: 'شخص', country: 'دولة', organization: 'منظمة', group: 'مجموعة', place: 'مكان' },
    direct: 'اقتباس مباشر',
    indirect: 'كلام منقول',
    openQuote: '«',
    closeQuote: '»',
  },
};

const RTL_LANGS = new Set(['ar']);

/** The panel's styles. Custom properties are the public styling API. */
const PANEL_CSS = `
:host {
  all: initial;
  display: block;
  contain: content;
  --_accent: var(--newslens-accent, #b4232a);
  --_bg: var(--newslens-background, #ffffff);
  --_fg: var(--newslens-color, #1d1d1f);
  --_muted: var(--newslens-muted, #5f6368);
  --_border: var(--newslens-border, #d9d9de);
  --_chip: var(--newslens-chip, #f3f3f5);
  --_radius: var(--newslens-radius, 10px);
  --_font: var(--newslens-font, system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", Tahoma, sans-serif);
}
@media (prefers-color-scheme: dark) {
  :host {
    --_accent: var(--newslens-accent, #ff7a70);
    --_bg: var(--newslens-background, #1e1f22);
    --_fg: var(--newslens-color, #ececf1);
    --_muted: var(--newslens-muted, #a5a8ae);
    --_border: var(--newslens-border, #3a3b40);
    --_chip: var(--newslens-chip, #2a2b30);
  }
}
:host([hidden]) { display: none; }
.panel {
  box-sizing: border-box;
  font: 14px/1.5 var(--_font);
  color: var(--_fg);
  background: var(--_bg);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  padding: 12px 14px;
  max-height: var(--newslens-max-height, 36rem);
  overflow: auto;
}
.panel *, .panel *::before, .panel *::after { box-sizing: border-box; }
header { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap;
  border-block-end: 2px solid var(--_accent); padding-block-end: 6px; margin-block-end: 8px; }
.title { font-weight: 700; font-size: 15px; color: var(--_accent); }
.summary { color: var(--_muted); font-size: 12.5px; }
.message { margin: 6px 0; color: var(--_muted); }
.message.error { color: var(--_accent); }
.message:empty { display: none; }
details { margin-block: 6px; }
summary { cursor: pointer; font-weight: 650; }
summary:focus-visible, li:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
ul { list-style: none; margin: 4px 0; padding: 0; }
.actors { display: flex; flex-wrap: wrap; gap: 6px; }
.actor { background: var(--_chip); border-radius: 12px; padding: 2px 10px; border: 1px solid transparent;
  display: inline-flex; flex-wrap: wrap; align-items: baseline; column-gap: 4px; }
.actor:hover, .actor:focus-visible, .actor.focus { border-color: var(--_accent); }
.actor-name { font-weight: 600; }
.actor-kind, .actor-role { color: var(--_muted); font-size: 12px; }
.actor-role::before { content: "· "; }
.actor-count { display: inline-block; min-width: 1.6em; text-align: center;
  background: var(--_accent); color: var(--_bg); border-radius: 999px; font-size: 11.5px; padding: 0 5px; }
.speaker { border-inline-start: 3px solid var(--_accent); padding-inline-start: 8px; }
.speaker > summary { font-weight: 600; }
.speaker-count { color: var(--_muted); font-weight: 400; font-size: 12px; margin-inline-start: 4px; }
.quote { margin: 4px 0; cursor: pointer; border-radius: 4px; padding: 2px 4px; }
.quote:hover, .quote.focus { background: var(--_chip); }
.quote.indirect { color: var(--_muted); font-style: italic; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

/** Highlight colours, added to the host document once. In a cascade layer,
 * so that any host rule for `::highlight(newslens-*)` wins over them. */
const HIGHLIGHT_CSS = `
@layer newslens {
  ::highlight(${HL.quote}) { background-color: var(--newslens-highlight-quote, rgb(255 200 0 / 0.35)); }
  ::highlight(${HL.reported}) { background-color: var(--newslens-highlight-reported, rgb(120 170 255 / 0.25)); }
  ::highlight(${HL.actor}) { text-decoration: underline 1.5px var(--newslens-highlight-actor, rgb(180 35 42 / 0.6)); }
  ::highlight(${HL.focus}) { background-color: var(--newslens-highlight-focus, rgb(255 120 0 / 0.55)); }
}
`;

// ---------------------------------------------------------------- worker --

let worker = null;
let workerBroken = null;
let nextRequest = 1;
const pending = new Map();

function failAll(message) {
  workerBroken = message;
  for (const { reject } of pending.values()) reject(new Error(message));
  pending.clear();
}

function getWorker() {
  if (workerBroken) throw new Error(workerBroken);
  if (!worker) {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'newslens' });
    worker.addEventListener('message', (event) => {
      const { id, ok, result, error } = event.data || {};
      const req = pending.get(id);
      if (!req) return;
      pending.delete(id);
      if (ok) req.resolve(result);
      else req.reject(new Error(error));
    });
    // A worker that cannot start (script missing, blocked) reports here.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      failAll(`newslens worker failed to start${event.message ? `: ${event.message}` : ''}`);
    });
  }
  return worker;
}

/** Analyses `text` in the shared worker. Rejects (never throws synchronously). */
function analyzeInWorker(text, options) {
  return new Promise((resolve, reject) => {
    if (typeof WebAssembly !== 'object' || WebAssembly === null) {
      reject(Object.assign(new Error('WebAssembly is not available'), { code: 'no-wasm' }));
      return;
    }
    if (typeof Worker !== 'function') {
      reject(Object.assign(new Error('Web Workers are not available'), { code: 'no-worker' }));
      return;
    }
    const id = nextRequest++;
    try {
      pending.set(id, { resolve, reject });
      const message = { id, text: String(text) };
      if (options !== undefined) message.options = options;
      getWorker().postMessage(message);
    } catch (err) {
      pending.delete(id);
      reject(err);
    }
  });
}

// ------------------------------------------------------------ extraction --

/**
 * Extracts the text of `root` roughly as `innerText` would (collapsed
 * whitespace, blocks on their own lines, paragraphs separated by a blank
 * line) and remembers, for every UTF-16 unit of the result, the text node
 * and offset it came from (-1 for inserted line breaks). That map turns
 * analysis offsets back into DOM Ranges without touching the DOM.
 */
export function extractText(root) {
  const units = [];
  const nodes = [];
  const offsets = [];
  const nodeList = [];
  let breaks = 0; // line breaks required before the next character
  let space = null; // a collapsed space waiting for the next character
  let started = false;

  const emit = (ch, nodeIndex, offset) => {
    if (started && breaks > 0) {
      for (let i = 0; i < breaks; i++) {
        units.push('\n');
        nodes.push(-1);
        offsets.push(-1);
      }
    } else if (started && space) {
      units.push(' ');
      nodes.push(space.node);
      offsets.push(space.offset);
    }
    breaks = 0;
    space = null;
    started = true;
    units.push(ch);
    nodes.push(nodeIndex);
    offsets.push(offset);
  };
  const requireBreaks = (n) => {
    if (n > breaks) breaks = n;
    space = null;
  };

  const walk = (el, preserve) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = child.data;
        if (!data) continue;
        const index = nodeList.push(child) - 1;
        for (let i = 0; i < data.length; i++) {
          const ch = data[i];
          if (preserve) {
            if (ch === '\n') requireBreaks(1);
            else emit(ch, index, i);
          } else if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f') {
            if (!space && breaks === 0) space = { node: index, offset: i };
          } else {
            emit(ch, index, i);
          }
        }
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (SKIP_TAGS.has(child.tagName.toUpperCase()) || child.hidden) continue;
        if (child.tagName === 'BR') {
          requireBreaks(1);
          continue;
        }
        const style = getComputedStyle(child);
        if (style.display === 'none') continue;
        const block = BLOCK_DISPLAYS.has(style.display);
        const gap = PARAGRAPH_TAGS.has(child.tagName) ? 2 : 1;
        if (block) requireBreaks(gap);
        else if (style.display === 'table-cell' && started) space = space || { node: -1, offset: -1 };
        walk(child, style.whiteSpace.startsWith('pre') || style.whiteSpace === 'break-spaces');
        if (block) requireBreaks(gap);
      }
    }
  };
  walk(root, false);
  return { text: units.join(''), nodes, offsets, nodeList };
}

/** The DOM Range of `[start, end)` of an extracted text, or null. */
function rangeOf(map, start, end) {
  let s = start;
  while (s < end && map.nodes[s] < 0) s++;
  let e = end - 1;
  while (e >= s && map.nodes[e] < 0) e--;
  if (s > e || s >= map.nodes.length) return null;
  const startNode = map.nodeList[map.nodes[s]];
  const endNode = map.nodeList[map.nodes[e]];
  if (!startNode.isConnected || !endNode.isConnected) return null;
  const range = new Range();
  range.setStart(startNode, map.offsets[s]);
  range.setEnd(endNode, Math.min(map.offsets[e] + 1, endNode.length));
  return range;
}

// ------------------------------------------------------------ highlights --

const highlightSupported = () =>
  typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';

let highlightSheetAdded = false;

function sharedHighlight(name) {
  let hl = CSS.highlights.get(name);
  if (!hl) {
    hl = new Highlight();
    if (name === HL.focus) hl.priority = FOCUS_PRIORITY;
    CSS.highlights.set(name, hl);
  }
  if (!highlightSheetAdded) {
    highlightSheetAdded = true;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    } catch {
      // Without constructable stylesheets the highlights use the host's rules only.
    }
  }
  return hl;
}

// --------------------------------------------------------------- element --

function pageLanguage() {
  const lang = (document.documentElement.lang || '').toLowerCase();
  return lang.startsWith('ar') ? 'ar' : 'en';
}

function uiLanguage(lang, text) {
  if (lang === 'ar' || lang === 'en') return lang;
  const arabic = (text.match(/[\u0600-\u06FF]/g) || []).length;
  const latin = (text.match(/[A-Za-z]/g) || []).length;
  return arabic > latin ? 'ar' : 'en';
}

function el(tag, part, text, className) {
  const node = document.createElement(tag);
  if (part) node.setAttribute('part', part);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

let panelSheet = null;

function adoptPanelStyles(shadow) {
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet === 'function') {
    if (!panelSheet) {
      panelSheet = new CSSStyleSheet();
      panelSheet.replaceSync(PANEL_CSS);
    }
    shadow.adoptedStyleSheets = [panelSheet];
  } else {
    // Older browsers: a <style> element (a strict CSP may block it; the
    // panel then shows unstyled, which is still usable).
    shadow.append(el('style', null, PANEL_CSS));
  }
}

class NewsLensElement extends HTMLElement {
  static get observedAttributes() {
    return ['for', 'highlight'];
  }

  #shadow;
  #panel;
  #title;
  #summary;
  #message;
  #body;
  #target = null;
  #observer = null;
  #timer = 0;
  #seq = 0;
  #result = null;
  #map = null;
  #requested = null; // text of the latest analysis asked for
  #ranges = new Map(); // highlight name -> Range[] owned by this element
  #focusRanges = [];
  #waitObserver = null;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    adoptPanelStyles(this.#shadow);
    this.#panel = el('section', 'panel', null, 'panel');
    const header = el('header', 'header');
    this.#title = el('span', 'title', LABELS.en.title, 'title');
    this.#summary = el('span', 'summary', '', 'summary');
    header.append(this.#title, this.#summary);
    this.#message = el('p', 'message', '', 'message');
    this.#message.setAttribute('role', 'status');
    this.#message.setAttribute('aria-live', 'polite');
    this.#body = el('div', 'body', null, 'body');
    this.#panel.append(header, this.#message, this.#body);
    this.#shadow.append(this.#panel);
    this.#setDirection(pageLanguage());
  }

  /** The last analysis shown in the panel, or null. */
  get result() {
    return this.#result;
  }

  /** The article element being analysed, or null. */
  get target() {
    return this.#target;
  }

  connectedCallback() {
    this.#attach();
  }

  disconnectedCallback() {
    this.#detach();
    this.#clearHighlights();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.isConnected || oldValue === newValue) return;
    if (name === 'for') {
      this.#detach();
      this.#clearHighlights();
      this.#attach();
    } else if (name === 'highlight') {
      if (newValue === null) this.#clearHighlights();
      else this.#applyHighlights(); // clears the previous marks first
    }
  }

  /**
   * Analyses `text` and resolves to the analysis. Without an argument,
   * re-analyses the host article and updates the panel; with a string, only
   * returns its analysis (the panel is left as it is).
   */
  analyze(text, options) {
    if (text === undefined) return this.#run();
    return analyzeInWorker(text, options);
  }

  #findTarget() {
    const root = this.getRootNode();
    const scope = root && typeof root.querySelector === 'function' ? root : document;
    const spec = (this.getAttribute('for') || '').trim();
    if (spec) {
      const byId = typeof scope.getElementById === 'function' ? scope.getElementById(spec) : null;
      if (byId) return byId;
      try {
        return scope.querySelector(spec);
      } catch {
        return null; // not a valid selector
      }
    }
    return this.closest('article') || scope.querySelector('article');
  }

  #attach() {
    this.#target = this.#findTarget();
    if (!this.#target) {
      const lang = pageLanguage();
      this.#setDirection(lang);
      this.#showMessage(LABELS[lang].noArticle, true);
      // The article may be added later (client-rendered pages): wait for it.
      this.#waitObserver = new MutationObserver(() => {
        if (this.#findTarget()) {
          this.#waitObserver.disconnect();
          this.#waitObserver = null;
          this.#attach();
        }
      });
      this.#waitObserver.observe(document.documentElement, { childList: true, subtree: true });
      return;
    }
    this.#observer = new MutationObserver((records) => {
      // Changes inside this element (if it sits in the article) are not article edits.
      if (records.every((r) => this === r.target || this.contains(r.target))) return;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#run({ changed: true }).catch(() => {}), DEBOUNCE_MS);
    });
    this.#observer.observe(this.#target, { childList: true, subtree: true, characterData: true });
    this.#run().catch(() => {});
  }

  #detach() {
    clearTimeout(this.#timer);
    this.#observer?.disconnect();
    this.#observer = null;
    this.#waitObserver?.disconnect();
    this.#waitObserver = null;
    this.#target = null;
  }

  async #run({ changed = false } = {}) {
    const target = this.#target;
    if (!target) throw new Error('newslens: no article to analyse');
    const map = extractText(target);
    if (changed && this.#result && this.#map && map.text === this.#map.text && map.text === this.#requested) {
      // Same text (a counter or a re-render elsewhere in the article): keep
      // the analysis, but the text nodes may be new, so rebuild the ranges.
      this.#map = map;
      if (this.hasAttribute('highlight')) this.#applyHighlights();
      return this.#result;
    }
    const seq = ++this.#seq;
    this.#requested = map.text;
    const lang = uiLanguage(null, map.text);
    this.#setDirection(lang);
    if (!this.#result) this.#showMessage(LABELS[lang].analysing, false);
    let result;
    try {
      result = await analyzeInWorker(map.text);
    } catch (err) {
      if (seq === this.#seq) {
        const labels = LABELS[lang];
        const text =
          err.code === 'no-wasm' ? labels.noWasm : err.code === 'no-worker' ? labels.noWorker : labels.failed;
        this.#showMessage(text, true);
        this.dispatchEvent(
          new CustomEvent('newslens:error', { bubbles: true, composed: true, detail: { message: String(err.message) } }),
        );
      }
      throw err;
    }
    if (seq !== this.#seq) return result; // a newer analysis is under way
    this.#result = result;
    this.#map = map;
    this.#render(result);
    this.#clearHighlights();
    if (this.hasAttribute('highlight')) this.#applyHighlights();
    this.dispatchEvent(new CustomEvent('newslens:analysis', { bubbles: true, composed: true, detail: result }));
    return result;
  }

  #setDirection(lang) {
    this.#panel.lang = lang;
    this.#panel.dir = RTL_LANGS.has(lang) ? 'rtl' : 'ltr';
    this.#title.textContent = LABELS[lang].title;
    this.#panel.setAttribute('aria-label', LABELS[lang].title);
  }

  #showMessage(text, isError) {
    this.#message.textContent = text;
    this.#message.classList.toggle('error', Boolean(isError));
    this.#message.setAttribute('part', isError ? 'message error' : 'message');
  }

  #render(result) {
    const lang = uiLanguage(result.language, this.#map ? this.#map.text : '');
    const labels = LABELS[lang];
    this.#setDirection(lang);
    const actors = result.actors || [];
    const quotes = result.quotes || [];
    this.#summary.textContent = labels.summary(actors.length, quotes.length);
    this.#showMessage(actors.length || quotes.length ? '' : labels.empty, false);
    this.#body.replaceChildren();

    if (actors.length) {
      const section = el('details', 'section actors-section', null, 'section');
      section.open = true;
      section.append(el('summary', 'heading', labels.actors));
      const list = el('ul', 'actors', null, 'actors');
      const sorted = actors
        .map((a, i) => ({ a, i }))
        .sort((x, y) => (y.a.mentions?.length || 0) - (x.a.mentions?.length || 0) || x.i - y.i);
      for (const { a } of sorted) {
        const count = a.mentions ? a.mentions.length : 0;
        const item = el('li', 'actor', null, 'actor');
        item.dataset.actor = a.id;
        item.dataset.kind = a.kind;
        item.tabIndex = 0;
        const badge = el('span', 'actor-count', String(count), 'actor-count');
        badge.title = labels.mentions(count);
        badge.setAttribute('aria-label', labels.mentions(count));
        item.append(el('span', 'actor-name', a.name, 'actor-name'), ' ', badge, ' ');
        item.append(el('span', 'actor-kind', `(${labels.kinds[a.kind] || a.kind})`, 'actor-kind'));
        if (a.role) item.append(el('span', 'actor-role', a.role, 'actor-role'));
        const ranges = () => (a.mentions || []).map((m) => [m.start, m.end]);
        item.addEventListener('mouseenter', () => this.#focus(ranges(), item));
        item.addEventListener('focus', () => this.#focus(ranges(), item));
        item.addEventListener('mouseleave', () => this.#unfocus(item));
        item.addEventListener('blur', () => this.#unfocus(item));
        list.append(item);
      }
      section.append(list);
      this.#body.append(section);
    }

    if (quotes.length) {
      const section = el('details', 'section quotes-section', null, 'section');
      section.open = true;
      section.append(el('summary', 'heading', labels.quotes));
      const byId = new Map(actors.map((a) => [a.id, a]));
      const groups = new Map();
      for (const q of quotes) {
        const actor = q.speaker ? byId.get(q.speaker) : null;
        const key = actor ? `a:${actor.id}` : q.speakerText ? `t:${q.speakerText}` : 'none';
        if (!groups.has(key)) {
          groups.set(key, { name: actor ? actor.name : q.speakerText || labels.unattributed, role: actor?.role, quotes: [] });
        }
        groups.get(key).quotes.push(q);
      }
      const wrap = el('div', 'quotes', null, 'quotes');
      for (const group of groups.values()) {
        const box = el('details', 'speaker', null, 'speaker');
        box.open = true;
        const head = el('summary', 'speaker-name', group.name);
        head.append(el('span', 'speaker-count', `(${group.quotes.length})`, 'speaker-count'));
        box.append(head);
        const list = el('ul', 'quote-list');
        for (const q of group.quotes) {
          const item = el('li', `quote quote-${q.kind}`, null, `quote ${q.kind}`);
          item.dataset.quote = q.id;
          item.setAttribute('role', 'button');
          item.tabIndex = 0;
          item.title = q.kind === 'direct' ? labels.direct : labels.indirect;
          item.textContent = q.kind === 'direct' ? `${labels.openQuote}${q.text}${labels.closeQuote}` : q.text;
          item.append(el('span', null, ` (${item.title})`, 'sr'));
          const show = () => this.#focus([[q.start, q.end]], item, true);
          item.addEventListener('click', show);
          item.addEventListener('keydown', (e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              show();
            }
          });
          item.addEventListener('mouseleave', () => this.#unfocus(item));
          item.addEventListener('blur', () => this.#unfocus(item));
          list.append(item);
        }
        box.append(list);
        wrap.append(box);
      }
      section.append(wrap);
      this.#body.append(section);
    }
  }

  #applyHighlights() {
    if (!highlightSupported() || !this.#result || !this.#map) return;
    this.#clearHighlights();
    const add = (name, start, end) => {
      const range = rangeOf(this.#map, start, end);
      if (!range) return;
      sharedHighlight(name).add(range);
      if (!this.#ranges.has(name)) this.#ranges.set(name, []);
      this.#ranges.get(name).push(range);
    };
    // highlight="" or "all": both; "quotes" or "actors": only those.
    const value = (this.getAttribute('highlight') || 'all').toLowerCase();
    const all = value === 'all' || !/\b(quotes|actors)\b/.test(value);
    if (all || /\bquotes\b/.test(value)) {
      for (const q of this.#result.quotes || []) add(q.kind === 'direct' ? HL.quote : HL.reported, q.start, q.end);
    }
    if (all || /\bactors\b/.test(value)) {
      for (const a of this.#result.actors || []) for (const m of a.mentions || []) add(HL.actor, m.start, m.end);
    }
  }

  #clearHighlights() {
    if (!highlightSupported()) return;
    for (const [name, ranges] of this.#ranges) {
      const hl = CSS.highlights.get(name);
      if (!hl) continue;
      for (const r of ranges) hl.delete(r);
      if (hl.size === 0) CSS.highlights.delete(name);
    }
    this.#ranges.clear();
    this.#dropFocus();
  }

  #focus(spans, item, scroll = false) {
    for (const other of this.#shadow.querySelectorAll('.focus')) other.classList.remove('focus');
    item.classList.add('focus');
    this.#dropFocus();
    if (!highlightSupported() || !this.#map) return;
    const ranges = spans.map(([s, e]) => rangeOf(this.#map, s, e)).filter(Boolean);
    if (this.hasAttribute('highlight')) {
      const hl = sharedHighlight(HL.focus);
      for (const r of ranges) hl.add(r);
      this.#focusRanges = ranges;
    }
    if (scroll && ranges.length) {
      // Scroll the host page to the quote without touching its DOM.
      const rect = ranges[0].getBoundingClientRect();
      const margin = window.innerHeight / 3;
      if (rect.top < 0 || rect.bottom > window.innerHeight) {
        window.scrollBy({ top: rect.top - margin, behavior: 'smooth' });
      }
    }
  }

  #unfocus(item) {
    item.classList.remove('focus');
    this.#dropFocus();
  }

  #dropFocus() {
    if (!this.#focusRanges.length || !highlightSupported()) return;
    const hl = CSS.highlights.get(HL.focus);
    if (hl) {
      for (const r of this.#focusRanges) hl.delete(r);
      if (hl.size === 0) CSS.highlights.delete(HL.focus);
    }
    this.#focusRanges = [];
  }
}

// Register once, even if the script is included twice (under two URLs the
// module is evaluated twice).
if (!customElements.get(TAG)) customElements.define(TAG, NewsLensElement);

const RegisteredElement = customElements.get(TAG);
export { RegisteredElement as NewsLensElement, analyzeInWorker as analyze };
