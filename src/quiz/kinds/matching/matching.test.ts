import { describe, expect, it } from 'vitest';
import { matchingQuestion } from '../../test-fixtures';
import { grade, prepare } from '.';

const question = matchingQuestion();
const authoredChoices = [...question.pairs.map((pair) => pair.id), ...question.distractors.map((d) => d.id)];
const matches = (entries: Record<string, string | null>) => ({ type: 'matching' as const, matches: entries });
const allRight = Object.fromEntries(question.pairs.map((pair) => [pair.id, pair.id]));

describe('matching prepare', () => {
  it('keeps the prompts in authored order and shuffles the answers with the distractors', () => {
    expect(prepare(question, 1)).toEqual({
      type: 'matching',
      id: 'workload-governs',
      seed: 1,
      prompts: [
        { id: 'compliance-policies', text: 'Compliance policies' },
        { id: 'windows-update-policies', text: 'Windows Update policies' },
        { id: 'client-apps', text: 'Client apps' },
        { id: 'office-click-to-run-apps', text: 'Office Click-to-Run apps' },
      ],
      choices: [
        { id: 'windows-update-policies', text: 'Deferral settings for feature and quality updates' },
        { id: 'compliance-policies', text: 'The rules a device must meet to count as compliant' },
        { id: 'third-party-updates', text: 'Third-party software updates' },
        { id: 'office-click-to-run-apps', text: 'Microsoft 365 Apps' },
        { id: 'client-apps', text: 'Intune apps and PowerShell scripts' },
      ],
    });
  });

  it('gives the same order for the same seed', () => {
    expect(prepare(question, 77)).toEqual(prepare(question, 77));
  });

  it('always returns a permutation of the answers that does not line up with the prompts', () => {
    const prompts = question.pairs.map((pair) => pair.id);
    for (let seed = 0; seed < 1000; seed++) {
      const ids = prepare(question, seed).choices.map((choice) => choice.id);
      expect([...ids].sort()).toEqual([...authoredChoices].sort());
      expect(ids.slice(0, prompts.length)).not.toEqual(prompts);
    }
  });
});

describe('matching grade', () => {
  it('scores every prompt matched 1', () => {
    expect(grade(question, matches(allRight))).toEqual({
      type: 'matching',
      score: 1,
      correct: true,
      perOption: question.pairs.map((pair) => ({
        pair: pair.id,
        chosen: pair.id,
        outcome: 'matched',
        explanation: pair.explanation,
      })),
    });
  });

  it('scores the share of prompts matched, explaining a wrong choice by its own explanation', () => {
    const result = grade(
      question,
      matches({
        'compliance-policies': 'compliance-policies',
        'windows-update-policies': 'third-party-updates',
        'client-apps': 'office-click-to-run-apps',
        'office-click-to-run-apps': 'office-click-to-run-apps',
      }),
    );
    expect(result).toEqual({
      type: 'matching',
      score: 0.5,
      correct: false,
      perOption: [
        {
          pair: 'compliance-policies',
          chosen: 'compliance-policies',
          outcome: 'matched',
          explanation: 'Conditional access reads the compliance verdict.',
        },
        {
          pair: 'windows-update-policies',
          chosen: 'third-party-updates',
          outcome: 'mismatched',
          explanation: 'Windows Update for Business settings.',
          chosenExplanation: 'Configuration Manager keeps delivering third-party updates; no workload moves them.',
          misconception: 'updates-workload-covers-everything',
        },
        {
          pair: 'client-apps',
          chosen: 'office-click-to-run-apps',
          outcome: 'mismatched',
          explanation: 'Client apps lets Intune deploy apps and scripts.',
          chosenExplanation: 'The workload manages Microsoft 365 Apps.',
        },
        {
          pair: 'office-click-to-run-apps',
          chosen: 'office-click-to-run-apps',
          outcome: 'matched',
          explanation: 'The workload manages Microsoft 365 Apps.',
        },
      ],
    });
  });

  it('scores nothing matched 0, and unanswered prompts as unanswered', () => {
    const result = grade(question, matches({ 'compliance-policies': 'client-apps', 'client-apps': null }));
    expect([result.score, result.correct]).toEqual([0, false]);
    expect(result.perOption.map((feedback) => [feedback.pair, feedback.outcome])).toEqual([
      ['compliance-policies', 'mismatched'],
      ['windows-update-policies', 'unanswered'],
      ['client-apps', 'unanswered'],
      ['office-click-to-run-apps', 'unanswered'],
    ]);
    expect(grade(question, null).perOption.every((feedback) => feedback.outcome === 'unanswered')).toBe(true);
  });

  it('marks an unknown answer id mismatched without an explanation to borrow', () => {
    expect(grade(question, matches({ 'client-apps': 'gone' })).perOption[2]).toEqual({
      pair: 'client-apps',
      chosen: 'gone',
      outcome: 'mismatched',
      explanation: 'Client apps lets Intune deploy apps and scripts.',
    });
  });
});
