/**
 * The co-management Properties' model (properties.tsx draws the dialog): its tabs, the draft it
 * holds until Apply, the fewest engine actions that apply the draft, what a pending upload change
 * does, the Enablement tab's command line and the Workloads tab's disabled stops. Pure functions
 * of the state, apart from the dialog's code (properties.tsx, properties-tabs.tsx) to keep each
 * file short.
 */
import {
  WORKLOAD_IDS,
  passesGate,
  type AutoEnrollment,
  type SliderPosition,
  type WorkloadId,
} from '../../../sim/constants';
import { formatSimTime, uploadScopeMark } from '../../../sim/derive';
import type { Action, SimState, UploadScope } from '../../../sim/types';
import { count } from './parts';

export type PropertiesTab = 'configure-upload' | 'enablement' | 'workloads' | 'staging';

export const TAB_LABELS: Readonly<Record<PropertiesTab, string>> = {
  'configure-upload': 'Configure upload',
  enablement: 'Enablement',
  workloads: 'Workloads',
  staging: 'Staging',
};

/** The tabs on this version: Configure upload comes with tenant attach (2002). */
export function propertiesTabs(version: number): PropertiesTab[] {
  return (Object.keys(TAB_LABELS) as PropertiesTab[]).slice(passesGate('tenant-attach', version) ? 0 : 1);
}

/** What the dialog holds until Apply. */
export interface Draft {
  upload: UploadScope | null;
  endpointAnalytics: boolean;
  autoEnrollment: AutoEnrollment;
  autoEnrollmentCollection: string | null;
  positions: SliderPosition[];
  pilots: (string | null)[];
}

export function draftOf(state: SimState): Draft {
  const attach = state.settings.cloudAttach;
  const co = state.settings.coManagement;
  return {
    upload: attach?.upload ?? null,
    endpointAnalytics: attach?.endpointAnalytics ?? false,
    autoEnrollment: co.autoEnrollment,
    autoEnrollmentCollection: co.autoEnrollmentCollection,
    positions: co.workloads.map((w) => w.position),
    pilots: co.workloads.map((w) => w.pilotCollection),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fewest engine actions that take the state to the draft, in an order the engine accepts. */
export function actionsFor(state: SimState, draft: Draft): Action[] {
  const now = draftOf(state);
  const actions: Action[] = [];
  if (!same(now.upload, draft.upload) || now.endpointAnalytics !== draft.endpointAnalytics)
    actions.push({ type: 'set-upload', upload: draft.upload, endpointAnalytics: draft.endpointAnalytics });
  const pilotChanged =
    draft.autoEnrollment === 'pilot' && draft.autoEnrollmentCollection !== now.autoEnrollmentCollection;
  if (draft.autoEnrollment !== now.autoEnrollment || pilotChanged)
    actions.push({
      type: 'set-auto-enrollment',
      autoEnrollment: draft.autoEnrollment,
      collection: draft.autoEnrollment === 'pilot' ? draft.autoEnrollmentCollection : null,
    });
  if (passesGate('per-workload-pilot', state.site.version)) {
    WORKLOAD_IDS.forEach((workload, k) => {
      const collection = draft.pilots[k];
      if (collection && collection !== now.pilots[k])
        actions.push({ type: 'set-pilot-collection', workload, collection });
    });
  } else if (draft.pilots[0] && draft.pilots[0] !== now.pilots[0]) {
    actions.push({ type: 'set-pilot-collection', workload: 'all', collection: draft.pilots[0] });
  }
  WORKLOAD_IDS.forEach((workload, k) => {
    if (draft.positions[k] !== now.positions[k])
      actions.push({ type: 'set-workload', workload, position: draft.positions[k]! });
  });
  return actions;
}

/**
 * What a pending upload change does to the admin center's list: devices leaving, devices coming,
 * and when (rule 13; the engine removes records at once when the upload is turned off).
 */
export function uploadChange(state: SimState, draft: Draft): string[] {
  const current = state.settings.cloudAttach?.upload ?? null;
  if (same(current, draft.upload)) return [];
  const visible = state.upload.visible;
  const lines: string[] = [];
  if (draft.upload === null) {
    if (visible.length)
      lines.push(
        `${count(visible.length, 'device')} will no longer be uploaded: turning the upload off offboards the hierarchy, and in this simulator their records leave the admin center as soon as you apply.`,
      );
    else lines.push('Turning the upload off offboards the hierarchy from the admin center.');
    return lines;
  }
  const mark = uploadScopeMark(state, draft.upload);
  let leaving = 0;
  for (const i of visible) if (!mark[i]) leaving++;
  let shown = 0;
  const isVisible = new Uint8Array(state.devices.length);
  for (const i of visible) isVisible[i] = 1;
  let coming = 0;
  mark.forEach((m, i) => {
    if (m) {
      shown++;
      if (!isVisible[i]) coming++;
    }
  });
  const next = state.upload.nextCycleAt;
  const when =
    next === null ? 'the first upload cycle after you apply' : `the next upload cycle (${formatSimTime(next)})`;
  const first = state.upload.lastSyncAt === null;
  if (leaving)
    lines.push(
      `${count(leaving, 'device')} will no longer be uploaded: they leave the admin center 5 to 10 minutes after ${when}.`,
    );
  if (first)
    lines.push(
      `The first upload cycle is a full sync of the ${count(shown, 'device')} in scope; later cycles upload only the changes (deltas).`,
    );
  else if (coming)
    lines.push(`${count(coming, 'more device')} will be uploaded by ${when}, a delta that sends only the changes.`);
  else if (leaving) lines.push('That cycle is a delta: it sends only the changes.');
  return lines;
}

/** The ccmsetup command line the Enablement tab shows once a cloud management gateway exists (fact sheet 6.2). */
export function commandLine(state: SimState): string | null {
  if (!state.site.cloudManagementGateway) return null;
  const code = state.site.code;
  // UNCONFIRMED values: the gateway's name and ID are made up in this simulator; the shape follows
  // Microsoft's example (CCMHOSTNAME without https://, then SMSSITECODE).
  return `CCMSETUPCMD="CCMHOSTNAME=${code}-CMG.CLOUDAPP.NET/CCM_Proxy_MutualAuth/72057594037927938 SMSSITECODE=${code}"`;
}

/** Why a workload's stops are disabled, given the draft (pending changes count). */
export function sliderGates(
  state: SimState,
  draft: Draft,
  workload: WorkloadId,
): Partial<Record<SliderPosition, string>> {
  const version = state.site.version;
  const k = WORKLOAD_IDS.indexOf(workload);
  const gates: Partial<Record<SliderPosition, string>> = {};
  const versionGate =
    workload === 'resource-access-policies' && !passesGate('resource-access-workload', version)
      ? 'Resource access policies are removed in Configuration Manager 2211.'
      : workload === 'endpoint-protection' && !passesGate('endpoint-protection-workload', version)
        ? 'The Endpoint Protection workload needs Configuration Manager 1802 or later.'
        : null;
  if (versionGate) return { 'pilot-intune': versionGate, intune: versionGate };
  if (draft.pilots[k] === null) gates['pilot-intune'] = 'Choose a workload pilot collection on the Staging tab first.';
  return gates;
}
