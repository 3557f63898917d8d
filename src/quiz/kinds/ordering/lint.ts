/** Ordering, at authoring time: unique step ids, at least three steps, each step explained. */
import type { OrderingQuestion } from '../../types';
import type { LintContext } from '../lint';

export function lint(question: OrderingQuestion, context: LintContext): void {
  const { fail } = context;
  context.uniqueIds(question.steps.map((step, j) => ({ id: step.id, field: `steps[${j}].id` })));
  if (question.steps.length < 3) {
    fail(
      'steps',
      `received ${question.steps.length} ${question.steps.length === 1 ? 'step' : 'steps'}; expected at least 3 ` +
        `(with two, ordering is a coin toss)`,
    );
  }
  question.steps.forEach((step, j) => {
    if (step.explanation.trim() === '') {
      fail(
        `steps[${j}].explanation`,
        `step "${step.id}" has no explanation; expected a sentence on why it comes where it does`,
      );
    }
  });
}
