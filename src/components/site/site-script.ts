/**
 * The one script every page shares (budget: 3.5 KB gzip). It binds the server-rendered markup to the
 * progress store: units' and labs' done marks, "Mark unit complete", the home page's progress and
 * Continue link, the reset dialog and notices. Search code loads on first use only. Everything it
 * shows is set as text, never as markup; every text it shows comes from the page.
 */
import searchUrl from './search-entry.ts?worker&url';
import {
  $progress,
  $progressProblem,
  $saving,
  completeUnit,
  dismissProgressNotice,
  resetProgress,
  uncompleteUnit,
  visitUnit,
} from '../../stores/progress';
import { continueTarget } from '../../progress/navigation';

const { base = '/', unit, units = '' } = document.body.dataset;
const unitSlugs = units.split(' ').filter(Boolean);
const find = <T extends HTMLElement = HTMLElement>(selector: string, scope: ParentNode = document) =>
  scope.querySelector<T>(selector);
const findAll = (selector: string) => document.querySelectorAll<HTMLElement>(selector);
/** Un-hides a control that only works with JavaScript and returns it. */
const reveal = <T extends HTMLElement>(element: T | null) => {
  if (element) element.hidden = false;
  return element;
};

// The theme and its toggle live in the inline ThemeScript, which runs before first paint.

// Notices: one calm line at the top of the page; the texts are in the page's data attributes.
const notice = find('[data-notice]');
const showNotice = (key: string | null) => {
  if (!notice) return;
  const text = key && notice.getAttribute('data-' + key);
  find('p', notice)!.textContent = text ?? '';
  notice.hidden = !text;
};
find('[data-notice-dismiss]')?.addEventListener('click', () => {
  showNotice(null);
  dismissProgressNotice();
});
$progressProblem.subscribe(showNotice);
// A save failed: show StorageNotice (the theme script shows it at load when storage is unusable).
$saving.subscribe((saving) => saving || document.documentElement.classList.add('no-storage'));

// Dialogs: Escape is native; Close/Cancel buttons close; focus returns to the opener.
const openDialog = (dialog: HTMLDialogElement, opener: HTMLElement) => {
  dialog.showModal();
  // An opener in the Menu popover is hidden by then (showModal closes the menu): Menu takes focus.
  dialog.addEventListener('close', () => (opener.checkVisibility() ? opener : find('[popovertarget]'))?.focus(), { once: true });
};
for (const button of findAll('[data-dialog-close]')) {
  button.addEventListener('click', () => button.closest('dialog')?.close());
}

// Progress: done marks everywhere, the unit's own toggle, and the home page summary.
const completeButton = find('[data-complete-unit]');
const completeStatus = find('[data-complete-status]');
const completeIntro = completeStatus?.textContent;
reveal(find('[data-complete-section]'));
const summary = reveal(find('[data-progress-summary]'));
const continueLink = find<HTMLAnchorElement>('[data-continue]');

$progress.subscribe(({ completedUnits, lastVisitedUnit, labs }) => {
  const done = new Set(completedUnits);
  for (const item of findAll('[data-unit-item]')) {
    const isDone = done.has(item.dataset.unitItem!);
    item.toggleAttribute('data-done', isDone);
    find('[data-done-text]', item)!.textContent = isDone ? ' (completed)' : '';
  }
  // Each lab mark (LabMark.astro: data-lab, the scenario id; data-done, 'self' or 'help') shows
  // when the lab's saved `done` is exactly its own (a lab record is only known to be an object).
  for (const mark of findAll('[data-lab]')) {
    mark.hidden = (labs[mark.dataset.lab!] as { done?: unknown } | undefined)?.done !== mark.dataset.done;
  }
  if (completeButton && completeStatus) {
    const isDone = done.has(completeButton.dataset.completeUnit!);
    completeButton.setAttribute('aria-pressed', String(isDone));
    completeStatus.textContent = (isDone ? completeStatus.dataset.doneText : completeIntro)!;
  }
  const count = unitSlugs.filter((slug) => done.has(slug)).length;
  if (summary) {
    find<HTMLProgressElement>('progress', summary)!.value = count;
    find('label', summary)!.textContent = `${count} of ${unitSlugs.length} units complete`;
  }
  if (continueLink && (count || lastVisitedUnit)) {
    // In an LMS package the link names the folder's index.html (see ../page-url.ts, which this chunk
    // does not import: a shared module would cost the site script's budget; here it folds away).
    continueLink.href = `${base}units/${continueTarget(unitSlugs, completedUnits, lastVisitedUnit)}/${import.meta.env.PUBLIC_LMS ? 'index.html' : ''}`;
    continueLink.textContent = continueLink.dataset[count === unitSlugs.length ? 'allDone' : 'started']!;
  }
});

completeButton?.addEventListener('click', () => {
  const slug = completeButton.dataset.completeUnit!;
  if (completeButton.getAttribute('aria-pressed') === 'true') uncompleteUnit(slug);
  else completeUnit(slug);
});

if (unit) visitUnit(unit);

// Reset, behind a confirmation dialog.
const resetOpen = reveal(find('[data-reset-open]'));
const resetDialog = find<HTMLDialogElement>('[data-reset-dialog]');
if (resetOpen && resetDialog) {
  resetOpen.addEventListener('click', () => openDialog(resetDialog, resetOpen));
  find('[data-reset-confirm]', resetDialog)!.addEventListener('click', () => {
    resetProgress();
    resetDialog.close();
    showNotice('reset');
  });
}

// Search: the dialog opens at once; its code, Pagefind's index and WASM load on first use only.
const searchOpen = reveal(find('[data-search-open]'));
const searchDialog = find<HTMLDialogElement>('[data-search-dialog]');
let searchLoaded = false;
if (searchOpen && searchDialog) {
  searchOpen.addEventListener('click', () => {
    openDialog(searchDialog, searchOpen);
    if (!searchLoaded) void import(/* @vite-ignore */ searchUrl);
    searchLoaded = true;
  });
}

