/**
 * What the consoles show, derived from the state on demand: per device eligibility and funnel
 * stage, co-managed or not, effective authority per workload (a `devices x 7` byte table, with the
 * chain of reasons produced lazily per cell), applicable policies, "Managed by" and the
 * capabilities value. Nothing here is stored or cached.
 */
import {
  AUTHORITY_INTUNE,
  AUTHORITY_LABELS,
  GATES,
  JOIN_LABELS,
  OS_INFO,
  SLIDER_LABELS,
  WORKLOAD_COUNT,
  WORKLOAD_IDS,
  WORKLOAD_LABELS,
  W_COMPLIANCE,
  W_CLIENT_APPS,
  W_DEVICE_CONFIGURATION,
  W_ENDPOINT_PROTECTION,
  W_OFFICE,
  W_RESOURCE_ACCESS,
  W_WINDOWS_UPDATE,
  passesGate,
  workloadIndex,
  type Authority,
  type SliderPosition,
  type WorkloadId,
} from './constants';
import { binaryIncludes, collectionMark, collectionName, collectionTreeMark, isMember } from './collections';
import {
  coManagementEnabled,
  completionProblem,
  enrollmentRow,
  ineligibility,
  isWindowsClientOs,
  reachesSite,
  untargeted,
  type EnrollmentConditionId,
} from './enrollment-table';
import { capabilitiesOf, type CapabilitiesValue } from './capabilities';
import { policiesOf, type PolicyOnDevice } from './policies';
import type { Device, ManagedBy, SimState, UploadScope } from './types';

// ---------------------------------------------------------------------------------------------
// Co-managed (rule 3)

/**
 * ComgmtPolicyPresent: co-management is enabled and its policy reaches this client (a Windows 10 /
 * 11 client that is not a server and reaches its site).
 */
// fact sheet silent: with Automatic enrollment = Pilot, whether a device outside the Intune Auto
// Enrollment collection that is already enrolled (e.g. by Autopilot) gets the policy. The engine
// says yes: the production policy (CoMgmtSettingsProd) targets All Systems (5.6).
export function policyPresent(state: SimState, device: Device): boolean {
  return coManagementEnabled(state) && device.client && isWindowsClientOs(device) && reachesSite(state, device);
}

/** MDMEnrolled = 1. */
export function mdmEnrolled(device: Device): boolean {
  return device.enrollment.stage === 'enrolled';
}

/**
 * Rule 3, the one place it is written: a device is co-managed only with the client, MDM enrollment
 * and the co-management policy. `isCoManaged` and `coManagedMask` both ask it.
 */
function deviceIsCoManaged(state: SimState, device: Device): boolean {
  return mdmEnrolled(device) && policyPresent(state, device);
}

export function isCoManaged(state: SimState, i: number): boolean {
  const d = state.devices[i];
  return d !== undefined && deviceIsCoManaged(state, d);
}

/** One byte per device: 1 when co-managed. */
export function coManagedMask(state: SimState): Uint8Array {
  const devices = state.devices;
  const mask = new Uint8Array(devices.length);
  for (let i = 0; i < devices.length; i++) if (deviceIsCoManaged(state, devices[i]!)) mask[i] = 1;
  return mask;
}

/** Why device i is not co-managed (a sentence), or null when it is. */
export function notCoManagedReason(state: SimState, i: number): string | null {
  const d = state.devices[i]!;
  if (isCoManaged(state, i)) return null;
  if (!d.client) return 'not co-managed: no Configuration Manager client';
  if (!isWindowsClientOs(d)) return `not co-managed: ${OS_INFO[d.os].label} cannot be co-managed`;
  if (!coManagementEnabled(state)) return 'not co-managed: co-management is not enabled (Automatic enrollment in Intune is None)';
  if (!reachesSite(state, d))
    return 'not co-managed: the client is on the internet without a cloud management gateway, so the co-management policy does not reach it';
  return `not co-managed: not enrolled in Intune (MDMEnrolled = 0; ${funnelOf(state, i).stage})`;
}

// ---------------------------------------------------------------------------------------------
// Effective authority (rules 1, 3, 6)

/** How a slider position resolves for a device: 0 Configuration Manager, 1 Intune, 2 pilot. */
// Resource access (Microsoft's deprecation FAQ, fact sheet 5.1): up to 2207 its slider moves like
// any other (not supported from 2203, no new profiles from 2207). The features are removed in 2211
// and Microsoft says only Intune deploys resource access profiles from then on, so from 2211 the
// slider is disabled (moving it is refused) and the effective authority of Resource access on a
// co-managed device is Intune whatever the slider says. (That the site moved the slider by itself
// in 2403 is a community claim the engine does not model: the slider keeps its position.)
function positionMode(state: SimState, w: number): 0 | 1 | 2 {
  const position = state.settings.coManagement.workloads[w]!.position;
  if (w === W_RESOURCE_ACCESS && !passesGate('resource-access-workload', state.site.version)) return 1;
  return position === 'intune' ? 1 : position === 'pilot-intune' ? 2 : 0;
}

/**
 * A Windows 11 device provisioned by Windows Autopilot with no Intune co-management settings policy
 * targeted at it (fact sheet 6.2, 5.1, Microsoft's autopilot-enrollment page): the management
 * authority was set to Intune during Autopilot, and installing the Configuration Manager client
 * afterwards (as an app) does not change it, so Intune keeps every workload. With a targeted
 * policy (override left at No) the workloads follow the sliders.
 */
export function autopilotKeepsIntune(state: SimState, device: Device): boolean {
  return device.autopilot && OS_INFO[device.os].family === 'windows-11' && !state.tenant.coManagementSettingsPolicy;
}

/**
 * Rule 6, the one place it is written: Device configuration at Pilot Intune or Intune also moves
 * Resource access and Endpoint protection, for the devices its slider gives Intune. The slider
 * that decides workload w for a device whose Device configuration slider does
 * (`deviceConfigurationIntune`) or does not give it Intune: Device configuration's, or w's own.
 */
export function decidingSlider(w: number, deviceConfigurationIntune: boolean): number {
  const moved = w === W_RESOURCE_ACCESS || w === W_ENDPOINT_PROTECTION;
  return deviceConfigurationIntune && moved ? W_DEVICE_CONFIGURATION : w;
}

// UNCONFIRMED (fact sheet 9, open item): how long a device takes to pick up a changed workload
// pilot collection or slider. Authority is derived from the current state, so a membership change
// or a slider move takes effect at once (rule 10 says a switch syncs right away).
/**
 * The full effective-authority table: `devices x 7` bytes, row-major (`table[i * 7 + w]`),
 * 1 = Intune, 0 = Configuration Manager. Collections are turned into byte marks once per call;
 * the loop over devices does no allocation.
 */
export function deriveAuthorityTable(state: SimState): Uint8Array {
  // Constants from other modules are copied to locals for the loop over devices: read inside it,
  // they made the table several times slower under the bench's module loader (tsx).
  const count = WORKLOAD_COUNT;
  const dcIndex = W_DEVICE_CONFIGURATION;
  const n = state.devices.length;
  const table = new Uint8Array(n * count);
  const co = coManagedMask(state);
  // Per workload: how its slider resolves, and at Pilot Intune its workload pilot collection's
  // members (at other positions the slot is never read; the co-managed mask fills it).
  const modes: number[] = [];
  const marks: Uint8Array[] = [];
  // Rule 6: the workloads Device configuration's slider decides when it gives a device Intune.
  const movedWithDc: number[] = [];
  const markByCollection = new Map<string | null, Uint8Array>();
  for (let w = 0; w < count; w++) {
    const mode = positionMode(state, w);
    const pilot = state.settings.coManagement.workloads[w]!.pilotCollection;
    let mark = co;
    if (mode === 2) {
      mark = markByCollection.get(pilot) ?? collectionMark(state, pilot);
      markByCollection.set(pilot, mark);
    }
    modes.push(mode);
    marks.push(mark);
    if (decidingSlider(w, true) !== w) movedWithDc.push(w);
  }
  for (let i = 0, base = 0; i < n; i++, base += count) {
    if (co[i] === 0) continue;
    if (autopilotKeepsIntune(state, state.devices[i]!)) {
      table.fill(1, base, base + count);
      continue;
    }
    for (let w = 0; w < count; w++) table[base + w] = modes[w] === 1 ? 1 : modes[w] === 2 ? marks[w]![i]! : 0;
    if (table[base + dcIndex] === 1) for (const w of movedWithDc) table[base + w] = 1;
  }
  return table;
}

/** Does the slider of workload w give device i Intune (ignoring co-managed and coupling)? */
function sliderGivesIntune(state: SimState, i: number, w: number): boolean {
  const mode = positionMode(state, w);
  if (mode === 1) return true;
  if (mode === 0) return false;
  const pilot = state.settings.coManagement.workloads[w]!.pilotCollection;
  return pilot !== null && isMember(state, pilot, i);
}

/** Effective authority of one cell, computed without the full table. */
export function authorityOf(state: SimState, i: number, workload: WorkloadId): Authority {
  if (!isCoManaged(state, i)) return 'configmgr';
  if (autopilotKeepsIntune(state, state.devices[i]!)) return 'intune';
  const w = decidingSlider(workloadIndex(workload), sliderGivesIntune(state, i, W_DEVICE_CONFIGURATION));
  return sliderGivesIntune(state, i, w) ? 'intune' : 'configmgr';
}

export interface AuthorityExplanation {
  authority: Authority;
  /** "Intune" or "Configuration Manager". */
  label: string;
  /** The workload's slider position. */
  position: SliderPosition;
  /** The chain of reasons, first to last. */
  reasons: string[];
  /** "Intune, because: co-managed; Compliance policies is at Pilot Intune; device is in ..." */
  text: string;
  /** Which workload's slider decided: the workload itself, or Device configuration (rule 6). */
  decidedBy: WorkloadId;
}

/** Why a device has the authority it has for one workload. */
export function explainAuthority(state: SimState, i: number, workload: WorkloadId): AuthorityExplanation {
  const w = workloadIndex(workload);
  const setting = state.settings.coManagement.workloads[w]!;
  const label = WORKLOAD_LABELS[workload];
  const done = (authority: Authority, reasons: string[], decidedBy: WorkloadId = workload): AuthorityExplanation => ({
    authority,
    label: AUTHORITY_LABELS[authority],
    position: setting.position,
    reasons,
    text: `${AUTHORITY_LABELS[authority]}, because: ${reasons.join('; ')}`,
    decidedBy,
  });
  const notCo = notCoManagedReason(state, i);
  if (notCo !== null) return done('configmgr', [notCo, 'every workload stays with Configuration Manager whatever the sliders say']);
  const device = state.devices[i]!;
  if (autopilotKeepsIntune(state, device)) {
    return done('intune', [
      'co-managed',
      'a Windows 11 Autopilot device with no co-management settings policy targeted at it: Autopilot set its management authority to Intune, and a client installed later does not change that',
      'Intune keeps every workload whatever the sliders say',
    ]);
  }
  const viaPolicy =
    device.autopilot && state.tenant.coManagementSettingsPolicy
      ? ['a co-management settings policy targets this Autopilot device, so its workloads follow the sliders']
      : [];
  if (w === W_RESOURCE_ACCESS && !passesGate('resource-access-workload', state.site.version)) {
    return done('intune', ['co-managed', ...viaPolicy, ...sliderReasons(state, i, w).reasons]);
  }

  const own = sliderReasons(state, i, w);
  if (decidingSlider(w, sliderGivesIntune(state, i, W_DEVICE_CONFIGURATION)) !== w) {
    const dc = sliderReasons(state, i, W_DEVICE_CONFIGURATION);
    const moves = `Device configuration also moves ${label} for the same devices`;
    return done('intune', ['co-managed', ...viaPolicy, ...own.reasons, ...dc.reasons, moves], 'device-configuration');
  }
  return done(own.intune ? 'intune' : 'configmgr', ['co-managed', ...viaPolicy, ...own.reasons]);
}

function sliderReasons(state: SimState, i: number, w: number): { intune: boolean; reasons: string[] } {
  const workload = WORKLOAD_IDS[w]!;
  const label = WORKLOAD_LABELS[workload];
  const setting = state.settings.coManagement.workloads[w]!;
  if (w === W_RESOURCE_ACCESS && !passesGate('resource-access-workload', state.site.version)) {
    return { intune: true, reasons: [GATES['resource-access-workload'].title] };
  }
  const at = `${label} is at ${SLIDER_LABELS[setting.position]}`;
  if (setting.position === 'configmgr') return { intune: false, reasons: [at] };
  if (setting.position === 'intune') return { intune: true, reasons: [at] };
  const pilot = setting.pilotCollection;
  if (pilot === null) return { intune: false, reasons: [at, 'no workload pilot collection is chosen'] };
  const member = isMember(state, pilot, i);
  return {
    intune: member,
    reasons: [at, `device is ${member ? '' : 'not '}in the workload pilot collection ${collectionName(state, pilot)}`],
  };
}

// ---------------------------------------------------------------------------------------------
// Capabilities (rule 11, community model): in `capabilities.ts`, which only the authority map's
// cell details show, so that pages opening elsewhere do not ship it at start.

export { CAPABILITY_BITS, CAPABILITIES_MODEL, capabilitiesOf, type CapabilitiesValue } from './capabilities';

// ---------------------------------------------------------------------------------------------
// Funnel (rules 4, 5, 17)

export type FunnelStageLabel = 'Not eligible' | 'Eligible' | 'Scheduled' | 'Enrollment initiated' | 'Enrolled';

export interface FunnelView {
  eligible: boolean;
  stage: FunnelStageLabel;
  /** Enrollment was initiated and failed. */
  failed: boolean;
  /** Error code or status ("Pending user sign in"), where the table gives one. */
  code: string | null;
  /** The table row that stops or held back the device, or null. */
  condition: EnrollmentConditionId | null;
  /** Why the device is where it is, or null when enrolled. */
  reason: string | null;
  /** The dashboard's "Co-management enrollment status" for this device, or null. */
  status: string | null;
}

/** Where device i is in the enrollment funnel, and why. */
export function funnelOf(state: SimState, i: number): FunnelView {
  const d = state.devices[i]!;
  const e = d.enrollment;
  const hybrid = d.join === 'hybrid-entra-joined';
  const notEligible = ineligibility(d);
  if (notEligible !== null) {
    const row = enrollmentRow(notEligible);
    return { eligible: false, stage: 'Not eligible', failed: false, code: row.code, condition: notEligible, reason: row.reason, status: null };
  }
  switch (e.stage) {
    case 'enrolled':
      return {
        eligible: true,
        stage: 'Enrolled',
        failed: false,
        code: null,
        condition: null,
        reason: null,
        status: hybrid ? 'Success hybrid Entra joined' : 'Success Entra joined',
      };
    case 'failed': {
      const condition = completionProblem(state, d) ?? failedCondition(e.code);
      return {
        eligible: true,
        stage: 'Enrollment initiated',
        failed: true,
        code: e.code,
        condition,
        reason: condition ? enrollmentRow(condition).reason : `enrollment failed (${e.code ?? 'no code'})`,
        status: hybrid ? 'Failure hybrid joined' : 'Failure Entra joined',
      };
    }
    case 'initiated': {
      const waiting = e.code === 'Pending user sign in';
      return {
        eligible: true,
        stage: 'Enrollment initiated',
        failed: false,
        code: e.code,
        condition: waiting ? 'pending-user-sign-in' : null,
        reason: waiting ? enrollmentRow('pending-user-sign-in').reason : 'enrolling now',
        // fact sheet silent: the status tile lists "Enrolling hybrid joined" only; Entra joined devices get none.
        status: waiting ? 'Pending user sign in' : hybrid ? 'Enrolling hybrid joined' : null,
      };
    }
    case 'scheduled':
      return {
        eligible: true,
        stage: 'Scheduled',
        failed: false,
        code: null,
        condition: null,
        reason: `enrollment is spread over time and starts at ${formatSimTime(e.at)}`,
        status: null,
      };
    case 'none': {
      const condition = untargeted(state, d, autoEnrollmentMember(state, i));
      return {
        eligible: true,
        stage: 'Eligible',
        failed: false,
        code: null,
        condition,
        reason: condition ? enrollmentRow(condition).reason : 'waiting for the next policy evaluation',
        status: null,
      };
    }
  }
}

function failedCondition(code: string | null): EnrollmentConditionId | null {
  if (code === '0x80180018') return 'no-intune-licences';
  if (code === '0x8000FFFF') return 'automatic-enrollment-not-configured';
  if (code === '0x80070032') return 'windows-10-before-1709';
  if (code === '0x8018002B') return 'mdm-user-scope-none';
  return null;
}

/** Is device i in the Intune Auto Enrollment collection? */
export function autoEnrollmentMember(state: SimState, i: number): boolean {
  const id = state.settings.coManagement.autoEnrollmentCollection;
  return id !== null && isMember(state, id, i);
}

/** Cumulative funnel counts, as the dashboard's funnel tile shows them. */
// fact sheet silent on whether the funnel tile counts cumulatively; the engine counts each stage
// with every later stage included (failures count as Enrollment initiated).
export interface FunnelCounts {
  /** Eligible devices (every later stage included). */
  eligible: number;
  /** Scheduled or later. */
  scheduled: number;
  /** Enrollment initiated or later (failures included). */
  enrollmentInitiated: number;
  enrolled: number;
  /** Enrollment initiated and failed. */
  failed: number;
  /** Waiting at Enrollment initiated for a user to sign in. */
  pendingUserSignIn: number;
  notEligible: number;
}

export function funnelCounts(state: SimState): FunnelCounts {
  const c: FunnelCounts = { eligible: 0, scheduled: 0, enrollmentInitiated: 0, enrolled: 0, failed: 0, pendingUserSignIn: 0, notEligible: 0 };
  for (const d of state.devices) {
    if (ineligibility(d) !== null) {
      c.notEligible++;
      continue;
    }
    c.eligible++;
    const stage = d.enrollment.stage;
    if (stage === 'none') continue;
    c.scheduled++;
    if (stage === 'scheduled') continue;
    c.enrollmentInitiated++;
    if (stage === 'enrolled') c.enrolled++;
    else if (stage === 'failed') c.failed++;
    else if (d.enrollment.code === 'Pending user sign in') c.pendingUserSignIn++;
  }
  return c;
}

/** Enrollment errors as the dashboard's table lists them: code -> device count. */
export function enrollmentErrors(state: SimState): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const d of state.devices) {
    if (d.enrollment.stage === 'failed' && d.enrollment.code) counts.set(d.enrollment.code, (counts.get(d.enrollment.code) ?? 0) + 1);
  }
  return [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

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
    if (isCoManaged(state, i)) return { value: 'Co-managed', reason: 'enrolled in Intune and co-managed with Configuration Manager' };
    // fact sheet silent: an enrolled device with the client but no co-management policy; the
    // engine shows it as Intune, since only Intune manages it through MDM.
    return { value: 'Intune', reason: d.client ? 'enrolled in Intune; the client has no co-management policy' : 'enrolled in Intune, no Configuration Manager client' };
  }
  if (isUploaded(state, i)) return { value: 'ConfigMgr', reason: 'uploaded by tenant attach; managed by Configuration Manager only' };
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
// Time

/** "Day 1, 09:00" for simulated minute 0. */
export function formatSimTime(minutes: number): string {
  const total = 9 * 60 + minutes;
  const day = Math.floor(total / 1440) + 1;
  const inDay = total % 1440;
  const hh = String(Math.floor(inDay / 60)).padStart(2, '0');
  const mm = String(inDay % 60).padStart(2, '0');
  return `Day ${day}, ${hh}:${mm}`;
}

// Re-exported indices so callers need one import for the table layout.
export { W_COMPLIANCE, W_WINDOWS_UPDATE, W_RESOURCE_ACCESS, W_ENDPOINT_PROTECTION, W_DEVICE_CONFIGURATION, W_OFFICE, W_CLIENT_APPS };
