/** A single-choice question in an LMS report (SCORM 1.2 `choice`): the chosen option id, and the key. */
import type { SingleChoiceQuestion, SingleChoiceResponse } from '../../types';

export const interaction = 'choice';

export const patterns = (question: SingleChoiceQuestion, response: SingleChoiceResponse | undefined) => ({
  studentResponse: response?.choice ?? '',
  correctPattern: question.answer,
});

/** What the LMS package's launch page keeps: the ids and the key, no texts. */
export const withoutTexts = (question: SingleChoiceQuestion): SingleChoiceQuestion => ({
  ...question,
  options: question.options.map((option) => ({ ...option, text: '', explanation: '' })),
});
