/**
 * What a presenter step changed in the view on stage: the keys the lab console's views look up in
 * `ConsoleContext.stepMarks` to put `data-step-change` on an element ("connector", "funnel:enrolled",
 * "device:12"), each with a short text to show beside it ("+36", "4,000 changed") or "", and for a
 * list that renders only the rows in view, the row of the first change (the presenter scrolls the
 * list there). Worked out here, in the presenter's own code, so the views carry only the lookups
 * and the pages that show a lab to learners ship none of this.
 */
import { WORKLOAD_IDS } from '../../sim/constants';
import { deviceIndex, managedByOf } from '../../sim/derive';
import { policiesOf } from '../../sim/policies';
import { connectorView } from '../../sim/tenant';
import type { SimState } from '../../sim/types';
import type { ViewId, ViewLocation } from '../../sim/views';
import { FUNNEL_EXTRAS, FUNNEL_ROWS, funnelCount, tilesOf } from '../console/cm/dashboard-data';
import { antivirusPolicies } from '../console/intune/antivirus-assignments';
import { listedDevices } from '../console/intune/parts';
import { derived, diffTables } from '../console/lab/authority-table';

export interface StageMarks {
  /** What changed, by key, with the text shown beside it (or ""). */
  marks: ReadonlyMap<string, string>;
  /** In a list that renders only the rows in view: the row (from 0, in list order) of the first change; null otherwise. */
  firstRow: number | null;
}

type Marker = (before: SimState, after: SimState, location: ViewLocation) => StageMarks;

const NONE: StageMarks = { marks: new Map(), firstRow: null };
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** A count's change as the room reads it: "+36", "−2" (text beside the mark, not colour alone). */
const signed = (n: number) => `${n > 0 ? '+' : '−'}${Math.abs(n).toLocaleString('en-US')}`;
const changedLabel = (n: number) => `${n.toLocaleString('en-US')} changed`;

/** Keys whose test holds, each with no text. */
function keys(tests: readonly (readonly [string, boolean])[]): StageMarks {
  return { marks: new Map(tests.filter(([, changed]) => changed).map(([key]) => [key, ''])), firstRow: null };
}

/** The co-management Properties, every tab: the upload, enablement, each slider and each workload pilot collection. */
const properties: Marker = (before, after) => {
  const was = before.settings;
  const is = after.settings;
  return keys([
    ['upload', !same(was.cloudAttach, is.cloudAttach)],
    [
      'enablement',
      !same(
        [was.coManagement.autoEnrollment, was.coManagement.autoEnrollmentCollection],
        [is.coManagement.autoEnrollment, is.coManagement.autoEnrollmentCollection],
      ),
    ],
    ...WORKLOAD_IDS.flatMap((workload, k) => [
      [
        `slider:${workload}`,
        was.coManagement.workloads[k]!.position !== is.coManagement.workloads[k]!.position,
      ] as const,
      [
        `pilot:${workload}`,
        was.coManagement.workloads[k]!.pilotCollection !== is.coManagement.workloads[k]!.pilotCollection,
      ] as const,
    ]),
  ]);
};

/** One marker per view that shows what a step changes; a view without one marks nothing. */
const MARKERS: Partial<Record<ViewId, Marker>> = {
  'cm.dashboard': (before, after) => {
    const was = tilesOf(before).funnel;
    const is = tilesOf(after).funnel;
    const marks = new Map<string, string>();
    for (const { id } of [...FUNNEL_ROWS, ...FUNNEL_EXTRAS]) {
      const change = funnelCount(is, id) - funnelCount(was, id);
      if (change !== 0) marks.set(`funnel:${id}`, signed(change));
    }
    return { marks, firstRow: null };
  },
  'cm.wizard': (before, after) => keys([['wizard', !same(before.wizard, after.wizard)]]),
  'cm.properties.configure-upload': properties,
  'cm.properties.enablement': properties,
  'cm.properties.workloads': properties,
  'cm.properties.staging': properties,
  'intune.connectors': (before, after) =>
    keys([['connector', connectorView(before).status !== connectorView(after).status]]),
  // Rows that appeared in the list, or whose Managed by the step changed.
  'intune.devices': (before, after) => {
    const listed = listedDevices(after);
    const was = new Set(listedDevices(before));
    const marks = new Map<string, string>();
    let firstRow: number | null = null;
    listed.forEach((i, row) => {
      if (was.has(i) && managedByOf(before, i).value === managedByOf(after, i).value) return;
      marks.set(`device:${i}`, '');
      firstRow ??= row;
    });
    if (marks.size > 0) marks.set('devices', changedLabel(marks.size));
    return { marks, firstRow };
  },
  // The device actions the step ran on the device, and the policies whose state on it changed.
  'intune.device': (before, after, location) => {
    const i = location.device ? deviceIndex(after, location.device) : -1;
    if (i < 0) return NONE;
    const marks = new Map<string, string>();
    after.deviceActions.forEach((record, k) => {
      if (k >= before.deviceActions.length && record.device === location.device) marks.set(`action:${k}`, '');
    });
    const was = new Map(policiesOf(before, i).map((policy) => [policy.policy, policy.status]));
    for (const policy of policiesOf(after, i))
      if (was.get(policy.policy) !== policy.status) marks.set(`policy:${policy.policy}`, '');
    return { marks, firstRow: null };
  },
  'intune.antivirus': (before, after) => {
    const was = new Map(antivirusPolicies(before).map((policy) => [policy.id, policy.assignedTo]));
    return keys(
      antivirusPolicies(after).map(
        (policy) => [`assignment:${policy.id}`, was.get(policy.id) !== policy.assignedTo] as const,
      ),
    );
  },
  'intune.automatic-enrollment': (before, after) =>
    keys([['mdm-urls', before.tenant.automaticEnrollmentConfigured !== after.tenant.automaticEnrollmentConfigured]]),
  'intune.co-management-settings': (before, after) =>
    keys([['profile', before.tenant.coManagementSettingsPolicy !== after.tenant.coManagementSettingsPolicy]]),
  // The grid marks its changed rows itself (the presenter's step is its last change); its rows are in device order.
  'lab.authority-map': (before, after) => {
    if (before.devices.length !== after.devices.length) return NONE;
    const { rows } = diffTables(derived(before).table, derived(after).table);
    const first = rows.indexOf(1);
    return { marks: new Map(), firstRow: first < 0 ? null : first };
  },
};

/** What the step from `before` to `after` changed in the view at `location`. */
export function stageMarks(before: SimState, after: SimState, location: ViewLocation): StageMarks {
  return MARKERS[location.view]?.(before, after, location) ?? NONE;
}
