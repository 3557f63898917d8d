// @ts-check
/**
 * Built HTML, read with one parser (parse5) through one set of helpers, for every script that reads
 * or rewrites pages: the build steps of astro.config.mjs (page-step.mjs runs them), the checks over
 * dist/ (budgets, crawl, render path, CSP, the SCORM package) and Lighthouse's page choice.
 *
 * A page is parsed as a browser with scripting on reads it (a `<noscript>` holds text), with source
 * locations, so a step that rewrites a page cuts and splices its text by offset (`edit`) and keeps
 * every byte it does not mean to change: serialising the tree again would rewrite quotes, entities
 * and void tags all over the page.
 */
import { parse, parseFragment } from 'parse5';

/** A tree changed in place is written out again with these (critical-css.mjs's copy of a page for Beasties). */
export { serialize, serializeOuter } from 'parse5';

/** @typedef {import('parse5').DefaultTreeAdapterMap['document']} Document */
/** @typedef {import('parse5').DefaultTreeAdapterMap['element']} Element */
/** @typedef {import('parse5').DefaultTreeAdapterMap['node']} Node */
/** @typedef {import('parse5').DefaultTreeAdapterMap['parentNode']} ParentNode */
/** @typedef {import('parse5').DefaultTreeAdapterMap['childNode']} ChildNode */
/** @typedef {import('parse5').DefaultTreeAdapterMap['template']} Template */
/**
 * A change to a text: the characters from `start` to `end` become `text` (an insertion when both are equal).
 * @typedef {{ start: number, end: number, text: string }} Edit
 */

/** A whole page, with source locations. @param {string} html @returns {Document} */
export const parseHtml = (html) => parse(html, { sourceCodeLocationInfo: true });

/** A part of a page (an island, a start tag), with source locations from its own start. @param {string} html */
export const parseHtmlFragment = (html) => parseFragment(html, { sourceCodeLocationInfo: true });

/** @param {Node} node @returns {node is Element} */
export const isElement = (node) => 'tagName' in node;

/**
 * The value of an element's attribute (character references decoded), or undefined.
 * @param {Element} element
 * @param {string} name
 */
export const attributeOf = (element, name) => element.attrs.find((attribute) => attribute.name === name)?.value;

/** @param {Element} element @param {string} name */
export const hasAttribute = (element, name) => element.attrs.some((attribute) => attribute.name === name);

/** Whether an element's `class` lists `name`. @param {Element} element @param {string} name */
export const hasClass = (element, name) => (attributeOf(element, 'class') ?? '').split(/\s+/).includes(name);

/**
 * A node's children; a `<template>`'s live in its content, not its childNodes.
 * @param {Node} node
 * @param {boolean} [intoTemplates] whether a template's content counts
 * @returns {Node[]}
 */
const childrenOf = (node, intoTemplates = true) => {
  if (!isElement(node) || node.tagName !== 'template') return 'childNodes' in node ? node.childNodes : [];
  return intoTemplates ? /** @type {Template} */ (node).content.childNodes : [];
};

/**
 * Every element under `node` (not `node` itself), in document order, a template's content included
 * unless `intoTemplates` is false (as `querySelectorAll` sees a page).
 * @param {Node} node
 * @param {{ intoTemplates?: boolean }} [options]
 * @returns {Element[]}
 */
export function elementsOf(node, { intoTemplates = true } = {}) {
  /** @type {Element[]} */
  const found = [];
  /** @param {Node} parent */
  const visit = (parent) => {
    for (const child of childrenOf(parent, intoTemplates)) {
      if (!isElement(child)) continue;
      found.push(child);
      visit(child);
    }
  };
  visit(node);
  return found;
}

/** The elements under `node` with this tag name, in document order. @param {Node} node @param {string} tagName */
export const elementsByTag = (node, tagName) => elementsOf(node).filter((element) => element.tagName === tagName);

/**
 * The first element under `node` with this tag name that its source wrote (not one the parser implied).
 * @param {Node} node
 * @param {string} tagName
 */
export const writtenElement = (node, tagName) =>
  elementsByTag(node, tagName).find((element) => element.sourceCodeLocation);

/** An element's text children, joined: a script's or style's code, a title's text. @param {Element} element */
export const textOf = (element) =>
  childrenOf(element)
    .map((child) => ('value' in child && child.nodeName === '#text' ? child.value : ''))
    .join('');

/**
 * Where an element's source sits, for cutting: its whole extent, its start tag, and (when written)
 * its end tag. Throws for an element the parser implied (no source), naming it.
 * @param {Element} element
 */
export function locationOf(element) {
  const location = element.sourceCodeLocation;
  if (!location?.startTag) throw new Error(`<${element.tagName}> has no source location (the parser implied it)`);
  return { start: location.startOffset, end: location.endOffset, startTag: location.startTag, endTag: location.endTag };
}

/**
 * Where one attribute sits in its element's start tag (`name="value"`, from the name to the
 * closing quote); undefined when the element has no such attribute.
 * @param {Element} element
 * @param {string} name
 */
export const attributeLocation = (element, name) => element.sourceCodeLocation?.attrs?.[name];

/**
 * An attribute's value as the source wrote it (character references not decoded), for rewriting
 * it in place; undefined when the element has no such attribute or it has no quoted value.
 * @param {string} html the text the element was parsed from
 * @param {Element} element
 * @param {string} name
 */
export function rawAttribute(html, element, name) {
  const location = attributeLocation(element, name);
  if (!location) return undefined;
  const written = html.slice(location.startOffset, location.endOffset);
  const equals = written.indexOf('=');
  if (equals < 0) return undefined;
  const value = written.slice(equals + 1).trimStart();
  return value.startsWith('"') || value.startsWith("'") ? value.slice(1, -1) : value;
}

/**
 * `text` with each edit made; edits must not overlap (they may come in any order, and two
 * insertions at one offset keep their order).
 * @param {string} text
 * @param {readonly Edit[]} edits
 */
export function edit(text, edits) {
  const ordered = edits
    .map((change, index) => ({ ...change, index }))
    .sort((a, b) => a.start - b.start || a.index - b.index);
  let out = '';
  let at = 0;
  for (const { start, end, text: replacement } of ordered) {
    if (start < at) throw new Error(`overlapping edits at ${start}`);
    out += text.slice(at, start) + replacement;
    at = end;
  }
  return out + text.slice(at);
}

/**
 * Script types the browser runs (none, a JavaScript MIME type, or module); JSON data blocks are
 * not code.
 * @param {Element} script
 */
function runsAsScript(script) {
  const type = (attributeOf(script, 'type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || /^(?:text|application)\/(?:x-)?(?:java|ecma)script$/.test(type);
}

/** The inline scripts under `node` the browser would run, in document order. @param {Node} node */
export const inlineScriptsOf = (node) =>
  elementsByTag(node, 'script').filter((script) => !hasAttribute(script, 'src') && runsAsScript(script));
