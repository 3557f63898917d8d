// @ts-check
/**
 * The crawl's check for a space before punctuation (site-crawl.mjs): the text of a page as it
 * shows on screen, read with the element patterns of site-content.mjs. Pure, over parsed HTML.
 */
import { isElement } from './html.mjs';
import { INLINE, UNSEEN, matches } from './site-content.mjs';

/** @typedef {import('./html.mjs').Node} Node */

/** Elements whose characters are not prose (code, keys to press): each reads as one token. */
const TOKENS = new Set(['code', 'kbd', 'samp']);
/** What sits in a line of text on screen besides INLINE's elements (a glossary term is a button). */
const IN_LINE = new Set([...INLINE, 'button', 'label', 'output', 'img', 'svg']);
/** What the page does not show until asked: hidden parts and popovers (a glossary definition). */
const NOT_SHOWN = [...UNSEEN, { attribute: 'hidden' }, { attribute: 'popover' }];
/** A space before a comma, full stop, colon, semicolon, mark or closing bracket, or after an opening one. */
const SPACED_PUNCTUATION = /\S\s+[,.;:!?)](?=\s|$)|\(\s+\S/g;

/**
 * Where a page shows a space before punctuation ("attach , Service", "( 7 min)"), each with the
 * words around it. That is what a line break inside a template renders as: white space in Astro's
 * markup is text, and a formatter that breaks a line there puts a space on the page.
 * @param {Node} node
 */
export function spacedPunctuation(node) {
  /** @type {string[]} */
  const parts = [];
  /** @param {Node} current */
  const visit = (current) => {
    for (const child of 'childNodes' in current ? current.childNodes : []) {
      if (child.nodeName === '#text' && 'value' in child) parts.push(child.value);
      else if (!isElement(child) || NOT_SHOWN.some((pattern) => matches(child, pattern))) continue;
      else if (TOKENS.has(child.tagName)) parts.push('x');
      else {
        const block = !IN_LINE.has(child.tagName);
        if (block) parts.push('\n');
        visit(child);
        if (block) parts.push('\n');
      }
    }
  };
  visit(node);
  const text = parts.join('').replace(/\s+/g, ' ');
  // Each with two words either side.
  return [...text.matchAll(SPACED_PUNCTUATION)].map((match) => {
    const before = text.slice(0, match.index).split(' ').slice(-2).join(' ');
    const after = text
      .slice(match.index + match[0].length)
      .split(' ')
      .slice(0, 3)
      .join(' ');
    return `${before}${match[0]}${after}`.trim();
  });
}
