/**
 * The quiz engine's public API: question kinds, seeded preparation, grading and scoring. Pure
 * TypeScript (no Preact, Astro, nanostores or DOM), so stores and tests use it directly.
 */
export type * from './types';
export { kinds, prepareQuestion, gradeQuestion, prepareQuiz } from './registry';
export { scoreQuestion, scoreQuiz } from './score';
export type { ObjectiveScore, QuestionScore, QuizResponses, QuizScore } from './score';
export { deriveSeed, permutation, shuffle } from './shuffle';
export type { PermutationOptions } from './shuffle';
