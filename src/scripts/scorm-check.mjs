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

const HTML_URL_ATTRIBUTES = ['href', 'src', 'component-url', 'renderer-url', 'before-hydration-url', 'action', 'formaction', 'poster', 'data-base'];
const isRootAbsolute = (url) => url.startsWith('/') && !url.startsWith('//');
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const decodeAttribute = (value) => value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The top-level names of a package (`_astro`, `units`, `index.html`...) from its file paths. */
export function topLevelNames(paths) {
  return [...new Set(paths.map((path) => path.split('/')[0]))].sort();
}

/** Root-absolute URLs in a stylesheet, as the text found. */
export function rootAbsoluteInCss(css) {
  const found = [];
  for (const match of css.matchAll(/url\(\s*(["']?)(\/[^"')\s]*)\1\s*\)/g)) if (isRootAbsolute(match[2])) found.push(match[0]);
  for (const match of css.matchAll(/@import\s+(["'])(\/[^"']*)\1/g)) if (isRootAbsolute(match[2])) found.push(match[0]);
  return found;
}

/** Root-absolute URLs in JavaScript, as the text found; `names` are the package's top-level names. */
export function rootAbsoluteInJs(js, names, path = '') {
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

/** Root-absolute URLs in an HTML page, as `attribute="value"` or the CSS/JS text found. */
export function rootAbsoluteInHtml(html, names) {
  const found = [];
  const attributes = new RegExp(`\\s(${HTML_URL_ATTRIBUTES.map(escapeRegExp).join('|')})="([^"]*)"`, 'g');
  for (const match of html.matchAll(attributes)) {
    const value = decodeAttribute(match[2]);
    if (isRootAbsolute(value)) found.push(`${match[1]}="${value}"`);
  }
  for (const match of html.matchAll(/\ssrcset="([^"]*)"/g)) {
    for (const candidate of decodeAttribute(match[1]).split(',')) {
      const url = candidate.trim().split(/\s+/)[0] ?? '';
      if (isRootAbsolute(url)) found.push(`srcset="${url}"`);
    }
  }
  for (const match of html.matchAll(/<meta\s[^>]*>/g)) {
    const tag = match[0];
    const content = /\scontent="([^"]*)"/.exec(tag)?.[1];
    if (/\s(?:property|name)="(?:og|twitter):/.test(tag) && content && isRootAbsolute(decodeAttribute(content))) found.push(`content="${content}"`);
  }
  for (const match of html.matchAll(/\sprops="([^"]*)"/g)) {
    for (const value of decodeAttribute(match[1]).matchAll(/\[0,"((?:[^"\\]|\\.)*)"\]/g)) {
      if (isRootAbsolute(value[1])) found.push(`props "${value[1]}"`);
    }
  }
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!/\ssrc=/.test(match[1]) && !/type="application\/(?:ld\+)?json"/.test(match[1])) found.push(...rootAbsoluteInJs(match[2], names));
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) found.push(...rootAbsoluteInCss(match[1]));
  for (const match of html.matchAll(/\sstyle="([^"]*)"/g)) found.push(...rootAbsoluteInCss(decodeAttribute(match[1])));
  return found;
}

/**
 * Root-absolute URLs in one file of the package, by its extension (HTML, CSS, JavaScript; other
 * files give none), each as `path: text`.
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
 */
export function resolveInPackage(fromPath, url) {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url === '') return null;
  const root = 'http://package.invalid/p/a/c/k/';
  const resolved = new URL(url, root + fromPath);
  if (!resolved.href.startsWith(root)) return undefined;
  return decodeURIComponent(resolved.pathname.slice(new URL(root).pathname.length));
}

/** Every URL an HTML page loads or links to, from the attributes and island props that hold them. */
export function htmlUrls(html) {
  const urls = [];
  for (const match of html.matchAll(/\s(href|src|component-url|renderer-url|before-hydration-url|action|poster)="([^"]*)"/g)) urls.push(decodeAttribute(match[2]));
  for (const match of html.matchAll(/\ssrcset="([^"]*)"/g)) {
    for (const candidate of decodeAttribute(match[1]).split(',')) urls.push(candidate.trim().split(/\s+/)[0] ?? '');
  }
  for (const match of html.matchAll(/\sprops="([^"]*)"/g)) {
    for (const value of decodeAttribute(match[1]).matchAll(/"href":\[0,"((?:[^"\\]|\\.)*)"\]/g)) urls.push(value[1]);
  }
  return urls;
}

/** The URLs a stylesheet loads (`url(...)` and `@import`), data: URLs included (resolveInPackage skips them). */
export function cssUrls(css) {
  return [
    ...[...css.matchAll(/url\(\s*(["']?)([^"')\s]*)\1\s*\)/g)].map((match) => match[2]),
    ...[...css.matchAll(/@import\s+(["'])([^"']*)\1/g)].map((match) => match[2]),
  ];
}

/** The bases a page hands its scripts (`data-base` and the islands' `base` props). */
export function htmlBases(html) {
  const bases = [...html.matchAll(/\sdata-base="([^"]*)"/g)].map((match) => decodeAttribute(match[1]));
  for (const match of html.matchAll(/\sprops="([^"]*)"/g)) {
    for (const value of decodeAttribute(match[1]).matchAll(/"base":\[0,"((?:[^"\\]|\\.)*)"\]/g)) bases.push(value[1]);
  }
  return bases;
}

/**
 * The files a module imports: relative specifiers (`./x.js`), resolved from the module's folder,
 * and the package-relative lists Vite's preload helper reads (`"_astro/x.js"`).
 */
export function jsImports(path, js) {
  const found = [];
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  for (const match of js.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*(["'])(\.\.?\/[^"']+)\1/g)) found.push(resolveInPackage(path, match[2]) ?? `${folder}${match[2]} (above the package root)`);
  for (const match of js.matchAll(/["'](_astro\/[\w.-]+\.(?:js|css))["']/g)) found.push(match[1]);
  return [...new Set(found)];
}

const unescapeXml = (text) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]);
const attribute = (tag, name) => {
  const match = new RegExp(`\\s${escapeRegExp(name)}="([^"]*)"`).exec(tag);
  return match ? unescapeXml(match[1]) : undefined;
};

/**
 * The parts of an imsmanifest.xml the checks need, read with plain patterns (the package's manifest
 * is generated, one element per line or not, attributes in double quotes).
 */
export function readManifest(xml) {
  const text = (name, scope = xml) => {
    const match = new RegExp(`<${escapeRegExp(name)}>([^<]*)</${escapeRegExp(name)}>`).exec(scope);
    return match ? unescapeXml(match[1].trim()) : undefined;
  };
  const items = [...xml.matchAll(/<item\b([^>]*)>([\s\S]*?)<\/item>/g)].map((match) => ({
    identifier: attribute(match[1], 'identifier'),
    identifierref: attribute(match[1], 'identifierref'),
    title: text('title', match[2]),
    masteryscore: text('adlcp:masteryscore', match[2]),
  }));
  const resources = [...xml.matchAll(/<resource\b([^>]*)>([\s\S]*?)<\/resource>/g)].map((match) => ({
    identifier: attribute(match[1], 'identifier'),
    type: attribute(match[1], 'type'),
    scormtype: attribute(match[1], 'adlcp:scormtype'),
    href: attribute(match[1], 'href'),
    files: [...match[2].matchAll(/<file\b[^>]*>/g)].map((file) => attribute(file[0], 'href')),
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
