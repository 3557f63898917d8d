// @ts-check
/**
 * An integration that puts our own <astro-island> element (src/components/island-element.js,
 * minified once per build) in every built page in place of the one Astro inlines before a page's
 * first island: the same hydration for the islands this site has, in about 700 B gzip less on every
 * page with an island, at start and in all. Astro's element is found by its exact text, taken from
 * the Astro version installed; a page with an island whose script is not found stops the build,
 * so an Astro upgrade that changes the script cannot slip through with Astro's element left in.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import astroIslandScript from 'astro/runtime/server/astro-island.prebuilt.js';

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
          const replaced = replaceIslandElement(html, code, file);
          if (replaced !== html) writeFileSync(file, replaced);
        }
      },
    },
  };
}
