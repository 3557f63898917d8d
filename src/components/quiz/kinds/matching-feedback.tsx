/** Feedback on a matching question: each item with its answer and why, and what a wrong choice was. */
import type { FeedbackProps } from './feedback';
import { sentence } from './sentence';

const MATCHED = { matched: 'Right:', mismatched: 'Wrong:', unanswered: 'Not answered:' };

export function MatchingFeedback({ question, grade }: FeedbackProps<'matching'>) {
  // A wrong choice is either another prompt's answer (say whose; its own line explains it) or a
  // distractor (give the distractor's explanation).
  const wrongChoice = (chosen: string | null, explanation = '') => {
    const other = question.pairs.find((pair) => pair.id === chosen);
    return other
      ? ` You chose “${other.match}”, which belongs to ${other.prompt}.`
      : ` You chose “${question.distractors.find((distractor) => distractor.id === chosen)?.text}”: ${explanation}`;
  };
  return (
    <ul>
      {grade.perOption.map((pair, index) => (
        <li key={pair.pair} class={`quiz__fb quiz__fb--${pair.outcome}`}>
          <strong>{MATCHED[pair.outcome]}</strong> {question.pairs[index]!.prompt}
          {' — '}
          {sentence(question.pairs[index]!.match)} {pair.explanation}
          {pair.outcome === 'mismatched' && wrongChoice(pair.chosen, pair.chosenExplanation)}
        </li>
      ))}
    </ul>
  );
}
