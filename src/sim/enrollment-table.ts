/**
 * The enrollment table: condition -> the funnel stage where the device stops -> error code or
 * reason (fact sheet rules 4, 5, 16 and section 5.6). The rows are checked in order; the first
 * that holds decides. Three groups:
 *  - eligibility rows (the device itself): the device never enters the funnel;
 *  - targeting rows (settings): the device is Eligible but is not Scheduled;
 *  - completion rows (device and tenant): enrollment is initiated and then fails, or waits.
 */
import { MIN_RELEASE_CO_MANAGEMENT, MIN_RELEASE_DEVICE_TOKEN, OS_INFO, passesGate } from './constants';
import type { Device, SimState } from './types';

export type EnrollmentConditionId =
  | 'no-client'
  | 'server-os'
  | 'os-before-windows-10'
  | 'entra-registered'
  | 'not-entra-joined'
  | 'co-management-not-enabled'
  | 'internet-without-cmg'
  | 'not-in-auto-enrollment-collection'
  | 'windows-10-before-1709'
  | 'automatic-enrollment-not-configured'
  | 'no-entra-id-p1'
  | 'no-intune-licences'
  | 'mdm-user-scope-none'
  | 'pending-user-sign-in';

/** Where a row stops the device. */
export type StopStage = 'not-eligible' | 'eligible' | 'enrollment-initiated';

export interface EnrollmentRow {
  id: EnrollmentConditionId;
  stage: StopStage;
  /** 'stop': never gets further; 'fail': enrollment fails with `code`; 'wait': stays until fixed. */
  outcome: 'stop' | 'fail' | 'wait';
  /** Enrollment error code or dashboard status, where the fact sheet gives one. */
  code: string | null;
  /** A sentence for the device's details, in console words. */
  reason: string;
}

/** The rows, in the order they are checked. */
export const ENROLLMENT_TABLE: readonly EnrollmentRow[] = [
  // --- eligibility (rule 4: All enrolls every eligible client) ---
  {
    id: 'no-client',
    stage: 'not-eligible',
    outcome: 'stop',
    code: null,
    reason: 'no Configuration Manager client (Client = No), so Configuration Manager cannot enroll it',
  },
  {
    id: 'server-os',
    stage: 'not-eligible',
    outcome: 'stop',
    code: null,
    reason: 'Windows Server is not eligible for co-management',
  },
  {
    id: 'os-before-windows-10',
    stage: 'not-eligible',
    outcome: 'stop',
    code: null,
    reason: 'Windows 7 and 8.1 cannot be co-managed: Windows 10, version 1709 or later is needed',
  },
  {
    id: 'entra-registered',
    stage: 'not-eligible',
    outcome: 'stop',
    code: null,
    reason:
      'only Microsoft Entra registered: registered (workplace joined) devices are not supported; it must be hybrid Entra joined or Entra joined',
  },
  {
    id: 'not-entra-joined',
    stage: 'not-eligible',
    outcome: 'stop',
    code: null,
    reason:
      'not hybrid Entra joined or Entra joined: an Active Directory joined client must be hybrid joined before co-management',
  },
  // --- targeting (rule 4 scope, fact sheet 1.9) ---
  {
    id: 'co-management-not-enabled',
    stage: 'eligible',
    outcome: 'stop',
    code: null,
    reason: 'Automatic enrollment in Intune is None: no client enrolls',
  },
  {
    // fact sheet silent on the funnel stage: 1.9 says the client must still reach its site; the
    // engine keeps such a device at Eligible because the co-management policy never reaches it.
    id: 'internet-without-cmg',
    stage: 'eligible',
    outcome: 'stop',
    code: null,
    reason:
      'the client is on the internet and there is no cloud management gateway, so it cannot reach its management point for the co-management policy',
  },
  {
    id: 'not-in-auto-enrollment-collection',
    stage: 'eligible',
    outcome: 'stop',
    code: null,
    reason: 'Automatic enrollment in Intune is Pilot and the device is not in the Intune Auto Enrollment collection',
  },
  // --- completion (rule 5, 5.6) ---
  {
    // Fact sheet rule 5 (corrected): 0x80070032 is among the errors devices report, so such
    // devices attempt enrollment and fail. UNCONFIRMED: whether the real co-management dashboard
    // counts them as Eligible; in this simulator they are Eligible, get Scheduled and Enrollment
    // initiated, then fail with 0x80070032 and are never Enrolled.
    id: 'windows-10-before-1709',
    stage: 'enrollment-initiated',
    outcome: 'fail',
    code: '0x80070032',
    reason:
      'Windows 10 older than version 1709: MDM auto-enrollment only supported on Windows RS3 and above (0x80070032)',
  },
  {
    // Fact sheet rule 5 and 5.6: 0x8000FFFF, MDM enrollment hasn't been configured yet on Azure AD
    // (Entra ID), or the enrollment URL isn't expected.
    id: 'automatic-enrollment-not-configured',
    stage: 'enrollment-initiated',
    outcome: 'fail',
    code: '0x8000FFFF',
    reason:
      "automatic enrollment is not configured: MDM enrollment hasn't been configured yet on Azure AD, or the enrollment URL isn't expected (0x8000FFFF)",
  },
  {
    // fact sheet silent on the code: automatic MDM enrollment is an Entra ID Premium feature (2.4);
    // the engine reports it like enrollment that is not configured.
    id: 'no-entra-id-p1',
    stage: 'enrollment-initiated',
    outcome: 'fail',
    code: '0x8000FFFF',
    reason:
      'the tenant has no Entra ID P1 licences, and automatic MDM enrollment is an Entra ID Premium feature (0x8000FFFF)',
  },
  {
    // UNCONFIRMED: the fact sheet lists 0x80180018 MENROLL_E_USERLICENSE (5.6) without saying when
    // a co-managed device gets it; the engine uses it when the tenant has no Intune licences at all.
    id: 'no-intune-licences',
    stage: 'enrollment-initiated',
    outcome: 'fail',
    code: '0x80180018',
    reason: 'the tenant has no Intune licences: MENROLL_E_USERLICENSE (0x80180018)',
  },
  {
    id: 'pending-user-sign-in',
    stage: 'enrollment-initiated',
    outcome: 'wait',
    code: 'Pending user sign in',
    reason:
      'this enrollment needs the user token (the Entra device token needs Windows 10 1803 or later and Configuration Manager 1906 or later) and no user is signed in: Pending user sign in',
  },
  {
    // UNCONFIRMED: Microsoft says the MDM user scope need not change for device-token enrollment
    // (fact sheet 2.4), and is silent on Configuration Manager's user-token fallback. In this
    // simulator a device that must use the user token (Windows 10 before 1803, or a site before
    // 1906) fails when the scope is None, with the code Microsoft's Windows enrollment
    // troubleshooting gives for automatic enrollment with the user token and scope None
    // ("Auto MDM Enroll: Failed", 0x8018002B).
    id: 'mdm-user-scope-none',
    stage: 'enrollment-initiated',
    outcome: 'fail',
    code: '0x8018002B',
    reason:
      'this enrollment needs the user token and the MDM user scope is None: in this simulator it fails (0x8018002B)',
  },
];

const ROW = new Map(ENROLLMENT_TABLE.map((row) => [row.id, row] as const));

/** The table row with this id. */
export function enrollmentRow(id: EnrollmentConditionId): EnrollmentRow {
  return ROW.get(id)!;
}

/** The eligibility row that holds for a device, or null when the device is eligible (rule 4). */
export function ineligibility(device: Device): EnrollmentConditionId | null {
  if (!device.client) return 'no-client';
  const os = OS_INFO[device.os];
  if (os.family === 'server') return 'server-os';
  if (os.family === 'legacy') return 'os-before-windows-10';
  if (device.join === 'entra-registered') return 'entra-registered';
  if (device.join !== 'hybrid-entra-joined' && device.join !== 'entra-joined') return 'not-entra-joined';
  return null;
}

/** Co-management is enabled: Automatic enrollment in Intune is Pilot or All. */
export function coManagementEnabled(state: SimState): boolean {
  return state.settings.coManagement.autoEnrollment !== 'none';
}

/** Per OS id: a Windows 10 or 11 client. A table, as the co-managed mask asks it for every device. */
const WINDOWS_CLIENT_OS: Readonly<Record<string, boolean>> = Object.fromEntries(
  Object.entries(OS_INFO).map(([id, info]) => [id, info.family === 'windows-10' || info.family === 'windows-11']),
);

/** Windows 10 or 11 client, not a server, not legacy. */
export function isWindowsClientOs(device: Device): boolean {
  return WINDOWS_CLIENT_OS[device.os] === true;
}

/** The client reaches its site: on the intranet, or on the internet through a CMG (fact sheet 1.9). */
export function reachesSite(state: SimState, device: Device): boolean {
  return !device.internet || state.site.cloudManagementGateway;
}

/**
 * The targeting row that holds for an eligible device, or null when automatic enrollment targets
 * it. `inAutoEnrollmentCollection` is the device's membership of the Intune Auto Enrollment
 * collection.
 */
export function untargeted(
  state: SimState,
  device: Device,
  inAutoEnrollmentCollection: boolean,
): EnrollmentConditionId | null {
  const enablement = state.settings.coManagement;
  if (enablement.autoEnrollment === 'none') return 'co-management-not-enabled';
  if (!reachesSite(state, device)) return 'internet-without-cmg';
  if (enablement.autoEnrollment === 'pilot' && !inAutoEnrollmentCollection) return 'not-in-auto-enrollment-collection';
  return null;
}

/** The completion row that holds when enrollment finishes, or null when the device enrolls. */
// fact sheet silent on the order of the checks: the engine puts the device's own first (Windows
// before 1709 fails with 0x80070032 whatever the tenant), then the tenant's.
export function completionProblem(state: SimState, device: Device): EnrollmentConditionId | null {
  if (OS_INFO[device.os].release < MIN_RELEASE_CO_MANAGEMENT) return 'windows-10-before-1709';
  if (!state.tenant.automaticEnrollmentConfigured) return 'automatic-enrollment-not-configured';
  if (!state.tenant.entraIdP1) return 'no-entra-id-p1';
  if (!state.tenant.intuneLicenses) return 'no-intune-licences';
  if (needsUserToken(state, device)) {
    // UNCONFIRMED: MDM user scope "Some" is treated like "All" (the scenario's users are in scope).
    if (!device.userSignedIn) return 'pending-user-sign-in';
    if (state.tenant.mdmUserScope === 'none') return 'mdm-user-scope-none';
  }
  return null;
}

/** Enrollment must use the user token: Windows 10 before 1803, or a site before 1906 (2.5, 4.2). */
export function needsUserToken(state: SimState, device: Device): boolean {
  return (
    OS_INFO[device.os].release < MIN_RELEASE_DEVICE_TOKEN || !passesGate('device-token-enrollment', state.site.version)
  );
}
