/** Words the quiz island and its feedback share. */
import type { QuestionGrade } from '../../quiz/types';

export const share = (value: number) => String(Math.round(value * 100) / 100);

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
