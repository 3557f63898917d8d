/**
 * A learner's record of one quiz, saved inside their progress as `Progress.quizzes[quiz.id]`:
 * the finished attempts with their seeds and scores, the best score, and the attempt on screen
 * (in progress, or finished and showing its results). Pure: plain data and functions.
 *
 * Only pages with a quiz load this module (it is kept out of the every-page `site-store` chunk in
 * `astro.config.mjs`), which is why the codec only checks that a record is an object and
 * `readQuizRecord` does the full check when the quiz loads.
 */
import { prepareQuestion } from '../quiz/registry';
import { isResponseFor } from '../quiz/responses';
import { scoreQuiz } from '../quiz/score';
import { deriveSeed } from '../quiz/shuffle';
import type { Question, QuestionResponse, Quiz } from '../quiz/types';

import { MAX_LAB_ACTIONS, isRecord } from './progress';
export { MAX_LAB_ACTIONS, isResponseFor };

/** Finished attempts kept per quiz, newest last; older ones drop off (the best score stays). */
export const ATTEMPTS_KEPT = 20;

/** A finished attempt. */
export interface QuizAttempt {
  /** The seed that ordered its options (`prepareQuiz(quiz, seed)` shows it again). */
  seed: number;
  /** The share of the total score, 0 to 1. */
  score: number;
  /** Whether the score reached the quiz's pass mark. */
  passed: boolean;
  /** When it finished (milliseconds since 1970), for a list of past attempts; absent in older records. */
  at?: number | undefined;
}

/** The attempt on screen. */
export interface QuizInProgress {
  /** The seed that orders its options. */
  seed: number;
  /** The learner's answers by question id (only well-formed answers to questions of the quiz). */
  responses: Record<string, QuestionResponse>;
  /** Ids of the questions checked so far, in the order they were checked; a checked answer is final. */
  checked: string[];
  /** True once the learner asked to see the answers, which ends the attempt without a score. */
  revealed: boolean;
  /** Exam mode, chosen before the attempt: no feedback on any question until all are checked. */
  exam?: true | undefined;
  /** An exam's countdown: when it ends (milliseconds since 1970); the attempt is then checked as it stands. */
  endsAt?: number | undefined;
  /** The countdown ended before the learner checked the attempt, which was then checked as it stood. */
  timeUp?: true | undefined;
}

/** Everything saved about one quiz. */
export interface QuizRecord {
  /** Finished attempts, oldest first, at most {@link ATTEMPTS_KEPT}. */
  attempts: QuizAttempt[];
  /** The best score of any finished attempt (0 to 1), or null before one finishes. */
  best: number | null;
  /** The attempt on screen, or null before the learner answers anything. */
  current: QuizInProgress | null;
}

/** Everything that changes a quiz record. */
export type QuizAction =
  /** Answer (or change the answer to) one question that is not checked yet. */
  | { type: 'answer'; question: string; response: QuestionResponse }
  /** Check one question: grade it and make its answer final. `at`: now, kept if this finishes the attempt. */
  | { type: 'check'; question: string; at?: number }
  /** Check every question not checked yet; finishes the attempt (at or after an exam's `endsAt`: as time ran out). */
  | { type: 'check-all'; at?: number }
  /**
   * Show the answers: finishes the attempt with no score. It stays the attempt on screen, marked
   * `revealed`, but adds nothing to `attempts` or `best` (nor, through them, to what the LMS hears).
   */
  | { type: 'reveal'; at?: number }
  /** A new attempt: the same questions, options in the order of `seed`, nothing answered; an exam with `exam`, counting down to `endsAt`. */
  | { type: 'retry'; seed: number; exam?: boolean; endsAt?: number | undefined };

/** A record with nothing in it (a new object on every call). */
export function emptyQuizRecord(): QuizRecord {
  return { attempts: [], best: null, current: null };
}

/** The seed of a learner's first attempt, before anything is saved: fixed per quiz, so the page renders it at build time. */
export function firstSeed(quiz: Quiz): number {
  return deriveSeed(0, quiz.id);
}

/** The attempt to show: the saved one, or a fresh first attempt. */
export function currentAttempt(quiz: Quiz, record: QuizRecord): QuizInProgress {
  return record.current ?? { seed: firstSeed(quiz), responses: {}, checked: [], revealed: false };
}

/** True when the attempt is over: the answers were shown, or every question was checked. */
export function isFinished(quiz: Quiz, attempt: QuizInProgress): boolean {
  return attempt.revealed || quiz.questions.every((question) => attempt.checked.includes(question.id));
}

/**
 * Applies one action. Returns the same `record` object when nothing changes (the answer already
 * given, an answer to a checked question, anything but retry once the attempt is over, an id or
 * answer that does not fit the quiz). The action that checks the last question, or all of them,
 * also adds the attempt to `attempts` and updates `best`; showing the answers does not.
 */
export function quizReducer(quiz: Quiz, record: QuizRecord, action: QuizAction): QuizRecord {
  if (action.type === 'retry') {
    const { seed, exam, endsAt } = action;
    return {
      ...record,
      current: {
        seed: seed >>> 0,
        responses: {},
        checked: [],
        revealed: false,
        ...(exam && { exam, ...(endsAt && { endsAt }) }),
      },
    };
  }
  const current = currentAttempt(quiz, record);
  if (isFinished(quiz, current)) return record;
  let next: QuizInProgress;
  if (action.type === 'reveal') {
    next = { ...current, revealed: true };
  } else if (action.type === 'check-all') {
    const open = quiz.questions.filter((q) => !current.checked.includes(q.id));
    next = {
      ...current,
      responses: withShownOrders(current, open),
      checked: [...current.checked, ...open.map((q) => q.id)],
    };
    if (current.endsAt && action.at! >= current.endsAt) next.timeUp = true;
  } else {
    const question = quiz.questions.find((q) => q.id === action.question);
    if (!question || current.checked.includes(question.id)) return record;
    if (action.type === 'check') {
      next = {
        ...current,
        responses: withShownOrders(current, [question]),
        checked: [...current.checked, question.id],
      };
    } else {
      const same = JSON.stringify(current.responses[question.id]) === JSON.stringify(action.response);
      if (same || !isResponseFor(question, action.response)) return record;
      next = { ...current, responses: { ...current.responses, [question.id]: action.response } };
    }
  }
  if (!isFinished(quiz, next) || next.revealed) return { ...record, current: next };
  const { fraction, passed } = scoreQuiz(quiz, next.responses);
  return {
    attempts: [
      ...record.attempts,
      {
        seed: next.seed,
        score: fraction,
        passed,
        ...('at' in action && action.at !== undefined ? { at: action.at } : {}),
      },
    ].slice(-ATTEMPTS_KEPT),
    best: Math.max(record.best ?? 0, fraction),
    current: next,
  };
}

/**
 * The order an ordering question is shown in, for the question of an attempt: the learner's own
 * order once they moved a step, else the seeded start order (`prepareQuiz` derives each question's
 * seed the same way).
 */
export function shownOrder(attempt: QuizInProgress, question: Question & { type: 'ordering' }): string[] {
  const response = attempt.responses[question.id];
  if (response?.type === 'ordering') return [...response.order];
  const prepared = prepareQuestion(question, deriveSeed(attempt.seed, question.id));
  return prepared.type === 'ordering' ? prepared.steps.map((step) => step.id) : [];
}

/** An untouched ordering question is answered by the order on screen when it is checked. */
function withShownOrders(attempt: QuizInProgress, questions: readonly Question[]): QuizInProgress['responses'] {
  const responses = { ...attempt.responses };
  for (const question of questions) {
    if (question.type === 'ordering')
      responses[question.id] = { type: 'ordering', order: shownOrder(attempt, question) };
  }
  return responses;
}

const isSeed = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 0xffffffff;
const isShare = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= 1;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Reads a saved record (anything JSON could hold) for `quiz`. Nothing saved gives an empty record;
 * a record of the wrong shape gives null (the caller drops it and says so). Answers and checks
 * that no longer fit the quiz (its content changed) are dropped quietly.
 */
export function readQuizRecord(raw: unknown, quiz: Quiz): QuizRecord | null {
  if (raw === undefined) return emptyQuizRecord();
  if (!isRecord(raw)) return null;
  const { attempts, best, current } = raw;
  if (!Array.isArray(attempts)) return null;
  if (
    !attempts.every(
      (a) =>
        isRecord(a) &&
        isSeed(a.seed) &&
        isShare(a.score) &&
        typeof a.passed === 'boolean' &&
        (a.at === undefined || isTime(a.at)),
    )
  )
    return null;
  if (best !== null && !isShare(best)) return null;
  const record: QuizRecord = {
    attempts: (attempts as QuizAttempt[])
      .slice(-ATTEMPTS_KEPT)
      .map(({ seed, score, passed, at }) => ({ seed, score, passed, ...(at !== undefined ? { at } : {}) })),
    best,
    current: null,
  };
  if (current === null) return record;
  if (
    !isRecord(current) ||
    !isSeed(current.seed) ||
    !isRecord(current.responses) ||
    !isStringArray(current.checked) ||
    typeof current.revealed !== 'boolean'
  ) {
    return null;
  }
  const responses: Record<string, QuestionResponse> = {};
  const checked: string[] = [];
  for (const question of quiz.questions) {
    const response = Object.hasOwn(current.responses, question.id) ? current.responses[question.id] : undefined;
    if (isResponseFor(question, response)) responses[question.id] = response;
  }
  for (const id of current.checked) {
    if (quiz.questions.some((question) => question.id === id) && !checked.includes(id)) checked.push(id);
  }
  const { exam, endsAt, timeUp } = current as Partial<QuizInProgress>;
  if (![exam, timeUp].every((flag) => flag === undefined || flag === true) || !(endsAt === undefined || isTime(endsAt)))
    return null;
  record.current = {
    seed: current.seed,
    responses,
    checked,
    revealed: current.revealed,
    ...(exam && { exam, ...(endsAt && { endsAt }), ...(timeUp && { timeUp }) }),
  };
  return record;
}
