// @ts-check
/**
 * An integration that puts our own <astro-island> element (src/components/island-element.js,
 * minified once per build) in every built page in place of the one Astro inlines before a page's
 * first island: the same hydration for the islands this site has, in about 700 B gzip less on every
 * page with an island, at start and in all. Astro's element is found by its exact text, taken from
 * the Astro version installed; a page with an island whose script is not found stops the build,
 * so an Astro upgrade that changes the script cannot slip through with Astro's element left in.
 *
 * It also moves Astro's island style (`astro-island,...{display:contents}`), which Astro writes
 * into <body> just before a page's first island, into <head>: a `<style>` in the body is invalid
 * HTML (the Nu checker flags it, src/scripts/validate-html.mjs). One copy per page with an island,
 * at the end of <head>; it runs before the CSP step (astro.config.mjs), so its hash still goes into
 * that page's style-src.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import astroIslandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';

const SOURCE = new URL('../components/island-element.js', import.meta.url);

/** Our element's code, minified: what replaces Astro's. */
export async function islandElementCode() {
  const { code } = await minify(readFileSync(SOURCE, 'utf8'), { compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!code) throw new Error('island-element.js: terser returned no code');
  return code;
}

/**
 * One page's HTML with Astro's element replaced by `code`; the HTML unchanged when the page has no
 * island. Throws when the page has an island but Astro's script is not there to replace.
 * @param {string} html
 * @param {string} code
 * @param {string} page for the message
 */
export function replaceIslandElement(html, code, page) {
  const astro = `<script>${astroIslandScript}</script>`;
  if (html.includes(astro)) return html.split(astro).join(`<script>${code}</script>`);
  if (html.includes('<astro-island')) throw new Error(`${page}: has an island, but not Astro's island script to replace (src/scripts/island-element.mjs)`);
  return html;
}

/** Astro's island style element, as it writes it before a page's first island. */
export const ISLAND_STYLE = `<style>${ISLAND_STYLES}</style>`;

/**
 * One page's HTML with Astro's island style moved from <body> to the end of <head> (one copy);
 * the HTML unchanged when the page has no island. Throws when the page has an island but not
 * Astro's style (an Astro upgrade changed it), or has no </head> to put it in.
 * @param {string} html
 * @param {string} page for the message
 */
export function moveIslandStyleToHead(html, page) {
  if (!html.includes(ISLAND_STYLE)) {
    if (html.includes('<astro-island')) throw new Error(`${page}: has an island, but not Astro's island style to move (src/scripts/island-element.mjs)`);
    return html;
  }
  const withoutStyle = html.split(ISLAND_STYLE).join('');
  const headEnd = withoutStyle.search(/<\/head\s*>/i);
  if (headEnd < 0) throw new Error(`${page}: no </head> to move Astro's island style into (src/scripts/island-element.mjs)`);
  return withoutStyle.slice(0, headEnd) + ISLAND_STYLE + withoutStyle.slice(headEnd);
}

/** @param {string} dir @returns {string[]} */
const htmlFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });

/** @returns {import('astro').AstroIntegration} */
export function ourIslandElement() {
  return {
    name: 'our-island-element',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const code = await islandElementCode();
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const replaced = moveIslandStyleToHead(replaceIslandElement(html, code, file), file);
          if (replaced !== html) writeFileSync(file, replaced);
        }
      },
    },
  };
}
