/** A lab task in an LMS report (SCORM 1.2 `performance`): how much work, and how many of the goal's checks it met. */
import type { LabTaskQuestion, LabTaskResponse } from '../../types';

export const interaction = 'performance';

export const patterns = (_question: LabTaskQuestion, response: LabTaskResponse | undefined) => ({
  studentResponse: response
    ? `${response.actions.length} steps; ${response.passed.filter(Boolean).length} of ${response.passed.length} checks met`
    : '',
  correctPattern: 'every check of the goal met',
});

/** What the LMS package's launch page keeps: the scenario and goal ids (a lab task has no option texts). */
export const withoutTexts = (question: LabTaskQuestion): LabTaskQuestion => question;
