/** Feedback on an ordering question: the right order, each step with where the learner had it and why it goes there. */
import type { FeedbackProps } from './feedback';

export function OrderingFeedback({ question, grade }: FeedbackProps<'ordering'>) {
  return (
    <>
      <p>The right order:</p>
      <ol>
        {grade.perOption.map((step, index) => (
          <li key={step.step} class={`quiz__fb quiz__fb--${step.outcome}`}>
            <strong>{question.steps[index]!.text}</strong>
            {step.outcome === 'misplaced' && step.placed !== null
              ? ` (you had it as step ${step.placed + 1})`
              : ' (in place)'}
            . {step.explanation}
          </li>
        ))}
      </ol>
    </>
  );
}
