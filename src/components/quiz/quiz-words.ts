/** Words the quiz island and its feedback share. */
import type { QuestionGrade, QuestionType } from '../../quiz/types';

export const share = (value: number) => String(Math.round(value * 100) / 100);

/** What a partly right answer counts, by kind: its parts right ("3 of 4 matched"), or with '' its share of the mark. */
const parts = {
  'single-choice': '',
  'multiple-response': '',
  ordering: 'steps in place',
  matching: 'matched',
  'lab-task': '',
} satisfies Record<QuestionType, string>;

/** The verdict on one graded question, as the feedback and the live region say it. */
export function verdict(grade: QuestionGrade, answered: boolean): string {
  if (grade.correct) return 'Right.';
  if (!answered) return 'Not answered.';
  if (grade.score <= 0) return 'Not right.';
  const total = grade.perOption.length;
  const counted = parts[grade.type];
  return `Partly right: ${counted ? `${Math.round(grade.score * total)} of ${total} ${counted}` : `${share(grade.score)} of the mark`}.`;
}
