/**
 * For store tests: saved progress lives in a plain object the test controls, other tabs' writes are
 * simulated with `setTestStorageKey`, and every test starts from nothing saved, no notice and fresh
 * stores.
 */
import { cleanStores } from 'nanostores';
import { afterEach, beforeAll, vi } from 'vitest';
import { setStorageEngine, type StorageChange, type StorageEvents } from './persistent-atom';
import { $progress, $progressProblem, dismissProgressNotice, resetProgress } from './progress';

const testStorage: Record<string, string> = {};
let testListeners: ((event: StorageChange) => void)[] = [];

const testEvents: StorageEvents = {
  addEventListener(_key, listener) {
    testListeners.push(listener);
  },
  removeEventListener(_key, listener) {
    testListeners = testListeners.filter((other) => other !== listener);
  },
};

/** Atoms read and write the test storage from now on; `setTestStorageKey` reaches those mounted. */
export function useTestStorageEngine(): void {
  setStorageEngine(testStorage, testEvents);
}

/**
 * The progress store evaluated afresh, as a new page loads it, over the same test storage (a fresh
 * module would otherwise start from the browser's storage, which tests do not have).
 */
export async function loadFreshProgressStore(): Promise<typeof import('./progress')> {
  vi.resetModules();
  (await import('./persistent-atom')).setStorageEngine(testStorage, testEvents);
  return import('./progress');
}

/** Another tab writes `value` under `key` (undefined removes it): storage changes and a `storage` event follows. */
export function setTestStorageKey(key: string, value: string | undefined): void {
  if (value === undefined) delete testStorage[key];
  else testStorage[key] = value;
  for (const listener of testListeners) listener({ key, newValue: value ?? null });
}

/** The test storage itself: writing to it directly is a write no event announces. */
export const getTestStorage = (): Record<string, string> => testStorage;

export function useProgressTestStorage(): void {
  beforeAll(() => {
    useTestStorageEngine();
  });

  afterEach(() => {
    cleanStores($progress, $progressProblem);
    for (const key of Object.keys(testStorage)) setTestStorageKey(key, undefined);
    resetProgress();
    dismissProgressNotice();
  });
}
