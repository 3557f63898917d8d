import { describe, expect, it } from 'vitest';
import { multipleResponseQuestion } from '../../test-fixtures';
import type { MultipleResponseQuestion } from '../../types';
import { grade, prepare } from '.';

const answer = (...choices: string[]) => ({ type: 'multiple-response' as const, choices });
const outcomes = (question: MultipleResponseQuestion, ...choices: string[]) =>
  grade(question, answer(...choices)).perOption.map((feedback) => [feedback.option, feedback.outcome]);
const score = (question: MultipleResponseQuestion, ...choices: string[]) => {
  const result = grade(question, answer(...choices));
  return [result.score, result.correct];
};

describe('multiple-response prepare', () => {
  const question = multipleResponseQuestion();
  const authored = question.options.map((option) => option.id);

  it('shows the options in a seeded order and says how it scores', () => {
    expect(prepare(question, 1)).toEqual({
      type: 'multiple-response',
      id: 'device-configuration-coupling',
      seed: 1,
      options: [
        { id: 'resource-access', text: 'Resource access policies' },
        { id: 'endpoint-protection', text: 'Endpoint Protection' },
        { id: 'client-apps', text: 'Client apps' },
        { id: 'compliance-policies', text: 'Compliance policies' },
      ],
      scoring: 'partial',
    });
  });

  it('gives the same order for the same seed, and some seed differs from the authored order', () => {
    expect(prepare(question, 99)).toEqual(prepare(question, 99));
    const differs = [0, 1, 2, 3].some(
      (seed) =>
        prepare(question, seed)
          .options.map((o) => o.id)
          .join() !== authored.join(),
    );
    expect(differs).toBe(true);
  });

  it('always returns a permutation of the options', () => {
    for (let seed = 0; seed < 500; seed++) {
      expect(
        prepare(question, seed)
          .options.map((option) => option.id)
          .sort(),
      ).toEqual([...authored].sort());
    }
  });
});

describe('multiple-response grade, partial', () => {
  const question = multipleResponseQuestion('partial');

  it('scores exactly the right options 1', () => {
    expect(grade(question, answer('endpoint-protection', 'resource-access'))).toEqual({
      type: 'multiple-response',
      score: 1,
      correct: true,
      perOption: [
        {
          option: 'resource-access',
          outcome: 'chosen-correct',
          explanation: 'Resource access follows Device configuration.',
        },
        {
          option: 'endpoint-protection',
          outcome: 'chosen-correct',
          explanation: 'Endpoint Protection follows Device configuration.',
        },
        {
          option: 'compliance-policies',
          outcome: 'not-chosen',
          explanation: 'Compliance policies have their own slider and stay where they are.',
          misconception: 'everything-moves-together',
        },
        {
          option: 'client-apps',
          outcome: 'not-chosen',
          explanation: 'Client apps have their own slider and stay where they are.',
        },
      ],
    });
  });

  it('scores (right chosen − wrong chosen) / right options', () => {
    expect(score(question, 'resource-access')).toEqual([0.5, false]);
    expect(outcomes(question, 'resource-access')).toEqual([
      ['resource-access', 'chosen-correct'],
      ['endpoint-protection', 'missed'],
      ['compliance-policies', 'not-chosen'],
      ['client-apps', 'not-chosen'],
    ]);
    expect(score(question, 'resource-access', 'endpoint-protection', 'client-apps')).toEqual([0.5, false]);
  });

  it('floors at 0 when more wrong options than right ones are chosen', () => {
    expect(score(question, 'resource-access', 'compliance-policies', 'client-apps')).toEqual([0, false]);
    expect(score(question, 'resource-access', 'endpoint-protection', 'compliance-policies', 'client-apps')).toEqual([
      0,
      false,
    ]);
    expect(outcomes(question, 'compliance-policies')).toEqual([
      ['resource-access', 'missed'],
      ['endpoint-protection', 'missed'],
      ['compliance-policies', 'chosen-wrong'],
      ['client-apps', 'not-chosen'],
    ]);
  });

  it('scores no answer 0, counts a repeated id once and ignores ids that are not options', () => {
    expect([grade(question, null).score, grade(question, undefined).score]).toEqual([0, 0]);
    expect(score(question, 'resource-access', 'resource-access')).toEqual([0.5, false]);
    expect(score(question, 'resource-access', 'endpoint-protection', 'gone')).toEqual([1, true]);
  });
});

describe('multiple-response grade, all-or-nothing', () => {
  const question = multipleResponseQuestion('all-or-nothing');

  it('scores exactly the right options 1 and anything else 0', () => {
    expect(score(question, 'resource-access', 'endpoint-protection')).toEqual([1, true]);
    expect(score(question, 'resource-access')).toEqual([0, false]);
    expect(score(question, 'resource-access', 'endpoint-protection', 'client-apps')).toEqual([0, false]);
    expect(score(question)).toEqual([0, false]);
  });

  it('still gives feedback on every option', () => {
    expect(outcomes(question, 'resource-access', 'client-apps')).toEqual([
      ['resource-access', 'chosen-correct'],
      ['endpoint-protection', 'missed'],
      ['compliance-policies', 'not-chosen'],
      ['client-apps', 'chosen-wrong'],
    ]);
  });
});
