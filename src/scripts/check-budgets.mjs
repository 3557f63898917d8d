// @ts-check
/**
 * The JavaScript budget check over dist/ (architecture.md, "Budgets"). For every built page it
 * adds up the scripts the page loads at start (module scripts, their static imports, and
 * modulepreload links) and the inline scripts, gzips each; then it follows every dynamic import
 * (`import("./x.js")`) from those chunks, and from the chunks they reach, for what the page can
 * load in all (Pagefind, under /pagefind/, is left out). It fails when a page ships more than
 * allowed:
 *  - every page: at most one shared site script (with the chunks it imports) of 3.5 KB gzip at
 *    start, and at most 1.5 KB gzip of inline script in <head> (the head script);
 *  - a page without an island ships nothing else at start, but for the home page's Import loader
 *    (`HOME_PAGE_SCRIPT`, at most 512 B gzip);
 *  - a page with the lab console (its HTML, or a chunk it can reach, carries the console's
 *    `data-lab-console` marker, or it can reach the `LabConsole.*.js` chunk): at most 40 KB gzip
 *    at start and 90 KB gzip in all (a lab task's console counts, though it loads on first use);
 *  - any other page with an island (a quiz): at most 40 KB gzip in all.
 * Astro's inline island bootstrap counts in both. Prints one row per page; `--json` prints the
 * rows as JSON instead.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, dirname, resolve, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attributeOf, elementsByTag, elementsOf, hasAttribute, inlineScriptsOf, parseHtml, textOf } from './html.mjs';
import { dynamicClosure, staticClosure } from './module-graph.mjs';

export const BUDGET = {
  siteScriptGzip: 3.5 * 1024,
  /** The home page's Import loader, beside the site script. */
  homePageScriptGzip: 512,
  inlineGzip: 1536,
  /** A page with the lab console: at start, and in all. */
  consoleStartGzip: 40 * 1024,
  consoleAllGzip: 90 * 1024,
  /** A page with an island but no lab console (a quiz): in all. */
  islandPageGzip: 40 * 1024,
};

/**
 * The one script of a page's own a page without an island may load: the home page's Import
 * loader (ImportProgress.astro). Import replaces all progress and lives on the home page only, so
 * its code counts on no page with a lab; Astro names the chunk after the component.
 */
export const HOME_PAGE_SCRIPT = /\/_astro\/ImportProgress\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;

/** The lab console's marker: an attribute of its root element, in its server HTML and in its code. */
export const CONSOLE_MARKER = 'data-lab-console';

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const gzipSize = (/** @type {string} */ text) => gzipSync(Buffer.from(text)).length;

/**
 * What a parsed page names to load at start: its scripts (`entries`) and, with them, its module
 * preloads and its islands' component and renderer code (`urls`), each once, in document order.
 * @param {import('./html.mjs').Document} document
 */
function startAddresses(document) {
  /**
   * The non-empty values of an attribute on the elements of this tag that pass `keep`.
   * @param {string} tag
   * @param {string} name
   */
  const addresses = (tag, name, keep = (/** @type {import('./html.mjs').Element} */ _element) => true) =>
    elementsByTag(document, tag).flatMap((element) => {
      const value = keep(element) ? attributeOf(element, name) : undefined;
      return value ? [value] : [];
    });
  const entries = new Set(addresses('script', 'src'));
  const urls = new Set([
    ...entries,
    ...addresses('link', 'href', (link) => attributeOf(link, 'rel') === 'modulepreload'),
    ...addresses('astro-island', 'component-url'),
    ...addresses('astro-island', 'renderer-url'),
  ]);
  return { entries, urls };
}

/**
 * The inline scripts the browser would run (JSON data blocks are not code), as the CSP hashes them,
 * raw and gzipped: those in <head> (the inline theme script), those in <body> (Astro's island
 * bootstrap), and all of them.
 * @param {import('./html.mjs').Document} document
 */
function inlineScriptSizes(document) {
  const head = elementsByTag(document, 'head')[0];
  const inHead = new Set(head ? inlineScriptsOf(head) : []);
  const inlineScripts = inlineScriptsOf(document).filter((script) => textOf(script).trim().length > 0);
  const headInline = inlineScripts.filter((script) => inHead.has(script)).map(textOf);
  const bodyInline = inlineScripts.filter((script) => !inHead.has(script)).map(textOf);
  const gzipAll = (/** @type {string[]} */ codes) => (codes.length ? gzipSize(codes.join('\n')) : 0);
  const inline = [...headInline, ...bodyInline];
  const rawAll = (/** @type {string[]} */ codes) => codes.reduce((sum, code) => sum + Buffer.byteLength(code), 0);
  return {
    inlineRaw: rawAll(inline),
    inlineGzip: gzipAll(inline),
    headInlineRaw: rawAll(headInline),
    headInlineGzip: gzipAll(headInline),
    bodyInlineRaw: rawAll(bodyInline),
    bodyInlineGzip: gzipAll(bodyInline),
  };
}

/**
 * What one page loads: its scripts at start (with their static imports), what it can load later,
 * and its inline scripts, each raw and gzipped.
 * @param {string} distDir
 * @param {string} htmlPath
 * @param {string} [basePath]
 */
export function measurePage(distDir, htmlPath, basePath = '/') {
  const html = readFileSync(htmlPath, 'utf8');
  const document = parseHtml(html);
  const { entries, urls } = startAddresses(document);
  const islands = elementsByTag(document, 'astro-island').length;
  const consoleInHtml = elementsOf(document).some((element) => hasAttribute(element, CONSOLE_MARKER));

  /** @param {string} url @param {string} fromFile */
  const toFile = (url, fromFile) => {
    if (url.startsWith('/')) return join(distDir, url.startsWith(basePath) ? url.slice(basePath.length) : url.slice(1));
    return resolve(dirname(fromFile), url);
  };
  const local = (/** @type {string} */ spec) => spec.startsWith('.') || spec.startsWith('/');
  /** @param {string} spec @param {string} file */
  const resolveLocal = (spec, file) => (local(spec) ? toFile(spec, file) : null);
  // At start: the page's scripts and their static imports.
  const files = staticClosure(
    [...urls].map((url) => toFile(url, htmlPath)),
    distDir,
    resolveLocal,
  );
  // In all: everything reachable from there through static and dynamic imports.
  const later = dynamicClosure(files, distDir, resolveLocal);
  const describe = (/** @type {[string, string]} */ [file, code]) => ({
    file: posix.normalize(relative(distDir, file).split('\\').join('/')),
    raw: Buffer.byteLength(code),
    gzip: gzipSize(code),
  });
  const scripts = [...files.entries()].map(describe);
  const lazy = [...later.entries()].map(describe);
  // The console's own chunk, when the bundler keeps it apart, also tells.
  const labConsole =
    consoleInHtml ||
    [...files.keys(), ...later.keys()].some((file) =>
      /^LabConsole\.[\w-]+\.js$/.test(file.split(/[\\/]/).pop() ?? ''),
    ) ||
    [...files.values(), ...later.values()].some((code) => code.includes(CONSOLE_MARKER));
  return {
    page:
      '/' +
      relative(distDir, htmlPath)
        .split('\\')
        .join('/')
        .replace(/index\.html$/, ''),
    islands,
    labConsole,
    /** The console is in the page's own HTML (it renders at start), not only behind a lab task. */
    consoleInHtml,
    entries: [...entries],
    scripts,
    /** Chunks the page can load later (dynamic imports and theirs), not counted at start. */
    lazy,
    externalRaw: scripts.reduce((sum, script) => sum + script.raw, 0),
    externalGzip: scripts.reduce((sum, script) => sum + script.gzip, 0),
    lazyGzip: lazy.reduce((sum, script) => sum + script.gzip, 0),
    ...inlineScriptSizes(document),
  };
}

/** @typedef {ReturnType<typeof measurePage>} PageMeasure */

/**
 * Every page of a build measured, and each budget it exceeds as a sentence. Throws when the
 * folder holds no page: an empty build is no build to pass.
 * @param {string} distDir
 * @returns {{ pages: [PageMeasure, ...PageMeasure[]], failures: string[] }}
 */
export function checkBudgets(distDir) {
  const [first, ...rest] = walk(distDir)
    .filter((file) => file.endsWith('.html'))
    // Pagefind's files and the build's assets (the page parts' file, page-parts.mjs) are not pages.
    .filter((file) => !/^(?:pagefind|_astro)[\\/]/.test(relative(distDir, file)))
    .sort()
    .map((file) => measurePage(distDir, file));
  if (!first) throw new Error(`No pages in ${distDir}: run \`npm run build\` first.`);
  /** @type {[PageMeasure, ...PageMeasure[]]} */
  const pages = [first, ...rest];
  /** @type {string[]} */
  const failures = [];
  for (const page of pages) {
    if (page.headInlineGzip > BUDGET.inlineGzip)
      failures.push(`${page.page}: inline script ${page.headInlineGzip} B gzip > ${BUDGET.inlineGzip} B`);
    const start = page.externalGzip + page.inlineGzip;
    const all = start + page.lazyGzip;
    if (page.labConsole) {
      if (start > BUDGET.consoleStartGzip)
        failures.push(
          `${page.page}: ${start} B gzip of JavaScript at start > ${BUDGET.consoleStartGzip} B (page with the lab console)`,
        );
      if (all > BUDGET.consoleAllGzip)
        failures.push(
          `${page.page}: ${all} B gzip of JavaScript in all > ${BUDGET.consoleAllGzip} B (page with the lab console${page.consoleInHtml ? '' : ', from lab tasks'})`,
        );
    } else if (page.islands > 0) {
      if (all > BUDGET.islandPageGzip)
        failures.push(
          `${page.page}: ${all} B gzip of JavaScript in all > ${BUDGET.islandPageGzip} B (page with an island)`,
        );
    } else {
      const own =
        page.page === '/' ? page.scripts.find((script) => HOME_PAGE_SCRIPT.test('/' + script.file)) : undefined;
      if (own && own.gzip > BUDGET.homePageScriptGzip)
        failures.push(`${page.page}: Import loader ${own.gzip} B gzip > ${BUDGET.homePageScriptGzip} B`);
      const siteScriptGzip = page.externalGzip - (own?.gzip ?? 0);
      if (page.entries.length - (own ? 1 : 0) > 1)
        failures.push(
          `${page.page}: loads ${page.entries.length} scripts at start (${page.entries.join(', ')}); a page without an island may load only the shared site script (and the home page its Import loader)`,
        );
      if (siteScriptGzip > BUDGET.siteScriptGzip)
        failures.push(`${page.page}: site script ${siteScriptGzip} B gzip > ${BUDGET.siteScriptGzip} B`);
      if (page.bodyInlineGzip > 0)
        failures.push(
          `${page.page}: ${page.bodyInlineGzip} B gzip of inline script outside <head>; a page without an island may inline only the theme script`,
        );
    }
  }
  return { pages, failures };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const distDir = resolve(process.argv.find((arg) => arg.startsWith('--dist='))?.slice(7) ?? 'dist');
  if (!existsSync(distDir)) {
    console.error(`No build at ${distDir}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const { pages, failures } = checkBudgets(distDir);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ pages, failures }, null, 2));
  } else {
    console.log('JavaScript per page (gzip bytes at start, and in all with every dynamic import; Pagefind left out)');
    console.log(
      'page'.padEnd(42) +
        'islands'.padStart(8) +
        'console'.padStart(8) +
        'js raw'.padStart(9) +
        'js gzip'.padStart(9) +
        'inline gz'.padStart(11) +
        'start gz'.padStart(10) +
        'all gz'.padStart(9),
    );
    for (const page of pages) {
      const start = page.externalGzip + page.inlineGzip;
      console.log(
        page.page.padEnd(42) +
          String(page.islands).padStart(8) +
          (page.labConsole ? 'yes' : '').padStart(8) +
          String(page.externalRaw).padStart(9) +
          String(page.externalGzip).padStart(9) +
          String(page.inlineGzip).padStart(11) +
          String(start).padStart(10) +
          String(start + page.lazyGzip).padStart(9),
      );
    }
    if (failures.length) {
      console.error(`\nBudget exceeded on ${failures.length} page(s):\n- ${failures.join('\n- ')}`);
    } else {
      console.log(`\nAll ${pages.length} pages within budget.`);
    }
  }
  process.exit(failures.length ? 1 : 0);
}
