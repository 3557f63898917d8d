/**
 * Ordering: put the steps in the right order (the authored order). The learner starts from a
 * seeded shuffle that is never already right. Scores the share of steps in their right place:
 * 3 of 4 steps in place scores 0.75; `correct` only when every step is in place.
 */
import { shuffle } from '../../shuffle';
import type {
  OrderingFeedback,
  OrderingGrade,
  OrderingQuestion,
  OrderingResponse,
  PreparedOrdering,
} from '../../types';
import { shownOption } from '../choices';

/** The steps in a seeded start order that is never the right order (for two steps or more). */
export function prepare(question: OrderingQuestion, seed: number): PreparedOrdering {
  const steps = shuffle(question.steps, seed, { avoidInPlace: question.steps.length }).map(shownOption);
  return { type: 'ordering', id: question.id, seed, steps };
}

/**
 * Compares each step's place in the response with its place in the authored order. A step the
 * response leaves out is misplaced (`placed: null`); a repeated id counts where it first appears.
 */
export function grade(question: OrderingQuestion, response: OrderingResponse | null | undefined): OrderingGrade {
  const order = response?.order ?? [];
  const perOption = question.steps.map((step, expected): OrderingFeedback => {
    const index = order.indexOf(step.id);
    const placed = index < 0 ? null : index;
    return {
      step: step.id,
      placed,
      expected,
      outcome: placed === expected ? 'in-place' : 'misplaced',
      explanation: step.explanation,
    };
  });
  const inPlace = perOption.filter((feedback) => feedback.outcome === 'in-place').length;
  const total = question.steps.length;
  return {
    type: 'ordering',
    score: total === 0 ? 0 : inPlace / total,
    correct: total > 0 && inPlace === total,
    perOption,
  };
}

/** Always complete: the steps are in some order from the start, and that order is an answer. */
export const complete = (): boolean => true;
