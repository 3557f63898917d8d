/**
 * Simulated time moving on (rules 4, 5, 13, 17): scheduled and initiated enrollments reach their
 * outcome, and the tenant attach upload cycles run. Only the engine's step code (`step.ts`) moves
 * time, so this lives apart from `enrollment.ts`, whose scheduling the start state also needs:
 * pages render without it (see `astro.config.mjs`, chunk `console-later`).
 */
import { UPLOAD_APPEAR_MAX, UPLOAD_APPEAR_MIN, UPLOAD_CYCLE_MINUTES } from './constants';
import { formatSimTime, uploadScopeMark } from './derive';
import { DevicesDraft, ENROLLMENT_MINUTES, EnrollmentEvents, markToIndices } from './enrollment';
import { completionProblem, enrollmentRow } from './enrollment-table';
import type { RngCursor } from './rng';
import type { Device, SimEvent, SimState, UploadState } from './types';

/** Rounds an event time up to the end of its 15-minute slot, capped at `to`. */
function slotEnd(t: number, to: number): number {
  return Math.min(to, Math.ceil(t / UPLOAD_CYCLE_MINUTES) * UPLOAD_CYCLE_MINUTES);
}

/**
 * Moves scheduled and initiated devices forward to `to`: Scheduled -> Enrollment initiated at the
 * scheduled minute, then after ENROLLMENT_MINUTES the completion rows decide Enrolled, failed with
 * a code, or Pending user sign in. Returns per-slot counts of changed devices (for upload records).
 */
export function advanceEnrollment(
  state: SimState,
  to: number,
): { devices: Device[]; events: SimEvent[]; changedPerSlot: Map<number, number[]> } {
  const draft = new DevicesDraft(state.devices);
  const grouped = new EnrollmentEvents();
  const changedPerSlot = new Map<number, number[]>();
  let lastSlot = -1;
  let device = -1;
  const changed = (t: number) => {
    const slot = Math.ceil(t / UPLOAD_CYCLE_MINUTES) * UPLOAD_CYCLE_MINUTES;
    if (device === lastDevice && slot === lastSlot) return;
    lastDevice = device;
    lastSlot = slot;
    const list = changedPerSlot.get(slot);
    if (list) list.push(device);
    else changedPerSlot.set(slot, [device]);
  };
  let lastDevice = -1;
  for (let i = 0; i < draft.length; i++) {
    device = i;
    let d = draft.get(i);
    let e = d.enrollment;
    if (e.stage === 'scheduled' && e.at <= to) {
      e = { stage: 'initiated', at: e.at + ENROLLMENT_MINUTES, code: null };
      grouped.add(slotEnd(d.enrollment.at, to), 'Enrollment initiated', null, d.name);
      changed(d.enrollment.at);
    }
    if (e.stage === 'initiated' && e.code === null && e.at <= to) {
      const problem = completionProblem(state, d);
      const row = problem ? enrollmentRow(problem) : null;
      if (row === null) {
        e = { stage: 'enrolled', at: e.at, code: null };
        grouped.add(slotEnd(e.at, to), 'Enrolled', null, d.name);
      } else if (row.outcome === 'wait') {
        e = { stage: 'initiated', at: e.at, code: row.code };
        grouped.add(slotEnd(e.at, to), 'Pending user sign in', row.code, d.name);
      } else {
        e = { stage: 'failed', at: e.at, code: row.code };
        grouped.add(slotEnd(e.at, to), 'Failed', row.code, d.name);
      }
      changed(e.at);
    }
    if (e !== d.enrollment) {
      d = { ...d, enrollment: e };
      draft.set(i, d);
    }
  }
  return { devices: draft.result(), events: grouped.events(), changedPerSlot };
}

/**
 * Runs the upload cycles that fall in (state.clock, to]: each cycle with the service connection
 * point online uploads the devices in scope (first a full sync, then deltas) and makes them
 * visible 5-10 minutes later (rule 13).
 */
export function advanceUpload(
  state: SimState,
  to: number,
  rng: RngCursor,
  changedPerSlot: ReadonlyMap<number, readonly number[]>,
): { upload: UploadState; events: SimEvent[] } {
  let upload = state.upload;
  const events: SimEvent[] = [];
  if (upload.nextCycleAt === null) return { upload, events };
  const promote = (until: number) => {
    if (upload.pending && upload.pending.visibleAt <= until) {
      const pending = upload.pending;
      if (!sameIndices(upload.visible, pending.devices)) {
        events.push({ type: 'upload-visible', at: pending.visibleAt, devices: pending.devices.length });
      }
      upload = { ...upload, visible: pending.devices, pending: null };
    }
  };
  let scope: number[] | null = null;
  let scopeMark: Uint8Array | null = null;
  const changedInScope = (slot: number) => {
    let n = 0;
    for (const i of changedPerSlot.get(slot) ?? []) if (scopeMark![i]) n++;
    return n;
  };
  let cycle = upload.nextCycleAt;
  for (; cycle <= to; cycle += UPLOAD_CYCLE_MINUTES) {
    promote(cycle);
    if (!state.site.serviceConnectionPoint) continue;
    if (scope === null) {
      scopeMark = uploadScopeMark(state);
      scope = markToIndices(scopeMark);
    }
    const full = upload.lastSyncAt === null;
    const previous = upload.pending?.devices ?? upload.visible;
    const records = full ? scope.length : symmetricDifference(previous, scope) + changedInScope(cycle);
    if (records > 0) {
      events.push({
        type: 'upload-cycle',
        at: cycle,
        records,
        full,
        text: `CMGatewaySyncUploadWorker.log: Batching ${records} records. Next run time will be at approximately: ${formatSimTime(cycle + UPLOAD_CYCLE_MINUTES)}`,
      });
    }
    const devices = sameIndices(previous, scope) ? previous : scope;
    upload = {
      ...upload,
      lastSyncAt: cycle,
      pending: { visibleAt: cycle + rng.int(UPLOAD_APPEAR_MIN, UPLOAD_APPEAR_MAX), devices },
    };
  }
  promote(to);
  upload = { ...upload, nextCycleAt: cycle };
  return { upload, events };
}

function sameIndices(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function symmetricDifference(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let diff = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    if (x !== y) diff++;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return diff;
}
