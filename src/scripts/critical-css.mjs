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

/** Selectors that name a state the inline head script sets before first paint. */
export const FIRST_PAINT_STATES = /data-theme|\.js\b|\.no-storage\b|\[data-done|\[data-passed|\[aria-pressed|\[hidden/;

/** Selectors of the document element or the body itself. */
export const DOCUMENT_RULES = /^\s*(?:html|:root|body)(?![\w-])/;

/** Beasties, reading each sheet the page links from the built site (and nothing outside it). */
class PageBeasties extends Beasties {
  /** @param {{ distDir: string, pageDir: string, base: string }} where */
  constructor(where) {
    super({
      path: where.distDir,
      publicPath: '/',
      preload: 'media',
      noscriptFallback: true,
      pruneSource: false,
      // Font faces: every one of the page's sheets goes inline (below), not only those Beasties
      // sees used: it cannot follow a family named through a custom property (--font-heading).
      inlineFonts: false,
      preloadFonts: false,
      keyframes: 'critical',
      compress: true,
      mergeStylesheets: true,
      // The page's own <style>s (the font faces above, Astro's island style) stay as they are.
      reduceInlineStyles: false,
      // Beasties reads the page as built, but the head script changes it before first paint: the
      // theme (data-theme), scripting (html.js), blocked storage (no-storage) and saved progress
      // (data-done, data-passed, aria-pressed on the unit toggle). Rules that name those states
      // are always inlined, so the first paint is right in either theme and with any progress.
      // Beasties looks for a selector's elements inside <html>, so a rule for the root or the body
      // itself (html.present-page) would never match: those are always inlined too.
      allowRules: [FIRST_PAINT_STATES, DOCUMENT_RULES],
      logLevel: 'warn',
    });
    this.where = where;
  }

  /**
   * @override
   * @param {string} href
   */
  async getCssAsset(href) {
    return readSheet(href, this.where);
  }
}

/**
 * A sheet the page links, read from the built site: an absolute address starts with the site's
 * base (`/`, or the SCORM build's placeholder base), a relative one is read from the page's folder.
 * @param {string} href @param {{ distDir: string, pageDir: string, base: string }} where
 */
function readSheet(href, { distDir, pageDir, base }) {
  const path = href.split(/[?#]/)[0] ?? '';
  const file = path.startsWith(base) ? join(distDir, path.slice(base.length)) : path.startsWith('/') ? join(distDir, path) : resolve(pageDir, path);
  if (relative(distDir, file).startsWith('..')) throw new Error(`critical CSS: ${href} is outside the build`);
  return readFileSync(file, 'utf8');
}

/** The stylesheet links of a page, in order. @param {string} html */
const sheetLinks = (html) => [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((link) => /\bhref="([^"]+)"/.exec(link[0])?.[1] ?? '').filter(Boolean);

/**
 * The page with its critical CSS inlined and its stylesheet links deferred (see above). `file` is
 * the page's path, for resolving its links and naming it in an error; `base` the site's base path.
 * @param {string} html
 * @param {{ distDir: string, file: string, base?: string }} where
 */
export async function inlineCriticalCss(html, { distDir, file, base = '/' }) {
  const links = sheetLinks(html);
  if (links.length === 0) return html;
  const where = { distDir, pageDir: dirname(file), base: base.endsWith('/') ? base : `${base}/` };
  // Every font face of the page's sheets, first: text paints in its own face (or that face's
  // metric-matched fallback) from the first frame, so nothing reflows when the sheets arrive.
  // A font file's address in a sheet is absolute from the site's base, as Astro writes it.
  const fontFaces = links.flatMap((href) => readSheet(href, where).match(/@font-face\s*\{[^}]*\}/g) ?? []);
  const withFonts = fontFaces.length ? html.replace(/<link\b[^>]*\brel="stylesheet"/, (link) => `<style>${[...new Set(fontFaces)].join('')}</style>${link}`) : html;
  const processed = await new PageBeasties(where).process(withFonts);
  // Beasties marks the root it searched (data-beasties-container); the page does not need it.
  const deferred = processed.replace(/\sonload="this\.media='all'"/g, ` ${DEFERRED_ATTRIBUTE}`).replace(/(<html\b[^>]*?)\sdata-beasties-container(?=[\s>])/, '$1');
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
  let base = '/';
  return {
    name: 'critical-css',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const distDir = fileURLToPath(dir).replace(new RegExp(`\\${sep}$`), '');
        for (const file of htmlFiles(distDir)) {
          const html = readFileSync(file, 'utf8');
          const inlined = await inlineCriticalCss(html, { distDir, file, base });
          if (inlined !== html) writeFileSync(file, inlined);
        }
      },
    },
  };
}
