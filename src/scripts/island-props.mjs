// @ts-check
/**
 * An island's props are what it needs to hydrate, not what the page needs to paint, yet Astro
 * writes them into the page as an attribute, where the first paint waits for every byte of them.
 * This build step moves the props of each island whose attribute is at least PROPS_IN_FILE_FROM
 * characters into a file beside its page (`island-props.<hash>.json`, named by its content and the
 * page) and names it in a `props-url` attribute; our island element (island-element.js) fetches it
 * with the island's code and hydrates with exactly what the attribute held. The knowledge check's
 * quiz (about 39 KB of props), the self-assessment's bank (about 170 KB) and each scenario page's
 * lab (16 to 32 KB) are moved; the smaller props of a unit's quick check and lab stay inline.
 *
 * A slot of such an island that its server HTML hides (inside an element with `hidden`: a quiz's
 * result, shown only once answers are checked) goes into the same file: no first paint shows it,
 * and the island passes it to its component as it would the slot it finds in the page. The file is
 * `{"props": <what the attribute held>, "slots": {<name>: <the slot's HTML>}}`.
 *
 * The file sits in the page's own folder, so a relative address reaches it from the page, and the
 * SCORM package rewrites the addresses in it for that folder (scorm-package.mjs, `rewriteJson`).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pageStep } from './page-step.mjs';
import { attributeLocation, attributeOf, edit, elementsByTag, elementsOf, hasAttribute, isElement } from './html.mjs';
import { parseHtml, parseHtmlFragment, rawAttribute } from './html.mjs';

/** @typedef {import('./html.mjs').Element} Element */
/** @typedef {import('./html.mjs').Edit} Edit */

/** Props attributes from this many characters (as written in the HTML) go to a file of their own. */
export const PROPS_IN_FILE_FROM = 16_000;

/**
 * The props of one island start tag, as JSON text, read by an HTML parser (the attribute's
 * character references decoded); null when the tag has no props attribute.
 * @param {string} tag
 */
export function propsOf(tag) {
  const [element] = elementsOf(parseHtmlFragment(`${tag}</astro-island>`));
  return element ? (attributeOf(element, 'props') ?? null) : null;
}

/**
 * The slots of an island that its server HTML hides (inside an element with `hidden`), each as
 * its HTML by name (`default` for the unnamed one) and the cut that takes it out of the page.
 * @param {string} html the page
 * @param {Element} island
 * @returns {{ slots: Record<string, string>, cuts: Edit[] }}
 */
export function hiddenSlots(html, island) {
  /** @type {Record<string, string>} */
  const slots = {};
  /** @type {Edit[]} */
  const cuts = [];
  /** @param {Element} node @param {boolean} hidden */
  const visit = (node, hidden) => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      const location = child.sourceCodeLocation;
      if (child.tagName === 'astro-slot' && hidden && location?.startTag && location.endTag) {
        const name = attributeOf(child, 'name') ?? 'default';
        slots[name] = html.slice(location.startTag.endOffset, location.endTag.startOffset);
        cuts.push({ start: location.startOffset, end: location.endOffset, text: '' });
      } else visit(child, hidden || hasAttribute(child, 'hidden'));
    }
  };
  visit(island, false);
  return { slots, cuts };
}

/**
 * A page with its large island props moved out: the new HTML and the files to write beside it
 * (name -> JSON text). Throws, naming the page, when props do not parse as JSON: the island would
 * not hydrate, so the build must not ship it.
 * @param {string} html
 * @param {string} page the page's path from the build's folder, for the file names and messages
 * @param {import('./html.mjs').Document} [document] the page's parse, when a build step has it
 * @returns {{ html: string, files: Map<string, string> }}
 */
export function moveIslandProps(html, page, document = parseHtml(html)) {
  /** @type {Map<string, string>} */
  const files = new Map();
  /** @type {Edit[]} */
  const edits = [];
  for (const island of elementsByTag(document, 'astro-island')) {
    const written = rawAttribute(html, island, 'props');
    const location = attributeLocation(island, 'props');
    if (written === undefined || !location || written.length < PROPS_IN_FILE_FROM) continue;
    const json = attributeOf(island, 'props') ?? '';
    try {
      JSON.parse(json);
    } catch (error) {
      throw new Error(`${page}: an island's props are not JSON (${error instanceof Error ? error.message : error})`);
    }
    const { slots, cuts } = hiddenSlots(html, island);
    const file = `{"props":${json},"slots":${JSON.stringify(slots)}}`;
    const name = `island-props.${createHash('sha256').update(page).update('\0').update(file).digest('base64url').slice(0, 10)}.json`;
    files.set(name, file);
    edits.push({ start: location.startOffset, end: location.endOffset, text: `props-url="${name}"` }, ...cuts);
  }
  return { html: edits.length === 0 ? html : edit(html, edits), files };
}

/** @returns {import('astro').AstroIntegration} */
export const islandPropsInFiles = () =>
  pageStep('island-props-in-files', (html, { distDir, file, document }) => {
    const { html: moved, files } = moveIslandProps(html, relative(distDir, file), document?.());
    for (const [name, json] of files) writeFileSync(join(dirname(file), name), json);
    return moved;
  });
