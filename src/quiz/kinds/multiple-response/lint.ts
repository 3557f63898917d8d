/**
 * Multiple response, at authoring time: unique option ids, every answer among them, at least one
 * answer, each option explained.
 */
import type { MultipleResponseQuestion } from '../../types';
import { lintOptionIds, lintOptionTexts, type LintContext } from '../lint';

export function lint(question: MultipleResponseQuestion, context: LintContext): void {
  const keys = question.answers.map((id, k) => ({ id, field: `answers[${k}]` }));
  lintOptionIds(question.options, keys, context);
  if (question.answers.length === 0) {
    context.fail('answers', `received no answers; expected the id of at least one right option`);
  }
  lintOptionTexts(question.options, keys, context);
}
