/** A multiple-response question in an LMS report (SCORM 1.2 `choice`): option ids joined with commas. */
import type { MultipleResponseQuestion, MultipleResponseResponse } from '../../types';

export const interaction = 'choice';

export const patterns = (question: MultipleResponseQuestion, response: MultipleResponseResponse | undefined) => ({
  studentResponse: response ? [...response.choices].join(',') : '',
  correctPattern: question.answers.join(','),
});

/** What the LMS package's launch page keeps: the ids and the key, no texts. */
export const withoutTexts = (question: MultipleResponseQuestion): MultipleResponseQuestion => ({
  ...question,
  options: question.options.map((option) => ({ ...option, text: '', explanation: '' })),
});
