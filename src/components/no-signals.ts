/**
 * Stands in for `@preact/signals` in the browser build (astro.config.mjs, resolve.alias). Astro's
 * Preact renderer imports signals only to revive signal props of an island, and no island here
 * takes one (props are plain data from the page), so the import never runs; without this stand-in
 * the 3 KB library would still be a chunk every island page could reach. Should an island ever be
 * given a signal prop, hydration stops with this error rather than misbehaving quietly.
 */
export function signal(): never {
  throw new Error('An island got a signal prop (see no-signals.ts)');
}
