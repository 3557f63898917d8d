/**
 * Where a device is in the enrollment funnel and why (rules 4, 5, 17), derived from the state on
 * demand, and the dashboard's counts over the fleet. `derive.ts` re-exports all of it.
 */
import { isMember } from './collections';
import {
  completionProblem,
  enrollmentRow,
  ineligibility,
  untargeted,
  type EnrollmentConditionId,
} from './enrollment-table';
import { formatSimTime } from './labels';
import type { SimState } from './types';

export type FunnelStageLabel = 'Not eligible' | 'Eligible' | 'Scheduled' | 'Enrollment initiated' | 'Enrolled';

export interface FunnelView {
  eligible: boolean;
  stage: FunnelStageLabel;
  /** Enrollment was initiated and failed. */
  failed: boolean;
  /** Error code or status ("Pending user sign in"), where the table gives one. */
  code: string | null;
  /** The table row that stops or held back the device, or null. */
  condition: EnrollmentConditionId | null;
  /** Why the device is where it is, or null when enrolled. */
  reason: string | null;
  /** The dashboard's "Co-management enrollment status" for this device, or null. */
  status: string | null;
}

/** Where device i is in the enrollment funnel, and why. */
export function funnelOf(state: SimState, i: number): FunnelView {
  const d = state.devices[i]!;
  const e = d.enrollment;
  const hybrid = d.join === 'hybrid-entra-joined';
  const notEligible = ineligibility(d);
  if (notEligible !== null) {
    const row = enrollmentRow(notEligible);
    return {
      eligible: false,
      stage: 'Not eligible',
      failed: false,
      code: row.code,
      condition: notEligible,
      reason: row.reason,
      status: null,
    };
  }
  switch (e.stage) {
    case 'enrolled':
      return {
        eligible: true,
        stage: 'Enrolled',
        failed: false,
        code: null,
        condition: null,
        reason: null,
        status: hybrid ? 'Success hybrid Entra joined' : 'Success Entra joined',
      };
    case 'failed': {
      const condition = completionProblem(state, d) ?? failedCondition(e.code);
      return {
        eligible: true,
        stage: 'Enrollment initiated',
        failed: true,
        code: e.code,
        condition,
        reason: condition ? enrollmentRow(condition).reason : `enrollment failed (${e.code ?? 'no code'})`,
        status: hybrid ? 'Failure hybrid joined' : 'Failure Entra joined',
      };
    }
    case 'initiated': {
      const waiting = e.code === 'Pending user sign in';
      return {
        eligible: true,
        stage: 'Enrollment initiated',
        failed: false,
        code: e.code,
        condition: waiting ? 'pending-user-sign-in' : null,
        reason: waiting ? enrollmentRow('pending-user-sign-in').reason : 'enrolling now',
        // fact sheet silent: the status tile lists "Enrolling hybrid joined" only; Entra joined devices get none.
        status: waiting ? 'Pending user sign in' : hybrid ? 'Enrolling hybrid joined' : null,
      };
    }
    case 'scheduled':
      return {
        eligible: true,
        stage: 'Scheduled',
        failed: false,
        code: null,
        condition: null,
        reason: `enrollment is spread over time and starts at ${formatSimTime(e.at)}`,
        status: null,
      };
    case 'none': {
      const condition = untargeted(state, d, autoEnrollmentMember(state, i));
      return {
        eligible: true,
        stage: 'Eligible',
        failed: false,
        code: null,
        condition,
        reason: condition ? enrollmentRow(condition).reason : 'waiting for the next policy evaluation',
        status: null,
      };
    }
  }
}

function failedCondition(code: string | null): EnrollmentConditionId | null {
  if (code === '0x80180018') return 'no-intune-licences';
  if (code === '0x8000FFFF') return 'automatic-enrollment-not-configured';
  if (code === '0x80070032') return 'windows-10-before-1709';
  if (code === '0x8018002B') return 'mdm-user-scope-none';
  return null;
}

/** Is device i in the Intune Auto Enrollment collection? */
export function autoEnrollmentMember(state: SimState, i: number): boolean {
  const id = state.settings.coManagement.autoEnrollmentCollection;
  return id !== null && isMember(state, id, i);
}

/** Cumulative funnel counts, as the dashboard's funnel tile shows them. */
// fact sheet silent on whether the funnel tile counts cumulatively; the engine counts each stage
// with every later stage included (failures count as Enrollment initiated).
export interface FunnelCounts {
  /** Eligible devices (every later stage included). */
  eligible: number;
  /** Scheduled or later. */
  scheduled: number;
  /** Enrollment initiated or later (failures included). */
  enrollmentInitiated: number;
  enrolled: number;
  /** Enrollment initiated and failed. */
  failed: number;
  /** Waiting at Enrollment initiated for a user to sign in. */
  pendingUserSignIn: number;
  notEligible: number;
}

export function funnelCounts(state: SimState): FunnelCounts {
  const c: FunnelCounts = {
    eligible: 0,
    scheduled: 0,
    enrollmentInitiated: 0,
    enrolled: 0,
    failed: 0,
    pendingUserSignIn: 0,
    notEligible: 0,
  };
  for (const d of state.devices) {
    if (ineligibility(d) !== null) {
      c.notEligible++;
      continue;
    }
    c.eligible++;
    const stage = d.enrollment.stage;
    if (stage === 'none') continue;
    c.scheduled++;
    if (stage === 'scheduled') continue;
    c.enrollmentInitiated++;
    if (stage === 'enrolled') c.enrolled++;
    else if (stage === 'failed') c.failed++;
    else if (d.enrollment.code === 'Pending user sign in') c.pendingUserSignIn++;
  }
  return c;
}

/** Enrollment errors as the dashboard's table lists them: code -> device count. */
export function enrollmentErrors(state: SimState): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const d of state.devices) {
    if (d.enrollment.stage === 'failed' && d.enrollment.code)
      counts.set(d.enrollment.code, (counts.get(d.enrollment.code) ?? 0) + 1);
  }
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
