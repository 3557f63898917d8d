/**
 * `self.firstPaint`: settles after the page's first contentful paint, as the browser reports it
 * (Paint Timing), at the latest after a second (a browser without paint timing, a tab drawn in the
 * background). Set by the inline head script; what waits for it: the heading face
 * (heading-font.ts) and the island element before it fetches an island's code (island-element.js).
 */
// A module (for `declare global`): the head script imports it for its effect.
export {};

declare global {
  /** Settles after the page's first contentful paint (or a second); set by the inline head script. */
  var firstPaint: Promise<void>;
}

self.firstPaint = new Promise<void>((painted) => {
  new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').length && painted()).observe({
    type: 'paint',
    buffered: true,
  });
  setTimeout(painted, 1000);
});
