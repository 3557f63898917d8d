// @ts-check
/**
 * A build step over the built pages: an Astro integration that, once the build is done, reads each
 * `.html` file of the output, passes it to `transform` with where it is (the build's folder, the
 * page's file and the site's base path) and writes back what changed. The steps of astro.config.mjs
 * after Astro's own (our island element, critical CSS, script priority) are each one of these.
 *
 * The steps run one after another over the same pages, so a page's parse (html.mjs) is kept for
 * the next step while its text stays the same (`pageDocument`); a step that rewrote the page leaves
 * offsets behind that no longer fit, so the next one parses it again.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from './html.mjs';

/**
 * A page's file, its build folder and the site's base path; `document` gives the page's parse
 * (with source locations) when the step was handed the page's current text.
 * @typedef {{ distDir: string, file: string, base: string, document?: () => import('./html.mjs').Document }} PagePlace
 */

/** @type {Map<string, { html: string, document: import('./html.mjs').Document }>} */
const parsedPages = new Map();

/**
 * The parse of a page's text, shared by the build steps that read the page in turn: parsed again
 * only when the text differs from what the last parse of that file read.
 * @param {string} file
 * @param {string} html
 */
export function pageDocument(file, html) {
  const cached = parsedPages.get(file);
  if (cached?.html === html) return cached.document;
  const document = parseHtml(html);
  parsedPages.set(file, { html, document });
  return document;
}

/** Drops a page's parse once a step has rewritten it (its offsets no longer fit). @param {string} file */
export const forgetPage = (file) => parsedPages.delete(file);

/** Every `.html` file under `dir`. @param {string} dir @returns {string[]} */
export const htmlFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });

/**
 * The built file an address on a page names: under the site's base (`/`, or the SCORM build's
 * placeholder base), else from the build's root when absolute, else from the page's folder (the
 * SCORM package's `../../_astro/…`). Throws for an address outside the build.
 * @param {string} url
 * @param {PagePlace} place the page the address is on
 */
export function builtFile(url, { distDir, file, base }) {
  const path = url.split(/[?#]/)[0] ?? '';
  const root = base.endsWith('/') ? base : `${base}/`;
  const target = path.startsWith(root)
    ? join(distDir, path.slice(root.length))
    : path.startsWith('/')
      ? join(distDir, path)
      : resolve(dirname(file), path);
  if (relative(distDir, target).startsWith('..'))
    throw new Error(`${relative(process.cwd(), file)}: ${url} is outside the build`);
  return target;
}

/**
 * @param {string} name the integration's name
 * @param {(html: string, place: PagePlace) => string | Promise<string>} transform
 * @param {(place: { distDir: string, base: string }) => void | Promise<void>} [before] runs once, before the pages (writes a shared file)
 * @returns {import('astro').AstroIntegration}
 */
export function pageStep(name, transform, before) {
  let base = '/';
  return {
    name,
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const distDir = fileURLToPath(dir).replace(new RegExp(`\\${sep}$`), '');
        await before?.({ distDir, base });
        for (const file of htmlFiles(distDir)) {
          const html = readFileSync(file, 'utf8');
          const changed = await transform(html, { distDir, file, base, document: () => pageDocument(file, html) });
          if (changed === html) continue;
          forgetPage(file);
          writeFileSync(file, changed);
        }
      },
    },
  };
}
