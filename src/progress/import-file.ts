/**
 * Reading a progress file that "Export my progress" wrote (`export-file.ts`), for "Import progress"
 * on the home page. Pure. An import replaces everything saved, so it is all or nothing: a file is taken only
 * when the codec reads it with no problem at all (a file whose quiz or lab records are unreadable is
 * refused, where saved progress would only lose those records), and every refusal has a reason the
 * learner can read. The texts are rendered into the page at build time (`ImportProgress.astro`), so
 * they stay out of the code that loads when the learner imports.
 */
import { decodeProgress, encodeProgress, type DecodeProblem } from './codec';
import { emptyProgress, type Progress } from './progress';

/**
 * Why a file was not imported: a problem of the codec, nothing in the file, a file far too big to
 * be ours, or ('newer-saved') this page holds progress saved by a newer version of the course,
 * which nothing here may overwrite.
 */
export type ImportRefusal = DecodeProblem | 'empty' | 'too-large' | 'newer-saved';

/** The outcome of reading a file: the progress it holds, or why it cannot be imported. */
export type ImportResult =
  { progress: Progress; refusal?: undefined } | { progress?: undefined; refusal: ImportRefusal };

/**
 * Far more than any saved progress weighs (200 actions in each lab and quiz record stay well under
 * it), and small enough to read at once: a larger file is refused before it is read.
 */
export const MAX_IMPORT_BYTES = 1 << 20;

/**
 * Reads an imported file's text. The progress comes back only when the codec found no problem
 * (older formats with a migration are read and brought up to date); anything else is refused.
 * A byte order mark, which some editors add when they save, is not part of the JSON.
 */
export function readProgressFile(text: string): ImportResult {
  const json = text.replace(/^\uFEFF/, '');
  if (!json.trim()) return { refusal: 'empty' };
  const { progress, problem } = decodeProgress(json);
  return problem ? { refusal: problem } : { progress };
}

/** True when nothing at all is saved: importing then replaces nothing, so there is nothing to ask. */
export const isEmptyProgress = (progress: Progress): boolean =>
  encodeProgress(progress) === encodeProgress(emptyProgress());

// Each says what is wrong with the file in the learner's terms; the page adds that nothing changed.
const REFUSALS = {
  corrupt:
    'This file could not be read: it is not complete, valid progress from this course (it may have been cut short or edited).',
  foreign: 'This file is not a progress file from this course.',
  'old-version': 'This file was saved by an older version of this course, which this version can no longer read.',
  'future-version':
    'This file was saved by a newer version of this course. Reload the page to get the newest version, then import the file again.',
  'corrupt-quizzes': 'The quiz history in this file could not be read, so none of the file was imported.',
  'corrupt-labs': 'The lab work in this file could not be read, so none of the file was imported.',
  empty: 'This file is empty.',
  'too-large': 'This file is too large to be a progress file from this course.',
  'newer-saved':
    'This browser holds progress saved by a newer version of this course. Reload the page, then import the file again.',
} as const satisfies Record<ImportRefusal, string>;

/** Why a file was refused, in words (the page then adds that nothing changed). */
export function importRefusalText(refusal: ImportRefusal): string {
  return REFUSALS[refusal];
}

/** Every refusal, for the page to render each one's text. */
export const IMPORT_REFUSALS = Object.keys(REFUSALS) as ImportRefusal[];
