/**
 * `cmi.suspend_data`: progress round-trips exactly while it fits, the largest progress the course
 * allows (every unit, every tick, every quiz with its 20 attempts and a full attempt on screen,
 * lab tasks with 200 steps) still fits in SCORM 1.2's 4,096 characters and keeps what matters, and
 * corrupt data is refused with a reason, never thrown.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { emptyProgress, type Progress } from '../progress/progress';
import { ATTEMPTS_KEPT } from '../progress/quiz-record';
import { quizFiles } from '../quiz/test-content';
import { LAB_RULES_REVISION } from '../sim/revision';
import type { SavedLabWork } from '../stores/lab-work';
import type { Action } from '../sim/types';
import type { Question, QuestionResponse } from '../quiz/types';
import { decodeSuspendData, encodeSuspendData } from './suspend-data';

const UNITS = ['introduction', 'understand-co-management', 'prerequisites', 'connector-status', 'paths', 'knowledge-check', 'summary'];
const lesson = readFileSync(join(process.cwd(), 'content', 'lessons', '03-prerequisites', 'index.mdx'), 'utf8');
const checklist = parse(lesson.split('---')[1]!).checklist as { id: string; items: { id: string }[] };
const TICKS = checklist.items.map((item) => `${checklist.id}/${item.id}`).sort();
const quizzes = quizFiles().map(({ quiz }) => quiz);

/** A long but valid answer to every kind (a lab task: 200 steps of work). */
function answer(question: Question): QuestionResponse {
  switch (question.type) {
    case 'single-choice':
      return { type: 'single-choice', choice: question.options.at(-1)!.id };
    case 'multiple-response':
      return { type: 'multiple-response', choices: question.options.map((option) => option.id) };
    case 'ordering':
      return { type: 'ordering', order: [...question.steps].reverse().map((step) => step.id) };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((pair, i) => [pair.id, question.pairs[(i + 1) % question.pairs.length]!.id])) };
    case 'lab-task': {
      const actions: Action[] = Array.from({ length: 200 }, (_, i) => ({ type: 'set-workload', workload: 'compliance-policies', position: i % 2 ? 'intune' : 'configmgr' }));
      // As the lab saves it now: with its rules revision.
      const work: SavedLabWork = { type: 'lab-task', actions, passed: [false, true, false, true], revision: LAB_RULES_REVISION };
      return work;
    }
  }
}

/** The most the course can save: every unit, every tick, every quiz full. */
function largestProgress(): Progress {
  return {
    ...emptyProgress(),
    completedUnits: [...UNITS].sort(),
    lastVisitedUnit: 'understand-co-management',
    checkedItems: TICKS,
    quizzes: Object.fromEntries(
      quizzes.map((quiz) => [
        quiz.id,
        {
          attempts: Array.from({ length: ATTEMPTS_KEPT }, (_, i) => ({ seed: 4294967295 - i, score: 0.8333333333333334, passed: true, at: 1796000000000 + i })),
          best: 0.9166666666666666,
          current: {
            seed: 4294967295,
            responses: Object.fromEntries(quiz.questions.map((question) => [question.id, answer(question)])),
            checked: quiz.questions.filter((question) => question.type !== 'lab-task').map((question) => question.id),
            revealed: false,
          },
        },
      ]),
    ),
  };
}

describe('suspend data', () => {
  it('round-trips progress that fits, exactly', () => {
    const progress: Progress = {
      ...emptyProgress(),
      completedUnits: ['introduction', 'paths'],
      lastVisitedUnit: 'paths',
      checkedItems: TICKS.slice(0, 3),
      quizzes: {
        'paths-quick-check': { attempts: [{ seed: 7, score: 0.75, passed: false, at: 1796000000000 }], best: 0.75, current: null },
        'knowledge-check': {
          attempts: [],
          best: null,
          current: {
            seed: 42,
            responses: {
              'kc-lab-pilot-compliance-finance': {
                type: 'lab-task',
                actions: [
                  { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' },
                  { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' },
                ],
                passed: [true, true, true, true],
              },
              // Saved now, with the lab's rules revision (the one above was saved before it was recorded).
              'kc-lab-enroll-it-devices': {
                type: 'lab-task',
                actions: [{ type: 'advance-time', minutes: 60 }],
                passed: [false, true],
                revision: LAB_RULES_REVISION,
              },
            },
            checked: [],
            revealed: false,
          },
        },
      },
    };
    const text = encodeSuspendData(progress);
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(decodeSuspendData(text)).toEqual({ ok: true, progress });
  });

  it('fits the largest progress the course allows in 4,096 characters, keeping units, ticks, best scores and recent attempts', () => {
    const largest = largestProgress();
    expect(JSON.stringify(largest).length, 'the test must start far over the limit').toBeGreaterThan(20000);
    const text = encodeSuspendData(largest);
    expect(text.length).toBeLessThanOrEqual(4096);
    const read = decodeSuspendData(text);
    if (!read.ok) throw new Error(read.reason);
    expect(read.progress.completedUnits).toEqual(largest.completedUnits);
    expect(read.progress.checkedItems).toEqual(TICKS);
    expect(read.progress.lastVisitedUnit).toBe('understand-co-management');
    for (const quiz of quizzes) {
      const record = read.progress.quizzes[quiz.id] as { best: number; attempts: unknown[] };
      expect(record.best, quiz.id).toBe(0.9166666666666666);
      expect(record.attempts.length, quiz.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('fits whatever the limit, dropping unchecked lab work before whole attempts', () => {
    const largest = largestProgress();
    for (const limit of [4096, 3000]) {
      const text = encodeSuspendData(largest, limit);
      expect(text.length, `limit ${limit}`).toBeLessThanOrEqual(limit);
      expect(text).not.toContain('"lab-task"');
    }
  });

  it('refuses corrupt, foreign, truncated and oversized data with a reason, and never throws', () => {
    const valid = encodeSuspendData(largestProgress());
    const samples = [
      'not json',
      '{"version":2}',
      '[]',
      '42',
      '{"version":99,"completedUnits":[],"lastVisitedUnit":null,"checkedItems":[],"quizzes":{}}',
      '<script>alert(1)</script>',
      'x'.repeat(5000),
      ...Array.from({ length: 40 }, (_, i) => valid.slice(0, Math.floor((valid.length * (i + 1)) / 41))),
    ];
    for (const sample of samples) {
      const read = decodeSuspendData(sample);
      expect(read.ok, sample.slice(0, 40)).toBe(false);
      if (!read.ok) expect(read.reason.length).toBeGreaterThan(0);
    }
    expect(decodeSuspendData('')).toEqual({ ok: true, progress: emptyProgress() });
  });
});
