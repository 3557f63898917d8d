import { describe, expect, test } from 'vitest';
import { continueTarget, neighbours, parseUnitFolder, sortUnits, type UnitRef } from './navigation';

describe('parseUnitFolder', () => {
  test('reads order and slug from a numbered folder', () => {
    expect(parseUnitFolder('02-understand-co-management')).toEqual({
      slug: 'understand-co-management',
      order: 2,
      folder: '02-understand-co-management',
    });
  });

  test('reads single-word slugs, slugs with digits and order 00', () => {
    expect(parseUnitFolder('07-summary')).toEqual({ slug: 'summary', order: 7, folder: '07-summary' });
    expect(parseUnitFolder('12-step-2')).toEqual({ slug: 'step-2', order: 12, folder: '12-step-2' });
    expect(parseUnitFolder('00-2fa')).toEqual({ slug: '2fa', order: 0, folder: '00-2fa' });
  });

  test.each([
    '',
    'introduction',
    '1-introduction',
    '001-introduction',
    '01introduction',
    '01-',
    '01_introduction',
    '01-Introduction',
    '01-introduction-',
    '01--introduction',
    '01-intro_duction',
    ' 01-introduction',
    '01-introduction/index.mdx',
    'ab-introduction',
  ])('returns null for %j', (folder) => {
    expect(parseUnitFolder(folder)).toBeNull();
  });
});

const unit = (order: number, slug: string): UnitRef => ({
  slug,
  order,
  folder: `${String(order).padStart(2, '0')}-${slug}`,
});

describe('sortUnits', () => {
  test('orders by number, not by reading order', () => {
    const units = [unit(3, 'prerequisites'), unit(1, 'introduction'), unit(10, 'extra'), unit(2, 'benefits')];
    expect(sortUnits(units).map((u) => u.slug)).toEqual(['introduction', 'benefits', 'prerequisites', 'extra']);
  });

  test('breaks ties by slug and leaves the input untouched', () => {
    const units = [unit(2, 'b'), unit(2, 'a'), unit(1, 'c')];
    expect(sortUnits(units).map((u) => u.slug)).toEqual(['c', 'a', 'b']);
    expect(units.map((u) => u.slug)).toEqual(['b', 'a', 'c']);
  });

  test('keeps extra fields and handles an empty list', () => {
    expect(
      sortUnits([
        { order: 2, slug: 'b', title: 'B' },
        { order: 1, slug: 'a', title: 'A' },
      ]),
    ).toEqual([
      { order: 1, slug: 'a', title: 'A' },
      { order: 2, slug: 'b', title: 'B' },
    ]);
    expect(sortUnits([])).toEqual([]);
  });
});

describe('neighbours', () => {
  const units = [unit(1, 'introduction'), unit(2, 'benefits'), unit(3, 'prerequisites')];

  test('first unit has no previous', () => {
    expect(neighbours(units, 'introduction')).toEqual({ previous: null, next: unit(2, 'benefits') });
  });

  test('middle unit has both', () => {
    expect(neighbours(units, 'benefits')).toEqual({
      previous: unit(1, 'introduction'),
      next: unit(3, 'prerequisites'),
    });
  });

  test('last unit has no next', () => {
    expect(neighbours(units, 'prerequisites')).toEqual({ previous: unit(2, 'benefits'), next: null });
  });

  test('unknown slug, single unit and empty list give nulls', () => {
    expect(neighbours(units, 'paths')).toEqual({ previous: null, next: null });
    expect(neighbours([unit(1, 'introduction')], 'introduction')).toEqual({ previous: null, next: null });
    expect(neighbours([], 'introduction')).toEqual({ previous: null, next: null });
  });

  test('returns the same objects it was given', () => {
    expect(neighbours(units, 'benefits').next).toBe(units[2]);
  });
});

describe('continueTarget', () => {
  const slugs = ['introduction', 'benefits', 'prerequisites', 'connector-status'];

  test('null when there are no units', () => {
    expect(continueTarget([], [], null)).toBeNull();
    expect(continueTarget([], ['introduction'], 'introduction')).toBeNull();
  });

  test('first unit when nothing is known', () => {
    expect(continueTarget(slugs, [], null)).toBe('introduction');
  });

  test('the last visited unit while it is not complete', () => {
    expect(continueTarget(slugs, [], 'prerequisites')).toBe('prerequisites');
    expect(continueTarget(slugs, ['introduction'], 'benefits')).toBe('benefits');
  });

  test('the first incomplete unit after a completed last visit', () => {
    expect(continueTarget(slugs, ['benefits'], 'benefits')).toBe('prerequisites');
    expect(continueTarget(slugs, ['benefits', 'prerequisites'], 'benefits')).toBe('connector-status');
  });

  test('the first incomplete unit anywhere when everything from the last visit on is complete', () => {
    expect(continueTarget(slugs, ['prerequisites', 'connector-status'], 'prerequisites')).toBe('introduction');
    expect(continueTarget(slugs, ['introduction', 'connector-status'], 'connector-status')).toBe('benefits');
  });

  test('the first incomplete unit when the last visit is unknown', () => {
    expect(continueTarget(slugs, ['introduction'], 'removed-unit')).toBe('benefits');
    expect(continueTarget(slugs, ['introduction'], null)).toBe('benefits');
  });

  test('the first unit when everything is complete, ignoring unknown completed slugs', () => {
    expect(continueTarget(slugs, [...slugs, 'removed-unit'], 'benefits')).toBe('introduction');
    expect(continueTarget(slugs, ['removed-unit'], null)).toBe('introduction');
  });
});
