/**
 * Goals and checks: `gradeGoal(state, goal)` says per check whether it passes and, when it does
 * not, what differs, in the console's words ("Compliance policies is at Intune; the goal wants
 * Pilot Intune").
 */
import {
  AUTHORITY_LABELS,
  AUTO_ENROLLMENT_LABELS,
  AZURE_ENVIRONMENT_LABELS,
  DEVICE_ACTION_LABELS,
  SLIDER_LABELS,
  WORKLOAD_COUNT,
  WORKLOAD_LABELS,
  workloadIndex,
} from './constants';
import { collectionMark, collectionName, findCollection } from './collections';
import { authorityOf, deriveAuthorityTable, deviceIndex, funnelCounts, managedByOf, type FunnelCounts } from './derive';
import { policiesOf, type PolicyOnDevice } from './policies';
import { connectorView } from './tenant';
import { plural, wizardName } from './labels';
import type {
  Check,
  CheckResult,
  DeviceActionRecord,
  FunnelStage,
  Goal,
  GoalResult,
  SimState,
  UploadScope,
} from './types';

const FUNNEL_LABELS: Readonly<Record<FunnelStage, string>> = {
  eligible: 'Eligible',
  scheduled: 'Scheduled',
  'enrollment-initiated': 'Enrollment initiated',
  enrolled: 'Enrolled',
  failed: 'failed enrollment',
  'not-eligible': 'not eligible',
};

const FUNNEL_KEYS: Readonly<Record<FunnelStage, keyof FunnelCounts>> = {
  eligible: 'eligible',
  scheduled: 'scheduled',
  'enrollment-initiated': 'enrollmentInitiated',
  enrolled: 'enrolled',
  failed: 'failed',
  'not-eligible': 'notEligible',
};

function uploadText(state: SimState, upload: UploadScope | null): string {
  if (upload === null) return 'nothing';
  if (upload === 'all') return 'all devices';
  return `the collection ${collectionName(state, upload.collection)}`;
}

/** Grades one check. */
export function gradeCheck(state: SimState, check: Check): CheckResult {
  const differs = (passed: boolean, actual: string, expected: string, difference: string): CheckResult => ({
    check,
    passed,
    actual,
    expected,
    difference: passed ? null : difference,
  });
  // Most differences are the actual state, then what the goal wants: "X is at Intune; the goal wants Pilot Intune".
  const result = (passed: boolean, actual: string, expected: string, wants: string): CheckResult =>
    differs(passed, actual, expected, `${actual}; the goal wants ${wants}`);
  // A check naming a device, collection or policy the lab does not have.
  const missing = (kind: string, id: string): CheckResult =>
    differs(false, `no ${kind} ${id}`, `${id} exists`, `There is no ${kind} ${id}`);
  switch (check.type) {
    case 'slider-position': {
      const label = WORKLOAD_LABELS[check.workload];
      const position = state.settings.coManagement.workloads[workloadIndex(check.workload)]!.position;
      return result(
        position === check.position,
        `${label} is at ${SLIDER_LABELS[position]}`,
        `${label} at ${SLIDER_LABELS[check.position]}`,
        SLIDER_LABELS[check.position],
      );
    }
    case 'pilot-collection': {
      const label = WORKLOAD_LABELS[check.workload];
      const current = state.settings.coManagement.workloads[workloadIndex(check.workload)]!.pilotCollection;
      const actual =
        current === null
          ? 'no workload pilot collection'
          : `the workload pilot collection ${collectionName(state, current)}`;
      return result(
        current === check.collection,
        `${label} has ${actual}`,
        `${label} with the workload pilot collection ${collectionName(state, check.collection)}`,
        collectionName(state, check.collection),
      );
    }
    case 'auto-enrollment': {
      const e = state.settings.coManagement;
      const okValue = e.autoEnrollment === check.autoEnrollment;
      const okCollection = check.collection === undefined || e.autoEnrollmentCollection === check.collection;
      const actual =
        e.autoEnrollment === 'pilot' && e.autoEnrollmentCollection
          ? `Pilot with the Intune Auto Enrollment collection ${collectionName(state, e.autoEnrollmentCollection)}`
          : AUTO_ENROLLMENT_LABELS[e.autoEnrollment];
      const expected =
        check.collection !== undefined
          ? `${AUTO_ENROLLMENT_LABELS[check.autoEnrollment]} with the Intune Auto Enrollment collection ${collectionName(state, check.collection)}`
          : AUTO_ENROLLMENT_LABELS[check.autoEnrollment];
      return result(
        okValue && okCollection,
        `Automatic enrollment in Intune is ${actual}`,
        `Automatic enrollment in Intune ${expected}`,
        expected,
      );
    }
    case 'effective-authority': {
      const i = deviceIndex(state, check.device);
      const label = WORKLOAD_LABELS[check.workload];
      if (i < 0) return missing('device', check.device);
      const authority = authorityOf(state, i, check.workload);
      return result(
        authority === check.authority,
        `${check.device} gets ${label} from ${AUTHORITY_LABELS[authority]}`,
        `${check.device} gets ${label} from ${AUTHORITY_LABELS[check.authority]}`,
        AUTHORITY_LABELS[check.authority],
      );
    }
    case 'collection-authority': {
      const label = WORKLOAD_LABELS[check.workload];
      if (!findCollection(state, check.collection)) return missing('collection', check.collection);
      const name = collectionName(state, check.collection);
      const mark = collectionMark(state, check.collection);
      const table = deriveAuthorityTable(state);
      const w = workloadIndex(check.workload);
      const want = check.authority === 'intune' ? 1 : 0;
      let members = 0;
      let wrong = 0;
      for (let i = 0; i < mark.length; i++) {
        if (!mark[i]) continue;
        members++;
        if (table[i * WORKLOAD_COUNT + w] !== want) wrong++;
      }
      const other = check.authority === 'intune' ? 'configmgr' : 'intune';
      return differs(
        members > 0 && wrong === 0,
        members === 0
          ? `${name} has no members`
          : `${plural(members - wrong, 'device')} of ${members.toLocaleString('en-US')} in ${name} get ${label} from ${AUTHORITY_LABELS[check.authority]}`,
        `every device in ${name} gets ${label} from ${AUTHORITY_LABELS[check.authority]}`,
        members === 0
          ? `${name} has no members; the goal wants every member to get ${label} from ${AUTHORITY_LABELS[check.authority]}`
          : `${plural(wrong, 'device')} in ${name} still get${wrong === 1 ? 's' : ''} ${label} from ${AUTHORITY_LABELS[other]}; the goal wants ${AUTHORITY_LABELS[check.authority]} for all ${members.toLocaleString('en-US')}`,
      );
    }
    case 'funnel-count': {
      const count = funnelCounts(state)[FUNNEL_KEYS[check.stage]];
      const label = FUNNEL_LABELS[check.stage];
      const low = check.atLeast !== undefined && count < check.atLeast;
      const high = check.atMost !== undefined && count > check.atMost;
      const n = (value: number) => value.toLocaleString('en-US');
      // A goal that wants one count says so: "exactly 36", not "at least 36 and at most 36".
      const bounds =
        check.atLeast !== undefined && check.atLeast === check.atMost
          ? `exactly ${n(check.atLeast)}`
          : [
              check.atLeast !== undefined ? `at least ${n(check.atLeast)}` : null,
              check.atMost !== undefined ? `at most ${n(check.atMost)}` : null,
            ]
              .filter(Boolean)
              .join(' and ');
      return differs(
        !low && !high,
        `${count.toLocaleString('en-US')} ${label}`,
        `${bounds} ${label}`,
        `${count.toLocaleString('en-US')} devices are ${label}; the goal wants ${bounds}`,
      );
    }
    case 'upload-scope': {
      const current = state.settings.cloudAttach?.upload ?? null;
      const same = JSON.stringify(current) === JSON.stringify(check.upload);
      return result(
        same,
        `Tenant attach uploads ${uploadText(state, current)}`,
        `Tenant attach uploads ${uploadText(state, check.upload)}`,
        `it to upload ${uploadText(state, check.upload)}`,
      );
    }
    case 'connector-status': {
      const view = connectorView(state);
      return result(
        view.status === check.status,
        `The connector shows ${view.status}`,
        `The connector shows ${check.status}`,
        check.status,
      );
    }
    case 'managed-by': {
      const i = deviceIndex(state, check.device);
      if (i < 0) return missing('device', check.device);
      const view = managedByOf(state, i);
      const show = (v: string | null) => (v === null ? 'is not listed in the admin center' : `shows Managed by ${v}`);
      return result(
        view.value === check.managedBy,
        `${check.device} ${show(view.value)}`,
        `${check.device} ${show(check.managedBy)}`,
        `it to ${check.managedBy === null ? 'be absent' : `show ${check.managedBy}`}`,
      );
    }
    case 'device-action': {
      const what = check.action ? DEVICE_ACTION_LABELS[check.action] : 'device action';
      const error = check.error;
      const ends = (status: string, text: string | null) => `ended ${status}${text ? `: ${text}` : ''}`;
      const wanted = `${check.status}${error !== undefined ? ` with "${error}"` : ''}`;
      const matches = (r: DeviceActionRecord) =>
        r.status === check.status && (error === undefined || (r.error ?? '').includes(error));
      const records = state.deviceActions.filter(
        (r) => r.device === check.device && (check.action === undefined || r.action === check.action),
      );
      const last = records[records.length - 1];
      if (check.ever) {
        const hit = records.find(matches);
        const actual = hit
          ? `${DEVICE_ACTION_LABELS[hit.action]} on ${check.device} ${ends(hit.status, hit.error)}`
          : records.length === 0
            ? `no ${what} has run on ${check.device}`
            : `no ${what} on ${check.device} has ended ${wanted} (the latest ${ends(last!.status, last!.error)})`;
        return result(
          hit !== undefined,
          actual,
          `a ${what} on ${check.device} ends ${wanted}`,
          `one that ends ${wanted}`,
        );
      }
      const actual = last
        ? `${DEVICE_ACTION_LABELS[last.action]} on ${check.device} ${ends(last.status, error !== undefined ? last.error : null)}`
        : `no ${what} has run on ${check.device}`;
      return result(
        last !== undefined && matches(last),
        actual,
        `${check.action ? what : 'the latest device action'} on ${check.device} ends ${wanted}`,
        wanted,
      );
    }
    case 'policy-on-device': {
      const i = deviceIndex(state, check.device);
      if (i < 0) return missing('device', check.device);
      const policy = state.policies.find((p) => p.id === check.policy);
      if (!policy) return missing('policy', check.policy);
      const status: PolicyOnDevice['status'] | 'none' =
        policiesOf(state, i).find((p) => p.policy === policy.id)?.status ?? 'none';
      const on = `${policy.name} is`;
      const ACTUAL: Readonly<Record<typeof status, string>> = {
        applied: `${on} applied to ${check.device}`,
        remains: `${on} left on ${check.device}, no longer enforced`,
        ignored: `${on} not applied to ${check.device}`,
        none: `${on} not applied to ${check.device}`,
      };
      const applied = status === 'applied' || status === 'remains';
      const passed = applied === check.applied && (check.left === undefined || (status === 'remains') === check.left);
      const want = !check.applied
        ? 'not applied'
        : check.left === true
          ? 'left on the device, no longer enforced'
          : check.left === false
            ? 'applied and enforced'
            : 'applied';
      const expected = !check.applied
        ? `${policy.name} not applied to ${check.device}`
        : check.left === true
          ? `${policy.name} left on ${check.device}, no longer enforced`
          : `${policy.name} applied to ${check.device}${check.left === false ? ', enforced' : ''}`;
      return result(passed, ACTUAL[status], expected, `it ${want}`);
    }
    case 'signed-in': {
      // The wizard's sign-in while it is open; once it has finished, the environment cloud attach uses.
      const environment = state.wizard ? state.wizard.environment : (state.settings.cloudAttach?.environment ?? null);
      const label = AZURE_ENVIRONMENT_LABELS[check.environment];
      const actual =
        environment !== null
          ? `Signed in to ${AZURE_ENVIRONMENT_LABELS[environment]}`
          : state.wizard
            ? `The ${wizardName(state.site.version)} has not signed in yet`
            : `The ${wizardName(state.site.version)} is not open and cloud attach is not configured`;
      return result(environment === check.environment, actual, `Signed in to ${label}`, `a sign-in to ${label}`);
    }
  }
}

/** Grades a goal: it passes when every check passes. */
export function gradeGoal(state: SimState, goal: Goal): GoalResult {
  const checks = goal.checks.map((check) => gradeCheck(state, check));
  return { goalId: goal.id, passed: checks.every((c) => c.passed), checks };
}
