/**
 * The simulator's vocabulary: workloads, slider positions, operating systems, join types, version
 * gates and the console labels they show as. Everything here is plain data; the words are the ones
 * `architecture.md` fixes ("slider position" vs "effective authority", "Intune Auto Enrollment
 * collection" vs "workload pilot collection").
 */

/**
 * The seven switchable workloads, in the console's order. A workload's index in this list is the
 * small integer the engine uses internally (authority tables are `devices x 7` byte arrays).
 */
export const WORKLOAD_IDS = [
  'compliance-policies',
  'windows-update-policies',
  'resource-access-policies',
  'endpoint-protection',
  'device-configuration',
  'office-click-to-run-apps',
  'client-apps',
] as const;
export type WorkloadId = (typeof WORKLOAD_IDS)[number];
export const WORKLOAD_COUNT = WORKLOAD_IDS.length;

/** Workload index constants for the engine's own rules. */
export const W_COMPLIANCE = 0;
export const W_WINDOWS_UPDATE = 1;
export const W_RESOURCE_ACCESS = 2;
export const W_ENDPOINT_PROTECTION = 3;
export const W_DEVICE_CONFIGURATION = 4;
export const W_OFFICE = 5;
export const W_CLIENT_APPS = 6;

/** Workload names as the console spells them. */
export const WORKLOAD_LABELS: Readonly<Record<WorkloadId, string>> = {
  'compliance-policies': 'Compliance policies',
  'windows-update-policies': 'Windows Update policies',
  'resource-access-policies': 'Resource access policies',
  'endpoint-protection': 'Endpoint Protection',
  'device-configuration': 'Device configuration',
  'office-click-to-run-apps': 'Office Click-to-Run apps',
  'client-apps': 'Client apps',
};

/** The index of a workload id (0-6), or -1. */
export function workloadIndex(id: string): number {
  return (WORKLOAD_IDS as readonly string[]).indexOf(id);
}

/** Slider positions: what the admin set for a workload. */
export const SLIDER_POSITIONS = ['configmgr', 'pilot-intune', 'intune'] as const;
export type SliderPosition = (typeof SLIDER_POSITIONS)[number];
export const SLIDER_LABELS: Readonly<Record<SliderPosition, string>> = {
  configmgr: 'Configuration Manager',
  'pilot-intune': 'Pilot Intune',
  intune: 'Intune',
};

/** Effective authority: what a device actually gets. Stored as 0 / 1 in authority tables. */
export const AUTHORITIES = ['configmgr', 'intune'] as const;
export type Authority = (typeof AUTHORITIES)[number];
export const AUTHORITY_LABELS: Readonly<Record<Authority, string>> = {
  configmgr: 'Configuration Manager',
  intune: 'Intune',
};
export const AUTHORITY_CONFIGMGR = 0;
export const AUTHORITY_INTUNE = 1;

/** "Automatic enrollment in Intune" on the Enablement page / tab. */
export const AUTO_ENROLLMENT_VALUES = ['none', 'pilot', 'all'] as const;
export type AutoEnrollment = (typeof AUTO_ENROLLMENT_VALUES)[number];
export const AUTO_ENROLLMENT_LABELS: Readonly<Record<AutoEnrollment, string>> = {
  none: 'None',
  pilot: 'Pilot',
  all: 'All',
};

/** Intune MDM user scope (Automatic Enrollment > Microsoft Intune). */
export const MDM_USER_SCOPES = ['none', 'some', 'all'] as const;
export type MdmUserScope = (typeof MDM_USER_SCOPES)[number];
export const MDM_USER_SCOPE_LABELS: Readonly<Record<MdmUserScope, string>> = { none: 'None', some: 'Some', all: 'All' };

/** Azure environment chosen on the wizard's Cloud attach page. */
export const AZURE_ENVIRONMENTS = ['public', 'us-government', 'china'] as const;
export type AzureEnvironment = (typeof AZURE_ENVIRONMENTS)[number];
export const AZURE_ENVIRONMENT_LABELS: Readonly<Record<AzureEnvironment, string>> = {
  public: 'Azure Public Cloud',
  'us-government': 'Azure US Government Cloud',
  china: 'Azure China Cloud',
};

/** How a device is joined. */
export const JOIN_TYPES = [
  'hybrid-entra-joined',
  'entra-joined',
  'entra-registered',
  'ad-joined',
  'workgroup',
] as const;
export type JoinType = (typeof JOIN_TYPES)[number];
export const JOIN_LABELS: Readonly<Record<JoinType, string>> = {
  'hybrid-entra-joined': 'Microsoft Entra hybrid joined',
  'entra-joined': 'Microsoft Entra joined',
  'entra-registered': 'Microsoft Entra registered',
  'ad-joined': 'Active Directory joined only',
  workgroup: 'Workgroup',
};

/** Operating systems a fleet can hold. */
export const OS_IDS = [
  'windows-7',
  'windows-8-1',
  'windows-10-1607',
  'windows-10-1703',
  'windows-10-1709',
  'windows-10-1803',
  'windows-10-1909',
  'windows-10-20h2',
  'windows-10-22h2',
  'windows-11-22h2',
  'windows-11-23h2',
  'windows-11-24h2',
  'windows-server-2016',
  'windows-server-2019',
  'windows-server-2022',
] as const;
export type OsId = (typeof OS_IDS)[number];

export interface OsInfo {
  /** As a device list shows it, e.g. "Windows 10, version 1709". */
  label: string;
  /** 'legacy' = Windows 7 / 8.1. */
  family: 'legacy' | 'windows-10' | 'windows-11' | 'server';
  /**
   * Comparable client release: Windows 10 version as a number (1709, 1803, 2009 for 20H2, 2209 for
   * 22H2); Windows 11 counts above every Windows 10; 0 for legacy and server.
   */
  release: number;
}

export const OS_INFO: Readonly<Record<OsId, OsInfo>> = {
  'windows-7': { label: 'Windows 7', family: 'legacy', release: 0 },
  'windows-8-1': { label: 'Windows 8.1', family: 'legacy', release: 0 },
  'windows-10-1607': { label: 'Windows 10, version 1607', family: 'windows-10', release: 1607 },
  'windows-10-1703': { label: 'Windows 10, version 1703', family: 'windows-10', release: 1703 },
  'windows-10-1709': { label: 'Windows 10, version 1709', family: 'windows-10', release: 1709 },
  'windows-10-1803': { label: 'Windows 10, version 1803', family: 'windows-10', release: 1803 },
  'windows-10-1909': { label: 'Windows 10, version 1909', family: 'windows-10', release: 1909 },
  'windows-10-20h2': { label: 'Windows 10, version 20H2', family: 'windows-10', release: 2009 },
  'windows-10-22h2': { label: 'Windows 10, version 22H2', family: 'windows-10', release: 2209 },
  'windows-11-22h2': { label: 'Windows 11, version 22H2', family: 'windows-11', release: 12209 },
  'windows-11-23h2': { label: 'Windows 11, version 23H2', family: 'windows-11', release: 12309 },
  'windows-11-24h2': { label: 'Windows 11, version 24H2', family: 'windows-11', release: 12409 },
  'windows-server-2016': { label: 'Windows Server 2016', family: 'server', release: 0 },
  'windows-server-2019': { label: 'Windows Server 2019', family: 'server', release: 0 },
  'windows-server-2022': { label: 'Windows Server 2022', family: 'server', release: 0 },
};

/** Windows 10 1709 ("RS3"): the oldest release that can auto-enroll (fact sheet 1.2, 2.5). */
export const MIN_RELEASE_CO_MANAGEMENT = 1709;
/** Windows 10 1803: the oldest release that can enroll with the Entra device token (2.5). */
export const MIN_RELEASE_DEVICE_TOKEN = 1803;

/** Device actions from the Intune admin center for a tenant-attached device (fact sheet 3.5). */
export const DEVICE_ACTIONS = ['sync-machine-policy', 'sync-user-policy', 'app-evaluation-cycle'] as const;
export type DeviceActionKind = (typeof DEVICE_ACTIONS)[number];
export const DEVICE_ACTION_LABELS: Readonly<Record<DeviceActionKind, string>> = {
  'sync-machine-policy': 'Sync Machine Policy',
  'sync-user-policy': 'Sync User Policy',
  'app-evaluation-cycle': 'App Evaluation Cycle',
};
/**
 * Template IDs in CMGatewayNotificationWorker.log. The fact sheet (3.7) quotes only
 * RequestMachinePolicy.
 */
export const DEVICE_ACTION_TEMPLATES: Readonly<Record<DeviceActionKind, string>> = {
  'sync-machine-policy': 'RequestMachinePolicy',
  // UNCONFIRMED: template IDs for Sync User Policy and App Evaluation Cycle are not in the fact sheet.
  'sync-user-policy': 'RequestUserPolicy',
  'app-evaluation-cycle': 'RequestAppEvaluation',
};

/** The acting admin's permissions and identity properties that actions can change. */
export const ADMIN_PERMISSIONS = [
  'globalAdministrator',
  'intuneLicense',
  'fullAdministrator',
  'syncedHybridIdentity',
  'entraUserDiscovery',
  'adUserDiscovery',
  'initiateConfigMgrAction',
] as const;
export type AdminPermission = (typeof ADMIN_PERMISSIONS)[number];
export const ADMIN_PERMISSION_LABELS: Readonly<Record<AdminPermission, string>> = {
  globalAdministrator: 'Entra Global Administrator',
  intuneLicense: 'an Intune licence',
  fullAdministrator: 'Configuration Manager Full Administrator with All scope',
  syncedHybridIdentity: 'a synced (hybrid) identity in Entra ID',
  entraUserDiscovery: 'discovered by Entra ID user discovery',
  adUserDiscovery: 'discovered by Active Directory user discovery',
  initiateConfigMgrAction: 'the Intune permission Remote tasks > Initiate Configuration Manager action',
};

/** Built-in collection ids (always present; membership is query based, not editable). */
export const ALL_SYSTEMS = 'all-systems';
export const ALL_CLIENTS = 'all-desktop-and-server-clients';
export const CO_MANAGEMENT_ELIGIBLE = 'co-management-eligible-devices';

/**
 * Version gates of the fact sheet (rule 16 and sections 2-4). `min` is the first Configuration
 * Manager version that has the feature; `until` the first version that no longer supports it.
 */
export const GATES = {
  'co-management': { min: 1710, title: 'co-management needs Configuration Manager 1710 or later' },
  'endpoint-protection-workload': {
    min: 1802,
    title: 'the Endpoint Protection workload needs Configuration Manager 1802 or later',
  },
  'per-workload-pilot': {
    min: 1906,
    title: 'a workload pilot collection per workload needs Configuration Manager 1906 or later',
  },
  'device-token-enrollment': {
    min: 1906,
    title: 'enrollment with the Entra device token needs Configuration Manager 1906 or later',
  },
  'tenant-attach': { min: 2002, title: 'tenant attach (device upload) needs Configuration Manager 2002 or later' },
  'enablement-none': {
    min: 2002,
    title: 'the "None" choice for Automatic enrollment in Intune appears with Configuration Manager 2002',
  },
  'connector-detail': {
    min: 2006,
    title: 'the connector page shows full detail only for hierarchies on 2006 or later',
  },
  'either-user-discovery': {
    min: 2103,
    title: 'from 2103 either Entra ID or Active Directory user discovery is enough; 2010 and earlier need both',
  },
  'us-government-cloud': {
    min: 2107,
    title: 'the Azure US Government Cloud needs Configuration Manager 2107 or later',
  },
  'cloud-attach-wizard': {
    min: 2111,
    title:
      'the Cloud Attach Configuration Wizard (Cloud attach, Configure upload, Enablement, Summary) is 2111 or later',
  },
  'wizard-workloads-page': {
    until: 2111,
    title:
      'the Cloud Attach Configuration Wizard (2111 and later) has no Workloads page: move workloads in co-management Properties after enabling',
  },
  // Microsoft's resource access deprecation FAQ: deprecated from 2103, no longer tested or
  // supported from 2203 (the features remain), no new company resource access profiles from 2207,
  // removed in 2211, and the slider is to be disabled so that only Intune deploys resource access
  // profiles. In this simulator the slider moves up to 2207 and is disabled from 2211; the one rule
  // is this gate (resourceAccessNote below gives what the workloads view says on each version).
  'resource-access-workload': {
    until: 2211,
    title:
      'resource access policies are removed in Configuration Manager 2211: in this simulator the slider is disabled from 2211 and Intune deploys them',
  },
} as const;
export type GateId = keyof typeof GATES;

/**
 * The note the workloads view shows for Resource access policies on this version (Microsoft's
 * deprecation FAQ), or null before 2203: the slider still moves on 2203 and 2207.
 */
export function resourceAccessNote(version: number): string | null {
  if (version < 2203) return null;
  const removed = GATES['resource-access-workload'].title;
  return passesGate('resource-access-workload', version)
    ? 'Not supported from 2203; no new profiles from 2207.'
    : `${removed[0]!.toUpperCase()}${removed.slice(1)}.`;
}

/** True when the site version passes the gate. */
export function passesGate(gate: GateId, version: number): boolean {
  const g: { min?: number; until?: number } = GATES[gate];
  if (g.min !== undefined && version < g.min) return false;
  if (g.until !== undefined && version >= g.until) return false;
  return true;
}

/** Configuration Manager versions a scenario may use (current branch releases). */
export const SITE_VERSIONS = [
  1710, 1802, 1806, 1810, 1902, 1906, 1910, 2002, 2006, 2010, 2103, 2107, 2111, 2203, 2207, 2211, 2303, 2309, 2403,
  2409, 2503,
] as const;

/** Simulated minutes. */
export const MINUTES_PER_DAY = 24 * 60;
/** Tenant attach uploads changes every 15 minutes (fact sheet 3.7). */
export const UPLOAD_CYCLE_MINUTES = 15;
/** ...and they appear in the admin center 5-10 minutes after the cycle (3.7). */
export const UPLOAD_APPEAR_MIN = 5;
export const UPLOAD_APPEAR_MAX = 10;
/** Fleets: from 12 to 100,000 devices. */
export const FLEET_MIN = 12;
export const FLEET_MAX = 100_000;
/** The longest single "advance time" step: 30 days. */
export const MAX_ADVANCE_MINUTES = 30 * MINUTES_PER_DAY;
