/**
 * False in the server HTML and during hydration, true once the island runs. The site's
 * Content-Security-Policy refuses `style` attributes in HTML, so computed sizes and positions
 * (windowed rows, bars) are set only once live, when Preact sets them through element.style.
 */
import { useEffect, useState } from 'preact/hooks';

export function useHydrated(): boolean {
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  return live;
}
