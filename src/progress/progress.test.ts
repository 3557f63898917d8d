import { describe, expect, test } from 'vitest';
import { emptyProgress, isChecklistItem, isUnitComplete, isUnitSlug, progressReducer } from './progress';
import { progressOf as progress } from './test-fixtures';

describe('emptyProgress', () => {
  test('returns version 3 with nothing done and no quiz or lab records, as a new object each time', () => {
    expect(emptyProgress()).toEqual({
      version: 3,
      completedUnits: [],
      lastVisitedUnit: null,
      checkedItems: [],
      quizzes: {},
      labs: {},
    });
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

describe('isChecklistItem', () => {
  test('accepts <checklist id>/<item id>, both kebab-case', () => {
    expect(['prerequisites/licences', 'prereq-2/azure-ad-join', 'a/b', '2fa/step-2'].every(isChecklistItem)).toBe(true);
  });

  test('rejects anything else', () => {
    for (const item of [
      '',
      'prerequisites',
      'Prereq/x',
      'prereq/X',
      'a/b/c',
      '/x',
      'prereq/',
      '/',
      'a-/b',
      'a/-b',
      'a--b/c',
      'a b/c',
      'a/b ',
      'a\\b',
      3,
      null,
      undefined,
      ['a/b'],
    ]) {
      expect(isChecklistItem(item)).toBe(false);
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

    test('leaves ticked checklist items alone', () => {
      const state = progress(['benefits'], 'paths', ['prerequisites/licences']);
      expect(progressReducer(state, { type: 'complete-unit', slug: 'paths' })).toEqual(
        progress(['benefits', 'paths'], 'paths', ['prerequisites/licences']),
      );
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

    test('leaves ticked checklist items alone', () => {
      const state = progress([], 'benefits', ['prerequisites/licences']);
      expect(progressReducer(state, { type: 'visit-unit', slug: 'paths' })).toEqual(
        progress([], 'paths', ['prerequisites/licences']),
      );
    });

    test('returns the same object for the unit already recorded or a malformed slug', () => {
      const state = progress([], 'paths');
      expect(progressReducer(state, { type: 'visit-unit', slug: 'paths' })).toBe(state);
      expect(progressReducer(state, { type: 'visit-unit', slug: 'Paths' })).toBe(state);
    });
  });

  describe('check-item', () => {
    test('adds the item and keeps the list sorted', () => {
      const state = progress(['benefits'], 'paths', ['prerequisites/co-management', 'prerequisites/sccm-version']);
      expect(progressReducer(state, { type: 'check-item', item: 'prerequisites/licences' })).toEqual(
        progress(['benefits'], 'paths', [
          'prerequisites/co-management',
          'prerequisites/licences',
          'prerequisites/sccm-version',
        ]),
      );
      expect(progressReducer(state, { type: 'check-item', item: 'prerequisites/azure-ad' })).toEqual(
        progress(['benefits'], 'paths', [
          'prerequisites/azure-ad',
          'prerequisites/co-management',
          'prerequisites/sccm-version',
        ]),
      );
      expect(progressReducer(state, { type: 'check-item', item: 'setup/tenant' })).toEqual(
        progress(['benefits'], 'paths', ['prerequisites/co-management', 'prerequisites/sccm-version', 'setup/tenant']),
      );
      expect(progressReducer(emptyProgress(), { type: 'check-item', item: 'prerequisites/licences' })).toEqual(
        progress([], null, ['prerequisites/licences']),
      );
    });

    test('does not mutate the state it was given', () => {
      const state = progress([], null, ['prerequisites/sccm-version']);
      progressReducer(state, { type: 'check-item', item: 'prerequisites/licences' });
      expect(state).toEqual(progress([], null, ['prerequisites/sccm-version']));
    });

    test('returns the same object for an item already ticked', () => {
      const state = progress(['benefits'], 'paths', ['prerequisites/licences']);
      expect(progressReducer(state, { type: 'check-item', item: 'prerequisites/licences' })).toBe(state);
    });

    test('returns the same object for a malformed item', () => {
      const state = progress(['benefits'], 'paths', ['prerequisites/licences']);
      for (const item of ['Prereq/x', 'prerequisites', 'a/b/c', '', 'prerequisites/Licences', '/licences', 'a b/c']) {
        expect(progressReducer(state, { type: 'check-item', item })).toBe(state);
      }
    });
  });

  describe('uncheck-item', () => {
    test('removes the item', () => {
      const state = progress(['benefits'], 'paths', [
        'prerequisites/co-management',
        'prerequisites/licences',
        'prerequisites/sccm-version',
      ]);
      expect(progressReducer(state, { type: 'uncheck-item', item: 'prerequisites/licences' })).toEqual(
        progress(['benefits'], 'paths', ['prerequisites/co-management', 'prerequisites/sccm-version']),
      );
      expect(
        progressReducer(progress([], null, ['prerequisites/licences']), {
          type: 'uncheck-item',
          item: 'prerequisites/licences',
        }),
      ).toEqual(emptyProgress());
    });

    test('does not mutate the state it was given', () => {
      const state = progress([], null, ['prerequisites/licences', 'prerequisites/sccm-version']);
      progressReducer(state, { type: 'uncheck-item', item: 'prerequisites/licences' });
      expect(state).toEqual(progress([], null, ['prerequisites/licences', 'prerequisites/sccm-version']));
    });

    test('returns the same object for an item that is not ticked', () => {
      const state = progress([], null, ['prerequisites/licences']);
      expect(progressReducer(state, { type: 'uncheck-item', item: 'prerequisites/sccm-version' })).toBe(state);
      const empty = emptyProgress();
      expect(progressReducer(empty, { type: 'uncheck-item', item: 'prerequisites/licences' })).toBe(empty);
    });

    test('returns the same object for a malformed item', () => {
      const state = progress([], null, ['prerequisites/licences']);
      for (const item of ['Prereq/x', 'prerequisites', 'a/b/c', '', 'Prerequisites/licences']) {
        expect(progressReducer(state, { type: 'uncheck-item', item })).toBe(state);
      }
    });
  });

  describe('reset', () => {
    test('returns empty progress', () => {
      expect(progressReducer(progress(['benefits'], 'paths'), { type: 'reset' })).toEqual(emptyProgress());
      expect(progressReducer(progress(['benefits']), { type: 'reset' })).toEqual(emptyProgress());
      expect(progressReducer(progress([], 'paths'), { type: 'reset' })).toEqual(emptyProgress());
    });

    test('clears ticked checklist items', () => {
      const ticked = progress(['benefits'], 'paths', ['prerequisites/licences']);
      expect(progressReducer(ticked, { type: 'reset' })).toEqual(emptyProgress());
      const onlyTicked = progress([], null, ['prerequisites/licences', 'prerequisites/sccm-version']);
      const reset = progressReducer(onlyTicked, { type: 'reset' });
      expect(reset).toEqual(emptyProgress());
      expect(reset).not.toBe(onlyTicked);
    });

    test('clears quiz and lab records, even when nothing else is saved', () => {
      const onlyQuizzes = progress([], null, [], { 'paths-quick-check': { attempts: [], best: 1, current: null } });
      expect(progressReducer(onlyQuizzes, { type: 'reset' })).toEqual(emptyProgress());
      const onlyLabs = progress(
        [],
        null,
        [],
        {},
        { 'compliance-policies-first': { met: ['compliance-to-pilot'], done: 'self' } },
      );
      expect(progressReducer(onlyLabs, { type: 'reset' })).toEqual(emptyProgress());
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

  test('a sequence of actions with checklist ticks', () => {
    const actions = [
      { type: 'visit-unit', slug: 'prerequisites' },
      { type: 'check-item', item: 'prerequisites/sccm-version' },
      { type: 'check-item', item: 'prerequisites/licences' },
      { type: 'check-item', item: 'prerequisites/sccm-version' },
      { type: 'check-item', item: 'Prerequisites/azure-ad' },
      { type: 'complete-unit', slug: 'prerequisites' },
      { type: 'check-item', item: 'prerequisites/azure-ad' },
      { type: 'uncheck-item', item: 'prerequisites/licences' },
      { type: 'uncheck-item', item: 'prerequisites/licences' },
    ] as const;
    expect(actions.reduce(progressReducer, emptyProgress())).toEqual(
      progress(['prerequisites'], 'prerequisites', ['prerequisites/azure-ad', 'prerequisites/sccm-version']),
    );
    expect([...actions, { type: 'reset' } as const].reduce(progressReducer, emptyProgress())).toEqual(emptyProgress());
  });
});
