import { describe, expect, test } from 'vitest';
import { reviewRows, type Taught } from './review';
import { sampleQuiz } from './test-fixtures';
import type { Quiz } from './types';

const OBJECTIVES = [
  { id: 'benefits', title: 'Benefits' },
  { id: 'paths', title: 'Paths' },
  { id: 'unused', title: 'Not in the quiz' },
];

/** Three questions on paths (two taught by one section), one on benefits, the first two also shown in labs. */
function quiz(): Quiz {
  const base = sampleQuiz().questions[0]!;
  return {
    ...sampleQuiz(),
    questions: [
      { ...base, id: 'p1', objective: 'paths' },
      { ...base, id: 'b1', objective: 'benefits' },
      { ...base, id: 'p2', objective: 'paths' },
      { ...base, id: 'p3', objective: 'paths' },
    ],
  };
}
const TAUGHT: Record<string, Taught> = {
  p1: { href: '/units/paths/#a', label: 'Paths, “A”', scenario: { href: '/scenarios/x/', label: 'X' } },
  b1: { href: '/units/benefits/#b', label: 'Benefits, “B”', scenario: { href: '/scenarios/x/', label: 'X' } },
  p2: { href: '/units/paths/#c', label: 'Paths, “C”' },
  p3: { href: '/units/paths/#a', label: 'Paths, “A”' },
};

describe('reviewRows', () => {
  test('gives a row per objective of the quiz, in the module order, listing each section and lab once with the questions it teaches', () => {
    expect(reviewRows(quiz(), OBJECTIVES, TAUGHT)).toEqual([
      {
        id: 'benefits',
        title: 'Benefits',
        review: [
          { href: '/units/benefits/#b', label: 'Benefits, “B”', questions: ['b1'] },
          { href: '/scenarios/x/', label: 'Lab: X', questions: ['b1'] },
        ],
      },
      {
        id: 'paths',
        title: 'Paths',
        review: [
          { href: '/units/paths/#a', label: 'Paths, “A”', questions: ['p1', 'p3'] },
          { href: '/units/paths/#c', label: 'Paths, “C”', questions: ['p2'] },
          { href: '/scenarios/x/', label: 'Lab: X', questions: ['p1'] },
        ],
      },
    ]);
  });
});
