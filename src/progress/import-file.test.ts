import { describe, expect, test } from 'vitest';
import { emptyProgress } from './progress';
import { progressOf } from './test-fixtures';
import { exportFileName, exportText } from './export-file';
import {
  IMPORT_REFUSALS,
  importRefusalText,
  isEmptyProgress,
  readProgressFile,
  type ImportRefusal,
} from './import-file';

/** Everything a learner can have saved: units, place, ticks, a quiz record and a finished lab. */
const full = progressOf(
  ['introduction', 'prerequisites'],
  'paths',
  ['prerequisites/licences'],
  {
    'paths-quick-check': {
      attempts: [{ seed: 7, score: 1, passed: true, at: 1_700_000_000_000 }],
      best: 1,
      current: null,
    },
  },
  { 'tenant-attach-only': { met: ['attached'], done: 'self' } },
);
const json = (value: unknown) => JSON.stringify(value);

describe('an exported file read back', () => {
  test('gives exactly the progress that was exported, quiz history and labs included', () => {
    expect(readProgressFile(exportText(full))).toEqual({ progress: full });
    expect(readProgressFile(exportText(emptyProgress()))).toEqual({ progress: emptyProgress() });
  });

  test('is read with a byte order mark and surrounding white space, as editors may save it', () => {
    expect(readProgressFile(`\uFEFF  ${exportText(full)}\n`)).toEqual({ progress: full });
  });

  test('is named for the course and the day it was written', () => {
    expect(exportFileName(new Date('2026-12-05T07:30:00Z'))).toBe('co-management-lab-progress-2026-12-05.json');
  });
});

describe('a file from an older format with a migration', () => {
  test('is read and brought up to the current format', () => {
    const format1 = { version: 1, completedUnits: ['introduction'], lastVisitedUnit: 'introduction', checkedItems: [] };
    expect(readProgressFile(json(format1))).toEqual({ progress: progressOf(['introduction'], 'introduction') });
  });
});

describe('a file is refused, with its reason, when', () => {
  const cases: [string, string, ImportRefusal][] = [
    ['it is not JSON (cut short)', exportText(full).slice(0, 40), 'corrupt'],
    ['it is our format with a field of the wrong type', json({ ...full, completedUnits: 'introduction' }), 'corrupt'],
    ['it has a field the format does not have', json({ ...full, extra: true }), 'corrupt'],
    ['it is JSON but not our format (an object without a version)', json({ name: 'something else' }), 'foreign'],
    ['it is a JSON array', json([full]), 'foreign'],
    ['it is from an older format with no migration', json({ ...full, version: 0 }), 'old-version'],
    ['it is from a newer version of the course', json({ ...full, version: 99 }), 'future-version'],
    ['one quiz record is not a record', json({ ...full, quizzes: { 'paths-quick-check': 'oops' } }), 'corrupt-quizzes'],
    ['one lab record is not a record', json({ ...full, labs: { 'tenant-attach-only': [1] } }), 'corrupt-labs'],
    ['it is empty', '', 'empty'],
    ['it holds only white space', ' \n\t', 'empty'],
  ];
  test.each(cases)('%s', (_, text, refusal) => {
    expect(readProgressFile(text)).toEqual({ refusal });
  });

  test('the quiz history alone is unreadable, though saved progress would keep the rest', () => {
    // Import is all or nothing: a file that would lose its quiz history is not taken in part.
    const text = json({ ...full, quizzes: [] });
    expect(readProgressFile(text).progress).toBeUndefined();
  });
});

describe('the reasons', () => {
  test('every refusal has its own sentence, and those a learner acts on differently differ', () => {
    for (const refusal of IMPORT_REFUSALS) expect(importRefusalText(refusal)).toMatch(/^[A-Z].+\.$/);
    const texts = new Set(IMPORT_REFUSALS.map(importRefusalText));
    expect(texts.size).toBe(IMPORT_REFUSALS.length);
    expect(importRefusalText('future-version')).toMatch(/newer version/);
    expect(importRefusalText('corrupt-quizzes')).toMatch(/quiz history/);
    expect(importRefusalText('corrupt-labs')).toMatch(/lab work/);
  });

  test('cover the codec’s every problem', () => {
    expect(IMPORT_REFUSALS).toEqual(
      expect.arrayContaining([
        'corrupt',
        'foreign',
        'old-version',
        'future-version',
        'corrupt-quizzes',
        'corrupt-labs',
        'empty',
        'too-large',
        'newer-saved',
      ]),
    );
  });
});

describe('isEmptyProgress', () => {
  test('is true only when nothing at all is saved', () => {
    expect(isEmptyProgress(emptyProgress())).toBe(true);
    expect(isEmptyProgress(progressOf([], 'introduction'))).toBe(false);
    expect(isEmptyProgress(progressOf(['introduction']))).toBe(false);
    expect(isEmptyProgress(progressOf([], null, ['prerequisites/licences']))).toBe(false);
    expect(isEmptyProgress(progressOf([], null, [], { quiz: {} }))).toBe(false);
    expect(isEmptyProgress(progressOf([], null, [], {}, { lab: { met: [] } }))).toBe(false);
  });
});
