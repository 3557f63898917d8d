import { describe, expect, it } from 'vitest';
import { singleChoiceQuestion } from '../../test-fixtures';
import { grade, prepare } from '.';

const question = singleChoiceQuestion();
const authored = question.options.map((option) => option.id);

describe('single-choice prepare', () => {
  it('shows the options without key or explanation, in the order the seed gives', () => {
    expect(prepare(question, 0)).toEqual({
      type: 'single-choice',
      id: 'wizard-node',
      seed: 0,
      options: [
        { id: 'intune-connectors', text: 'Intune admin center, Tenant administration, Connectors and tokens' },
        { id: 'cloud-attach', text: 'Administration, Cloud Services, Cloud Attach, then Configure Cloud Attach' },
        { id: 'co-management-node', text: 'Administration, Cloud Services, Co-management' },
      ],
    });
  });

  it('gives the same order for the same seed, and some seed differs from the authored order', () => {
    expect(prepare(question, 1234)).toEqual(prepare(question, 1234));
    expect(prepare(question, 0).options.map((option) => option.id)).not.toEqual(authored);
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

describe('single-choice grade', () => {
  it('scores the right option 1, with feedback on every option', () => {
    expect(grade(question, { type: 'single-choice', choice: 'cloud-attach' })).toEqual({
      type: 'single-choice',
      score: 1,
      correct: true,
      perOption: [
        {
          option: 'cloud-attach',
          outcome: 'chosen-correct',
          explanation: 'From 2111 the wizard lives under the Cloud Attach node.',
        },
        {
          option: 'co-management-node',
          outcome: 'not-chosen',
          explanation: 'That node and its wizard belong to version 2103 and earlier.',
          misconception: 'old-co-management-node',
        },
        {
          option: 'intune-connectors',
          outcome: 'not-chosen',
          explanation: 'That page shows the connector status after the site is attached; it does not attach it.',
          misconception: 'attach-from-intune',
        },
      ],
    });
  });

  it('scores a wrong option 0, naming its misconception and the missed right option', () => {
    expect(grade(question, { type: 'single-choice', choice: 'co-management-node' })).toEqual({
      type: 'single-choice',
      score: 0,
      correct: false,
      perOption: [
        {
          option: 'cloud-attach',
          outcome: 'missed',
          explanation: 'From 2111 the wizard lives under the Cloud Attach node.',
        },
        {
          option: 'co-management-node',
          outcome: 'chosen-wrong',
          explanation: 'That node and its wizard belong to version 2103 and earlier.',
          misconception: 'old-co-management-node',
        },
        {
          option: 'intune-connectors',
          outcome: 'not-chosen',
          explanation: 'That page shows the connector status after the site is attached; it does not attach it.',
          misconception: 'attach-from-intune',
        },
      ],
    });
  });

  it('scores no answer 0 (partial credit does not exist for one right option)', () => {
    for (const response of [null, undefined, { type: 'single-choice', choice: null } as const]) {
      const result = grade(question, response);
      expect([result.score, result.correct]).toEqual([0, false]);
      expect(result.perOption.map((feedback) => feedback.outcome)).toEqual(['missed', 'not-chosen', 'not-chosen']);
    }
  });

  it('scores an id that is not an option 0', () => {
    expect(grade(question, { type: 'single-choice', choice: 'gone' }).score).toBe(0);
  });
});
