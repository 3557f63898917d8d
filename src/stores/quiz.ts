/**
 * One quiz bound to the learner's saved progress: its record is read from `$progress`, validated
 * when the quiz loads, and every action is saved there (so attempts, the best score and the
 * attempt on screen survive a reload and follow other tabs). Passing a quiz that `completesUnit`
 * marks its unit complete in the same write.
 */
import { atom, type WritableAtom } from 'nanostores';
import { $progress, $progressProblem, updateProgress } from './progress';
import { progressReducer, type Progress } from '../progress/progress';
import {
  currentAttempt,
  emptyQuizRecord,
  quizReducer,
  readQuizRecord,
  type QuizAction,
  type QuizRecord,
} from '../progress/quiz-record';
import type { Quiz } from '../quiz/types';

/** A fresh seed for a new attempt: any unsigned 32-bit integer. */
export const randomSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0]!;

export interface QuizStore {
  /** The quiz, or for a drawn quiz (the self-assessment) the whole bank. */
  quiz: Quiz;
  /** The questions of the attempt with this seed: the quiz itself, or that attempt's draw from the bank. */
  quizFor(seed: number): Quiz;
  /**
   * The record to show. Normally read from progress (pass `$progress`'s value, so a component
   * re-renders with it); while progress saved by a newer version of the course is on hold, the
   * quiz still works and keeps its record here, unsaved.
   */
  $unsaved: WritableAtom<QuizRecord | null>;
  recordOf(progress: Progress): QuizRecord;
  /**
   * Drops the saved record when it cannot be read, with the site's notice about quiz answers.
   * Call once, when the quiz comes alive.
   */
  load(): void;
  /** Applies an action and returns the record as it is now. */
  dispatch(action: Exclude<QuizAction, { type: 'retry' }>): QuizRecord;
  /**
   * A new attempt: the same questions, options in a new order (a bank: a new draw, the paper
   * `seed` if given); `exam` mode, with a countdown to `endsAt`, when asked for.
   */
  retry(seed?: number, exam?: { endsAt?: number | undefined }): QuizRecord;
}

/**
 * `draw`: for a bank (the self-assessment), the questions an attempt with this seed asks (see
 * `drawQuiz`); the seed picks them, so saving the seed saves the draw. Passed in, so that pages
 * with a unit's quiz do not carry the drawing code. A bank's first attempt is a paper chosen at
 * random (once per store), saved with the learner's first action; a quiz's is the fixed
 * `firstSeed`, which the page renders at build time.
 */
export function createQuizStore(
  quiz: Quiz,
  newSeed: () => number = randomSeed,
  draw?: (seed: number) => Quiz,
): QuizStore {
  const $unsaved = atom<QuizRecord | null>(null);
  const quizFor = (seed: number): Quiz => (draw ? draw(seed) : quiz);
  const quizOf = (record: QuizRecord): Quiz => quizFor(currentAttempt(quiz, record).seed);
  let read: { progress: Progress; record: QuizRecord } | undefined;
  const paper = draw && { seed: newSeed(), responses: {}, checked: [], revealed: false };

  function recordOf(progress: Progress): QuizRecord {
    const unsaved = $unsaved.get();
    if (unsaved) return unsaved;
    if (read?.progress !== progress) {
      const record = readQuizRecord(progress.quizzes[quiz.id], quiz) ?? emptyQuizRecord();
      read = { progress, record: paper && !record.current ? { ...record, current: paper } : record };
    }
    return read.record;
  }

  function apply(action: QuizAction): QuizRecord {
    const saved = updateProgress((state) => {
      const before = recordOf(state);
      const after = quizReducer(quizOf(before), before, action);
      if (after === before) return state;
      const next = { ...state, quizzes: { ...state.quizzes, [quiz.id]: after } };
      const passedNow =
        after.attempts.length > before.attempts.length && after.attempts[after.attempts.length - 1]!.passed;
      return quiz.completesUnit && quiz.unit !== undefined && passedNow
        ? progressReducer(next, { type: 'complete-unit', slug: quiz.unit })
        : next;
    });
    if (!saved) {
      const before = recordOf($progress.get());
      $unsaved.set(quizReducer(quizOf(before), before, action));
    }
    return recordOf($progress.get());
  }

  return {
    quiz,
    quizFor,
    $unsaved,
    recordOf,
    load() {
      updateProgress((state) => {
        const raw = state.quizzes[quiz.id];
        if (raw === undefined || readQuizRecord(raw, quiz)) return state;
        $progressProblem.set('corrupt-quizzes');
        const quizzes = { ...state.quizzes };
        delete quizzes[quiz.id];
        return { ...state, quizzes };
      });
    },
    // A finished attempt keeps the time it finished, for the list of past attempts.
    dispatch: (action) => apply(action.type === 'answer' ? action : { ...action, at: Date.now() }),
    retry: (seed = newSeed(), exam) => apply({ type: 'retry', seed, ...(exam && { exam: true, endsAt: exam.endsAt }) }),
  };
}
