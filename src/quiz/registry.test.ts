import { describe, expect, it } from 'vitest';
import * as matching from './kinds/matching';
import * as multipleResponse from './kinds/multiple-response';
import * as ordering from './kinds/ordering';
import * as singleChoice from './kinds/single-choice';
import { gradeQuestion, kinds, prepareQuestion, prepareQuiz } from './registry';
import { deriveSeed } from './shuffle';
import {
  matchingQuestion,
  multipleResponseQuestion,
  orderingQuestion,
  sampleQuiz,
  singleChoiceQuestion,
} from './test-fixtures';

describe('kinds', () => {
  it('has one module per question type', () => {
    expect(Object.keys(kinds).sort()).toEqual([
      'lab-task',
      'matching',
      'multiple-response',
      'ordering',
      'single-choice',
    ]);
  });
});

describe('prepareQuestion and gradeQuestion', () => {
  it('dispatch each question to its kind module', () => {
    expect(prepareQuestion(singleChoiceQuestion(), 5)).toEqual(singleChoice.prepare(singleChoiceQuestion(), 5));
    expect(prepareQuestion(multipleResponseQuestion(), 5)).toEqual(
      multipleResponse.prepare(multipleResponseQuestion(), 5),
    );
    expect(prepareQuestion(orderingQuestion(), 5)).toEqual(ordering.prepare(orderingQuestion(), 5));
    expect(prepareQuestion(matchingQuestion(), 5)).toEqual(matching.prepare(matchingQuestion(), 5));
    const response = {
      type: 'ordering',
      order: ['cloud-attach', 'configure-upload', 'enablement', 'summary'],
    } as const;
    expect(gradeQuestion(orderingQuestion(), response)).toEqual(ordering.grade(orderingQuestion(), response));
  });

  it('grades a response of another kind as no answer', () => {
    expect(gradeQuestion(singleChoiceQuestion(), { type: 'multiple-response', choices: ['cloud-attach'] })).toEqual(
      singleChoice.grade(singleChoiceQuestion(), null),
    );
  });
});

describe('prepareQuiz', () => {
  it('prepares every question with a seed derived from the attempt seed and the question id', () => {
    const quiz = sampleQuiz();
    const prepared = prepareQuiz(quiz, 42);
    expect(prepared.map((question) => [question.id, question.seed])).toEqual(
      quiz.questions.map((question) => [question.id, deriveSeed(42, question.id)]),
    );
    expect(prepareQuiz(quiz, 42)).toEqual(prepared);
    expect(prepareQuiz(quiz, 43)).not.toEqual(prepared);
  });
});
