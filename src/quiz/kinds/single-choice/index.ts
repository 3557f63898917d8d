/**
 * Single choice: exactly one option is right. Scores 1 for the right option and 0 for anything
 * else, including no answer.
 */
import { shuffle } from '../../shuffle';
import type { PreparedSingleChoice, SingleChoiceGrade, SingleChoiceQuestion, SingleChoiceResponse } from '../../types';
import { choiceFeedback, shownOption } from '../choices';

/** The options in a seeded order (any permutation, the authored order included). */
export function prepare(question: SingleChoiceQuestion, seed: number): PreparedSingleChoice {
  return { type: 'single-choice', id: question.id, seed, options: shuffle(question.options, seed).map(shownOption) };
}

/** 1 when the chosen option is the answer, else 0; feedback on every option. */
export function grade(
  question: SingleChoiceQuestion,
  response: SingleChoiceResponse | null | undefined,
): SingleChoiceGrade {
  const choice = response?.choice ?? null;
  const correct = choice !== null && choice === question.answer;
  return {
    type: 'single-choice',
    score: correct ? 1 : 0,
    correct,
    perOption: choiceFeedback(question.options, new Set([question.answer]), new Set(choice === null ? [] : [choice])),
  };
}

/** Complete once an option is chosen. */
export const complete = (_question: SingleChoiceQuestion, response: SingleChoiceResponse | null | undefined): boolean =>
  response?.choice != null;
