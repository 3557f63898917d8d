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
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The directives besides script-src and style-src, the same on every page. */
export const FIXED_DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"];

/** `'sha256-…'` of a script's or style's text, as the browser hashes it (UTF-8, as written). */
export const cspHash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Script types the browser runs (no type, a JavaScript MIME type, or module); JSON data blocks are not. */
const runnable = (attributes) => {
  const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
  return value === '' || value === 'module' || /^(?:text|application)\/(?:x-)?(?:java|ecma)script$/.test(value);
};

/**
 * Comments, and script and style elements with their text, in document order (the text of a
 * script or style ends at the first `</script` or `</style`, as in an HTML parser).
 */
const RAW = /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;

/** The inline scripts the browser would run and the `<style>` elements of a page: their texts. */
export function inlineCode(html) {
  const scripts = [];
  const styles = [];
  for (const [whole, tag, attributes = '', text = ''] of html.matchAll(RAW)) {
    if (whole.startsWith('<!--')) continue;
    if (tag.toLowerCase() === 'style') styles.push(text);
    else if (!/\ssrc\s*=/i.test(attributes) && runnable(attributes)) scripts.push(text);
  }
  return { scripts, styles };
}

/** The policy of a page with these inline scripts and styles. */
export function policyFor({ scripts, styles }) {
  const hashes = (texts) => [...new Set(texts.map(cspHash))].map((hash) => ` ${hash}`).join('');
  return [
    FIXED_DIRECTIVES[0],
    `script-src 'self' 'wasm-unsafe-eval'${hashes(scripts)}`,
    `style-src 'self'${hashes(styles)}`,
    ...FIXED_DIRECTIVES.slice(1),
  ].join('; ');
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /\s([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/**
 * What the policy would refuse in a page's markup: `style` attributes and inline event handlers
 * (`onclick`...), each as `<tag attribute="value">`.
 */
export function blockedAttributes(html) {
  const markup = html.replace(RAW, (_, tag, attributes) => (tag ? `<${tag}${attributes}>` : ''));
  const found = [];
  for (const [, tag, attributes = ''] of markup.matchAll(TAG)) {
    for (const [attribute, name = ''] of attributes.matchAll(ATTRIBUTE)) {
      if (/^(?:style|on\w+)$/i.test(name)) found.push(`<${tag}${attribute}>`);
    }
  }
  return found;
}

const CSP_META = /<meta\s+http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi;

/**
 * The page with its policy: a `<meta http-equiv="content-security-policy">` right after
 * `<meta charset>` (else right after `<head>`). Throws when the page has no <head>, already has a
 * policy, or has markup the policy would refuse.
 */
export function withCsp(html, label = 'page') {
  if ((html.match(CSP_META) ?? []).length > 0) throw new Error(`${label}: already has a Content-Security-Policy meta tag`);
  const blocked = blockedAttributes(html);
  if (blocked.length > 0) {
    throw new Error(
      `${label}: the Content-Security-Policy would refuse ${blocked.length} inline style or event handler attribute(s), e.g. ${blocked.slice(0, 3).join(' ')}; use a class (or set the style from a script through element.style)`,
    );
  }
  const anchor = /<meta\s+charset\s*=\s*["']?utf-8["']?\s*\/?>/i.exec(html) ?? /<head\b[^>]*>/i.exec(html);
  if (!anchor) throw new Error(`${label}: no <head> to hold the Content-Security-Policy`);
  const at = anchor.index + anchor[0].length;
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(inlineCode(html))}">`;
  return html.slice(0, at) + meta + html.slice(at);
}

/**
 * The page with its policy written again for its inline code as it is now, for a step that changes
 * that code after the build (the SCORM package rewrites the base in inline styles' font addresses).
 * A page without a policy is returned as it is.
 */
export function withFreshCsp(html, label = 'page') {
  if ((html.match(CSP_META) ?? []).length === 0) return html;
  return withCsp(html.replace(CSP_META, ''), label);
}

/**
 * What is wrong with a built page's policy, if anything: not exactly one meta tag, a script or
 * style before it, or an inline script or style whose hash it lacks. (package-scorm.mjs runs it
 * again after rewriting the package's URLs.)
 */
export function cspProblems(html) {
  const metas = [...html.matchAll(CSP_META)];
  if (metas.length !== 1) return [`${metas.length} Content-Security-Policy meta tags`];
  const [meta] = metas;
  const problems = [];
  const before = html.slice(0, meta.index);
  if (/<(?:script|style|link)\b/i.test(before)) problems.push('a script, style or stylesheet comes before the policy');
  const content = /content\s*=\s*"([^"]*)"/i.exec(meta[0])?.[1] ?? '';
  const directive = (name) => content.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${name} `)) ?? '';
  const { scripts, styles } = inlineCode(html);
  for (const [name, texts] of [['script-src', scripts], ['style-src', styles]]) {
    const allowed = directive(name).split(/\s+/);
    for (const text of texts) {
      if (!allowed.includes(cspHash(text))) problems.push(`${name} lacks ${cspHash(text)} for ${JSON.stringify(text.slice(0, 60))}`);
    }
  }
  return problems;
}

async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(path);
      return entry.name.endsWith('.html') ? [path] : [];
    }),
  );
  return nested.flat();
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
        const files = await htmlFiles(root);
        await Promise.all(
          files.map(async (file) => {
            const label = file.slice(root.length);
            await writeFile(file, withCsp(await readFile(file, 'utf8'), label));
          }),
        );
        logger.info(`Content-Security-Policy written into ${files.length} pages`);
      },
    },
  };
}
