/**
 * One quiz bound to the learner's saved progress: its record is read from `$progress`, validated
 * when the quiz loads, and every action is saved there (so attempts, the best score and the
 * attempt on screen survive a reload and follow other tabs). Passing a quiz that `completesUnit`
 * marks its unit complete in the same write.
 */
import { atom, type WritableAtom } from 'nanostores';
import { $progress, $progressProblem, updateProgress } from './progress';
import { progressReducer, type Progress } from '../progress/progress';
import { emptyQuizRecord, quizReducer, readQuizRecord, type QuizAction, type QuizRecord } from '../progress/quiz-record';
import type { Quiz } from '../quiz/types';

/** A fresh seed for a new attempt: any unsigned 32-bit integer. */
export const randomSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0]!;

export interface QuizStore {
  quiz: Quiz;
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
  /** A new attempt with a new seed: the same questions, options in a new order. */
  retry(): QuizRecord;
}

export function createQuizStore(quiz: Quiz, newSeed: () => number = randomSeed): QuizStore {
  const $unsaved = atom<QuizRecord | null>(null);
  let read: { progress: Progress; record: QuizRecord } | undefined;

  function recordOf(progress: Progress): QuizRecord {
    const unsaved = $unsaved.get();
    if (unsaved) return unsaved;
    if (read?.progress !== progress) read = { progress, record: readQuizRecord(progress.quizzes[quiz.id], quiz) ?? emptyQuizRecord() };
    return read.record;
  }

  function apply(action: QuizAction): QuizRecord {
    const saved = updateProgress((state) => {
      const before = recordOf(state);
      const after = quizReducer(quiz, before, action);
      if (after === before) return state;
      const next = { ...state, quizzes: { ...state.quizzes, [quiz.id]: after } };
      const passedNow = after.attempts.length > before.attempts.length && after.attempts[after.attempts.length - 1]!.passed;
      return quiz.completesUnit && quiz.unit !== undefined && passedNow ? progressReducer(next, { type: 'complete-unit', slug: quiz.unit }) : next;
    });
    if (!saved) $unsaved.set(quizReducer(quiz, recordOf($progress.get()), action));
    return recordOf($progress.get());
  }

  return {
    quiz,
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
    dispatch: apply,
    retry: () => apply({ type: 'retry', seed: newSeed() }),
  };
}
