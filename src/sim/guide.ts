/**
 * The pure core of "Guide me": a scenario's script as states (`scriptSteps`), and how far a learner
 * has come with one step (`stepStatus`): which of its actions the engine state already shows, and
 * which of the learner's own actions since the step began differ from what the step asks.
 *
 * One table, `PROJECTIONS`, says per action type which setting the action sets (its key), that
 * setting's value in a state (as text: equal text, equal values). The words
 * of a learner's change are its timeline entry's (what it did); the step's are its instructions,
 * made at build time (`src/components/task/task-data.ts`). An action counts as done when the learner's state has the value
 * the script has after that action. Settings that only move forward (the clock, the wizard's page,
 * the device actions run) count as done once they have got there, so pressing "Advance 1 hour"
 * twice for a two-hour step, or going past a wizard page, is not a value that differs.
 *
 * The script, not the learner's start, is the yardstick: a learner who did an earlier step
 * differently is compared with where the script would be.
 */
import { workloadIndex, type AutoEnrollment } from './constants';
import { isMember } from './collections';
import { deviceIndex, mdmEnrolled } from './derive';
import { followScript, followStep as followActions, type ScriptStep } from './run-scenario';
import { WIZARD_PAGES, type Action, type ActionType, type Scenario, type SimState, type WorkloadSetting } from './types';

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

/**
 * A learner's action since the step began that differs from the step. The console says it in the
 * words of its timeline entry (what the action did), with the step's instruction for `asked`.
 */
export interface Deviation {
  /** The learner's action (the last one on that setting): Undo takes it back. */
  action: Action;
  /** Its index in the learner's actions since the step began. */
  index: number;
  /** The step's action that sets the same setting to another value; -1: the step does not ask for that setting. */
  asked: number;
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
 * What one scripted action sets, worked out from the script when the site is built
 * (`stepTargets`): the browser compares the learner's state with these, and follows no script.
 */
export interface ItemTarget {
  action: Action;
  /** The setting it sets (actions with the same key set the same setting). */
  key: string;
  /** The setting's value (its progress, for settings that only move forward) just after the action. */
  want?: string | number | undefined;
  /** The same after the whole step. */
  after?: string | number | undefined;
}

/** A setting's value, or its progress for the settings that only move forward. */
function measure(p: Projection<Action>, action: Action, at: Reached): string | number | undefined {
  return p.progress ? p.progress(action, at) : p.value(action, at);
}

/** The targets of one step of the script (build time). */
export function stepTargets(step: ScriptStep): ItemTarget[] {
  const after: Reached = { state: step.after, actions: step.actions };
  return step.actions.map((action, k) => {
    const p = projection(action);
    const target: Reached = { state: step.afterEach[k]!, actions: step.actions.slice(0, k + 1) };
    return { action, key: p.key(action), want: measure(p, action, target), after: measure(p, action, after) };
  });
}

/**
 * How far the learner has come with a step, from its targets.
 *
 * @param start the learner's state when the step began: a setting they had already changed then
 *   is not a change of this step.
 * @param state the learner's state now.
 * @param learnerActions the actions the learner took since the step began (the timeline entries
 *   after the step's start cursor), oldest first.
 */
export function statusOf(targets: readonly ItemTarget[], start: SimState, state: SimState, learnerActions: readonly Action[]): StepStatus {
  const learner: Reached = { state, actions: learnerActions };
  const begun: Reached = { state: start, actions: [] };

  const items = targets.map(({ action, want }): GuideItem => {
    const p = projection(action);
    const now = measure(p, action, learner);
    const done = p.progress ? (now as number) >= (want as number) : now === undefined || now === want;
    const remaining: Action = action.type === 'advance-time' && !done ? { type: 'advance-time', minutes: (want as number) - state.clock } : action;
    return { action, done, remaining };
  });

  // The last learner action per setting, in the order of those last actions.
  const last = new Map<string, number>();
  learnerActions.forEach((action, index) => {
    const key = projection(action).key(action);
    last.delete(key);
    last.set(key, index);
  });
  const deviations: Deviation[] = [];
  for (const [key, index] of last) {
    const action = learnerActions[index]!;
    let asked = -1;
    targets.forEach((target, k) => {
      if (target.key === key) asked = k;
    });
    // Not asked: the learner moved a setting the step leaves alone. Asked: they set it otherwise
    // than the step does (neither the step's value nor where they began), or went past it.
    const { action: measured, after } = asked < 0 ? { action, after: undefined } : targets[asked]!;
    const p = projection(measured);
    const mine = measure(p, measured, learner);
    const before = measure(p, measured, begun);
    const differs = p.progress
      ? (mine as number) > ((asked < 0 ? before : after) as number)
      : mine !== undefined && mine !== before && (asked < 0 || (after !== undefined && mine !== after));
    if (differs) deviations.push({ action, index, asked });
  }

  const next = items.findIndex((item) => !item.done);
  return { items, deviations, done: next < 0, next };
}

/** `statusOf` for a step of the script followed here, with the learner beginning where the script does (tests, build). */
export function stepStatus(step: ScriptStep, state: SimState, learnerActions: readonly Action[]): StepStatus {
  return statusOf(stepTargets(step), step.start, state, learnerActions);
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
   * That setting's value in a state, as text (equal text, equal values). undefined: it can no longer be seen (a wizard page's choice after Finish that the
   * settings do not keep), so it counts as done and never as a difference.
   */
  value(action: A, at: Reached): string | undefined;
  /**
   * For settings that only move forward (the clock, the wizard's page, device actions run): how
   * far. The action is done once the learner has got as far as the script; going further than the
   * step is a difference.
   */
  progress?(action: A, at: Reached): number;
}

type Projections = { [T in ActionType]: Projection<Extract<Action, { type: T }>> };

function projection(action: Action): Projection<Action> {
  return PROJECTIONS[action.type] as Projection<Action>;
}


// Wizard: -1 closed without having finished, 0-4 its pages, 5 finished (cloud attach configured).
const FINISHED = WIZARD_PAGES.length;
function wizardProgress(state: SimState): number {
  if (state.wizard) return WIZARD_PAGES.indexOf(state.wizard.page);
  return state.settings.cloudAttach ? FINISHED : -1;
}
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
const NOT_OPEN = 'not open';

/** A value for comparing: equal data, equal text. */
const json = (...values: unknown[]) => JSON.stringify(values);

/** Automatic enrollment: its collection counts only for Pilot. */
const enablementChoice = (autoEnrollment: AutoEnrollment, collection: string | null) => json(autoEnrollment, autoEnrollment === 'pilot' ? collection : null);

/** A workload's slider: its pilot collection counts only at Pilot Intune. */
const sliderChoice = ({ position, pilotCollection }: WorkloadSetting) => json(position, position === 'pilot-intune' ? pilotCollection : null);

const PROJECTIONS = {
  'open-wizard': {
    key: () => 'wizard',
    value: (_a, at) => String(wizardProgress(at.state)),
    progress: (_a, at) => wizardProgress(at.state),
  },
  'wizard-sign-in': {
    key: () => 'wizard-sign-in',
    value: (_a, at) => {
      const choices = wizardChoices(at.state);
      if (!choices) return NOT_OPEN;
      return String(choices.environment);
    },
  },
  'wizard-set-mode': {
    key: () => 'wizard-mode',
    value: (_a, at) => {
      const choices = wizardChoices(at.state);
      if (!choices) return NOT_OPEN;
      // Finish does not keep the mode: the settings it made are checked by the later choices.
      return choices.mode ?? undefined;
    },
  },
  'wizard-set-upload': {
    key: () => 'wizard-upload',
    value: (_a, at) => {
      const choices = wizardChoices(at.state);
      return choices ? json(choices.upload, choices.endpointAnalytics) : NOT_OPEN;
    },
  },
  'wizard-set-enablement': {
    key: () => 'wizard-enablement',
    value: (_a, at) => {
      const choices = wizardChoices(at.state);
      return choices ? enablementChoice(choices.autoEnrollment, choices.autoEnrollmentCollection) : NOT_OPEN;
    },
  },
  'wizard-set-workload': {
    key: (a) => `wizard-workload:${a.workload}`,
    value: (a, at) => {
      const choices = wizardChoices(at.state);
      if (!choices) return NOT_OPEN;
      // From 2111 Finish leaves every workload at Configuration Manager: the page's choice is gone.
      if (choices.finished && at.state.site.version >= 2111) return undefined;
      return sliderChoice(choices.workloads[workloadIndex(a.workload)]!);
    },
  },
  'wizard-next': {
    key: () => 'wizard',
    value: (_a, at) => String(wizardProgress(at.state)),
    progress: (_a, at) => wizardProgress(at.state),
  },
  'wizard-finish': {
    key: () => 'wizard',
    value: (_a, at) => String(wizardProgress(at.state)),
    progress: (_a, at) => wizardProgress(at.state),
  },
  'wizard-cancel': {
    key: () => 'wizard-cancel',
    value: (_a, at) => String(!at.state.wizard),
  },
  'set-upload': {
    key: () => 'upload',
    value: (_a, at) => {
      const attach = at.state.settings.cloudAttach;
      return attach ? json(attach.upload, attach.endpointAnalytics) : NOT_OPEN;
    },
  },
  'set-auto-enrollment': {
    key: () => 'auto-enrollment',
    value: (_a, at) => {
      const co = at.state.settings.coManagement;
      return enablementChoice(co.autoEnrollment, co.autoEnrollmentCollection);
    },
  },
  'set-workload': {
    key: (a) => `workload:${a.workload}`,
    value: (a, at) => at.state.settings.coManagement.workloads[workloadIndex(a.workload)]!.position,
  },
  'set-pilot-collection': {
    key: (a) => `pilot:${a.workload}`,
    value: (a, at) => {
      const workloads = at.state.settings.coManagement.workloads;
      const chosen = a.workload === 'all' ? workloads.map((w) => w.pilotCollection) : [workloads[workloadIndex(a.workload)]!.pilotCollection];
      return json(...new Set(chosen));
    },
  },
  'add-to-collection': {
    key: (a) => membersKey(a.collection, a.devices),
    value: (a, at) => membership(at.state, a.collection, a.devices),
  },
  'remove-from-collection': {
    key: (a) => membersKey(a.collection, a.devices),
    value: (a, at) => membership(at.state, a.collection, a.devices),
  },
  'assign-policy': {
    key: (a) => `policy:${a.policy}`,
    value: (a, at) => assignment(at.state, a.policy),
  },
  'unassign-policy': {
    key: (a) => `policy:${a.policy}`,
    value: (a, at) => assignment(at.state, a.policy),
  },
  'set-service-connection-point': {
    key: () => 'service-connection-point',
    value: (_a, at) => String(at.state.site.serviceConnectionPoint),
  },
  'set-administration-service': {
    key: () => 'administration-service',
    value: (_a, at) => String(at.state.site.administrationService),
  },
  'set-cloud-management-gateway': {
    key: () => 'cloud-management-gateway',
    value: (_a, at) => String(at.state.site.cloudManagementGateway),
  },
  'set-mdm-user-scope': {
    key: () => 'mdm-user-scope',
    value: (_a, at) => at.state.tenant.mdmUserScope,
  },
  'set-automatic-enrollment-configured': {
    key: () => 'automatic-enrollment-configured',
    value: (_a, at) => String(at.state.tenant.automaticEnrollmentConfigured),
  },
  'set-unlicensed-admins': {
    key: () => 'unlicensed-admins',
    value: (_a, at) => String(at.state.tenant.allowUnlicensedAdmins),
  },
  'set-co-management-settings-policy': {
    key: () => 'co-management-settings-policy',
    value: (_a, at) => String(at.state.tenant.coManagementSettingsPolicy),
  },
  'set-admin-permission': {
    key: (a) => `permission:${a.permission}`,
    value: (a, at) => String(at.state.admin[a.permission]),
  },
  'set-collection-rights': {
    key: (a) => `rights:${a.collection}`,
    value: (a, at) => String(at.state.admin.collectionRights.includes(a.collection)),
  },
  'install-client-from-intune': {
    key: () => 'client-from-intune',
    value: (_a, at) => String(withClient(at.state)),
    // The client is only ever installed: how many devices have it only grows.
    progress: (_a, at) => withClient(at.state),
  },
  'unenroll-device': {
    key: (a) => `enrollment:${a.device}`,
    value: (a, at) => {
      const i = deviceIndex(at.state, a.device);
      return String(i >= 0 && mdmEnrolled(at.state.devices[i]!));
    },
  },
  'device-action': {
    key: (a) => `device-action:${a.device}:${a.action}`,
    value: (a, at) => String(countRuns(a, at.actions)),
    // Runs are counted from the actions since the step began: a new record each.
    progress: (a, at) => countRuns(a, at.actions),
  },
  'advance-time': {
    key: () => 'clock',
    value: (_a, at) => String(at.state.clock),
    progress: (_a, at) => at.state.clock,
  },
} satisfies Projections;

/** One key per collection and set of devices: adding or removing other devices is another setting. */
const membersKey = (collection: string, devices: readonly string[]) => `members:${collection}:${[...devices].sort().join(',')}`;

const membership = (state: SimState, collection: string, devices: readonly string[]) => json(devices.map((d) => isMember(state, collection, deviceIndex(state, d))));

const assignment = (state: SimState, policy: string) => String(state.policies.find((p) => p.id === policy)?.assignedTo ?? null);

function withClient(state: SimState): number {
  let n = 0;
  for (const d of state.devices) if (d.client) n++;
  return n;
}

function countRuns(action: Extract<Action, { type: 'device-action' }>, actions: readonly Action[]): number {
  return actions.filter((a) => a.type === 'device-action' && a.device === action.device && a.action === action.action).length;
}
