/**
 * What the consoles show, derived from the state on demand: per device eligibility and funnel
 * stage, co-managed or not, effective authority per workload (a `devices x 7` byte table, with the
 * chain of reasons produced lazily per cell), applicable policies, "Managed by" and the
 * capabilities value. Nothing here is stored or cached. Whether a device is co-managed and its
 * authority (`authority.ts`) and the funnel (`funnel.ts`) have files of their own; this module
 * re-exports them, so callers import every derivation from here.
 */
import {
  AUTHORITY_INTUNE,
  JOIN_LABELS,
  OS_INFO,
  WORKLOAD_COUNT,
  WORKLOAD_IDS,
  W_COMPLIANCE,
  W_CLIENT_APPS,
  W_DEVICE_CONFIGURATION,
  W_ENDPOINT_PROTECTION,
  W_OFFICE,
  W_RESOURCE_ACCESS,
  W_WINDOWS_UPDATE,
  type WorkloadId,
} from './constants';
import { binaryIncludes, collectionTreeMark, isMember } from './collections';
import { explainAuthority, isCoManaged, mdmEnrolled, notCoManagedReason, type AuthorityExplanation } from './authority';
import { funnelOf, type FunnelView } from './funnel';
import { capabilitiesOf, type CapabilitiesValue } from './capabilities';
import { policiesOf, type PolicyOnDevice } from './policies';
import type { ManagedBy, SimState, UploadScope } from './types';

// ---------------------------------------------------------------------------------------------
// Co-managed (rule 3) and effective authority (rules 1, 3, 6): in `authority.ts`.

export * from './authority';

// ---------------------------------------------------------------------------------------------
// Capabilities (rule 11, community model): in `capabilities.ts`, which only the authority map's
// cell details show, so that pages opening elsewhere do not ship it at start.

export { CAPABILITY_BITS, CAPABILITIES_MODEL, capabilitiesOf, type CapabilitiesValue } from './capabilities';

// ---------------------------------------------------------------------------------------------
// Funnel (rules 4, 5, 17): in `funnel.ts`.

export * from './funnel';

// ---------------------------------------------------------------------------------------------
// Managed by (rules 12, 13)

export interface ManagedByView {
  /** As the admin center's Devices > All devices shows it, or null when the device is not listed. */
  value: ManagedBy | null;
  reason: string;
}

/** Is device i in the admin center's list of uploaded Configuration Manager devices? */
export function isUploaded(state: SimState, i: number): boolean {
  return binaryIncludes(state.upload.visible, i);
}

export function managedByOf(state: SimState, i: number): ManagedByView {
  const d = state.devices[i]!;
  if (mdmEnrolled(d)) {
    if (isCoManaged(state, i))
      return { value: 'Co-managed', reason: 'enrolled in Intune and co-managed with Configuration Manager' };
    // fact sheet silent: an enrolled device with the client but no co-management policy; the
    // engine shows it as Intune, since only Intune manages it through MDM.
    return {
      value: 'Intune',
      reason: d.client
        ? 'enrolled in Intune; the client has no co-management policy'
        : 'enrolled in Intune, no Configuration Manager client',
    };
  }
  if (isUploaded(state, i))
    return { value: 'ConfigMgr', reason: 'uploaded by tenant attach; managed by Configuration Manager only' };
  const upload = state.settings.cloudAttach?.upload ?? null;
  if (upload === null) return { value: null, reason: 'not shown: tenant attach does not upload devices' };
  if (!d.client) return { value: null, reason: 'not shown: only devices with Client = Yes are uploaded' };
  if (!inUploadScope(state, i)) return { value: null, reason: 'not shown: outside the upload scope' };
  return { value: null, reason: 'not shown yet: it appears after the next 15-minute upload cycle plus 5-10 minutes' };
}

/** Is device i in the configured upload scope now (client devices only)? */
export function inUploadScope(state: SimState, i: number): boolean {
  const upload = state.settings.cloudAttach?.upload ?? null;
  const d = state.devices[i];
  if (upload === null || !d || !d.client) return false;
  if (upload === 'all') return true;
  return uploadScopeMark(state)[i] === 1;
}

/**
 * Devices an upload scope covers now (rule 13; by default the configured one): client devices, all
 * or one collection with its child collections. Pending choices (the wizard's, a dialog's draft)
 * and the narration of a change ask it with theirs.
 */
export function uploadScopeMark(
  state: SimState,
  upload: UploadScope | null = state.settings.cloudAttach?.upload ?? null,
): Uint8Array {
  const n = state.devices.length;
  const mark = new Uint8Array(n);
  if (upload === null) return mark;
  const tree = upload === 'all' ? null : collectionTreeMark(state, upload.collection);
  for (let i = 0; i < n; i++) if ((!tree || tree[i]) && state.devices[i]!.client) mark[i] = 1;
  return mark;
}

/** How many devices an upload scope holds now. */
export function uploadScopeSize(state: SimState, upload: UploadScope | null): number {
  let n = 0;
  for (const m of uploadScopeMark(state, upload)) n += m;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Policies (rules 7, 8, 9): in `policies.ts`, which only the Intune admin center's views need, so
// that pages opening elsewhere do not ship it at start (see `astro.config.mjs`).

export { policiesOf, type PolicyOnDevice } from './policies';

// ---------------------------------------------------------------------------------------------
// One device, everything the UI shows

export interface DeviceView {
  index: number;
  name: string;
  os: string;
  join: string;
  client: boolean;
  internet: boolean;
  department: string;
  funnel: FunnelView;
  coManaged: boolean;
  /** Why not co-managed, or null. */
  notCoManagedReason: string | null;
  authority: Record<WorkloadId, AuthorityExplanation>;
  managedBy: ManagedByView;
  capabilities: CapabilitiesValue | null;
  policies: PolicyOnDevice[];
  collections: string[];
}

export function describeDevice(state: SimState, i: number): DeviceView {
  const d = state.devices[i]!;
  const authority = {} as Record<WorkloadId, AuthorityExplanation>;
  for (const w of WORKLOAD_IDS) authority[w] = explainAuthority(state, i, w);
  return {
    index: i,
    name: d.name,
    os: OS_INFO[d.os].label,
    join: JOIN_LABELS[d.join],
    client: d.client,
    internet: d.internet,
    department: d.department,
    funnel: funnelOf(state, i),
    coManaged: isCoManaged(state, i),
    notCoManagedReason: notCoManagedReason(state, i),
    authority,
    managedBy: managedByOf(state, i),
    capabilities: capabilitiesOf(state, i),
    policies: policiesOf(state, i),
    collections: state.collections.filter((c) => isMember(state, c.id, i)).map((c) => c.id),
  };
}

/** Index of the device with this name, or -1. */
export function deviceIndex(state: SimState, name: string): number {
  return state.devices.findIndex((d) => d.name === name);
}

/** Per workload, how many devices have Intune as effective authority. */
export function authorityCounts(table: Uint8Array): number[] {
  const counts = new Array<number>(WORKLOAD_COUNT).fill(0);
  for (let k = 0; k < table.length; k++) if (table[k] === AUTHORITY_INTUNE) counts[k % WORKLOAD_COUNT]!++;
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Time ("Day 1, 09:00"): in `labels.ts`, with the other short labels (the funnel writes it too).

export { formatSimTime } from './labels';

// Re-exported indices so callers need one import for the table layout.
export {
  W_COMPLIANCE,
  W_WINDOWS_UPDATE,
  W_RESOURCE_ACCESS,
  W_ENDPOINT_PROTECTION,
  W_DEVICE_CONFIGURATION,
  W_OFFICE,
  W_CLIENT_APPS,
};
