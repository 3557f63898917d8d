/**
 * The lab console's entry for a page whose scenario opens at `intune.automatic-enrollment`: that
 * view and its window's frame ship with the page, so they render without a click; every other view
 * loads on first use (see `../registry.ts`). Made for each view id; `SimulatorSlot.astro` picks
 * one by the scenario's `opensAt`.
 */
import { labConsoleEntry } from '../LabConsole';
import automaticEnrollmentView from '../intune/automatic-enrollment';
import IntuneFrame from '../intune/IntuneFrame';

export default labConsoleEntry({
  views: { 'intune.automatic-enrollment': automaticEnrollmentView },
  frames: { intune: IntuneFrame },
  // Here, not in the console's own code, so that a lab task's page cannot load the codec at all.
  shareLinks: () => import('../../../sim/share-link-encode'),
});
