/**
 * `cmi.suspend_data`: progress round-trips exactly while it fits, the largest progress the course
 * allows (every unit, every tick, every quiz with its 20 attempts and a full attempt on screen,
 * lab tasks with 200 steps, every scenario's lab done and worked on again for 200 actions) still
 * fits in SCORM 1.2's 4,096 characters and keeps what matters, and corrupt data is refused with a
 * reason, never thrown.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { emptyProgress, type Progress } from '../progress/progress';
import { decodeProgress, encodeProgress } from '../progress/codec';
import { ATTEMPTS_KEPT } from '../progress/quiz-record';
import { quizFiles } from '../quiz/test-content';
import { LAB_RULES_REVISION } from '../sim/revision';
import type { LabTaskResponse } from '../quiz/types';
import type { Action, Scenario } from '../sim/types';
import { MAX_LAB_ACTIONS } from '../progress/lab-record';
import type { Question, QuestionResponse } from '../quiz/types';
import { decodeSuspendData, encodeSuspendData } from './suspend-data';

const UNITS = [
  'introduction',
  'understand-co-management',
  'prerequisites',
  'connector-status',
  'paths',
  'knowledge-check',
  'summary',
];
const lesson = readFileSync(join(process.cwd(), 'content', 'lessons', '03-prerequisites', 'index.mdx'), 'utf8');
const checklist = parse(lesson.split('---')[1]!).checklist as { id: string; items: { id: string }[] };
const TICKS = checklist.items.map((item) => `${checklist.id}/${item.id}`).sort();
const quizzes = quizFiles().map(({ quiz }) => quiz);
const scenarioDir = join(process.cwd(), 'content', 'scenarios');
const scenarios = readdirSync(scenarioDir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => parse(readFileSync(join(scenarioDir, name), 'utf8')) as Scenario);

/**
 * 200 actions of work in `scenario`'s lab: its own steps' actions over and over (a learner
 * who undoes and redoes), as the task panel saves them.
 */
function labWork(scenario: Scenario): Action[] {
  const own = scenario.steps.flatMap((step) => step.actions);
  const pool = own.length > 0 ? own : scenarios.flatMap((other) => other.steps.flatMap((step) => step.actions));
  return Array.from({ length: MAX_LAB_ACTIONS }, (_, i) => pool[i % pool.length]!);
}

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
      return {
        type: 'matching',
        matches: Object.fromEntries(
          question.pairs.map((pair, i) => [pair.id, question.pairs[(i + 1) % question.pairs.length]!.id]),
        ),
      };
    case 'lab-task': {
      const actions: Action[] = Array.from({ length: 200 }, (_, i) => ({
        type: 'set-workload',
        workload: 'compliance-policies',
        position: i % 2 ? 'intune' : 'configmgr',
      }));
      // As the lab saves it now: with its rules revision.
      // Lab work as the lab saves it (stores/lab-work.ts): a lab task's response and the rules' revision.
      const work: LabTaskResponse & { revision: number } = {
        type: 'lab-task',
        actions,
        passed: [false, true, false, true],
        revision: LAB_RULES_REVISION,
      };
      return work;
    }
  }
}

/**
 * The most the course can save: every unit, every tick, every quiz full, and every scenario's lab
 * done, all its goals met, and worked on again for 200 actions.
 */
function largestProgress(): Progress {
  return {
    ...emptyProgress(),
    labs: Object.fromEntries(
      scenarios.map((scenario) => [
        scenario.id,
        {
          met: scenario.goals.map((goal) => goal.id).sort(),
          done: 'help',
          actions: labWork(scenario),
          revision: LAB_RULES_REVISION,
        },
      ]),
    ),
    completedUnits: [...UNITS].sort(),
    lastVisitedUnit: 'understand-co-management',
    checkedItems: TICKS,
    quizzes: Object.fromEntries(
      quizzes.map((quiz) => [
        quiz.id,
        {
          attempts: Array.from({ length: ATTEMPTS_KEPT }, (_, i) => ({
            seed: 4294967295 - i,
            score: 0.8333333333333334,
            passed: true,
            at: 1796000000000 + i,
          })),
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
        'paths-quick-check': {
          attempts: [{ seed: 7, score: 0.75, passed: false, at: 1796000000000 }],
          best: 0.75,
          current: null,
        },
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
    expect(scenarios).toHaveLength(9);
    for (const scenario of scenarios) {
      // The done mark and the goals it was finished with; the 200 actions of work went first.
      expect(read.progress.labs[scenario.id], scenario.id).toEqual({
        met: scenario.goals.map((goal) => goal.id).sort(),
        done: 'help',
      });
    }
  });

  it('drops unfinished lab work, largest first, before anything else, and a lab not done goes with its work', () => {
    const [big, small, finished] = scenarios;
    const progress: Progress = {
      ...emptyProgress(),
      completedUnits: ['paths'],
      quizzes: {
        'paths-quick-check': {
          attempts: Array.from({ length: 8 }, (_, i) => ({
            seed: i,
            score: 0.5,
            passed: false,
            at: 1796000000000 + i,
          })),
          best: 0.5,
          current: null,
        },
      },
      labs: {
        [big!.id]: { met: [], actions: labWork(big!), revision: LAB_RULES_REVISION },
        [small!.id]: { met: [], actions: labWork(small!).slice(0, 10), revision: LAB_RULES_REVISION },
        [finished!.id]: {
          met: [finished!.goals[0]!.id],
          done: 'self',
          actions: labWork(finished!).slice(0, 30),
          revision: LAB_RULES_REVISION,
        },
      },
    };
    const size = (id: string) => JSON.stringify(progress.labs[id]).length;
    expect(size(big!.id), 'the test needs the largest work first').toBeGreaterThan(
      Math.max(size(small!.id), size(finished!.id)),
    );
    const full = encodeSuspendData(progress, 100_000);
    const withoutBig = encodeProgress({
      ...progress,
      labs: { [small!.id]: progress.labs[small!.id]!, [finished!.id]: progress.labs[finished!.id]! },
    });
    // Just too long for everything: the largest work goes, and only that.
    const read = decodeProgress(encodeSuspendData(progress, full.length - 1));
    expect(read.problem).toBeNull();
    expect(Object.keys(read.progress.labs).sort()).toEqual([small!.id, finished!.id].sort());
    expect(read.progress.quizzes).toEqual(progress.quizzes);
    expect(encodeSuspendData(progress, withoutBig.length)).toBe(withoutBig);
    // With no room for any work: the done lab keeps its mark and goals, the attempts are all still there.
    const noWork = encodeProgress({
      ...progress,
      labs: { [finished!.id]: { met: [finished!.goals[0]!.id], done: 'self' } },
    });
    expect(encodeSuspendData(progress, noWork.length)).toBe(noWork);
  });

  it('fits tighter limits too, dropping lab work before whole attempts and, last, the goals of done labs', () => {
    const largest = largestProgress();
    for (const limit of [4096, 3500]) {
      const text = encodeSuspendData(largest, limit);
      expect(text.length, `limit ${limit}`).toBeLessThanOrEqual(limit);
      expect(text).not.toContain('"lab-task"');
      expect(text).not.toContain('"actions"');
    }
    // What must always fit: units, ticks, best scores, three attempts per quiz and done marks.
    const least = decodeProgress(encodeSuspendData(largest, 0)).progress;
    expect(Object.values(least.labs)).toEqual(scenarios.map(() => ({ met: [], done: 'help' })));
    expect(encodeProgress(least).length).toBeLessThanOrEqual(3500);
  });

  describe('with the units the course has now', () => {
    const knownUnits = ['introduction', 'benefits', 'paths'];
    const saved = (progress: Partial<Progress>) => encodeSuspendData({ ...emptyProgress(), ...progress });

    it('drops units the course no longer has, and keeps checklist ticks whatever they say', () => {
      const text = saved({
        completedUnits: ['benefits', 'paths', 'removed'],
        lastVisitedUnit: 'removed',
        checkedItems: ['removed/item'],
      });
      expect(decodeSuspendData(text, knownUnits)).toEqual({
        ok: true,
        progress: {
          ...emptyProgress(),
          completedUnits: ['benefits', 'paths'],
          lastVisitedUnit: null,
          checkedItems: ['removed/item'],
        },
      });
    });

    it('keeps known units as they are', () => {
      const progress = { ...emptyProgress(), completedUnits: ['paths'], lastVisitedUnit: 'benefits' };
      expect(decodeSuspendData(encodeSuspendData(progress), knownUnits)).toEqual({ ok: true, progress });
    });

    it('still refuses malformed values', () => {
      expect(
        decodeSuspendData(
          '{"version":1,"completedUnits":["Removed"],"lastVisitedUnit":null,"checkedItems":[]}',
          knownUnits,
        ),
      ).toEqual({
        ok: false,
        reason: 'the saved data is damaged',
      });
    });
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
