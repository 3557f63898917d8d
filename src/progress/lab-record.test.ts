/**
 * Lab records: what the task panel saves through the store (unfinished work, done marks, a
 * restart) and what a lab reads back with `readLabRecord`, strictly.
 */
import { describe, expect, test } from 'vitest';
import type { Action } from '../sim/types';
import { decodeProgress, encodeProgress } from './codec';
import { MAX_LAB_ACTIONS, labReducer, readLabRecord, type LabAction } from './lab-record';
import { emptyProgress, progressReducer, type Progress } from './progress';
import { progressOf } from './test-fixtures';

const LAB = 'compliance-policies-first';
const GOAL = 'pilot-compliance-with-finance';
const REVISION = 2;
const STAGING: Action = { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' };
const SLIDER: Action = { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' };

const withLabs = (labs: Progress['labs']) => progressOf(['introduction'], 'understand-co-management', [], {}, labs);
const apply = (state: Progress, ...actions: LabAction[]) =>
  actions.reduce((next, action) => labReducer(next, action, REVISION), state);
const work = (actions: Action[], met: string[] = [], scenario = LAB): LabAction => ({
  type: 'lab-work',
  scenario,
  actions,
  met,
});
const done = (help: boolean, met: string[] = [GOAL], scenario = LAB): LabAction => ({
  type: 'lab-done',
  scenario,
  help,
  met,
});
const restart = (scenario = LAB): LabAction => ({ type: 'lab-restart', scenario });

describe('labReducer', () => {
  describe('lab-work', () => {
    test('saves the actions with the goals they meet and the rules revision, keeping the rest of the progress', () => {
      const before = withLabs({});
      const after = apply(before, work([STAGING, SLIDER], [GOAL]));
      expect(after).toEqual({
        ...before,
        labs: { [LAB]: { met: [GOAL], actions: [STAGING, SLIDER], revision: REVISION } },
      });
      expect(before.labs).toEqual({});
    });

    test('replaces earlier work (the actions are always from the scenario start)', () => {
      const after = apply(emptyProgress(), work([STAGING, SLIDER], [GOAL]), work([STAGING]));
      expect(after.labs).toEqual({ [LAB]: { met: [], actions: [STAGING], revision: REVISION } });
    });

    test('stamps the revision it is given, so work saved under other rules is saved again under these', () => {
      const old = labReducer(emptyProgress(), work([STAGING]), 1);
      expect(labReducer(old, work([STAGING]), 2).labs[LAB]).toEqual({ met: [], actions: [STAGING], revision: 2 });
    });

    test('keeps each lab apart', () => {
      const after = apply(
        emptyProgress(),
        work([STAGING]),
        work([{ type: 'advance-time', minutes: 60 }], [], 'pilot-enrollment-for-it'),
      );
      expect(Object.keys(after.labs).sort()).toEqual([LAB, 'pilot-enrollment-for-it']);
    });

    test(`saves ${MAX_LAB_ACTIONS} actions and refuses one more, changing nothing`, () => {
      const most = Array.from({ length: MAX_LAB_ACTIONS }, () => STAGING);
      const saved = apply(emptyProgress(), work(most));
      expect((saved.labs[LAB] as { actions: Action[] }).actions).toHaveLength(MAX_LAB_ACTIONS);
      expect(apply(saved, work([...most, SLIDER]))).toBe(saved);
    });

    test('sorts the goals met and drops duplicates', () => {
      expect(apply(emptyProgress(), work([STAGING], ['b-goal', 'a-goal', 'b-goal'])).labs[LAB]).toMatchObject({
        met: ['a-goal', 'b-goal'],
      });
    });

    test('on a done lab, keeps the done mark and the goals it was finished with', () => {
      const finished = apply(emptyProgress(), done(false));
      expect(apply(finished, work([STAGING], [])).labs[LAB]).toEqual({
        met: [GOAL],
        done: 'self',
        actions: [STAGING],
        revision: REVISION,
      });
    });

    test('no actions is no work: the record of an unfinished lab goes, a done mark stays', () => {
      expect(apply(emptyProgress(), work([STAGING]), work([])).labs).toEqual({});
      expect(apply(emptyProgress(), done(true), work([STAGING]), work([])).labs).toEqual({
        [LAB]: { met: [GOAL], done: 'help' },
      });
    });

    test('the same work again returns the same object', () => {
      const saved = apply(emptyProgress(), work([STAGING], [GOAL]));
      expect(apply(saved, work([STAGING], [GOAL]))).toBe(saved);
    });
  });

  describe('lab-done', () => {
    test('marks the lab done alone or with help, drops its work and keeps the goals met', () => {
      const working = apply(emptyProgress(), work([STAGING]));
      expect(apply(working, done(false)).labs).toEqual({ [LAB]: { met: [GOAL], done: 'self' } });
      expect(apply(working, done(true)).labs).toEqual({ [LAB]: { met: [GOAL], done: 'help' } });
    });

    test('never takes "done" back to "done with help", and raises "with help" to "done"', () => {
      const alone = apply(emptyProgress(), done(false));
      expect(apply(alone, done(true)).labs[LAB]).toEqual({ met: [GOAL], done: 'self' });
      expect(apply(alone, done(true))).toBe(alone);
      const helped = apply(emptyProgress(), done(true));
      expect(apply(helped, done(false)).labs[LAB]).toEqual({ met: [GOAL], done: 'self' });
    });

    test('finishing again drops the work done since', () => {
      const again = apply(emptyProgress(), done(false), work([STAGING]), done(true));
      expect(again.labs[LAB]).toEqual({ met: [GOAL], done: 'self' });
    });
  });

  describe('lab-restart', () => {
    test('drops unfinished work (and with it the record of an unfinished lab)', () => {
      const before = withLabs({ other: { met: [], done: 'self' } });
      expect(apply(before, work([STAGING], [GOAL]), restart())).toEqual(before);
    });

    test('keeps a done mark', () => {
      const after = apply(emptyProgress(), done(true), work([STAGING]), restart());
      expect(after.labs).toEqual({ [LAB]: { met: [GOAL], done: 'help' } });
    });

    test('returns the same object when there is no work', () => {
      const state = emptyProgress();
      expect(apply(state, restart())).toBe(state);
      const finished = apply(state, done(false));
      expect(apply(finished, restart())).toBe(finished);
    });
  });

  test('refuses ids that are not kebab-case and actions without a type, changing nothing', () => {
    const state = withLabs({});
    for (const action of [
      work([STAGING], [], 'Not An Id'),
      work([STAGING], [], '__proto__'),
      done(false, [], ''),
      restart('a/b'),
      work([STAGING], ['Goal!']),
      done(false, ['goal one']),
      work([{ workload: 'compliance-policies' } as unknown as Action]),
      work([null as unknown as Action]),
    ]) {
      expect(apply(state, action), JSON.stringify(action)).toBe(state);
    }
  });

  test('replaces a record it cannot read, keeping only a done mark it can', () => {
    const odd = withLabs({ [LAB]: { met: 'all', done: 'self', extra: true } });
    expect(apply(odd, work([STAGING])).labs[LAB]).toEqual({
      met: [],
      done: 'self',
      actions: [STAGING],
      revision: REVISION,
    });
    const junk = withLabs({ [LAB]: { done: 'yes' } });
    expect(apply(junk, restart()).labs).toEqual({});
  });

  test('reset clears lab records with the rest', () => {
    const state = apply(progressOf(['paths']), done(false), work([STAGING], [], 'pilot-enrollment-for-it'));
    expect(progressReducer(state, { type: 'reset' })).toEqual(emptyProgress());
  });

  test('what it saves decodes back unchanged and reads back as the same record', () => {
    const state = apply(emptyProgress(), done(true), work([STAGING, SLIDER], [GOAL], 'pilot-enrollment-for-it'));
    expect(decodeProgress(encodeProgress(state))).toEqual({ progress: state, problem: null });
    for (const [id, record] of Object.entries(state.labs)) expect(readLabRecord(record), id).toEqual(record);
  });
});

describe('readLabRecord', () => {
  test('reads every shape the reducer writes', () => {
    expect(readLabRecord({ met: [GOAL], done: 'self' })).toEqual({ met: [GOAL], done: 'self' });
    expect(readLabRecord({ met: [], done: 'help' })).toEqual({ met: [], done: 'help' });
    expect(readLabRecord({ met: [], actions: [STAGING], revision: 2 })).toEqual({
      met: [],
      actions: [STAGING],
      revision: 2,
    });
    expect(readLabRecord({ met: [GOAL], done: 'self', actions: [SLIDER], revision: 1 })).toEqual({
      met: [GOAL],
      done: 'self',
      actions: [SLIDER],
      revision: 1,
    });
  });

  test('sorts the goals and drops duplicates', () => {
    expect(readLabRecord({ met: ['b', 'a', 'b'] })).toEqual({ met: ['a', 'b'] });
  });

  test('returns a copy: changing it does not change the saved value', () => {
    const saved = { met: [GOAL], actions: [STAGING], revision: 2 };
    const record = readLabRecord(saved)!;
    record.actions!.push(SLIDER);
    record.met.push('other');
    expect(saved).toEqual({ met: [GOAL], actions: [STAGING], revision: 2 });
  });

  test.each([
    ['nothing', undefined],
    ['null', null],
    ['an array', []],
    ['a string', 'self'],
    ['no goals', { done: 'self' }],
    ['goals as a string', { met: GOAL }],
    ['a goal that is not kebab-case', { met: ['Goal'] }],
    ['a goal that is not a string', { met: [1] }],
    ['a done mark that is not one', { met: [], done: 'yes' }],
    ['a done mark true', { met: [], done: true }],
    ['a done mark null', { met: [], done: null }],
    ['actions without a revision', { met: [], actions: [STAGING] }],
    ['a revision without actions', { met: [], revision: 2 }],
    ['a revision of 0', { met: [], actions: [STAGING], revision: 0 }],
    ['a fractional revision', { met: [], actions: [STAGING], revision: 1.5 }],
    ['a revision as a string', { met: [], actions: [STAGING], revision: '2' }],
    ['actions as an object', { met: [], actions: { 0: STAGING }, revision: 2 }],
    ['an action without a type', { met: [], actions: [{ workload: 'compliance-policies' }], revision: 2 }],
    ['an action that is not an object', { met: [], actions: ['open-wizard'], revision: 2 }],
    [
      `${MAX_LAB_ACTIONS + 1} actions`,
      { met: [], actions: Array.from({ length: MAX_LAB_ACTIONS + 1 }, () => STAGING), revision: 2 },
    ],
    ['another field', { met: [], done: 'self', at: 1 }],
  ])('refuses %s', (_name, value) => {
    expect(readLabRecord(value)).toBeNull();
  });
});
