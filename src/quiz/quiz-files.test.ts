/**
 * The quizzes in content/quizzes as the issue asks for them: a quick check of 3-4 questions for
 * each of units 2-5, and a unit 6 knowledge check of at least 10 questions across the four
 * objectives and all four kinds. Every file passes the schema; every question can be answered
 * fully right (its own key grades 1) and its options are shuffled by some seed.
 */
import { describe, expect, it } from 'vitest';
import { prepareQuestion } from './registry';
import { scoreQuiz, type QuizResponses } from './score';
import { quizFiles, rightResponse, scenarioFiles } from './test-content';
import type { Question, QuestionResponse, Quiz } from './types';

const scenarios = scenarioFiles();
const quizzes: Quiz[] = quizFiles().map(({ file, quiz }) => {
  // A unit's quiz is named after its unit; the self-assessment bank (no unit) after its id.
  expect(`${quiz.unit ?? quiz.id}.yaml`).toBe(file);
  return quiz;
});
const byUnit = (unit: string) => quizzes.find((quiz) => quiz.unit === unit);

/** The right answer to a question, built from its key. */
const key = (question: Question): QuestionResponse => rightResponse(question, scenarios);

const shownIds = (question: Question, seed: number): string[] => {
  const prepared = prepareQuestion(question, seed);
  if (prepared.type === 'lab-task') return [];
  return prepared.type === 'matching'
    ? prepared.choices.map((c) => c.id)
    : prepared.type === 'ordering'
      ? prepared.steps.map((s) => s.id)
      : prepared.options.map((o) => o.id);
};
const authoredIds = (question: Question): string[] =>
  question.type === 'lab-task'
    ? []
    : question.type === 'matching'
      ? [...question.pairs.map((p) => p.id), ...question.distractors.map((d) => d.id)]
      : question.type === 'ordering'
        ? question.steps.map((s) => s.id)
        : question.options.map((o) => o.id);

describe('quiz files', () => {
  it('give units 2-5 a quick check of 3-4 questions on their own objective', () => {
    for (const [unit, objective] of [
      ['understand-co-management', 'benefits'],
      ['prerequisites', 'prerequisites'],
      ['connector-status', 'connector-status'],
      ['paths', 'paths'],
    ]) {
      const quiz = byUnit(unit!);
      expect(quiz, unit).toBeDefined();
      expect(quiz!.questions.length).toBeGreaterThanOrEqual(3);
      expect(quiz!.questions.length).toBeLessThanOrEqual(4);
      expect(new Set(quiz!.questions.map((q) => q.objective))).toEqual(new Set([objective]));
      expect(quiz!.completesUnit).toBe(false);
    }
  });

  it('give unit 6 a knowledge check of at least 10 questions, every objective and every kind (lab tasks included), that completes the unit', () => {
    const check = byUnit('knowledge-check')!;
    expect(check.questions.length).toBeGreaterThanOrEqual(10);
    expect(new Set(check.questions.map((q) => q.objective))).toEqual(
      new Set(['benefits', 'prerequisites', 'connector-status', 'paths']),
    );
    expect(new Set(check.questions.map((q) => q.type))).toEqual(
      new Set(['single-choice', 'multiple-response', 'ordering', 'matching', 'lab-task']),
    );
    expect(check.completesUnit).toBe(true);
  });

  for (const quiz of quizzes) {
    it(`${quiz.id}: its keys grade fully right, and one wrong answer on a single-choice question still passes or fails as the pass mark says`, () => {
      const right: QuizResponses = Object.fromEntries(quiz.questions.map((q) => [q.id, key(q)]));
      expect(scoreQuiz(quiz, right)).toMatchObject({ fraction: 1, passed: true });
      const single = quiz.questions.find((q) => q.type === 'single-choice');
      if (single?.type !== 'single-choice') return;
      const wrongOption = single.options.find((o) => o.id !== single.answer)!;
      const oneWrong = scoreQuiz(quiz, { ...right, [single.id]: { type: 'single-choice', choice: wrongOption.id } });
      expect(oneWrong.passed).toBe((quiz.questions.length - 1) / quiz.questions.length >= quiz.passMark - 1e-9);
    });

    it(`${quiz.id}: every question is shown shuffled by some seed, always as a permutation`, () => {
      for (const question of quiz.questions.filter((q) => q.type !== 'lab-task')) {
        const authored = authoredIds(question);
        const orders = Array.from({ length: 20 }, (_, seed) => shownIds(question, seed));
        for (const order of orders) expect([...order].sort()).toEqual([...authored].sort());
        expect(
          orders.some((order) => order.join() !== authored.join()),
          question.id,
        ).toBe(true);
      }
    });
  }
});
