// @ts-check
/**
 * A crawl of a built site (dist/): every internal link of every page leads to a file, every
 * `#anchor` to an element with that id, every page has one h1, a title, a description and a
 * language, and no text shows a space before punctuation. Pure functions over a map of file path -> HTML; `site-crawl.test.ts` runs them on
 * dist/ (SITE_DIST, set by npm test after the build) and on a small sample site.
 */
import { posix } from 'node:path';
import { attributeOf, elementsByTag, elementsOf, parseHtml, textOf } from './html.mjs';
import { spacedPunctuation } from './spaced-punctuation.mjs';

/** @typedef {import('./html.mjs').Document} Document */

/** The ids a parsed page defines (`id`, and `name` on anchors). @param {Document} document */
function idsIn(document) {
  const elements = elementsOf(document);
  const ids = elements.map((element) => attributeOf(element, 'id'));
  const names = elements.filter((element) => element.tagName === 'a').map((anchor) => attributeOf(anchor, 'name'));
  return new Set([...ids, ...names].filter((id) => id !== undefined));
}

/** The ids a page defines (`id="..."`, and `name="..."` on anchors). @param {string} html */
export const idsOf = (html) => idsIn(parseHtml(html));

/** Every `href` of an `<a>` or `<link>` of a parsed page, in document order. @param {Document} document */
const linksIn = (document) =>
  elementsOf(document).flatMap((element) => {
    const href = element.tagName === 'a' || element.tagName === 'link' ? attributeOf(element, 'href') : undefined;
    return href === undefined ? [] : [href];
  });

/** Every `href` of an `<a>` or `<link>` (not inside island props, which are JSON). @param {string} html */
export const linksOf = (html) => linksIn(parseHtml(html));

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * The site file a URL path leads to (`/units/paths/` -> `units/paths/index.html`), among `files`.
 * @param {string} path
 * @param {Set<string>} files
 */
export function fileFor(path, files) {
  const clean = path.replace(/^\/+/, '');
  const candidates =
    clean === '' ? ['index.html'] : clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((candidate) => files.has(candidate)) ?? null;
}

/**
 * Problems of a built site, as lines `<file>: <problem>`. `pages` maps each HTML file's path
 * (`units/paths/index.html`) to its text; `files` is the set of every file's path.
 * @param {Map<string, string>} pages
 * @param {Set<string>} files
 */
export function crawl(pages, files) {
  /** @type {string[]} */
  const problems = [];
  /** @type {Map<string, Document>} */
  const documents = new Map([...pages].map(([file, html]) => [file, parseHtml(html)]));
  /** @type {Map<string, Set<string>>} */
  const idsByFile = new Map();
  /** @param {string} file */
  const ids = (file) => {
    const known = idsByFile.get(file) ?? idsIn(documents.get(file) ?? parseHtml(''));
    idsByFile.set(file, known);
    return known;
  };
  for (const [file, document] of documents) {
    const say = (/** @type {string} */ problem) => problems.push(`${file}: ${problem}`);
    const h1s = elementsByTag(document, 'h1').length;
    if (h1s !== 1) say(`has ${h1s} h1 elements; expected exactly one`);
    if (!elementsByTag(document, 'title').some((title) => /\S/.test(textOf(title)))) say('has no title');
    const description = elementsByTag(document, 'meta').find((meta) => attributeOf(meta, 'name') === 'description');
    if (!/\S/.test((description && attributeOf(description, 'content')) ?? '')) say('has no description');
    const lang = elementsByTag(document, 'html').map((root) => attributeOf(root, 'lang'))[0] ?? '';
    if (!/^[a-z]{2}(?:-[A-Za-z]{2})?$/.test(lang)) say('has no language on <html>');
    for (const spaced of spacedPunctuation(elementsByTag(document, 'body')[0] ?? document))
      say(`shows a space before punctuation: "${spaced}"`);
    const here = `/${file.replace(/index\.html$/, '')}`;
    for (const href of linksIn(document)) {
      if (href === '' || EXTERNAL.test(href)) continue;
      const url = new URL(href, `http://site${here}`);
      const target = href.startsWith('#') ? file : fileFor(decodeURIComponent(url.pathname), files);
      if (!target) {
        say(`links to ${href}, which leads to no file`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !ids(target).has(anchor))
        say(`links to ${href}, but ${target} has no element with id "${anchor}"`);
    }
  }
  return problems;
}

/** Paths relative to the site root with forward slashes. @param {string} root @param {string} file */
export const sitePath = (root, file) =>
  posix.normalize(
    file
      .slice(root.length + 1)
      .split('\\')
      .join('/'),
  );
