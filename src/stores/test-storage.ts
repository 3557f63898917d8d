/**
 * For store tests: saved progress lives in @nanostores/persistent's test storage, and every test
 * starts from nothing saved, no notice and fresh stores.
 */
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { afterEach, beforeAll } from 'vitest';
import { $progress, $progressProblem, dismissProgressNotice, resetProgress } from './progress';

export function useProgressTestStorage(): void {
  beforeAll(() => {
    useTestStorageEngine();
  });

  afterEach(() => {
    cleanStores($progress, $progressProblem);
    cleanTestStorage();
    resetProgress();
    dismissProgressNotice();
  });
}
