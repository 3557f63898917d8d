/**
 * The heading face (Manrope, global.css) is used from the page's first contentful paint on
 * (first-paint.ts), not before: until then `html.js` without `heading-font` names only its
 * metric-matched fallback, so the browser does not fetch the 25 KB font while the page's own first
 * bytes are still arriving (a font that a page's text uses is fetched at the highest priority, and
 * its download competed with the first paint). Headings keep their line breaks when the face
 * arrives (the fallback's metrics). Once a page of this tab has asked for the face it is in the
 * cache: later pages use it at once, and their first paint has it. With scripting off, `html` has
 * no `js` class and the face is used from the start.
 */
import './first-paint';

const ASKED_KEY = 'co-management-lab:heading-font';

const useHeadingFont = () => document.documentElement.classList.add('heading-font');

try {
  if (sessionStorage.getItem(ASKED_KEY)) useHeadingFont();
  // This page asks for the face after its first paint; the next ones in this tab find it cached.
  else sessionStorage.setItem(ASKED_KEY, '1');
} catch {
  // Storage blocked: every page waits for its first paint.
}
firstPaint.then(useHeadingFont);
