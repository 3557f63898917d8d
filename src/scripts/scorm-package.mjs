// @ts-check
/**
 * The pure steps of the SCORM 1.2 package (`npm run package:scorm`, see package-scorm.mjs): make
 * every URL of a site built with a placeholder base relative, write imsmanifest.xml, zip.
 *
 * An LMS serves a package under a path nobody knows in advance (/lms/content/1234/), so the
 * package is built with the base PLACEHOLDER_BASE and each file's copies of it are replaced by a
 * path relative to that file:
 *  - HTML at depth d: the prefix to the site root (`./`, `../`, `../../`), and links to a page
 *    name the folder's `index.html`, since an LMS's file server may not serve a folder's index;
 *  - CSS: the prefix from the stylesheet's folder (url() is relative to the stylesheet);
 *  - JavaScript: an expression on `import.meta.url`, because one chunk serves pages at every
 *    depth: `"/base/x"` becomes `new URL("../x",import.meta.url).href`.
 * Anything the rules miss is left as the placeholder, which fails the build loudly.
 */
import { strToU8, zipSync } from 'fflate';
import { indexFileUrl } from '../components/index-file-url.mjs';
import { withFreshCsp } from './csp.mjs';
import { attributeLocation, edit, elementsOf, parseHtml } from './html.mjs';

// The rule page links follow, shared with the browser's links (see that module).
export { indexFileUrl };

/** The base the package is built with; no real URL contains it. */
export const PLACEHOLDER_BASE = '/__scorm_base__/';

/**
 * Built files the package leaves out: Pagefind's ready-made search UIs, which the site does not
 * use (its own search dialog loads `pagefind/pagefind.js` only).
 */
export const LEFT_OUT =
  /^pagefind\/(?:pagefind-ui|pagefind-modular-ui|pagefind-component-ui)\.(?:js|css)$|^pagefind\/pagefind-highlight\.js$/;

/** Files already compressed (Pagefind's index, fragments and WASM): stored, not deflated again. */
const STORED = /\.(?:pagefind|pf_fragment|pf_index|pf_meta)$/;

/** Every entry gets this time, so the same files always make the same zip. */
const ZIP_TIME = new Date('2020-01-01T00:00:00Z');

const escapeRegExp = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLACEHOLDER = escapeRegExp(PLACEHOLDER_BASE);

/**
 * The relative path from a file's folder to the package root: `index.html` -> `./`, `units/a/index.html` -> `../../`.
 * @param {string} path
 */
export function rootPrefix(path) {
  const depth = path.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** A URL relative to the page (no scheme, not `/...`, not `#...`): the kind a page link becomes. */
const isPageRelative = (/** @type {string} */ url) =>
  !/^[a-z][a-z\d+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#');

/** A relative link to a page names its index.html; any other address stays as it is. */
const toPage = (/** @type {string} */ url) => (isPageRelative(url) ? indexFileUrl(url) : url);

/**
 * The `href` props Astro serialises as `"href":[0,"..."]`, each made to name its page's file;
 * `quote` is how the props' quotes are written (`&quot;` in an attribute, `"` in a props file).
 * @param {string} text
 * @param {string} quote
 */
const withHrefPropsToPages = (text, quote) =>
  text.replace(
    new RegExp(`(${quote}href${quote}:\\[0,${quote})(.*?)(${quote}\\])`, 'g'),
    (/** @type {string} */ _, /** @type {string} */ start, /** @type {string} */ url, /** @type {string} */ end) =>
      `${start}${toPage(url)}${end}`,
  );

/**
 * An HTML file: every copy of the base (`href`, `src`, `component-url`, `renderer-url`,
 * `data-base`, the islands' `base` and `href` props, stylesheets, the favicon) becomes the relative
 * prefix; then every relative link to a page names its index.html, whether it came from the base
 * or was written relative in a lesson (`[Prerequisites](../prerequisites/)`): `href` attributes
 * and the `href` props Astro serialises into an island's `props` as
 * `&quot;href&quot;:[0,&quot;...&quot;]`. The page's Content-Security-Policy is then written again for
 * its inline code as it now is.
 * @param {string} html
 * @param {string} path the page's package path
 */
export function rewriteHtml(html, path) {
  const rewritten = html.replaceAll(PLACEHOLDER_BASE, rootPrefix(path));
  /** @type {import('./html.mjs').Edit[]} */
  const edits = [];
  /**
   * The attribute's value, as written between double quotes, through `change`.
   * @param {import('./html.mjs').Element} element @param {string} name @param {(value: string) => string} change
   */
  const rewriteAttribute = (element, name, change) => {
    const location = attributeLocation(element, name);
    const written = location ? rewritten.slice(location.startOffset, location.endOffset) : '';
    if (!location || !written.startsWith(`${name}="`) || !written.endsWith('"')) return;
    const start = location.startOffset + name.length + 2;
    edits.push({ start, end: location.endOffset - 1, text: change(rewritten.slice(start, location.endOffset - 1)) });
  };
  for (const element of elementsOf(parseHtml(rewritten))) {
    rewriteAttribute(element, 'href', toPage);
    rewriteAttribute(element, 'props', (props) => withHrefPropsToPages(props, '&quot;'));
  }
  const withPages = edit(rewritten, edits);
  // An inline style may hold the base (a font face's address, critical-css.mjs): its hash changed.
  return withPages === html ? html : withFreshCsp(withPages, path);
}

/**
 * An island's props file, beside its page (island-props.mjs): the same rewrites as the props in a
 * page's attribute (the base, and the `href` props' page links), for the page in the same folder,
 * and as a page's `href` attributes in the slots' HTML it holds (a JSON string: `href=\"...\"`).
 */
export function rewriteJson(/** @type {string} */ json, /** @type {string} */ path) {
  return withHrefPropsToPages(json.replaceAll(PLACEHOLDER_BASE, rootPrefix(path)), '"').replace(
    /(\shref=\\")(.*?)(\\")/g,
    (/** @type {string} */ _, /** @type {string} */ start, /** @type {string} */ url, /** @type {string} */ end) =>
      `${start}${toPage(url)}${end}`,
  );
}

/** A stylesheet: `url(/base/x)` -> `url(../x)`, relative to the stylesheet's folder. */
export function rewriteCss(/** @type {string} */ css, /** @type {string} */ path) {
  return css.replaceAll(PLACEHOLDER_BASE, rootPrefix(path));
}

/**
 * A JavaScript module: every string literal that starts with the base becomes a URL computed from
 * the module's own address, e.g. Vite's preload helper `return"/base/"+e` ->
 * `return new URL("../",import.meta.url).href+e`, and the site script's
 * `import("/base/_astro/search-entry.js")` -> `import(new URL("../_astro/search-entry.js",import.meta.url).href)`.
 * (Only modules may use import.meta: everything Vite writes to _astro/ is one.)
 */
export function rewriteJs(/** @type {string} */ js, /** @type {string} */ path) {
  const prefix = rootPrefix(path);
  const literal = new RegExp(`(["'\`])${PLACEHOLDER}((?:(?!\\1)[^\\\\\\n]|\\\\.)*)\\1`, 'g');
  /** @type {(match: string, quote: string, rest: string, offset: number, whole: string) => string} */
  const toUrl = (_, quote, rest, offset, whole) => {
    // Minified code drops spaces: `return"/base/"` needs one before `new`.
    const space = /[\w$]/.test(whole[offset - 1] ?? '') ? ' ' : '';
    return `${space}new URL(${quote}${prefix}${rest}${quote},import.meta.url).href`;
  };
  return js.replace(literal, toUrl);
}

/** Files whose text may hold URLs; anything else (WASM, Pagefind's gzipped index) is copied as it is. */
export const isText = (/** @type {string} */ path) => /\.(?:html|css|js|mjs|json|svg|xml|txt|webmanifest)$/.test(path);

/**
 * Rewrites one built file (by its extension) and throws when a copy of the placeholder is left,
 * naming the file and the text around it.
 */
export function rewriteFile(/** @type {string} */ path, /** @type {string} */ text) {
  const rewritten = path.endsWith('.html')
    ? rewriteHtml(text, path)
    : /(?:^|\/)island-props\.[\w-]+\.json$/.test(path)
      ? rewriteJson(text, path)
      : path.endsWith('.css')
        ? rewriteCss(text, path)
        : /\.m?js$/.test(path)
          ? rewriteJs(text, path)
          : text;
  const left = rewritten.indexOf(PLACEHOLDER_BASE);
  if (left >= 0) {
    const context = rewritten.slice(Math.max(0, left - 60), left + PLACEHOLDER_BASE.length + 60).replace(/\s+/g, ' ');
    throw new Error(
      `${path}: the placeholder base ${PLACEHOLDER_BASE} is left where no rule rewrites it: …${context}…`,
    );
  }
  return rewritten;
}

/**
 * Rewrites a whole built site, given as a map of package path (forward slashes) -> contents
 * (string or bytes); returns a new map, with only the rewritten files changed, and the paths of
 * the JavaScript files it changed (package-scorm.mjs checks that they still parse).
 * @param {Map<string, string | Uint8Array>} files
 */
export function rewriteSite(files) {
  /** @type {Map<string, string | Uint8Array>} */
  const out = new Map();
  /** @type {string[]} */
  const changedScripts = [];
  for (const [path, contents] of files) {
    if (!isText(path)) {
      out.set(path, contents);
      continue;
    }
    const text = typeof contents === 'string' ? contents : new TextDecoder().decode(contents);
    const rewritten = rewriteFile(path, text);
    out.set(path, rewritten === text ? contents : rewritten);
    if (rewritten !== text && /\.m?js$/.test(path)) changedScripts.push(path);
  }
  return { files: out, changedScripts };
}

/** SCORM's mastery score (an integer 0-100) from a quiz's pass mark (0-1). @param {unknown} passMark */
export function masteryScore(passMark) {
  if (typeof passMark !== 'number' || !(passMark >= 0 && passMark <= 1)) {
    throw new Error(`passMark must be a number from 0 to 1; received ${JSON.stringify(passMark)}`);
  }
  return Math.round(passMark * 100);
}

/** Text as XML character data or an attribute value. @param {unknown} text */
export function escapeXml(text) {
  /** @type {Record<string, string>} */
  const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
  return String(text).replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** Code-point order, the same on every machine and locale. */
export const byPath = (/** @type {string} */ a, /** @type {string} */ b) => (a < b ? -1 : a > b ? 1 : 0);

/** The package's one SCO: the launch page `src/components/lms/LaunchPage.astro` builds for the package. */
export const LAUNCH_PAGE = 'lms/index.html';

/**
 * imsmanifest.xml for one SCO (/work/shared/lms.md, "The package"): SCORM 1.2 metadata, one
 * organization with one item carrying the mastery score, one `webcontent` resource of scormtype
 * `sco` launched at `launch` (the LMS launch page, `lms/index.html`, which holds the session and
 * shows the course in a frame) that lists every file of the package.
 * @param {{ identifier: string, title: string, masteryScore: number, files: string[], launch?: string }} manifest
 */
export function manifestXml({ identifier, title, masteryScore: mastery, files, launch = LAUNCH_PAGE }) {
  if (!/^[A-Za-z_][\w.-]*$/.test(identifier))
    throw new Error(`identifier must be an XML name; received ${JSON.stringify(identifier)}`);
  if (!files.includes(launch)) throw new Error(`the package has no ${launch} to launch`);
  const fileLines = [...files].sort(byPath).map((file) => `      <file href="${escapeXml(file)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${identifier}" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    `  <organizations default="${identifier}-org">`,
    `    <organization identifier="${identifier}-org">`,
    `      <title>${escapeXml(title)}</title>`,
    `      <item identifier="${identifier}-item" identifierref="${identifier}-sco" isvisible="true">`,
    `        <title>${escapeXml(title)}</title>`,
    `        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${identifier}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launch)}">`,
    ...fileLines,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/**
 * The package: imsmanifest.xml first, then every file but those LEFT_OUT, in path order, each
 * with the same time. `files` maps package path -> contents (string or bytes).
 * Returns the zip's bytes and the list of packaged files (without the manifest).
 * @param {Map<string, string | Uint8Array>} files
 * @param {{ identifier: string, title: string, masteryScore: number }} about
 */
export function zipPackage(files, { identifier, title, masteryScore: mastery }) {
  const paths = [...files.keys()].filter((path) => !LEFT_OUT.test(path) && path !== 'imsmanifest.xml').sort(byPath);
  /** @param {string | Uint8Array | undefined} contents */
  const bytes = (contents) => (typeof contents === 'string' ? strToU8(contents) : (contents ?? new Uint8Array()));
  const manifest = manifestXml({ identifier, title, masteryScore: mastery, files: paths });
  /** @type {import('fflate').Zippable} */
  const entries = { 'imsmanifest.xml': [strToU8(manifest), { level: 9, mtime: ZIP_TIME }] };
  for (const path of paths)
    entries[path] = [bytes(files.get(path)), { level: STORED.test(path) ? 0 : 9, mtime: ZIP_TIME }];
  return { zip: zipSync(entries), files: paths, manifest };
}
