/**
 * "Import progress" on the home page (ImportProgress.astro), loaded on first use. It reads a file
 * with the pure `readProgressFile` and takes it whole or not at all: a refusal opens a dialog with
 * the reason and changes nothing; progress that is not empty is replaced only after the learner
 * confirms. The dialogs and all their texts are in the page.
 */
import { $progress, updateProgress } from '../../stores/progress';
import {
  MAX_IMPORT_BYTES,
  isEmptyProgress,
  readProgressFile,
  type ImportRefusal,
  type ImportResult,
} from '../../progress/import-file';
import type { Progress } from '../../progress/progress';

const find = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const confirmDialog = find<HTMLDialogElement>('[data-import-confirm]');
const refusedDialog = find<HTMLDialogElement>('[data-import-refused]');
const notice = find('[data-notice]');
let pending: Progress;

/** Opens a dialog; focus goes back to where it was (the Import button) on close. */
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
  notice.querySelector('p')!.textContent = find('#your-progress').dataset.imported!;
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

/** Asks for the file to import. */
export default function importProgress(): void {
  picker.click();
}
