/** A matching question in an LMS report (SCORM 1.2 `matching`): `prompt.answer` pairs joined with commas. */
import type { MatchingQuestion, MatchingResponse } from '../../types';

export const interaction = 'matching';

export const patterns = (question: MatchingQuestion, response: MatchingResponse | undefined) => ({
  studentResponse: response
    ? Object.entries(response.matches)
        .filter(([, answer]) => answer)
        .map(([prompt, answer]) => `${prompt}.${answer}`)
        .join(',')
    : '',
  correctPattern: question.pairs.map((pair) => `${pair.id}.${pair.id}`).join(','),
});

/** What the LMS package's launch page keeps: the pair and distractor ids, no texts. */
export const withoutTexts = (question: MatchingQuestion): MatchingQuestion => ({
  ...question,
  pairs: question.pairs.map((pair) => ({ ...pair, prompt: '', match: '', explanation: '' })),
  distractors: question.distractors.map((distractor) => ({ ...distractor, text: '', explanation: '' })),
});
