/** A saved ordering: a permutation of the question's step ids. */
import type { OrderingQuestion } from '../../types';
import { isStringArray } from '../shapes';

export function isResponse(question: OrderingQuestion, response: Readonly<Record<string, unknown>>): boolean {
  const { order } = response;
  const ids = question.steps.map((step) => step.id);
  return (
    isStringArray(order) &&
    order.length === ids.length &&
    new Set(order).size === ids.length &&
    order.every((id) => ids.includes(id))
  );
}
