/**
 * Lab task: reach a scenario's goal in the embedded simulator. All or nothing: 1 when the end
 * state passes every check of the goal, else 0 (no work saved grades as nothing done).
 *
 * The verdict per check is in the response, written by `labResponse` (`src/quiz/lab.ts`) from the
 * engine's end state whenever the learner acts; this module reads it, so pages that grade a quiz
 * never carry the engine for it. Which check failed, and why, `gradeLab` says from the same state.
 */
import type { LabTaskGrade, LabTaskQuestion, LabTaskResponse, PreparedLabTask } from '../../types';

/** Nothing to shuffle: every attempt starts the simulator at the scenario's start. */
export function prepare(question: LabTaskQuestion, seed: number): PreparedLabTask {
  return { type: 'lab-task', id: question.id, seed };
}

/** 1 when every check passed at the end of the learner's work, else 0; feedback per check. */
export function grade(_question: LabTaskQuestion, response: LabTaskResponse | null | undefined): LabTaskGrade {
  const passed = response?.passed ?? [];
  const correct = passed.length > 0 && passed.every(Boolean);
  return {
    type: 'lab-task',
    score: correct ? 1 : 0,
    correct,
    perOption: passed.map((ok, check) => ({ check, passed: ok })),
  };
}

/** Complete once the learner has done something in the lab. */
export const complete = (_question: LabTaskQuestion, response: LabTaskResponse | null | undefined): boolean =>
  (response?.actions.length ?? 0) > 0;
