/**
 * What the co-management dashboard counts, derived from the engine's state (once per state): the
 * tiles of Monitoring > Cloud Attach (Client OS distribution, Co-management status, Co-management
 * enrollment status, Workload transition, Enrollment errors) and, for every count a learner can
 * click, the devices behind it.
 */
import { OS_INFO, WORKLOAD_IDS, WORKLOAD_LABELS, type WorkloadId } from '../../../sim/constants';
import {
  authorityCounts,
  deriveAuthorityTable,
  enrollmentErrors,
  funnelCounts,
  funnelOf,
  type FunnelCounts,
  type FunnelView,
} from '../../../sim/derive';
import type { Device, SimState } from '../../../sim/types';

/** Caches a derivation per engine state (the timeline keeps old states: a step back is free). */
export function perState<T>(derive: (state: SimState) => T): (state: SimState) => T {
  const cache = new WeakMap<SimState, { value: T }>();
  return (state) => {
    let hit = cache.get(state);
    if (!hit) cache.set(state, (hit = { value: derive(state) }));
    return hit.value;
  };
}

// ---------------------------------------------------------------------------------------------
// Client OS distribution

/** The tile's groups, as Microsoft's monitoring page lists them. */
export const OS_GROUPS = ['Windows 7 & 8.x', 'Windows 10 lower than 1709', 'Windows 10 1709 and later'] as const;
export type OsGroup = (typeof OS_GROUPS)[number];

/**
 * The tile's group of a device with the client, or null (servers, which the tile's three groups
 * do not name: in this simulator they are left out of it). Windows 11 counts as 1709 and later.
 */
export function osGroupOf(device: Device): OsGroup | null {
  const os = OS_INFO[device.os];
  if (os.family === 'legacy') return 'Windows 7 & 8.x';
  if (os.family === 'server') return null;
  return os.release < 1709 ? 'Windows 10 lower than 1709' : 'Windows 10 1709 and later';
}

// ---------------------------------------------------------------------------------------------
// Co-management enrollment status

/** The tile's states in Microsoft's order, as the engine spells them (funnelOf(...).status). */
export const ENROLLMENT_STATUSES = [
  'Success hybrid Entra joined',
  'Success Entra joined',
  'Enrolling hybrid joined',
  'Failure hybrid joined',
  'Failure Entra joined',
  'Pending user sign in',
] as const;

// ---------------------------------------------------------------------------------------------
// What a count stands for

/** The funnel's stages as the Co-management status tile names them (cumulative), and its extras. */
export const FUNNEL_ROWS = [
  { id: 'eligible', label: 'Eligible devices' },
  { id: 'scheduled', label: 'Scheduled' },
  { id: 'enrollment-initiated', label: 'Enrollment initiated' },
  { id: 'enrolled', label: 'Enrolled' },
] as const;
export const FUNNEL_EXTRAS = [
  { id: 'failed', label: 'Failed' },
  { id: 'pending', label: 'Pending user sign in' },
  { id: 'not-eligible', label: 'Not eligible' },
] as const;
export type FunnelFilterId = (typeof FUNNEL_ROWS)[number]['id'] | (typeof FUNNEL_EXTRAS)[number]['id'];

/** A count on the dashboard: which devices it counts. */
export type DeviceFilter =
  | { kind: 'funnel'; stage: FunnelFilterId }
  | { kind: 'os'; group: OsGroup }
  | { kind: 'status'; status: string }
  | { kind: 'workload'; workload: WorkloadId }
  | { kind: 'error'; code: string };

export function sameFilter(a: DeviceFilter | null, b: DeviceFilter | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every device's funnel view, by device index (once per state). */
export const funnelViews = perState((state): FunnelView[] => state.devices.map((_, i) => funnelOf(state, i)));

/** The effective-authority table (devices x 7), once per state. */
export const authorityTable = perState(deriveAuthorityTable);

// ---------------------------------------------------------------------------------------------
// The tiles

export interface Tiles {
  os: { group: OsGroup; count: number }[];
  /** Client devices the OS tile's groups leave out (Windows Server). */
  osOther: number;
  funnel: FunnelCounts;
  statuses: { status: string; count: number }[];
  workloads: { workload: WorkloadId; label: string; count: number }[];
  errors: { code: string; count: number; description: string }[];
}

export const tilesOf = perState((state: SimState): Tiles => {
  const os = new Map<OsGroup, number>(OS_GROUPS.map((g) => [g, 0]));
  let osOther = 0;
  for (const d of state.devices) {
    if (!d.client) continue;
    const group = osGroupOf(d);
    if (group) os.set(group, os.get(group)! + 1);
    else osOther++;
  }
  const views = funnelViews(state);
  const statuses = new Map<string, number>(ENROLLMENT_STATUSES.map((s) => [s, 0]));
  for (const v of views) if (v.status) statuses.set(v.status, (statuses.get(v.status) ?? 0) + 1);
  const counts = authorityCounts(authorityTable(state));
  const errors = enrollmentErrors(state).map(({ code, count }) => {
    const example = views.find((v, i) => v.failed && state.devices[i]!.enrollment.code === code);
    return { code, count, description: example?.reason ?? `enrollment failed (${code})` };
  });
  return {
    os: OS_GROUPS.map((group) => ({ group, count: os.get(group)! })),
    osOther,
    funnel: funnelCounts(state),
    statuses: [...statuses].map(([status, count]) => ({ status, count })),
    workloads: WORKLOAD_IDS.map((workload, w) => ({ workload, label: WORKLOAD_LABELS[workload], count: counts[w]! })),
    errors,
  };
});

/** The count a funnel row shows. */
const FUNNEL_FIELDS: Readonly<Record<FunnelFilterId, keyof FunnelCounts>> = {
  eligible: 'eligible',
  scheduled: 'scheduled',
  'enrollment-initiated': 'enrollmentInitiated',
  enrolled: 'enrolled',
  failed: 'failed',
  pending: 'pendingUserSignIn',
  'not-eligible': 'notEligible',
};
export const funnelCount = (c: FunnelCounts, stage: FunnelFilterId): number => c[FUNNEL_FIELDS[stage]];
