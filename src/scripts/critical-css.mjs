// @ts-check
/**
 * First paint without waiting for a stylesheet: a build step (`criticalCss`, in astro.config.mjs
 * before the CSP step, which then hashes the new `<style>`) gives every built page, in its head,
 * the rules of its stylesheets that match an element of that page (Beasties), so the page paints
 * from its own HTML. Each `<link rel="stylesheet">` then loads without blocking: `media="print"`
 * with `data-deferred-css`, which the inline head script (theme-script.js) turns to `all` as soon
 * as the sheet has loaded. The full sheets carry the rules for states that scripts add later (an
 * open menu, a hydrated island's own markup); with scripting off, a `<noscript>` copy of each link
 * loads them the usual way. The sheets themselves are left whole: pages share them and the cache
 * keeps them.
 *
 * Beasties' own way to defer a sheet is an `onload` attribute, which the site's CSP refuses, so the
 * attribute is swapped for the data attribute the head script looks for; a page's links may be
 * relative (the SCORM package writes `../../_astro/…`), so each sheet is read from the page's folder.
 */
import Beasties from 'beasties';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Marks a stylesheet link that the head script switches to `media="all"` once it has loaded. */
export const DEFERRED_ATTRIBUTE = 'data-deferred-css';

/** Beasties, reading each sheet the page links from the built site (and nothing outside it). */
class PageBeasties extends Beasties {
  /** @param {string} distDir @param {string} pageDir */
  constructor(distDir, pageDir) {
    super({
      path: distDir,
      publicPath: '/',
      preload: 'media',
      noscriptFallback: true,
      pruneSource: false,
      // The font faces the inlined rules use stay inline, so the text's font does not change
      // when the full sheet arrives; the font files are not preloaded (they are not needed to paint).
      inlineFonts: true,
      preloadFonts: false,
      keyframes: 'critical',
      compress: true,
      mergeStylesheets: true,
      logLevel: 'warn',
    });
    this.distDir = distDir;
    this.pageDir = pageDir;
  }

  /**
   * @override
   * @param {string} href
   */
  async getCssAsset(href) {
    const path = href.split(/[?#]/)[0] ?? '';
    const file = path.startsWith('/') ? join(this.distDir, path) : resolve(this.pageDir, path);
    if (relative(this.distDir, file).startsWith('..')) throw new Error(`critical CSS: ${href} is outside the build`);
    return readFileSync(file, 'utf8');
  }
}

/**
 * The page with its critical CSS inlined and its stylesheet links deferred (see above). `file` is
 * the page's path, for resolving its links and naming it in an error.
 * @param {string} html
 * @param {{ distDir: string, file: string }} where
 */
export async function inlineCriticalCss(html, { distDir, file }) {
  if (!/<link\b[^>]*rel="stylesheet"/.test(html)) return html;
  const processed = await new PageBeasties(distDir, dirname(file)).process(html);
  const deferred = processed.replace(/\sonload="this\.media='all'"/g, ` ${DEFERRED_ATTRIBUTE}`);
  if (/\son[a-z]+=/i.test(deferred.replace(/<noscript>[\s\S]*?<\/noscript>/g, '').match(/<link\b[^>]*>/g)?.join('') ?? ''))
    throw new Error(`${relative(process.cwd(), file)}: a deferred stylesheet link kept an event handler attribute (src/scripts/critical-css.mjs)`);
  return deferred;
}

/** @param {string} dir @returns {string[]} */
const htmlFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });

/** @returns {import('astro').AstroIntegration} */
export function criticalCss() {
  return {
    name: 'critical-css',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const distDir = fileURLToPath(dir).replace(new RegExp(`\\${sep}$`), '');
        for (const file of htmlFiles(distDir)) {
          const html = readFileSync(file, 'utf8');
          const inlined = await inlineCriticalCss(html, { distDir, file });
          if (inlined !== html) writeFileSync(file, inlined);
        }
      },
    },
  };
}
