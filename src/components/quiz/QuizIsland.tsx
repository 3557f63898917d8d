/**
 * A quiz: a unit's quick check or the unit 6 knowledge check. Each question sits in a fieldset
 * with its stem as the legend; "Check answer" grades one question and makes its answer final,
 * "Check all answers" grades the rest, "Show answers" ends the attempt for a learner who gives up.
 * Feedback appears beside the question (below it on narrow screens), says why the chosen option
 * is right or wrong and what the right one is, links to the section that teaches it, and takes
 * focus; a live region says the same in a sentence. "Try again" starts a new attempt: the same
 * questions with the options in a new order.
 *
 * Server-rendered with the first attempt's order and every control disabled (without JavaScript
 * nothing could be graded or saved); once hydrated it shows the learner's saved attempt.
 * Grading lives in `src/quiz/`, saving in `src/stores/quiz.ts`: this file only renders and
 * dispatches. Each kind shows through its entry in `kinds/controls.ts` and `kinds/feedback.ts`.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '../use-store';
import { $progress } from '../../stores/progress';
import { createQuizStore, type QuizStore } from '../../stores/quiz';
import {
  currentAttempt,
  emptyQuizRecord,
  isFinished,
  type QuizInProgress,
  type QuizRecord,
} from '../../progress/quiz-record';
import { gradeQuestion, isComplete, prepareQuiz } from '../../quiz/registry';
import { scoreQuiz } from '../../quiz/score';
import type { ChoiceOutcome, KindTypes, Question, QuestionResponse, QuestionType, Quiz } from '../../quiz/types';
import type { LabSetup } from '../../quiz/lab';
import type { Feedback as FeedbackView } from './Feedback';
import { controls, controlsFor, type ControlsRegistry, type QuickCheckKind } from './kinds/controls';
import { verdict } from './quiz-words';

/** Where a question's answer is taught: a link to the unit section, and how it reads. */
export interface Source {
  href: string;
  label: string;
  /** A scenario page that shows it in a lab, where one fits (the self-assessment's review). */
  scenario?: { href: string; label: string } | undefined;
}

/** A lab task's scenario and goal, with the site's base (see `Quiz.astro`). */
export interface LabView extends LabSetup {
  /** Base URL of the site, for the lab's share links. */
  base: string;
}

/** What the lab parts (`kinds/lab-task.tsx`) give the island of a quiz with lab tasks. */
export interface LabParts {
  /** Every kind's controls, the lab task's among them. */
  controls: ControlsRegistry;
  /** More feedback on a checked question (a lab task's checks). */
  details: (question: Question, response: QuestionResponse | undefined) => ComponentChildren;
  /** Loads the code `details` renders with, so a feedback shown at once has it. */
  preload: () => Promise<unknown>;
}

interface IslandProps {
  /** By question id: the section its `teaches` anchor points to. */
  sources: Record<string, Source>;
  /** By question id: how to answer it, for kinds that need saying (written at build time, see `Quiz.astro`). */
  hints: Record<string, string>;
  /** By kind: what "Check answer" asks for when a question is not answered in full (also written at build time). */
  missing: Record<QuestionType, string>;
  /** An option's mark once checked, by what happened to it: ✓ or ✗ and its meaning (written at build time too). */
  marks: Record<ChoiceOutcome, string>;
  /** For a bank (the self-assessment): the questions an attempt with this seed asks. */
  draw?: ((seed: number) => Quiz) | undefined;
  /**
   * What follows the quiz once it is live, from the learner's record, the attempt on screen and
   * the store (the self-assessment lists past attempts, names the paper and opens a linked one).
   */
  footer?:
    | ((
        record: QuizRecord,
        attempt: QuizInProgress,
        store: QuizStore,
        finish: (type: 'check-all') => void,
      ) => ComponentChildren)
    | undefined;
  /** Server-rendered, above the questions (the self-assessment's notes about a linked paper). */
  start?: ComponentChildren;
  /** Server-rendered: the result's texts, per objective with what to review (Quiz.astro). */
  children?: ComponentChildren;
}

/**
 * A quiz without lab tasks (a unit's quick check) shows through the island's own controls; a quiz
 * with lab tasks comes with the lab parts, which only its entries carry (`LabQuiz.tsx`,
 * `SelfAssessment.tsx`).
 */
export type QuizIslandProps = IslandProps &
  ({ quiz: Quiz<KindTypes[QuickCheckKind]['question']>; lab?: undefined } | { quiz: Quiz; lab: LabParts });

/** A share (0 to 1) as a whole percentage: results are never fractions of a mark. */
export const percent = (value: number) => `${Math.round(value * 100)}%`;

/** The feedback beside each question loads with the first one a learner checks. */
let Feedback: typeof FeedbackView | undefined;
let loadingFeedback: Promise<unknown> | undefined;
const loadFeedback = () => (loadingFeedback ??= import('./Feedback').then((module) => (Feedback = module.Feedback)));

export default function QuizIsland({
  quiz,
  sources,
  hints,
  missing,
  marks,
  lab,
  draw,
  footer,
  start,
  children,
}: QuizIslandProps) {
  const store = useMemo(() => createQuizStore(quiz, undefined, draw), [quiz, draw]);
  const progress = useStore($progress);
  useStore(store.$unsaved);
  const [live, setLive] = useState(false);
  const [said, say] = useState('');
  const focusNext = useRef('');
  // A render once the feedback's code is there (the module's `Feedback`).
  const [, feedbackLoaded] = useState(0);
  const everyFeedbackReady = useRef(false);
  // The question whose "Check answer" was pressed before it was answered in full: it says what is missing.
  const [wanting, setWanting] = useState('');

  useEffect(() => {
    setLive(true);
    store.load();
  }, [store]);

  const record = live ? store.recordOf(progress) : emptyQuizRecord();
  const attempt = currentAttempt(quiz, record);
  const anyChecked = attempt.revealed || attempt.checked.length > 0;
  useEffect(() => {
    if (anyChecked && !Feedback) void loadFeedback().then(() => feedbackLoaded(1));
  }, [anyChecked]);
  // The questions of this attempt: the quiz's own, or (a bank) this attempt's draw.
  const asked = useMemo(() => store.quizFor(attempt.seed), [store, attempt.seed]);
  const prepared = useMemo(() => prepareQuiz(asked, attempt.seed), [asked, attempt.seed]);
  const finished = isFinished(asked, attempt);

  const result = finished ? scoreQuiz(asked, attempt.responses) : null;
  const id = quiz.id;
  const total = asked.questions.length;
  const answered = asked.questions.filter((q) => attempt.responses[q.id]).length;

  // The result's texts are server-rendered (`children`, see QuizResult.astro): here its parts are
  // only shown or hidden (`data-when`), filled in (`data-fill`) and wired up.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result) {
      const all = (selector: string) => box.current!.querySelectorAll<HTMLElement>(selector);
      const states = attempt.revealed
        ? ['revealed']
        : ['scored', result.passed ? 'pass' : 'below', attempt.timeUp ? 'time' : ''];
      const fill: Record<string, string> = { total: percent(result.fraction) };
      for (const { objective, score, max } of result.objectives) {
        fill[objective] = percent(score / max);
        if (score / max + 1e-9 < quiz.passMark) states.push(`below:${objective}`);
      }
      for (const question of result.questions) if (!question.correct) states.push(question.id);
      for (const part of all('[data-when]'))
        part.hidden = !part.dataset.when!.split(' ').some((state) => states.includes(state));
      for (const part of all('[data-fill]')) {
        part.textContent = fill[part.dataset.fill!]!;
        if (part instanceof HTMLProgressElement) part.value = parseInt(part.textContent);
      }
      // Its one button starts a new attempt.
      all('button')[0]!.onclick = retry;
    }
    // Focus moves after the render that shows its target (feedback, results, the title on retry).
    // Preact runs an earlier render's pending effect just before the next render: one that runs
    // before the target exists must leave the request for the render that shows it.
    const target = focusNext.current && document.getElementById(focusNext.current);
    if (target && (target != box.current || everyFeedbackReady.current)) {
      // The result, often taller than the screen, would be brought in by its bottom edge: its top first.
      target.focus({ preventScroll: target == box.current });
      if (target == box.current) target.scrollIntoView();
      focusNext.current = '';
    }
  });

  const answer = (question: Question, response: QuestionResponse) =>
    store.dispatch({ type: 'answer', question: question.id, response });

  function check(question: Question, index: number) {
    if (!isComplete(question, attempt.responses[question.id])) {
      setWanting(question.id);
      say(`Question ${index + 1}: ${missing[question.type]}`);
      return;
    }
    const now = currentAttempt(quiz, store.dispatch({ type: 'check', question: question.id }));
    const grade = gradeQuestion(question, now.responses[question.id]);
    focusNext.current = `${id}-${index + 1}-feedback`;
    // Checking the last question shows the result, which says the score.
    say(`Question ${index + 1}: ${verdict(grade, Boolean(now.responses[question.id]))}`);
  }

  function finish(type: 'check-all' | 'reveal') {
    const now = currentAttempt(quiz, store.dispatch({ type }));
    // Every feedback above the result fills in at once: the result is focused once their code (and
    // a lab task's) is there, or it would end up thousands of pixels below the view as they fill in.
    void Promise.all([loadFeedback(), lab?.preload()]).finally(() => {
      everyFeedbackReady.current = true;
      feedbackLoaded(2);
    });
    focusNext.current = `${id}-results`;
    // The result takes focus, and with it the score is read.
    say(now.revealed ? 'Answers shown: this attempt has no score.' : 'All answers checked.');
  }

  function retry() {
    store.retry();
    focusNext.current = `${id}-title`;
    say('New attempt.');
  }

  // The section, its title and introduction are server-rendered around the island (Quiz.astro).
  return (
    <>
      {record.best !== null && (
        <p class="quiz__best">
          Your best score so far: {percent(record.best)}
          {record.best >= quiz.passMark ? ', a pass.' : '.'}
        </p>
      )}
      {start}
      {/* A drawn paper shows once the island is live (the server's is another paper); its box keeps its place meanwhile. */}
      <ol class={`quiz__list${draw && !live ? ' quiz__list--drawing' : ''}`}>
        {asked.questions.map((question, index) => {
          const shown = prepared[index]!;
          const response = attempt.responses[question.id];
          const done = attempt.revealed || attempt.checked.includes(question.id);
          // Ids and radio names by place, short: each question's appears with every option.
          const key = `${id}-${index + 1}`;
          const hint = hints[question.id];
          const Controls = controlsFor(lab?.controls ?? controls, question.type);
          return (
            <li class="quiz__item" key={`${attempt.seed}-${question.id}`}>
              <fieldset
                class="quiz__question"
                disabled={!live || done}
                aria-describedby={hint ? `${key}-hint` : undefined}
              >
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
                  <button type="button" class="button" onClick={() => check(question, index)}>
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
        })}
      </ol>
      {!result && (
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
      )}
      <div class="quiz__results" id={`${id}-results`} tabindex={-1} hidden={!result} ref={box}>
        {children}
      </div>
      {live && footer?.(record, attempt, store, finish)}
      <p class="visually-hidden" role="status">
        {said}
      </p>
    </>
  );
}
