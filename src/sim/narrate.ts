/**
 * Sentences for what an action did, built from the engine's events: the live region reads them
 * and the timeline lists them ("312 devices now get Compliance policies from Intune"). Pure.
 * The simulator store loads this module on a learner's first action; the short labels a page
 * needs before that are in `labels.ts`.
 */
import { AUTO_ENROLLMENT_LABELS, DEVICE_ACTION_LABELS, SLIDER_LABELS, WORKLOAD_LABELS } from './constants';
import { collectionName } from './collections';
import { formatSimTime, uploadScopeSize } from './derive';
import { actionLabel, formatDuration, plural } from './labels';
import type { Action, ActionType, SimEvent, SimState } from './types';

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
      return event.text;
    case 'upload-cycle':
      // The first cycle after the upload is turned on sends every device in scope; later ones only changes.
      return event.full
        ? `First full sync: ${plural(event.records, 'record')} uploaded (${event.text})`
        : `Delta sync: ${plural(event.records, 'changed record')} uploaded (${event.text})`;
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


/** What the admin center's device list did: devices appeared, or (after a narrower upload) left. */
export function describeVisible(from: number, to: number): string {
  if (to < from) return `${plural(from - to, 'device')} left the Intune admin center (the upload scope is narrower); ${to.toLocaleString('en-US')} remain`;
  return `${plural(to, 'device')} now ${to === 1 ? 'appears' : 'appear'} in the Intune admin center`;
}

/** Events that say something, for a count shown before the sentences have loaded. */
export function countsAsEvent(event: SimEvent): boolean {
  return event.type !== 'time-advanced' && !(event.type === 'authority-changed' && event.toIntune === 0 && event.toConfigMgr === 0);
}

/**
 * Every event of a change as one line with its simulated time, in order: what "N more" in
 * Messages expands to. The admin center's device count is followed from the state before.
 */
export function eventLines(before: SimState, events: readonly SimEvent[]): { at: string; text: string }[] {
  let visible = before.upload.visible.length;
  const lines: { at: string; text: string }[] = [];
  for (const event of events) {
    if (!countsAsEvent(event)) continue;
    let text: string | null;
    if (event.type === 'upload-visible') {
      text = describeVisible(visible, event.devices);
      visible = event.devices;
    } else text = describeEvent(event);
    if (text) lines.push({ at: formatSimTime(event.at), text });
  }
  return lines;
}

/** "Day 1, 09:00 → 10:00", or with the day again when the step crosses midnight. */
export function timeSpan(from: number, to: number): string {
  const a = formatSimTime(from);
  const b = formatSimTime(to);
  return a.slice(0, a.indexOf(',')) === b.slice(0, b.indexOf(',')) ? `${a} → ${b.slice(b.indexOf(',') + 2)}` : `${a} → ${b}`;
}

/**
 * One summary of a time step, whose times agree with the clock: what the step's events add up to
 * (devices per enrollment stage, devices per workload and authority, upload cycles, what the
 * admin center shows), most important first.
 */
function describeTimeStep(before: SimState, after: SimState, events: readonly SimEvent[]): string {
  const authority = new Map<string, { toIntune: number; toConfigMgr: number }>();
  const enrollment = new Map<string, { stage: SimEvent & { type: 'enrollment' }; count: number }>();
  let full = 0;
  let fullRecords = 0;
  let deltas = 0;
  let deltaRecords = 0;
  let visibleFrom = before.upload.visible.length;
  let visibleTo: number | null = null;
  const connector: { from: string | null; to: string | null } = { from: null, to: null };
  let synced = 0;
  let installed = 0;
  const actions: string[] = [];
  const other: string[] = [];
  for (const event of events) {
    switch (event.type) {
      case 'authority-changed': {
        const sum = authority.get(event.workload) ?? { toIntune: 0, toConfigMgr: 0 };
        sum.toIntune += event.toIntune;
        sum.toConfigMgr += event.toConfigMgr;
        authority.set(event.workload, sum);
        break;
      }
      case 'enrollment': {
        const key = `${event.stage}|${event.code ?? ''}`;
        const sum = enrollment.get(key) ?? { stage: event, count: 0 };
        sum.count += event.count;
        enrollment.set(key, sum);
        break;
      }
      case 'upload-cycle':
        if (event.full) {
          full++;
          fullRecords += event.records;
        } else {
          deltas++;
          deltaRecords += event.records;
        }
        break;
      case 'upload-visible':
        if (visibleTo === null) visibleFrom = before.upload.visible.length;
        visibleTo = event.devices;
        break;
      case 'connector-status':
        connector.from ??= event.from;
        connector.to = event.to;
        break;
      case 'mdm-sync':
        synced += event.devices;
        break;
      case 'client-installed':
        installed += event.count;
        break;
      case 'device-action':
        actions.push(describeEvent(event)!);
        break;
      case 'time-advanced':
        break;
      default: {
        const text = describeEvent(event);
        if (text) other.push(text);
      }
    }
  }
  const parts: string[] = [];
  for (const [workload, sum] of authority) {
    const text = describeEvent({ type: 'authority-changed', at: 0, workload: workload as never, toIntune: sum.toIntune, toConfigMgr: sum.toConfigMgr });
    if (text) parts.push(text);
  }
  for (const { stage, count } of enrollment.values()) parts.push(describeEvent({ ...stage, count })!);
  if (visibleTo !== null && visibleTo !== visibleFrom) parts.push(describeVisible(visibleFrom, visibleTo));
  if (connector.from !== null && connector.from !== connector.to) parts.push(`connector status: ${connector.from} → ${connector.to}`);
  parts.push(...actions);
  const syncs = [
    full ? `first full sync (${plural(fullRecords, 'record')})` : '',
    deltas ? `${plural(deltas, 'delta sync')} (${plural(deltaRecords, 'changed record')})` : '',
  ].filter(Boolean);
  if (syncs.length) parts.push(`upload: ${syncs.join(', then ')}`);
  if (synced) parts.push(`${plural(synced, 'device')} synced MDM policy from Intune`);
  if (installed) parts.push(`Intune installed the Configuration Manager client on ${plural(installed, 'device')}`);
  parts.push(...other);
  const span = timeSpan(before.clock, after.clock);
  if (parts.length === 0) return `${span}: nothing changed for any device.`;
  const shown = parts.slice(0, 4);
  const more = parts.length - shown.length;
  return `${span}: ${shown.join('; ')}${more > 0 ? `; and ${more} more (in Messages)` : ''}.`;
}

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
      sentences.push(`${plural(now, 'device')} in the upload scope (${(now - was).toLocaleString('en-US')} more); the next upload cycle sends them as a delta sync`);
    else if (attach.upload === null)
      sentences.push(`${plural(now, 'device')} in the upload scope; the first upload cycle is a full sync of all of them`);
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
