/**
 * How quiz questions are worded, whatever their kind: a positive stem, options that stand on their
 * own (no "all of the above"), and ids unique within a question. Used by `./quizzes.ts` and, through
 * its lint context, by each question kind's lint.
 */
import type { Fail } from './problems';

/** An option that leans on the others ("all of the above", "none of the above"). */
const ABOVE_OPTION = /\b(?:all|none)\s+of\s+the\s+above\b/i;

/** "which", "which one", "which of the following" (these, them, those), as a negative stem opens. */
const WHICH = String.raw`\bwhich\s+(?:one\s+|of\s+(?:the\s+following|these|them|those)\s+)?`;
/** "is not", "isn't", "does not" and the like, as a negative stem goes on. */
const VERB_THEN_NOT = String.raw`(?:is|are|does|do|would|will|should|can)\s*(?:not\b|n't\b)`;

/**
 * Negative stems, first match wins: NOT in capitals, "except" in any case, and "which (one / of
 * the following / of these) is (are, does, ...) not" or "isn't". A lower-case "not" elsewhere in a
 * stem ("why can a device not enroll?") is allowed.
 */
const NEGATIVE_STEMS: readonly RegExp[] = [/\bNOT\b/, /\bEXCEPT\b/i, new RegExp(WHICH + VERB_THEN_NOT, 'i')];

/** The stem asks a positive question (a negative one is reported at `stem`). */
export function checkPositiveStem(stem: string, fail: Fail): void {
  const negative = NEGATIVE_STEMS.map((pattern) => pattern.exec(stem)).find((match) => match !== null);
  if (negative) {
    fail(
      'stem',
      `received a stem built on "${negative[0]}"; expected a positively worded question (ask which statement ` +
        `is true, not which is false: a negative is easy to misread and tests reading, not knowledge)`,
    );
  }
}

/** Ids within one question (choices, items, pairs) are unique: responses refer to them. */
export function checkUniqueIds(entries: readonly { id: string; field: string }[], fail: Fail): void {
  const seen = new Set<string>();
  for (const { id, field } of entries) {
    if (seen.has(id)) {
      fail(field, `received "${id}" a second time; expected ids unique within the question (responses refer to them)`);
    }
    seen.add(id);
  }
}

/** An option's text stands on its own: no "all of the above" or "none of the above". */
export function checkAboveText(text: string, field: string, what: string, fail: Fail): void {
  const match = ABOVE_OPTION.exec(text);
  if (match) {
    fail(
      field,
      `${what} reads "${text}"; expected an option that stands on its own ("${match[0]}" leans on the other ` +
        `options, which the learner sees shuffled, and rewards elimination over knowing the answer)`,
    );
  }
}
