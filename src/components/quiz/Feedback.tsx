/**
 * What the learner reads beside a question after checking it: the verdict, why each option is
 * right or wrong, and where the answer is taught. Loaded with the first question a learner checks.
 */
import type { ComponentChildren } from 'preact';
import type { ChoiceOutcome, Question, QuestionGrade } from '../../quiz/types';
import type { Source } from './QuizIsland';
import { verdict } from './quiz-words';

/** Option texts are written with or without a full stop; feedback adds one where it is missing. */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

interface FeedbackProps {
  question: Question;
  grade: QuestionGrade;
  answered: boolean;
  source: Source | undefined;
  /** How options are marked once checked (from the page, see `Quiz.astro`). */
  marks: Record<ChoiceOutcome, string>;
  /** A lab task's details (what its checks found), which the lab's own module renders. */
  children?: ComponentChildren;
}

const MATCHED = { matched: 'Right:', mismatched: 'Wrong:', unanswered: 'Not answered:' };

/** What the learner reads after checking: the verdict, why, and where it is taught. */
export function Feedback({ question, grade, answered, source, marks, children }: FeedbackProps) {
  let details: ComponentChildren = children ?? null;
  if (grade.type === 'ordering' && question.type === 'ordering') {
    details = (
      <>
        <p>The right order:</p>
        <ol>
          {grade.perOption.map((step, index) => (
            <li key={step.step} class={`quiz__fb quiz__fb--${step.outcome}`}>
              <strong>{question.steps[index]!.text}</strong>
              {step.outcome === 'misplaced' && step.placed !== null ? ` (you had it as step ${step.placed + 1})` : ' (in place)'}. {step.explanation}
            </li>
          ))}
        </ol>
      </>
    );
  } else if (grade.type === 'matching' && question.type === 'matching') {
    // A wrong choice is either another prompt's answer (say whose; its own line explains it) or a
    // distractor (give the distractor's explanation).
    const wrongChoice = (chosen: string | null, explanation = '') => {
      const other = question.pairs.find((pair) => pair.id === chosen);
      return other
        ? ` You chose “${other.match}”, which belongs to ${other.prompt}.`
        : ` You chose “${question.distractors.find((distractor) => distractor.id === chosen)?.text}”: ${explanation}`;
    };
    details = (
      <ul>
        {grade.perOption.map((pair, index) => (
          <li key={pair.pair} class={`quiz__fb quiz__fb--${pair.outcome}`}>
            <strong>{MATCHED[pair.outcome]}</strong> {question.pairs[index]!.prompt} — {sentence(question.pairs[index]!.match)} {pair.explanation}
            {pair.outcome === 'mismatched' && wrongChoice(pair.chosen, pair.chosenExplanation)}
          </li>
        ))}
      </ul>
    );
  } else if ((grade.type === 'single-choice' || grade.type === 'multiple-response') && 'options' in question) {
    details = (
      <ul>
        {/* The learner's own choices first, then the right options they missed. */}
        {[...grade.perOption].sort((a, b) => Number(a.outcome === 'missed') - Number(b.outcome === 'missed')).map(
          (option) =>
            option.outcome !== 'not-chosen' && (
              <li key={option.option} class={`quiz__fb quiz__fb--${option.outcome}`}>
                <strong>{grade.type === 'single-choice' && option.outcome === 'missed' ? 'The right answer' : marks[option.outcome]}:</strong>{' '}
                {sentence(question.options.find((candidate) => candidate.id === option.option)!.text)} {option.explanation}
              </li>
            ),
        )}
      </ul>
    );
  }
  return (
    <>
      <p class={`quiz__verdict quiz__verdict--${grade.correct ? 'right' : grade.score > 0 ? 'partly' : 'wrong'}`}>
        <strong>{verdict(grade, answered)}</strong>
      </p>
      {details}
      {source && (
        <p class="quiz__source">
          Taught in <a href={source.href}>{source.label}</a>
          {/* A self-assessment's labs are listed in its result, under the objectives to review. */}
        </p>
      )}
    </>
  );
}
