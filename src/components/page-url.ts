/**
 * Links to a page that the browser builds (the home page's Continue link, search results, share
 * links, the presenter's notes window). On the web a page is its folder (`units/paths/`); in an
 * LMS package (built with PUBLIC_LMS set) a link names the folder's `index.html`, because an LMS's
 * file server may not serve a folder's index. Links in the built HTML get the same change from
 * the packaging script (`src/scripts/scorm-package.mjs`).
 */
import { indexFileUrl } from './index-file-url.mjs';

export { indexFileUrl };

export const pageUrl = (url: string): string => (import.meta.env.PUBLIC_LMS ? indexFileUrl(url) : url);
