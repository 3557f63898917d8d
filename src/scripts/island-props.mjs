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
import { parseFragment } from 'parse5';
import { pageStep } from './page-step.mjs';

/** Props attributes from this many characters (as written in the HTML) go to a file of their own. */
export const PROPS_IN_FILE_FROM = 16_000;

/** Each island of a page, whole (no island of this site is inside another). */
const ISLAND = /<astro-island\b[^>]*>[\s\S]*?<\/astro-island>/g;

/**
 * The props of one island start tag, as JSON text, read by an HTML parser (the attribute's
 * character references decoded); null when the tag has no props attribute.
 * @param {string} tag
 */
export function propsOf(tag) {
  const fragment = parseFragment(`${tag}</astro-island>`);
  const element = fragment.childNodes[0];
  const props = element && 'attrs' in element ? element.attrs.find((attribute) => attribute.name === 'props') : undefined;
  return props ? props.value : null;
}

/** @typedef {import('parse5').DefaultTreeAdapterMap['element']} Element */
/** @typedef {import('parse5').DefaultTreeAdapterMap['parentNode']} ParentNode */

/** @param {Element} element @param {string} name */
const attributeOf = (element, name) => element.attrs.find((attribute) => attribute.name === name)?.value;

/**
 * One island (its whole HTML) without the slots its server HTML hides, and those slots' HTML by
 * name (`default` for the unnamed one), read by an HTML parser; the island's text is otherwise
 * kept byte for byte.
 * @param {string} island
 * @returns {{ island: string, slots: Record<string, string> }}
 */
export function withoutHiddenSlots(island) {
  /** @type {Record<string, string>} */
  const slots = {};
  /** @type {[number, number][]} */
  const cuts = [];
  /** @param {ParentNode} node @param {boolean} hidden */
  const visit = (node, hidden) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const location = child.sourceCodeLocation;
      if (child.tagName === 'astro-slot' && hidden && location?.startTag && location.endTag) {
        slots[attributeOf(child, 'name') ?? 'default'] = island.slice(location.startTag.endOffset, location.endTag.startOffset);
        cuts.push([location.startOffset, location.endOffset]);
      } else visit(child, hidden || attributeOf(child, 'hidden') !== undefined);
    }
  };
  const [root] = parseFragment(island, { sourceCodeLocationInfo: true }).childNodes;
  if (root && 'tagName' in root) visit(root, false);
  const kept = cuts.reduceRight((text, [start, end]) => text.slice(0, start) + text.slice(end), island);
  return { island: kept, slots };
}

/**
 * A page with its large island props moved out: the new HTML and the files to write beside it
 * (name -> JSON text). Throws, naming the page, when props do not parse as JSON: the island would
 * not hydrate, so the build must not ship it.
 * @param {string} html
 * @param {string} page the page's path from the build's folder, for the file names and messages
 * @returns {{ html: string, files: Map<string, string> }}
 */
export function moveIslandProps(html, page) {
  /** @type {Map<string, string>} */
  const files = new Map();
  const moved = html.replace(ISLAND, (whole) => {
    const tag = /^<astro-island\b[^>]*>/.exec(whole)?.[0] ?? '';
    const attribute = /\sprops="([^"]*)"/.exec(tag);
    if (!attribute || (attribute[1] ?? '').length < PROPS_IN_FILE_FROM) return whole;
    const json = propsOf(tag) ?? '';
    try {
      JSON.parse(json);
    } catch (error) {
      throw new Error(`${page}: an island's props are not JSON (${error instanceof Error ? error.message : error})`);
    }
    const { island, slots } = withoutHiddenSlots(whole);
    const file = `{"props":${json},"slots":${JSON.stringify(slots)}}`;
    const name = `island-props.${createHash('sha256').update(page).update('\0').update(file).digest('base64url').slice(0, 10)}.json`;
    files.set(name, file);
    return island.replace(attribute[0], ` props-url="${name}"`);
  });
  return { html: moved, files };
}

/** @returns {import('astro').AstroIntegration} */
export const islandPropsInFiles = () =>
  pageStep('island-props-in-files', (html, { distDir, file }) => {
    const { html: moved, files } = moveIslandProps(html, relative(distDir, file));
    for (const [name, json] of files) writeFileSync(join(dirname(file), name), json);
    return moved;
  });
