// @ts-check
/**
 * What stands between a built page and its first paint, read with an HTML parser (parse5, as a
 * browser with scripting on reads it: a `<noscript>` is text). A page may have:
 *  - no stylesheet link whose `media` lets it apply to the screen while it loads (such a link
 *    blocks rendering; critical-css.mjs inlines what a page needs and defers its sheets with
 *    `media="print"`), anywhere in the page;
 *  - no `<script>` in `<head>` but the inline head script (ThemeScript.astro): the site script
 *    and the islands' scripts belong at the end of `<body>`;
 *  - when it shows saved progress (an element the progress marks set: progress-marks.ts), the head
 *    script that shows it before first paint, not the theme-only one; when it shows the module's
 *    progress (the count, the Continue link, the module-complete panel), the variant with that code.
 * Pure: `renderPathProblems` takes a page's HTML and the head script's three variants and returns
 * one sentence per problem. `render-path.test.ts` runs it over dist/ in `npm test`.
 */
import { attributeOf as attribute, elementsByTag, elementsOf, parseHtml, textOf } from './html.mjs';

/** @typedef {import('./html.mjs').Element} Element */

/**
 * Whether a `media` attribute keeps a stylesheet off the screen: every query in its list is for
 * print or speech only, or negates screen or all. No attribute, `all`, `screen` or a feature query
 * (`(min-width: 60em)`) can apply to a screen.
 * @param {string | undefined} media
 */
export function mediaExcludesScreen(media) {
  if (media === undefined || media.trim() === '') return false;
  return media
    .toLowerCase()
    .split(',')
    .every((query) => /^\s*(?:only\s+)?(?:print|speech)\b/.test(query) || /^\s*not\s+(?:screen|all)\s*$/.test(query));
}

/** The attributes of the elements that show saved progress (progress-marks.ts reads them): the marks, and the module's progress. */
export const MARK_ATTRIBUTES = ['data-unit-item', 'data-lab', 'data-complete-unit'];
export const MODULE_PROGRESS_ATTRIBUTES = ['data-module-quiz', 'data-progress-summary', 'data-continue'];

/**
 * The reasons this page's first paint waits for something other than its own HTML, or shows
 * something other than the learner's progress.
 * @param {string} html
 * @param {{ theme: string, marks: string, module: string }} headScripts the inline head script's three variants, exactly as pages carry them
 * @returns {string[]}
 */
export function renderPathProblems(html, headScripts) {
  const document = parseHtml(html);
  const head = elementsByTag(document, 'head')[0];
  /** @type {string[]} */
  const problems = [];
  const line = (/** @type {Element} */ element) => element.sourceCodeLocation?.startLine ?? 0;
  const elements = elementsOf(document);
  for (const element of elements) {
    if (element.tagName !== 'link') continue;
    const rel = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet') && !rel.includes('alternate') && !mediaExcludesScreen(attribute(element, 'media')))
      problems.push(
        `line ${line(element)}: the stylesheet ${attribute(element, 'href')} blocks rendering (its media "${attribute(element, 'media') ?? ''}" does not exclude the screen)`,
      );
  }
  if (!head) return [...problems, 'the page has no <head>'];
  /** @type {string[]} */
  const headTexts = [];
  for (const element of elementsOf(head)) {
    if (element.tagName !== 'script') continue;
    const text = textOf(element);
    const src = attribute(element, 'src');
    if (src !== undefined) problems.push(`line ${line(element)}: the script ${src} is in <head>`);
    else if (![headScripts.theme, headScripts.marks, headScripts.module].includes(text))
      problems.push(
        `line ${line(element)}: an inline script in <head> that is not the head script (${text.slice(0, 40)}…)`,
      );
    else headTexts.push(text);
  }
  const showing = (/** @type {string[]} */ names) =>
    elements.find((element) => element.attrs.some((attr) => names.includes(attr.name)));
  const module = showing(MODULE_PROGRESS_ATTRIBUTES);
  const mark = showing(MARK_ATTRIBUTES);
  if (module && !headTexts.includes(headScripts.module))
    problems.push(
      `line ${line(module)}: the page shows the module's progress (<${module.tagName}>) but its head script lacks that code (BaseLayout's moduleProgress)`,
    );
  else if (mark && !headTexts.includes(headScripts.marks) && !headTexts.includes(headScripts.module))
    problems.push(
      `line ${line(mark)}: the page shows saved progress (<${mark.tagName}>) but its head script lacks the progress marks (BaseLayout's progressMarks)`,
    );
  return problems;
}
