/**
 * Sentences for what an action did, built from the engine's events: the live region reads them
 * and the timeline lists them ("312 devices now get Compliance policies from Intune"). Pure.
 * The simulator store loads this module on a learner's first action; the short labels a page
 * needs before that are in `labels.ts`.
 */
import { AUTO_ENROLLMENT_LABELS, DEVICE_ACTION_LABELS, SLIDER_LABELS, WORKLOAD_LABELS } from './constants';
import { collectionName } from './collections';
import { formatSimTime } from './derive';
import { actionLabel, formatDuration, plural } from './labels';
import type { Action, SimEvent, SimState } from './types';

export { actionLabel, formatDuration };


/** One sentence per event that a learner cares about; null for events that say nothing new. */
export function describeEvent(event: SimEvent): string | null {
  switch (event.type) {
    case 'authority-changed': {
      const parts: string[] = [];
      const label = WORKLOAD_LABELS[event.workload];
      if (event.toIntune > 0) parts.push(`${plural(event.toIntune, 'device')} now ${event.toIntune === 1 ? 'gets' : 'get'} ${label} from Intune`);
      if (event.toConfigMgr > 0)
        parts.push(`${plural(event.toConfigMgr, 'device')} now ${event.toConfigMgr === 1 ? 'gets' : 'get'} ${label} from Configuration Manager`);
      return parts.length ? parts.join('; ') : null;
    }
    case 'enrollment': {
      const devices = plural(event.count, 'device');
      const code = event.code ? ` (${event.code})` : '';
      switch (event.stage) {
        case 'Scheduled':
          return `${devices} scheduled for enrollment`;
        case 'Enrollment initiated':
          return `${devices} started enrolling`;
        case 'Enrolled':
          return `${devices} enrolled in Intune and now co-managed`;
        case 'Failed':
          return `${devices} failed to enroll${code}`;
        case 'Pending user sign in':
          return `${devices} waiting for a user to sign in`;
        case 'Unenrolled':
          return `${devices} unenrolled from Intune`;
      }
    }
    case 'setting-changed':
      return `${event.setting}: ${event.from} → ${event.to}`;
    case 'collection-changed': {
      const parts = [event.added ? `${plural(event.added, 'device')} added` : '', event.removed ? `${plural(event.removed, 'device')} removed` : ''].filter(Boolean);
      return `${event.collection}: ${parts.join(', ') || 'no change'}`;
    }
    case 'policy-changed':
    case 'app-registered':
      return event.text;
    case 'mdm-sync':
    case 'upload-cycle':
      return event.text;
    case 'upload-visible':
      return `${plural(event.devices, 'device')} now ${event.devices === 1 ? 'appears' : 'appear'} in the Intune admin center`;
    case 'connector-status':
      return `Connector status: ${event.from} → ${event.to}`;
    case 'client-installed':
      return `Intune installed the Configuration Manager client on ${plural(event.count, 'device')}`;
    case 'device-action': {
      const { record } = event;
      const label = DEVICE_ACTION_LABELS[record.action];
      return record.status === 'Complete' ? `${label} on ${record.device}: Complete` : `${label} on ${record.device}: Failed${record.error ? `, ${record.error}` : ''}`;
    }
    case 'signed-in':
      return `Signed in as ${event.admin}`;
    case 'wizard-page':
      return `Wizard page: ${event.title}`;
    case 'time-advanced':
      return `Time advanced ${formatDuration(event.minutes)} to ${formatSimTime(event.at)}`;
  }
}


/**
 * What an action did, as one or a few sentences: the events that matter most first (authority,
 * enrollment, what appears in the admin center), then the rest; a time step leads. Never empty.
 */
export function describeChange(_before: SimState, _after: SimState, action: Action, events: readonly SimEvent[]): string {
  // Time first (it frames the rest), then authority, then what devices and the admin center show.
  const weight = (event: SimEvent) =>
    event.type === 'time-advanced'
      ? -1
      : event.type === 'authority-changed'
        ? 0
        : event.type === 'enrollment' || event.type === 'upload-visible' || event.type === 'device-action'
          ? 1
          : event.type === 'connector-status'
            ? 2
            : 3;
  const sentences = [...events]
    .sort((a, b) => weight(a) - weight(b))
    .map(describeEvent)
    .filter((sentence): sentence is string => sentence !== null);
  const unique = [...new Set(sentences)];
  if (unique.length === 0) {
    const choice = describeChoice(_after, action);
    return choice ? `${choice}. Nothing changes for any device until the wizard finishes.` : `Done: ${actionLabel(action)}. Nothing changed for any device.`;
  }
  const shown = unique.slice(0, 4);
  const more = unique.length - shown.length;
  return `${shown.join('. ')}.${more > 0 ? ` (${more} more in the timeline.)` : ''}`;
}

/** The choice a wizard action records (it changes nothing until Finish), or null for other actions. */
export function describeChoice(state: SimState, action: Action): string | null {
  switch (action.type) {
    case 'open-wizard':
      return 'The Cloud Attach Configuration Wizard is open';
    case 'wizard-set-mode':
      return action.mode === 'default' ? 'Settings: Use default settings (recommended)' : 'Settings: Customize settings';
    case 'wizard-set-upload': {
      const upload =
        action.upload === null
          ? 'no upload'
          : action.upload === 'all'
            ? 'all devices managed by Configuration Manager'
            : `the collection ${collectionName(state, action.upload.collection)} with its child collections`;
      return `Upload: ${upload}; Endpoint analytics ${action.endpointAnalytics ? 'on' : 'off'}`;
    }
    case 'wizard-set-enablement':
      return `Automatic enrollment in Intune: ${AUTO_ENROLLMENT_LABELS[action.autoEnrollment]}${action.collection ? ` (${collectionName(state, action.collection)})` : ''}`;
    case 'wizard-set-workload':
      return `${WORKLOAD_LABELS[action.workload]}: ${SLIDER_LABELS[action.position]}`;
    case 'wizard-cancel':
      return 'The wizard was cancelled; nothing was applied';
    default:
      return null;
  }
}
