/** Words the quiz island and its feedback share. */
import type { ChoiceOutcome, QuestionGrade } from '../../quiz/types';

export const share = (value: number) => String(Math.round(value * 100) / 100);

/** An option's mark once its question is checked, ✓ or ✗ with what it means; the feedback's lines start the same. */
export const OUTCOME = {
  'chosen-correct': '✓ Your choice, right',
  'chosen-wrong': '✗ Your choice, wrong',
  missed: '✓ Right, not chosen',
  'not-chosen': '✗ Wrong, not chosen',
} satisfies Record<ChoiceOutcome, string>;

/** The verdict on one graded question, as the feedback and the live region say it. */
export function verdict(grade: QuestionGrade, answered: boolean): string {
  if (grade.correct) return 'Right.';
  if (!answered) return 'Not answered.';
  if (grade.score <= 0) return 'Not right.';
  const total = grade.perOption.length;
  const good = Math.round(grade.score * total);
  if (grade.type === 'matching') return `Partly right: ${good} of ${total} matched.`;
  if (grade.type === 'ordering') return `Partly right: ${good} of ${total} steps in place.`;
  return `Partly right: ${share(grade.score)} of the mark.`;
}
