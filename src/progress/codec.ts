/**
 * Saved progress as a string, and back. Pure, and small on purpose: it ships in the site script
 * on every page, so validation is hand-written rather than a schema library.
 */
import { MIGRATIONS, type MigrationTable } from './migrations';
import { PROGRESS_VERSION, emptyProgress, isChecklistItem, isRecord, isUnitSlug, type Progress } from './progress';

/**
 * Why a saved value could not be used (the learner then starts from empty progress):
 * - 'corrupt': not JSON, or our format with a wrong type or shape (also a migration that fails);
 * - 'foreign': valid JSON that is not our format at all (no `version` field, an array, a number);
 * - 'future-version': saved by a newer version of the course than this code knows;
 * - 'old-version': saved in an older format for which no migration exists;
 * - 'corrupt-quizzes': our format, readable except for the quiz records, which are dropped; all the
 *   rest (units, checklist ticks, lab records) is kept. The quiz store reports a single bad record
 *   the same way.
 * - 'corrupt-labs': our format, readable except for the lab records, which are dropped; all the
 *   rest is kept. (When the quiz records are unreadable too, both go and 'corrupt-quizzes' is said.)
 */
export type DecodeProblem =
  'corrupt' | 'foreign' | 'future-version' | 'old-version' | 'corrupt-quizzes' | 'corrupt-labs';

export interface DecodeResult {
  /** The saved progress (without the unreadable records for 'corrupt-quizzes' and 'corrupt-labs'); empty progress for any other problem. */
  progress: Progress;
  /** What went wrong, or null when the value was read (or there was nothing saved). */
  problem: DecodeProblem | null;
}

/** For tests: a migration chain other than the course's. */
export interface DecodeOptions {
  /** Migrations to apply; defaults to `MIGRATIONS`. For tests. */
  migrations?: MigrationTable;
  /** The version to migrate to and validate; defaults to `PROGRESS_VERSION`. For tests. */
  currentVersion?: number;
}

/**
 * Serialises progress, version included. `decodeProgress` reads back every value that
 * `emptyProgress` and `progressReducer` produce (they never add fields or malformed slugs).
 */
export function encodeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/**
 * Reads a saved value. Never throws: anything unusable gives empty progress and a problem.
 * Nothing saved (null, undefined or '') gives empty progress and no problem.
 */
export function decodeProgress(raw: string | null | undefined, options: DecodeOptions = {}): DecodeResult {
  let result: ReturnType<typeof read>;
  try {
    result = raw ? read(raw, options) : emptyProgress();
  } catch {
    result = 'corrupt';
  }
  return typeof result === 'string'
    ? { progress: emptyProgress(), problem: result }
    : Array.isArray(result)
      ? { progress: result[0], problem: result[1] }
      : { progress: result, problem: null };
}

/** Parses, migrates and validates; may throw (bad JSON, a failing migration). */
function read(
  raw: string,
  { migrations = MIGRATIONS, currentVersion = PROGRESS_VERSION }: DecodeOptions,
): Progress | DecodeProblem | [Progress, 'corrupt-quizzes' | 'corrupt-labs'] {
  let value: unknown = JSON.parse(raw);
  if (!isRecord(value) || !('version' in value)) return 'foreign';
  const version = value.version;
  if (!Number.isInteger(version)) return 'corrupt';
  if ((version as number) > currentVersion) return 'future-version';
  for (let from = version as number; from < currentVersion; from++) {
    const migrate = migrations[from];
    if (!migrate) return 'old-version';
    value = migrate(value);
  }
  // Exactly the six fields of the current format, each of the right type.
  if (!isRecord(value) || Object.keys(value).length !== 6 || value.version !== currentVersion) return 'corrupt';
  const { completedUnits, lastVisitedUnit, checkedItems, quizzes, labs } = value;
  if (!Array.isArray(completedUnits) || !completedUnits.every(isUnitSlug)) return 'corrupt';
  if (lastVisitedUnit !== null && !isUnitSlug(lastVisitedUnit)) return 'corrupt';
  if (!Array.isArray(checkedItems) || !checkedItems.every(isChecklistItem)) return 'corrupt';
  const progress: Progress = {
    version: currentVersion as Progress['version'],
    completedUnits: [...new Set(completedUnits)].sort(),
    lastVisitedUnit: lastVisitedUnit as string | null,
    checkedItems: [...new Set(checkedItems)].sort(),
    quizzes: {},
    labs: {},
  };
  // Quiz and lab records are only checked to be objects here (the quiz store and the lab validate
  // their own); a bad one costs its kind of records, never the units and ticks.
  const readable = (records: unknown): records is Record<string, unknown> =>
    isRecord(records) && Object.values(records).every(isRecord);
  if (readable(quizzes)) progress.quizzes = quizzes;
  if (readable(labs)) progress.labs = labs;
  return progress.quizzes !== quizzes
    ? [progress, 'corrupt-quizzes']
    : progress.labs !== labs
      ? [progress, 'corrupt-labs']
      : progress;
}

const UNREADABLE =
  'Your saved progress could not be read, so it has been reset. Units you mark complete from now on will be saved.';

// The learner cannot act on the difference between 'corrupt' and 'foreign', so they share a text.
const NOTICES: Record<DecodeProblem, string> = {
  corrupt: UNREADABLE,
  foreign: UNREADABLE,
  'old-version':
    'Your saved progress is from an older version of this course and could not be read, so it has been reset. Units you mark complete from now on will be saved.',
  'future-version':
    'Your progress was saved by a newer version of this course. Reload the page to see it; until then, this page cannot change it.',
  'corrupt-quizzes':
    'Your saved quiz answers could not be read, so they have been cleared. Your completed units and checklist ticks are kept.',
  'corrupt-labs':
    'Your saved lab work could not be read, so it has been cleared. Your completed units, checklist ticks and quiz answers are kept.',
};

/** A short, calm, plain-text notice telling the learner what happened to their saved progress. */
export function progressNoticeText(problem: DecodeProblem): string {
  return NOTICES[problem];
}
