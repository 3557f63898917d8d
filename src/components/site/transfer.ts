/**
 * "Export my progress" and "Import progress", loaded on first use of either (site-script.ts), so
 * their code stays out of every page's start. Export downloads the saved progress as a JSON file.
 * Import reads a file with the pure `readProgressFile` and takes it whole or not at all: a refusal
 * opens a dialog with the reason and changes nothing; progress that is not empty is replaced only
 * after the learner confirms. The dialogs and all their texts are in the page (ResetDialog.astro).
 */
import { $progress, updateProgress } from '../../stores/progress';
import { MAX_IMPORT_BYTES, exportFileName, exportText, isEmptyProgress, readProgressFile, type ImportRefusal, type ImportResult } from '../../progress/transfer';
import type { Progress } from '../../progress/progress';

const find = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const confirmDialog = find<HTMLDialogElement>('[data-import-confirm]');
const refusedDialog = find<HTMLDialogElement>('[data-import-refused]');
const notice = find('[data-notice]');
let pending: Progress;

/** Opens a dialog; focus goes back to where it was (the button that started the import) on close. */
function open(dialog: HTMLDialogElement): void {
  const opener = document.activeElement as HTMLElement | null;
  dialog.showModal();
  dialog.addEventListener('close', () => opener?.focus(), { once: true });
}

function refuse(refusal: ImportRefusal): void {
  find('[data-import-reason]').textContent = refusedDialog.getAttribute('data-' + refusal);
  open(refusedDialog);
}

/** Saves the file's progress, unless this page holds progress of a newer version of the course (which must not be overwritten). */
function replace(): void {
  confirmDialog.close();
  if (!updateProgress(() => pending)) return refuse('newer-saved');
  notice.querySelector('p')!.textContent = notice.dataset.imported!;
  notice.hidden = false;
}
find('[data-import-replace]').addEventListener('click', replace);

const picker = document.createElement('input');
picker.type = 'file';
picker.accept = '.json,application/json';
// In the page, hidden, rather than detached: every browser (and test driver) opens its file chooser.
picker.hidden = true;
document.body.append(picker);
picker.addEventListener('change', async () => {
  const file = picker.files?.[0];
  picker.value = '';
  if (!file) return;
  let result: ImportResult;
  try {
    result = file.size > MAX_IMPORT_BYTES ? { refusal: 'too-large' } : readProgressFile(await file.text());
  } catch {
    // The file went away or the browser could not read it: as unusable as a broken one.
    result = { refusal: 'corrupt' };
  }
  if (result.refusal) return refuse(result.refusal);
  pending = result.progress;
  if (isEmptyProgress($progress.get())) replace();
  else open(confirmDialog);
});

/** Runs the control the learner pressed: `export` downloads the file; anything else picks a file to import. */
export default function transfer(kind: string | undefined): void {
  if (kind !== 'export') return picker.click();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([exportText($progress.get())], { type: 'application/json' }));
  link.download = exportFileName(new Date());
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1e4);
}
