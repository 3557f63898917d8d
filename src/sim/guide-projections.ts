/**
 * "Guide me"'s yardstick (see `guide.ts`): per action type, the setting the action sets (its key)
 * and that setting's value in a state, as text, or for settings that only move forward how far
 * they have got. `guide.ts` compares a learner's state with the script's through these alone.
 */
import { workloadIndex, type AutoEnrollment } from './constants';
import { isMember } from './collections';
import { deviceIndex, mdmEnrolled } from './derive';
import { WIZARD_PAGES, type Action, type ActionType, type SimState, type WorkloadSetting } from './types';

// ---------------------------------------------------------------------------------------------
// Projections: one per action type

/** A state and the actions that led to it since the step began (device actions are counted from them). */
export interface Reached {
  state: SimState;
  actions: readonly Action[];
}

export interface Projection<A extends Action> {
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

export function projection(action: Action): Projection<Action> {
  return PROJECTIONS[action.type] as Projection<Action>;
}

/** A setting's value, or its progress for the settings that only move forward. */
export function measure(p: Projection<Action>, action: Action, at: Reached): string | number | undefined {
  return p.progress ? p.progress(action, at) : p.value(action, at);
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
const enablementChoice = (autoEnrollment: AutoEnrollment, collection: string | null) =>
  json(autoEnrollment, autoEnrollment === 'pilot' ? collection : null);

/** A workload's slider: its pilot collection counts only at Pilot Intune. */
const sliderChoice = ({ position, pilotCollection }: WorkloadSetting) =>
  json(position, position === 'pilot-intune' ? pilotCollection : null);

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
      const chosen =
        a.workload === 'all'
          ? workloads.map((w) => w.pilotCollection)
          : [workloads[workloadIndex(a.workload)]!.pilotCollection];
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
const membersKey = (collection: string, devices: readonly string[]) =>
  `members:${collection}:${[...devices].sort().join(',')}`;

const membership = (state: SimState, collection: string, devices: readonly string[]) =>
  json(devices.map((d) => isMember(state, collection, deviceIndex(state, d))));

const assignment = (state: SimState, policy: string) =>
  String(state.policies.find((p) => p.id === policy)?.assignedTo ?? null);

function withClient(state: SimState): number {
  let n = 0;
  for (const d of state.devices) if (d.client) n++;
  return n;
}

function countRuns(action: Extract<Action, { type: 'device-action' }>, actions: readonly Action[]): number {
  return actions.filter((a) => a.type === 'device-action' && a.device === action.device && a.action === action.action)
    .length;
}
