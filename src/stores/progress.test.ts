import {
  getTestStorage,
  loadFreshProgressStore,
  setTestStorageKey,
  useProgressTestStorage,
  useTestStorageEngine,
} from './test-storage';
import { cleanStores } from 'nanostores';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Progress } from '../progress/progress';
import {
  $progress,
  $progressProblem,
  PROGRESS_KEY,
  checkItem,
  completeUnit,
  dismissProgressNotice,
  resetProgress,
  uncheckItem,
  uncompleteUnit,
  visitUnit,
} from './progress';
import { progressOf as progress } from '../progress/test-fixtures';

const empty = progress([]);
const json = (value: unknown) => JSON.stringify(value);
const saved = () => getTestStorage()[PROGRESS_KEY];
const newer = json({ version: 4, completedUnits: ['paths'], lastVisitedUnit: null, checks: {} });

/** Mounts the stores and records every value they emit from now on. */
function record() {
  const values: Progress[] = [];
  const notices: (string | null)[] = [];
  $progress.listen((value) => values.push(value));
  $progressProblem.listen((value) => notices.push(value));
  return { values, notices };
}

useProgressTestStorage();

describe('$progress', () => {
  test('starts empty with nothing saved', () => {
    const { values } = record();
    expect($progress.get()).toEqual(empty);
    expect(saved()).toBeUndefined();
    expect(values).toEqual([]);
  });

  test('emits once per real change and saves each value', () => {
    const { values, notices } = record();
    const writes: (string | undefined)[] = [];
    $progress.listen(() => writes.push(saved()));

    visitUnit('introduction');
    completeUnit('introduction');
    completeUnit('introduction');
    visitUnit('introduction');
    visitUnit('understand-co-management');
    completeUnit('understand-co-management');
    uncompleteUnit('introduction');
    uncompleteUnit('paths');
    completeUnit('Not a slug');
    visitUnit('');

    expect(values).toEqual([
      progress([], 'introduction'),
      progress(['introduction'], 'introduction'),
      progress(['introduction'], 'understand-co-management'),
      progress(['introduction', 'understand-co-management'], 'understand-co-management'),
      progress(['understand-co-management'], 'understand-co-management'),
    ]);
    expect(writes).toEqual(values.map(json));
    expect(notices).toEqual([]);
  });

  test('checkItem and uncheckItem emit once per real change and save each value', () => {
    const { values, notices } = record();
    const writes: (string | undefined)[] = [];
    $progress.listen(() => writes.push(saved()));

    checkItem('prerequisites/sccm-version');
    checkItem('prerequisites/licences');
    checkItem('prerequisites/sccm-version');
    visitUnit('prerequisites');
    checkItem('prerequisites/azure-ad');
    uncheckItem('prerequisites/licences');
    uncheckItem('prerequisites/licences');
    uncheckItem('prerequisites/co-management');
    checkItem('Prereq/x');
    checkItem('prerequisites');
    checkItem('a/b/c');
    checkItem('');
    uncheckItem('Prerequisites/azure-ad');
    uncheckItem('');
    completeUnit('prerequisites');

    expect(values).toEqual([
      progress([], null, ['prerequisites/sccm-version']),
      progress([], null, ['prerequisites/licences', 'prerequisites/sccm-version']),
      progress([], 'prerequisites', ['prerequisites/licences', 'prerequisites/sccm-version']),
      progress([], 'prerequisites', ['prerequisites/azure-ad', 'prerequisites/licences', 'prerequisites/sccm-version']),
      progress([], 'prerequisites', ['prerequisites/azure-ad', 'prerequisites/sccm-version']),
      progress(['prerequisites'], 'prerequisites', ['prerequisites/azure-ad', 'prerequisites/sccm-version']),
    ]);
    expect(writes).toEqual(values.map(json));
    expect(notices).toEqual([]);
  });

  test('unticking the last item saves empty progress rather than removing the key', () => {
    const { values } = record();
    checkItem('prerequisites/licences');
    uncheckItem('prerequisites/licences');
    expect(values).toEqual([progress([], null, ['prerequisites/licences']), empty]);
    expect(saved()).toBe(json(empty));
  });

  test('reset emits empty progress once and removes the saved value', () => {
    completeUnit('paths');
    visitUnit('paths');
    const { values } = record();

    resetProgress();
    resetProgress();

    expect(values).toEqual([empty]);
    expect(PROGRESS_KEY in getTestStorage()).toBe(false);
    completeUnit('benefits');
    expect(values).toEqual([empty, progress(['benefits'])]);
    expect(saved()).toBe(json(progress(['benefits'])));
  });

  test('reset clears ticked checklist items', () => {
    checkItem('prerequisites/licences');
    checkItem('prerequisites/azure-ad');
    const { values } = record();

    resetProgress();

    expect(values).toEqual([empty]);
    expect(PROGRESS_KEY in getTestStorage()).toBe(false);
    checkItem('prerequisites/licences');
    expect(values).toEqual([empty, progress([], null, ['prerequisites/licences'])]);
    expect(saved()).toBe(json(progress([], null, ['prerequisites/licences'])));
  });

  test('follows changes saved by another tab, including a removal', () => {
    const { values, notices } = record();

    setTestStorageKey(PROGRESS_KEY, json(progress(['paths', 'benefits', 'paths'], 'paths')));
    completeUnit('introduction');
    setTestStorageKey(PROGRESS_KEY, undefined);

    expect(values).toEqual([
      progress(['benefits', 'paths'], 'paths'),
      progress(['benefits', 'introduction', 'paths'], 'paths'),
      empty,
    ]);
    expect(notices).toEqual([]);
    // A removal leaves the store holding its initial value, as in a browser, so a reset is a no-op.
    resetProgress();
    expect(values).toHaveLength(3);
  });

  test('follows ticks saved by another tab', () => {
    const { values, notices } = record();

    setTestStorageKey(
      PROGRESS_KEY,
      json(progress([], null, ['setup/tenant', 'prerequisites/licences', 'setup/tenant'])),
    );
    checkItem('prerequisites/azure-ad');
    uncheckItem('setup/tenant');

    expect(values).toEqual([
      progress([], null, ['prerequisites/licences', 'setup/tenant']),
      progress([], null, ['prerequisites/azure-ad', 'prerequisites/licences', 'setup/tenant']),
      progress([], null, ['prerequisites/azure-ad', 'prerequisites/licences']),
    ]);
    expect(saved()).toBe(json(progress([], null, ['prerequisites/azure-ad', 'prerequisites/licences'])));
    expect(notices).toEqual([]);
  });

  test('an action that changes nothing writes nothing', () => {
    completeUnit('paths');
    visitUnit('paths');
    // Another tab's write whose storage event has not arrived yet must survive a no-op here.
    getTestStorage()[PROGRESS_KEY] = json(progress(['benefits', 'paths'], 'paths'));
    completeUnit('paths');
    visitUnit('paths');
    uncompleteUnit('benefits');
    expect(saved()).toBe(json(progress(['benefits', 'paths'], 'paths')));
  });

  test('a tick that changes nothing writes nothing', () => {
    checkItem('prerequisites/licences');
    getTestStorage()[PROGRESS_KEY] = json(progress(['paths'], null, ['prerequisites/licences', 'setup/tenant']));
    checkItem('prerequisites/licences');
    uncheckItem('setup/tenant');
    checkItem('Not/an item');
    expect(saved()).toBe(json(progress(['paths'], null, ['prerequisites/licences', 'setup/tenant'])));
  });

  test('reads a value saved while nothing was listening when it mounts', () => {
    setTestStorageKey(PROGRESS_KEY, json(progress(['benefits'], 'paths')));
    record();
    expect($progress.get()).toEqual(progress(['benefits'], 'paths'));
  });
});

describe('unusable saved values', () => {
  const unreadable = 'corrupt';

  test('a corrupt value from another tab gives empty progress and a notice', () => {
    completeUnit('benefits');
    const { values, notices } = record();

    setTestStorageKey(PROGRESS_KEY, '{"version":1,"completedUnits":"benefits"');
    expect(values).toEqual([empty]);
    expect(notices).toEqual([unreadable]);

    completeUnit('paths');
    expect(values).toEqual([empty, progress(['paths'])]);
    expect(saved()).toBe(json(progress(['paths'])));

    dismissProgressNotice();
    expect(notices).toEqual([unreadable, null]);
  });

  test.each([
    ['corrupt', 'not json'],
    ['foreign', '[1,2,3]'],
    ['old-version', json({ version: 0, done: ['paths'] })],
  ] as const)('a %s value found on mount is replaced by empty progress', (problem, raw) => {
    setTestStorageKey(PROGRESS_KEY, raw);
    record();
    expect($progress.get()).toEqual(empty);
    expect($progressProblem.get()).toBe(problem);
    expect(saved()).toBe(json(empty));
  });

  describe('progress saved by a newer version', () => {
    const newerNotice = 'future-version';

    test('shows empty progress, ignores actions and never overwrites it', () => {
      completeUnit('benefits');
      const { values, notices } = record();

      setTestStorageKey(PROGRESS_KEY, newer);
      completeUnit('paths');
      uncompleteUnit('benefits');
      visitUnit('paths');
      checkItem('prerequisites/licences');
      uncheckItem('prerequisites/licences');

      expect(values).toEqual([empty]);
      expect(notices).toEqual([newerNotice]);
      expect(saved()).toBe(newer);

      // A later restore (remount, back/forward cache) writes back exactly what it read.
      cleanStores($progress);
      record();
      expect($progress.get()).toEqual(empty);
      expect(saved()).toBe(newer);
    });

    test('actions work again once a readable value arrives', () => {
      const { values } = record();
      setTestStorageKey(PROGRESS_KEY, newer);
      setTestStorageKey(PROGRESS_KEY, json(progress(['benefits'])));
      completeUnit('paths');
      expect(values).toEqual([empty, progress(['benefits']), progress(['benefits', 'paths'])]);
      expect(saved()).toBe(json(progress(['benefits', 'paths'])));
    });

    test('reset removes it', () => {
      const { values } = record();
      setTestStorageKey(PROGRESS_KEY, newer);
      resetProgress();
      expect(PROGRESS_KEY in getTestStorage()).toBe(false);
      completeUnit('paths');
      expect(values).toEqual([empty, empty, progress(['paths'])]);
      expect(values[0]).not.toBe(values[1]);
    });
  });
});

describe('on page load', () => {
  /** Evaluates the store module afresh, as a new page does, over the current test storage. */
  const load = loadFreshProgressStore;

  test('reads saved progress', async () => {
    setTestStorageKey(PROGRESS_KEY, json(progress(['paths'], 'paths')));
    const page = await load();
    expect(page.$progress.get()).toEqual(progress(['paths'], 'paths'));
    expect(page.$progressProblem.get()).toBeNull();
    cleanStores(page.$progress);
  });

  test('reads saved ticks, and a malformed tick makes the value corrupt', async () => {
    setTestStorageKey(PROGRESS_KEY, json(progress(['paths'], 'paths', ['prerequisites/licences'])));
    const page = await load();
    expect(page.$progress.get()).toEqual(progress(['paths'], 'paths', ['prerequisites/licences']));
    expect(page.$progressProblem.get()).toBeNull();
    cleanStores(page.$progress);

    setTestStorageKey(PROGRESS_KEY, json(progress(['paths'], 'paths', ['prerequisites/licences', 'Prereq/x'])));
    const next = await load();
    expect(next.$progress.get()).toEqual(empty);
    expect(next.$progressProblem.get()).toBe('corrupt');
    expect(PROGRESS_KEY in getTestStorage()).toBe(false);
    cleanStores(next.$progress);
  });

  test('replaces a corrupt value at once, so the notice shows only on this page', async () => {
    setTestStorageKey(PROGRESS_KEY, '{"version":"1"}');
    const page = await load();
    expect(page.$progress.get()).toEqual(empty);
    expect(page.$progressProblem.get()).toBe('corrupt');
    expect(PROGRESS_KEY in getTestStorage()).toBe(false);
    cleanStores(page.$progress);

    const next = await load();
    expect(next.$progressProblem.get()).toBeNull();
    cleanStores(next.$progress);
  });

  test('clears unreadable lab records at once, keeping the rest, and says so only on this page', async () => {
    const quizzes = { 'paths-quick-check': { attempts: [], best: 1, current: null } };
    setTestStorageKey(
      PROGRESS_KEY,
      json({ ...progress(['paths'], 'paths', [], quizzes), labs: { 'compliance-policies-first': 'self' } }),
    );
    const page = await load();
    expect(page.$progress.get()).toEqual(progress(['paths'], 'paths', [], quizzes));
    expect(page.$progressProblem.get()).toBe('corrupt-labs');
    expect(saved()).toBe(json(progress(['paths'], 'paths', [], quizzes)));
    cleanStores(page.$progress);

    const next = await load();
    expect(next.$progressProblem.get()).toBeNull();
    cleanStores(next.$progress);
  });

  test('keeps progress saved by a newer version and ignores actions', async () => {
    setTestStorageKey(PROGRESS_KEY, newer);
    const page = await load();
    page.completeUnit('benefits');
    expect(page.$progress.get()).toEqual(empty);
    expect(page.$progressProblem.get()).toBe('future-version');
    expect(saved()).toBe(newer);
    cleanStores(page.$progress);
  });

  describe('when the browser refuses to save', () => {
    afterEach(() => {
      useTestStorageEngine();
      vi.unstubAllGlobals();
    });

    /** Storage that reads fine but throws on every write, as a full localStorage does. */
    const fullStorage = () =>
      new Proxy({} as Record<string, string>, {
        set() {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      });

    test('goes on in memory, and says so, when a save fails', async () => {
      // The fallback listens for other tabs through window, as in the browser.
      vi.stubGlobal('window', new EventTarget());
      const page = await load();
      // The storage engine of the page's own (fresh) store module.
      const { setStorageEngine } = await import('./persistent-atom');
      setStorageEngine(fullStorage(), { addEventListener() {}, removeEventListener() {} });
      expect(page.$saving.get()).toBe(true);

      expect(() => page.completeUnit('paths')).not.toThrow();
      expect(page.$progress.get().completedUnits).toEqual(['paths']);
      expect(page.$saving.get()).toBe(false);

      page.completeUnit('introduction');
      page.resetProgress();
      page.visitUnit('paths');
      expect(page.$progress.get()).toEqual(progress([], 'paths'));
      cleanStores(page.$progress);
    });

    test('saves as before while writes succeed', async () => {
      const page = await load();
      page.completeUnit('paths');
      expect(page.$saving.get()).toBe(true);
      expect(JSON.parse(saved()!).completedUnits).toEqual(['paths']);
      cleanStores(page.$progress);
    });
  });
});
