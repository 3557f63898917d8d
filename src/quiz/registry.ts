/**
 * The question kinds by `type`. The `satisfies` clause makes a kind without a module (or a module
 * with the wrong signatures) a compile error, and `prepareQuestion` / `gradeQuestion` dispatch any
 * question to its kind.
 */
import * as labTask from './kinds/lab-task';
import * as matching from './kinds/matching';
import * as multipleResponse from './kinds/multiple-response';
import * as ordering from './kinds/ordering';
import * as singleChoice from './kinds/single-choice';
import { deriveSeed } from './shuffle';
import type {
  KindRegistry,
  PreparedQuestion,
  Question,
  QuestionGrade,
  QuestionKind,
  QuestionResponse,
  QuestionType,
  Quiz,
} from './types';

/** Every kind module, keyed by the `type` of the questions it handles. */
export const kinds = {
  'single-choice': singleChoice,
  'multiple-response': multipleResponse,
  ordering,
  matching,
  'lab-task': labTask,
} satisfies KindRegistry;

/**
 * The module for `type`, seen through the widest signature. TypeScript cannot relate a question
 * union to a module union by their shared `type` (microsoft/TypeScript#30581), so this one cast
 * stands in for a switch; the `satisfies` above has already checked every module against its kind.
 */
function kindFor(type: QuestionType): QuestionKind<QuestionType> {
  return kinds[type] as QuestionKind<QuestionType>;
}

/** Any question ready to show, its options ordered by `seed` (see each kind's `prepare`). */
export function prepareQuestion(question: Question, seed: number): PreparedQuestion {
  return kindFor(question.type).prepare(question, seed);
}

/**
 * Grades any question. A response of another kind than the question (say, saved before the
 * question changed kind) grades as no answer.
 */
export function gradeQuestion(question: Question, response: QuestionResponse | null | undefined): QuestionGrade {
  const own = response != null && response.type === question.type ? response : null;
  return kindFor(question.type).grade(question, own);
}

/**
 * Every question of a quiz ready to show for one attempt. Each question is shuffled with its own
 * seed derived from the attempt's `seed` and the question id, so one saved seed restores the whole
 * attempt and a retry with a new seed reshuffles every question.
 */
export function prepareQuiz(quiz: Quiz, seed: number): PreparedQuestion[] {
  return quiz.questions.map((question) => prepareQuestion(question, deriveSeed(seed, question.id)));
}
