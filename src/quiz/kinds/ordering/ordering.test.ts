import { describe, expect, it } from 'vitest';
import { orderingQuestion } from '../../test-fixtures';
import { grade, prepare } from '.';

const question = orderingQuestion();
const authored = question.steps.map((step) => step.id);
const order = (...ids: string[]) => ({ type: 'ordering' as const, order: ids });

describe('ordering prepare', () => {
  it('shows the steps in the start order the seed gives', () => {
    expect(prepare(question, 1)).toEqual({
      type: 'ordering',
      id: 'wizard-pages',
      seed: 1,
      steps: [
        { id: 'cloud-attach', text: 'Cloud attach' },
        { id: 'configure-upload', text: 'Configure upload' },
        { id: 'summary', text: 'Summary' },
        { id: 'enablement', text: 'Enablement' },
      ],
    });
  });

  it('gives the same order for the same seed', () => {
    expect(prepare(question, 2024)).toEqual(prepare(question, 2024));
  });

  it('always returns a permutation that is not already the right order', () => {
    for (let seed = 0; seed < 1000; seed++) {
      const ids = prepare(question, seed).steps.map((step) => step.id);
      expect([...ids].sort()).toEqual([...authored].sort());
      expect(ids).not.toEqual(authored);
    }
  });

  it('never starts a three-step question solved either', () => {
    const three = { ...question, steps: question.steps.slice(0, 3) };
    for (let seed = 0; seed < 1000; seed++) {
      expect(prepare(three, seed).steps.map((step) => step.id)).not.toEqual(authored.slice(0, 3));
    }
  });
});

describe('ordering grade', () => {
  it('scores the right order 1, every step in place', () => {
    expect(grade(question, order(...authored))).toEqual({
      type: 'ordering',
      score: 1,
      correct: true,
      perOption: [
        {
          step: 'cloud-attach',
          placed: 0,
          expected: 0,
          outcome: 'in-place',
          explanation: 'The first page signs in and creates the app registration.',
        },
        {
          step: 'configure-upload',
          placed: 1,
          expected: 1,
          outcome: 'in-place',
          explanation: 'Second: what tenant attach uploads.',
        },
        {
          step: 'enablement',
          placed: 2,
          expected: 2,
          outcome: 'in-place',
          explanation: 'Third: automatic enrollment in Intune.',
        },
        {
          step: 'summary',
          placed: 3,
          expected: 3,
          outcome: 'in-place',
          explanation: 'Last: check your choices and finish.',
        },
      ],
    });
  });

  it('scores the share of steps in their right place', () => {
    const swapped = grade(question, order('cloud-attach', 'enablement', 'configure-upload', 'summary'));
    expect([swapped.score, swapped.correct]).toEqual([0.5, false]);
    expect(
      swapped.perOption.map((feedback) => [feedback.step, feedback.placed, feedback.expected, feedback.outcome]),
    ).toEqual([
      ['cloud-attach', 0, 0, 'in-place'],
      ['configure-upload', 2, 1, 'misplaced'],
      ['enablement', 1, 2, 'misplaced'],
      ['summary', 3, 3, 'in-place'],
    ]);
  });

  it('scores a fully wrong order 0', () => {
    const reversed = grade(question, order('summary', 'enablement', 'configure-upload', 'cloud-attach'));
    expect([reversed.score, reversed.correct]).toEqual([0, false]);
    expect(reversed.perOption.every((feedback) => feedback.outcome === 'misplaced')).toBe(true);
  });

  it('counts a left-out step as misplaced and a repeated one where it first appears', () => {
    const result = grade(question, order('cloud-attach', 'cloud-attach', 'enablement'));
    expect(result.perOption.map((feedback) => [feedback.placed, feedback.outcome])).toEqual([
      [0, 'in-place'],
      [null, 'misplaced'],
      [2, 'in-place'],
      [null, 'misplaced'],
    ]);
    expect(result.score).toBe(0.5);
  });

  it('scores no answer 0', () => {
    expect(grade(question, null)).toEqual({
      type: 'ordering',
      score: 0,
      correct: false,
      perOption: question.steps.map((step, expected) => ({
        step: step.id,
        placed: null,
        expected,
        outcome: 'misplaced',
        explanation: step.explanation,
      })),
    });
  });
});
