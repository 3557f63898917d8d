/**
 * Share links on a scenario's own page: `#s=<code>` in the address opens the shared session in
 * the lab and the view the link carries. A link pasted into a tab already open on the page applies
 * without a reload (`hashchange`); the same code is opened once per page, so the "Opened a shared
 * session" notice shows once (a later change clears it, and moving within the page does not bring
 * it back). A link of another lab is not opened: the store's notice names that lab and links to it.
 */
import { useEffect } from 'preact/hooks';
import type { SimulatorStore } from '../../stores/simulator';
import type { ViewLocation } from '../../sim/views';

/** The share code in an address's fragment, or null. */
export function shareCodeOf(hash: string): string | null {
  const match = /^#s=(.+)$/.exec(hash);
  return match ? match[1]! : null;
}

/**
 * Opens `#s=` links into `store` while `enabled` (a scenario's own page, not a presenter's or a
 * quiz's lab), and calls `open` with the view the link carries once its session is restored.
 */
export function useShareLink(store: SimulatorStore, enabled: boolean, open: (location: ViewLocation) => void): void {
  useEffect(() => {
    if (!enabled) return;
    let opened: string | null = null;
    let alive = true;
    function apply(): void {
      const code = shareCodeOf(window.location.hash);
      if (code === null || code === opened) return;
      opened = code;
      void store.openLink(code).then((result) => {
        if (alive && result.ok) open(result.location);
      });
    }
    apply();
    window.addEventListener('hashchange', apply);
    return () => {
      alive = false;
      window.removeEventListener('hashchange', apply);
    };
    // `open` changes with every render of the console; the newest is called through the closure of
    // the effect only for the store it was set up with, which is what a link opens into.
  }, [store, enabled]);
}
