/**
 * `useStore` for Preact islands: re-renders when a nanostore changes.
 * @nanostores/preact's hook would also pull `listenKeys` into the chunk every page shares (the
 * site script's 3 KB budget); atoms are all the islands use, so a subscription is enough.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';

export function useStore<T>(store: ReadableAtom<T>): T {
  const [, setVersion] = useState(0);
  useEffect(() => {
    let last = store.get();
    // The value may have changed between render and this effect: catch up before listening.
    setVersion((version) => version + 1);
    return store.listen((value) => {
      if (value !== last) {
        last = value;
        setVersion((version) => version + 1);
      }
    });
  }, [store]);
  return store.get();
}
