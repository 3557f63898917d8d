import { describe, expect, test } from 'vitest';
import { prepareQuiz } from '../quiz/registry';
import {
  matchingQuestion,
  multipleResponseQuestion,
  orderingQuestion,
  sampleQuiz,
  sampleQuizRightAnswers,
  singleChoiceQuestion,
} from '../quiz/test-fixtures';
import type { Question, QuestionResponse, Quiz } from '../quiz/types';
import {
  ATTEMPTS_KEPT,
  currentAttempt,
  emptyQuizRecord,
  firstSeed,
  isFinished,
  isResponseFor,
  quizReducer,
  readQuizRecord,
  shownOrder,
  type QuizAction,
  type QuizRecord,
} from './quiz-record';

const quiz = sampleQuiz();
const RIGHT = sampleQuizRightAnswers();
const WRONG_SINGLE: QuestionResponse = { type: 'single-choice', choice: 'co-management-node' };

const run = (actions: QuizAction[], record: QuizRecord = emptyQuizRecord(), on: Quiz = quiz) =>
  actions.reduce((state, action) => quizReducer(on, state, action), record);
const answer = (question: string, response: QuestionResponse): QuizAction => ({ type: 'answer', question, response });
const answerAll = (responses: Record<string, QuestionResponse>) =>
  Object.entries(responses).map(([id, response]) => answer(id, response));

describe('currentAttempt', () => {
  test("before anything is saved, the first attempt uses the quiz's fixed first seed", () => {
    expect(currentAttempt(quiz, emptyQuizRecord())).toEqual({
      seed: firstSeed(quiz),
      responses: {},
      checked: [],
      revealed: false,
    });
    expect(firstSeed(quiz)).toBe(firstSeed(sampleQuiz()));
    expect(firstSeed({ ...quiz, id: 'other-check' })).not.toBe(firstSeed(quiz));
  });
});

describe('quizReducer', () => {
  test('an answer starts the first attempt with the seed on screen', () => {
    const record = run([answer('wizard-node', WRONG_SINGLE)]);
    expect(record).toEqual({
      attempts: [],
      best: null,
      current: { seed: firstSeed(quiz), responses: { 'wizard-node': WRONG_SINGLE }, checked: [], revealed: false },
    });
  });

  test('an answer can change until the question is checked, and not after', () => {
    const checked = run([
      answer('wizard-node', WRONG_SINGLE),
      answer('wizard-node', RIGHT['wizard-node']!),
      { type: 'check', question: 'wizard-node' },
    ]);
    expect(checked.current?.responses['wizard-node']).toEqual(RIGHT['wizard-node']);
    expect(checked.current?.checked).toEqual(['wizard-node']);
    expect(quizReducer(quiz, checked, answer('wizard-node', WRONG_SINGLE))).toBe(checked);
    expect(quizReducer(quiz, checked, { type: 'check', question: 'wizard-node' })).toBe(checked);
  });

  test('ignores answers that do not fit the question and ids the quiz does not have', () => {
    const record = run([answer('wizard-node', WRONG_SINGLE)]);
    for (const action of [
      answer('wizard-node', { type: 'single-choice', choice: 'gone' }),
      answer('wizard-node', RIGHT['wizard-pages']!),
      answer('wizard-pages', { type: 'ordering', order: ['summary', 'enablement'] }),
      answer('nope', WRONG_SINGLE),
      { type: 'check', question: 'nope' } as const,
    ]) {
      expect(quizReducer(quiz, record, action)).toBe(record);
    }
  });

  test('checking every question one by one finishes the attempt, records its seed and score, and sets the best', () => {
    const ids = quiz.questions.map((question) => question.id);
    const record = run([
      ...answerAll({ ...RIGHT, 'wizard-node': WRONG_SINGLE }),
      ...ids.map((question) => ({ type: 'check', question }) as const),
    ]);
    expect(record.attempts).toEqual([{ seed: firstSeed(quiz), score: 0.75, passed: true }]);
    expect(record.best).toBe(0.75);
    expect(isFinished(quiz, record.current!)).toBe(true);
    // Once finished, only a retry changes anything.
    expect(quizReducer(quiz, record, { type: 'check-all' })).toBe(record);
    expect(quizReducer(quiz, record, { type: 'reveal' })).toBe(record);
  });

  test('check-all grades an untouched ordering question by the order on screen', () => {
    const record = run([{ type: 'check-all' }]);
    const shown = prepareQuiz(quiz, firstSeed(quiz))[2]!;
    expect(shown.type).toBe('ordering');
    expect(record.current?.responses['wizard-pages']).toEqual({
      type: 'ordering',
      order: shown.type === 'ordering' ? shown.steps.map((step) => step.id) : [],
    });
    expect(record.current?.checked).toEqual(quiz.questions.map((question) => question.id));
    expect(record.attempts).toHaveLength(1);
    expect(record.attempts[0]!.passed).toBe(false);
  });

  test('reveal ends the attempt as answers shown, with no score: nothing in the attempts or the best score', () => {
    const record = run([answer('wizard-node', RIGHT['wizard-node']!), { type: 'reveal', at: 5 }]);
    expect(record.current).toMatchObject({ revealed: true, responses: { 'wizard-node': RIGHT['wizard-node'] } });
    expect(isFinished(quiz, record.current!)).toBe(true);
    expect(record.attempts).toEqual([]);
    expect(record.best).toBeNull();
    expect(quizReducer(quiz, record, answer('wizard-node', WRONG_SINGLE))).toBe(record);
    expect(quizReducer(quiz, record, { type: 'check-all' })).toBe(record);
  });

  test('reveal after a scored attempt keeps that attempt and its best score as they were', () => {
    const first = run([...answerAll(RIGHT), { type: 'check-all' }]);
    const shown = run([{ type: 'retry', seed: 77 }, { type: 'reveal' }], first);
    expect(shown.attempts).toEqual(first.attempts);
    expect(shown.best).toBe(1);
    expect(shown.current).toMatchObject({ seed: 77, revealed: true });
  });

  test('retry keeps the history and starts a fresh attempt with the new seed; best is the best so far', () => {
    const first = run([...answerAll(RIGHT), { type: 'check-all' }]);
    expect(first.attempts).toEqual([{ seed: firstSeed(quiz), score: 1, passed: true }]);
    const second = run([{ type: 'retry', seed: 77 }, { type: 'check-all' }], first);
    expect(second.attempts.map((attempt) => attempt.seed)).toEqual([firstSeed(quiz), 77]);
    expect(second.attempts[1]!.score).toBeLessThan(1);
    expect(second.best).toBe(1);
    expect(run([{ type: 'retry', seed: 78 }], second).current).toEqual({
      seed: 78,
      responses: {},
      checked: [],
      revealed: false,
    });
  });

  test(`keeps the last ${ATTEMPTS_KEPT} attempts`, () => {
    let record = emptyQuizRecord();
    for (let seed = 1; seed <= ATTEMPTS_KEPT + 3; seed++)
      record = run([{ type: 'retry', seed }, { type: 'check-all' }], record);
    expect(record.attempts.map((attempt) => attempt.seed)).toEqual(
      Array.from({ length: ATTEMPTS_KEPT }, (_, i) => i + 4),
    );
  });
});

describe('shownOrder', () => {
  test('is the order prepareQuiz shows until the learner moves a step, then theirs', () => {
    const question = orderingQuestion();
    const one = { ...quiz, questions: [question] };
    for (const seed of [1, 2, 3, 99]) {
      const attempt = { seed, responses: {}, checked: [], revealed: false };
      const prepared = prepareQuiz(one, seed)[0]!;
      expect(shownOrder(attempt, question)).toEqual(
        prepared.type === 'ordering' ? prepared.steps.map((step) => step.id) : null,
      );
    }
    const moved = { seed: 1, responses: { 'wizard-pages': RIGHT['wizard-pages']! }, checked: [], revealed: false };
    expect(shownOrder(moved, question)).toEqual(['cloud-attach', 'configure-upload', 'enablement', 'summary']);
  });
});

describe('isResponseFor', () => {
  test.each([
    ['single choice, an option', singleChoiceQuestion(), { type: 'single-choice', choice: 'cloud-attach' }, true],
    ['single choice, none', singleChoiceQuestion(), { type: 'single-choice', choice: null }, true],
    ['single choice, unknown id', singleChoiceQuestion(), { type: 'single-choice', choice: 'x' }, false],
    ['single choice, another kind', singleChoiceQuestion(), { type: 'ordering', order: [] }, false],
    [
      'multiple response, some options',
      multipleResponseQuestion(),
      { type: 'multiple-response', choices: ['client-apps'] },
      true,
    ],
    ['multiple response, none', multipleResponseQuestion(), { type: 'multiple-response', choices: [] }, true],
    [
      'multiple response, a repeat',
      multipleResponseQuestion(),
      { type: 'multiple-response', choices: ['client-apps', 'client-apps'] },
      false,
    ],
    [
      'multiple response, not an array',
      multipleResponseQuestion(),
      { type: 'multiple-response', choices: 'client-apps' },
      false,
    ],
    [
      'ordering, a permutation',
      orderingQuestion(),
      { type: 'ordering', order: ['summary', 'enablement', 'configure-upload', 'cloud-attach'] },
      true,
    ],
    [
      'ordering, a step missing',
      orderingQuestion(),
      { type: 'ordering', order: ['summary', 'enablement', 'configure-upload'] },
      false,
    ],
    [
      'ordering, a step twice',
      orderingQuestion(),
      { type: 'ordering', order: ['summary', 'summary', 'configure-upload', 'cloud-attach'] },
      false,
    ],
    [
      'matching, some prompts',
      matchingQuestion(),
      { type: 'matching', matches: { 'client-apps': 'third-party-updates', 'compliance-policies': null } },
      true,
    ],
    ['matching, an unknown prompt', matchingQuestion(), { type: 'matching', matches: { nope: 'client-apps' } }, false],
    [
      'matching, an unknown answer',
      matchingQuestion(),
      { type: 'matching', matches: { 'client-apps': 'nope' } },
      false,
    ],
    ['matching, not an object', matchingQuestion(), { type: 'matching', matches: [] }, false],
    ['null', singleChoiceQuestion(), null, false],
  ] as const)('%s', (_name, question, response, expected) => {
    expect(isResponseFor(question, response)).toBe(expected);
  });
});

describe('readQuizRecord', () => {
  const played = run([
    ...answerAll({ ...RIGHT, 'wizard-node': WRONG_SINGLE }),
    { type: 'check-all' },
    { type: 'retry', seed: 5 },
    answer('wizard-node', WRONG_SINGLE),
    { type: 'check', question: 'wizard-node' },
  ]);

  test('nothing saved is an empty record', () => {
    expect(readQuizRecord(undefined, quiz)).toEqual(emptyQuizRecord());
  });

  test('reads back what the reducer saved, through JSON', () => {
    expect(readQuizRecord(JSON.parse(JSON.stringify(played)), quiz)).toEqual(played);
  });

  test('keeps the time an attempt finished, and reads attempts saved without one', () => {
    const finished = run([...answerAll(RIGHT), { type: 'check-all', at: 1_790_000_000_000 }]);
    expect(finished.attempts).toEqual([
      { seed: finished.current!.seed, score: 1, passed: true, at: 1_790_000_000_000 },
    ]);
    expect(readQuizRecord(JSON.parse(JSON.stringify(finished)), quiz)?.attempts).toEqual(finished.attempts);
    expect(
      readQuizRecord({ attempts: [{ seed: 1, score: 0.5, passed: false }], best: 0.5, current: null }, quiz)?.attempts,
    ).toEqual([{ seed: 1, score: 0.5, passed: false }]);
  });

  test.each([
    ['a number', 3],
    ['an array', []],
    ['null', null],
    ['attempts missing', { best: null, current: null }],
    ['an attempt without a seed', { attempts: [{ score: 1, passed: true }], best: 1, current: null }],
    ['a negative seed', { attempts: [{ seed: -1, score: 1, passed: true }], best: 1, current: null }],
    ['a score above 1', { attempts: [{ seed: 1, score: 2, passed: true }], best: 1, current: null }],
    ['passed as a string', { attempts: [{ seed: 1, score: 1, passed: 'yes' }], best: 1, current: null }],
    [
      'a finishing time as a string',
      { attempts: [{ seed: 1, score: 1, passed: true, at: 'today' }], best: 1, current: null },
    ],
    ['a negative finishing time', { attempts: [{ seed: 1, score: 1, passed: true, at: -5 }], best: 1, current: null }],
    ['best as a string', { attempts: [], best: '1', current: null }],
    ['best missing', { attempts: [], current: null }],
    ['current as a string', { attempts: [], best: null, current: 'x' }],
    ['current without a seed', { attempts: [], best: null, current: { responses: {}, checked: [], revealed: false } }],
    [
      'responses as an array',
      { attempts: [], best: null, current: { seed: 1, responses: [], checked: [], revealed: false } },
    ],
    [
      'checked holding a number',
      { attempts: [], best: null, current: { seed: 1, responses: {}, checked: [3], revealed: false } },
    ],
    ['revealed missing', { attempts: [], best: null, current: { seed: 1, responses: {}, checked: [] } }],
  ])('%s is unreadable', (_name, raw) => {
    expect(readQuizRecord(raw, quiz)).toBeNull();
  });

  test('drops answers and checks that no longer fit the quiz, keeping the rest', () => {
    const raw = {
      attempts: [{ seed: 3, score: 0.5, passed: false, extra: true }],
      best: 0.5,
      current: {
        seed: 9,
        responses: {
          'wizard-node': RIGHT['wizard-node'],
          'wizard-pages': { type: 'ordering', order: ['summary'] },
          removed: WRONG_SINGLE,
          __proto__: WRONG_SINGLE,
        },
        checked: ['wizard-node', 'removed', 'wizard-node'],
        revealed: false,
      },
    };
    expect(readQuizRecord(JSON.parse(JSON.stringify(raw)), quiz)).toEqual({
      attempts: [{ seed: 3, score: 0.5, passed: false }],
      best: 0.5,
      current: {
        seed: 9,
        responses: { 'wizard-node': RIGHT['wizard-node'] },
        checked: ['wizard-node'],
        revealed: false,
      },
    });
  });
});

describe('saved lab work and the rules revision', () => {
  const lab: Question = {
    type: 'lab-task',
    id: 'lab-revision',
    objective: 'prerequisites',
    teaches: 'prerequisites#automatic-enrollment',
    stem: 'Get every device enrolled.',
    scenario: 'broken-prerequisite',
    goal: 'every-device-enrolled',
    explanation: 'Every device enrolls once the prerequisite is fixed.',
  };
  const work = { type: 'lab-task', actions: [{ type: 'advance-time', minutes: 120 }], passed: [false, true] };

  test.each([
    ['work saved before revisions were recorded (none)', work, true],
    ['revision 1', { ...work, revision: 1 }, true],
    ['revision 2', { ...work, revision: 2 }, true],
    ['no actions list', { ...work, actions: undefined, revision: 2 }, false],
  ])('%s: %s', (_name, response, expected) => {
    expect(isResponseFor(lab, response)).toBe(expected);
  });

  test('a record keeps the revision of its lab work, and work without one, as saved', () => {
    const labQuiz: Quiz = { ...sampleQuiz(), questions: [lab] };
    const raw = (response: object) =>
      JSON.parse(
        JSON.stringify({
          attempts: [],
          best: null,
          current: { seed: 1, responses: { 'lab-revision': response }, checked: [], revealed: false },
        }),
      );
    expect(readQuizRecord(raw(work), labQuiz)?.current?.responses['lab-revision']).toEqual(work);
    expect(readQuizRecord(raw({ ...work, revision: 2 }), labQuiz)?.current?.responses['lab-revision']).toEqual({
      ...work,
      revision: 2,
    });
  });
});
