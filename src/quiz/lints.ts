/**
 * The authoring lint of every kind, keyed by `type` (`kinds/<kind>/lint.ts`; the context and the
 * shared choice checks are in `kinds/lint.ts`). `validateContent()` runs a question's after the
 * rules every question shares. Build-only: imported by `src/schemas/rules/quizzes.ts`, never
 * by a browser module. The `satisfies` clause makes a kind without its lint a compile error.
 */
import { lint as lintLabTask } from './kinds/lab-task/lint';
import type { LintContext, QuestionLint } from './kinds/lint';
import { lint as lintMatching } from './kinds/matching/lint';
import { lint as lintMultipleResponse } from './kinds/multiple-response/lint';
import { lint as lintOrdering } from './kinds/ordering/lint';
import { lint as lintSingleChoice } from './kinds/single-choice/lint';
import type { Question, QuestionType } from './types';

export type { LintContext } from './kinds/lint';

export const lints = {
  'single-choice': lintSingleChoice,
  'multiple-response': lintMultipleResponse,
  ordering: lintOrdering,
  matching: lintMatching,
  'lab-task': lintLabTask,
} satisfies { [K in QuestionType]: QuestionLint<K> };

/** Runs the lint of the question's kind. */
export function lintQuestion(question: Question, context: LintContext): void {
  // The one cast, as in `registry.ts`: TypeScript cannot relate the question to its kind's lint.
  (lints[question.type] as QuestionLint<QuestionType>)(question, context);
}
