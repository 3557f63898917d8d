import { describe, expect, test } from 'vitest';
import { decodeProgress, encodeProgress, progressNoticeText, type DecodeProblem } from './codec';
import type { MigrationTable } from './migrations';
import { emptyProgress, progressReducer, type Progress } from './progress';

const empty = { version: 3, completedUnits: [], lastVisitedUnit: null, checkedItems: [], quizzes: {}, labs: {} };
const fails = (problem: DecodeProblem) => ({ progress: empty, problem });
const saved = (value: unknown) => JSON.stringify(value);

describe('encodeProgress', () => {
  test('writes JSON with the version', () => {
    const progress: Progress = {
      version: 3,
      completedUnits: ['benefits', 'introduction'],
      lastVisitedUnit: 'paths',
      checkedItems: [],
      quizzes: {},
      labs: {},
    };
    expect(encodeProgress(progress)).toBe(
      '{"version":3,"completedUnits":["benefits","introduction"],"lastVisitedUnit":"paths","checkedItems":[],"quizzes":{},"labs":{}}',
    );
    expect(encodeProgress(emptyProgress())).toBe(
      '{"version":3,"completedUnits":[],"lastVisitedUnit":null,"checkedItems":[],"quizzes":{},"labs":{}}',
    );
  });

  test('writes ticked checklist items', () => {
    const progress: Progress = {
      version: 3,
      completedUnits: [],
      lastVisitedUnit: 'prerequisites',
      checkedItems: ['prerequisites/licences', 'prerequisites/sccm-version'],
      quizzes: {},
      labs: {},
    };
    expect(encodeProgress(progress)).toBe(
      '{"version":3,"completedUnits":[],"lastVisitedUnit":"prerequisites",' +
        '"checkedItems":["prerequisites/licences","prerequisites/sccm-version"],"quizzes":{},"labs":{}}',
    );
  });
});

describe('decodeProgress', () => {
  test('round-trips what the reducer produces', () => {
    let state = emptyProgress();
    for (const slug of ['paths', 'introduction', 'connector-status']) {
      state = progressReducer(state, { type: 'visit-unit', slug });
      state = progressReducer(state, { type: 'complete-unit', slug });
      expect(decodeProgress(encodeProgress(state))).toEqual({ progress: state, problem: null });
    }
    expect(state).toEqual({
      version: 3,
      completedUnits: ['connector-status', 'introduction', 'paths'],
      lastVisitedUnit: 'connector-status',
      checkedItems: [],
      quizzes: {},
      labs: {},
    });
  });

  test('round-trips ticked checklist items', () => {
    let state = emptyProgress();
    for (const item of ['prerequisites/sccm-version', 'prerequisites/licences', 'setup/azure-ad-connect']) {
      state = progressReducer(state, { type: 'check-item', item });
      expect(decodeProgress(encodeProgress(state))).toEqual({ progress: state, problem: null });
    }
    state = progressReducer(state, { type: 'complete-unit', slug: 'prerequisites' });
    state = progressReducer(state, { type: 'uncheck-item', item: 'prerequisites/sccm-version' });
    expect(decodeProgress(encodeProgress(state))).toEqual({ progress: state, problem: null });
    expect(state).toEqual({
      version: 3,
      completedUnits: ['prerequisites'],
      lastVisitedUnit: null,
      checkedItems: ['prerequisites/licences', 'setup/azure-ad-connect'],
      quizzes: {},
      labs: {},
    });
  });

  test('nothing saved is empty progress without a problem', () => {
    for (const raw of [null, undefined, '']) {
      expect(decodeProgress(raw)).toEqual({ progress: empty, problem: null });
    }
  });

  test('sorts and deduplicates completed units', () => {
    const raw = saved({
      version: 1,
      completedUnits: ['paths', 'benefits', 'paths', 'benefits'],
      lastVisitedUnit: null,
      checkedItems: [],
    });
    expect(decodeProgress(raw)).toEqual({
      progress: {
        version: 3,
        completedUnits: ['benefits', 'paths'],
        lastVisitedUnit: null,
        checkedItems: [],
        quizzes: {},
        labs: {},
      },
      problem: null,
    });
  });

  test('sorts and deduplicates ticked checklist items', () => {
    const raw = saved({
      version: 1,
      completedUnits: [],
      lastVisitedUnit: null,
      checkedItems: ['setup/tenant', 'prerequisites/licences', 'setup/tenant', 'prerequisites/azure-ad'],
    });
    expect(decodeProgress(raw)).toEqual({
      progress: {
        version: 3,
        completedUnits: [],
        lastVisitedUnit: null,
        checkedItems: ['prerequisites/azure-ad', 'prerequisites/licences', 'setup/tenant'],
        quizzes: {},
        labs: {},
      },
      problem: null,
    });
  });

  describe('corrupt', () => {
    test.each(['not json', '{', '{"version":1,"completedUnits":[]', ' ', 'undefined', "{'version':1}"])(
      'not JSON: %j',
      (raw) => {
        expect(decodeProgress(raw)).toEqual(fails('corrupt'));
      },
    );

    test.each([
      [
        'completedUnits as a string',
        { version: 1, completedUnits: 'benefits', lastVisitedUnit: null, checkedItems: [] },
      ],
      [
        'completedUnits as an object',
        { version: 1, completedUnits: { 0: 'benefits' }, lastVisitedUnit: null, checkedItems: [] },
      ],
      ['completedUnits missing', { version: 1, lastVisitedUnit: null, checkedItems: [] }],
      [
        'a number among completedUnits',
        { version: 1, completedUnits: ['benefits', 3], lastVisitedUnit: null, checkedItems: [] },
      ],
      ['null among completedUnits', { version: 1, completedUnits: [null], lastVisitedUnit: null, checkedItems: [] }],
      ['a malformed slug', { version: 1, completedUnits: ['Benefits'], lastVisitedUnit: null, checkedItems: [] }],
      ['an empty slug', { version: 1, completedUnits: [''], lastVisitedUnit: null, checkedItems: [] }],
      ['version as a string', { version: '1', completedUnits: [], lastVisitedUnit: null, checkedItems: [] }],
      ['version null', { version: null, completedUnits: [], lastVisitedUnit: null, checkedItems: [] }],
      ['version a fraction', { version: 1.5, completedUnits: [], lastVisitedUnit: null, checkedItems: [] }],
      ['lastVisitedUnit as a number', { version: 1, completedUnits: [], lastVisitedUnit: 3, checkedItems: [] }],
      ['lastVisitedUnit malformed', { version: 1, completedUnits: [], lastVisitedUnit: 'Paths!', checkedItems: [] }],
      ['lastVisitedUnit missing', { version: 1, completedUnits: [], checkedItems: [] }],
      ['checkedItems missing', { version: 1, completedUnits: [], lastVisitedUnit: null }],
      [
        'checkedItems missing, another field instead',
        { version: 1, completedUnits: [], lastVisitedUnit: null, checks: [] },
      ],
      ['checkedItems null', { version: 1, completedUnits: [], lastVisitedUnit: null, checkedItems: null }],
      ['checkedItems as a string', { version: 1, completedUnits: [], lastVisitedUnit: null, checkedItems: 'a/b' }],
      [
        'checkedItems as an object',
        { version: 1, completedUnits: [], lastVisitedUnit: null, checkedItems: { 'prerequisites/licences': true } },
      ],
      [
        'a malformed item among checkedItems',
        { version: 1, completedUnits: [], lastVisitedUnit: null, checkedItems: ['prerequisites/licences', 'Prereq/x'] },
      ],
      [
        'an item without a checklist id',
        { version: 1, completedUnits: [], lastVisitedUnit: null, checkedItems: ['prerequisites'] },
      ],
      ['an item nested too deep', { version: 1, completedUnits: [], lastVisitedUnit: null, checkedItems: ['a/b/c'] }],
      ['an empty item', { version: 1, completedUnits: [], lastVisitedUnit: null, checkedItems: [''] }],
      [
        'a number among checkedItems',
        { version: 1, completedUnits: [], lastVisitedUnit: null, checkedItems: ['prerequisites/licences', 3] },
      ],
      ['null among checkedItems', { version: 1, completedUnits: [], lastVisitedUnit: null, checkedItems: [null] }],
      ['an extra field', { version: 1, completedUnits: [], lastVisitedUnit: null, checkedItems: [], score: 3 }],
      ['a field renamed', { version: 1, completedUnits: [], lastVisited: null, checkedItems: [] }],
    ])('%s', (_name, value) => {
      expect(decodeProgress(saved(value))).toEqual(fails('corrupt'));
    });

    test('version too large for a number', () => {
      expect(decodeProgress('{"version":1e400,"completedUnits":[],"lastVisitedUnit":null,"checkedItems":[]}')).toEqual(
        fails('corrupt'),
      );
    });
  });

  describe('foreign', () => {
    test.each(['[]', '["benefits"]', '42', '0', 'null', 'true', '"progress"', '{}', '{"completedUnits":["benefits"]}'])(
      '%s',
      (raw) => {
        expect(decodeProgress(raw)).toEqual(fails('foreign'));
      },
    );
  });

  describe('versions', () => {
    test('a newer version is future-version', () => {
      expect(
        decodeProgress(
          saved({ version: 4, completedUnits: [], lastVisitedUnit: null, checkedItems: [], quizzes: {}, labs: {} }),
        ),
      ).toEqual(fails('future-version'));
      expect(decodeProgress(saved({ version: 99, anything: true }))).toEqual(fails('future-version'));
    });

    test('an older version without a migration is old-version', () => {
      expect(
        decodeProgress(saved({ version: 0, completedUnits: [], lastVisitedUnit: null, checkedItems: [] })),
      ).toEqual(fails('old-version'));
      expect(decodeProgress(saved({ version: -1 }))).toEqual(fails('old-version'));
    });
  });

  test('returns a new empty progress each time, never a shared object', () => {
    expect(decodeProgress('x').progress).not.toBe(decodeProgress('x').progress);
    expect(decodeProgress(null).progress).not.toBe(decodeProgress(null).progress);
  });

  describe('migration chain (test-only table, current version 3)', () => {
    // Pretend format 1 kept completion as a comma-separated string, format 2 renamed a field, and
    // format 3 is today's shape. Each step records that it ran.
    const calls: string[] = [];
    const migrations: MigrationTable = {
      1: (value) => {
        calls.push('1->2');
        const { done } = value as { done: string };
        return { version: 2, completedUnits: done ? done.split(',') : [], last: (value as { last: unknown }).last };
      },
      2: (value) => {
        calls.push('2->3');
        const { completedUnits, last } = value as { completedUnits: unknown; last: unknown };
        return { version: 3, completedUnits, lastVisitedUnit: last ?? null, checkedItems: [], quizzes: {}, labs: {} };
      },
    };
    const decode = (value: unknown) => {
      calls.length = 0;
      return decodeProgress(saved(value), { migrations, currentVersion: 3 });
    };

    test('runs every step from the saved version, in order, then validates', () => {
      expect(decode({ version: 1, done: 'paths,benefits,paths', last: 'paths' })).toEqual({
        progress: {
          version: 3,
          completedUnits: ['benefits', 'paths'],
          lastVisitedUnit: 'paths',
          checkedItems: [],
          quizzes: {},
          labs: {},
        },
        problem: null,
      });
      expect(calls).toEqual(['1->2', '2->3']);
    });

    test('starts from the saved version', () => {
      expect(decode({ version: 2, completedUnits: ['introduction'], last: null })).toEqual({
        progress: {
          version: 3,
          completedUnits: ['introduction'],
          lastVisitedUnit: null,
          checkedItems: [],
          quizzes: {},
          labs: {},
        },
        problem: null,
      });
      expect(calls).toEqual(['2->3']);
    });

    test('runs nothing for the current version', () => {
      expect(
        decode({ version: 3, completedUnits: [], lastVisitedUnit: 'paths', checkedItems: [], quizzes: {}, labs: {} }),
      ).toEqual({
        progress: { version: 3, completedUnits: [], lastVisitedUnit: 'paths', checkedItems: [], quizzes: {}, labs: {} },
        problem: null,
      });
      expect(calls).toEqual([]);
    });

    test('a version before the first migration is old-version', () => {
      expect(decode({ version: 0, done: 'paths' })).toEqual(fails('old-version'));
      expect(calls).toEqual([]);
    });

    test('a version after the current one is future-version', () => {
      expect(decode({ version: 4, completedUnits: [], lastVisitedUnit: null, checkedItems: [] })).toEqual(
        fails('future-version'),
      );
      expect(calls).toEqual([]);
    });

    test('a gap in the chain is old-version', () => {
      const gap: MigrationTable = { 2: migrations[2]! };
      expect(decodeProgress(saved({ version: 1, done: '' }), { migrations: gap, currentVersion: 3 })).toEqual(
        fails('old-version'),
      );
    });

    test('a migrated value that fails validation is corrupt', () => {
      expect(decode({ version: 1, done: 'Not A Slug', last: null })).toEqual(fails('corrupt'));
      expect(calls).toEqual(['1->2', '2->3']);
    });

    test('a migration that throws is corrupt', () => {
      expect(decode({ version: 1, done: 42 })).toEqual(fails('corrupt'));
      expect(calls).toEqual(['1->2']);
    });

    test('a migration that does not move the version up is corrupt', () => {
      const stuck: MigrationTable = { 2: (value) => value };
      expect(
        decodeProgress(saved({ version: 2, completedUnits: [], lastVisitedUnit: null, checkedItems: [] }), {
          migrations: stuck,
          currentVersion: 3,
        }),
      ).toEqual(fails('corrupt'));
    });
  });

  test('never throws', () => {
    const raws = [
      '[[[[[[[[[[',
      '{"version":1,"completedUnits":[],"lastVisitedUnit":null,"checkedItems":[]}'.repeat(2),
      '\u0000',
      '{"__proto__":{"version":1},"completedUnits":[],"lastVisitedUnit":null,"checkedItems":[]}',
      '{"version":1,"completedUnits":[],"lastVisitedUnit":null,"checkedItems":[],"__proto__":null}',
      '{"version":1,"completedUnits":[],"lastVisitedUnit":null,"checkedItems":{"length":1,"0":"a/b"}}',
      '{"version":1,"completedUnits":[],"lastVisitedUnit":null,"checkedItems":[{"toString":"a/b"}]}',
      '{"constructor":1,"version":1}',
      '['.repeat(100_000),
      '"' + 'a'.repeat(10_000) + '"',
    ];
    for (const raw of raws) {
      expect(() => decodeProgress(raw)).not.toThrow();
      expect(decodeProgress(raw).progress).toEqual(empty);
    }
  });
});

describe('progressNoticeText', () => {
  test('gives the reset text for unreadable values', () => {
    const reset =
      'Your saved progress could not be read, so it has been reset. Units you mark complete from now on will be saved.';
    expect(progressNoticeText('corrupt')).toBe(reset);
    expect(progressNoticeText('foreign')).toBe(reset);
  });

  test('explains old and newer versions', () => {
    expect(progressNoticeText('old-version')).toBe(
      'Your saved progress is from an older version of this course and could not be read, so it has been reset. Units you mark complete from now on will be saved.',
    );
    expect(progressNoticeText('future-version')).toBe(
      'Your progress was saved by a newer version of this course. Reload the page to see it; until then, this page cannot change it.',
    );
  });
});

describe('format 1 to format 3', () => {
  // Exactly what the site saved in format 1 (before quizzes), copied from a learner's localStorage:
  // three units done, unit 3's checklist partly ticked.
  const FORMAT_1 =
    '{"version":1,"completedUnits":["introduction","prerequisites","understand-co-management"],' +
    '"lastVisitedUnit":"connector-status","checkedItems":["prerequisites/entra-id-p1","prerequisites/intune-licences"]}';

  test('a saved format-1 value keeps everything and gains empty quiz and lab records', () => {
    expect(decodeProgress(FORMAT_1)).toEqual({
      progress: {
        version: 3,
        completedUnits: ['introduction', 'prerequisites', 'understand-co-management'],
        lastVisitedUnit: 'connector-status',
        checkedItems: ['prerequisites/entra-id-p1', 'prerequisites/intune-licences'],
        quizzes: {},
        labs: {},
      },
      problem: null,
    });
  });

  test('the migrated value is written back in format 3 and reads the same', () => {
    const { progress } = decodeProgress(FORMAT_1);
    const rewritten = encodeProgress(progress);
    expect(JSON.parse(rewritten)).toMatchObject({ version: 3, quizzes: {}, labs: {} });
    expect(decodeProgress(rewritten)).toEqual({ progress, problem: null });
  });

  test('a format-1 value that already had a quizzes field is not format 1', () => {
    const raw = saved({ version: 1, completedUnits: [], lastVisitedUnit: null, checkedItems: [], quizzes: { x: {} } });
    // The migration sets quizzes: {} and the value keeps its fields: nothing claims to be a quiz record.
    expect(decodeProgress(raw)).toEqual({ progress: empty, problem: null });
  });
});

describe('format 2 to format 3', () => {
  // Exactly what the site saved in format 2 (before lab records), as a learner's localStorage held
  // it: two units done, a tick, a finished quick check and a knowledge check with lab work on screen.
  const FORMAT_2 =
    '{"version":2,"completedUnits":["introduction","understand-co-management"],"lastVisitedUnit":"knowledge-check",' +
    '"checkedItems":["prerequisites/entra-id-p1"],"quizzes":{"understand-co-management-quick-check":{"attempts":' +
    '[{"seed":3021,"score":0.75,"passed":false,"at":1796000000000}],"best":0.75,"current":null},"knowledge-check":' +
    '{"attempts":[],"best":null,"current":{"seed":42,"responses":{"kc-lab-pilot-compliance-finance":{"type":"lab-task",' +
    '"actions":[{"type":"set-pilot-collection","workload":"compliance-policies","collection":"pilot-finance"}],' +
    '"passed":[false,true,false,true],"revision":2}},"checked":[],"revealed":false}}}}';

  test('a saved format-2 value keeps everything unchanged and gains empty lab records', () => {
    const before = JSON.parse(FORMAT_2);
    expect(decodeProgress(FORMAT_2)).toEqual({ progress: { ...before, version: 3, labs: {} }, problem: null });
  });

  test('the migrated value is written back in format 3 and reads the same', () => {
    const { progress } = decodeProgress(FORMAT_2);
    const rewritten = encodeProgress(progress);
    expect(JSON.parse(rewritten)).toMatchObject({ version: 3, labs: {} });
    expect(decodeProgress(rewritten)).toEqual({ progress, problem: null });
  });

  test('a format-2 value that already had a labs field is not format 2', () => {
    const raw = saved({
      version: 2,
      completedUnits: [],
      lastVisitedUnit: null,
      checkedItems: [],
      quizzes: {},
      labs: { x: { done: 'self' } },
    });
    expect(decodeProgress(raw)).toEqual({ progress: empty, problem: null });
  });
});

describe('quiz records', () => {
  const base = {
    version: 3,
    completedUnits: ['paths'],
    lastVisitedUnit: 'paths',
    checkedItems: ['prerequisites/entra-id-p1'],
    labs: {},
  };
  const kept = { ...base, quizzes: {} };

  test('keeps each quiz record as saved, for the quiz store to read', () => {
    const quizzes = { 'paths-quick-check': { attempts: [], best: null, current: null }, other: { anything: 1 } };
    expect(decodeProgress(saved({ ...base, quizzes }))).toEqual({ progress: { ...base, quizzes }, problem: null });
  });

  test.each([
    ['quizzes as an array', []],
    ['quizzes as a string', 'paths'],
    ['quizzes null', null],
    ['a record that is not an object', { 'paths-quick-check': 3 }],
    ['a record that is an array', { 'paths-quick-check': [] }],
    ['a null record among good ones', { a: { attempts: [] }, b: null }],
  ])('%s: drops the quiz records only, keeping units, ticks and labs', (_name, quizzes) => {
    const labs = { 'paths-lab': { met: [], done: 'self' } };
    expect(decodeProgress(saved({ ...base, labs, quizzes }))).toEqual({
      progress: { ...kept, labs },
      problem: 'corrupt-quizzes',
    });
  });

  test('a missing quizzes field in format 3 is corrupt (the format always writes it)', () => {
    expect(decodeProgress(saved(base))).toEqual(fails('corrupt'));
  });

  test('explains dropped quiz records', () => {
    expect(progressNoticeText('corrupt-quizzes')).toBe(
      'Your saved quiz answers could not be read, so they have been cleared. Your completed units and checklist ticks are kept.',
    );
  });
});

describe('lab records', () => {
  const quizzes = { 'paths-quick-check': { attempts: [], best: null, current: null } };
  const base = {
    version: 3,
    completedUnits: ['paths'],
    lastVisitedUnit: 'paths',
    checkedItems: ['prerequisites/entra-id-p1'],
    quizzes,
  };

  test('keeps each lab record as saved, for the lab to read (the codec checks only that it is an object)', () => {
    const labs = {
      'compliance-policies-first': { met: ['compliance-to-pilot'], done: 'help' },
      'pilot-enrollment-for-it': { met: [], actions: [{ type: 'advance-time', minutes: 60 }], revision: 2 },
      'any-id': { done: 'not a mark', anything: 1 },
    };
    expect(decodeProgress(saved({ ...base, labs }))).toEqual({ progress: { ...base, labs }, problem: null });
  });

  test.each([
    ['labs as an array', []],
    ['labs as a string', 'compliance-policies-first'],
    ['labs null', null],
    ['a record that is not an object', { 'compliance-policies-first': 'self' }],
    ['a record that is an array', { 'compliance-policies-first': [] }],
    ['a null record among good ones', { a: { met: [] }, b: null }],
  ])('%s: drops the lab records only, keeping units, ticks and quizzes', (_name, labs) => {
    expect(decodeProgress(saved({ ...base, labs }))).toEqual({
      progress: { ...base, labs: {} },
      problem: 'corrupt-labs',
    });
  });

  test('unreadable quiz and lab records both go, and the quiz notice is the one given', () => {
    expect(decodeProgress(saved({ ...base, quizzes: [], labs: null }))).toEqual({
      progress: { ...base, quizzes: {}, labs: {} },
      problem: 'corrupt-quizzes',
    });
  });

  test('a missing labs field in format 3 is corrupt (the format always writes it)', () => {
    expect(decodeProgress(saved(base))).toEqual(fails('corrupt'));
  });

  test('explains dropped lab records', () => {
    expect(progressNoticeText('corrupt-labs')).toBe(
      'Your saved lab work could not be read, so it has been cleared. Your completed units, checklist ticks and quiz answers are kept.',
    );
  });
});
