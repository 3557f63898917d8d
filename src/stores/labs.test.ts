/**
 * The lab records' store: what the task panel calls. Work and done marks are saved with the rest
 * of the progress (under the current rules revision), read back checked, and never written over
 * progress saved by a newer version of the course.
 */
import { getTestStorage, setTestStorageKey, useProgressTestStorage } from './test-storage';
import { describe, expect, test } from 'vitest';
import { LAB_RULES_REVISION } from '../sim/revision';
import type { Action } from '../sim/types';
import { labRecord, markLabDone, restartLab, saveLabWork } from './labs';
import { $progress, PROGRESS_KEY, completeUnit } from './progress';

const LAB = 'compliance-policies-first';
const GOAL = 'pilot-compliance-with-finance';
const STAGING: Action = { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' };
const SLIDER: Action = { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' };
const saved = () => JSON.parse(getTestStorage()[PROGRESS_KEY] ?? 'null');

useProgressTestStorage();

describe('lab records in the progress store', () => {
  test('nothing saved reads as null', () => {
    expect(labRecord(LAB)).toBeNull();
  });

  test('saves unfinished work under the current rules revision and reads it back', () => {
    completeUnit('introduction');
    expect(saveLabWork(LAB, [STAGING, SLIDER], [GOAL])).toBe(true);
    const record = { met: [GOAL], actions: [STAGING, SLIDER], revision: LAB_RULES_REVISION };
    expect(labRecord(LAB)).toEqual(record);
    expect(saved()).toMatchObject({ version: 3, completedUnits: ['introduction'], labs: { [LAB]: record } });
  });

  test('refuses more than 200 actions, keeping what was saved', () => {
    saveLabWork(LAB, [STAGING], []);
    saveLabWork(
      LAB,
      Array.from({ length: 201 }, () => STAGING),
      [],
    );
    expect(labRecord(LAB)?.actions).toEqual([STAGING]);
  });

  test('marks the lab done, drops the work, and keeps "done" over a later "done with help"', () => {
    saveLabWork(LAB, [STAGING], []);
    markLabDone(LAB, false, [GOAL]);
    expect(labRecord(LAB)).toEqual({ met: [GOAL], done: 'self' });
    markLabDone(LAB, true, [GOAL]);
    expect(saved().labs[LAB]).toEqual({ met: [GOAL], done: 'self' });
  });

  test('a restart drops the work and keeps the done mark', () => {
    markLabDone(LAB, true, [GOAL]);
    saveLabWork(LAB, [STAGING], []);
    restartLab(LAB);
    expect(labRecord(LAB)).toEqual({ met: [GOAL], done: 'help' });
    restartLab('pilot-enrollment-for-it');
    expect(labRecord('pilot-enrollment-for-it')).toBeNull();
  });

  test('an unreadable record reads as null, and the next save replaces it', () => {
    setTestStorageKey(
      PROGRESS_KEY,
      JSON.stringify({
        version: 3,
        completedUnits: [],
        lastVisitedUnit: null,
        checkedItems: [],
        quizzes: {},
        labs: { [LAB]: { met: 'all', done: 'self' } },
      }),
    );
    $progress.listen(() => {});
    expect(labRecord(LAB)).toBeNull();
    saveLabWork(LAB, [STAGING], []);
    expect(labRecord(LAB)).toEqual({ met: [], done: 'self', actions: [STAGING], revision: LAB_RULES_REVISION });
  });

  test('saves nothing over progress from a newer version of the course', () => {
    const newer = JSON.stringify({ version: 4, labs: {} });
    setTestStorageKey(PROGRESS_KEY, newer);
    $progress.listen(() => {});
    expect(saveLabWork(LAB, [STAGING], [])).toBe(false);
    expect(markLabDone(LAB, false, [GOAL])).toBe(false);
    expect(getTestStorage()[PROGRESS_KEY]).toBe(newer);
    expect(labRecord(LAB)).toBeNull();
  });
});
