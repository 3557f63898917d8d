/** What single-choice and multiple-response share: showing options and feedback per option. */
import type { ChoiceFeedback, ChoiceOption, ChoiceOutcome, ShownOption } from '../types';

/** An option as the learner sees it: id and text, no key, no explanation. */
export function shownOption(option: { id: string; text: string }): ShownOption {
  return { id: option.id, text: option.text };
}

/** What happened to one option, from whether it was chosen and whether it is right. */
export const outcomeOf = (chosen: boolean, right: boolean): ChoiceOutcome =>
  chosen ? (right ? 'chosen-correct' : 'chosen-wrong') : right ? 'missed' : 'not-chosen';

/**
 * Feedback for every option in authored order: whether it was chosen and whether it is right,
 * with its explanation (and its misconception tag, when it has one).
 */
export function choiceFeedback(
  options: readonly ChoiceOption[],
  key: ReadonlySet<string>,
  chosen: ReadonlySet<string>,
): ChoiceFeedback[] {
  return options.map((option) => {
    const feedback: ChoiceFeedback = {
      option: option.id,
      outcome: outcomeOf(chosen.has(option.id), key.has(option.id)),
      explanation: option.explanation,
    };
    if (option.misconception !== undefined) feedback.misconception = option.misconception;
    return feedback;
  });
}
