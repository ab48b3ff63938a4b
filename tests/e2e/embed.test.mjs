// End-to-end tests of the <news-lens> element in Debian's Chromium, under
// the strict CSP a news site uses (serve.mjs). Needs the wasm build in
// www/pkg (wasm-pack build --target web --release --out-dir www/pkg).
//
//   cd tests/e2e && npm install && node embed.test.mjs
//
// Prints one line per test and `N passed, N failed`; exits 1 on failure.
import { launch } from './chromium.mjs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, CSP } from './serve.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const WWW = process.env.NEWSLENS_WWW || join(ROOT, 'www');
const GOLD = JSON.parse(await readFile(join(ROOT, 'tests', 'fixtures', 'seed.ar.gold.json'), 'utf8'));
/** How long to wait for an analysis (a cold wasm start included). */
const ANALYSIS_TIMEOUT_MS = 15000;
/** Longer than the element's re-analysis debounce plus an analysis. */
const UPDATE_TIMEOUT_MS = 10000;
const HOST_LI_COLOR = 'rgb(122, 46, 14)'; // `li` colour in www/embed/demo-site.css

// ------------------------------------------------------------- harness --
const results = [];
async function test(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`pass  ${name} (${Date.now() - started} ms)`);
  } catch (err) {
    results.push({ name, ok: false });
    console.log(`FAIL  ${name}\n      ${String((err && err.stack) || err).split('\n').slice(0, 4).join('\n      ')}`);
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
function eq(actual, expected, message) {
  if (actual !== expected) {
    throw new Error(`${message}\n        got:  ${JSON.stringify(actual)}\n        want: ${JSON.stringify(expected)}`);
  }
}
/** Quote text compared without surrounding marks, spaces and final punctuation. */
const norm = (s) =>
  s.replace(/\s+/g, ' ').replace(/^[\s"'“”«»]+|[\s"'“”«».,،:]+$/g, '').trim();

// ------------------------------------------------------------- browser --
try {
  await stat(join(WWW, 'pkg', 'newslens.js'));
} catch {
  console.log('FAIL  www/pkg/newslens.js is missing: run wasm-pack build --target web --release --out-dir www/pkg');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const server = await serve(WWW);
const profile = await mkdtemp(join(tmpdir(), 'pw-embed-'));
const context = await launch(profile);

/**
 * Opens `path` on the test server in a new page and records console errors,
 * page errors and CSP violations. `html` serves that markup at `path`
 * instead (same origin, same CSP) for pages the tests make up.
 */
async function open(path, { html, init } = {}) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  if (init) await page.addInitScript(init);
  if (html) {
    await page.route(`${server.url}${path}`, (route) =>
      route.fulfill({
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP },
        body: html,
      }));
  }
  await page.goto(`${server.url}${path}`);
  return { page, problems };
}

/** Waits until every <news-lens> on the page has a result; returns the first. */
async function analysed(page) {
  await page.waitForFunction(
    () => [...document.querySelectorAll('news-lens')].every((e) => e.result),
    null, { timeout: ANALYSIS_TIMEOUT_MS });
  return page.evaluate(() => document.querySelector('news-lens').result);
}

/** What the panel shows: direction, language, message and quote texts. */
function panel(page, selector = 'news-lens') {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    const p = root.querySelector('[part~="panel"]');
    return {
      dir: p.dir,
      lang: p.lang,
      message: root.querySelector('[part~="message"]').textContent,
      summary: root.querySelector('[part~="summary"]').textContent,
      actors: [...root.querySelectorAll('[part~="actor-name"]')].map((n) => n.textContent),
      quotes: [...root.querySelectorAll('[part~="quote"]')].map((n) => n.textContent),
    };
  }, selector);
}

/** The newslens highlights in the document: name -> texts of their ranges. */
function highlights(page) {
  return page.evaluate(() => {
    const out = {};
    for (const [name, hl] of CSS.highlights) {
      if (name.startsWith('newslens-')) out[name] = [...hl].map((r) => r.toString());
    }
    return out;
  });
}

const bodyHtml = (page) => page.evaluate(() => document.getElementById('article-body').outerHTML);

/** The #article-body of the page as served, before any script ran. */
const servedBodyHtml = (page) =>
  page.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    return new DOMParser().parseFromString(source, 'text/html').getElementById('article-body').outerHTML;
  });

// --------------------------------------------------------------- tests --
const goldDirect = GOLD.quotes.filter((q) => q.kind === 'direct').map((q) => norm(q.text));

await test("Arabic demo page shows the panel with the seed's direct quotes, RTL", async () => {
  const { page, problems } = await open('/embed-demo.html');
  const result = await analysed(page);
  const shown = await panel(page);
  eq(shown.dir, 'rtl', 'panel direction');
  eq(shown.lang, 'ar', 'panel language');
  eq(result.language, 'ar', 'analysis language');
  const texts = shown.quotes.map(norm);
  const missing = goldDirect.filter((g) => !texts.some((t) => t.includes(g) || (g.includes(t) && t.length > g.length / 2)));
  assert(missing.length === 0, `panel lacks ${missing.length}/${goldDirect.length} gold direct quotes: ${missing.join(' | ')}`);
  eq(problems.join('\n'), '', 'console errors');
  await page.close();
});

await test('English demo page shows an LTR panel with quotes and speakers', async () => {
  const { page, problems } = await open('/embed-demo.en.html');
  const result = await analysed(page);
  const shown = await panel(page);
  eq(shown.dir, 'ltr', 'panel direction');
  eq(result.language, 'en', 'analysis language');
  assert(shown.quotes.some((t) => t.includes('Nobody wants a repeat of this week')), `quotes shown: ${shown.quotes.join(' | ')}`);
  assert(shown.actors.some((a) => a.includes('Keller')), `actors shown: ${shown.actors.join(' | ')}`);
  eq(problems.join('\n'), '', 'console errors');
  await page.close();
});

await test('highlights mark quotes and mentions; on/off leaves the host DOM and layout identical', async () => {
  const { page, problems } = await open('/embed-demo.html');
  const result = await analysed(page);
  const served = await servedBodyHtml(page);
  const rect = () => page.evaluate(() => JSON.stringify(document.getElementById('article-body').getBoundingClientRect()));
  eq(await bodyHtml(page), served, 'article DOM with highlights on (as served)');
  const on = await highlights(page);
  const quoteRanges = [...(on['newslens-quote'] || []), ...(on['newslens-reported'] || [])];
  eq(quoteRanges.length, result.quotes.length, 'one quote highlight per quote');
  // Every highlighted range holds exactly the quote's text (offset mapping).
  const want = result.quotes.map((q) => q.text.replace(/\s+/g, ' ')).sort();
  eq(JSON.stringify(quoteRanges.map((t) => t.replace(/\s+/g, ' ')).sort()), JSON.stringify(want), 'highlighted quote texts');
  const mentions = result.actors.flatMap((a) => a.mentions.map((m) => m.text)).sort();
  eq(JSON.stringify((on['newslens-actor'] || []).sort()), JSON.stringify(mentions), 'highlighted mention texts');
  const rectOn = await rect();

  await page.evaluate(() => document.querySelector('news-lens').removeAttribute('highlight'));
  eq(JSON.stringify(await highlights(page)), '{}', 'no newslens highlights after removing the attribute');
  eq(await bodyHtml(page), served, 'article DOM with highlights off');
  eq(await rect(), rectOn, 'article layout unchanged');

  await page.evaluate(() => document.querySelector('news-lens').setAttribute('highlight', 'quotes'));
  const quotesOnly = await highlights(page);
  eq(quotesOnly['newslens-actor'], undefined, 'highlight="quotes" marks no mentions');
  eq((quotesOnly['newslens-quote'] || []).length + (quotesOnly['newslens-reported'] || []).length, result.quotes.length, 'highlight="quotes" marks the quotes');
  await page.evaluate(() => document.querySelector('news-lens').setAttribute('highlight', 'actors'));
  eq((await highlights(page))['newslens-quote'], undefined, 'highlight="actors" marks no quotes');
  await page.evaluate(() => document.querySelector('news-lens').setAttribute('highlight', ''));
  const again = await highlights(page);
  eq((again['newslens-quote'] || []).length + (again['newslens-reported'] || []).length, result.quotes.length, 'highlights back');
  eq(await bodyHtml(page), served, 'article DOM after turning highlights on again');
  eq(problems.join('\n'), '', 'console errors');
  await page.close();
});

await test('a change to the article text updates the panel (MutationObserver)', async () => {
  const { page, problems } = await open('/embed-demo.html');
  await analysed(page);
  const before = await panel(page);
  const events = await page.evaluate(() => {
    window.__events = 0;
    document.addEventListener('newslens:analysis', () => { window.__events += 1; });
    return window.__events;
  });
  const added = 'لن نقبل بهذه الاتهامات التي لا أساس لها';
  await page.evaluate((quote) => {
    const p = document.createElement('p');
    p.id = 'live-update';
    p.textContent = `وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين: “${quote}”.`;
    document.getElementById('article-body').append(p);
  }, added);
  await page.waitForFunction(
    (q) => [...document.querySelector('news-lens').shadowRoot.querySelectorAll('[part~="quote"]')]
      .some((n) => n.textContent.includes(q)),
    added, { timeout: UPDATE_TIMEOUT_MS });
  const after = await panel(page);
  eq(after.quotes.length, before.quotes.length + 1, 'one more quote in the panel');
  assert((await page.evaluate(() => window.__events)) > events, 'a newslens:analysis event followed the change');

  // Editing text in place (characterData) and removing the paragraph also update it.
  await page.evaluate(() => document.getElementById('live-update').remove());
  await page.waitForFunction(
    (n) => document.querySelector('news-lens').shadowRoot.querySelectorAll('[part~="quote"]').length === n,
    before.quotes.length, { timeout: UPDATE_TIMEOUT_MS });
  eq(problems.join('\n'), '', 'console errors');
  await page.close();
});

await test("the host page's own script, event listener and styles keep working; no style leaks", async () => {
  const { page, problems } = await open('/embed-demo.html');
  const result = await analysed(page);
  await page.click('#like');
  await page.click('#like');
  eq(await page.textContent('#like-count'), '2', 'like counter');
  // The host listens for newslens:analysis (bubbles, composed) and shows it.
  const status = await page.textContent('#host-status');
  assert(status.includes(String(result.quotes.length)), `host status line: ${status}`);
  // The host's checkbox drives the highlight attribute.
  await page.click('#toggle-highlight');
  eq(await page.evaluate(() => document.querySelector('news-lens').hasAttribute('highlight')), false, 'highlight attribute after unchecking');
  const styles = await page.evaluate(() => {
    const root = document.querySelector('news-lens').shadowRoot;
    const li = root.querySelector('li');
    const summary = root.querySelector('summary');
    return {
      panelLi: li && getComputedStyle(li).color,
      panelSummaryFont: summary && getComputedStyle(summary).fontFamily,
      hostLi: getComputedStyle(document.querySelector('.promo li')).color,
      hostBodyFont: getComputedStyle(document.body).fontFamily,
      // Everything newslens adds to the document: ::highlight rules only.
      added: document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join(' '),
      ownStyleElements: document.querySelectorAll('style, link[href*="news-lens"]').length,
    };
  });
  assert(styles.panelLi && styles.panelLi !== HOST_LI_COLOR, `panel li takes the host colour: ${styles.panelLi}`);
  assert(!/monospace|Courier/.test(styles.panelSummaryFont), `panel summary takes the host font: ${styles.panelSummaryFont}`);
  eq(styles.hostLi, HOST_LI_COLOR, 'host li colour unchanged');
  assert(styles.hostBodyFont.includes('Georgia'), `host body font: ${styles.hostBodyFont}`);
  const withoutHighlights = styles.added.replace(/::highlight\([a-z-]+\)\s*\{[^}]*\}/g, '').replace(/@layer newslens|[{}\s]/g, '');
  eq(withoutHighlights, '', 'document-level styles other than ::highlight rules');
  eq(styles.ownStyleElements, 0, 'no <style> or <link> added to the page');
  eq(problems.join('\n'), '', 'console errors');
  await page.close();
});

await test('themes: custom properties and ::part apply; dark colour scheme changes the panel', async () => {
  const { page } = await open('/embed-demo.html');
  await analysed(page);
  const light = await page.evaluate(() => {
    const root = document.querySelector('news-lens').shadowRoot;
    const title = getComputedStyle(root.querySelector('[part~="title"]'));
    return { bg: getComputedStyle(root.querySelector('[part~="panel"]')).backgroundColor, color: title.color, spacing: title.letterSpacing };
  });
  eq(light.color, 'rgb(11, 79, 108)', 'title takes --newslens-accent from the host');
  assert(light.spacing !== 'normal' && light.spacing !== '0px', `::part(title) letter-spacing: ${light.spacing}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() =>
    getComputedStyle(document.querySelector('news-lens').shadowRoot.querySelector('[part~="panel"]')).backgroundColor);
  assert(dark !== light.bg, `panel background in dark mode: ${dark} (light ${light.bg})`);
  await page.close();
});

await test('hovering an actor marks its mentions; a same-text re-render keeps highlights on live nodes', async () => {
  const { page, problems } = await open('/embed-demo.html');
  const result = await analysed(page);
  const actor = [...result.actors].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  assert(actor, 'the seed has actors');
  await page.hover(`[data-actor="${actor.id}"]`);
  const focused = await page.evaluate(() => CSS.highlights.get('newslens-focus')?.size || 0);
  eq(focused, actor.mentions.length, `focus highlight for ${actor.name}`);
  await page.mouse.move(1, 1);
  eq(await page.evaluate(() => CSS.highlights.has('newslens-focus')), false, 'focus highlight gone after leaving');

  // The host re-renders the article with the same text: no new analysis,
  // and the highlight ranges move to the new text nodes.
  await page.evaluate(() => {
    window.__events = 0;
    document.addEventListener('newslens:analysis', () => { window.__events += 1; });
    const body = document.getElementById('article-body');
    body.replaceChildren(...[...body.children].map((p) => p.cloneNode(true)));
  });
  await page.waitForTimeout(1000);
  const state = await page.evaluate(() => ({
    events: window.__events,
    live: [...CSS.highlights.get('newslens-quote') || []].every((r) => r.startContainer.isConnected && !r.collapsed),
    count: CSS.highlights.get('newslens-quote')?.size || 0,
  }));
  eq(state.events, 0, 'no re-analysis for the same text');
  eq(state.live, true, 'highlights on the new, connected text nodes');
  eq(state.count, result.quotes.filter((q) => q.kind === 'direct').length, 'direct quote highlights after re-render');
  eq(problems.join('\n'), '', 'console errors');
  await page.close();
});

await test('text is read like innerText and highlights map through inline markup and collapsed spaces', async () => {
  const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
    <link rel="icon" href="/embed/favicon.svg">
    <script type="module" src="/embed/news-lens.js"></script></head>
    <body><article id="messy">
      <h2>عنوان   الخبر</h2>
      <p>وقال   وزير الخارجية الروسي
         <a href="#x">سيرغي لافروف</a> للصحفيين:   “لا <em>أعلق</em>   على
         الشائعات”.</p>
      <p hidden>نص مخفي لا يُقرأ</p>
      <script type="application/json">{"not": "text"}</script>
      <div>سطر أول<br>سطر ثانٍ</div>
      <ul><li>بند</li><li>بند آخر</li></ul>
      <p>وأضاف <b>لافروف</b>: “<i>روسيا</i> لن تتراجع”.</p>
    </article><news-lens for="#messy" highlight></news-lens></body></html>`;
  const { page, problems } = await open('/messy.html', { html });
  const result = await analysed(page);
  const read = await page.evaluate(async () => {
    const { extractText } = await import('/embed/news-lens.js');
    const article = document.getElementById('messy');
    return { ours: extractText(article).text, inner: article.innerText.trim() };
  });
  eq(read.ours, read.inner, 'extracted text equals innerText');
  const on = await highlights(page);
  const quoteRanges = [...(on['newslens-quote'] || []), ...(on['newslens-reported'] || [])];
  const squash = (t) => t.replace(/\s+/g, ' ');
  eq(JSON.stringify(quoteRanges.map(squash).sort()), JSON.stringify(result.quotes.map((q) => squash(q.text)).sort()), 'quote ranges hold the quote texts');
  assert(result.quotes.some((q) => q.text === 'لا أعلق على الشائعات'), `quotes: ${result.quotes.map((q) => q.text).join(' | ')}`);
  eq(JSON.stringify((on['newslens-actor'] || []).map(squash).sort()),
    JSON.stringify(result.actors.flatMap((a) => a.mentions.map((m) => squash(m.text))).sort()), 'mention ranges hold the mention texts');
  eq(problems.join('\n'), '', 'console or page errors');
  await page.close();
});

await test('the script included twice (two URLs) registers the element once', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <link rel="icon" href="/embed/favicon.svg">
    <script type="module" src="/embed/news-lens.js"></script>
    <script type="module" src="/embed/news-lens.js?included=twice"></script></head>
    <body><article><p>"We will not retreat," Foreign Minister Sergei Lavrov said.</p></article>
    <news-lens></news-lens><news-lens for="article"></news-lens></body></html>`;
  const { page, problems } = await open('/twice.html', { html });
  await analysed(page);
  const same = await page.evaluate(async () => {
    const a = await import('/embed/news-lens.js');
    const b = await import('/embed/news-lens.js?included=twice');
    return a.NewsLensElement === b.NewsLensElement && a.NewsLensElement === customElements.get('news-lens');
  });
  assert(same, 'both module copies export the one registered class');
  eq(problems.join('\n'), '', 'console or page errors');
  await page.close();
});

await test('works from a deep page path; default target is <article>; analyze(text) resolves', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <link rel="icon" href="/embed/favicon.svg">
    <script type="module" src="../../embed/news-lens.js"></script></head>
    <body><main><article><h2>عنوان</h2><p>وقال وزير الخارجية الروسي سيرغي لافروف: “لا أعلق على الشائعات”.</p></article>
    <aside><news-lens></news-lens></aside></main></body></html>`;
  const { page, problems } = await open('/news/2026/story.html', { html });
  const result = await analysed(page);
  assert(result.quotes.some((q) => q.text.includes('لا أعلق على الشائعات')), `quotes: ${JSON.stringify(result.quotes)}`);
  const direct = await page.evaluate(async () => {
    const el = document.querySelector('news-lens');
    const text = 'قال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تتراجع.';
    const r = await el.analyze(text);
    return { lang: r.language, ok: [...r.actors.flatMap((a) => a.mentions), ...r.quotes].every((x) => text.slice(x.start, x.end) === x.text) };
  });
  eq(direct.lang, 'ar', 'analyze(text) language');
  assert(direct.ok, 'analyze(text) offsets slice to their texts');
  eq(problems.join('\n'), '', 'console or page errors');
  await page.close();
});

await test('without WebAssembly the panel shows a polite message and the page has no error', async () => {
  const { page, problems } = await open('/embed-demo.html', {
    init: () => {
      delete globalThis.WebAssembly;
    },
  });
  await page.waitForFunction(
    () => document.querySelector('news-lens').shadowRoot.querySelector('[part~="message"]').textContent.includes('WebAssembly'),
    null, { timeout: ANALYSIS_TIMEOUT_MS });
  await page.click('#like');
  eq(await page.textContent('#like-count'), '1', 'host button still works');
  const rejected = await page.evaluate(() =>
    document.querySelector('news-lens').analyze('text').then(() => 'resolved', (e) => `rejected: ${e.message}`));
  assert(rejected.startsWith('rejected'), `analyze() without wasm: ${rejected}`);
  eq(problems.join('\n'), '', 'console or page errors');
  await page.close();
});

await context.close();
await server.close();
await rm(profile, { recursive: true, force: true });

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
