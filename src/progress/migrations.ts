/**
 * Migrations of saved progress between format versions. Pure.
 *
 * `MIGRATIONS[n]` takes a value saved in format `n` (already parsed from JSON, not yet validated)
 * and returns the same progress in format `n + 1`, including `version: n + 1`. `decodeProgress`
 * runs the chain from the saved version up to `PROGRESS_VERSION` and then validates the result
 * strictly, so a migration may assume its input is well formed only as far as format `n` promises.
 * A saved version with a gap in the chain is reported as 'old-version'. A migration may throw on
 * input it cannot handle; decoding reports that as 'corrupt'.
 *
 * To add format n + 1: add `n: (value) => ...` here, bump `PROGRESS_VERSION`, change `Progress`
 * and the validation in `codec.ts`, and add a test that decodes a saved format-n string (see the
 * format-1 and format-2 tests in `codec.test.ts`).
 */

/** Moves a value one format version up. */
export type Migration = (value: unknown) => unknown;

/** Keyed by the version a migration starts from. */
export type MigrationTable = Readonly<Record<number, Migration>>;

export const MIGRATIONS: MigrationTable = {
  // Format 2 adds quiz records; a format-1 learner has taken no quiz yet.
  1: (value) => ({ ...(value as object), version: 2, quizzes: {} }),
  // Format 3 adds lab records; a format-2 learner has no lab done or lab work saved outside quizzes.
  2: (value) => ({ ...(value as object), version: 3, labs: {} }),
};
