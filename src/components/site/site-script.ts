/**
 * The one script every page shares (budget: 3 KB gzip). It binds the server-rendered markup to the
 * progress store: theme toggle, done marks, "Mark unit complete", the home page's progress and
 * Continue link, the reset dialog, notices, and the search dialog, whose code loads on first use.
 * Everything it shows is set as text, never as markup.
 */
import {
  $progress,
  $progressNotice,
  completeUnit,
  dismissProgressNotice,
  resetProgress,
  uncompleteUnit,
  visitUnit,
} from '../../stores/progress';
import { continueTarget } from '../../progress/navigation';
import { bindSearch } from './search';

const THEME_KEY = 'co-management-lab:theme';
const root = document.documentElement;
const body = document.body;
const base = body.dataset.base ?? '/';
const unitSlugs = (body.dataset.units ?? '').split(' ').filter(Boolean);
const find = <T extends Element = HTMLElement>(selector: string, scope: ParentNode = document) =>
  scope.querySelector<T & Element>(selector) as (T & HTMLElement) | null;
const findAll = (selector: string) => Array.from(document.querySelectorAll<HTMLElement>(selector));

// Theme: an explicit choice is stored; without one the page follows the system setting live.
const themeButton = find<HTMLButtonElement>('[data-theme-toggle]');
const systemDark = matchMedia('(prefers-color-scheme: dark)');
function storedTheme(): string | null {
  try {
    return localStorage.getItem(THEME_KEY);
  } catch {
    return null;
  }
}
function applyTheme(theme: string) {
  root.dataset.theme = theme;
  themeButton?.setAttribute('aria-pressed', String(theme === 'dark'));
}
if (themeButton) {
  themeButton.hidden = false;
  applyTheme(root.dataset.theme === 'dark' ? 'dark' : 'light');
  themeButton.addEventListener('click', () => {
    const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage refused: the choice lasts for this page only.
    }
    applyTheme(next);
  });
  systemDark.addEventListener('change', (event) => {
    if (!storedTheme()) applyTheme(event.matches ? 'dark' : 'light');
  });
}

// Notices: one calm line at the top of the page, dismissible.
const notice = find('[data-notice]');
const noticeText = find('[data-notice-text]');
let localNotice = false;
function showNotice(text: string | null) {
  if (!notice || !noticeText) return;
  noticeText.textContent = text ?? '';
  notice.hidden = !text;
}
find('[data-notice-dismiss]')?.addEventListener('click', () => {
  if (localNotice) showNotice(null);
  localNotice = false;
  dismissProgressNotice();
});
$progressNotice.subscribe((text) => {
  if (!localNotice) showNotice(text);
});

// Dialogs: Escape is native; Close/Cancel buttons and a focus return to the opener.
function openDialog(dialog: HTMLDialogElement, opener: HTMLElement) {
  dialog.showModal();
  dialog.addEventListener('close', () => opener.focus(), { once: true });
}
for (const button of findAll('[data-dialog-close]')) {
  button.addEventListener('click', () => button.closest('dialog')?.close());
}

// Progress: done marks everywhere, the unit's own toggle, and the home page summary.
const completeButton = find<HTMLButtonElement>('[data-complete-unit]');
const completeStatus = find('[data-complete-status]');
const completeSection = find('[data-complete-section]');
if (completeSection) completeSection.hidden = false;
const completeIntro = completeStatus?.textContent ?? '';
const summary = find('[data-progress-summary]');
const continueLink = find<HTMLAnchorElement>('[data-continue]');

$progress.subscribe((progress) => {
  const done = new Set(progress.completedUnits);
  for (const item of findAll('[data-unit-item]')) {
    const isDone = done.has(item.dataset.unitItem ?? '');
    item.toggleAttribute('data-done', isDone);
    const label = find('[data-done-text]', item);
    if (label) label.textContent = isDone ? ' (completed)' : '';
  }
  if (completeButton && completeStatus) {
    const isDone = done.has(completeButton.dataset.completeUnit ?? '');
    completeButton.setAttribute('aria-pressed', String(isDone));
    completeStatus.textContent = isDone
      ? 'You marked this unit complete. Press the button again to take the mark back.'
      : completeIntro;
  }
  const count = unitSlugs.filter((slug) => done.has(slug)).length;
  if (summary) {
    summary.hidden = false;
    const bar = find<HTMLProgressElement>('progress', summary);
    if (bar) bar.value = count;
    const text = find('[data-progress-text]', summary);
    if (text) text.textContent = `${count} of ${unitSlugs.length} units complete`;
  }
  if (continueLink) {
    const started = count > 0 || progress.lastVisitedUnit !== null;
    const target = continueTarget(unitSlugs, progress.completedUnits, progress.lastVisitedUnit);
    if (started && target) {
      continueLink.href = `${base}units/${target}/`;
      continueLink.textContent = count === unitSlugs.length ? 'Review the module' : 'Continue where you left off';
    }
  }
});

completeButton?.addEventListener('click', () => {
  const slug = completeButton.dataset.completeUnit ?? '';
  if (completeButton.getAttribute('aria-pressed') === 'true') uncompleteUnit(slug);
  else completeUnit(slug);
});

if (body.dataset.unit) visitUnit(body.dataset.unit);

// Reset, behind a confirmation dialog.
const resetOpen = find<HTMLButtonElement>('[data-reset-open]');
const resetDialog = find<HTMLDialogElement>('[data-reset-dialog]');
if (resetOpen && resetDialog) {
  resetOpen.hidden = false;
  resetOpen.addEventListener('click', () => openDialog(resetDialog, resetOpen));
  find('[data-reset-confirm]', resetDialog)?.addEventListener('click', () => {
    resetProgress();
    resetDialog.close();
    localNotice = true;
    showNotice('Your progress has been reset.');
  });
}

// Search: the dialog opens at once; Pagefind's code, index and WASM load on first use only.
const searchOpen = find<HTMLButtonElement>('[data-search-open]');
const searchDialog = find<HTMLDialogElement>('[data-search-dialog]');
if (searchOpen && searchDialog) {
  searchOpen.hidden = false;
  let loaded: Promise<unknown> | undefined;
  searchOpen.addEventListener('click', () => {
    openDialog(searchDialog, searchOpen);
    loaded ??= bindSearch(searchDialog, base);
  });
}
