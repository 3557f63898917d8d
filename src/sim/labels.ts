/**
 * Short labels a simulator shows before any sentence is built: the timeline's action names and
 * durations. Kept apart from `narrate.ts` (the sentences), which loads on a learner's first action.
 */
import { DEVICE_ACTION_LABELS, WORKLOAD_LABELS } from './constants';
import type { Action } from './types';

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
    default:
      return action.type.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase());
  }
}
