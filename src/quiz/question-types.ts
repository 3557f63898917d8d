/**
 * The quiz engine's authored data: questions (a discriminated union on `type`) and quizzes, as the
 * YAML of `content/quizzes/<unit-slug>.yaml` holds them. The zod schema of those files
 * (`src/schemas/quiz.ts`) describes the same shapes and fails the type check if the two ever
 * disagree. Callers import these through `./types`, which also holds what a kind module exports.
 *
 * Pure: no Preact, Astro, nanostores or DOM imports anywhere under `src/quiz/`.
 */
import type { WorkloadId } from '../sim/constants';
import type { Action } from '../sim/types';

// ------------------------------------------------------------------------------------ questions

/** What every question has, whatever its kind. */
export interface QuestionBase {
  /** Stable kebab-case id, unique across every quiz file; saved attempts refer to it. */
  id: string;
  /**
   * The learning objective the question assesses: one of the ids of `content/module.yaml`
   * (`benefits`, `prerequisites`, `connector-status`, `paths`). Kept a string here because it comes
   * from YAML; `validateContent()` rejects any id the module does not declare.
   */
  objective: string;
  /**
   * Where the answer is taught, as `<unit-slug>#<heading-id>`, e.g.
   * `paths#path-1-existing-configuration-manager-clients`; feedback links there.
   */
  teaches: string;
  /** The question as the learner reads it; plain text, never built on NOT or EXCEPT. */
  stem: string;
  /**
   * Id of a file in `content/scenarios/` whose page shows the answer in a simulator, for the
   * self-assessment's review; without it the review links the scenario the question names (an
   * authority question's or a lab task's), else one its unit places.
   */
  shows?: string | undefined;
}

/** One option of a single-choice or multiple-response question. */
export interface ChoiceOption {
  /** Stable id, unique within the question; the answer key and saved responses refer to it. */
  id: string;
  /** The option as the learner reads it. Never "all of the above" or "none of the above". */
  text: string;
  /** Why this option is right or wrong; shown when the learner chooses it, or misses a right one. */
  explanation: string;
  /** On a wrong option: a kebab-case tag for the misconception that makes it tempting. */
  misconception?: string | undefined;
}

/** Exactly one option is right. */
export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single-choice';
  /** The options, in authored order (the learner sees them shuffled). */
  options: ChoiceOption[];
  /** The id of the one right option. */
  answer: string;
  /**
   * On a question about which authority a device gets: the case it describes, for the engine to
   * check the hand-written key against. Its options' ids are then `configmgr` and `intune`.
   */
  authority?: AuthorityCase | undefined;
}

/** A device and a workload in a scenario after some actions: the engine says who manages it. */
export interface AuthorityCase {
  /** Id of a file in `content/scenarios/`. */
  scenario: string;
  /** Actions applied to the scenario's start, in order. */
  actions: Action[];
  /** The device's name, e.g. `CON-0001`. */
  device: string;
  workload: WorkloadId;
}

/**
 * How a multiple-response question scores:
 * - `all-or-nothing`: 1 when the chosen options are exactly the right ones, otherwise 0;
 * - `partial`: (right options chosen − wrong options chosen) / right options, never below 0.
 */
export type MultipleResponseScoring = 'all-or-nothing' | 'partial';

/** One or more options are right; the learner chooses every one they think is. */
export interface MultipleResponseQuestion extends QuestionBase {
  type: 'multiple-response';
  /** The options, in authored order (the learner sees them shuffled). */
  options: ChoiceOption[];
  /** The ids of every right option (at least one). */
  answers: string[];
  /** How a partly right answer scores; stated on every question so the learner can be told. */
  scoring: MultipleResponseScoring;
}

/** One step of an ordering question. */
export interface OrderingStep {
  /** Stable id, unique within the question; responses list step ids in the learner's order. */
  id: string;
  /** The step as the learner reads it, e.g. "Configure upload". */
  text: string;
  /** Why the step comes where it does; shown with the feedback. */
  explanation: string;
}

/**
 * Put the steps in order, for example the pages of the Cloud Attach Configuration Wizard. The
 * authored order is the right one; the learner starts from a shuffled order that is never already
 * right. Scores the share of steps in their right place.
 */
export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  /** The steps in the right order (at least three). */
  steps: OrderingStep[];
}

/** One prompt and the answer that belongs to it. */
export interface MatchingPair {
  /** Stable id, unique within the question (with the distractors' ids); it also names the pair's answer. */
  id: string;
  /** The left side, e.g. a workload: "Compliance policies". */
  prompt: string;
  /** The right side, what the prompt goes with, e.g. "Whether a device meets the rules...". */
  match: string;
  /** Why the prompt and its match belong together. */
  explanation: string;
}

/** An answer that belongs to no prompt. */
export interface MatchingDistractor {
  /** Stable id, unique within the question (with the pairs' ids). */
  id: string;
  /** The answer text as the learner reads it among the matches. */
  text: string;
  /** Why it belongs to none of the prompts. */
  explanation: string;
  /** A kebab-case tag for the misconception that makes it tempting. */
  misconception?: string | undefined;
}

/**
 * Match every prompt to its answer, for example each workload to what it governs. Answers are
 * offered in a shuffled order, distractors among them; each pair is one-to-one. Scores the share
 * of prompts matched right.
 */
export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  /** The prompts with their answers, in the order the prompts are shown (at least two). */
  pairs: MatchingPair[];
  /** Answers that match no prompt; may be empty. */
  distractors: MatchingDistractor[];
}

/**
 * A lab task: reach a goal of a scenario in the embedded simulator, then submit. The learner's
 * work is the list of actions they applied to the scenario's start; the engine's end state is
 * graded against the goal's checks by `gradeGoal` (see `src/quiz/lab.ts`). All or nothing: the
 * goal is met when every check passes.
 */
export interface LabTaskQuestion extends QuestionBase {
  type: 'lab-task';
  /** Id of a file in `content/scenarios/`: the lab starts at its start. */
  scenario: string;
  /** Id of one of that scenario's `goals`: what the learner must reach. */
  goal: string;
  /**
   * Why the goal's end state is the right one, in one to three sentences; shown with the feedback
   * together with one way to reach it (the scenario's own steps).
   */
  explanation: string;
}

/** Every kind of question; `type` selects the kind module in `src/quiz/kinds/`. */
export type Question =
  SingleChoiceQuestion | MultipleResponseQuestion | OrderingQuestion | MatchingQuestion | LabTaskQuestion;

/** The kinds of question by name. */
export type QuestionType = Question['type'];

/**
 * A quiz: a unit's quick check or the unit 6 knowledge check. `Q` narrows the kinds it may ask (a
 * quiz island without the lab parts shows only the kinds its own controls cover).
 */
export interface Quiz<Q extends Question = Question> {
  /** Stable kebab-case id; saved attempts and best scores refer to it. */
  id: string;
  /** The heading the quiz is shown under, e.g. "Quick check". */
  title: string;
  /** The slug of the unit the quiz belongs to, e.g. `paths`; absent for the self-assessment bank. */
  unit?: string | undefined;
  /** The share of the total score (0 to 1) needed to pass, e.g. 0.8. */
  passMark: number;
  /** True when passing the quiz marks its unit complete (the unit 6 knowledge check). */
  completesUnit: boolean;
  /** The questions, in the order they are asked. */
  questions: Q[];
}
