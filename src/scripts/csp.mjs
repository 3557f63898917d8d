// @ts-check
/**
 * The site's Content-Security-Policy. The site is static (any static host, and an LMS package), so
 * the policy cannot be a response header: a build step (`cspIntegration`, used by
 * astro.config.mjs) writes it into every built page as a `<meta http-equiv>` right after
 * `<meta charset>`, before any script or style, so it governs everything on the page.
 *
 *  - script-src: 'self' (the bundled modules, Pagefind's script and worker), the SHA-256 hash of
 *    each inline script on that page (the theme script, Astro's island bootstrap) and
 *    'wasm-unsafe-eval' (Pagefind compiles its WASM in its worker, which the page's policy does
 *    not cover, or in the page when the worker cannot start); no 'unsafe-inline' or 'unsafe-eval';
 *  - style-src: 'self' and the hash of each `<style>` element on that page (Astro's island style);
 *    so `style="..."` attributes in the HTML would be refused: the build fails on one, as it does
 *    on an inline event handler (`onclick="..."`), naming the page. Styles a script sets through
 *    the DOM (`element.style.top = ...`, as Preact does) are not affected;
 *  - everything else from 'self' (default-src), no plugins, no <base> or form posts elsewhere.
 *
 * Astro's own `experimental.csp` was not used: it leaves `is:inline` scripts (the theme script)
 * unhashed and writes its meta at the end of <head>, after that script.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { attributeLocation, attributeOf, edit, elementsByTag, elementsOf } from './html.mjs';
import { inlineScriptsOf, locationOf, parseHtml, textOf, writtenElement } from './html.mjs';
import { forgetPage, htmlFiles, pageDocument } from './page-step.mjs';

/** @typedef {import('./html.mjs').Document} Document */

/** The directives besides script-src and style-src, the same on every page. */
export const FIXED_DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"];

/** `'sha256-…'` of a script's or style's text, as the browser hashes it (UTF-8, as written). @param {string} text */
export const cspHash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The inline scripts the browser would run and the `<style>` elements under a parsed node: their
 * texts, in document order.
 * @param {import('./html.mjs').Node} node
 */
export function inlineCodeOf(node) {
  return { scripts: inlineScriptsOf(node).map(textOf), styles: elementsByTag(node, 'style').map(textOf) };
}

/** The inline scripts the browser would run and the `<style>` elements of a page: their texts. @param {string} html */
export const inlineCode = (html) => inlineCodeOf(parseHtml(html));

/** The policy of a page with these inline scripts and styles. @param {{ scripts: string[], styles: string[] }} code */
export function policyFor({ scripts, styles }) {
  const hashes = (/** @type {string[]} */ texts) => [...new Set(texts.map(cspHash))].map((hash) => ` ${hash}`).join('');
  return [
    FIXED_DIRECTIVES[0],
    `script-src 'self' 'wasm-unsafe-eval'${hashes(scripts)}`,
    `style-src 'self'${hashes(styles)}`,
    ...FIXED_DIRECTIVES.slice(1),
  ].join('; ');
}

/**
 * What the policy would refuse in a page's markup: `style` attributes and inline event handlers
 * (`onclick`...), each as `<tag attribute="value">`.
 * @param {string} html
 * @param {Document} [document] the page's parse
 */
export function blockedAttributes(html, document = parseHtml(html)) {
  return elementsOf(document).flatMap((element) =>
    element.attrs
      .filter(({ name }) => /^(?:style|on\w+)$/i.test(name))
      .map(({ name }) => {
        const location = attributeLocation(element, name);
        return `<${element.tagName} ${location ? html.slice(location.startOffset, location.endOffset) : name}>`;
      }),
  );
}

/** The page's Content-Security-Policy meta tags. @param {Document} document */
const cspMetas = (document) =>
  elementsByTag(document, 'meta').filter(
    (meta) => attributeOf(meta, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );

/**
 * Where the policy goes: right after a bare `<meta charset="utf-8">`, else after the `<head>` tag.
 * @param {Document} document
 */
function policyPlace(document) {
  const charset = elementsByTag(document, 'meta').find(
    (meta) => meta.attrs.length === 1 && attributeOf(meta, 'charset')?.toLowerCase() === 'utf-8',
  );
  if (charset) return locationOf(charset).end;
  const head = writtenElement(document, 'head');
  return head ? locationOf(head).startTag.endOffset : undefined;
}

/**
 * The page with its policy: a `<meta http-equiv="content-security-policy">` right after
 * `<meta charset>` (else right after `<head>`). Throws when the page has no <head>, already has a
 * policy, or has markup the policy would refuse.
 * @param {string} html
 * @param {string} [label] the page, for the messages
 * @param {Document} [document] the page's parse
 */
export function withCsp(html, label = 'page', document = parseHtml(html)) {
  if (cspMetas(document).length > 0) throw new Error(`${label}: already has a Content-Security-Policy meta tag`);
  const blocked = blockedAttributes(html, document);
  if (blocked.length > 0) {
    throw new Error(
      `${label}: the Content-Security-Policy would refuse ${blocked.length} inline style or event handler attribute(s), e.g. ${blocked.slice(0, 3).join(' ')}; use a class (or set the style from a script through element.style)`,
    );
  }
  const at = policyPlace(document);
  if (at === undefined) throw new Error(`${label}: no <head> to hold the Content-Security-Policy`);
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(inlineCodeOf(document))}">`;
  return html.slice(0, at) + meta + html.slice(at);
}

/**
 * The page with its policy written again for its inline code as it is now, for a step that changes
 * that code after the build (the SCORM package rewrites the base in inline styles' font addresses).
 * A page without a policy is returned as it is.
 * @param {string} html
 * @param {string} [label] the page, for the messages
 */
export function withFreshCsp(html, label = 'page') {
  const metas = cspMetas(parseHtml(html));
  if (metas.length === 0) return html;
  return withCsp(
    edit(
      html,
      metas.map((meta) => ({ ...locationOf(meta), text: '' })),
    ),
    label,
  );
}

/**
 * What is wrong with a built page's policy, if anything: not exactly one meta tag, a script or
 * style before it, or an inline script or style whose hash it lacks. (package-scorm.mjs runs it
 * again after rewriting the package's URLs.)
 * @param {string} html
 */
export function cspProblems(html) {
  const document = parseHtml(html);
  const metas = cspMetas(document);
  const [meta] = metas;
  if (metas.length !== 1 || !meta) return [`${metas.length} Content-Security-Policy meta tags`];
  const problems = [];
  const policyStart = locationOf(meta).start;
  const early = elementsOf(document).some(
    (element) => ['script', 'style', 'link'].includes(element.tagName) && locationOf(element).start < policyStart,
  );
  if (early) problems.push('a script, style or stylesheet comes before the policy');
  const content = attributeOf(meta, 'content') ?? '';
  /** @param {string} name */
  const directive = (name) =>
    content
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `)) ?? '';
  const { scripts, styles } = inlineCodeOf(document);
  /** @type {[string, string[]][]} */
  const sources = [
    ['script-src', scripts],
    ['style-src', styles],
  ];
  for (const [name, texts] of sources) {
    const allowed = directive(name).split(/\s+/);
    for (const text of texts) {
      if (!allowed.includes(cspHash(text)))
        problems.push(`${name} lacks ${cspHash(text)} for ${JSON.stringify(text.slice(0, 60))}`);
    }
  }
  return problems;
}

/**
 * Adds the policy to every page of the build (`astro:build:done`), before Pagefind indexes it and
 * before the LMS package rewrites its URLs.
 * @returns {import('astro').AstroIntegration}
 */
export function cspIntegration() {
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = htmlFiles(root);
        await Promise.all(
          files.map(async (file) => {
            const label = file.slice(root.length);
            const html = await readFile(file, 'utf8');
            // The last step: the page's parse from the steps before (page-step.mjs) is used, then let go.
            const withPolicy = withCsp(html, label, pageDocument(file, html));
            forgetPage(file);
            await writeFile(file, withPolicy);
          }),
        );
        logger.info(`Content-Security-Policy written into ${files.length} pages`);
      },
    },
  };
}
