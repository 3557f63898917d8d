/**
 * The parts of a quiz the island draws from its state (`QuizIsland.tsx`): a question's place in the
 * list with its feedback, the actions under the list and the best score above it. The island keeps
 * the state; these only read it (`QuizView`) and dispatch to its store.
 */
import type { QuizStore } from '../../stores/quiz';
import { currentAttempt, type QuizInProgress } from '../../progress/quiz-record';
import { gradeQuestion, isComplete } from '../../quiz/registry';
import type { PreparedQuestion, Question, QuestionResponse } from '../../quiz/types';
import type { Feedback as FeedbackView } from './Feedback';
import { controls, controlsFor } from './kinds/controls';
import { verdict } from './quiz-words';
import { percent } from './quiz-result';
import type { QuizIslandProps } from './QuizIsland';

/** The feedback beside each question loads with the first one a learner checks (a live binding). */
export let Feedback: typeof FeedbackView | undefined;
let loadingFeedback: Promise<unknown> | undefined;
export const loadFeedback = () =>
  (loadingFeedback ??= import('./Feedback').then((module) => (Feedback = module.Feedback)));

/**
 * A question's place in the list: its fieldset (stem, hint, the kind's controls, "Check answer") and
 * its feedback once checked. Called once per question by the island, which keeps the state.
 */
export function questionItem(view: QuizView, question: Question, index: number, shown: PreparedQuestion) {
  const [props, store, attempt, live, wanting, , total, say, focusNext] = view;
  const { quiz, sources, hints, missing, marks, lab } = props;
  const answer = (question: Question, response: QuestionResponse) =>
    store.dispatch({ type: 'answer', question: question.id, response });
  const response = attempt.responses[question.id];
  const done = attempt.revealed || attempt.checked.includes(question.id);
  // Ids and radio names by place, short: each question's appears with every option.
  const key = `${quiz.id}-${index + 1}`;
  const hint = hints[question.id];
  const Controls = controlsFor(lab?.controls ?? controls, question.type);
  return (
    <li class="quiz__item" key={`${attempt.seed}-${question.id}`}>
      <fieldset class="quiz__question" disabled={!live || done} aria-describedby={hint ? `${key}-hint` : undefined}>
        <legend>
          <span class="quiz__number">
            Question {index + 1} of {total}
          </span>{' '}
          {question.stem}
        </legend>
        {hint && (
          <p class="quiz__hint" id={`${key}-hint`}>
            {hint}
          </p>
        )}
        <Controls
          question={question}
          shown={shown}
          response={response}
          attempt={attempt}
          done={done}
          live={live}
          answer={answer}
          say={say}
          focus={(target) => (focusNext.current = target)}
          marks={marks}
          id={key}
        />
        {!done && !attempt.exam && (
          // Enabled before an answer is chosen, so that keyboard users find it; pressed
          // too early, it says what is missing instead of grading. An exam has none: no
          // feedback until the end.
          <button type="button" class="button" onClick={() => checkQuestion(view, question, index)}>
            Check answer
          </button>
        )}
        {!done && wanting === question.id && !isComplete(question, response) && (
          <p class="quiz__missing">{missing[question.type]}</p>
        )}
      </fieldset>
      {done ? (
        <div class="quiz__feedback" id={`${key}-feedback`} tabindex={-1}>
          {Feedback && (
            <Feedback
              question={question}
              grade={gradeQuestion(question, response)}
              answered={Boolean(response)}
              source={sources[question.id]}
              marks={marks}
            >
              {lab?.details(question, response)}
            </Feedback>
          )}
        </div>
      ) : (
        <div class="quiz__waiting" />
      )}
    </li>
  );
}

/**
 * What the island's parts (a question's place, the actions under the list) read from its render:
 * [the island's props, its store, the attempt, whether it is live, the question whose "Check
 * answer" was pressed before it was answered in full, set that question, the number of questions,
 * say a sentence, the id of the element that takes focus after the next render]. A tuple, not an
 * object: it reaches the browser without property names, and every page with a quiz loads it at start.
 */
export type QuizView = [
  props: QuizIslandProps,
  store: QuizStore,
  attempt: QuizInProgress,
  live: boolean,
  wanting: string,
  setWanting: (id: string) => void,
  total: number,
  say: (text: string) => void,
  focusNext: { current: string },
];

/** "Check all answers" and "Show answers" (none in an exam), with how many are answered. */
export function quizActions(
  [, , attempt, live, , , total]: QuizView,
  answered: number,
  finish: (type: 'check-all' | 'reveal') => void,
) {
  return (
    <div class="quiz__actions">
      <button type="button" class="button" disabled={!live} onClick={() => finish('check-all')}>
        Check all answers
      </button>
      {!attempt.exam && (
        <button type="button" class="button button--quiet" disabled={!live} onClick={() => finish('reveal')}>
          Show answers
        </button>
      )}
      <p>
        {answered} of {total} answered
      </p>
    </div>
  );
}

/** "Check answer": grades the question and makes its answer final, or says what is missing. */
function checkQuestion(
  [{ quiz, missing }, store, attempt, , , setWanting, , say, focusNext]: QuizView,
  question: Question,
  index: number,
) {
  if (!isComplete(question, attempt.responses[question.id])) {
    setWanting(question.id);
    say(`Question ${index + 1}: ${missing[question.type]}`);
    return;
  }
  const now = currentAttempt(quiz, store.dispatch({ type: 'check', question: question.id }));
  const grade = gradeQuestion(question, now.responses[question.id]);
  focusNext.current = `${quiz.id}-${index + 1}-feedback`;
  // Checking the last question shows the result, which says the score.
  say(`Question ${index + 1}: ${verdict(grade, Boolean(now.responses[question.id]))}`);
}

/** The learner's best score on this quiz so far, once there is one. */
export function bestScore(best: number | null, passMark: number) {
  return (
    best !== null && (
      <p class="quiz__best">
        Your best score so far: {percent(best)}
        {best >= passMark ? ', a pass.' : '.'}
      </p>
    )
  );
}
