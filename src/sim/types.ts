/**
 * The simulation's data: the world state, the closed unions of actions, events and goal checks,
 * and the fleet and scenario definitions. Plain serialisable data only (no classes, no functions,
 * no typed arrays): a state survives `structuredClone` and `JSON.stringify` unchanged.
 */
import type {
  AdminPermission,
  Authority,
  AutoEnrollment,
  AzureEnvironment,
  DeviceActionKind,
  GateId,
  JoinType,
  MdmUserScope,
  OsId,
  SliderPosition,
  WorkloadId,
} from './constants';
import type { ViewId, ViewLocation } from './views';

// ---------------------------------------------------------------------------------------------
// World

/** The Configuration Manager site (hierarchy). */
export interface Site {
  /** Current branch version, e.g. 2111. */
  version: number;
  /** Three-character site code, e.g. "CON". */
  code: string;
  /** The hierarchy's name as the connector page shows it. */
  hierarchyName: string;
  /** The service connection point is online and reaches the cloud. */
  serviceConnectionPoint: boolean;
  /** The administration service (SMS_REST_PROVIDER on the SMS Provider) is set up and working. */
  administrationService: boolean;
  /** A cloud management gateway exists, so internet-based clients can reach the site. */
  cloudManagementGateway: boolean;
}

/** The Intune tenant. */
export interface Tenant {
  /** Tenant name, e.g. "contoso.onmicrosoft.com". */
  name: string;
  /** Entra ID P1 (or P2) licences: automatic MDM enrollment is an Entra ID Premium feature. */
  entraIdP1: boolean;
  /** The tenant has Intune licences (an Intune subscription). */
  intuneLicenses: boolean;
  /**
   * Automatic enrollment is configured: the Microsoft Intune MDM app in Entra ID with its MDM URLs
   * (Intune admin center: Devices > Device onboarding > Enrollment > Windows > Automatic
   * Enrollment). Without it every enrollment Configuration Manager starts fails with 0x8000FFFF.
   */
  automaticEnrollmentConfigured: boolean;
  /**
   * The MDM user scope of automatic enrollment. It does not stop Configuration Manager's
   * device-token enrollment; in this simulator None fails devices that need the user token.
   */
  mdmUserScope: MdmUserScope;
  /**
   * Tenant administration > Roles > Administrator Licensing > "Allow access to unlicensed admins"
   * (on by default for tenants created since mid-2020; covers Global Administrators).
   */
  allowUnlicensedAdmins: boolean;
  /**
   * An Intune co-management settings policy (Devices > Enrollment > Windows > Co-management
   * settings) targets the Windows Autopilot devices, with "Override co-management policy and use
   * Intune for all workloads" left at No: their workloads follow the sliders. Without one, a
   * Windows 11 Autopilot device keeps Intune for every workload.
   */
  coManagementSettingsPolicy: boolean;
}

/** The admin acting in both consoles. */
export interface Admin {
  /** Display name, e.g. "Megan Bowen". */
  name: string;
  /** Entra Global Administrator (needed for onboarding: the wizard creates an app registration and a service principal). */
  globalAdministrator: boolean;
  /** Has an Intune licence (without one, the admin center refuses the admin unless the tenant allows unlicensed admins). */
  intuneLicense: boolean;
  /** Configuration Manager Full Administrator with All scope (needed to configure cloud attach). */
  fullAdministrator: boolean;
  /** A synced (hybrid) identity in Entra ID. */
  syncedHybridIdentity: boolean;
  /** Discovered by Entra ID user discovery. */
  entraUserDiscovery: boolean;
  /** Discovered by Active Directory user discovery. */
  adUserDiscovery: boolean;
  /** Intune permission Remote tasks > Initiate Configuration Manager action. */
  initiateConfigMgrAction: boolean;
  /** Collections on which the admin holds Configuration Manager rights (ids). */
  collectionRights: string[];
}

/** How a collection gets its members. */
export type CollectionKind = 'static' | 'all-systems' | 'all-clients' | 'co-management-eligible';

/** A device collection. */
export interface Collection {
  /** Stable kebab-case id. */
  id: string;
  /** Name as the console shows it, e.g. "Pilot-Finance". */
  name: string;
  /** The collection this one is a child of, or null. */
  parent: string | null;
  /** 'static': members listed below; the other kinds are built in and query based. */
  kind: CollectionKind;
  /** Device indices, ascending, without duplicates (only for 'static'; [] otherwise). */
  members: number[];
}

/** Where a device is on its way to Intune enrollment (stored; the funnel stage is derived). */
export type EnrollmentStage = 'none' | 'scheduled' | 'initiated' | 'enrolled' | 'failed';

export interface Enrollment {
  stage: EnrollmentStage;
  /**
   * Simulated minute: for 'scheduled', when enrollment will be initiated; for 'initiated', when it
   * completes; for 'enrolled' / 'failed', when that happened; 0 for 'none'.
   */
  at: number;
  /** The enrollment error code for 'failed', or a status such as "Pending user sign in". */
  code: string | null;
}

/** One device. Its index in `SimState.devices` is its identity inside the engine. */
export interface Device {
  /** Device name, e.g. "CON-0042". */
  name: string;
  os: OsId;
  join: JoinType;
  /** The Configuration Manager client is installed (Client = Yes). */
  client: boolean;
  /** The device lives on the internet (not on the intranet with its management point). */
  internet: boolean;
  /** A user is signed in (needed where enrollment falls back to the user token). */
  userSignedIn: boolean;
  /** Free label used by collection selectors, e.g. "Finance". */
  department: string;
  /** Provisioned by Windows Autopilot (enrolled in Intune before it had the Configuration Manager client). */
  autopilot: boolean;
  enrollment: Enrollment;
}

/** A policy of one workload, from Intune or from Configuration Manager. */
export interface Policy {
  /** Stable kebab-case id. */
  id: string;
  /** Name as its console shows it. */
  name: string;
  source: 'intune' | 'configmgr';
  workload: WorkloadId;
  /** The collection it is assigned / deployed to, or null when unassigned. */
  assignedTo: string | null;
  /**
   * Configuration Manager baseline flagged "Always apply this baseline even for co-managed
   * clients" (Device configuration only).
   */
  alwaysApply: boolean;
}

/** A setting still on devices after its Intune assignment was removed under Pilot Intune (rule 7). */
export interface Leftover {
  policy: string;
  /** The workload whose Pilot Intune position brought the policy to these devices (rule 6 can make it Device configuration). */
  via: WorkloadId;
  /** Device indices, ascending. */
  devices: number[];
}

/** Upload scope: every client, or one collection with its child collections. */
export type UploadScope = 'all' | { collection: string };

/** Cloud attach as configured (the co-management object, CoMgmtSettingsProd). */
export interface CloudAttachSettings {
  environment: AzureEnvironment;
  /** Upload to the admin center (tenant attach), or null when off. */
  upload: UploadScope | null;
  endpointAnalytics: boolean;
  /** The upload was on once and has been turned off (offboarding): the connector shows Unknown. */
  offboarded: boolean;
}

/** One workload's settings. */
export interface WorkloadSetting {
  position: SliderPosition;
  /** The workload pilot collection (Staging), or null. */
  pilotCollection: string | null;
}

export interface CoManagementSettings {
  autoEnrollment: AutoEnrollment;
  /** The Intune Auto Enrollment collection (for Pilot), or null. */
  autoEnrollmentCollection: string | null;
  /** The seven workloads, in `WORKLOAD_IDS` order. */
  workloads: WorkloadSetting[];
}

export interface Settings {
  /** null until the wizard has finished (nothing configured yet). */
  cloudAttach: CloudAttachSettings | null;
  coManagement: CoManagementSettings;
}

export const WIZARD_PAGES = ['cloud-attach', 'configure-upload', 'enablement', 'workloads', 'summary'] as const;
export type WizardPage = (typeof WIZARD_PAGES)[number];

/** The open wizard and the choices made so far. */
export interface WizardState {
  page: WizardPage;
  /** Set by Sign In. */
  environment: AzureEnvironment | null;
  /** 2111+: "Use default settings (recommended)" or "Customize settings". */
  mode: 'default' | 'customize';
  upload: UploadScope | null;
  endpointAnalytics: boolean;
  autoEnrollment: AutoEnrollment;
  autoEnrollmentCollection: string | null;
  /** Pre-2111 Workloads and Staging pages. */
  workloads: WorkloadSetting[];
}

/** Tenant attach upload and connector bookkeeping. */
export interface UploadState {
  /** Next upload cycle, or null when upload is off. */
  nextCycleAt: number | null;
  /** Last cycle that reached the cloud, or null. */
  lastSyncAt: number | null;
  /** Devices the admin center lists (indices, ascending), from the last cycle that is visible. */
  visible: number[];
  /** A finished cycle whose records are not visible yet, or null. */
  pending: { visibleAt: number; devices: number[] } | null;
}

/** The result of a device action from the admin center (fact sheet 3.5, 3.7, rule 15). */
export interface DeviceActionRecord {
  at: number;
  device: string;
  action: DeviceActionKind;
  /** As the "Device actions status" table shows it. */
  status: 'Complete' | 'Failed';
  /** The Error column, or null. */
  error: string | null;
  /** Log lines along the path, in order. */
  logs: LogLine[];
}

export interface LogLine {
  at: number;
  /** Log file name, e.g. "CMGatewayNotificationWorker.log". */
  log: string;
  /** Where the log lives, e.g. "service connection point (CON-CM01)". */
  where: string;
  text: string;
}

/** The whole world. `step` returns a new one and never changes an old one. */
export interface SimState {
  /** Format version of this structure. */
  format: 1;
  /** Simulated minutes since the scenario started (day 1, 09:00). */
  clock: number;
  /** Seeded PRNG state (mulberry32, one unsigned 32-bit integer). */
  rng: number;
  /** The seed the world was built from. */
  seed: number;
  site: Site;
  tenant: Tenant;
  admin: Admin;
  collections: Collection[];
  devices: Device[];
  policies: Policy[];
  leftovers: Leftover[];
  settings: Settings;
  wizard: WizardState | null;
  upload: UploadState;
  /** When a workload was last switched (for the immediate MDM sync of rule 10), or null. */
  lastWorkloadSwitchAt: number | null;
  /** Device actions run so far, oldest first. */
  deviceActions: DeviceActionRecord[];
}

// ---------------------------------------------------------------------------------------------
// Actions: a closed union on `type`

export type Action =
  /** Administration > Cloud Services > Cloud Attach > Configure Cloud Attach. */
  | { type: 'open-wizard' }
  /** Cloud attach page: choose the Azure environment and Sign In as the acting admin. */
  | { type: 'wizard-sign-in'; environment: AzureEnvironment }
  /** Cloud attach page (2111+): default settings or customised. */
  | { type: 'wizard-set-mode'; mode: 'default' | 'customize' }
  /** Configure upload page: which devices to upload (null: no upload) and Endpoint analytics. */
  | { type: 'wizard-set-upload'; upload: UploadScope | null; endpointAnalytics: boolean }
  /** Enablement page: Automatic enrollment in Intune and the Intune Auto Enrollment collection. */
  | { type: 'wizard-set-enablement'; autoEnrollment: AutoEnrollment; collection: string | null }
  /** Workloads / Staging pages (before 2111 only). */
  | { type: 'wizard-set-workload'; workload: WorkloadId; position: SliderPosition; pilotCollection: string | null }
  /** Next page. */
  | { type: 'wizard-next' }
  /** Summary page: finish and apply. */
  | { type: 'wizard-finish' }
  | { type: 'wizard-cancel' }
  /** Properties > Configure upload tab. */
  | { type: 'set-upload'; upload: UploadScope | null; endpointAnalytics: boolean }
  /** Properties > Enablement tab. */
  | { type: 'set-auto-enrollment'; autoEnrollment: AutoEnrollment; collection: string | null }
  /** Properties > Workloads tab: move one slider. */
  | { type: 'set-workload'; workload: WorkloadId; position: SliderPosition }
  /** Properties > Staging tab: the workload pilot collection of one workload, or of all. */
  | { type: 'set-pilot-collection'; workload: WorkloadId | 'all'; collection: string }
  | { type: 'add-to-collection'; collection: string; devices: string[] }
  | { type: 'remove-from-collection'; collection: string; devices: string[] }
  | { type: 'assign-policy'; policy: string; collection: string }
  | { type: 'unassign-policy'; policy: string }
  | { type: 'set-service-connection-point'; online: boolean }
  | { type: 'set-administration-service'; working: boolean }
  | { type: 'set-cloud-management-gateway'; present: boolean }
  | { type: 'set-mdm-user-scope'; scope: MdmUserScope }
  /** Automatic enrollment (the Microsoft Intune MDM app in Entra ID) configured or not. */
  | { type: 'set-automatic-enrollment-configured'; configured: boolean }
  /** Tenant administration > Roles > Administrator Licensing > "Allow access to unlicensed admins". */
  | { type: 'set-unlicensed-admins'; allowed: boolean }
  /** An Intune co-management settings policy targeted at the Autopilot devices (override left at No), or none. */
  | { type: 'set-co-management-settings-policy'; targeted: boolean }
  | { type: 'set-admin-permission'; permission: AdminPermission; granted: boolean }
  | { type: 'set-collection-rights'; collection: string; granted: boolean }
  /**
   * Intune installs the Configuration Manager client on enrolled devices without it: through the
   * co-management settings policy when one is targeted, else as an app.
   */
  | { type: 'install-client-from-intune' }
  /** A user unenrolls the device from Intune. */
  | { type: 'unenroll-device'; device: string }
  /** A device action from the Intune admin center. */
  | { type: 'device-action'; device: string; action: DeviceActionKind }
  | { type: 'advance-time'; minutes: number };

export type ActionType = Action['type'];

// ---------------------------------------------------------------------------------------------
// Events: effects as data, each with its simulated minute

export type FunnelEventStage =
  'Scheduled' | 'Enrollment initiated' | 'Enrolled' | 'Failed' | 'Pending user sign in' | 'Unenrolled';

export type SimEvent =
  | { type: 'time-advanced'; at: number; from: number; minutes: number }
  | { type: 'wizard-page'; at: number; page: WizardPage; title: string }
  | { type: 'signed-in'; at: number; admin: string; environment: AzureEnvironment }
  | { type: 'app-registered'; at: number; text: string }
  | { type: 'setting-changed'; at: number; setting: string; from: string; to: string }
  /** `collection`: the collection's name as the console shows it. */
  | { type: 'collection-changed'; at: number; collection: string; added: number; removed: number }
  | { type: 'policy-changed'; at: number; policy: string; text: string }
  | { type: 'enrollment'; at: number; stage: FunnelEventStage; count: number; devices: string[]; code: string | null }
  | { type: 'authority-changed'; at: number; workload: WorkloadId; toIntune: number; toConfigMgr: number }
  | { type: 'mdm-sync'; at: number; devices: number; text: string }
  | { type: 'upload-cycle'; at: number; records: number; full: boolean; text: string }
  | { type: 'upload-visible'; at: number; devices: number }
  | { type: 'connector-status'; at: number; from: string; to: string }
  | { type: 'client-installed'; at: number; count: number }
  | { type: 'device-action'; at: number; record: DeviceActionRecord };

/** What `step` returns: the new state and its events, or why the action was refused. */
export type StepResult =
  { ok: true; state: SimState; events: SimEvent[] } | { ok: false; reason: string; gate?: GateId; state: SimState };

// ---------------------------------------------------------------------------------------------
// Goals and checks: a closed union on `type`

/** Funnel stage names as the dashboard counts them (cumulative: Scheduled includes later stages). */
export const FUNNEL_STAGES = [
  'eligible',
  'scheduled',
  'enrollment-initiated',
  'enrolled',
  'failed',
  'not-eligible',
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export type ManagedBy = 'ConfigMgr' | 'Co-managed' | 'Intune';
export type ConnectorStatus = 'No results' | 'Healthy' | 'Unknown';

export type Check =
  | { type: 'slider-position'; workload: WorkloadId; position: SliderPosition }
  | { type: 'pilot-collection'; workload: WorkloadId; collection: string }
  | { type: 'auto-enrollment'; autoEnrollment: AutoEnrollment; collection?: string | undefined }
  | { type: 'effective-authority'; device: string; workload: WorkloadId; authority: Authority }
  /** Every device in the collection has this effective authority for the workload. */
  | { type: 'collection-authority'; collection: string; workload: WorkloadId; authority: Authority }
  | { type: 'funnel-count'; stage: FunnelStage; atLeast?: number | undefined; atMost?: number | undefined }
  | { type: 'upload-scope'; upload: UploadScope | null }
  | { type: 'connector-status'; status: ConnectorStatus }
  | { type: 'managed-by'; device: string; managedBy: ManagedBy | null }
  /**
   * The latest device action on the device (of that kind, when given) ended with this status, and
   * with an Error column containing `error` when given. With `ever`, any such action so far counts,
   * not only the latest: a step that shows a refusal stays checkable after a later success.
   */
  | {
      type: 'device-action';
      device: string;
      action?: DeviceActionKind | undefined;
      status: 'Complete' | 'Failed';
      error?: string | undefined;
      ever?: boolean | undefined;
    }
  /**
   * A policy's settings on a device, as the admin center's device page lists them. `applied`: they
   * are in effect there, enforced through an assignment or left behind after it stopped (rules 7,
   * 8: "remains"); false: neither. `left` (with `applied` only) narrows it: true, only left behind
   * and no longer enforced; false, enforced.
   */
  | { type: 'policy-on-device'; device: string; policy: string; applied: boolean; left?: boolean | undefined }
  /** Signed in to this Azure environment: in the open wizard, or cloud attach configured there. */
  | { type: 'signed-in'; environment: AzureEnvironment };

export interface Goal {
  id: string;
  title: string;
  checks: Check[];
}

export interface CheckResult {
  check: Check;
  passed: boolean;
  /** What the simulation shows now, in console words. */
  actual: string;
  /** What the goal wants. */
  expected: string;
  /** A sentence saying what differs, or null when passed. */
  difference: string | null;
}

export interface GoalResult {
  goalId: string;
  passed: boolean;
  checks: CheckResult[];
}

// ---------------------------------------------------------------------------------------------
// Fleets and scenarios

/** A fixed value, or weights to draw one from with the seeded PRNG. */
export type Choice<T extends string> = T | Partial<Record<T, number>>;

/** A group of devices with the same (or the same distribution of) properties. */
export interface FleetSegment {
  /** How many devices. */
  count: number;
  os: Choice<OsId>;
  join: Choice<JoinType>;
  /** Share of devices with the Configuration Manager client, 0-1 (default 1). */
  client?: number | undefined;
  /** Share of internet-based devices, 0-1 (default 0). */
  internet?: number | undefined;
  /** Share of devices already enrolled in Intune (e.g. by Autopilot), 0-1 (default 0). */
  intuneEnrolled?: number | undefined;
  /** The segment's devices already enrolled in Intune were provisioned by Windows Autopilot (default false). */
  autopilot?: boolean | undefined;
  /** Share with a signed-in user, 0-1 (default 1). */
  userSignedIn?: number | undefined;
  /** Department label, or weights (default "General"). */
  department?: string | Record<string, number> | undefined;
}

/** A fleet: a name prefix and segments; 12 to 100,000 devices in all. */
export interface FleetSpec {
  /** Device names are `<prefix>-<number>`, numbers zero-padded to at least 4 digits. */
  prefix: string;
  segments: FleetSegment[];
}

/** Picks devices for a collection; every given filter must match. */
export interface MemberSelector {
  department?: string | undefined;
  os?: OsId[] | undefined;
  join?: JoinType[] | undefined;
  internet?: boolean | undefined;
  client?: boolean | undefined;
  /** Exact device names. */
  names?: string[] | undefined;
  /** Keep only the first N matches. */
  limit?: number | undefined;
}

export interface CollectionSpec {
  id: string;
  name: string;
  parent?: string | undefined;
  members: MemberSelector;
}

export interface PolicySpec {
  id: string;
  name: string;
  source: 'intune' | 'configmgr';
  workload: WorkloadId;
  assignedTo?: string | undefined;
  alwaysApply?: boolean | undefined;
}

/** The starting settings of a scenario; every field has a default. */
export interface InitialSettings {
  site?: Partial<Omit<Site, 'version'>> | undefined;
  tenant?: Partial<Tenant> | undefined;
  admin?: Partial<Admin> | undefined;
  /** Cloud attach as already configured, or absent when not configured. */
  cloudAttach?:
    | {
        environment?: AzureEnvironment | undefined;
        upload: UploadScope | null;
        endpointAnalytics?: boolean | undefined;
      }
    | undefined;
  coManagement?:
    | {
        autoEnrollment: AutoEnrollment;
        autoEnrollmentCollection?: string | undefined;
        workloads?:
          Partial<Record<WorkloadId, { position: SliderPosition; pilotCollection?: string | undefined }>> | undefined;
      }
    | undefined;
  /** Start after enrollment and upload have settled (every targeted device already enrolled or failed). */
  settled?: boolean | undefined;
  policies?: PolicySpec[] | undefined;
}

/** A scenario step: narration plus the actions that the presenter (or "Next") applies. */
export interface ScenarioStep {
  title: string;
  narration: string;
  presenterNote: string;
  actions: Action[];
  /**
   * The views the presenter shows for this step, in turn on each step key, instead of the one its
   * events point at (src/sim/stage.ts); absent: that derived view.
   */
  view?: ViewLocation[] | undefined;
}

/** A scenario as `content/scenarios/<id>.yaml` holds it (validated by `src/schemas/scenario.ts`). */
export interface Scenario {
  id: string;
  title: string;
  summary: string;
  /** Minutes to present it to a class (the engine does not use it). */
  durationMinutes: number;
  /** The lab console's view the scenario opens at (src/sim/views.ts). */
  opensAt: ViewId;
  siteVersion: number;
  seed: number;
  fleet: FleetSpec;
  collections: CollectionSpec[];
  initial: InitialSettings;
  steps: ScenarioStep[];
  goals: Goal[];
}
