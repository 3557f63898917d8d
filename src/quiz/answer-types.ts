/**
 * What happens to a question once it is asked: what `prepare` gives a view to show, what a learner
 * answers, and what `grade` says back. Plain serialisable data only. Callers import these through
 * `./types`, which also holds what a kind module exports.
 *
 * Pure: no Preact, Astro, nanostores or DOM imports anywhere under `src/quiz/`.
 */
import type { Action } from '../sim/types';
import type { MultipleResponseScoring, QuestionType } from './question-types';

// ----------------------------------------------------------------------- prepared (what is shown)

/** An option as the learner sees it: no key, no explanation. */
export interface ShownOption {
  id: string;
  text: string;
}

/** A single-choice question ready to show: options in a seeded order. */
export interface PreparedSingleChoice {
  type: 'single-choice';
  /** The question's id. */
  id: string;
  /** The seed that ordered the options; the same seed always gives the same order. */
  seed: number;
  options: ShownOption[];
}

/** A multiple-response question ready to show: options in a seeded order. */
export interface PreparedMultipleResponse {
  type: 'multiple-response';
  id: string;
  seed: number;
  options: ShownOption[];
  /** Repeated from the question so the view can say how partly right answers count. */
  scoring: MultipleResponseScoring;
}

/** An ordering question ready to show: the steps in a seeded start order that is never the right one. */
export interface PreparedOrdering {
  type: 'ordering';
  id: string;
  seed: number;
  steps: ShownOption[];
}

/**
 * A matching question ready to show: prompts in authored order, the answers (pair matches and
 * distractors) in a seeded order that never lines up with the prompts as authored.
 */
export interface PreparedMatching {
  type: 'matching';
  id: string;
  seed: number;
  /** `id` is the pair's id; `text` its prompt. */
  prompts: ShownOption[];
  /** `id` is a pair's id (its match) or a distractor's id. */
  choices: ShownOption[];
}

/** A lab task ready to show: nothing to shuffle (the simulator starts at the scenario's start). */
export interface PreparedLabTask {
  type: 'lab-task';
  id: string;
  seed: number;
}

export type PreparedQuestion =
  PreparedSingleChoice | PreparedMultipleResponse | PreparedOrdering | PreparedMatching | PreparedLabTask;

// ------------------------------------------------------------------------------------ responses

/** The option the learner chose, or null before they choose one. */
export interface SingleChoiceResponse {
  type: 'single-choice';
  choice: string | null;
}

/** Every option the learner ticked (ids; order does not matter, repeats count once). */
export interface MultipleResponseResponse {
  type: 'multiple-response';
  choices: readonly string[];
}

/** Step ids in the learner's order, first step first. */
export interface OrderingResponse {
  type: 'ordering';
  order: readonly string[];
}

/** For each pair id (prompt), the id of the chosen answer, or null when none is chosen. */
export interface MatchingResponse {
  type: 'matching';
  matches: Readonly<Record<string, string | null>>;
}

/**
 * The learner's work in a lab: the actions applied to the scenario's start, in order, and what
 * `gradeGoal` said of the end state, check by check (`labResponse` in `src/quiz/lab.ts` makes one
 * from an engine state). The simulator that holds the state writes both, so grading, which runs
 * on pages that never load the engine, reads the verdict rather than replaying the actions.
 */
export interface LabTaskResponse {
  type: 'lab-task';
  actions: readonly Action[];
  /** For each of the goal's checks, in the goal's order: whether the end state passes it. */
  passed: readonly boolean[];
}

export type QuestionResponse =
  SingleChoiceResponse | MultipleResponseResponse | OrderingResponse | MatchingResponse | LabTaskResponse;

// -------------------------------------------------------------------------------------- grading

/**
 * What happened to one option:
 * - `chosen-correct`: chosen, and it is right;
 * - `chosen-wrong`: chosen, and it is wrong;
 * - `missed`: not chosen, but it is right;
 * - `not-chosen`: not chosen, and it is wrong.
 */
export type ChoiceOutcome = 'chosen-correct' | 'chosen-wrong' | 'missed' | 'not-chosen';

/** Feedback on one option of a single-choice or multiple-response question. */
export interface ChoiceFeedback {
  /** The option's id. */
  option: string;
  outcome: ChoiceOutcome;
  /** The option's own explanation. */
  explanation: string;
  /** The option's misconception tag, when it has one. */
  misconception?: string;
}

/** Feedback on one step of an ordering question. */
export interface OrderingFeedback {
  /** The step's id. */
  step: string;
  /** Where the learner put it (0-based), or null when the response leaves it out. */
  placed: number | null;
  /** Where it belongs (0-based). */
  expected: number;
  outcome: 'in-place' | 'misplaced';
  /** The step's own explanation. */
  explanation: string;
}

/** Feedback on one prompt of a matching question. */
export interface MatchingFeedback {
  /** The pair's id. */
  pair: string;
  /** The id of the answer the learner chose for this prompt, or null. */
  chosen: string | null;
  outcome: 'matched' | 'mismatched' | 'unanswered';
  /** The pair's own explanation (why the prompt goes with its match). */
  explanation: string;
  /**
   * On a mismatch: the explanation of the answer chosen instead (a distractor's, or the pair's
   * whose match it is), so the learner reads why their choice does not fit.
   */
  chosenExplanation?: string;
  /** On a mismatch with a distractor that has a misconception tag: that tag. */
  misconception?: string;
}

/** What `grade` returns: a score from 0 to 1, whether it is fully right, and feedback per option. */
export interface Grade<T extends QuestionType, F> {
  type: T;
  /** 0 (nothing right) to 1 (fully right); see each kind for how partly right answers count. */
  score: number;
  /** True only for a fully right answer (score 1). */
  correct: boolean;
  /** Feedback per option, step or prompt, in authored order. */
  perOption: F[];
}

export type SingleChoiceGrade = Grade<'single-choice', ChoiceFeedback>;
export type MultipleResponseGrade = Grade<'multiple-response', ChoiceFeedback>;
export type OrderingGrade = Grade<'ordering', OrderingFeedback>;
export type MatchingGrade = Grade<'matching', MatchingFeedback>;
/** Feedback on one check of a lab task's goal (the texts come from `gradeGoal`, see `src/quiz/lab.ts`). */
export interface LabCheckFeedback {
  /** The check's index in the goal. */
  check: number;
  passed: boolean;
}

export type LabTaskGrade = Grade<'lab-task', LabCheckFeedback>;
export type QuestionGrade = SingleChoiceGrade | MultipleResponseGrade | OrderingGrade | MatchingGrade | LabTaskGrade;
