/**
 * What each kind shows beside a checked question under its verdict, keyed by `type`
 * (`<kind>-feedback.tsx`). Only `Feedback.tsx` imports this registry, so every entry loads with
 * the feedback, after the first check, never at start. The `satisfies` clause makes a kind
 * without feedback a compile error.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import type { ChoiceOutcome, KindTypes, QuestionType } from '../../../quiz/types';
import { ChoiceFeedback } from './choices-feedback';
import { LabTaskFeedback } from './lab-task-feedback';
import { MatchingFeedback } from './matching-feedback';
import { OrderingFeedback } from './ordering-feedback';

export interface FeedbackProps<K extends QuestionType = QuestionType> {
  question: KindTypes[K]['question'];
  grade: KindTypes[K]['grade'];
  /** How options are marked once checked (from the page, see `Quiz.astro`). */
  marks: Record<ChoiceOutcome, string>;
  /** A lab task's details (what its checks found), which the lab parts render (`lab-task.tsx`). */
  children?: ComponentChildren;
}

export type FeedbackRegistry = { [K in QuestionType]: ComponentType<FeedbackProps<K>> };

export const feedback = {
  'single-choice': ChoiceFeedback,
  'multiple-response': ChoiceFeedback,
  ordering: OrderingFeedback,
  matching: MatchingFeedback,
  'lab-task': LabTaskFeedback,
} satisfies FeedbackRegistry;

/** The feedback for `type`, seen through the widest props (the one cast, as in `controls.ts`). */
export const feedbackFor = (type: QuestionType) => feedback[type] as ComponentType<FeedbackProps>;
