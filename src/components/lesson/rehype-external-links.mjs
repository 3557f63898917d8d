/**
 * External links in lessons (every http/https link; the addresses allowed are those of
 * content/learn-links.yaml, which the crawl of the built site checks). Each one:
 *  - opens in a new tab (`target="_blank"`): inside the LMS package the course runs in a frame,
 *    and Microsoft Learn refuses to be shown in someone else's frame, so a link that navigated the
 *    frame would show an error where the course was;
 *  - carries `rel="noopener noreferrer"`, so the new tab cannot reach back into the course;
 *  - ends in visually hidden text " (opens in a new tab)", so a screen reader says so before the
 *    learner follows it (the site's `.visually-hidden` class; global.css adds a visible arrow).
 * The work is done by the `rehype-external-links` package; this file holds our options, and
 * `rehypeListedLinksOnly`, which fails the build on an external link that is not on the list.
 */
import rehypeExternalLinks from 'rehype-external-links';

/** What a screen reader hears at the end of an external link's name. */
export const NEW_TAB_TEXT = ' (opens in a new tab)';

/** @type {import('rehype-external-links').Options} */
export const externalLinkOptions = {
  protocols: ['http', 'https'],
  target: '_blank',
  rel: ['noopener', 'noreferrer'],
  content: { type: 'text', value: NEW_TAB_TEXT },
  // Search leaves the words out: otherwise every "Learn more" would be a hit for "tab".
  contentProperties: { className: ['visually-hidden'], dataPagefindIgnore: '' },
};

/** The plugin with our options, as a `rehypePlugins` entry for @astrojs/mdx. */
/** @type {[typeof rehypeExternalLinks, import('rehype-external-links').Options]} */
export const rehypeExternalLinksEntry = [rehypeExternalLinks, externalLinkOptions];

/** Whether an address leaves the site: http(s), any case, or protocol-relative. */
const isExternal = (href) => /^(?:https?:)?\/\//i.test(href.trim());

/**
 * Fails the build on a lesson's external link whose address is not in `allowed` (the `url`s of
 * content/learn-links.yaml), naming the lesson file, the line and the address, so an author learns
 * of it at once; the crawl of the built site (site-crawl.test.ts) checks every page again.
 * @param {{ allowed: readonly string[], list?: string }} options
 */
export function rehypeListedLinksOnly({ allowed, list = 'content/learn-links.yaml' }) {
  const known = new Set(allowed);
  /** @param {any} node @param {import('vfile').VFile} file */
  const visit = (node, file) => {
    if (
      node.type === 'element' &&
      node.tagName === 'a' &&
      typeof node.properties?.href === 'string' &&
      isExternal(node.properties.href) &&
      !known.has(node.properties.href)
    ) {
      file.fail(
        `links to ${node.properties.href}, which is not on ${list}: use an address exactly as listed there, or add the page to the list first`,
        node,
      );
    }
    for (const child of node.children ?? []) visit(child, file);
  };
  /** @param {any} tree @param {import('vfile').VFile} file */
  return (tree, file) => visit(tree, file);
}
