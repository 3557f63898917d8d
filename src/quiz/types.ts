/**
 * The quiz engine's data, in three files: the questions (a discriminated union on `type`) and
 * quizzes (`question-types.ts`); what `prepare` gives a view to show, what a learner answers, and
 * what `grade` says back (`answer-types.ts`); and here, the types of each kind together and what a
 * kind module exports. Every caller imports them all from here. Plain serialisable data only; the
 * zod schema of `content/quizzes/<unit-slug>.yaml` (`src/schemas/quiz.ts`) describes the same
 * shapes and fails the type check if the two ever disagree.
 *
 * Pure: no Preact, Astro, nanostores or DOM imports anywhere under `src/quiz/`.
 */
import type {
  LabTaskGrade,
  LabTaskResponse,
  MatchingGrade,
  MatchingResponse,
  MultipleResponseGrade,
  MultipleResponseResponse,
  OrderingGrade,
  OrderingResponse,
  PreparedLabTask,
  PreparedMatching,
  PreparedMultipleResponse,
  PreparedOrdering,
  PreparedSingleChoice,
  SingleChoiceGrade,
  SingleChoiceResponse,
} from './answer-types';
import type {
  LabTaskQuestion,
  MatchingQuestion,
  MultipleResponseQuestion,
  OrderingQuestion,
  QuestionType,
  SingleChoiceQuestion,
} from './question-types';

export type * from './question-types';
export type * from './answer-types';

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
  grade: (
    question: KindTypes[K]['question'],
    response: KindTypes[K]['response'] | null | undefined,
  ) => KindTypes[K]['grade'];
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
    {
      [K in QuestionType]:
        | KindTypes[K]['question']['type']
        | KindTypes[K]['prepared']['type']
        | KindTypes[K]['response']['type']
        | KindTypes[K]['grade']['type'];
    },
    { [K in QuestionType]: K }
  >
>;
