// @ts-check
/**
 * First paint without waiting for a stylesheet: a build step (`criticalCss`, in astro.config.mjs
 * before the CSP step, which then hashes the new `<style>`) gives every built page, in its head,
 * the rules of its stylesheets that match an element of that page (Beasties), so the page paints
 * from its own HTML. Each `<link rel="stylesheet">` then loads without blocking: `media="print"`
 * with `data-deferred-css`, which the inline head script (theme-script.js) turns to `all` as soon
 * as the sheet has loaded. The full sheets carry the rules for states that scripts add later (an
 * open menu, a hydrated island's own markup); with scripting off, a `<noscript>` copy of each link
 * loads them the usual way. The sheets themselves are left whole: pages share them and the cache
 * keeps them.
 *
 * Beasties only chooses the rules: it reads a copy of the page as its first paint shows it and the
 * page's own HTML is changed here by string, not re-serialised (Beasties' way to defer a sheet, an
 * `onload` attribute, would be refused by the site's CSP anyway). A page's links may be relative
 * (the SCORM package writes `../../_astro/…`), so each sheet is read from the page's folder.
 */
import Beasties from 'beasties';
import postcss from 'postcss';
import { readFileSync } from 'node:fs';
import { builtFile, pageStep } from './page-step.mjs';
import { attributeOf, edit, elementsByTag, hasAttribute, isElement, locationOf } from './html.mjs';
import { parseHtml, parseHtmlFragment, serialize, serializeOuter, textOf } from './html.mjs';

/** @typedef {import('./html.mjs').Element} Element */

/** Marks a stylesheet link that the head script switches to `media="all"` once it has loaded. */
export const DEFERRED_ATTRIBUTE = 'data-deferred-css';

/** Selectors of the document element or the body itself. */
export const DOCUMENT_RULES = /^\s*(?:html|:root|body)(?![\w-])/;

/** Beasties, reading each sheet the page links from the built site (and nothing outside it). */
class PageBeasties extends Beasties {
  /** @param {import('./page-step.mjs').PagePlace} where */
  constructor(where) {
    super({
      path: where.distDir,
      publicPath: '/',
      // Beasties' HTML is not used (see above), so how it would defer a sheet does not matter.
      pruneSource: false,
      // Font faces: every one of the page's sheets goes inline (below), not only those Beasties
      // sees used: it cannot follow a family named through a custom property (--font-heading).
      inlineFonts: false,
      preloadFonts: false,
      keyframes: 'critical',
      compress: true,
      mergeStylesheets: true,
      // The page's own <style>s (the font faces above, Astro's island style) stay as they are.
      reduceInlineStyles: false,
      allowRules: [DOCUMENT_RULES],
      logLevel: 'warn',
    });
    this.where = where;
  }

  /**
   * @override
   * @param {string} href
   */
  async getCssAsset(href) {
    return readSheet(href, this.where);
  }
}

/** A sheet the page links, read from the built site. @param {string} href @param {import('./page-step.mjs').PagePlace} place */
const readSheet = (href, place) => readFileSync(builtFile(href, place), 'utf8');

/** The stylesheet links of a page, in order. @param {import('./html.mjs').Document} document */
const sheetLinks = (document) =>
  elementsByTag(document, 'link').filter((link) => attributeOf(link, 'rel') === 'stylesheet');

/** The texts of a page's `<style>` elements that have no attributes (as Beasties writes them). @param {string} html */
const bareStyles = (html) =>
  elementsByTag(parseHtml(html), 'style')
    .filter((style) => style.attrs.length === 0)
    .map(textOf);

/** Marks an element that no first paint shows (a glossary popover, the theme menu): see `firstPaintPage`. */
export const AFTER_FIRST_PAINT = 'data-after-first-paint';

/**
 * The states the inline head script can give an element before first paint (progress-marks.ts,
 * theme-script.js): each element that shows one is also there, in the copy Beasties reads, in
 * that state, so the rules for both states are chosen.
 */
/** @type {{ has: string, set: [string, string][] }[]} */
const FIRST_PAINT_STATES = [
  { has: 'data-unit-item', set: [['data-done', '']] },
  {
    has: 'data-module-quiz',
    set: [
      ['data-passed', ''],
      ['data-done', ''],
    ],
  },
  { has: 'data-complete-unit', set: [['aria-pressed', 'true']] },
];

/**
 * Elements `hidden` in the server HTML that the head script may show before first paint: a lab's
 * done marks (progress-marks.ts). Every other `hidden` element waits for a script that runs after
 * the first paint (`[hidden]` is `display: none !important` in global.css: no rule shows one).
 */
const SHOWN_BY_HEAD_SCRIPT = ['data-lab'];

/**
 * The page as its first paint can show it, for choosing the critical rules: scripted (`html.js`),
 * in the dark theme as well as the light one (the light one is the unconditional rules), with
 * storage blocked, and with each progress mark in both its states (above); without closed
 * dialogs, elements marked `data-after-first-paint` (popovers that only a click or hover opens),
 * `hidden` elements but those above, `<noscript>` and `<template>`. Their rules come with the full sheets, long before anyone opens them.
 * @param {string} html
 */
export function firstPaintPage(html) {
  // A parse of its own: this one is changed in place and written out again.
  const document = parseHtml(html);
  /** @param {Element} element @param {string} name @param {string} value */
  const set = (element, name, value) => {
    element.attrs = [...element.attrs.filter((attr) => attr.name !== name), { name, value }];
  };
  /** @param {import('./html.mjs').ParentNode} node */
  const prune = (node) => {
    node.childNodes = node.childNodes.flatMap((/** @type {import('./html.mjs').ChildNode} */ child) => {
      if (!isElement(child)) return /** @type {import('./html.mjs').ChildNode[]} */ ([child]);
      if (child.tagName === 'dialog' && !hasAttribute(child, 'open')) return [];
      if (['noscript', 'template'].includes(child.tagName) || hasAttribute(child, AFTER_FIRST_PAINT)) return [];
      if (hasAttribute(child, 'hidden') && !SHOWN_BY_HEAD_SCRIPT.some((name) => hasAttribute(child, name))) return [];
      prune(child);
      const state = FIRST_PAINT_STATES.find(({ has: name }) => hasAttribute(child, name));
      if (!state) return [child];
      const marked = /** @type {Element} */ (parseHtmlFragment(serializeOuter(child)).childNodes[0]);
      for (const [name, value] of state.set) set(marked, name, value);
      marked.parentNode = child.parentNode;
      return [child, marked];
    });
  };
  prune(document);
  const root = elementsByTag(document, 'html')[0];
  if (root) {
    const classes = root.attrs.find((attr) => attr.name === 'class')?.value ?? '';
    set(root, 'class', `${classes} js no-storage`.trim());
    set(root, 'data-theme', 'dark');
  }
  return serialize(document);
}

/** A selector for a state that only a pointer gives (the first paint has had no pointer over it). */
const POINTER_STATE = /:(?:hover|active)(?![\w-])/;

/**
 * The critical rules without what no first paint on a screen uses: `@media print` blocks (the
 * deferred sheets, `media="print"` while they load, serve printing) and the selectors of states
 * only a pointer gives (`:hover`, `:active`), which come with the sheets. Focus states stay: a
 * page may open with focus on an element (the 404 page's search button).
 * @param {string} css
 */
export function withoutLaterRules(css) {
  const root = postcss.parse(css);
  root.walkAtRules('media', (rule) => {
    if (/^\s*print\s*$/i.test(rule.params)) rule.remove();
  });
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((selector) => !POINTER_STATE.test(selector));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  // A block left without rules goes too.
  root.walkAtRules((rule) => {
    if (rule.nodes && rule.nodes.length === 0) rule.remove();
  });
  return root.toString();
}

/**
 * A stylesheet link that loads without blocking, and as it is with scripting off.
 * @param {string} html
 * @param {import('./html.mjs').Element} link
 * @returns {import('./html.mjs').Edit}
 */
const deferred = (html, link) => {
  const { start, end } = locationOf(link);
  const tag = html.slice(start, end);
  // The start tag without its `>` and a void element's optional ` /`.
  const open = tag.slice(0, -1).replace(/\s*\/$/, '');
  return { start, end, text: `${open} media="print" ${DEFERRED_ATTRIBUTE}><noscript>${tag}</noscript>` };
};

/**
 * The page with its critical CSS inlined and its stylesheet links deferred (see above). `file` is
 * the page's path, for resolving its links and naming it in an error; `base` the site's base path.
 * Beasties chooses the rules on the page as its first paint shows it (`firstPaintPage`); the page
 * itself is changed only by the head's new tags and the links' attributes.
 * @param {string} html
 * @param {{ distDir: string, file: string, base?: string, document?: () => import('./html.mjs').Document }} where
 */
export async function inlineCriticalCss(html, { distDir, file, base = '/', document = () => parseHtml(html) }) {
  const linkElements = sheetLinks(document());
  const links = linkElements.map((link) => attributeOf(link, 'href') ?? '').filter(Boolean);
  if (links.length === 0) return html;
  const where = { distDir, file, base };
  // Every font face of the page's sheets, first: text paints in its own face (or that face's
  // metric-matched fallback) from the first frame, so nothing reflows when the sheets arrive.
  // A font file's address in a sheet is absolute from the site's base, as Astro writes it.
  const fontFaces = [
    ...new Set(links.flatMap((href) => readSheet(href, where).match(/@font-face\s*\{[^}]*\}/g) ?? [])),
  ];
  // No font is preloaded: the first paint needs none (it has the fallback; global.css and the
  // head script's heading-font.ts), and any download before it competes with the page's bytes.
  const page = firstPaintPage(html);
  const stylesBefore = new Set(bareStyles(page));
  const processed = await new PageBeasties(where).process(page);
  const critical = withoutLaterRules(
    bareStyles(processed)
      .filter((css) => !stylesBefore.has(css))
      .join(''),
  );
  const styles = `<style>${fontFaces.join('')}${critical}</style>`;
  const first = locationOf(/** @type {import('./html.mjs').Element} */ (linkElements[0])).start;
  return edit(html, [
    { start: first, end: first, text: styles },
    ...linkElements.filter((link) => !hasAttribute(link, 'media')).map((link) => deferred(html, link)),
  ]);
}

/** @returns {import('astro').AstroIntegration} */
export const criticalCss = () => pageStep('critical-css', inlineCriticalCss);
