import { getTestStorage, loadFreshProgressStore, setTestStorageKey, useProgressTestStorage } from './test-storage';
import { cleanStores } from 'nanostores';
import { describe, expect, test } from 'vitest';
import { currentAttempt, firstSeed, type QuizRecord } from '../progress/quiz-record';
import { progressOf } from '../progress/test-fixtures';
import { sampleQuiz } from '../quiz/test-fixtures';
import type { Quiz } from '../quiz/types';
import { $progress, $progressProblem, PROGRESS_KEY, completeUnit } from './progress';
import { createQuizStore } from './quiz';
import { drawQuiz } from '../quiz/draw';

const saved = () => JSON.parse(getTestStorage()[PROGRESS_KEY] ?? 'null');
const RIGHT_SINGLE = { type: 'single-choice', choice: 'cloud-attach' } as const;
const WRONG_SINGLE = { type: 'single-choice', choice: 'co-management-node' } as const;
/** The sample quiz reduced to its single-choice question: one answer decides pass or fail. */
const oneQuestion = (completesUnit: boolean): Quiz => ({
  ...sampleQuiz(),
  completesUnit,
  unit: 'knowledge-check',
  questions: [sampleQuiz().questions[0]!],
});

useProgressTestStorage();

describe('createQuizStore', () => {
  test('saves each answer in progress under the quiz id, and emits one value per change', () => {
    const quiz = sampleQuiz();
    const store = createQuizStore(quiz);
    const records: QuizRecord[] = [];
    $progress.listen((progress) => records.push(store.recordOf(progress)));

    store.dispatch({ type: 'answer', question: 'wizard-node', response: WRONG_SINGLE });
    store.dispatch({ type: 'answer', question: 'wizard-node', response: WRONG_SINGLE });
    store.dispatch({ type: 'answer', question: 'nope', response: WRONG_SINGLE });
    store.dispatch({ type: 'check', question: 'wizard-node' });

    expect(records.map((record) => record.current)).toEqual([
      { seed: firstSeed(quiz), responses: { 'wizard-node': WRONG_SINGLE }, checked: [], revealed: false },
      { seed: firstSeed(quiz), responses: { 'wizard-node': WRONG_SINGLE }, checked: ['wizard-node'], revealed: false },
    ]);
    expect(saved().quizzes[quiz.id]).toEqual(records[1]);
  });

  test('retry draws a new seed and keeps the finished attempt', () => {
    const seeds = [11, 12];
    const store = createQuizStore(oneQuestion(false), () => seeds.shift()!);
    store.dispatch({ type: 'answer', question: 'wizard-node', response: WRONG_SINGLE });
    store.dispatch({ type: 'check-all' });
    const after = store.retry();
    expect(after.current?.seed).toBe(11);
    expect(after.attempts).toEqual([
      { seed: firstSeed(oneQuestion(false)), score: 0, passed: false, at: expect.any(Number) },
    ]);
    // The time it finished, for the list of past attempts.
    expect(Math.abs(after.attempts[0]!.at! - Date.now())).toBeLessThan(60_000);
    expect(store.retry().current?.seed).toBe(12);
  });

  test('passing a quiz that completes its unit marks the unit complete in the same write; failing does not', () => {
    const quiz = oneQuestion(true);
    const store = createQuizStore(quiz, () => 5);
    const writes: string[][] = [];
    $progress.listen((progress) => writes.push(progress.completedUnits));

    store.dispatch({ type: 'answer', question: 'wizard-node', response: WRONG_SINGLE });
    store.dispatch({ type: 'check-all' });
    expect($progress.get().completedUnits).toEqual([]);

    store.retry();
    store.dispatch({ type: 'answer', question: 'wizard-node', response: RIGHT_SINGLE });
    store.dispatch({ type: 'check', question: 'wizard-node' });
    expect(saved().completedUnits).toEqual(['knowledge-check']);
    expect(saved().quizzes[quiz.id].best).toBe(1);
    expect(writes.at(-1)).toEqual(['knowledge-check']);
    expect(writes.slice(0, -1).every((units) => units.length === 0)).toBe(true);
  });

  test('passing a quick check leaves its unit as it was', () => {
    const store = createQuizStore(oneQuestion(false));
    store.dispatch({ type: 'answer', question: 'wizard-node', response: RIGHT_SINGLE });
    store.dispatch({ type: 'check-all' });
    expect(saved().quizzes[sampleQuiz().id].attempts).toHaveLength(1);
    expect(saved().completedUnits).toEqual([]);
  });

  test('keeps the rest of progress as it is', () => {
    completeUnit('paths');
    const store = createQuizStore(sampleQuiz());
    store.dispatch({ type: 'answer', question: 'wizard-node', response: RIGHT_SINGLE });
    expect(saved().completedUnits).toEqual(['paths']);
  });
});

describe('unreadable saved quiz records', () => {
  test('load() drops an unreadable record of its quiz with the notice, and keeps units, ticks and other quizzes', () => {
    const other = { attempts: [], best: null, current: null };
    setTestStorageKey(
      PROGRESS_KEY,
      JSON.stringify(
        progressOf(['paths'], 'paths', ['prerequisites/entra-id-p1'], { 'sample-check': { attempts: 'oops' }, other }),
      ),
    );
    $progress.listen(() => {});
    const store = createQuizStore(sampleQuiz());
    expect(store.recordOf($progress.get())).toEqual({ attempts: [], best: null, current: null });

    store.load();
    expect($progressProblem.get()).toBe('corrupt-quizzes');
    expect(saved()).toEqual(progressOf(['paths'], 'paths', ['prerequisites/entra-id-p1'], { other }));
  });

  test('load() leaves a readable record alone and says nothing', () => {
    const store = createQuizStore(sampleQuiz());
    store.dispatch({ type: 'answer', question: 'wizard-node', response: RIGHT_SINGLE });
    const before = getTestStorage()[PROGRESS_KEY];
    store.load();
    expect(getTestStorage()[PROGRESS_KEY]).toBe(before);
    expect($progressProblem.get()).toBeNull();
  });

  test('on page load, quiz records that are not objects cost only the quiz records', async () => {
    setTestStorageKey(PROGRESS_KEY, JSON.stringify(progressOf(['paths'], 'paths', [], { 'sample-check': 'oops' })));
    const page = await loadFreshProgressStore();
    expect(page.$progress.get()).toEqual(progressOf(['paths'], 'paths'));
    expect(page.$progressProblem.get()).toBe('corrupt-quizzes');
    expect(saved()).toEqual(progressOf(['paths'], 'paths'));
    cleanStores(page.$progress);
  });
});

describe('while progress from a newer version is on hold', () => {
  test('the quiz still works, unsaved, and the newer value is never overwritten', async () => {
    const newer = JSON.stringify({ version: 4, completedUnits: ['paths'], future: true });
    setTestStorageKey(PROGRESS_KEY, newer);
    const page = await loadFreshProgressStore();
    const { createQuizStore: create } = await import('./quiz');
    const store = create(oneQuestion(true));
    store.dispatch({ type: 'answer', question: 'wizard-node', response: RIGHT_SINGLE });
    const record = store.dispatch({ type: 'check', question: 'wizard-node' });
    expect(record.attempts).toEqual([
      { seed: firstSeed(oneQuestion(true)), score: 1, passed: true, at: expect.any(Number) },
    ]);
    expect(store.recordOf(page.$progress.get())).toBe(record);
    expect(getTestStorage()[PROGRESS_KEY]).toBe(newer);
    cleanStores(page.$progress);
  });
});

describe('a drawn quiz (the self-assessment)', () => {
  const OBJECTIVES = ['benefits', 'prerequisites', 'connector-status', 'paths'];
  const bank = (): Quiz => ({
    ...sampleQuiz(),
    id: 'self-assessment',
    unit: undefined,
    questions: OBJECTIVES.flatMap((objective) =>
      Array.from({ length: 5 }, (_, n) => ({ ...sampleQuiz().questions[0]!, id: `${objective}-${n}`, objective })),
    ),
  });

  test('each attempt asks its own draw of three per objective, finishes when those are checked, and a retry draws again', () => {
    let seed = 11;
    const draw = (drawSeed: number) => drawQuiz(bank(), OBJECTIVES, drawSeed);
    const store = createQuizStore(bank(), () => ++seed, draw);
    const first = store.quizFor(currentAttempt(store.quiz, store.recordOf($progress.get())).seed);
    expect(first.questions).toHaveLength(12);
    const done = store.dispatch({ type: 'check-all' });
    expect(done.attempts).toHaveLength(1);
    expect(done.current?.checked).toEqual(first.questions.map((question) => question.id));
    const next = store.retry();
    const second = store.quizFor(next.current!.seed);
    expect(second.questions).toHaveLength(12);
    expect(second.questions.map((question) => question.id)).not.toEqual(first.questions.map((question) => question.id));
    // The draw is saved as its seed alone: a reload draws the same questions.
    expect(createQuizStore(bank(), () => 0, draw).quizFor(next.current!.seed).questions).toEqual(second.questions);
  });

  test("a bank's first attempt is a paper chosen at random for this store, saved with the first action; a quiz's is its fixed first seed", () => {
    const draw = (drawSeed: number) => drawQuiz(bank(), OBJECTIVES, drawSeed);
    const papers = [1234, 98765];
    const store = createQuizStore(bank(), () => papers.shift()!, draw);
    expect(currentAttempt(store.quiz, store.recordOf($progress.get())).seed).toBe(1234);
    expect(saved()?.quizzes?.['self-assessment']).toBeUndefined();
    const question = store.quizFor(1234).questions[0]!;
    store.dispatch({ type: 'answer', question: question.id, response: RIGHT_SINGLE });
    expect(saved().quizzes['self-assessment'].current.seed).toBe(1234);
    // Another visit keeps the saved paper.
    expect(currentAttempt(bank(), createQuizStore(bank(), () => 5, draw).recordOf($progress.get())).seed).toBe(1234);
    // A unit's quiz does not draw: its first attempt is the one the page renders at build time.
    const quiz = sampleQuiz();
    expect(currentAttempt(quiz, createQuizStore(quiz, () => 5).recordOf($progress.get())).seed).toBe(firstSeed(quiz));
  });

  test('retry with a seed opens that paper', () => {
    const draw = (drawSeed: number) => drawQuiz(bank(), OBJECTIVES, drawSeed);
    const store = createQuizStore(bank(), () => 1, draw);
    expect(store.retry(424242).current).toEqual({ seed: 424242, responses: {}, checked: [], revealed: false });
    expect(saved().quizzes['self-assessment'].current.seed).toBe(424242);
  });
});
