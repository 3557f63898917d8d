/**
 * What the learner reads beside a question after checking it: the verdict, why each option is
 * right or wrong (each kind's own feedback, `kinds/feedback.ts`), and where the answer is taught.
 * Loaded with the first question a learner checks.
 */
import type { ComponentChildren } from 'preact';
import type { ChoiceOutcome, Question, QuestionGrade } from '../../quiz/types';
import { feedbackFor } from './kinds/feedback';
import type { Source } from './QuizIsland';
import { verdict } from './quiz-words';

interface FeedbackProps {
  question: Question;
  /** The question's grade (of its own kind: `gradeQuestion` grades by the question's kind). */
  grade: QuestionGrade;
  answered: boolean;
  source: Source | undefined;
  /** How options are marked once checked (from the page, see `Quiz.astro`). */
  marks: Record<ChoiceOutcome, string>;
  /** A lab task's details (what its checks found), which the lab's own module renders. */
  children?: ComponentChildren;
}

/** What the learner reads after checking: the verdict, why, and where it is taught. */
export function Feedback({ question, grade, answered, source, marks, children }: FeedbackProps) {
  const Details = feedbackFor(question.type);
  return (
    <>
      <p class={`quiz__verdict quiz__verdict--${grade.correct ? 'right' : grade.score > 0 ? 'partly' : 'wrong'}`}>
        <strong>{verdict(grade, answered)}</strong>
      </p>
      <Details question={question} grade={grade} marks={marks}>
        {children}
      </Details>
      {source && (
        <p class="quiz__source">
          Taught in <a href={source.href}>{source.label}</a>
          {/* A self-assessment's labs are listed in its result, under the objectives to review. */}
        </p>
      )}
    </>
  );
}
