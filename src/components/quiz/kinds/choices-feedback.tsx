/** Feedback on a choice question: the learner's own choices first, then the right options they missed. */
import type { FeedbackProps } from './feedback';
import { sentence } from './sentence';

export function ChoiceFeedback({
  question,
  grade,
  marks,
}: FeedbackProps<'single-choice'> | FeedbackProps<'multiple-response'>) {
  return (
    <ul>
      {[...grade.perOption]
        .sort((a, b) => Number(a.outcome === 'missed') - Number(b.outcome === 'missed'))
        .map(
          (option) =>
            option.outcome !== 'not-chosen' && (
              <li key={option.option} class={`quiz__fb quiz__fb--${option.outcome}`}>
                <strong>
                  {grade.type === 'single-choice' && option.outcome === 'missed'
                    ? 'The right answer'
                    : marks[option.outcome]}
                  :
                </strong>{' '}
                {sentence(question.options.find((candidate) => candidate.id === option.option)!.text)}{' '}
                {option.explanation}
              </li>
            ),
        )}
    </ul>
  );
}
