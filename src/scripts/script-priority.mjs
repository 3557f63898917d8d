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
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pageStep } from './page-step.mjs';
import { staticImports } from './check-budgets.mjs';

/**
 * @param {string} html
 * @param {{ distDir: string, file: string, base?: string }} where the page's file and the site's base path
 */
export function quietScripts(html, { distDir, file, base = '/' }) {
  const root = base.endsWith('/') ? base : `${base}/`;
  /** A built file for an address, as the page names it. @param {string} url @param {string} from */
  const fileOf = (url, from) => (url.startsWith(root) ? join(distDir, url.slice(root.length)) : url.startsWith('/') ? join(distDir, url) : resolve(dirname(from), url));
  /** The address of a built file, in the form the page's own script address takes. @param {string} target @param {string} like */
  const urlOf = (target, like) => (like.startsWith('/') ? `${root}${relative(distDir, target).split(sep).join('/')}` : relative(dirname(file), target).split(sep).join('/'));
  const preloaded = new Set();
  return html.replace(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)><\/script>/g, (tag, before, src, after) => {
    const attributes = `${before}${after}`;
    if (!/\btype="module"/.test(attributes) || /\bfetchpriority=/.test(attributes)) return tag;
    const entry = fileOf(src, file);
    if (!existsSync(entry)) throw new Error(`${relative(process.cwd(), file)}: the script ${src} is not in the build`);
    // The entry's static imports, and theirs, in the order the browser would ask for them.
    /** @type {string[]} */
    const imports = [];
    const queue = staticImports(readFileSync(entry, 'utf8')).map((spec) => resolve(dirname(entry), spec));
    while (queue.length) {
      const next = /** @type {string} */ (queue.shift());
      if (imports.includes(next) || next === entry || !existsSync(next)) continue;
      imports.push(next);
      queue.push(...staticImports(readFileSync(next, 'utf8')).map((spec) => resolve(dirname(next), spec)));
    }
    const links = imports
      .filter((target) => !preloaded.has(target) && preloaded.add(target))
      .map((target) => `<link rel="modulepreload" href="${urlOf(target, src)}" fetchpriority="low">`)
      .join('');
    return `${links}<script${before}src="${src}" fetchpriority="low"${after}></script>`;
  });
}

/** @returns {import('astro').AstroIntegration} */
export const scriptPriority = () => pageStep('script-priority', quietScripts);
