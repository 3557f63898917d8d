/**
 * Sentences for what an action did, built from the engine's events: the live region reads them
 * and the timeline lists them ("312 devices now get Compliance policies from Intune"). Pure.
 * The simulator store loads this module on a learner's first action; the short labels a page
 * needs before that are in `labels.ts`. Here: how each action type's change is told
 * (`NARRATIONS`); the events' own sentences are in `narrate-events.ts`, re-exported.
 */
import { AUTO_ENROLLMENT_LABELS, SLIDER_LABELS, WORKLOAD_LABELS } from './constants';
import { collectionName } from './collections';
import { uploadScopeSize } from './derive';
import { actionLabel, formatDuration, plural } from './labels';
import { describeEvent, describeTimeStep } from './narrate-events';
import type { Action, ActionType, SimEvent, SimState } from './types';

export { actionLabel, formatDuration };
export { countsAsEvent, describeEvent, describeVisible, eventLines, timeSpan } from './narrate-events';

/**
 * The events' sentences, those that matter most first (authority, then what devices and the admin
 * center show, then the connector), then `more`: each once, at most four. Without any: `none`.
 */
function told(
  action: Action,
  events: readonly SimEvent[],
  more: string[] = [],
  none = `Done: ${actionLabel(action)}. Nothing changed for any device.`,
): string {
  const weight = (event: SimEvent) =>
    event.type === 'authority-changed'
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
  const unique = [...new Set([...sentences, ...more])];
  if (unique.length === 0) return none;
  const shown = unique.slice(0, 4);
  const hidden = unique.length - shown.length;
  return `${shown.join('. ')}.${hidden > 0 ? ` (${hidden} more in Messages.)` : ''}`;
}

/** How one action's change is told, from the states around it and its events. Never empty. */
type Narration<A extends Action> = (
  before: SimState,
  after: SimState,
  action: A,
  events: readonly SimEvent[],
) => string;

/** Its events' sentences alone. */
const byEvents: Narration<Action> = (_before, _after, action, events) => told(action, events);

/** A wizard choice: it changes nothing until Finish, so without events it says the choice it records. */
const wizardChoice =
  <A extends Action>(choice: (state: SimState, action: A) => string): Narration<A> =>
  (_before, after, action, events) =>
    told(action, events, [], `${choice(after, action)}. Nothing changes for any device until the wizard finishes.`);

/** Narrowing (or widening) the upload: how many devices it leaves, and when the admin center follows. */
function uploadScope(before: SimState, action: Extract<Action, { type: 'set-upload' }>): string[] {
  const sentences: string[] = [];
  const attach = before.settings.cloudAttach;
  if (attach && JSON.stringify(attach.upload) !== JSON.stringify(action.upload)) {
    const was = uploadScopeSize(before, attach.upload);
    const now = uploadScopeSize(before, action.upload);
    if (action.upload === null)
      sentences.push(`Upload off: ${plural(before.upload.visible.length, 'device')} left the Intune admin center`);
    else if (now < was)
      sentences.push(
        `${plural(now, 'device')} left in the upload scope (${(was - now).toLocaleString('en-US')} fewer); the next upload cycle is a delta sync, and the ${plural(was - now, 'device')} outside it leave the Intune admin center 5 to 10 minutes later`,
      );
    else if (now > was && attach.upload !== null)
      sentences.push(
        `${plural(now, 'device')} in the upload scope (${(now - was).toLocaleString('en-US')} more); the next upload cycle sends them as a delta sync`,
      );
    else if (attach.upload === null)
      sentences.push(
        `${plural(now, 'device')} in the upload scope; the first upload cycle is a full sync of all of them`,
      );
  }
  return sentences;
}

/**
 * How each action type's change is told. Each type names its way here, so a new action type
 * without one is a type error. Most say their events; a time step is one summary whose times
 * agree with the clock; the upload adds what its new scope leaves; a wizard choice says itself.
 */
const NARRATIONS = {
  'open-wizard': wizardChoice(() => 'The Cloud Attach Configuration Wizard is open'),
  'wizard-sign-in': byEvents,
  'wizard-set-mode': wizardChoice((_state, action) =>
    action.mode === 'default' ? 'Settings: Use default settings (recommended)' : 'Settings: Customize settings',
  ),
  'wizard-set-upload': wizardChoice((state, action) => {
    const upload =
      action.upload === null
        ? 'no upload'
        : action.upload === 'all'
          ? 'all devices managed by Configuration Manager'
          : `the collection ${collectionName(state, action.upload.collection)} with its child collections`;
    return `Upload: ${upload}; Endpoint analytics ${action.endpointAnalytics ? 'on' : 'off'}`;
  }),
  'wizard-set-enablement': wizardChoice((state, action) => {
    const collection = action.collection ? ` (${collectionName(state, action.collection)})` : '';
    return `Automatic enrollment in Intune: ${AUTO_ENROLLMENT_LABELS[action.autoEnrollment]}${collection}`;
  }),
  'wizard-set-workload': wizardChoice(
    (_state, action) => `${WORKLOAD_LABELS[action.workload]}: ${SLIDER_LABELS[action.position]}`,
  ),
  'wizard-next': byEvents,
  'wizard-finish': byEvents,
  'wizard-cancel': wizardChoice(() => 'The wizard was cancelled; nothing was applied'),
  'set-upload': (before, _after, action, events) => told(action, events, uploadScope(before, action)),
  'set-auto-enrollment': byEvents,
  'set-workload': byEvents,
  'set-pilot-collection': byEvents,
  'add-to-collection': byEvents,
  'remove-from-collection': byEvents,
  'assign-policy': byEvents,
  'unassign-policy': byEvents,
  'set-service-connection-point': byEvents,
  'set-administration-service': byEvents,
  'set-cloud-management-gateway': byEvents,
  'set-mdm-user-scope': byEvents,
  'set-automatic-enrollment-configured': byEvents,
  'set-unlicensed-admins': byEvents,
  'set-co-management-settings-policy': byEvents,
  'set-admin-permission': byEvents,
  'set-collection-rights': byEvents,
  'install-client-from-intune': byEvents,
  'unenroll-device': byEvents,
  'device-action': byEvents,
  'advance-time': (before, after, _action, events) => describeTimeStep(before, after, events),
} satisfies { [T in ActionType]: Narration<Extract<Action, { type: T }>> };

/**
 * What an action did, as one or a few sentences: the events that matter most first (authority,
 * enrollment, what appears in the admin center), then the rest. A time step is one summary whose
 * times agree with the clock. Never empty.
 */
export function describeChange(before: SimState, after: SimState, action: Action, events: readonly SimEvent[]): string {
  return (NARRATIONS[action.type] as Narration<Action>)(before, after, action, events);
}
