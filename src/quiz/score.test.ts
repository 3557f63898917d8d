import { describe, expect, it } from 'vitest';
import { scoreQuiz, type QuizResponses } from './score';
import { sampleQuiz, sampleQuizRightAnswers } from './test-fixtures';

/** Right answers to every question of the sample quiz (a multiple-response answer in another order). */
const allRight: QuizResponses = {
  ...sampleQuizRightAnswers(),
  'device-configuration-coupling': { type: 'multiple-response', choices: ['resource-access', 'endpoint-protection'] },
};

const summary = (responses: QuizResponses) => {
  const { questions, objectives, score, max, fraction, passMark, passed } = scoreQuiz(sampleQuiz(), responses);
  return {
    questions: questions.map((question) => [
      question.id,
      question.objective,
      question.score,
      question.max,
      question.correct,
    ]),
    objectives,
    score,
    max,
    fraction,
    passMark,
    passed,
  };
};

describe('scoreQuiz', () => {
  it('scores every question, every objective and the total, and passes a fully right attempt', () => {
    expect(summary(allRight)).toEqual({
      questions: [
        ['wizard-node', 'connector-status', 1, 1, true],
        ['device-configuration-coupling', 'benefits', 1, 1, true],
        ['wizard-pages', 'connector-status', 1, 1, true],
        ['workload-governs', 'benefits', 1, 1, true],
      ],
      objectives: [
        { objective: 'connector-status', score: 2, max: 2 },
        { objective: 'benefits', score: 2, max: 2 },
      ],
      score: 4,
      max: 4,
      fraction: 1,
      passMark: 0.75,
      passed: true,
    });
  });

  it('adds partial scores per objective and passes exactly at the pass mark', () => {
    const responses: QuizResponses = {
      ...allRight,
      'device-configuration-coupling': { type: 'multiple-response', choices: ['resource-access'] },
      'workload-governs': {
        type: 'matching',
        matches: { 'compliance-policies': 'compliance-policies', 'windows-update-policies': 'windows-update-policies' },
      },
    };
    expect(summary(responses)).toEqual({
      questions: [
        ['wizard-node', 'connector-status', 1, 1, true],
        ['device-configuration-coupling', 'benefits', 0.5, 1, false],
        ['wizard-pages', 'connector-status', 1, 1, true],
        ['workload-governs', 'benefits', 0.5, 1, false],
      ],
      objectives: [
        { objective: 'connector-status', score: 2, max: 2 },
        { objective: 'benefits', score: 1, max: 2 },
      ],
      score: 3,
      max: 4,
      fraction: 0.75,
      passMark: 0.75,
      passed: true,
    });
  });

  it('fails below the pass mark and counts missing responses as unanswered', () => {
    const { 'wizard-node': _omitted, ...rest } = allRight;
    const result = summary({
      ...rest,
      'wizard-pages': { type: 'ordering', order: ['cloud-attach', 'enablement', 'configure-upload', 'summary'] },
    });
    expect(result.questions).toEqual([
      ['wizard-node', 'connector-status', 0, 1, false],
      ['device-configuration-coupling', 'benefits', 1, 1, true],
      ['wizard-pages', 'connector-status', 0.5, 1, false],
      ['workload-governs', 'benefits', 1, 1, true],
    ]);
    expect(result.objectives).toEqual([
      { objective: 'connector-status', score: 0.5, max: 2 },
      { objective: 'benefits', score: 2, max: 2 },
    ]);
    expect([result.score, result.fraction, result.passed]).toEqual([2.5, 0.625, false]);
  });

  it('passes at the pass mark despite rounding in sums of fractions', () => {
    // Ten steps, seven in place, three times: (0.7 + 0.7 + 0.7) / 3 is 0.6999999999999998 in floating point.
    const steps = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, text: `Step ${i}`, explanation: 'e' }));
    const base = {
      type: 'ordering',
      objective: 'paths',
      teaches: 'paths#the-steps',
      stem: 'Order them.',
      steps,
    } as const;
    const quiz = { ...sampleQuiz(), passMark: 0.7, questions: ['q1', 'q2', 'q3'].map((id) => ({ ...base, id })) };
    const sevenInPlace = {
      type: 'ordering',
      order: ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's8', 's9', 's7'],
    } as const;
    const result = scoreQuiz(quiz, { q1: sevenInPlace, q2: sevenInPlace, q3: sevenInPlace });
    expect(result.questions.map((question) => question.score)).toEqual([0.7, 0.7, 0.7]);
    expect(result.fraction).toBeLessThan(0.7);
    expect(result.passed).toBe(true);
  });

  it('keeps the full grade of each question for feedback', () => {
    const result = scoreQuiz(sampleQuiz(), { 'wizard-node': { type: 'single-choice', choice: 'co-management-node' } });
    expect(result.questions[0]!.grade.perOption[1]).toEqual({
      option: 'co-management-node',
      outcome: 'chosen-wrong',
      explanation: 'That node and its wizard belong to version 2103 and earlier.',
      misconception: 'old-co-management-node',
    });
  });

  it('never passes a quiz without questions', () => {
    expect(scoreQuiz({ ...sampleQuiz(), questions: [], passMark: 0 }, {})).toMatchObject({
      score: 0,
      max: 0,
      fraction: 0,
      passed: false,
    });
  });
});
