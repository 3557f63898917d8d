/**
 * Short labels a simulator shows before any sentence is built: the timeline's action names and
 * durations, the wizard's name and page titles, the enablement setting. Kept apart from
 * `narrate.ts` (the sentences), which loads on a learner's first action, and from `step.ts` (the
 * engine's step code), which loads after the first render.
 */
import { collectionName } from './collections';
import { ADMIN_PERMISSION_LABELS, AUTO_ENROLLMENT_LABELS, DEVICE_ACTION_LABELS, WORKLOAD_LABELS } from './constants';
import type { Action, ActionType, SimState, WizardPage } from './types';

export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** "15 minutes", "1 hour", "1 day 2 hours". */
export function formatDuration(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [
    days ? plural(days, 'day') : '',
    hours ? plural(hours, 'hour') : '',
    rest ? plural(rest, 'minute') : '',
  ].filter(Boolean);
  return parts.join(' ') || '0 minutes';
}

/** "Day 1, 09:00" for simulated minute 0. */
export function formatSimTime(minutes: number): string {
  const total = 9 * 60 + minutes;
  const day = Math.floor(total / 1440) + 1;
  const inDay = total % 1440;
  const hh = String(Math.floor(inDay / 60)).padStart(2, '0');
  const mm = String(inDay % 60).padStart(2, '0');
  return `Day ${day}, ${hh}:${mm}`;
}

/** An action's short label for the timeline, from the action alone. */
type Label<A extends Action> = (action: A) => string;

/** A label that is the action type in words: "Open wizard", "Add to collection". */
const typeInWords: Label<Action> = (action) =>
  action.type.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase());

/**
 * The timeline label of every action type. Each type names its label here, so a new action type
 * without one is a type error; `typeInWords` is a choice made per action, not a fallback.
 */
const ACTION_LABELS = {
  'open-wizard': typeInWords,
  'wizard-sign-in': typeInWords,
  'wizard-set-mode': typeInWords,
  'wizard-set-upload': typeInWords,
  'wizard-set-enablement': typeInWords,
  'wizard-set-workload': typeInWords,
  'wizard-next': typeInWords,
  'wizard-finish': typeInWords,
  'wizard-cancel': typeInWords,
  'set-upload': () => 'Configure upload changed',
  'set-auto-enrollment': () => 'Automatic enrollment in Intune changed',
  'set-workload': (action) => `${WORKLOAD_LABELS[action.workload]} slider moved`,
  'set-pilot-collection': (action) =>
    action.workload === 'all'
      ? 'Workload pilot collection chosen for every workload'
      : `Workload pilot collection for ${WORKLOAD_LABELS[action.workload]}`,
  'add-to-collection': typeInWords,
  'remove-from-collection': typeInWords,
  'assign-policy': typeInWords,
  'unassign-policy': typeInWords,
  'set-service-connection-point': (action) => `Service connection point ${action.online ? 'online' : 'offline'}`,
  'set-administration-service': (action) => `Administration service ${action.working ? 'working' : 'stopped'}`,
  'set-cloud-management-gateway': (action) => `Cloud management gateway ${action.present ? 'added' : 'removed'}`,
  'set-mdm-user-scope': typeInWords,
  'set-automatic-enrollment-configured': typeInWords,
  'set-unlicensed-admins': typeInWords,
  'set-co-management-settings-policy': (action) =>
    `Co-management settings policy ${action.targeted ? 'targeted' : 'removed'}`,
  'set-admin-permission': (action) =>
    `${action.granted ? 'Granted' : 'Removed'}: ${ADMIN_PERMISSION_LABELS[action.permission]}`,
  'set-collection-rights': typeInWords,
  'install-client-from-intune': typeInWords,
  'unenroll-device': typeInWords,
  'device-action': (action) => `${DEVICE_ACTION_LABELS[action.action]} on ${action.device}`,
  'advance-time': (action) => `Advance time ${formatDuration(action.minutes)}`,
} satisfies { [T in ActionType]: Label<Extract<Action, { type: T }>> };

/** A short label for an action, for the timeline. */
export function actionLabel(action: Action): string {
  return (ACTION_LABELS[action.type] as Label<Action>)(action);
}

/** Title of a wizard page as the console of this version names it. */
export function wizardPageTitle(version: number, page: WizardPage): string {
  switch (page) {
    case 'cloud-attach':
      return version >= 2107 ? 'Cloud attach' : version >= 2002 ? 'Tenant onboarding' : 'Subscription';
    case 'configure-upload':
      return 'Configure upload';
    case 'enablement':
      return 'Enablement';
    case 'workloads':
      return 'Workloads and Staging';
    case 'summary':
      return 'Summary';
  }
}

/** Name of the wizard on this version. */
export function wizardName(version: number): string {
  return version >= 2107 ? 'Cloud Attach Configuration Wizard' : 'Co-management Configuration Wizard';
}

/** "Pilot (Pilot-IT)" / "All" / "None". */
export function enablementLabel(state: SimState): string {
  const e = state.settings.coManagement;
  const label = AUTO_ENROLLMENT_LABELS[e.autoEnrollment];
  return e.autoEnrollment === 'pilot' && e.autoEnrollmentCollection
    ? `${label} (${collectionName(state, e.autoEnrollmentCollection)})`
    : label;
}
