/**
 * Which labs a unit places: the scenarios its lesson body names with `<SimulatorSlot
 * scenario="id" />`, read at build time, so the unit of a lab is never written down twice. Pure (no
 * Astro), for `site-content.ts` and its tests.
 */
import { MdxBodyError, tryReadMdxBody } from '../../schemas/mdx-body';

/**
 * Scenario ids placed in `body`, in the order they appear, each once. A body that is not valid MDX
 * places none: the content checks report it (and Astro's MDX compile stops the build on it).
 */
export function placedScenarios(body: string): string[] {
  const read = tryReadMdxBody(body);
  if (read instanceof MdxBodyError) return [];
  const ids = read.tags('SimulatorSlot').flatMap((tag) => {
    const scenario = tag.attributes.get('scenario');
    return scenario?.kind === 'string' ? [scenario.value] : [];
  });
  return [...new Set(ids)];
}
