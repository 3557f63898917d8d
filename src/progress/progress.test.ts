import { describe, expect, test } from 'vitest';
import { emptyProgress, isUnitComplete, isUnitSlug, progressReducer, type Progress } from './progress';

const progress = (completedUnits: string[], lastVisitedUnit: string | null = null): Progress => ({
  version: 1,
  completedUnits,
  lastVisitedUnit,
});

describe('emptyProgress', () => {
  test('returns version 1 with nothing done, as a new object each time', () => {
    expect(emptyProgress()).toEqual({ version: 1, completedUnits: [], lastVisitedUnit: null });
    expect(emptyProgress()).not.toBe(emptyProgress());
  });
});

describe('isUnitSlug', () => {
  test('accepts kebab-case slugs', () => {
    expect(['introduction', 'connector-status', 'step-2', '2fa'].every(isUnitSlug)).toBe(true);
  });

  test('rejects anything else', () => {
    for (const slug of ['', 'Intro', '01_intro', '-intro', 'intro-', 'a--b', 'a b', 'a/b', 3, null, undefined]) {
      expect(isUnitSlug(slug)).toBe(false);
    }
  });
});

describe('isUnitComplete', () => {
  test('is true only for completed units', () => {
    const state = progress(['benefits', 'introduction'], 'paths');
    expect(isUnitComplete(state, 'benefits')).toBe(true);
    expect(isUnitComplete(state, 'paths')).toBe(false);
    expect(isUnitComplete(emptyProgress(), 'benefits')).toBe(false);
  });
});

describe('progressReducer', () => {
  describe('complete-unit', () => {
    test('adds the slug and keeps the list sorted', () => {
      const state = progress(['benefits', 'prerequisites'], 'paths');
      expect(progressReducer(state, { type: 'complete-unit', slug: 'introduction' })).toEqual(
        progress(['benefits', 'introduction', 'prerequisites'], 'paths'),
      );
      expect(progressReducer(state, { type: 'complete-unit', slug: 'summary' })).toEqual(
        progress(['benefits', 'prerequisites', 'summary'], 'paths'),
      );
    });

    test('does not mutate the state it was given', () => {
      const state = progress(['benefits']);
      progressReducer(state, { type: 'complete-unit', slug: 'introduction' });
      expect(state).toEqual(progress(['benefits']));
    });

    test('returns the same object for a unit already complete', () => {
      const state = progress(['benefits']);
      expect(progressReducer(state, { type: 'complete-unit', slug: 'benefits' })).toBe(state);
    });

    test('returns the same object for a malformed slug', () => {
      const state = progress([]);
      for (const slug of ['', 'Benefits', 'a b', '../x']) {
        expect(progressReducer(state, { type: 'complete-unit', slug })).toBe(state);
      }
    });
  });

  describe('uncomplete-unit', () => {
    test('removes the slug', () => {
      const state = progress(['benefits', 'introduction', 'paths'], 'paths');
      expect(progressReducer(state, { type: 'uncomplete-unit', slug: 'introduction' })).toEqual(
        progress(['benefits', 'paths'], 'paths'),
      );
    });

    test('returns the same object for a unit that is not complete', () => {
      const state = progress(['benefits']);
      expect(progressReducer(state, { type: 'uncomplete-unit', slug: 'paths' })).toBe(state);
      expect(progressReducer(state, { type: 'uncomplete-unit', slug: 'Not A Slug' })).toBe(state);
    });
  });

  describe('visit-unit', () => {
    test('records the unit and leaves completion alone', () => {
      const state = progress(['benefits'], 'benefits');
      expect(progressReducer(state, { type: 'visit-unit', slug: 'paths' })).toEqual(progress(['benefits'], 'paths'));
      expect(progressReducer(emptyProgress(), { type: 'visit-unit', slug: 'introduction' })).toEqual(
        progress([], 'introduction'),
      );
    });

    test('returns the same object for the unit already recorded or a malformed slug', () => {
      const state = progress([], 'paths');
      expect(progressReducer(state, { type: 'visit-unit', slug: 'paths' })).toBe(state);
      expect(progressReducer(state, { type: 'visit-unit', slug: 'Paths' })).toBe(state);
    });
  });

  describe('reset', () => {
    test('returns empty progress', () => {
      expect(progressReducer(progress(['benefits'], 'paths'), { type: 'reset' })).toEqual(emptyProgress());
      expect(progressReducer(progress(['benefits']), { type: 'reset' })).toEqual(emptyProgress());
      expect(progressReducer(progress([], 'paths'), { type: 'reset' })).toEqual(emptyProgress());
    });

    test('returns the same object when there is nothing to reset', () => {
      const state = emptyProgress();
      expect(progressReducer(state, { type: 'reset' })).toBe(state);
    });
  });

  test('a sequence of actions', () => {
    const actions = [
      { type: 'visit-unit', slug: 'introduction' },
      { type: 'complete-unit', slug: 'introduction' },
      { type: 'visit-unit', slug: 'understand-co-management' },
      { type: 'complete-unit', slug: 'understand-co-management' },
      { type: 'uncomplete-unit', slug: 'introduction' },
    ] as const;
    expect(actions.reduce(progressReducer, emptyProgress())).toEqual(
      progress(['understand-co-management'], 'understand-co-management'),
    );
  });
});
