/**
 * The inputs of each kind of question, keyed by `type` (`<kind>.tsx`); the quiz island shows a
 * question through its kind's entry. The lab task's controls are not here: they come with the lab
 * parts (`lab-task.tsx`), which only the entries whose quizzes have lab tasks carry (`LabQuiz.tsx`,
 * `SelfAssessment.tsx`), so a unit's quick check does not. The `satisfies` clauses make a kind
 * without controls a compile error, here or there.
 */
import type { ComponentType } from 'preact';
import type { QuizInProgress } from '../../../progress/quiz-record';
import type { ChoiceOutcome, KindTypes, Question, QuestionResponse, QuestionType, Quiz } from '../../../quiz/types';
import { ChoiceControls } from './choices';
import { MatchingControls } from './matching';
import { OrderingControls } from './ordering';

export interface ControlsProps<K extends QuestionType = QuestionType> {
  question: KindTypes[K]['question'];
  shown: KindTypes[K]['prepared'];
  /** The learner's answer so far (its kind is the question's: the quiz record keeps no other). */
  response: KindTypes[K]['response'] | undefined;
  attempt: QuizInProgress;
  /** Checked or shown: the answer is final, so an ordering loses its buttons. */
  done: boolean;
  /** The island is running: until then the inputs do nothing. */
  live: boolean;
  answer: (question: Question, response: QuestionResponse) => void;
  say: (text: string) => void;
  focus: (id: string) => void;
  marks: Record<ChoiceOutcome, string>;
  id: string;
}

/** Controls for every kind in `K`. */
export type ControlsRegistry<K extends QuestionType = QuestionType> = { [T in K]: ComponentType<ControlsProps<T>> };

/** The kinds a quiz island shows without the lab parts. */
export type QuickCheckKind = Exclude<QuestionType, 'lab-task'>;

export const controls = {
  'single-choice': ChoiceControls,
  'multiple-response': ChoiceControls,
  ordering: OrderingControls,
  matching: MatchingControls,
} satisfies ControlsRegistry<QuickCheckKind>;

/** A quiz whose every question the island's own controls show (a unit's quick check: no lab task). */
export const isQuickCheck = (quiz: Quiz): quiz is Quiz<KindTypes[QuickCheckKind]['question']> =>
  quiz.questions.every((question) => question.type in controls);

/**
 * The controls for `type`, seen through the widest props. TypeScript cannot relate a question to
 * its kind's entry (microsoft/TypeScript#30581), so this one cast stands in for a switch; the
 * island's props make sure a quiz with kinds beyond `controls` comes with the lab parts' registry.
 */
export const controlsFor = (registry: ControlsRegistry<QuickCheckKind> | ControlsRegistry, type: QuestionType) =>
  (registry as ControlsRegistry)[type] as ComponentType<ControlsProps>;
