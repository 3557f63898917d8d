/**
 * Multiple response: one or more options are right and the learner ticks every one they think is.
 * The question states how it scores:
 * - `all-or-nothing`: 1 when the ticked options are exactly the right ones, otherwise 0;
 * - `partial`: (right options ticked − wrong options ticked) / number of right options, floored at
 *   0. Ticking everything therefore earns nothing when at least as many options are wrong as right.
 * Either way the answer is `correct` only when it is exactly right.
 */
import { shuffle } from '../../shuffle';
import type {
  MultipleResponseGrade,
  MultipleResponseQuestion,
  MultipleResponseResponse,
  PreparedMultipleResponse,
} from '../../types';
import { choiceFeedback, shownOption } from '../choices';

/** The options in a seeded order (any permutation, the authored order included). */
export function prepare(question: MultipleResponseQuestion, seed: number): PreparedMultipleResponse {
  return {
    type: 'multiple-response',
    id: question.id,
    seed,
    options: shuffle(question.options, seed).map(shownOption),
    scoring: question.scoring,
  };
}

/** Scores by the question's `scoring`; ids that are not options of the question are ignored. */
export function grade(
  question: MultipleResponseQuestion,
  response: MultipleResponseResponse | null | undefined,
): MultipleResponseGrade {
  const optionIds = new Set(question.options.map((option) => option.id));
  const key = new Set(question.answers.filter((id) => optionIds.has(id)));
  const chosen = new Set((response?.choices ?? []).filter((id) => optionIds.has(id)));
  let right = 0;
  let wrong = 0;
  for (const id of chosen) {
    if (key.has(id)) right++;
    else wrong++;
  }
  const correct = right === key.size && wrong === 0;
  // An empty key is invalid content (validateContent rejects it); score it without dividing by 0.
  const score =
    question.scoring === 'partial' && key.size > 0 ? Math.max(0, (right - wrong) / key.size) : correct ? 1 : 0;
  return { type: 'multiple-response', score, correct, perOption: choiceFeedback(question.options, key, chosen) };
}

/** Complete once at least one option is ticked. */
export const complete = (
  _question: MultipleResponseQuestion,
  response: MultipleResponseResponse | null | undefined,
): boolean => (response?.choices.length ?? 0) > 0;
