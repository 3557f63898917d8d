/**
 * The lab console's entry for a page whose scenario opens at `cm.properties.configure-upload`:
 * that view and the view it opens over (cm.cloud-attach) and its window's frame ship with the
 * page, so they render without a click; every other view loads on first use (see
 * `../registry.ts`). Made for each view id; `SimulatorSlot.astro` picks one by the scenario's
 * `opensAt`.
 */
import { labConsoleEntry } from '../LabConsole';
import propertiesView from '../cm/properties';
import cloudAttachView from '../cm/cloud-attach';
import CmFrame from '../cm/CmFrame';

export default labConsoleEntry({
  views: { 'cm.properties.configure-upload': propertiesView, 'cm.cloud-attach': cloudAttachView },
  frames: { cm: CmFrame },
  // Here, not in the console's own code, so that a lab task's page cannot load the codec at all.
  shareLinks: () => import('../../../sim/share-link-encode'),
});
