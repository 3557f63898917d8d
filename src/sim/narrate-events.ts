/**
 * Sentences for the engine's events: one per event ("312 devices now get Compliance policies from
 * Intune"), the lines Messages lists, and one summary of a time step whose times agree with the
 * clock. Pure. Loaded with `narrate.ts` (the actions' narration), which re-exports it, on a
 * learner's first action.
 */
import { DEVICE_ACTION_LABELS, WORKLOAD_LABELS } from './constants';
import { formatSimTime } from './derive';
import { formatDuration, plural } from './labels';
import type { SimEvent, SimState } from './types';

/** One sentence per event that a learner cares about; null for events that say nothing new. */
export function describeEvent(event: SimEvent): string | null {
  switch (event.type) {
    case 'authority-changed': {
      const parts: string[] = [];
      const label = WORKLOAD_LABELS[event.workload];
      if (event.toIntune > 0)
        parts.push(
          `${plural(event.toIntune, 'device')} now ${event.toIntune === 1 ? 'gets' : 'get'} ${label} from Intune`,
        );
      if (event.toConfigMgr > 0)
        parts.push(
          `${plural(event.toConfigMgr, 'device')} now ${event.toConfigMgr === 1 ? 'gets' : 'get'} ${label} from Configuration Manager`,
        );
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
      // No fall through: the switch above returns for every stage (no-fallthrough cannot see that).
    }
    case 'setting-changed':
      return `${event.setting}: ${event.from} → ${event.to}`;
    case 'collection-changed': {
      const parts = [
        event.added ? `${plural(event.added, 'device')} added` : '',
        event.removed ? `${plural(event.removed, 'device')} removed` : '',
      ].filter(Boolean);
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
      return record.status === 'Complete'
        ? `${label} on ${record.device}: Complete`
        : `${label} on ${record.device}: Failed${record.error ? `, ${record.error}` : ''}`;
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
  if (to < from)
    return `${plural(from - to, 'device')} left the Intune admin center (the upload scope is narrower); ${to.toLocaleString('en-US')} remain`;
  return `${plural(to, 'device')} now ${to === 1 ? 'appears' : 'appear'} in the Intune admin center`;
}

/** Events that say something, for a count shown before the sentences have loaded. */
export function countsAsEvent(event: SimEvent): boolean {
  return (
    event.type !== 'time-advanced' &&
    !(event.type === 'authority-changed' && event.toIntune === 0 && event.toConfigMgr === 0)
  );
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
  return a.slice(0, a.indexOf(',')) === b.slice(0, b.indexOf(','))
    ? `${a} → ${b.slice(b.indexOf(',') + 2)}`
    : `${a} → ${b}`;
}

/**
 * One summary of a time step, whose times agree with the clock: what the step's events add up to
 * (devices per enrollment stage, devices per workload and authority, upload cycles, what the
 * admin center shows), most important first. The authority and enrollment events add up into one
 * event per workload, and per enrollment stage and code, phrased as one.
 */
export function describeTimeStep(before: SimState, after: SimState, events: readonly SimEvent[]): string {
  const authority = new Map<string, SimEvent & { type: 'authority-changed' }>();
  const enrollment = new Map<string, SimEvent & { type: 'enrollment' }>();
  let full = 0;
  let fullRecords = 0;
  let deltas = 0;
  let deltaRecords = 0;
  const visibleFrom = before.upload.visible.length;
  let visibleTo: number | null = null;
  const connector: { from: string | null; to: string | null } = { from: null, to: null };
  let synced = 0;
  let installed = 0;
  const other: string[] = [];
  for (const event of events) {
    switch (event.type) {
      case 'authority-changed': {
        const sum = authority.get(event.workload) ?? { ...event, toIntune: 0, toConfigMgr: 0 };
        sum.toIntune += event.toIntune;
        sum.toConfigMgr += event.toConfigMgr;
        authority.set(event.workload, sum);
        break;
      }
      case 'enrollment': {
        const key = `${event.stage}|${event.code ?? ''}`;
        const sum = enrollment.get(key) ?? { ...event, count: 0 };
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
      // Device actions are phrased one by one, in order, below; the clock says nothing here.
      case 'device-action':
      case 'time-advanced':
        break;
      default: {
        const text = describeEvent(event);
        if (text) other.push(text);
      }
    }
  }
  const parts: string[] = [];
  for (const sum of [...authority.values(), ...enrollment.values()]) {
    const text = describeEvent(sum);
    if (text) parts.push(text);
  }
  if (visibleTo !== null && visibleTo !== visibleFrom) parts.push(describeVisible(visibleFrom, visibleTo));
  if (connector.from !== null && connector.from !== connector.to)
    parts.push(`connector status: ${connector.from} → ${connector.to}`);
  parts.push(...events.filter((event) => event.type === 'device-action').map((event) => describeEvent(event)!));
  const syncs = [
    full ? `first full sync (${plural(fullRecords, 'record')})` : '',
    deltas ? `${plural(deltas, 'delta sync')} (${plural(deltaRecords, 'changed record')})` : '',
  ].filter(Boolean);
  if (syncs.length) parts.push(`upload: ${syncs.join(', then ')}`);
  if (synced) parts.push(`${plural(synced, 'device')} synced MDM policy from Intune`);
  if (installed) parts.push(`Intune installed the Configuration Manager client on ${plural(installed, 'device')}`);
  parts.push(...other);
  return summaryLine(timeSpan(before.clock, after.clock), parts);
}

/** The summary line: the time span and its first four parts, or that nothing changed. */
function summaryLine(span: string, parts: readonly string[]): string {
  if (parts.length === 0) return `${span}: nothing changed for any device.`;
  const shown = parts.slice(0, 4);
  const more = parts.length - shown.length;
  return `${span}: ${shown.join('; ')}${more > 0 ? `; and ${more} more (in Messages)` : ''}.`;
}
