// @ts-check
/**
 * An integration that puts our own <astro-island> element (src/components/island-element.js,
 * minified once per build into `_astro/island-element.<hash>.js`) in every built page in place of
 * the one Astro inlines before a page's first island: the same hydration for the islands this site
 * has, in about 700 B gzip less on every page with an island, at start and in all. It is a module
 * script of its own, not inline: it hydrates only after the first paint anyway, so the page's HTML
 * (what the first paint waits for) need not carry it, and the browser caches it across pages.
 * Astro's element is found by its exact text, taken from the Astro version installed; a page with
 * an island whose script is not found stops the build, so an Astro upgrade that changes the
 * script cannot slip through with Astro's element left in.
 *
 * Our element runs the two client directives this site uses itself (`load`, `visible`), so the
 * script Astro inlines for each, before the first island that uses it, is taken out too (about
 * 220 B of every page with a `client:visible` island, and a hash in its policy). An island with
 * another directive (`idle`, `media`, `only`) stops the build: our element would never hydrate it.
 *
 * It also takes out Astro's island style (`astro-island,...{display:contents}`), which Astro writes
 * into <body> just before a page's first island: a `<style>` in the body is invalid HTML (the Nu
 * checker flags it, src/scripts/validate-html.mjs), and the same rule is in the site's stylesheet
 * (global.css), so it comes with the page's critical CSS (critical-css.mjs) without a style element
 * and a hash of its own.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pageStep } from './page-step.mjs';
import { attributeLocation, attributeOf, edit, elementsByTag, locationOf, parseHtml, textOf } from './html.mjs';
import { join } from 'node:path';
import { minify } from 'terser';
import astroIslandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import loadDirectiveScript from 'astro/runtime/client/load.prebuilt.js';
import visibleDirectiveScript from 'astro/runtime/client/visible.prebuilt.js';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';

const SOURCE = new URL('../components/island-element.js', import.meta.url);
/** This module, for the messages that stop the build. */
const HERE = 'src/scripts/island-element.mjs';

/** The renderer's place in our element's source, which the build fills in. */
const RENDERER_SLOT = "['./island-client.js', 'default']";

/**
 * The Preact renderer's code in a build's `_astro/` folder: the chunk that holds it and its export.
 * Vite gives the renderer (island-client.ts) an entry file that only re-exports it from the chunk
 * it shares with Preact (astro.config.mjs, `islands`); our element imports that chunk directly,
 * which spares every page with an island a request and about 70 B gzip (the facade), and each
 * island its `renderer-url`.
 * @param {string} astroDir the build's `_astro/` folder
 * @returns {{ facade: string, file: string, name: string }} file names relative to `astroDir`
 */
export function rendererOf(astroDir) {
  const facades = readdirSync(astroDir).filter((name) => /^island-client\.[\w-]+\.js$/.test(name));
  if (facades.length !== 1)
    throw new Error(`${HERE}: expected one island-client.<hash>.js in _astro/, found ${facades.length}`);
  const facade = /** @type {string} */ (facades[0]);
  const reexport = /^export\s*\{\s*([\w$]+)\s+as\s+default\s*\}\s*from\s*"\.\/([\w.$-]+\.js)";?\s*$/.exec(
    readFileSync(join(astroDir, facade), 'utf8'),
  );
  return reexport
    ? { facade, file: /** @type {string} */ (reexport[2]), name: /** @type {string} */ (reexport[1]) }
    : { facade, file: facade, name: 'default' };
}

/**
 * Our element's code, minified: what replaces Astro's, importing the renderer from `renderer`.
 * @param {{ file: string, name: string }} renderer
 */
export async function islandElementCode(renderer) {
  const source = readFileSync(SOURCE, 'utf8');
  if (!source.includes(RENDERER_SLOT))
    throw new Error(`island-element.js: no ${RENDERER_SLOT} for the renderer (${HERE})`);
  const filled = source.replace(RENDERER_SLOT, JSON.stringify([`./${renderer.file}`, renderer.name]));
  const { code } = await minify(filled, { compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!code) throw new Error('island-element.js: terser returned no code');
  return code;
}

/** The file our element's code is written to, under the build's _astro/ folder: named by its content. @param {string} code */
export const islandElementFile = (code) =>
  `island-element.${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;

/** The scripts Astro inlines for the client directives our element runs itself. */
export const DIRECTIVE_SCRIPTS = [loadDirectiveScript, visibleDirectiveScript];

/** Astro's island style element, as it writes it before a page's first island. */
export const ISLAND_STYLE = `<style>${ISLAND_STYLES}</style>`;

/**
 * What Astro writes on an island for its own element and directives, which ours never reads: the
 * island's `uid` (for islands inside islands), the directive's options (`opts`) and the renderer's
 * address (our element has the renderer written in: `rendererOf`).
 */
const UNREAD_ATTRIBUTES = ['uid', 'opts', 'renderer-url'];

/**
 * The elements of this tag, without attributes, whose text is one of `texts`: Astro's inline
 * scripts and style, found by their exact code.
 * @param {import('./html.mjs').Document} document
 * @param {'script' | 'style'} tagName
 * @param {readonly string[]} texts
 */
const bareElementsWith = (document, tagName, texts) =>
  elementsByTag(document, tagName).filter((element) => element.attrs.length === 0 && texts.includes(textOf(element)));

/**
 * An edit that takes out one attribute and the white space before it.
 * @param {import('./html.mjs').Element} element
 * @param {string} name
 * @returns {import('./html.mjs').Edit[]}
 */
const withoutAttribute = (element, name) => {
  const location = attributeLocation(element, name);
  return location ? [{ start: location.startOffset - 1, end: location.endOffset, text: '' }] : [];
};

/**
 * One page's HTML with Astro's element replaced by a module script loading ours from `src`; the
 * HTML unchanged when the page has no island. Throws when the page has an island but Astro's
 * script is not there to replace.
 * @param {string} html
 * @param {string} src
 * @param {string} page for the message
 * @param {import('./html.mjs').Document} [document] the page's parse, when a build step has it
 * @param {string} [facade] the renderer's entry file (`rendererOf`): an island with another renderer stops the build
 */
export function replaceIslandElement(html, src, page, document = parseHtml(html), facade = 'island-client.js') {
  const islands = elementsByTag(document, 'astro-island');
  const astroScripts = bareElementsWith(document, 'script', [astroIslandScript]);
  if (astroScripts.length === 0 && islands.length === 0) return html;
  if (astroScripts.length === 0) {
    throw new Error(`${page}: has an island, but not Astro's island script to replace (${HERE})`);
  }
  const other = islands
    .map((island) => attributeOf(island, 'client'))
    .find((client) => client !== undefined && client !== 'load' && client !== 'visible');
  if (other !== undefined) {
    throw new Error(`${page}: has a client:${other} island, which our island element does not hydrate (${HERE})`);
  }
  const renderer = islands
    .map((island) => attributeOf(island, 'renderer-url'))
    .find((url) => url !== undefined && !url.endsWith(`/${facade}`));
  if (renderer !== undefined) {
    throw new Error(
      `${page}: has an island rendered by ${renderer}; our island element has ${facade}'s written in (${HERE})`,
    );
  }
  return edit(html, [
    ...astroScripts.map((script) => ({ ...locationOf(script), text: `<script type="module" src="${src}"></script>` })),
    ...bareElementsWith(document, 'script', DIRECTIVE_SCRIPTS).map((script) => ({ ...locationOf(script), text: '' })),
    ...islands.flatMap((island) => UNREAD_ATTRIBUTES.flatMap((name) => withoutAttribute(island, name))),
  ]);
}

/**
 * One page's HTML without Astro's island style (global.css has its rule); the HTML unchanged when
 * the page has no island. Throws when the page has an island but not Astro's style (an Astro
 * upgrade changed it: global.css may then need the new rule).
 * @param {string} html
 * @param {string} page for the message
 * @param {import('./html.mjs').Document} [document] the page's parse, when a build step has it
 */
export function removeIslandStyle(html, page, document = parseHtml(html)) {
  const styles = bareElementsWith(document, 'style', [ISLAND_STYLES]);
  if (styles.length === 0) {
    if (elementsByTag(document, 'astro-island').length === 0) return html;
    throw new Error(`${page}: has an island, but not Astro's island style to take out (${HERE})`);
  }
  return edit(
    html,
    styles.map((style) => ({ ...locationOf(style), text: '' })),
  );
}

/** @returns {import('astro').AstroIntegration} */
export function ourIslandElement() {
  let name = '';
  let facade = '';
  return pageStep(
    'our-island-element',
    (html, { file, base, document }) => {
      const replaced = replaceIslandElement(html, `${base}_astro/${name}`, file, document?.(), facade);
      // The parse is shared only while the page is unchanged: after a replacement its offsets are off.
      return removeIslandStyle(replaced, file, replaced === html ? document?.() : undefined);
    },
    async ({ distDir }) => {
      const renderer = rendererOf(join(distDir, '_astro'));
      facade = renderer.facade;
      const code = await islandElementCode(renderer);
      name = islandElementFile(code);
      mkdirSync(join(distDir, '_astro'), { recursive: true });
      writeFileSync(join(distDir, '_astro', name), code);
    },
  );
}
