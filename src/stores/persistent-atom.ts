/**
 * An atom kept in Web Storage under one key: read when the atom mounts (its first listener), written
 * on every `set`, and kept in step with other tabs (`storage` events) and with a page restored from
 * the back/forward cache (`pageshow`) while it is mounted.
 *
 * It behaves as @nanostores/persistent's `persistentAtom` did here, which the course used before.
 * That library mounts through nanostores' lifecycle module; the two weighed about 560 B gzip in the
 * shared site script and on every page with an island, and the course needs only this one function
 * of them. Unlike the library, the atom stops listening as soon as its last listener goes rather
 * than a second later: a `get()` while nothing listens reads storage afresh.
 */
import { atom, clean, type WritableAtom } from 'nanostores';

/** How the atom hears of changes made elsewhere: `listener` gets other tabs' writes, `restore` re-reads storage. */
export interface StorageEvents {
  addEventListener(key: string, listener: (event: StorageChange) => void, restore: () => void): void;
  removeEventListener(key: string, listener: (event: StorageChange) => void, restore: () => void): void;
}

/** The part of a `storage` event the atom reads: `key` is null when another tab cleared all storage. */
export interface StorageChange {
  key: string | null;
  newValue: string | null;
}

/** Another tab's writes arrive as `storage` events; a page back from the back/forward cache fires `pageshow`. */
export const windowStorageEvents: StorageEvents = {
  addEventListener(_key, listener, restore) {
    addEventListener('storage', listener);
    addEventListener('pageshow', restore);
  },
  removeEventListener(_key, listener, restore) {
    removeEventListener('storage', listener);
    removeEventListener('pageshow', restore);
  },
};

const noEvents: StorageEvents = { addEventListener() {}, removeEventListener() {} };

function browserStorage(): Record<string, string> {
  try {
    return typeof localStorage === 'undefined' ? {} : (localStorage as unknown as Record<string, string>);
  } catch {
    // Even asking for localStorage throws when the browser blocks it (privacy settings): keep it in memory.
    return {};
  }
}

let storage: Record<string, string> = browserStorage();
let events: StorageEvents = typeof window === 'undefined' ? noEvents : windowStorageEvents;

/**
 * Where atoms keep their values from now on (their next read or write) and how they hear of
 * changes (from their next mount). The progress store moves to memory with it when a save fails;
 * tests use it for a storage they control.
 */
export function setStorageEngine(nextStorage: Record<string, string>, nextEvents: StorageEvents): void {
  storage = nextStorage;
  events = nextEvents;
}

export interface PersistentOptions<T> {
  /** The stored text of a value; undefined removes the key. */
  encode(value: T): string | undefined;
  decode(text: string): T;
}

/** An atom saved under `key`; `initial` while the key is absent. */
export function persistentAtom<T>(key: string, initial: T, { encode, decode }: PersistentOptions<T>): WritableAtom<T> {
  // The text this atom last read or wrote: a restore with the same text in storage changes nothing.
  let known: string | undefined = storage[key];
  const store = atom<T>(key in storage ? decode(known!) : initial);
  const setInMemory = store.set;

  store.set = (value) => {
    known = encode(value);
    if (known === undefined) delete storage[key];
    else storage[key] = known;
    setInMemory(value);
  };

  const listener = ({ key: changed, newValue }: StorageChange) => {
    if (changed === key) setInMemory(newValue === null ? initial : decode(newValue));
    // Another tab cleared storage (key null) or removed ours some other way.
    else if (!(key in storage)) setInMemory(initial);
  };

  const restore = () => {
    if (known !== storage[key]) store.set(key in storage ? decode(storage[key]!) : initial);
  };

  // Mounted: the events engine this atom listens to, so that it unsubscribes from the same one.
  let mounted: StorageEvents | undefined;
  const listen = store.listen;
  store.listen = (onChange) => {
    if (!mounted) {
      restore();
      mounted = events;
      mounted.addEventListener(key, listener, restore);
    }
    return listen(onChange);
  };
  const unmount = () => {
    mounted?.removeEventListener(key, listener, restore);
    mounted = undefined;
  };
  // Called by the atom when its last listener goes. As in nanostores' lifecycle, the atom stays
  // mounted a second longer, so a `get()` (a listener for an instant) or a quick resubscribe does
  // not re-read storage.
  store.off = () => setTimeout(() => store.lc || unmount(), 1000);
  // `cleanStores` (tests only) unmounts at once, as the lifecycle module did; left out of the build.
  if (!import.meta.env.PROD) {
    const cleanAtom = (store as unknown as Record<symbol, () => void>)[clean]!;
    (store as unknown as Record<symbol, () => void>)[clean] = () => {
      cleanAtom();
      unmount();
    };
  }
  return store;
}
