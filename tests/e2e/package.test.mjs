// Tests of the npm package: builds it with scripts/package.sh (skip with
// NEWSLENS_PACKAGE_BUILT=1 when pkg/ is fresh), checks `npm pack --dry-run`
// and package.json, then loads the element from the package layout in
// Chromium under the strict CSP.
//
//   cd tests/e2e && npm install && node package.test.mjs
//
// Prints one line per test and `N passed, N failed`; exits 1 on failure.
import { launch } from './chromium.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, CSP } from './serve.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const PKG = join(ROOT, 'pkg');
const ANALYSIS_TIMEOUT_MS = 15000;

/** What `npm pack` must publish, and nothing else. */
const EXPECTED_FILES = [
  'LICENSE',
  'README.md',
  'embed/news-lens.d.ts',
  'embed/news-lens.js',
  'embed/worker.js',
  'newslens.d.ts',
  'newslens.js',
  'newslens_bg.wasm',
  'newslens_bg.wasm.d.ts',
  'package.json',
];

const results = [];
async function test(name, fn) {
  try {
    await fn();
    results.push(true);
    console.log(`pass  ${name}`);
  } catch (err) {
    results.push(false);
    console.log(`FAIL  ${name}\n      ${String((err && err.message) || err).split('\n').join('\n      ')}`);
  }
}
function eq(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}\n  got:  ${a}\n  want: ${e}`);
}

if (process.env.NEWSLENS_PACKAGE_BUILT === '1') {
  console.log('skip  scripts/package.sh (NEWSLENS_PACKAGE_BUILT=1: using pkg/ as it is)');
} else {
  await test('scripts/package.sh builds pkg/', async () => {
    execFileSync('bash', [join(ROOT, 'scripts', 'package.sh')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  });
}

await test('npm pack --dry-run lists exactly the expected files', async () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: PKG, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(out);
  eq(info.files.map((f) => f.path).sort(), EXPECTED_FILES, 'packed files');
  eq(info.name, 'newslens', 'package name');
});

await test('package.json has name, Cargo version, description, repository, licence, types, exports', async () => {
  const pkg = JSON.parse(await readFile(join(PKG, 'package.json'), 'utf8'));
  const cargo = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
  const version = cargo.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m)[1];
  eq(pkg.name, 'newslens', 'name');
  eq(pkg.version, version, 'version from Cargo.toml');
  eq(pkg.type, 'module', 'type');
  eq(typeof pkg.description === 'string' && pkg.description.length > 20, true, 'description');
  eq(typeof pkg.repository?.url === 'string' && pkg.repository.url.length > 0, true, 'repository');
  eq(typeof pkg.license === 'string' && pkg.license.length > 0, true, 'license');
  eq(pkg.types, 'newslens.d.ts', 'types');
  eq(pkg.exports['.'].default, './newslens.js', 'exports .');
  eq(pkg.exports['./element'].default, './embed/news-lens.js', 'exports ./element');
  eq(pkg.exports['./element'].types, './embed/news-lens.d.ts', 'element types');
  const worker = await readFile(join(PKG, 'embed', 'worker.js'), 'utf8');
  eq(/^const MODULE_PATH = '\.\.\/newslens\.js';$/m.test(worker), true, 'worker points at ../newslens.js');
});

// Type-checks a consumer of the package when TypeScript is at hand
// (npm install typescript in .tools/); otherwise says so and skips.
const TSC = join(ROOT, '.tools', 'node_modules', '.bin', 'tsc');
if (existsSync(TSC)) {
  await test('the TypeScript types of the module and the element check', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newslens-ts-'));
    try {
      await mkdir(join(dir, 'node_modules'));
      await symlink(PKG, join(dir, 'node_modules', 'newslens'), 'dir');
      await writeFile(join(dir, 'app.ts'), `
import init from 'newslens';
import { NewsLensElement, type Analysis } from 'newslens/element';
await init();
const lens = document.querySelector('news-lens');
if (lens) {
  const r: Analysis = await lens.analyze('text');
  const speaker: string | null | undefined = r.quotes[0]?.speakerText;
  lens.addEventListener('newslens:analysis', (e) => e.detail.actors.length);
  console.log(speaker, lens.result?.language, NewsLensElement);
}
`);
      await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({
        compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', strict: true, noEmit: true, lib: ['es2022', 'dom'] },
        files: ['app.ts'],
      }));
      execFileSync(TSC, ['-p', dir], { encoding: 'utf8' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
} else {
  console.log('skip  TypeScript check (no .tools/node_modules/.bin/tsc)');
}

await test('the element runs from the package layout under the strict CSP', async () => {
  const server = await serve(PKG);
  const profile = await mkdtemp(join(tmpdir(), 'pw-pkg-'));
  const context = await launch(profile);
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <script type="module" src="/embed/news-lens.js"></script></head>
      <body><article><p>"We will not retreat," Foreign Minister Sergei Lavrov said.</p></article>
      <news-lens></news-lens></body></html>`;
    // No favicon request to fail: the page is served by a route.
    await page.route(`${server.url}/favicon.ico`, (r) => r.fulfill({ status: 204, body: '' }));
    await page.route(`${server.url}/site/article.html`, (route) =>
      route.fulfill({ status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP }, body: html }));
    await page.goto(`${server.url}/site/article.html`);
    await page.waitForFunction(() => document.querySelector('news-lens').result, null, { timeout: ANALYSIS_TIMEOUT_MS });
    const lang = await page.evaluate(() => document.querySelector('news-lens').result.language);
    eq(lang, 'en', 'analysis language');
    eq(problems, [], 'console or page errors');
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
});

const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
