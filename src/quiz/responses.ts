/**
 * The saved-response check of every kind, keyed by `type` (`kinds/<kind>/response.ts`): whether a
 * value read from saved progress is a well-formed answer to a question. `src/progress/quiz-record.ts`
 * drops answers that fail it (saved before the content changed). The `satisfies` clause makes a
 * kind without its check a compile error. Named imports, as in `registry.ts`, so that no namespace
 * object per kind ships in the quiz's script.
 */
import { isRecord } from '../progress/progress';
import { isResponse as isLabTaskResponse } from './kinds/lab-task/response';
import { isResponse as isMatchingResponse } from './kinds/matching/response';
import { isResponse as isMultipleResponseResponse } from './kinds/multiple-response/response';
import { isResponse as isOrderingResponse } from './kinds/ordering/response';
import { isResponse as isSingleChoiceResponse } from './kinds/single-choice/response';
import type { KindTypes, Question, QuestionResponse, QuestionType } from './types';

/** Whether `response`, a JSON object whose `type` is the question's, answers the question with its own ids. */
export type ResponseCheck<K extends QuestionType> = (
  question: KindTypes[K]['question'],
  response: Readonly<Record<string, unknown>>,
) => boolean;

export const responseChecks = {
  'single-choice': isSingleChoiceResponse,
  'multiple-response': isMultipleResponseResponse,
  ordering: isOrderingResponse,
  matching: isMatchingResponse,
  'lab-task': isLabTaskResponse,
} satisfies { [K in QuestionType]: ResponseCheck<K> };

/**
 * True when `response` is a well-formed answer to `question`: its kind, and only ids the question
 * has (an ordering is a permutation of the steps). Saved answers to content that changed since
 * fail this and are dropped.
 */
export function isResponseFor(question: Question, response: unknown): response is QuestionResponse {
  // The one cast, as in `registry.ts`: TypeScript cannot relate the question to its kind's check.
  return (
    isRecord(response) &&
    response.type === question.type &&
    (responseChecks[question.type] as ResponseCheck<QuestionType>)(question, response)
  );
}
