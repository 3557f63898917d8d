/**
 * When a question is answered in full, so that "Check answer" grades it rather than saying what is
 * missing: each kind's `complete`, through `isComplete` as the quiz island calls it.
 */
import { describe, expect, it } from 'vitest';
import { isComplete } from './registry';
import { outcomeOf } from './kinds/choices';
import { matchingQuestion, multipleResponseQuestion, orderingQuestion, singleChoiceQuestion } from './test-fixtures';
import type { LabTaskQuestion } from './types';

describe('isComplete', () => {
  it('asks a single-choice question for one option', () => {
    const question = singleChoiceQuestion();
    expect(isComplete(question, undefined)).toBe(false);
    expect(isComplete(question, { type: 'single-choice', choice: null })).toBe(false);
    expect(isComplete(question, { type: 'single-choice', choice: question.options[0]!.id })).toBe(true);
  });

  it('asks a multiple-response question for at least one ticked option, even after unticking', () => {
    const question = multipleResponseQuestion();
    expect(isComplete(question, undefined)).toBe(false);
    expect(isComplete(question, { type: 'multiple-response', choices: [] })).toBe(false);
    expect(isComplete(question, { type: 'multiple-response', choices: [question.options[1]!.id] })).toBe(true);
  });

  it('asks a matching question for an answer to every item', () => {
    const question = matchingQuestion();
    const [first, ...rest] = question.pairs;
    const someOf = Object.fromEntries(rest.map((pair) => [pair.id, pair.id]));
    expect(isComplete(question, undefined)).toBe(false);
    expect(isComplete(question, { type: 'matching', matches: someOf })).toBe(false);
    expect(isComplete(question, { type: 'matching', matches: { ...someOf, [first!.id]: null } })).toBe(false);
    // A wrong answer is still an answer.
    expect(isComplete(question, { type: 'matching', matches: { ...someOf, [first!.id]: rest[0]!.id } })).toBe(true);
  });

  it('takes an ordering question as it stands: its steps are always in some order', () => {
    expect(isComplete(orderingQuestion(), undefined)).toBe(true);
  });

  it('asks a lab task for some work in the lab', () => {
    const question: LabTaskQuestion = {
      type: 'lab-task',
      id: 'lab',
      objective: 'paths',
      teaches: 'paths#x',
      stem: 'Do it',
      scenario: 's',
      goal: 'g',
      explanation: 'Because.',
    };
    expect(isComplete(question, undefined)).toBe(false);
    expect(isComplete(question, { type: 'lab-task', actions: [], passed: [false] })).toBe(false);
    expect(
      isComplete(question, {
        type: 'lab-task',
        actions: [{ type: 'advance-time', hours: 1 } as never],
        passed: [false],
      }),
    ).toBe(true);
  });

  it('takes a response of another kind as no answer', () => {
    expect(isComplete(singleChoiceQuestion(), { type: 'multiple-response', choices: ['a'] })).toBe(false);
  });
});

describe('outcomeOf', () => {
  it('tells chosen right, chosen wrong, missed and not chosen apart', () => {
    expect([outcomeOf(true, true), outcomeOf(true, false), outcomeOf(false, true), outcomeOf(false, false)]).toEqual([
      'chosen-correct',
      'chosen-wrong',
      'missed',
      'not-chosen',
    ]);
  });
});
