/**
 * The question kinds by `type`. The `satisfies` clause makes a kind without a module (or a module
 * with the wrong signatures) a compile error, and `prepareQuestion` / `gradeQuestion` dispatch any
 * question to its kind.
 */
// Named imports, not `import * as`: a namespace object per kind would ship in every quiz's script.
import { complete as completeLabTask, grade as gradeLabTask, prepare as prepareLabTask } from './kinds/lab-task';
import { complete as completeMatching, grade as gradeMatching, prepare as prepareMatching } from './kinds/matching';
import {
  complete as completeMultipleResponse,
  grade as gradeMultipleResponse,
  prepare as prepareMultipleResponse,
} from './kinds/multiple-response';
import { complete as completeOrdering, grade as gradeOrdering, prepare as prepareOrdering } from './kinds/ordering';
import {
  complete as completeSingleChoice,
  grade as gradeSingleChoice,
  prepare as prepareSingleChoice,
} from './kinds/single-choice';
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
  'single-choice': { prepare: prepareSingleChoice, grade: gradeSingleChoice, complete: completeSingleChoice },
  'multiple-response': {
    prepare: prepareMultipleResponse,
    grade: gradeMultipleResponse,
    complete: completeMultipleResponse,
  },
  ordering: { prepare: prepareOrdering, grade: gradeOrdering, complete: completeOrdering },
  matching: { prepare: prepareMatching, grade: gradeMatching, complete: completeMatching },
  'lab-task': { prepare: prepareLabTask, grade: gradeLabTask, complete: completeLabTask },
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

/** Whether `response` answers every part of `question` (a response of another kind answers nothing). */
export function isComplete(question: Question, response: QuestionResponse | null | undefined): boolean {
  return kindFor(question.type).complete(question, response?.type === question.type ? response : null);
}

/**
 * Every question of a quiz ready to show for one attempt. Each question is shuffled with its own
 * seed derived from the attempt's `seed` and the question id, so one saved seed restores the whole
 * attempt and a retry with a new seed reshuffles every question.
 */
export function prepareQuiz(quiz: Quiz, seed: number): PreparedQuestion[] {
  return quiz.questions.map((question) => prepareQuestion(question, deriveSeed(seed, question.id)));
}
