// @ts-check
/**
 * A small static server for dist/, as a static host would serve it: `/a/` gives `a/index.html`,
 * an unknown path gives `404.html` with status 404, and text (HTML, CSS, JavaScript, SVG, JSON)
 * is gzipped when the browser accepts it, so transfer sizes measured against it (Lighthouse's
 * total byte weight) are those of a compressing host, not of raw files. Files are read once and
 * kept in memory. Listens on 127.0.0.1 only.
 *
 * With `fallback`, a path that is not in `root` is looked for there: the bench's limit pages
 * (bench-paint-run.ts) live in a folder outside dist/ and take their images and fonts from dist/,
 * so both sides of the comparison send the same bytes for them. The 404 page comes from `root`
 * only (a limit folder has none: an unknown path, such as the favicon a bare page does not name,
 * gets a few bytes of text, not dist/'s 404 page).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|manifest\+json)|image\/svg\+xml)/;

/** Reads a file once and keeps it, with its type and (for text) its gzipped bytes. */
function createFileCache() {
  /** @type {Map<string, { body: Buffer, gzip: Buffer | null, type: string }>} */
  const cache = new Map();
  /** @param {string} file */
  return (file) => {
    let entry = cache.get(file);
    if (!entry) {
      const body = readFileSync(file);
      const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file).toLowerCase())] ?? 'application/octet-stream';
      entry = { body, gzip: COMPRESSIBLE.test(type) ? gzipSync(body, { level: 9 }) : null, type };
      cache.set(file, entry);
    }
    return entry;
  };
}

/**
 * The file a path names in `folder` (`/a/` gives `a/index.html`), or null; never outside `folder`.
 * @param {string} folder
 * @param {string} pathname
 */
function fileIn(folder, pathname) {
  const path = normalize(join(folder, decodeURIComponent(pathname)));
  if (path !== folder && !path.startsWith(folder + sep)) return null;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  if (pathname.endsWith('/') && existsSync(index)) return index;
  return null;
}

/**
 * The file a path names in the first of `bases` that has it, or null (a malformed path included).
 * @param {string[]} bases
 * @param {string} pathname
 */
function fileFor(bases, pathname) {
  try {
    for (const folder of bases) {
      const file = fileIn(folder, pathname);
      if (file) return file;
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * Answers one request from `bases`, with `base`'s 404 page for a path none of them has.
 * @param {string} base
 * @param {string[]} bases
 * @param {ReturnType<typeof createFileCache>} load
 * @returns {import('node:http').RequestListener}
 */
function handler(base, bases, load) {
  return (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let file = fileFor(bases, pathname);
    // A folder without its slash: redirect, as static hosts do (the site's links all end in /).
    if (!file && !pathname.endsWith('/') && bases.some((folder) => existsSync(join(folder, pathname, 'index.html')))) {
      response.writeHead(301, { location: `${pathname}/` });
      response.end();
      return;
    }
    const status = file ? 200 : 404;
    const notFound = join(base, '404.html');
    if (!file && existsSync(notFound)) file = notFound;
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    const entry = load(file);
    const gzip = entry.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip && entry.gzip ? entry.gzip : entry.body;
    /** @type {Record<string, string | number>} */
    const headers = { 'content-type': entry.type, 'content-length': body.length };
    if (entry.gzip) headers.vary = 'Accept-Encoding';
    if (gzip) headers['content-encoding'] = 'gzip';
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}

/**
 * Serves `root` (then `fallback`, when given) on 127.0.0.1:`port` (0: any free port). Resolves to
 * `{ url, port, close }` once listening, with the port it got; rejects with the listen error
 * (EADDRINUSE when the port is taken).
 * @param {{ root: string, port: number, fallback?: string }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function serveStatic({ root, port, fallback }) {
  const base = resolve(root);
  const bases = fallback ? [base, resolve(fallback)] : [base];
  const server = createServer(handler(base, bases, createFileCache()));
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${bound}`,
        port: bound,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
