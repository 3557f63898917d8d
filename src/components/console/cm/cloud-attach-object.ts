/**
 * The Cloud Attach node's object (CoMgmtSettingsProd): its name, its settings in the console's
 * words, the ids of the ribbon commands its dialogs return focus to, and opening the wizard. The
 * wizard and Properties use them too. Apart from the view (cloud-attach.tsx) because everything a
 * view module exports ships in its namespace object (the registry loads it with import()); in the
 * view's chunk (astro.config.mjs).
 */
import { SLIDER_LABELS, WORKLOAD_IDS, WORKLOAD_LABELS, passesGate } from '../../../sim/constants';
import { collectionName } from '../../../sim/collections';
import type { SimState, UploadScope } from '../../../sim/types';
import type { ViewId } from '../../../sim/views';
import type { ConsoleContext } from '../types';

/** The production co-management object's name (fact sheet 3.4 C, 5.6). */
export const OBJECT_NAME = 'CoMgmtSettingsProd';

/** The ribbon command that opens the wizard on this version (fact sheet 3.2). */
export function configureLabel(version: number): string {
  return version >= 2107 ? 'Configure Cloud Attach' : 'Configure co-management';
}

/** An upload scope in the console's words. */
export function uploadLabel(state: SimState, upload: UploadScope | null): string {
  if (upload === null) return 'Off';
  if (upload === 'all') return 'All devices managed by Microsoft Endpoint Configuration Manager';
  return `Specific Collection: ${collectionName(state, upload.collection)} (with its child collections)`;
}

/** The Properties tab a learner lands on first: Configure upload, or Enablement before 2002. */
export function firstPropertiesTab(version: number): ViewId {
  return passesGate('tenant-attach', version) ? 'cm.properties.configure-upload' : 'cm.properties.enablement';
}

/** The ribbon's Configure Cloud Attach: the wizard returns focus there. */
export const configureId = (p: string) => `${p}-cm-configure`;
/** The ribbon's Properties: the Properties dialog returns focus there. */
export const propertiesId = (p: string) => `${p}-cm-properties`;

/** Opens the wizard: the engine opens it (open-wizard) unless it is open already. */
export async function openWizard(ctx: ConsoleContext): Promise<void> {
  if (ctx.state.wizard) {
    ctx.open('cm.wizard');
    return;
  }
  if (await ctx.act({ type: 'open-wizard' })) ctx.open('cm.wizard');
}

/** One line per workload not at Configuration Manager, or "every workload at Configuration Manager". */
export function workloadsSummary(state: SimState): string[] {
  const { workloads } = state.settings.coManagement;
  const moved = WORKLOAD_IDS.flatMap((id, w) => {
    const s = workloads[w]!;
    if (s.position === 'configmgr') return [];
    const pilot =
      s.position === 'pilot-intune' && s.pilotCollection
        ? ` (workload pilot collection: ${collectionName(state, s.pilotCollection)})`
        : '';
    return [`${WORKLOAD_LABELS[id]}: ${SLIDER_LABELS[s.position]}${pilot}`];
  });
  return moved.length ? moved : ['Every workload at Configuration Manager'];
}
