/**
 * How devices enter the enrollment funnel (rules 4, 5, 17): scheduling the devices automatic
 * enrollment targets, and the settled start of a scenario. Moving them forward over simulated time,
 * with the tenant attach upload cycle (rule 13), is in `advance.ts`. Pure: each function takes the
 * old arrays and returns new ones (copy on write), plus the events it produced.
 */
import { UPLOAD_CYCLE_MINUTES } from './constants';
import { collectionMark } from './collections';
import { uploadScopeMark } from './derive';
import { completionProblem, enrollmentRow, ineligibility, untargeted } from './enrollment-table';
import type { RngCursor } from './rng';
import type { Device, Enrollment, FunnelEventStage, SimEvent, SimState } from './types';

/** Minutes from Enrollment initiated to its outcome. */
// fact sheet silent: how long one enrollment takes; the engine uses 5 minutes.
export const ENROLLMENT_MINUTES = 5;

/**
 * Rule 17: enrollment start times are spread over a window that grows with the number of clients
 * that become targeted together (100,000 clients -> days).
 */
// fact sheet silent on the exact randomisation: the engine spreads start times uniformly over
// max(60 minutes, 60 minutes per 1,000 clients), so 4,000 clients take about 4 hours and 100,000
// about 4 days; a single device (e.g. re-enrolling after the user unenrolled it) starts within the
// next hour, its next policy evaluation.
export function enrollmentWindow(count: number): number {
  return Math.max(60, 60 * Math.ceil(count / 1000));
}

/** The first upload cycle strictly after `now` (cycles fall on multiples of 15 minutes). */
// fact sheet silent on when the 15-minute cycle starts; the engine aligns cycles to the simulated
// clock (minute 15, 30, 45...) and draws each cycle's 5-10 minute delay before devices appear.
export function nextCycleAfter(now: number): number {
  return (Math.floor(now / UPLOAD_CYCLE_MINUTES) + 1) * UPLOAD_CYCLE_MINUTES;
}

/** Copy-on-write view of the device array. */
export class DevicesDraft {
  private copy: Device[] | null = null;
  constructor(private readonly original: readonly Device[]) {}
  get(i: number): Device {
    return (this.copy ?? this.original)[i]!;
  }
  setEnrollment(i: number, enrollment: Enrollment): void {
    if (!this.copy) this.copy = this.original.slice();
    this.copy[i] = { ...this.copy[i]!, enrollment };
  }
  set(i: number, device: Device): void {
    if (!this.copy) this.copy = this.original.slice();
    this.copy[i] = device;
  }
  get length(): number {
    return this.original.length;
  }
  /** The original array when nothing changed, else the copy. */
  result(): Device[] {
    return (this.copy ?? this.original) as Device[];
  }
}

/** Groups per-device enrollment transitions into a few events. */
export class EnrollmentEvents {
  private groups = new Map<
    string,
    { at: number; stage: FunnelEventStage; code: string | null; count: number; devices: string[] }
  >();
  add(at: number, stage: FunnelEventStage, code: string | null, name: string): void {
    const key = `${at}|${stage}|${code ?? ''}`;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { at, stage, code, count: 0, devices: [] }));
    g.count++;
    if (g.devices.length < 10) g.devices.push(name);
  }
  events(): SimEvent[] {
    const order: FunnelEventStage[] = [
      'Unenrolled',
      'Scheduled',
      'Enrollment initiated',
      'Enrolled',
      'Failed',
      'Pending user sign in',
    ];
    return [...this.groups.values()]
      .sort(
        (a, b) =>
          a.at - b.at || order.indexOf(a.stage) - order.indexOf(b.stage) || (a.code ?? '').localeCompare(b.code ?? ''),
      )
      .map((g) => ({ type: 'enrollment', at: g.at, stage: g.stage, count: g.count, devices: g.devices, code: g.code }));
  }
}

/**
 * Schedules every device that automatic enrollment now targets and that is not on its way yet
 * (or failed for a reason that has since been fixed), and returns scheduled devices that are no
 * longer targeted to Eligible. Called after every action.
 */
export function reconcileEnrollment(state: SimState, rng: RngCursor): { devices: Device[]; events: SimEvent[] } {
  const now = state.clock;
  const draft = new DevicesDraft(state.devices);
  const enablement = state.settings.coManagement;
  const autoMark =
    enablement.autoEnrollment === 'pilot' ? collectionMark(state, enablement.autoEnrollmentCollection) : null;
  const toSchedule: number[] = [];
  for (let i = 0; i < draft.length; i++) {
    const d = draft.get(i);
    const stage = d.enrollment.stage;
    if (stage === 'enrolled') continue;
    if (ineligibility(d) !== null) continue;
    const targeted = untargeted(state, d, autoMark ? autoMark[i] === 1 : false) === null;
    if (stage === 'none') {
      if (targeted) toSchedule.push(i);
    } else if (stage === 'scheduled') {
      // fact sheet silent: a device that is no longer targeted before it starts goes back to Eligible.
      if (!targeted) draft.setEnrollment(i, { stage: 'none', at: 0, code: null });
    } else if (stage === 'failed' || (stage === 'initiated' && d.enrollment.code !== null)) {
      // fact sheet silent: a failed (or waiting) device tries again at its next policy evaluation
      // once the cause is fixed; the engine reschedules it like a newly targeted device.
      if (targeted && completionProblem(state, d) === null) toSchedule.push(i);
    }
  }
  const grouped = new EnrollmentEvents();
  if (toSchedule.length > 0) {
    const window = enrollmentWindow(toSchedule.length);
    for (const i of toSchedule) {
      draft.setEnrollment(i, { stage: 'scheduled', at: now + rng.int(1, window), code: null });
      grouped.add(now, 'Scheduled', null, draft.get(i).name);
    }
  }
  return { devices: draft.result(), events: grouped.events() };
}

export function markToIndices(mark: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < mark.length; i++) if (mark[i]) out.push(i);
  return out;
}

/**
 * Start-of-scenario shortcut (`initial.settled`): every targeted device already has its final
 * outcome and the upload scope is already visible.
 */
export function settle(state: SimState): SimState {
  const draft = new DevicesDraft(state.devices);
  const enablement = state.settings.coManagement;
  const autoMark =
    enablement.autoEnrollment === 'pilot' ? collectionMark(state, enablement.autoEnrollmentCollection) : null;
  for (let i = 0; i < draft.length; i++) {
    const d = draft.get(i);
    if (d.enrollment.stage === 'enrolled' || ineligibility(d) !== null) continue;
    if (untargeted(state, d, autoMark ? autoMark[i] === 1 : false) !== null) continue;
    const problem = completionProblem(state, d);
    const row = problem ? enrollmentRow(problem) : null;
    const enrollment: Enrollment =
      row === null
        ? { stage: 'enrolled', at: state.clock, code: null }
        : row.outcome === 'wait'
          ? { stage: 'initiated', at: state.clock, code: row.code }
          : { stage: 'failed', at: state.clock, code: row.code };
    draft.setEnrollment(i, enrollment);
  }
  let next: SimState = { ...state, devices: draft.result() };
  if (next.settings.cloudAttach?.upload != null && next.site.serviceConnectionPoint) {
    next = {
      ...next,
      upload: {
        nextCycleAt: nextCycleAfter(next.clock),
        lastSyncAt: next.clock,
        visible: markToIndices(uploadScopeMark(next)),
        pending: null,
      },
    };
  }
  return next;
}
