/**
 * Short labels a simulator shows before any sentence is built: the timeline's action names and
 * durations, the wizard's name and page titles, the enablement setting. Kept apart from
 * `narrate.ts` (the sentences), which loads on a learner's first action, and from `step.ts` (the
 * engine's step code), which loads after the first render.
 */
import { collectionName } from './collections';
import { ADMIN_PERMISSION_LABELS, AUTO_ENROLLMENT_LABELS, DEVICE_ACTION_LABELS, WORKLOAD_LABELS } from './constants';
import type { Action, SimState, WizardPage } from './types';

export const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** "15 minutes", "1 hour", "1 day 2 hours". */
export function formatDuration(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [days ? plural(days, 'day') : '', hours ? plural(hours, 'hour') : '', rest ? plural(rest, 'minute') : ''].filter(Boolean);
  return parts.join(' ') || '0 minutes';
}

/** A short label for an action, for the timeline. */
export function actionLabel(action: Action): string {
  switch (action.type) {
    case 'set-workload':
      return `${WORKLOAD_LABELS[action.workload]} slider moved`;
    case 'set-pilot-collection':
      return action.workload === 'all' ? 'Workload pilot collection chosen for every workload' : `Workload pilot collection for ${WORKLOAD_LABELS[action.workload]}`;
    case 'device-action':
      return `${DEVICE_ACTION_LABELS[action.action]} on ${action.device}`;
    case 'set-co-management-settings-policy':
      return `Co-management settings policy ${action.targeted ? 'targeted' : 'removed'}`;
    case 'advance-time':
      return `Advance time ${formatDuration(action.minutes)}`;
    case 'set-service-connection-point':
      return `Service connection point ${action.online ? 'online' : 'offline'}`;
    case 'set-administration-service':
      return `Administration service ${action.working ? 'working' : 'stopped'}`;
    case 'set-cloud-management-gateway':
      return `Cloud management gateway ${action.present ? 'added' : 'removed'}`;
    case 'set-admin-permission': {
      const label = ADMIN_PERMISSION_LABELS[action.permission];
      return `${action.granted ? 'Granted' : 'Removed'}: ${label}`;
    }
    case 'set-upload':
      return 'Configure upload changed';
    case 'set-auto-enrollment':
      return 'Automatic enrollment in Intune changed';
    default:
      return action.type.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase());
  }
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
  return e.autoEnrollment === 'pilot' && e.autoEnrollmentCollection ? `${label} (${collectionName(state, e.autoEnrollmentCollection)})` : label;
}
