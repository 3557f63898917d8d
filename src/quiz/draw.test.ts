import { describe, expect, it } from 'vitest';
import { drawAttempt, PER_OBJECTIVE } from './draw';
import { singleChoiceQuestion } from './test-fixtures';
import type { Question } from './types';

const OBJECTIVES = ['benefits', 'prerequisites', 'connector-status', 'paths'];
/** A bank of 12 questions per objective, ids `<objective>-<n>`. */
const bank: Question[] = OBJECTIVES.flatMap((objective) =>
  Array.from({ length: 12 }, (_, n) => ({ ...singleChoiceQuestion(), id: `${objective}-${n}`, objective })),
);
const ids = (questions: Question[]) => questions.map((question) => question.id);

describe('drawAttempt', () => {
  it('draws three questions of every objective, none twice', () => {
    for (const seed of [0, 1, 42, 2 ** 31, 4_294_967_295]) {
      const drawn = drawAttempt(bank, OBJECTIVES, seed);
      expect(drawn).toHaveLength(OBJECTIVES.length * PER_OBJECTIVE);
      expect(new Set(ids(drawn)).size).toBe(drawn.length);
      for (const objective of OBJECTIVES)
        expect(drawn.filter((question) => question.objective === objective)).toHaveLength(PER_OBJECTIVE);
    }
  });

  it('draws the same questions in the same order again from the saved seed', () => {
    expect(ids(drawAttempt(bank, OBJECTIVES, 1234))).toEqual(ids(drawAttempt(bank, OBJECTIVES, 1234)));
  });

  it('draws other questions, and interleaves the objectives, for other seeds', () => {
    const draws = Array.from({ length: 20 }, (_, seed) => ids(drawAttempt(bank, OBJECTIVES, seed)).join(' '));
    expect(new Set(draws).size).toBeGreaterThan(15);
    const grouped = draws.filter((draw) => {
      const objectives = draw.split(' ').map((id) => id.replace(/-\d+$/, ''));
      return objectives.every(
        (objective, index) =>
          index === 0 || objective === objectives[index - 1] || !objectives.slice(0, index).includes(objective),
      );
    });
    expect(grouped.length, 'draws that keep each objective in one block').toBeLessThan(draws.length);
  });

  it('gives all an objective has when it is short of questions (Quiz.astro refuses such a bank)', () => {
    const short = bank.filter((question) => question.objective !== 'paths' || question.id === 'paths-0');
    const drawn = ids(drawAttempt(short, OBJECTIVES, 7));
    expect(drawn).toHaveLength(10);
    expect(drawn.filter((id) => id.startsWith('paths-'))).toEqual(['paths-0']);
  });
});
