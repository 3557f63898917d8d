/** Words the quiz island and its feedback share. */
import type { ChoiceOutcome, QuestionGrade, QuestionType } from '../../quiz/types';

export const share = (value: number) => String(Math.round(value * 100) / 100);

/** What an option's ✓ or ✗ means once its question is checked; the feedback's lines say the same. */
export const OUTCOME = {
  'chosen-correct': 'Your choice, right',
  'chosen-wrong': 'Your choice, wrong',
  missed: 'Right, not chosen',
  'not-chosen': 'Wrong, not chosen',
} satisfies Record<ChoiceOutcome, string>;

/** What "Check answer" asks for when a question is not answered in full (`isComplete`), by kind. */
export const MISSING = {
  'single-choice': 'Choose an answer first.',
  'multiple-response': 'Choose at least one answer first.',
  ordering: 'Put the steps in order first.',
  matching: 'Match every item first.',
  'lab-task': 'Work in the lab first.',
} satisfies Record<QuestionType, string>;

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
