import { z } from 'astro/zod';
import type { ChoiceOption, MatchingDistractor, MatchingPair, OrderingStep, Question, Quiz } from '../quiz/types';
import { KEBAB_ID } from './glossary';
import { ActionSchema } from './scenario';
import { WORKLOAD_IDS } from '../sim/constants';

/**
 * `content/quizzes/<unit-slug>.yaml`: one quiz (a unit's quick check, or the unit 6 knowledge
 * check) with its questions. The shapes are the quiz engine's (`src/quiz/types.ts`); a type
 * assertion at the end of this file fails the type check if the two ever disagree.
 *
 * The schema checks shape only. The rules an author is most likely to break (an answer key outside
 * the options, no right option, a missing explanation, an unknown objective, a `teaches` anchor that
 * does not exist, an ordering of fewer than three steps, "all of the above", a stem built on NOT or
 * EXCEPT, duplicate ids) are left to `validateContent()`, whose messages name the file AND the
 * question id. That is why `objective` and `teaches` are plain strings here and why a missing
 * `explanation` is read as an empty one rather than refused.
 */

const kebab = (example: string) => z.string().regex(KEBAB_ID, `must be kebab-case, e.g. "${example}"`);

/**
 * Every option, step and pair explains itself. Written as required; a missing one is read as ""
 * so that `validateContent()` can report it with the question id instead of a bare path.
 */
const explanation = z.string().default('');

/** An optional misconception tag on a wrong option, e.g. "hybrid-join-is-co-management". */
const misconception = kebab('hybrid-join-is-co-management').optional();

/** One option of a single-choice or multiple-response question. */
export const ChoiceOptionSchema = z
  .object({
    /** Stable id, unique within the question (e.g. "a", "tenant-attach"); the answer key refers to it. */
    id: kebab('tenant-attach'),
    /** The option as the learner reads it. Never "all of the above" or "none of the above". */
    text: z.string().min(1),
    /** Why this option is right or wrong, in one to three sentences; shown as feedback. Required. */
    explanation,
    /** On a wrong option: the misconception that makes it tempting, as a kebab-case tag. */
    misconception,
  })
  .strict();

/** One step of an ordering question. */
export const OrderingStepSchema = z
  .object({
    /** Stable id, unique within the question, e.g. "configure-upload". */
    id: kebab('configure-upload'),
    /** The step as the learner reads it, e.g. "Configure upload". */
    text: z.string().min(1),
    /** Why the step comes where it does. Required. */
    explanation,
  })
  .strict();

/** One prompt of a matching question with the answer that belongs to it. */
export const MatchingPairSchema = z
  .object({
    /** Stable id, unique within the question (with the distractors' ids), e.g. "compliance-policies". */
    id: kebab('compliance-policies'),
    /** The left side, e.g. "Compliance policies". */
    prompt: z.string().min(1),
    /** The answer that goes with the prompt, e.g. "Whether a device meets the rules that conditional access checks". */
    match: z.string().min(1),
    /** Why the prompt and its match belong together. Required. */
    explanation,
  })
  .strict();

/** An answer of a matching question that belongs to no prompt. */
export const MatchingDistractorSchema = z
  .object({
    /** Stable id, unique within the question (with the pairs' ids). */
    id: kebab('software-inventory'),
    /** The answer text as the learner reads it among the matches. */
    text: z.string().min(1),
    /** Why it belongs to none of the prompts. Required. */
    explanation,
    /** The misconception that makes it tempting, as a kebab-case tag. */
    misconception,
  })
  .strict();

/** The fields every question has. */
const questionBase = {
  /** Stable kebab-case id, unique across every quiz file; saved attempts refer to it. */
  id: kebab('wizard-pages-in-order'),
  /** The objective assessed: an id declared in `content/module.yaml` (`benefits`, `prerequisites`, `connector-status`, `paths`). */
  objective: z.string(),
  /** Where the answer is taught: `<unit-slug>#<heading-id>`, e.g. `paths#path-1-existing-configuration-manager-clients`. */
  teaches: z.string(),
  /** The question as the learner reads it. Plain text; never built on NOT or EXCEPT. */
  stem: z.string().min(1),
  /** Optional: the scenario whose page shows the answer in a simulator (the self-assessment's review links it). */
  shows: kebab('who-can-run-device-actions').optional(),
};

/** A device and a workload in a scenario after some actions (see `AuthorityCase` in `src/quiz/question-types.ts`). */
export const AuthorityCaseSchema = z
  .object({
    /** Id of a file in `content/scenarios/`. */
    scenario: kebab('compliance-policies-first'),
    /** Actions applied to the scenario's start, in order (the scenario file's action shapes). */
    actions: z.array(ActionSchema),
    /** The device's name, e.g. `CON-0001`. */
    device: z.string().min(1),
    /** The workload asked about. */
    workload: z.enum(WORKLOAD_IDS),
  })
  .strict();

/** Options of a choice question: two or more. */
const options = z.array(ChoiceOptionSchema).min(2, 'expected at least 2 options');

/** A question; `type` selects the kind (and the module in `src/quiz/kinds/` that grades it). */
export const QuestionSchema = z.discriminatedUnion('type', [
  z
    .object({
      /** Exactly one option is right. */
      type: z.literal('single-choice'),
      ...questionBase,
      /** The options, in authored order; the learner sees them in a seeded shuffle. */
      options,
      /** The id of the one right option. */
      answer: z.string(),
      /**
       * On a question about which authority a device gets: the case, which a unit test runs
       * through the engine to check the hand-written `answer`. Options are then `configmgr` and
       * `intune`.
       */
      authority: AuthorityCaseSchema.optional(),
    })
    .strict(),
  z
    .object({
      /** One or more options are right; the learner ticks every one. */
      type: z.literal('multiple-response'),
      ...questionBase,
      /** The options, in authored order; the learner sees them in a seeded shuffle. */
      options,
      /** The ids of every right option (at least one). */
      answers: z.array(z.string()),
      /**
       * `all-or-nothing` (1 for exactly the right options, else 0) or `partial`
       * ((right ticked − wrong ticked) / right options, never below 0). No default: say which.
       */
      scoring: z.enum(['all-or-nothing', 'partial']),
    })
    .strict(),
  z
    .object({
      /** Put the steps in order; scores the share of steps in their right place. */
      type: z.literal('ordering'),
      ...questionBase,
      /** The steps in the RIGHT order (at least three); the learner starts from a shuffle that is never right. */
      steps: z.array(OrderingStepSchema),
    })
    .strict(),
  z
    .object({
      /** Match every prompt to its answer; scores the share of prompts matched. */
      type: z.literal('matching'),
      ...questionBase,
      /** The prompts with their answers (at least two), in the order the prompts are shown. */
      pairs: z.array(MatchingPairSchema).min(2, 'expected at least 2 pairs'),
      /** Answers that match no prompt, shown among the others. Default: none. */
      distractors: z.array(MatchingDistractorSchema).default([]),
    })
    .strict(),
  z
    .object({
      /** Reach a scenario's goal in the embedded simulator; graded by the goal's checks on the end state. */
      type: z.literal('lab-task'),
      ...questionBase,
      /** Id of a file in `content/scenarios/`; the simulator starts at its start. */
      scenario: kebab('compliance-policies-first'),
      /** Id of one of that scenario's goals, e.g. "pilot-compliance-with-finance". */
      goal: kebab('pilot-compliance-with-finance'),
      /** Why the goal's end state is the right one. Required. */
      explanation,
    })
    .strict(),
]);

/** `content/quizzes/<unit-slug>.yaml`. */
export const QuizSchema = z
  .object({
    /** Stable kebab-case id, unique across quizzes; saved attempts and best scores refer to it. */
    id: kebab('paths-quick-check'),
    /** The heading the quiz is shown under, e.g. "Quick check". */
    title: z.string().min(1),
    /**
     * The slug of the unit the quiz belongs to (its lesson folder name without `NN-`), e.g. `paths`;
     * the unit places it with `<Quiz id>`. Absent for the self-assessment bank, which
     * `/self-assessment/` shows and no unit places.
     */
    unit: z.string().min(1).optional(),
    /** The share of the total score needed to pass, from 0 to 1, e.g. 0.8. */
    passMark: z.number().min(0).max(1),
    /** True when passing the quiz marks its unit complete (the unit 6 knowledge check). Default: false. */
    completesUnit: z.boolean().default(false),
    /** The questions, in the order they are asked (at least one). */
    questions: z.array(QuestionSchema).min(1, 'expected at least 1 question'),
  })
  .strict();

export type QuizData = z.infer<typeof QuizSchema>;
export type QuestionData = z.infer<typeof QuestionSchema>;

// The schema and the engine's types must describe the same data (a compile-time check).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ChoiceOptionSchemaMatchesEngine = Assert<Same<z.infer<typeof ChoiceOptionSchema>, ChoiceOption>>;
export type OrderingStepSchemaMatchesEngine = Assert<Same<z.infer<typeof OrderingStepSchema>, OrderingStep>>;
export type MatchingPairSchemaMatchesEngine = Assert<Same<z.infer<typeof MatchingPairSchema>, MatchingPair>>;
export type MatchingDistractorSchemaMatchesEngine = Assert<
  Same<z.infer<typeof MatchingDistractorSchema>, MatchingDistractor>
>;
export type QuestionSchemaMatchesEngine = Assert<Same<QuestionData, Question>>;
export type QuizSchemaMatchesEngine = Assert<Same<QuizData, Quiz>>;
