/** A saved multiple-response answer: option ids of the question, each at most once. */
import type { MultipleResponseQuestion } from '../../types';
import { isStringArray } from '../shapes';

export function isResponse(question: MultipleResponseQuestion, response: Readonly<Record<string, unknown>>): boolean {
  const { choices } = response;
  return (
    isStringArray(choices) &&
    new Set(choices).size === choices.length &&
    choices.every((id) => question.options.some((option) => option.id === id))
  );
}
