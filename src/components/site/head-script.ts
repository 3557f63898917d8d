/**
 * The inline script in every page's <head> (budget: 1.5 KB gzip), bundled and minified at build
 * time by inline-theme-script.ts. It runs before the page's body is parsed, so it owns what must be
 * right at first paint:
 * - the theme (theme-script.js);
 * - the first paint's promise (first-paint.ts), and when headings may use their own face
 *   (heading-font.ts);
 * - the learner's saved progress: read from storage as saved (the site script's store reads it
 *   again with every check and says when it could not), and shown by `showProgress` on each batch
 *   of parsed elements, until the page is parsed. A mutation observer's callback runs before the
 *   browser next renders, so the first paint has the marks. Saved progress of another format
 *   version shows nothing here: the store migrates or refuses it, then shows it.
 * - `self.showProgress`, which the site script calls on every change, so the code ships once.
 * A page that shows no progress (BaseLayout's `progressMarks`) gets the theme part alone
 * (`PROGRESS_MARKS`, set by the bundler: inline-theme-script.ts), and the site script has nothing
 * to call there; only a page that shows the module's progress (`moduleProgress`: the home page, the
 * last unit) gets that code (`MODULE_PROGRESS`): the others show the marks alone.
 */
import './theme-script.js';
import './heading-font';
import { showMarks, showProgress, type ShownProgress } from './progress-marks';
import { PROGRESS_KEY } from '../../progress/storage-key';
import { PROGRESS_VERSION } from '../../progress/progress';

declare const PROGRESS_MARKS: boolean;
declare const MODULE_PROGRESS: boolean;

/**
 * The saved progress as it was written by this version, or null (none, unreadable, another
 * version). Only its version and its units are checked: `showProgress` reads the rest as unknown.
 */
function saved(): ShownProgress | null {
  try {
    const value = JSON.parse(localStorage.getItem(PROGRESS_KEY)!);
    return value.version === PROGRESS_VERSION && Array.isArray(value.completedUnits) ? value : null;
  } catch {
    return null;
  }
}

if (PROGRESS_MARKS) {
  const shown = MODULE_PROGRESS ? showProgress : showMarks;
  self.showProgress = shown;
  const progress = saved();
  if (progress) {
    const show = () => document.body && shown(progress);
    const observer = new MutationObserver(show);
    observer.observe(document.documentElement, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => {
      observer.disconnect();
      show();
    });
  }
}
