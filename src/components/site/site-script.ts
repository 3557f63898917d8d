/**
 * The one script every page shares (budget: 3.5 KB gzip). It binds the server-rendered markup to the
 * progress store (the marks it shows through the head script's `showProgress`), "Mark unit complete",
 * the reset dialog, export and notices. Search code loads
 * on first use only. Everything it shows is set as text, never as markup; every text it
 * shows comes from the page.
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
import { exportFileName, exportText } from '../../progress/export-file';

const { base = '/', unit, pageParts: partsFile } = document.body.dataset;
const find = <T extends HTMLElement = HTMLElement>(selector: string, scope: ParentNode = document) =>
  scope.querySelector<T>(selector);
const findAll = (selector: string) => document.querySelectorAll<HTMLElement>(selector);

// The theme and its toggle live in the inline ThemeScript, which runs before first paint.

// Parts of the page that no first paint shows, the same on every page (the search and reset
// dialogs, the notices' texts), are in a file of their own (page-parts.mjs): fetched once the page
// has painted, or at once when one is wanted sooner, and put back at the end of <body>. A failed
// fetch is tried again when a part is next wanted.
let parts: Promise<unknown> | undefined;
const pageParts = () =>
  (parts ??= fetch(base + '_astro/' + partsFile)
    .then((response) => (response.ok ? response.text() : Promise.reject()))
    .then((html) => document.body.append(...new DOMParser().parseFromString(html, 'text/html').body.children))
    .catch(() => (parts = undefined)));
firstPaint.then(pageParts);

// Notices: one calm line at the top of the page; the texts are in the page parts' data attributes.
// Each is shown in the order asked, though the first may wait for the parts.
const notice = find('[data-notice]');
let noticeShown: Promise<unknown> = Promise.resolve();
const showNotice = (key: string | null) =>
  notice &&
  (noticeShown = noticeShown
    .then(() => key && pageParts())
    .then(() => {
      const text = key && find('[data-notice-texts]')?.getAttribute('data-' + key);
      find('p', notice)!.textContent = text ?? '';
      notice.hidden = !text;
    }));
find('[data-notice-dismiss]')?.addEventListener('click', () => {
  showNotice(null);
  dismissProgressNotice();
});
$progressProblem.subscribe(showNotice);
// A save failed: show StorageNotice (the theme script shows it at load when storage is unusable).
$saving.subscribe((saving) => saving || document.documentElement.classList.add('no-storage'));

// Dialogs: Escape is native; Close/Cancel buttons close; focus returns to the opener, unless a
// search result on this page was chosen: the page is at its heading, where the keyboard goes on.
const openDialog = (dialog: HTMLDialogElement, opener: HTMLElement) => {
  const { hash } = location;
  dialog.showModal();
  // An opener in the Menu popover is hidden by then (showModal closes the menu): Menu takes focus.
  dialog.addEventListener(
    'close',
    () => hash == location.hash && (opener.checkVisibility() ? opener : find('[popovertarget]'))?.focus(),
    { once: true },
  );
};
// By delegation: the page parts' dialogs come later than this script.
addEventListener('click', (event) =>
  (event.target as Element).closest('[data-dialog-close]')?.closest('dialog')?.close(),
);

// Progress: done marks everywhere, the unit's own toggle, the home page's count and Continue link
// and the module-complete panel, shown by the inline head script's code (progress-marks.ts), which
// already showed the saved progress before first paint; here on every change, in every open tab.
const completeButton = find('[data-complete-unit]');
$progress.subscribe((progress) => self.showProgress?.(progress));

completeButton?.addEventListener('click', () => {
  const slug = completeButton.dataset.completeUnit!;
  if (completeButton.getAttribute('aria-pressed') === 'true') uncompleteUnit(slug);
  else completeUnit(slug);
});

if (unit) visitUnit(unit);

// A glossary popover that hover or keyboard focus shows (by CSS: Term.astro) hides on Escape until
// the mouse or focus moves to something else, as content shown that way must be dismissible
// without moving. Seen as the key goes down (capture): closing an open popover moves focus.
addEventListener(
  'keydown',
  (event) => {
    if (event.key != 'Escape') return;
    findAll('.term-wrap:hover').forEach((word) => word.classList.add('term-wrap--quiet-hover'));
    (event.target as Element).closest('.term-wrap')?.classList.add('term-wrap--quiet-focus-within');
  },
  true,
);
for (const [type, way] of [
  ['mouseover', 'hover'],
  ['focusin', 'focus-within'],
] as const)
  addEventListener(type, (event) =>
    findAll('.term-wrap--quiet-' + way).forEach(
      (word) => word.contains(event.target as Node) || word.classList.remove('term-wrap--quiet-' + way),
    ),
  );

// Copy buttons on code blocks (rehype-copy-code.mjs): the block's text to the clipboard; the
// status line beside the button says how it went, in the page's words.
for (const button of findAll('[data-copy]')) {
  button.addEventListener('click', () => {
    const status = button.previousElementSibling as HTMLElement;
    const said = (ok: boolean) => (status.textContent = status.dataset[ok ? 'done' : 'failed']!);
    navigator.clipboard.writeText(find('pre', button.closest('.code-block')!)!.textContent!).then(
      () => said(true),
      () => said(false),
    );
  });
}

// Reset, behind a confirmation dialog (a page part).
const resetOpen = find('[data-reset-open]');
resetOpen?.addEventListener('click', () =>
  pageParts().then(() => {
    const resetDialog = find<HTMLDialogElement>('[data-reset-dialog]');
    if (!resetDialog) return;
    openDialog(resetDialog, resetOpen);
    find('[data-reset-confirm]', resetDialog)!.onclick = () => {
      resetProgress();
      resetDialog.close();
      showNotice('reset');
    };
  }),
);

// Export (footer, reset dialog, home page) downloads the saved progress as a file. It is here rather
// than loaded on first use: as a chunk of its own it would weigh more in all on every page with a
// lab. Import is the home page's own (ImportProgress.astro). By delegation, as the reset dialog's
// button comes with the page parts.
addEventListener('click', (event) => {
  if ((event.target as Element).closest('[data-transfer]')) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([exportText($progress.get())], { type: 'application/json' }));
    link.download = exportFileName(new Date());
    link.click();
    // Revoked later: the download starts after this handler returns.
    setTimeout(() => URL.revokeObjectURL(link.href), 1e4);
  }
});

// Search: the dialog (a page part, there once the page has painted) opens at once; its code, Pagefind's index and WASM load on first use only
// (importing the chunk again reuses it). Ctrl+K, Cmd+K and "/" open it too, except where the key
// belongs to what has focus: a text field, the lab console (found by its class: its
// data-lab-console attribute, written here, would make the budget check count the console on every
// page), a dialog. The presenter view has no site script. A 404 page has a second, focused opener.
const openSearch = (opener: HTMLElement) =>
  pageParts().then(() => {
    const dialog = find<HTMLDialogElement>('[data-search-dialog]');
    if (dialog) openDialog(dialog, opener);
    void import(/* @vite-ignore */ searchUrl);
  });
for (const opener of findAll('[data-search-open]')) {
  opener.addEventListener('click', () => openSearch(opener));
  if (opener.autofocus) opener.focus();
}
addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (
    (event.key == '/' || ((event.ctrlKey || event.metaKey) && event.key == 'k')) &&
    !target.closest('input,textarea,select,[contenteditable],.lab,dialog')
  ) {
    event.preventDefault();
    openSearch(target);
  }
});
