// @ts-check
/**
 * `units/paths/#x` -> `units/paths/index.html#x`: a URL whose path ends in `/` gets `index.html`
 * before its query and fragment; any other URL is returned as it is. Plain JavaScript so that both
 * the browser (`page-url.ts`) and the packaging script (`src/scripts/scorm-package.mjs`, run by
 * Node) use this one rule.
 * @param {string} url
 * @returns {string}
 */
export function indexFileUrl(url) {
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  return path.endsWith('/') ? `${path}index.html${url.slice(path.length)}` : url;
}
