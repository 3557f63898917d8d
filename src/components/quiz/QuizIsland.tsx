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
import { prepareQuiz } from '../../quiz/registry';
import { scoreQuiz } from '../../quiz/score';
import type { ChoiceOutcome, KindTypes, Question, QuestionResponse, QuestionType, Quiz } from '../../quiz/types';
import type { LabSetup } from '../../quiz/lab';
import type { ControlsRegistry, QuickCheckKind } from './kinds/controls';
import { moveFocus, percent, showResult } from './quiz-result';
import { bestScore, Feedback, loadFeedback, questionItem, quizActions, type QuizView } from './question-item';

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

export { percent };

export default function QuizIsland(props: QuizIslandProps) {
  const { quiz, lab, draw, footer, start, children } = props;
  const store = useMemo(() => createQuizStore(quiz, undefined, draw), [quiz, draw]);
  const progress = useStore($progress);
  useStore(store.$unsaved);
  const [live, setLive] = useState(false);
  const [said, say] = useState('');
  const focusNext = useRef('');
  // 1 once the feedback's code is there (the module's `Feedback`), 2 once every feedback's and lab
  // task's is. A state, not a ref: Preact may run a render's effect only as the next render starts,
  // and the effect must act on what its own render drew (see moveFocus).
  const [codeLoaded, feedbackLoaded] = useState(0);
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
    if (anyChecked && !Feedback) void loadFeedback().then(() => feedbackLoaded((was) => was || 1));
  }, [anyChecked]);
  // The questions of this attempt: the quiz's own, or (a bank) this attempt's draw.
  const asked = useMemo(() => store.quizFor(attempt.seed), [store, attempt.seed]);
  const prepared = useMemo(() => prepareQuiz(asked, attempt.seed), [asked, attempt.seed]);
  const result = isFinished(asked, attempt) ? scoreQuiz(asked, attempt.responses) : null;
  const total = asked.questions.length;
  const answered = asked.questions.filter((q) => attempt.responses[q.id]).length;

  // The result's texts are server-rendered (`children`, see QuizResult.astro); showResult fills them in.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result) showResult(box.current!, result, attempt, quiz.passMark, retry);
    // Focus moves after the render that shows its target (feedback, results, the title on retry).
    moveFocus(focusNext, box.current!, codeLoaded > 1);
  });

  function finish(type: 'check-all' | 'reveal') {
    const now = currentAttempt(quiz, store.dispatch({ type }));
    // Every feedback above the result fills in at once: the result is focused once their code (and
    // a lab task's) is there, or it would end up thousands of pixels below the view as they fill in.
    void Promise.all([loadFeedback(), lab?.preload()]).finally(() => feedbackLoaded(2));
    focusNext.current = `${quiz.id}-results`;
    // The result takes focus, and with it the score is read.
    say(now.revealed ? 'Answers shown: this attempt has no score.' : 'All answers checked.');
  }

  function retry() {
    store.retry();
    focusNext.current = `${quiz.id}-title`;
    say('New attempt.');
  }

  const view: QuizView = [props, store, attempt, live, wanting, setWanting, total, say, focusNext];
  // The section, its title and introduction are server-rendered around the island (Quiz.astro).
  return (
    <>
      {bestScore(record.best, quiz.passMark)}
      {start}
      {/* A drawn paper shows once the island is live (the server's is another paper); its box keeps its place meanwhile. */}
      <ol class={`quiz__list${draw && !live ? ' quiz__list--drawing' : ''}`}>
        {asked.questions.map((question, index) => questionItem(view, question, index, prepared[index]!))}
      </ol>
      {!result && quizActions(view, answered, finish)}
      <div class="quiz__results" id={`${quiz.id}-results`} tabindex={-1} hidden={!result} ref={box}>
        {children}
      </div>
      {live && footer?.(record, attempt, store, finish)}
      <p class="visually-hidden" role="status">
        {said}
      </p>
    </>
  );
}
