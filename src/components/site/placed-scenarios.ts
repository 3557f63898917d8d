/**
 * Which labs a unit places: the scenarios its lesson body names with `<SimulatorSlot
 * scenario="id" />`, read at build time, so the unit of a lab is never written down twice. Pure (no
 * Astro), for `site-content.ts` and its tests.
 */

const SLOT = /<SimulatorSlot\s+scenario=["']([^"']+)["']/g;

/** Scenario ids placed in `body`, in the order they appear, each once. */
export function placedScenarios(body: string): string[] {
  return [...new Set(Array.from(body.matchAll(SLOT), (match) => match[1]!))];
}
