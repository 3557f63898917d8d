/**
 * Who manages a device's workloads, derived from the state on demand: whether the device is
 * co-managed (rule 3) and its effective authority per workload (rules 1, 3, 6), as a `devices x 7`
 * byte table, one cell, or one cell with its chain of reasons. `derive.ts` re-exports all of it.
 */
import {
  AUTHORITY_LABELS,
  GATES,
  OS_INFO,
  SLIDER_LABELS,
  WORKLOAD_COUNT,
  WORKLOAD_IDS,
  WORKLOAD_LABELS,
  W_DEVICE_CONFIGURATION,
  W_ENDPOINT_PROTECTION,
  W_RESOURCE_ACCESS,
  passesGate,
  workloadIndex,
  type Authority,
  type SliderPosition,
  type WorkloadId,
} from './constants';
import { collectionMark, collectionName, isMember } from './collections';
import { coManagementEnabled, isWindowsClientOs, reachesSite } from './enrollment-table';
import { funnelOf } from './funnel';
import type { Device, SimState } from './types';

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
  if (!coManagementEnabled(state))
    return 'not co-managed: co-management is not enabled (Automatic enrollment in Intune is None)';
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
  if (notCo !== null)
    return done('configmgr', [notCo, 'every workload stays with Configuration Manager whatever the sliders say']);
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
