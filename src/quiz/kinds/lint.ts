/**
 * The authoring lint of the question kinds (`<kind>/lint.ts`, listed in `src/quiz/lints.ts`):
 * the rules a kind's schema cannot state, run at build time by `validateContent()`
 * (`src/schemas/rules/quizzes.ts`) on each question after the rules every question shares.
 * Build-only: no browser module imports a lint (a test over the build's module lists checks it,
 * `src/scripts/browser-chunks.test.ts`). This file holds the lint's context and the checks the two
 * choice kinds share.
 */
import type { ChoiceOption, KindTypes, QuestionType } from '../types';

/** What a kind's lint gets from `validateContent()`: where to report, what exists, and its wording helpers. */
export interface LintContext {
  /** Reports a problem at `field`, a YAML path inside the question; the message starts with the question id. */
  fail: (field: string, message: string) => void;
  /** Scenario ids that exist, for authority questions and lab tasks; undefined when not given. */
  knownScenarios?: readonly string[] | undefined;
  /** Goal ids by scenario id, for lab tasks; undefined when not given. */
  scenarioGoals?: Readonly<Record<string, readonly string[]>> | undefined;
  /** The lab tasks of the quiz checked so far, by scenario id (a page shows one lab per scenario in a quiz). */
  labScenarios: Map<string, string>;
  /** Reports every id of `entries` seen a second time, at its field. */
  uniqueIds: (entries: readonly { id: string; field: string }[]) => void;
  /** Reports a `text` at `field` that leans on the other options ("all of the above"); `what` names it. */
  standsAlone: (text: string, field: string, what: string) => void;
  /** Values quoted and joined for a message: `"a", "b" or "c"`. */
  quoteList: (values: readonly string[]) => string;
  /** `; <label> "x", "y"` with the known values nearest to `received`, or nothing when none is near. */
  knownList: (label: string, received: string, known: readonly string[]) => string;
}

/** One kind's lint: reports through `context.fail` whatever in the question breaks the kind's rules. */
export type QuestionLint<K extends QuestionType> = (question: KindTypes[K]['question'], context: LintContext) => void;

/** An answer key entry of a choice question: the option id it names and its field. */
export interface ChoiceKey {
  id: string;
  field: string;
}

/** The options' ids are unique and every key names one of them. */
export function lintOptionIds(
  options: readonly ChoiceOption[],
  keys: readonly ChoiceKey[],
  context: LintContext,
): void {
  context.uniqueIds(options.map((option, j) => ({ id: option.id, field: `options[${j}].id` })));
  const optionIds = options.map((option) => option.id);
  for (const key of keys) {
    if (!optionIds.includes(key.id)) {
      context.fail(
        key.field,
        `received "${key.id}", which is not one of its option ids; expected one of ${context.quoteList(optionIds)}`,
      );
    }
  }
}

/** Every option explains itself, stands on its own, and carries a misconception only when it is wrong. */
export function lintOptionTexts(
  options: readonly ChoiceOption[],
  keys: readonly ChoiceKey[],
  context: LintContext,
): void {
  const right = new Set(keys.map((key) => key.id));
  options.forEach((option, j) => {
    if (option.explanation.trim() === '') {
      context.fail(
        `options[${j}].explanation`,
        `option "${option.id}" has no explanation; expected one to three sentences on why it is right or wrong`,
      );
    }
    context.standsAlone(option.text, `options[${j}].text`, `option "${option.id}"`);
    if (option.misconception !== undefined && right.has(option.id)) {
      context.fail(
        `options[${j}].misconception`,
        `option "${option.id}" is a right answer but carries the misconception "${option.misconception}"; ` +
          `expected misconception tags on wrong options only`,
      );
    }
  });
}
