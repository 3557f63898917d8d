/**
 * "Guide me" in words: one instruction per action of a scenario's script, built from the action's
 * home in the lab (`action-homes.ts`: its view, control and send button) and the menu path of that
 * view: "Administration > Cloud Services > Cloud Attach > CoMgmtSettingsProd > Properties >
 * Workloads: move Compliance policies to Pilot Intune, then Apply".
 *
 * Plain functions and data (no Preact): the task panel loads it on first use. The paths repeat what
 * each view module's `path` says, because those modules are Preact components; a test compares
 * the two for every view id, so they cannot drift apart.
 */
import { WORKLOAD_LABELS } from '../../sim/constants';
import { collectionName } from '../../sim/collections';
import { wizardName, wizardPageTitle } from '../../sim/labels';
import type { Action, ActionType, SimState, UploadScope } from '../../sim/types';
import type { ViewId } from '../../sim/views';
import { homeOf, type ActionHome, type ControlRef } from './action-homes';

/** One step of the guide: what to do, where, and with which control. */
export interface Instruction {
  /** The instruction a learner reads: the menu path, then what to do with which control. */
  text: string;
  /** The view holding the control; 'lab-bar' for the lab bar over both consoles. */
  view: ViewId | 'lab-bar';
  /** The menu path to the view, outermost first, as the console spells it ([] for the lab bar). */
  path: string[];
  /** The control to operate (for advance-time, the lab bar's button to press first). */
  control: ControlRef;
  /** The button that sends the change (Apply, Save, OK, Sign In), when there is one. */
  send?: ControlRef;
  /** Where the control sits inside its view, in the console's words, when the view alone does not say. */
  place?: string;
}

/** The console node of cloud attach on this version: "Co-management" in 2103 and earlier (cm/parts.tsx, coMgmtNode). */
const coMgmtNode = (version: number) => (version >= 2107 ? 'Cloud Attach' : 'Co-management');
const cloudAttach = (version: number) => ['Administration', 'Cloud Services', coMgmtNode(version)];
const properties = (tab: string) => (version: number) => [
  ...cloudAttach(version),
  'CoMgmtSettingsProd',
  'Properties',
  tab,
];
const enrollmentWindows = ['Devices', 'Device onboarding', 'Enrollment', 'Windows'];

/**
 * The menu path of each view on a site version, as its view module's `path` gives it (the device
 * page's last item is the device's name, or "Device"). Plain data, for the guide and the notes
 * window's preview of the room, which must not load the consoles' code and styles.
 */
export const VIEW_PATHS: Readonly<Record<ViewId, (version: number, device?: string) => string[]>> = {
  'cm.devices': () => ['Assets and Compliance', 'Overview', 'Devices'],
  'cm.collections': () => ['Assets and Compliance', 'Overview', 'Device Collections'],
  'cm.dashboard': (version) => ['Monitoring', 'Overview', coMgmtNode(version)],
  'cm.cloud-attach': cloudAttach,
  'cm.wizard': (version) => [...cloudAttach(version), wizardName(version)],
  'cm.properties.configure-upload': properties('Configure upload'),
  'cm.properties.enablement': properties('Enablement'),
  'cm.properties.workloads': properties('Workloads'),
  'cm.properties.staging': properties('Staging'),
  'cm.administrative-users': () => ['Administration', 'Security', 'Administrative Users'],
  'intune.home': () => ['Home'],
  'intune.devices': () => ['Devices', 'All devices'],
  'intune.device': (_version, device) => ['Devices', 'All devices', device ?? 'Device'],
  'intune.antivirus': () => ['Endpoint security', 'Antivirus'],
  'intune.automatic-enrollment': () => [...enrollmentWindows, 'Automatic Enrollment'],
  'intune.co-management-settings': () => [...enrollmentWindows, 'Co-management settings'],
  'intune.roles': () => ['Tenant administration', 'Roles'],
  'intune.connectors': () => [
    'Tenant administration',
    'Connectors and tokens',
    'Microsoft Endpoint Configuration Manager',
  ],
  'lab.authority-map': () => ['Lab views', 'Authority map'],
  'lab.environment': () => ['Lab views', 'Lab environment'],
};

/** The instruction for one action, taken in `state` (the learner's state now). */
export function instructionFor(action: Action, state: SimState): Instruction {
  const home = homeOf(action, state);
  const path = pathOf(action, home, state);
  const doing = (DOING[action.type] as Doing<Action>)(action, home, state);
  const control = action.type === 'advance-time' ? presses(action.minutes)[0]!.control : home.control;
  const where = home.view === 'lab-bar' ? 'Lab bar' : path.join(' > ');
  return {
    text: `${where}: ${doing}`,
    view: home.view,
    path,
    control,
    ...(home.send ? { send: home.send } : {}),
    ...(home.place ? { place: home.place } : {}),
  };
}

function pathOf(action: Action, home: ActionHome, state: SimState): string[] {
  if (home.view === 'lab-bar') return [];
  const path = VIEW_PATHS[home.view](state.site.version);
  // The device page's path ends with the device's name.
  if (home.view === 'intune.device' && 'device' in action) return [...path.slice(0, -1), action.device];
  return path;
}

// ---------------------------------------------------------------------------------------------
// What to do, per action type

/** What to do with the action's control, after the path: "move Compliance policies to Pilot Intune, then Apply". */
type Doing<A extends Action> = (action: A, home: ActionHome, state: SimState) => string;
type Doings = { [T in ActionType]: Doing<Extract<Action, { type: T }>> };

const then = (home: ActionHome) => (home.send ? `, then ${home.send.name}` : '');

/** A checkbox set to a value: "tick X", "clear X", or "leave X ticked" when it already is. */
function box(name: string, want: boolean, now: boolean | null): string {
  if (now === want) return `leave ${name} ${want ? 'ticked' : 'clear'}`;
  return `${want ? 'tick' : 'clear'} ${name}`;
}

/** A radio button, with its group when its name repeats across groups. */
const radio = (control: ControlRef) =>
  control.group ? `under ${control.group}, select ${control.name}` : `select ${control.name}`;

/** A combobox and the option to choose in it. */
const choose = (control: ControlRef) => `in ${control.name}, choose ${control.option ?? ''}`;

const ENDPOINT_ANALYTICS = 'Enable Endpoint Analytics for devices uploaded to Microsoft Endpoint Manager';

/** The Configure upload choices (the wizard's page or the Properties tab). */
function upload(
  state: SimState,
  control: ControlRef,
  scope: UploadScope | null,
  endpointAnalytics: boolean,
  now: { upload: UploadScope | null; endpointAnalytics: boolean } | null,
): string {
  if (scope === null) return box(control.name, false, now ? now.upload !== null : null);
  const devices =
    scope === 'all'
      ? `select ${control.name}`
      : `select ${control.name} and choose ${collectionName(state, scope.collection)} in Collection`;
  return `${devices}, and ${box(ENDPOINT_ANALYTICS, endpointAnalytics, now ? now.endpointAnalytics : null)}`;
}

/** Automatic enrollment in Intune, with the Intune Auto Enrollment collection for Pilot. */
function enablement(state: SimState, control: ControlRef, collection: string | null): string {
  return `${radio(control)}${collection ? ` and choose ${collectionName(state, collection)} in Intune Auto Enrollment collection` : ''}`;
}

const wizardPage = (state: SimState) =>
  state.wizard ? `on the ${wizardPageTitle(state.site.version, state.wizard.page)} page, ` : '';

/** The lab bar's time buttons, largest first: a length the bar has no button for takes several presses. */
const TIME_BUTTONS = [
  { minutes: 1440, name: 'Advance 1 day' },
  { minutes: 60, name: 'Advance 1 hour' },
  { minutes: 15, name: 'Advance 15 minutes' },
] as const;

/**
 * The presses that advance the clock by `minutes`, largest button first. A length that is not a
 * whole number of quarter hours is rounded up to the next one (the lab bar has no smaller step).
 */
function presses(minutes: number): { control: ControlRef; times: number }[] {
  let rest = Math.ceil(Math.max(1, minutes) / 15) * 15;
  const out: { control: ControlRef; times: number }[] = [];
  for (const button of TIME_BUTTONS) {
    const times = Math.floor(rest / button.minutes);
    if (times === 0) continue;
    out.push({ control: { role: 'button', name: button.name }, times });
    rest -= times * button.minutes;
  }
  return out;
}

const policyName = (state: SimState, id: string) => state.policies.find((p) => p.id === id)?.name ?? id;

const timesWord = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

const DOING = {
  'open-wizard': (_a, home) => `on the ribbon, choose ${home.control.name}`,
  'wizard-sign-in': (_a, home, state) => `${wizardPage(state)}${choose(home.control)}${then(home)}`,
  'wizard-set-mode': (_a, home, state) => `${wizardPage(state)}${radio(home.control)}`,
  'wizard-set-upload': (a, home, state) =>
    `on the ${home.place ?? 'Configure upload page'}, ${upload(state, home.control, a.upload, a.endpointAnalytics, state.wizard)}`,
  'wizard-set-enablement': (a, home, state) =>
    `on the ${home.place ?? 'Enablement page'}, ${enablement(state, home.control, a.autoEnrollment === 'pilot' ? a.collection : null)}`,
  'wizard-set-workload': (a, home, state) =>
    `on the ${home.place ?? 'Workloads and Staging page'}, ${a.pilotCollection ? `in Workload pilot collection for ${WORKLOAD_LABELS[a.workload]}, choose ${collectionName(state, a.pilotCollection)}, then ` : ''}move ${home.control.group ?? WORKLOAD_LABELS[a.workload]} to ${home.control.name}`,
  'wizard-next': (_a, home, state) => `${wizardPage(state)}choose ${home.control.name}`,
  'wizard-finish': (_a, home) =>
    `on the ${home.place ?? 'Summary page'}, choose ${home.control.name} to apply the settings`,
  'wizard-cancel': (_a, home) => `choose ${home.control.name}`,
  'set-upload': (a, home, state) =>
    `${upload(state, home.control, a.upload, a.endpointAnalytics, state.settings.cloudAttach)}${then(home)}`,
  'set-auto-enrollment': (a, home, state) =>
    `${enablement(state, home.control, a.autoEnrollment === 'pilot' ? a.collection : null)}${then(home)}`,
  'set-workload': (a, home) =>
    `move ${home.control.group ?? WORKLOAD_LABELS[a.workload]} to ${home.control.name}${then(home)}`,
  'set-pilot-collection': (_a, home) => `${choose(home.control)}${then(home)}`,
  'add-to-collection': (a, home, state) =>
    `select ${a.devices.join(', ')}, choose ${home.control.name}, and in Select Collection choose ${collectionName(state, a.collection)}${then(home)}`,
  'remove-from-collection': (a, home, state) =>
    `select ${collectionName(state, a.collection)}, choose Show Members, select ${a.devices.join(', ')}, then choose ${home.control.name}`,
  'assign-policy': (a, home, state) => `under ${policyName(state, a.policy)}, ${choose(home.control)}${then(home)}`,
  'unassign-policy': (a, home, state) => `under ${policyName(state, a.policy)}, ${choose(home.control)}${then(home)}`,
  'set-service-connection-point': (a, home, state) =>
    box(home.control.name, a.online, state.site.serviceConnectionPoint),
  'set-administration-service': (a, home, state) => box(home.control.name, a.working, state.site.administrationService),
  'set-cloud-management-gateway': (a, home, state) =>
    box(home.control.name, a.present, state.site.cloudManagementGateway),
  'set-mdm-user-scope': (_a, home) => `${radio(home.control)}${then(home)}`,
  'set-automatic-enrollment-configured': (_a, home) => `choose ${home.control.name}${then(home)}`,
  'set-unlicensed-admins': (a, home, state) =>
    `${box(home.control.name, a.allowed, state.tenant.allowUnlicensedAdmins)}${then(home)}`,
  'set-co-management-settings-policy': (a, home, state) =>
    `${box(home.control.name, a.targeted, state.tenant.coManagementSettingsPolicy)}${then(home)}`,
  'set-admin-permission': (a, home, state) =>
    `${home.view === 'cm.administrative-users' ? `select ${state.admin.name}, open ${home.place ?? 'Properties'}, ` : ''}${box(home.control.name, a.granted, state.admin[a.permission])}${then(home)}`,
  'set-collection-rights': (a, home, state) =>
    `select ${state.admin.name}, open ${home.place ?? 'Properties'}, under ${home.control.group ?? 'Collections'}, ${box(home.control.name, a.granted, state.admin.collectionRights.includes(a.collection))}${then(home)}`,
  'install-client-from-intune': (_a, home) => `choose ${home.control.name}`,
  'unenroll-device': (_a, home) => `choose ${home.control.name}`,
  'device-action': (_a, home) => `choose ${home.control.name}`,
  'advance-time': (a) =>
    `press ${presses(a.minutes)
      .map((p) => (p.times === 1 ? p.control.name : `${p.control.name} ${timesWord(p.times)}`))
      .join(', then ')}`,
} satisfies Doings;
