/**
 * A button that opens the browser's print dialog: the page's print stylesheet decides what goes
 * on paper. A click handler set by Preact, not an inline `onclick`, so it works under the site's
 * Content-Security-Policy. Disabled until hydrated, as a button that does nothing yet should be.
 */
import { useEffect, useState } from 'preact/hooks';

export default function PrintButton({ label }: { label: string }) {
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  return (
    <button type="button" class="button button--quiet" disabled={!live} onClick={() => window.print()}>
      {label}
    </button>
  );
}
