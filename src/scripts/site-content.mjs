// @ts-check
/**
 * What the built lessons hold, read with an HTML parser (parse5), for the content checks of
 * `site-crawl.test.ts` (issue 15):
 *  - the length of a unit's core: the words of its article prose (`article .prose`) outside the
 *    parts a learner reads apart from it (PROSE_EXCLUDED: "Go deeper", the checklist, the lab,
 *    the quiz, "Learn more");
 *  - the links of a unit's "Learn more" section;
 *  - every external (http, https or protocol-relative) link of a page, with what a new tab needs
 *    (target, rel) and the text that tells a screen reader so.
 * Pure functions over HTML text; no regular expression reads the markup.
 */
import { attributeOf, elementsOf, isElement, parseHtml } from './html.mjs';

export { attributeOf, parseHtml };

/** @typedef {import('./html.mjs').Element} Element */
/** @typedef {import('./html.mjs').Node} Node */
/** What an element must be: its tag, a class it has, an attribute it has (every given part must hold). */
/** @typedef {{ tag?: string, className?: string, attribute?: string }} Pattern */

/** The element that holds a unit's lesson text: the MDX content in the unit page's article. */
export const PROSE = { selector: 'article .prose', tag: 'article', className: 'prose' };

/**
 * The parts of a unit's prose its core word count leaves out, each with the selector that finds
 * it in the built page and the component that renders it.
 */
export const PROSE_EXCLUDED = [
  {
    part: 'Go deeper',
    selector: '[data-go-deeper]',
    attribute: 'data-go-deeper',
    from: 'src/components/lesson/GoDeeper.astro',
  },
  {
    part: 'checklist',
    selector: 'section.checklist',
    tag: 'section',
    className: 'checklist',
    from: 'src/components/lesson/ChecklistIsland.tsx',
  },
  {
    part: 'lab',
    selector: '.sim-slot',
    className: 'sim-slot',
    from: 'src/components/sim/SimulatorSlot.astro (the simulator and its no-JavaScript figure)',
  },
  {
    part: 'lab figure',
    selector: 'figure.sim-figure',
    tag: 'figure',
    className: 'sim-figure',
    from: 'src/components/sim/SimulatorFigure.astro',
  },
  {
    part: 'quiz',
    selector: 'section.quiz',
    tag: 'section',
    className: 'quiz',
    from: 'src/components/quiz/Quiz.astro (quick checks and lab tasks)',
  },
  {
    part: 'Learn more',
    selector: '[data-learn-more]',
    attribute: 'data-learn-more',
    from: 'src/components/lesson/LearnMore.astro',
  },
  {
    part: 'On this page',
    selector: 'nav.on-this-page',
    tag: 'nav',
    className: 'on-this-page',
    from: 'src/components/lesson/OnThisPage.astro (headings listed again)',
  },
  {
    part: 'glossary definitions',
    selector: 'span.term-popover',
    tag: 'span',
    className: 'term-popover',
    from: "src/components/lesson/Term.astro (the glossary's words, shown on demand)",
  },
  {
    part: "a diagram's phone drawing",
    selector: 'svg.diagram__narrow',
    tag: 'svg',
    className: 'diagram__narrow',
    from: 'src/components/lesson/diagrams/DiagramSvg.astro (the wide drawing, stacked: its words count once)',
  },
];

/** Elements whose text no reader sees as text: code to run, templates, and screen-reader-only text. */
export const UNSEEN = [
  { tag: 'script' },
  { tag: 'style' },
  { tag: 'template' },
  { tag: 'noscript' },
  { className: 'visually-hidden' },
];

/**
 * Elements that sit inside a line of text; every other element's edges separate words, so that
 * `<li>a</li><li>b</li>` is two words even without white space between the tags.
 */
export const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/** A word: a run of characters without white space that holds at least one letter or digit ("co-management", "1,300", "(Intune)"). */
const WORD = /[\p{L}\p{N}]/u;

/** @param {Element} element */
const classesOf = (element) => (attributeOf(element, 'class') ?? '').split(/\s+/).filter(Boolean);

/**
 * Whether an element matches a `{ tag, className, attribute }` pattern (every given part must hold).
 * @param {Node} node
 * @param {Pattern} pattern
 */
export function matches(node, pattern) {
  if (!isElement(node)) return false;
  if (pattern.tag !== undefined && node.tagName !== pattern.tag) return false;
  if (pattern.className !== undefined && !classesOf(node).includes(pattern.className)) return false;
  if (pattern.attribute !== undefined && attributeOf(node, pattern.attribute) === undefined) return false;
  return true;
}

/**
 * Every element under `node` (not `node` itself) that matches `pattern`, in document order; a
 * template's content is not the page's (as `querySelectorAll` sees it).
 * @param {Node} node
 * @param {Pattern} pattern
 */
export const findAll = (node, pattern) =>
  elementsOf(node, { intoTemplates: false }).filter((element) => matches(element, pattern));

/**
 * The prose element of a unit page: `.prose` inside `<article>`; null when the page has none.
 * @param {Node} document
 */
export function proseOf(document) {
  for (const article of findAll(document, { tag: 'article' })) {
    const prose = findAll(article, { className: PROSE.className })[0];
    if (prose) return prose;
  }
  return null;
}

/**
 * The text of `node` as a reader sees it, leaving out the elements that match any of `skip`
 * (and UNSEEN), with a space at the edges of every element that is not INLINE.
 * @param {Node} node
 * @param {readonly Pattern[]} [skip]
 */
export function visibleText(node, skip = []) {
  /** @type {string[]} */
  const parts = [];
  /** @param {Node} current */
  const visit = (current) => {
    for (const child of 'childNodes' in current ? current.childNodes : []) {
      if (child.nodeName === '#text' && 'value' in child) parts.push(child.value);
      else if (isElement(child)) {
        if ([...UNSEEN, ...skip].some((pattern) => matches(child, pattern))) {
          parts.push(' ');
          continue;
        }
        const block = !INLINE.has(child.tagName);
        if (block) parts.push(' ');
        visit(child);
        if (block) parts.push(' ');
      }
    }
  };
  visit(node);
  return parts.join('');
}

/** The number of words in a text (see WORD). @param {string} text */
export const countWords = (text) => text.split(/\s+/).filter((token) => WORD.test(token)).length;

/**
 * The words of a unit's core: its article prose outside PROSE_EXCLUDED. Null when the page has no
 * article prose (then it is no unit page).
 * @param {string} html
 */
export function coreWords(html) {
  const prose = proseOf(parseHtml(html));
  return prose ? countWords(visibleText(prose, PROSE_EXCLUDED)) : null;
}

/**
 * The `href`s of the links inside a page's "Learn more" sections, in order.
 * @param {string} html
 * @returns {string[]}
 */
export function learnMoreLinks(html) {
  return findAll(parseHtml(html), { attribute: 'data-learn-more' }).flatMap((section) =>
    findAll(section, { tag: 'a' })
      .map((link) => attributeOf(link, 'href'))
      .filter((href) => href !== undefined),
  );
}

/** Whether an address leaves the site: http(s), any case, or protocol-relative. @param {string} href */
export const isExternal = (href) => /^(?:https?:)?\/\//i.test(href.trim());

/**
 * Every external link (`<a>` or `<area>` with an http, https or protocol-relative `href`) of a
 * page: its address, `target`, `rel` tokens, and the text of its visually hidden parts (what a
 * screen reader hears besides the visible name).
 * @param {string} html
 */
export function externalLinks(html) {
  const document = parseHtml(html);
  return [...findAll(document, { tag: 'a' }), ...findAll(document, { tag: 'area' })]
    .filter((link) => isExternal(attributeOf(link, 'href') ?? ''))
    .map((link) => ({
      // Never empty: only an external address gets here.
      href: attributeOf(link, 'href') ?? '',
      target: attributeOf(link, 'target'),
      rel: (attributeOf(link, 'rel') ?? '').split(/\s+/).filter(Boolean),
      hiddenText: findAll(link, { className: 'visually-hidden' })
        .map((hidden) => visibleText(hidden))
        .join(''),
    }));
}

/**
 * Problems of one external link as a new-tab link (empty when it is sound), each a phrase.
 * @param {{ target?: string, rel: string[], hiddenText: string }} link
 * @param {string} [say] what the visually hidden text must say
 */
export function newTabProblems(link, say = ' (opens in a new tab)') {
  /** @type {string[]} */
  const problems = [];
  if (link.target !== '_blank')
    problems.push(`target is ${link.target === undefined ? 'missing' : `"${link.target}"`}, not "_blank"`);
  if (!link.rel.includes('noopener')) problems.push(`rel "${link.rel.join(' ')}" lacks noopener`);
  if (link.hiddenText.trim() !== say.trim())
    problems.push(`screen-reader text is "${link.hiddenText.trim()}", not "${say.trim()}"`);
  return problems;
}
