/**
 * What an LMS hears of each kind, keyed by `type` (`kinds/<kind>/report.ts`): its SCORM 1.2
 * interaction type, the learner's answer and the right one in that type's format
 * (`src/lms/report.ts` reports them), and the question without its texts (the LMS package's
 * launch page carries only what grading needs). The `satisfies` clauses make a kind without its
 * report a compile error. Named imports, as in `registry.ts`: the launch page's script carries
 * the reports, not the text stripping, which runs at build time.
 */
import {
  interaction as labTaskInteraction,
  patterns as labTaskPatterns,
  withoutTexts as labTaskWithoutTexts,
} from './kinds/lab-task/report';
import {
  interaction as matchingInteraction,
  patterns as matchingPatterns,
  withoutTexts as matchingWithoutTexts,
} from './kinds/matching/report';
import {
  interaction as multipleResponseInteraction,
  patterns as multipleResponsePatterns,
  withoutTexts as multipleResponseWithoutTexts,
} from './kinds/multiple-response/report';
import {
  interaction as orderingInteraction,
  patterns as orderingPatterns,
  withoutTexts as orderingWithoutTexts,
} from './kinds/ordering/report';
import {
  interaction as singleChoiceInteraction,
  patterns as singleChoicePatterns,
  withoutTexts as singleChoiceWithoutTexts,
} from './kinds/single-choice/report';
import type { KindTypes, Question, QuestionResponse, QuestionType } from './types';

/** The learner's answer and the right one, in the format SCORM 1.2 gives the kind's interaction type. */
export interface Patterns {
  studentResponse: string;
  correctPattern: string;
}

/** One kind's report: its interaction type and its patterns (no answer yet: an empty `studentResponse`). */
export interface KindReport<K extends QuestionType> {
  interaction: 'choice' | 'sequencing' | 'matching' | 'performance';
  patterns: (question: KindTypes[K]['question'], response: KindTypes[K]['response'] | undefined) => Patterns;
}

export const reports = {
  'single-choice': { interaction: singleChoiceInteraction, patterns: singleChoicePatterns },
  'multiple-response': { interaction: multipleResponseInteraction, patterns: multipleResponsePatterns },
  ordering: { interaction: orderingInteraction, patterns: orderingPatterns },
  matching: { interaction: matchingInteraction, patterns: matchingPatterns },
  'lab-task': { interaction: labTaskInteraction, patterns: labTaskPatterns },
} as const satisfies { [K in QuestionType]: KindReport<K> };

/** A question of the kind with its texts (options, steps, pairs) emptied and its ids and key kept. */
export type WithoutTexts<K extends QuestionType> = (question: KindTypes[K]['question']) => KindTypes[K]['question'];

export const withoutTexts = {
  'single-choice': singleChoiceWithoutTexts,
  'multiple-response': multipleResponseWithoutTexts,
  ordering: orderingWithoutTexts,
  matching: matchingWithoutTexts,
  'lab-task': labTaskWithoutTexts,
} satisfies { [K in QuestionType]: WithoutTexts<K> };

/** The patterns of any question; a response of another kind than the question reads as no answer. */
export function patternsOf(question: Question, response: QuestionResponse | undefined): Patterns {
  const own = response?.type === question.type ? response : undefined;
  // The one cast, as in `registry.ts`: TypeScript cannot relate the question to its kind's report.
  return (reports[question.type].patterns as KindReport<QuestionType>['patterns'])(question, own);
}

/** Any question without its texts, the stem too (see `withoutTexts`). */
export function questionWithoutTexts(question: Question): Question {
  return { ...(withoutTexts[question.type] as WithoutTexts<QuestionType>)(question), stem: '' };
}
