/**
 * The quiz engine's data: questions (a discriminated union on `type`), what `prepare` gives a view
 * to show, what a learner answers, and what `grade` says back. Plain serialisable data only; the
 * zod schema of `content/quizzes/<unit-slug>.yaml` (`src/schemas/quiz.ts`) describes the same
 * shapes and fails the type check if the two ever disagree.
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
export type Question = SingleChoiceQuestion | MultipleResponseQuestion | OrderingQuestion | MatchingQuestion | LabTaskQuestion;

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

export type PreparedQuestion = PreparedSingleChoice | PreparedMultipleResponse | PreparedOrdering | PreparedMatching | PreparedLabTask;

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

export type QuestionResponse = SingleChoiceResponse | MultipleResponseResponse | OrderingResponse | MatchingResponse | LabTaskResponse;

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

// ------------------------------------------------------------------------------------ the kinds

/** The types that belong to each kind, by `type`. */
export interface KindTypes {
  'single-choice': {
    question: SingleChoiceQuestion;
    prepared: PreparedSingleChoice;
    response: SingleChoiceResponse;
    grade: SingleChoiceGrade;
  };
  'multiple-response': {
    question: MultipleResponseQuestion;
    prepared: PreparedMultipleResponse;
    response: MultipleResponseResponse;
    grade: MultipleResponseGrade;
  };
  ordering: {
    question: OrderingQuestion;
    prepared: PreparedOrdering;
    response: OrderingResponse;
    grade: OrderingGrade;
  };
  matching: {
    question: MatchingQuestion;
    prepared: PreparedMatching;
    response: MatchingResponse;
    grade: MatchingGrade;
  };
  'lab-task': {
    question: LabTaskQuestion;
    prepared: PreparedLabTask;
    response: LabTaskResponse;
    grade: LabTaskGrade;
  };
}

/**
 * What every kind module in `src/quiz/kinds/` exports. Both functions are pure. (Property syntax,
 * not method syntax, so parameters are checked strictly rather than bivariantly.)
 */
export interface QuestionKind<K extends QuestionType> {
  /**
   * The question ready to show, with its options in an order drawn from `seed`: the same seed
   * always gives the same order, and the order is always a permutation of the authored one.
   */
  prepare: (question: KindTypes[K]['question'], seed: number) => KindTypes[K]['prepared'];
  /** Grades a response; `null` or `undefined` (not answered) grades as nothing chosen. */
  grade: (question: KindTypes[K]['question'], response: KindTypes[K]['response'] | null | undefined) => KindTypes[K]['grade'];
  /**
   * Whether a response answers every part of the question, so that checking it on its own is
   * worth grading ("Check answer" says what is missing otherwise; "Check all answers" grades as is).
   */
  complete: (question: KindTypes[K]['question'], response: KindTypes[K]['response'] | null | undefined) => boolean;
}

/**
 * One module per kind, keyed by `type`: a `Record<Question['type'], …>` whose value type follows
 * the key, so a missing kind, or a module registered under another kind's type, fails to compile.
 */
export type KindRegistry = { [K in QuestionType]: QuestionKind<K> };

// Compile-time checks: KindTypes covers exactly the question kinds, each under its own `type`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type KindTypesCoverEveryKind = Assert<Same<keyof KindTypes, QuestionType>>;
export type KindTypesMatchTheirType = Assert<
  Same<
    { [K in QuestionType]: KindTypes[K]['question']['type'] | KindTypes[K]['prepared']['type'] | KindTypes[K]['response']['type'] | KindTypes[K]['grade']['type'] },
    { [K in QuestionType]: K }
  >
>;
