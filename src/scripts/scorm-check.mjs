// @ts-check
/**
 * What the SCORM package test (scorm-zip.test.ts) checks, written apart from the code that builds
 * the package (scorm-package.mjs) so that neither can hide the other's mistake.
 *
 * A **root-absolute URL** is one that starts at the server's root, so it breaks when an LMS serves
 * the package under a path. In the package's files that is:
 *  - HTML: an `href`, `src`, `srcset` candidate, `component-url`, `renderer-url`,
 *    `before-hydration-url`, `action`, `formaction`, `poster` or `data-base` attribute, or the
 *    `content` of an `og:`/`twitter:` meta tag, that begins with `/` but not `//`; a string value
 *    beginning with `/` but not `//` in an island's `props` (the islands' `href` and `base` props);
 *    the CSS and JavaScript rules below inside inline `<style>` and `<script>`;
 *  - CSS: `url(/...)` or `@import "/..."` (not `//`);
 *  - JavaScript: a string literal or template that begins with `/` followed by the name of a file
 *    or folder at the package root (`"/_astro/...`, `"/pagefind/...`, `"/units/...`,
 *    `"/favicon.svg"`...); an import specifier beginning with `/` but not `//`; and the literal
 *    `"/"` joined to something with `+`, the way Vite's preload helper prefixes a root base.
 * ALLOWED lists the two literals that match and are not URLs to fetch.
 */

import { attributeOf, elementsByTag, elementsOf, hasAttribute, parseHtml, textOf } from './html.mjs';

/** Literals the JavaScript rule matches that are not root-absolute URLs, with the reason. */
export const ALLOWED = [
  {
    file: /^pagefind\/pagefind(?:-worker)?\.js$/,
    literal: '"/pagefind/"',
    why: "Pagefind's default basePath; pagefind.js derives the real one from import.meta.url",
  },
  {
    // The codec ships in a chunk of its own (astro.config.mjs, `console-share`).
    file: /^_astro\/console-share\.[\w-]+\.js$/,
    literal: '`/scenarios/${',
    why: 'the share-link path (src/sim/share-link.ts), which the lab bar appends to the base',
  },
];

const HTML_URL_ATTRIBUTES = [
  'href',
  'src',
  'component-url',
  'renderer-url',
  'before-hydration-url',
  'action',
  'formaction',
  'poster',
  'data-base',
];
const isRootAbsolute = (/** @type {string} */ url) => url.startsWith('/') && !url.startsWith('//');
const escapeRegExp = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The top-level names of a package (`_astro`, `units`, `index.html`...) from its file paths.
 * @param {string[]} paths
 */
export function topLevelNames(paths) {
  return [...new Set(paths.map((path) => path.split('/')[0] ?? ''))].sort();
}

/** Root-absolute URLs in a stylesheet, as the text found. @param {string} css */
export function rootAbsoluteInCss(css) {
  /** @type {string[]} */
  const found = [];
  const urls = [
    ...css.matchAll(/url\(\s*(["']?)(\/[^"')\s]*)\1\s*\)/g),
    ...css.matchAll(/@import\s+(["'])(\/[^"']*)\1/g),
  ];
  for (const [text, , url = ''] of urls) if (isRootAbsolute(url)) found.push(text);
  return found;
}

/**
 * Root-absolute URLs in JavaScript, as the text found; `names` are the package's top-level names.
 * @param {string} js
 * @param {string[]} names
 * @param {string} [path] the file's package path, for ALLOWED
 */
export function rootAbsoluteInJs(js, names, path = '') {
  /** @type {string[]} */
  const found = [];
  const rootNames = names.map(escapeRegExp).join('|');
  if (rootNames) {
    const literal = new RegExp(`(["'\`])/(?:${rootNames})(?=[/"'\`?#])[^"'\`\\n]{0,60}\\1?`, 'g');
    for (const match of js.matchAll(literal)) found.push(match[0]);
  }
  for (const match of js.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*(["'`])\/(?!\/)[^"'`]*\1/g)) found.push(match[0]);
  for (const match of js.matchAll(/(["'`])\/\1\s*\+/g)) found.push(match[0]);
  const allowed = ALLOWED.filter((rule) => rule.file.test(path));
  return [...new Set(found)].filter((text) => !allowed.some((rule) => text.startsWith(rule.literal)));
}

/**
 * The values of these attributes on every element of a parsed page, in document order (and in
 * each element in the order written), with the attribute's name.
 * @param {import('./html.mjs').Document} document
 * @param {readonly string[]} names
 */
const attributeValues = (document, names) =>
  elementsOf(document).flatMap((element) => element.attrs.filter((attribute) => names.includes(attribute.name)));

/**
 * The string values of a props attribute's `[0,"..."]` entries named `key` (any key when omitted).
 * @param {string} props
 * @param {string} [key]
 */
const propsStrings = (props, key) => {
  const entry = key ? new RegExp(`"${key}":\\[0,"((?:[^"\\\\]|\\\\.)*)"\\]`, 'g') : /\[0,"((?:[^"\\]|\\.)*)"\]/g;
  return [...props.matchAll(entry)].map((match) => match[1] ?? '');
};

/**
 * Root-absolute URLs in an HTML page, as `attribute="value"` or the CSS/JS text found.
 * @param {string} html
 * @param {string[]} names the package's top-level names
 */
export function rootAbsoluteInHtml(html, names) {
  const document = parseHtml(html);
  const elements = elementsOf(document);
  /** @type {string[]} */
  const found = [];
  for (const { name, value } of attributeValues(document, HTML_URL_ATTRIBUTES)) {
    if (isRootAbsolute(value)) found.push(`${name}="${value}"`);
  }
  for (const { value } of attributeValues(document, ['srcset'])) {
    for (const candidate of value.split(',')) {
      const url = candidate.trim().split(/\s+/)[0] ?? '';
      if (isRootAbsolute(url)) found.push(`srcset="${url}"`);
    }
  }
  for (const meta of elementsByTag(document, 'meta')) {
    const content = attributeOf(meta, 'content');
    const social = /^(?:og|twitter):/.test(attributeOf(meta, 'property') ?? attributeOf(meta, 'name') ?? '');
    if (social && content && isRootAbsolute(content)) found.push(`content="${content}"`);
  }
  for (const { value } of attributeValues(document, ['props'])) {
    for (const string of propsStrings(value)) if (isRootAbsolute(string)) found.push(`props "${string}"`);
  }
  for (const script of elementsByTag(document, 'script')) {
    if (!hasAttribute(script, 'src') && !/^application\/(?:ld\+)?json$/.test(attributeOf(script, 'type') ?? '')) {
      found.push(...rootAbsoluteInJs(textOf(script), names));
    }
  }
  for (const style of elementsByTag(document, 'style')) found.push(...rootAbsoluteInCss(textOf(style)));
  for (const element of elements) {
    const style = attributeOf(element, 'style');
    if (style !== undefined) found.push(...rootAbsoluteInCss(style));
  }
  return found;
}

/**
 * Root-absolute URLs in one file of the package, by its extension (HTML, CSS, JavaScript; other
 * files give none), each as `path: text`.
 * @param {string} path
 * @param {string} text
 * @param {string[]} names the package's top-level names
 */
export function rootAbsoluteUrls(path, text, names) {
  const found = path.endsWith('.html')
    ? rootAbsoluteInHtml(text, names)
    : path.endsWith('.css')
      ? rootAbsoluteInCss(text)
      : /\.m?js$/.test(path)
        ? rootAbsoluteInJs(text, names, path)
        : [];
  return found.map((text) => `${path}: ${text}`);
}

/**
 * Where a relative URL in a package file leads: the package path of the file it names (query
 * and fragment dropped), `''` for the package root itself, `null` for a URL that leaves the page's
 * own files alone (another scheme or host, or a fragment only), and `undefined` for one that climbs
 * above the package root.
 * @param {string} fromPath
 * @param {string} url
 */
export function resolveInPackage(fromPath, url) {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url === '') return null;
  const root = 'http://package.invalid/p/a/c/k/';
  const resolved = new URL(url, root + fromPath);
  if (!resolved.href.startsWith(root)) return undefined;
  return decodeURIComponent(resolved.pathname.slice(new URL(root).pathname.length));
}

/**
 * Every URL an HTML page loads or links to, from the attributes and island props that hold them.
 * @param {string} html
 */
export function htmlUrls(html) {
  const document = parseHtml(html);
  const names = ['href', 'src', 'component-url', 'renderer-url', 'before-hydration-url', 'action', 'poster'];
  return [
    ...attributeValues(document, names).map(({ value }) => value),
    ...attributeValues(document, ['srcset']).flatMap(({ value }) =>
      value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
    ),
    ...attributeValues(document, ['props']).flatMap(({ value }) => propsStrings(value, 'href')),
  ];
}

/**
 * The URLs a stylesheet loads (`url(...)` and `@import`), data: URLs included (resolveInPackage skips them).
 * @param {string} css
 */
export function cssUrls(css) {
  return [
    ...[...css.matchAll(/url\(\s*(["']?)([^"')\s]*)\1\s*\)/g)].map((match) => match[2] ?? ''),
    ...[...css.matchAll(/@import\s+(["'])([^"']*)\1/g)].map((match) => match[2] ?? ''),
  ];
}

/** The bases a page hands its scripts (`data-base` and the islands' `base` props). @param {string} html */
export function htmlBases(html) {
  const document = parseHtml(html);
  return [
    ...attributeValues(document, ['data-base']).map(({ value }) => value),
    ...attributeValues(document, ['props']).flatMap(({ value }) => propsStrings(value, 'base')),
  ];
}

/**
 * The files a module imports: relative specifiers (`./x.js`), resolved from the module's folder,
 * and the package-relative lists Vite's preload helper reads (`"_astro/x.js"`).
 * @param {string} path
 * @param {string} js
 */
export function jsImports(path, js) {
  /** @type {string[]} */
  const found = [];
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  for (const [, , spec = ''] of js.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*(["'])(\.\.?\/[^"']+)\1/g)) {
    found.push(resolveInPackage(path, spec) ?? `${folder}${spec} (above the package root)`);
  }
  for (const [, file = ''] of js.matchAll(/["'](_astro\/[\w.-]+\.(?:js|css))["']/g)) found.push(file);
  return [...new Set(found)];
}

/** @type {Record<string, string>} */
const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (/** @type {string} */ text) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (whole, name) => XML_ENTITIES[name] ?? whole);
/** @param {string} tag @param {string} name */
const attribute = (tag, name) => {
  const match = new RegExp(`\\s${escapeRegExp(name)}="([^"]*)"`).exec(tag);
  return match ? unescapeXml(match[1] ?? '') : undefined;
};

/**
 * The parts of an imsmanifest.xml the checks need, read with plain patterns (the package's manifest
 * is generated, one element per line or not, attributes in double quotes).
 * @param {string} xml
 */
export function readManifest(xml) {
  const text = (/** @type {string} */ name, scope = xml) => {
    const match = new RegExp(`<${escapeRegExp(name)}>([^<]*)</${escapeRegExp(name)}>`).exec(scope);
    return match ? unescapeXml((match[1] ?? '').trim()) : undefined;
  };
  const items = [...xml.matchAll(/<item\b([^>]*)>([\s\S]*?)<\/item>/g)].map(([, tag = '', inner = '']) => ({
    identifier: attribute(tag, 'identifier'),
    identifierref: attribute(tag, 'identifierref'),
    title: text('title', inner),
    masteryscore: text('adlcp:masteryscore', inner),
  }));
  const resources = [...xml.matchAll(/<resource\b([^>]*)>([\s\S]*?)<\/resource>/g)].map(([, tag = '', inner = '']) => ({
    identifier: attribute(tag, 'identifier'),
    type: attribute(tag, 'type'),
    scormtype: attribute(tag, 'adlcp:scormtype'),
    href: attribute(tag, 'href'),
    files: [...inner.matchAll(/<file\b[^>]*>/g)].map((file) => attribute(file[0], 'href')),
  }));
  return {
    namespaces: [...xml.matchAll(/\sxmlns(?::\w+)?="([^"]*)"/g)].map((match) => match[1]),
    schema: text('schema'),
    schemaversion: text('schemaversion'),
    organizations: (xml.match(/<organization\b/g) ?? []).length,
    items,
    resources,
  };
}
