// A static file server for end-to-end tests: serves a folder on 127.0.0.1
// with the strict Content-Security-Policy a news site would use, and the
// right MIME types (wasm must be application/wasm).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port).
 * Resolves to { url, close() }.
 */
export async function serve(root, port = 0, { csp = CSP } = {}) {
  const base = resolve(root);
  // File contents by path, kept while the file's size and modification
  // time stay the same (edits still show): a response waits for one
  // `stat`, not for the thread-pool rounds of reading the file again
  // (open, read, close), each of which waited for a turn of this process
  // on a busy machine. A production static server answers from memory
  // too. Measured with tests/e2e/trace.mjs: the wasm and the sample text
  // arrive about 20 ms sooner and the first result 16-41 ms sooner at
  // load 5-6.
  const cache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      let kept = cache.get(file);
      if (!kept || kept.size !== info.size || kept.mtimeMs !== info.mtimeMs) {
        kept = { size: info.size, mtimeMs: info.mtimeMs, body: await readFile(file) };
        cache.set(file, kept);
      }
      const { body } = kept;
      const headers = {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-store',
      };
      if (csp) headers['Content-Security-Policy'] = csp;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const { port: bound } = server.address();
  return { url: `http://127.0.0.1:${bound}`, close: () => new Promise((ok) => server.close(ok)) };
}

// `node serve.mjs DIR PORT` serves DIR until interrupted.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = '.', port = '8080'] = process.argv.slice(2);
  try {
    const { url } = await serve(dir, Number(port));
    console.log(`serving ${dir} on ${url} (strict CSP)`);
  } catch (e) {
    // A port already taken (another server, an earlier run still going)
    // is the usual failure: say so and how to pick another.
    const why = e.code === 'EADDRINUSE' ? `port ${port} is already in use; choose another with PORT=8081 bash scripts/serve.sh` : e.message;
    console.error(`serve.mjs: cannot serve ${dir}: ${why}`);
    process.exit(1);
  }
}
