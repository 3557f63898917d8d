/** What the LMS hears of an attempt whose answers were shown: no score, no interaction, no objective. */
import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress } from '../progress/progress';
import { emptyQuizRecord, quizReducer, type QuizAction, type QuizRecord } from '../progress/quiz-record';
import { quizFiles, rightResponse, scenarioFiles } from '../quiz/test-content';
import type { Quiz } from '../quiz/types';
import { newInteractions, objectivesOf, outcomeOf, type LmsContent } from './report';

const quizzes = quizFiles().map(({ quiz }) => quiz);
const scenarios = scenarioFiles();
const check = quizzes.find((quiz) => quiz.id === 'knowledge-check')!;
const content: LmsContent = {
  quizzes,
  scoredQuiz: 'knowledge-check',
  objectives: ['benefits', 'prerequisites', 'connector-status', 'paths'],
  units: ['knowledge-check'],
};

function progressAfter(quiz: Quiz, actions: QuizAction[], record: QuizRecord = emptyQuizRecord()): Progress {
  for (const action of actions) record = quizReducer(quiz, record, action);
  return { ...emptyProgress(), quizzes: { [quiz.id]: record } };
}
const [first] = check.questions;
const answerRight = (index: number): QuizAction => ({
  type: 'answer',
  question: check.questions[index]!.id,
  response: rightResponse(check.questions[index]!, scenarios),
});

describe('an attempt whose answers were shown', () => {
  it('reports no score, no objective and no interaction for the questions it only showed', () => {
    const before = progressAfter(check, [{ type: 'retry', seed: 5 }, answerRight(0)]);
    const after = progressAfter(check, [{ type: 'retry', seed: 5 }, answerRight(0), { type: 'reveal', at: 1 }]);
    expect(outcomeOf(content, after, 80)).toEqual({ status: 'incomplete', score: null });
    expect(objectivesOf(content, after, 80)).toEqual([]);
    expect(newInteractions(content, before, after)).toEqual([]);
  });

  it('keeps the questions checked before the answers were shown, reported when they were checked', () => {
    const checked = progressAfter(check, [
      { type: 'retry', seed: 5 },
      answerRight(0),
      { type: 'check', question: first!.id },
    ]);
    const reported = newInteractions(content, emptyProgress(), checked);
    expect(reported.map((interaction) => [interaction.id, interaction.result])).toEqual([
      [`knowledge-check.${first!.id}`, 'correct'],
    ]);
    const shown = progressAfter(check, [
      { type: 'retry', seed: 5 },
      answerRight(0),
      { type: 'check', question: first!.id },
      { type: 'reveal' },
    ]);
    expect(newInteractions(content, checked, shown)).toEqual([]);
  });

  it('leaves an earlier scored attempt as the score the LMS hears', () => {
    const scored = progressAfter(check, [
      { type: 'retry', seed: 5 },
      ...check.questions.map((_, index) => answerRight(index)),
      { type: 'check-all', at: 1 },
    ]);
    const record = scored.quizzes[check.id] as QuizRecord;
    const shown = progressAfter(
      check,
      [
        { type: 'retry', seed: 6 },
        { type: 'reveal', at: 2 },
      ],
      record,
    );
    expect(outcomeOf(content, shown, 80)).toEqual({ status: 'passed', score: 100 });
    expect(objectivesOf(content, scored, 80).map((objective) => objective.status)).toEqual([
      'passed',
      'passed',
      'passed',
      'passed',
    ]);
    expect(objectivesOf(content, shown, 80)).toEqual([]);
  });
});
