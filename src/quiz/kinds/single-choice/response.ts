/** A saved single-choice answer: one of the question's option ids, or null before one is chosen. */
import type { SingleChoiceQuestion } from '../../types';

export const isResponse = (question: SingleChoiceQuestion, response: Readonly<Record<string, unknown>>): boolean =>
  response.choice === null || question.options.some((option) => option.id === response.choice);
