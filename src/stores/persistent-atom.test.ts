import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { persistentAtom, setStorageEngine, type StorageChange } from './persistent-atom';

let storage: Record<string, string>;
let listeners: ((event: StorageChange) => void)[];
let restores: (() => void)[];
const codec = { encode: (value: number) => (value === 0 ? undefined : String(value)), decode: Number };

beforeEach(() => {
  storage = {};
  listeners = [];
  restores = [];
  setStorageEngine(storage, {
    addEventListener(_key, listener, restore) {
      listeners.push(listener);
      restores.push(restore);
    },
    removeEventListener(_key, listener, restore) {
      listeners = listeners.filter((other) => other !== listener);
      restores = restores.filter((other) => other !== restore);
    },
  });
});
afterEach(() => vi.useRealTimers());

describe('persistentAtom', () => {
  test('starts from what is saved, or from its initial value', () => {
    storage.n = '5';
    expect(persistentAtom('n', 0, codec).get()).toBe(5);
    expect(persistentAtom('m', 7, codec).get()).toBe(7);
  });

  test('saves every value it is set to; a value encoded as undefined removes the key', () => {
    const $n = persistentAtom('n', 0, codec);
    $n.set(3);
    expect(storage).toEqual({ n: '3' });
    $n.set(0);
    expect(storage).toEqual({});
  });

  test("while mounted, follows another tab's writes, removals and a clear of all storage", () => {
    const $n = persistentAtom('n', 0, codec);
    const seen: number[] = [];
    $n.listen((value) => seen.push(value));
    storage.n = '4';
    listeners.forEach((listener) => listener({ key: 'n', newValue: '4' }));
    listeners.forEach((listener) => listener({ key: 'other', newValue: 'x' }));
    listeners.forEach((listener) => listener({ key: 'n', newValue: null }));
    $n.set(2);
    delete storage.n;
    listeners.forEach((listener) => listener({ key: null, newValue: null }));
    expect(seen).toEqual([4, 0, 2, 0]);
    // Another tab's write is not written back.
    expect(storage).toEqual({});
    cleanStores($n);
  });

  test('reads storage again when it mounts and when the page comes back from the back/forward cache', () => {
    const $n = persistentAtom('n', 0, codec);
    storage.n = '8';
    const seen: number[] = [];
    $n.listen((value) => seen.push(value));
    expect($n.get()).toBe(8);
    storage.n = '9';
    restores.forEach((restore) => restore());
    expect(seen).toEqual([9]);
    cleanStores($n);
  });

  test('stops listening a second after its last listener goes', () => {
    vi.useFakeTimers();
    const $n = persistentAtom('n', 0, codec);
    const stop = $n.listen(() => {});
    expect(listeners).toHaveLength(1);
    stop();
    vi.advanceTimersByTime(999);
    expect(listeners).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(listeners).toHaveLength(0);
  });

  test('keeps values in memory when even asking for localStorage throws (storage blocked)', async () => {
    vi.stubGlobal('window', new EventTarget());
    vi.stubGlobal('addEventListener', () => {});
    vi.stubGlobal('removeEventListener', () => {});
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      vi.resetModules();
      const fresh = await import('./persistent-atom');
      const $n = fresh.persistentAtom('n', 1, codec);
      $n.set(4);
      expect($n.get()).toBe(4);
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
      vi.unstubAllGlobals();
    }
  });
});
