/**
 * The pure core of "Guide me": a scenario's script as states (`scriptSteps`), and how far a learner
 * has come with one step (`stepStatus`): which of its actions the engine state already shows, and
 * which of the learner's own actions since the step began differ from what the step asks.
 *
 * One table, `PROJECTIONS`, says per action type which setting the action sets (its key), that
 * setting's value in a state in the console's words, and how a learner's action reads ("You set
 * Compliance policies to Intune"). An action counts as done when the learner's state has the value
 * the script has after that action. Settings that only move forward (the clock, the wizard's page,
 * the device actions run) count as done once they have got there, so pressing "Advance 1 hour"
 * twice for a two-hour step, or going past a wizard page, is not a value that differs.
 *
 * The script, not the learner's start, is the yardstick: a learner who did an earlier step
 * differently is compared with where the script would be.
 */
import {
  ADMIN_PERMISSION_LABELS,
  AUTO_ENROLLMENT_LABELS,
  AZURE_ENVIRONMENT_LABELS,
  DEVICE_ACTION_LABELS,
  MDM_USER_SCOPE_LABELS,
  SLIDER_LABELS,
  WORKLOAD_LABELS,
  workloadIndex,
  type AutoEnrollment,
} from './constants';
import { collectionName, isMember } from './collections';
import { deviceIndex, formatSimTime, mdmEnrolled } from './derive';
import { wizardName, wizardPageTitle } from './labels';
import { followScript, followStep as followActions, type ScriptStep } from './run-scenario';
import { WIZARD_PAGES, type Action, type ActionType, type Scenario, type SimState, type UploadScope } from './types';

// ---------------------------------------------------------------------------------------------
// The script as states

export type { ScriptStep };

/** Throws, naming the step and the action, when the engine refused an action of the step. */
function applied(step: ScriptStep, scenarioId: string): ScriptStep {
  if (step.refused) {
    const { action, reason } = step.refused;
    throw new Error(`${scenarioId}: step ${step.index + 1}, action ${action + 1} (${step.actions[action]!.type}) is refused: ${reason}`);
  }
  return step;
}

/**
 * Follows a scenario's script from its start and returns every step with its states. Throws,
 * naming the step and the action, if the engine refuses an action of the script (the content tests
 * make sure no scenario file does).
 */
export function scriptSteps(scenario: Scenario): ScriptStep[] {
  return followScript(scenario).map((step) => applied(step, scenario.id));
}

/** One step's states from a given start (`scriptSteps` chains them). Throws if the engine refuses an action. */
export function followStep(start: SimState, actions: readonly Action[], index = 0, scenarioId = 'the script'): ScriptStep {
  return applied(followActions(start, actions, index), scenarioId);
}

// ---------------------------------------------------------------------------------------------
// Status of one step

/** One action of the step, and whether the learner's state already has what it sets. */
export interface GuideItem {
  action: Action;
  done: boolean;
  /**
   * What is left to do for it from the learner's state: the action itself, or for `advance-time`
   * only the minutes still to go to the step's time (the guide's instruction should name those).
   */
  remaining: Action;
}

/** A learner's action since the step began that differs from the step. */
export interface Deviation {
  /** The learner's action (the last one on that setting): Undo takes it back. */
  action: Action;
  /** What differs, in the console's words: "You set Endpoint Protection to Intune; this step does not ask for that." */
  text: string;
}

/** How far a learner has come with one step. */
export interface StepStatus {
  /** One per action of the step, in order. */
  items: GuideItem[];
  /** The learner's actions that set something the step does not ask for, or set a value the step sets to another value. */
  deviations: Deviation[];
  /** Every item is done (true for a step without actions: the UI decides whether its view has been seen). */
  done: boolean;
  /** The index of the first item not done; -1 when all are done. */
  next: number;
}

/**
 * How far the learner has come with `step`.
 *
 * @param state the learner's state now.
 * @param learnerActions the actions the learner took since the step began (the timeline entries
 *   after the step's start cursor), oldest first.
 */
export function stepStatus(step: ScriptStep, state: SimState, learnerActions: readonly Action[]): StepStatus {
  const learner: Reached = { state, actions: learnerActions };
  const start: Reached = { state: step.start, actions: [] };
  const after: Reached = { state: step.after, actions: step.actions };

  const items = step.actions.map((action, k): GuideItem => {
    const target: Reached = { state: step.afterEach[k]!, actions: step.actions.slice(0, k + 1) };
    const done = reached(action, learner, target);
    const remaining: Action =
      action.type === 'advance-time' && !done ? { type: 'advance-time', minutes: target.state.clock - state.clock } : action;
    return { action, done, remaining };
  });

  // The last learner action per setting, in the order of those last actions.
  const last = new Map<string, Action>();
  for (const action of learnerActions) {
    const key = projection(action).key(action);
    last.delete(key);
    last.set(key, action);
  }
  const deviations: Deviation[] = [];
  for (const [key, action] of last) {
    const p = projection(action);
    const now = p.value(action, learner);
    let asked: Action | undefined;
    for (const a of step.actions) if (projection(a).key(a) === key) asked = a;
    if (!asked) {
      const moved = p.progress ? p.progress(action, learner) > p.progress(action, start) : now !== undefined && now !== p.value(action, start);
      if (moved) deviations.push({ action, text: `${p.you(action, now ?? '', state)}; this step does not ask for that.` });
      continue;
    }
    const q = projection(asked);
    const want = q.value(asked, after);
    const mine = q.value(asked, learner);
    const differs = q.progress
      ? q.progress(asked, learner) > q.progress(asked, after)
      : mine !== undefined && want !== undefined && mine !== want && mine !== q.value(asked, start);
    if (differs) deviations.push({ action, text: `${p.you(action, now ?? '', state)}; this step asks for ${q.asks ? q.asks(asked, want ?? '', after.state) : want}.` });
  }

  const next = items.findIndex((item) => !item.done);
  return { items, deviations, done: next < 0, next };
}

// ---------------------------------------------------------------------------------------------
// Projections: one per action type

/** A state and the actions that led to it since the step began (device actions are counted from them). */
interface Reached {
  state: SimState;
  actions: readonly Action[];
}

interface Projection<A extends Action> {
  /** The setting the action sets: actions with the same key set the same setting. */
  key(action: A): string;
  /**
   * That setting's value in a state, in the console's words ("Pilot Intune"); equal words are
   * equal values. undefined: it can no longer be seen (a wizard page's choice after Finish that the
   * settings do not keep), so it counts as done and never as a difference.
   */
  value(action: A, at: Reached): string | undefined;
  /**
   * For settings that only move forward (the clock, the wizard's page, device actions run): how
   * far. The action is done once the learner has got as far as the script; going further than the
   * step is a difference.
   */
  progress?(action: A, at: Reached): number;
  /** The learner's action in words: "You set Compliance policies to Intune". `value`: the setting now, in `state`. */
  you(action: A, value: string, state: SimState): string;
  /** What the step asks, after "this step asks for" (default: the value's words). */
  asks?(action: A, value: string, state: SimState): string;
}

type Projections = { [T in ActionType]: Projection<Extract<Action, { type: T }>> };

function projection(action: Action): Projection<Action> {
  return PROJECTIONS[action.type] as Projection<Action>;
}

/** Done: the learner has what the script has after the action (or got as far, for settings that move forward). */
function reached(action: Action, learner: Reached, target: Reached): boolean {
  const p = projection(action);
  if (p.progress) return p.progress(action, learner) >= p.progress(action, target);
  const now = p.value(action, learner);
  return now === undefined || now === p.value(action, target);
}

// Wizard: -1 closed without having finished, 0-4 its pages, 5 finished (cloud attach configured).
const FINISHED = WIZARD_PAGES.length;
function wizardProgress(state: SimState): number {
  if (state.wizard) return WIZARD_PAGES.indexOf(state.wizard.page);
  return state.settings.cloudAttach ? FINISHED : -1;
}
function wizardWhere(state: SimState): string {
  if (state.wizard) return `the ${wizardPageTitle(state.site.version, state.wizard.page)} page`;
  return state.settings.cloudAttach ? 'a finished wizard' : 'a closed wizard';
}
const wizardTitle = (state: SimState) => `the ${wizardName(state.site.version)}`;

/** The choices of the wizard: its draft while open, what Finish stored once it has finished, null otherwise. */
function wizardChoices(state: SimState) {
  if (state.wizard) return { ...state.wizard, finished: false };
  const attach = state.settings.cloudAttach;
  if (!attach) return null;
  const co = state.settings.coManagement;
  return {
    environment: attach.environment,
    upload: attach.upload,
    endpointAnalytics: attach.endpointAnalytics,
    autoEnrollment: co.autoEnrollment,
    autoEnrollmentCollection: co.autoEnrollmentCollection,
    workloads: co.workloads,
    mode: null,
    finished: true,
  };
}
const NOT_OPEN = 'the wizard not open';

const MODE_LABELS = { default: 'Use default settings (recommended)', customize: 'Customize settings' } as const;

function uploadChoice(state: SimState, upload: UploadScope | null, endpointAnalytics: boolean): string {
  const devices = upload === null ? 'no upload' : upload === 'all' ? 'All devices' : `Specific Collection ${collectionName(state, upload.collection)}`;
  return `${devices}, Endpoint analytics ${endpointAnalytics ? 'on' : 'off'}`;
}

function enablementChoice(state: SimState, autoEnrollment: AutoEnrollment, collection: string | null): string {
  return autoEnrollment === 'pilot' && collection ? `Pilot with ${collectionName(state, collection)}` : AUTO_ENROLLMENT_LABELS[autoEnrollment];
}

function sliderChoice(state: SimState, setting: { position: keyof typeof SLIDER_LABELS; pilotCollection: string | null }): string {
  return setting.position === 'pilot-intune' && setting.pilotCollection
    ? `${SLIDER_LABELS[setting.position]} with ${collectionName(state, setting.pilotCollection)}`
    : SLIDER_LABELS[setting.position];
}

const policyName = (state: SimState, id: string) => state.policies.find((p) => p.id === id)?.name ?? id;
const onOff = (on: boolean, yes: string, no: string) => (on ? yes : no);
const times = (n: number) => (n === 0 ? 'not yet' : n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

const PROJECTIONS = {
  'open-wizard': {
    key: () => 'wizard',
    value: (_a, at) => wizardWhere(at.state),
    progress: (_a, at) => wizardProgress(at.state),
    you: () => 'You opened the wizard',
  },
  'wizard-sign-in': {
    key: () => 'wizard-sign-in',
    value: (_a, at) => {
      const choices = wizardChoices(at.state);
      if (!choices) return NOT_OPEN;
      return choices.environment ? AZURE_ENVIRONMENT_LABELS[choices.environment] : 'no sign-in';
    },
    you: (a) => `You signed in to ${AZURE_ENVIRONMENT_LABELS[a.environment]}`,
    asks: (_a, value) => `a sign-in to ${value}`,
  },
  'wizard-set-mode': {
    key: () => 'wizard-mode',
    value: (_a, at) => {
      const choices = wizardChoices(at.state);
      if (!choices) return NOT_OPEN;
      // Finish does not keep the mode: the settings it made are checked by the later choices.
      return choices.mode === null ? undefined : MODE_LABELS[choices.mode];
    },
    you: (a) => `You chose ${MODE_LABELS[a.mode]}`,
  },
  'wizard-set-upload': {
    key: () => 'wizard-upload',
    value: (_a, at) => {
      const choices = wizardChoices(at.state);
      return choices ? uploadChoice(at.state, choices.upload, choices.endpointAnalytics) : NOT_OPEN;
    },
    you: (a, _v, state) => `You chose ${uploadChoice(state, a.upload, a.endpointAnalytics)}`,
    asks: (_a, value) => `${value} on the Configure upload page`,
  },
  'wizard-set-enablement': {
    key: () => 'wizard-enablement',
    value: (_a, at) => {
      const choices = wizardChoices(at.state);
      return choices ? enablementChoice(at.state, choices.autoEnrollment, choices.autoEnrollmentCollection) : NOT_OPEN;
    },
    you: (a) => `You chose Automatic enrollment in Intune: ${AUTO_ENROLLMENT_LABELS[a.autoEnrollment]}`,
    asks: (_a, value) => `Automatic enrollment in Intune: ${value}`,
  },
  'wizard-set-workload': {
    key: (a) => `wizard-workload:${a.workload}`,
    value: (a, at) => {
      const choices = wizardChoices(at.state);
      if (!choices) return NOT_OPEN;
      // From 2111 Finish leaves every workload at Configuration Manager: the page's choice is gone.
      if (choices.finished && at.state.site.version >= 2111) return undefined;
      return sliderChoice(at.state, choices.workloads[workloadIndex(a.workload)]!);
    },
    you: (a) => `You set ${WORKLOAD_LABELS[a.workload]} to ${SLIDER_LABELS[a.position]} in the wizard`,
    asks: (a, value) => `${WORKLOAD_LABELS[a.workload]} at ${value}`,
  },
  'wizard-next': {
    key: () => 'wizard',
    value: (_a, at) => wizardWhere(at.state),
    progress: (_a, at) => wizardProgress(at.state),
    you: (_a, value) => `You went on to ${value}`,
  },
  'wizard-finish': {
    key: () => 'wizard',
    value: (_a, at) => wizardWhere(at.state),
    progress: (_a, at) => wizardProgress(at.state),
    you: () => 'You finished the wizard',
  },
  'wizard-cancel': {
    key: () => 'wizard-cancel',
    value: (_a, at) => (at.state.wizard ? 'the wizard open' : 'the wizard closed'),
    you: () => 'You cancelled the wizard',
  },
  'set-upload': {
    key: () => 'upload',
    value: (_a, at) => {
      const attach = at.state.settings.cloudAttach;
      return attach ? uploadChoice(at.state, attach.upload, attach.endpointAnalytics) : 'cloud attach not configured';
    },
    you: (a, _v, state) => `You set Configure upload to ${uploadChoice(state, a.upload, a.endpointAnalytics)}`,
  },
  'set-auto-enrollment': {
    key: () => 'auto-enrollment',
    value: (_a, at) => {
      const co = at.state.settings.coManagement;
      return enablementChoice(at.state, co.autoEnrollment, co.autoEnrollmentCollection);
    },
    you: (a) => `You set Automatic enrollment in Intune to ${AUTO_ENROLLMENT_LABELS[a.autoEnrollment]}`,
  },
  'set-workload': {
    key: (a) => `workload:${a.workload}`,
    value: (a, at) => SLIDER_LABELS[at.state.settings.coManagement.workloads[workloadIndex(a.workload)]!.position],
    you: (a) => `You set ${WORKLOAD_LABELS[a.workload]} to ${SLIDER_LABELS[a.position]}`,
    asks: (a, value) => `${WORKLOAD_LABELS[a.workload]} at ${value}`,
  },
  'set-pilot-collection': {
    key: (a) => `pilot:${a.workload}`,
    value: (a, at) => {
      const workloads = at.state.settings.coManagement.workloads;
      const chosen = a.workload === 'all' ? workloads.map((w) => w.pilotCollection) : [workloads[workloadIndex(a.workload)]!.pilotCollection];
      return [...new Set(chosen.map((id) => (id === null ? 'none' : collectionName(at.state, id))))].join(', ');
    },
    you: (a, _v, state) =>
      `You chose ${collectionName(state, a.collection)} as the workload pilot collection for ${a.workload === 'all' ? 'every workload' : WORKLOAD_LABELS[a.workload]}`,
    asks: (a, value) => `${value} as the workload pilot collection for ${a.workload === 'all' ? 'every workload' : WORKLOAD_LABELS[a.workload]}`,
  },
  'add-to-collection': {
    key: (a) => membersKey(a.collection, a.devices),
    value: (a, at) => membership(at.state, a.collection, a.devices),
    you: (a, _v, state) => `You added ${a.devices.join(', ')} to ${collectionName(state, a.collection)}`,
  },
  'remove-from-collection': {
    key: (a) => membersKey(a.collection, a.devices),
    value: (a, at) => membership(at.state, a.collection, a.devices),
    you: (a, _v, state) => `You removed ${a.devices.join(', ')} from ${collectionName(state, a.collection)}`,
  },
  'assign-policy': {
    key: (a) => `policy:${a.policy}`,
    value: (a, at) => assignment(at.state, a.policy),
    you: (a, _v, state) => `You assigned ${policyName(state, a.policy)} to ${collectionName(state, a.collection)}`,
    asks: (a, value, state) => `${policyName(state, a.policy)} assigned to ${value}`,
  },
  'unassign-policy': {
    key: (a) => `policy:${a.policy}`,
    value: (a, at) => assignment(at.state, a.policy),
    you: (a, _v, state) => `You removed the assignment of ${policyName(state, a.policy)}`,
    asks: (a, _value, state) => `no assignment of ${policyName(state, a.policy)}`,
  },
  'set-service-connection-point': {
    key: () => 'service-connection-point',
    value: (_a, at) => onOff(at.state.site.serviceConnectionPoint, 'online', 'offline'),
    you: (a) => `You set the service connection point ${onOff(a.online, 'online', 'offline')}`,
    asks: (_a, value) => `the service connection point ${value}`,
  },
  'set-administration-service': {
    key: () => 'administration-service',
    value: (_a, at) => onOff(at.state.site.administrationService, 'working', 'not working'),
    you: (a) => (a.working ? 'You got the administration service working' : 'You stopped the administration service'),
    asks: (_a, value) => `the administration service ${value}`,
  },
  'set-cloud-management-gateway': {
    key: () => 'cloud-management-gateway',
    value: (_a, at) => onOff(at.state.site.cloudManagementGateway, 'present', 'absent'),
    you: (a) => (a.present ? 'You added a cloud management gateway' : 'You removed the cloud management gateway'),
    asks: (_a, value) => `a cloud management gateway ${value}`,
  },
  'set-mdm-user-scope': {
    key: () => 'mdm-user-scope',
    value: (_a, at) => MDM_USER_SCOPE_LABELS[at.state.tenant.mdmUserScope],
    you: (a) => `You set the MDM user scope to ${MDM_USER_SCOPE_LABELS[a.scope]}`,
    asks: (_a, value) => `MDM user scope ${value}`,
  },
  'set-automatic-enrollment-configured': {
    key: () => 'automatic-enrollment-configured',
    value: (_a, at) => onOff(at.state.tenant.automaticEnrollmentConfigured, 'configured', 'not configured'),
    you: (a) => (a.configured ? 'You configured Windows automatic enrollment' : 'You cleared the MDM URLs of Windows automatic enrollment'),
    asks: (_a, value) => `Windows automatic enrollment ${value}`,
  },
  'set-unlicensed-admins': {
    key: () => 'unlicensed-admins',
    value: (_a, at) => onOff(at.state.tenant.allowUnlicensedAdmins, 'Yes', 'No'),
    you: (a) => `You set "Allow access to unlicensed admins" to ${onOff(a.allowed, 'Yes', 'No')}`,
    asks: (_a, value) => `"Allow access to unlicensed admins" set to ${value}`,
  },
  'set-co-management-settings-policy': {
    key: () => 'co-management-settings-policy',
    value: (_a, at) => onOff(at.state.tenant.coManagementSettingsPolicy, 'assigned to the Windows Autopilot devices', 'not assigned'),
    you: (a) => `You ${a.targeted ? 'assigned' : 'removed the assignment of'} the co-management settings policy${a.targeted ? ' to the Windows Autopilot devices' : ''}`,
    asks: (_a, value) => `the co-management settings policy ${value}`,
  },
  'set-admin-permission': {
    key: (a) => `permission:${a.permission}`,
    value: (a, at) => onOff(at.state.admin[a.permission], 'granted', 'not granted'),
    you: (a, _v, state) =>
      a.granted ? `You gave ${state.admin.name} ${ADMIN_PERMISSION_LABELS[a.permission]}` : `You took ${ADMIN_PERMISSION_LABELS[a.permission]} away from ${state.admin.name}`,
    asks: (a, value) => `${ADMIN_PERMISSION_LABELS[a.permission]} ${value}`,
  },
  'set-collection-rights': {
    key: (a) => `rights:${a.collection}`,
    value: (a, at) => onOff(at.state.admin.collectionRights.includes(a.collection), 'granted', 'not granted'),
    you: (a, _v, state) =>
      a.granted
        ? `You gave ${state.admin.name} rights on ${collectionName(state, a.collection)}`
        : `You took ${state.admin.name}'s rights on ${collectionName(state, a.collection)} away`,
    asks: (a, value, state) => `rights on ${collectionName(state, a.collection)} ${value}`,
  },
  'install-client-from-intune': {
    key: () => 'client-from-intune',
    value: (_a, at) => `${withClient(at.state).toLocaleString('en-US')} devices with the Configuration Manager client`,
    // The client is only ever installed: how many devices have it only grows.
    progress: (_a, at) => withClient(at.state),
    you: () => 'You installed the Configuration Manager client from Intune',
  },
  'unenroll-device': {
    key: (a) => `enrollment:${a.device}`,
    value: (a, at) => {
      const i = deviceIndex(at.state, a.device);
      return i >= 0 && mdmEnrolled(at.state.devices[i]!) ? 'enrolled in Intune' : 'not enrolled in Intune';
    },
    you: (a) => `You retired ${a.device} from Intune`,
    asks: (a, value) => `${a.device} ${value}`,
  },
  'device-action': {
    key: (a) => `device-action:${a.device}:${a.action}`,
    value: (a, at) => times(countRuns(a, at.actions)),
    // Runs are counted from the actions since the step began: a new record each.
    progress: (a, at) => countRuns(a, at.actions),
    you: (a, value) => `You ran ${DEVICE_ACTION_LABELS[a.action]} on ${a.device}${value === 'once' ? '' : ` ${value}`}`,
    asks: (a, value) => `${DEVICE_ACTION_LABELS[a.action]} on ${a.device} ${value}`,
  },
  'advance-time': {
    key: () => 'clock',
    value: (_a, at) => formatSimTime(at.state.clock),
    progress: (_a, at) => at.state.clock,
    you: (_a, value) => `You advanced the clock to ${value}`,
    asks: (_a, value) => `the clock at ${value}`,
  },
} satisfies Projections;

/** One key per collection and set of devices: adding or removing other devices is another setting. */
const membersKey = (collection: string, devices: readonly string[]) => `members:${collection}:${[...devices].sort().join(',')}`;

function membership(state: SimState, collection: string, devices: readonly string[]): string {
  const name = collectionName(state, collection);
  return devices.map((d) => `${d} ${isMember(state, collection, deviceIndex(state, d)) ? 'in' : 'not in'} ${name}`).join(', ');
}

function assignment(state: SimState, policy: string): string {
  const assigned = state.policies.find((p) => p.id === policy)?.assignedTo ?? null;
  return assigned === null ? 'no group' : collectionName(state, assigned);
}

function withClient(state: SimState): number {
  let n = 0;
  for (const d of state.devices) if (d.client) n++;
  return n;
}

function countRuns(action: Extract<Action, { type: 'device-action' }>, actions: readonly Action[]): number {
  return actions.filter((a) => a.type === 'device-action' && a.device === action.device && a.action === action.action).length;
}
