// @ts-check
/**
 * Parts of a page that no first paint shows and that only the site script uses: the search and
 * reset dialogs and the texts of the saved-progress notices. They are the same on every page, yet
 * each page carried them, and a page's first paint waits for every byte of its HTML. This build
 * step takes each element marked `data-page-part` out of every page into one file for the whole
 * site, `_astro/page-parts.<hash>.html` (named by its content), and names that file in the page's
 * `<body data-page-parts>`; the site script fetches it once the page has painted, or at once when
 * a part is wanted sooner, and puts the parts back at the end of `<body>` (site-script.ts).
 *
 * The file is a whole HTML document, so the HTML checker reads it like any page; the parts keep
 * their marker. Pages whose parts differ would get a file each; today every page has the same.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageStep } from './page-step.mjs';
import { edit, elementsOf, hasAttribute, locationOf, parseHtml, writtenElement } from './html.mjs';

/** Marks an element that moves to the site's page-parts file. */
export const PAGE_PART = 'data-page-part';

/**
 * The elements marked PAGE_PART in a page, outermost only, in document order.
 * @param {import('./html.mjs').Document} document
 */
const partsOf = (document) => {
  const marked = elementsOf(document).filter((element) => hasAttribute(element, PAGE_PART));
  return marked.filter((part) => !marked.some((outer) => outer !== part && elementsOf(outer).includes(part)));
};

/** The page-parts document that holds `parts` (their HTML, one after another). @param {string} parts */
export const partsDocument = (parts) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page parts</title></head><body>${parts}</body></html>\n`;

/** The file name of a page-parts document: named by its content. @param {string} document */
export const partsFileName = (document) =>
  `page-parts.${createHash('sha256').update(document).digest('base64url').slice(0, 10)}.html`;

/**
 * A page without its parts, naming the file that holds them, and that file (name and text); the
 * page as it is, and no file, when it has none. Throws, naming the page, when a part has no end
 * tag in the source (its extent would be a guess) or the page has no `<body>` tag to name the file.
 * @param {string} html
 * @param {string} page for the messages
 * @param {import('./html.mjs').Document} [document] the page's parse, when a build step has it
 * @returns {{ html: string, file: { name: string, text: string } | null }}
 */
export function movePageParts(html, page, document = parseHtml(html)) {
  const parts = partsOf(document);
  if (parts.length === 0) return { html, file: null };
  const cuts = parts.map((part) => {
    const { start, end, endTag } = locationOf(part);
    if (!endTag) throw new Error(`${page}: a <${part.tagName} ${PAGE_PART}> has no end tag`);
    return { start, end, text: '' };
  });
  const text = partsDocument(cuts.map(({ start, end }) => html.slice(start, end)).join(''));
  const name = partsFileName(text);
  const body = writtenElement(document, 'body');
  if (!body) throw new Error(`${page}: has page parts but no <body> tag to name their file on`);
  // Right after the tag's name, before the attributes Astro wrote.
  const at = locationOf(body).start + '<body'.length;
  const named = edit(html, [...cuts, { start: at, end: at, text: ` data-page-parts="${name}"` }]);
  return { html: named, file: { name, text } };
}

/** @returns {import('astro').AstroIntegration} */
export const pagePartsInFile = () =>
  pageStep('page-parts-in-file', (html, { distDir, file, document }) => {
    const moved = movePageParts(html, file, document?.());
    if (moved.file) writeFileSync(join(distDir, '_astro', moved.file.name), moved.file.text);
    return moved.html;
  });
