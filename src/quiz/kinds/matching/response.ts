/** A saved matching: by prompt (a pair id of the question), an answer id of the question or null. */
import { isRecord } from '../../../progress/progress';
import type { MatchingQuestion } from '../../types';

export function isResponse(question: MatchingQuestion, response: Readonly<Record<string, unknown>>): boolean {
  const { matches } = response;
  const answers = [
    ...question.pairs.map((pair) => pair.id),
    ...question.distractors.map((distractor) => distractor.id),
  ];
  return (
    isRecord(matches) &&
    Object.entries(matches).every(
      ([pair, choice]) =>
        question.pairs.some((p) => p.id === pair) &&
        (choice === null || (typeof choice === 'string' && answers.includes(choice))),
    )
  );
}
