/**
 * What a page shows of saved progress: units' and labs' done marks, the unit's completion toggle,
 * the home page's count and Continue link, and the module-complete panel. One function, run twice
 * over: by the inline head script (head-script.ts) while the page is parsed, so the first paint
 * already shows the learner's progress, and by the shared site script on every change of the
 * progress store (it calls the head script's copy: `self.showProgress`, so the code ships once).
 *
 * It writes only what differs from the page: the head script calls it from a MutationObserver on
 * the document's children, and writing an unchanged text would be a new child, and so a new call.
 */
import { continueTarget } from '../../progress/navigation';

/**
 * The parts of saved progress a page shows. Before the store has checked it (the head script), a
 * saved record is only known to have its version and a list of units: the rest may be missing.
 */
export interface ShownProgress {
  completedUnits: readonly string[];
  lastVisitedUnit?: string | null;
  labs?: Readonly<Record<string, unknown>> | null;
  quizzes?: Readonly<Record<string, unknown>> | null;
}

declare global {
  /** Set by the inline head script; the site script calls it on each change of progress. */
  var showProgress: ((progress: ShownProgress) => void) | undefined;
}

const all = (selector: string) => document.querySelectorAll<HTMLElement>(selector);
const setText = (element: Element | null | undefined, text: string) => {
  if (element && element.textContent !== text) element.textContent = text;
};
const setAttribute = (element: Element, name: string, value: string) => {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
};

/** The done marks of units and labs and the unit's completion toggle: what unit and lab pages show. */
export function showMarks({ completedUnits, labs }: ShownProgress): void {
  const done = new Set(completedUnits);
  for (const item of all('[data-unit-item]')) {
    const isDone = done.has(item.dataset.unitItem!);
    item.toggleAttribute('data-done', isDone);
    setText(item.querySelector('[data-done-text]'), isDone ? ' (completed)' : '');
  }
  // Each lab mark (LabMark.astro: data-lab, the scenario id; data-done, 'self' or 'help') shows
  // when the lab's saved `done` is exactly its own.
  for (const mark of all('[data-lab]'))
    mark.hidden = (labs?.[mark.dataset.lab!] as { done?: unknown } | undefined)?.done !== mark.dataset.done;
  // The toggle's label and the sentence beside it follow aria-pressed by CSS (MarkComplete.astro).
  for (const button of all('[data-complete-unit]'))
    setAttribute(button, 'aria-pressed', String(done.has(button.dataset.completeUnit!)));
}

/**
 * Everything a page can show of saved progress: the marks, and the module's progress as the home
 * page and the last unit show it (the count, the Continue link, the module-complete panel). Only
 * those pages carry this code (BaseLayout's `moduleProgress`).
 */
export function showProgress(progress: ShownProgress): void {
  showMarks(progress);
  const { completedUnits, lastVisitedUnit = null, quizzes } = progress;
  const { base = '/', units = '' } = document.body.dataset;
  const unitSlugs = units.split(' ').filter(Boolean);
  const done = new Set(completedUnits);
  const count = unitSlugs.filter((slug) => done.has(slug)).length;
  // The module-complete panel and what is left (ModuleFinish.astro) follow these attributes by CSS.
  for (const finish of all('[data-module-quiz]')) {
    const attempts = (quizzes?.[finish.dataset.moduleQuiz!] as { attempts?: unknown } | undefined)?.attempts;
    const passed = Array.isArray(attempts) && attempts.some((attempt) => attempt?.passed === true);
    finish.toggleAttribute('data-passed', passed);
    finish.toggleAttribute('data-done', passed && count === unitSlugs.length);
  }
  for (const summary of all('[data-progress-summary]')) {
    const bar = summary.querySelector('progress');
    if (bar && bar.value !== count) bar.value = count;
    setText(summary.querySelector('label'), `${count} of ${unitSlugs.length} units complete`);
  }
  const target = continueTarget(unitSlugs, completedUnits, typeof lastVisitedUnit == 'string' ? lastVisitedUnit : null);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-continue]')) {
    if (!target || !(count || lastVisitedUnit)) continue;
    // In an LMS package the link names the folder's index.html (as ../page-url.ts does).
    setAttribute(link, 'href', `${base}units/${target}/${import.meta.env.PUBLIC_LMS ? 'index.html' : ''}`);
    setText(link, link.dataset[count === unitSlugs.length ? 'allDone' : 'started']!);
  }
}
