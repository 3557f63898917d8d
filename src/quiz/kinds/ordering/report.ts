/** An ordering question in an LMS report (SCORM 1.2 `sequencing`): step ids in order, joined with commas. */
import type { OrderingQuestion, OrderingResponse } from '../../types';

export const interaction = 'sequencing';

export const patterns = (question: OrderingQuestion, response: OrderingResponse | undefined) => ({
  studentResponse: response ? response.order.join(',') : '',
  correctPattern: question.steps.map((step) => step.id).join(','),
});

/** What the LMS package's launch page keeps: the step ids in order, no texts. */
export const withoutTexts = (question: OrderingQuestion): OrderingQuestion => ({
  ...question,
  steps: question.steps.map((step) => ({ ...step, text: '', explanation: '' })),
});
