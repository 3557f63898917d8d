/** What single-choice and multiple-response share: showing options and feedback per option. */
import type { ChoiceFeedback, ChoiceOption, ShownOption } from '../types';

/** An option as the learner sees it: id and text, no key, no explanation. */
export function shownOption(option: { id: string; text: string }): ShownOption {
  return { id: option.id, text: option.text };
}

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
    const isChosen = chosen.has(option.id);
    const isRight = key.has(option.id);
    const outcome = isChosen ? (isRight ? 'chosen-correct' : 'chosen-wrong') : isRight ? 'missed' : 'not-chosen';
    const feedback: ChoiceFeedback = { option: option.id, outcome, explanation: option.explanation };
    if (option.misconception !== undefined) feedback.misconception = option.misconception;
    return feedback;
  });
}
