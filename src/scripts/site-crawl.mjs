/**
 * A crawl of a built site (dist/): every internal link of every page leads to a file, every
 * `#anchor` to an element with that id, and every page has one h1, a title, a description and a
 * language. Pure functions over a map of file path -> HTML; `site-crawl.test.ts` runs them on
 * dist/ (SITE_DIST, set by npm test after the build) and on a small sample site.
 */
import { posix } from 'node:path';

const decode = (text) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The ids a page defines (`id="..."`, and `name="..."` on anchors). */
export function idsOf(html) {
  const ids = new Set();
  for (const match of html.matchAll(/\sid="([^"]*)"/g)) ids.add(decode(match[1]));
  for (const match of html.matchAll(/<a\b[^>]*\sname="([^"]*)"/g)) ids.add(decode(match[1]));
  return ids;
}

/** Every `href` of an `<a>` or `<link>` (not inside island props, which are JSON). */
export function linksOf(html) {
  return [...html.matchAll(/<(?:a|link)\b[^>]*?\shref="([^"]*)"/g)].map((match) => decode(match[1]));
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The site file a URL path leads to (`/units/paths/` -> `units/paths/index.html`), among `files`. */
export function fileFor(path, files) {
  const clean = path.replace(/^\/+/, '');
  const candidates = clean === '' ? ['index.html'] : clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((candidate) => files.has(candidate)) ?? null;
}

/**
 * Problems of a built site, as lines `<file>: <problem>`. `pages` maps each HTML file's path
 * (`units/paths/index.html`) to its text; `files` is the set of every file's path.
 */
export function crawl(pages, files) {
  const problems = [];
  const idsByFile = new Map();
  const ids = (file) => {
    if (!idsByFile.has(file)) idsByFile.set(file, idsOf(pages.get(file) ?? ''));
    return idsByFile.get(file);
  };
  for (const [file, html] of pages) {
    const say = (problem) => problems.push(`${file}: ${problem}`);
    const h1s = (html.match(/<h1[\s>]/g) ?? []).length;
    if (h1s !== 1) say(`has ${h1s} h1 elements; expected exactly one`);
    if (!/<title>[^<]*\S[^<]*<\/title>/.test(html)) say('has no title');
    if (!/<meta\s+name="description"\s+content="[^"]*\S[^"]*"/.test(html)) say('has no description');
    if (!/<html\b[^>]*\slang="[a-z]{2}(?:-[A-Za-z]{2})?"/.test(html)) say('has no language on <html>');
    const here = `/${file.replace(/index\.html$/, '')}`;
    for (const href of linksOf(html)) {
      if (href === '' || EXTERNAL.test(href)) continue;
      const url = new URL(href, `http://site${here}`);
      const target = href.startsWith('#') ? file : fileFor(decodeURIComponent(url.pathname), files);
      if (!target) {
        say(`links to ${href}, which leads to no file`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !ids(target).has(anchor)) say(`links to ${href}, but ${target} has no element with id "${anchor}"`);
    }
  }
  return problems;
}

/** Paths relative to the site root with forward slashes. */
export const sitePath = (root, file) => posix.normalize(file.slice(root.length + 1).split('\\').join('/'));
