// @ts-check
/**
 * Scripts off the first paint's path: a build step (`scriptPriority`, in astro.config.mjs after
 * the critical CSS step) gives each module script of a built page (the site script, a page's own
 * script) `fetchpriority="low"`, and names the modules it imports statically in
 * `<link rel="modulepreload" fetchpriority="low">` just before it, so the browser fetches them at
 * the same low priority instead of the high one it gives a module's imports. Such a script never
 * blocked the parser (a module runs after the page is parsed), but a high-priority fetch competes
 * with the page's first bytes on a slow connection, and Lighthouse counts every high-priority
 * script that arrives before the first paint as blocking it. The islands' code loads after the
 * first paint (src/components/island-element.js).
 */
import { existsSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { builtFile, pageStep } from './page-step.mjs';
import { staticClosure } from './module-graph.mjs';
import { attributeLocation, attributeOf, edit, elementsByTag, hasAttribute } from './html.mjs';
import { locationOf, parseHtml, textOf } from './html.mjs';

/**
 * @param {string} html
 * @param {{ distDir: string, file: string, base?: string, document?: () => import('./html.mjs').Document }} where
 *   the page's file, the site's base path and (from a build step) the page's parse
 */
export function quietScripts(html, { distDir, file, base = '/', document = () => parseHtml(html) }) {
  const root = base.endsWith('/') ? base : `${base}/`;
  /** The address of a built file, in the form the page's own script address takes. @param {string} target @param {string} like */
  const urlOf = (target, like) =>
    like.startsWith('/')
      ? `${root}${relative(distDir, target).split(sep).join('/')}`
      : relative(dirname(file), target).split(sep).join('/');
  /** @type {Set<string>} */
  const preloaded = new Set();
  /** @type {import('./html.mjs').Edit[]} */
  const edits = [];
  for (const script of elementsByTag(document(), 'script')) {
    const src = attributeOf(script, 'src');
    const srcLocation = attributeLocation(script, 'src');
    if (!src || !srcLocation || textOf(script) !== '') continue;
    if (attributeOf(script, 'type') !== 'module' || hasAttribute(script, 'fetchpriority')) continue;
    const entry = builtFile(src, { distDir, file, base: root });
    if (!existsSync(entry)) throw new Error(`${relative(process.cwd(), file)}: the script ${src} is not in the build`);
    // The entry's static imports, and theirs, in the order the browser would ask for them.
    const imports = [...staticClosure([entry], distDir).keys()].slice(1);
    const links = imports
      .filter((target) => !preloaded.has(target) && preloaded.add(target))
      .map((target) => `<link rel="modulepreload" href="${urlOf(target, src)}" fetchpriority="low">`)
      .join('');
    const { start } = locationOf(script);
    const afterSrc = srcLocation.endOffset;
    edits.push({ start, end: start, text: links }, { start: afterSrc, end: afterSrc, text: ' fetchpriority="low"' });
  }
  return edits.length === 0 ? html : edit(html, edits);
}

/** @returns {import('astro').AstroIntegration} */
export const scriptPriority = () => pageStep('script-priority', quietScripts);
