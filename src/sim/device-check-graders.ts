/**
 * The graders of the checks on devices: what they get and show (the authority per workload, on a
 * device or across a collection, the enrollment funnel's counts, the admin center's Managed by), and
 * what ran on or applies to one (a device action, a policy). The checks on the lab's settings go on
 * to check-graders.ts, which also holds what every grader shares.
 */
import { AUTHORITY_LABELS, DEVICE_ACTION_LABELS, WORKLOAD_COUNT, WORKLOAD_LABELS, workloadIndex } from './constants';
import { collectionMark, collectionName, findCollection } from './collections';
import { authorityOf, deriveAuthorityTable, deviceIndex, funnelCounts, managedByOf, type FunnelCounts } from './derive';
import { policiesOf, type PolicyOnDevice } from './policies';
import { plural } from './labels';
import { gradeSettingCheck, missing, verdict, type SettingCheck, type Verdict } from './check-graders';
import type { Check, DeviceActionRecord, FunnelStage, SimState } from './types';

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

/**
 * Grades a check on what devices get and show; a check of another type goes on to
 * gradeActionOrPolicyCheck, and from there to the settings' grader.
 */
export function gradeDeviceCheck(state: SimState, check: Check): Verdict {
  switch (check.type) {
    case 'effective-authority': {
      const i = deviceIndex(state, check.device);
      const label = WORKLOAD_LABELS[check.workload];
      if (i < 0) return missing('device', check.device);
      const authority = authorityOf(state, i, check.workload);
      return verdict(
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
      return [
        members > 0 && wrong === 0,
        members === 0
          ? `${name} has no members`
          : `${plural(members - wrong, 'device')} of ${members.toLocaleString('en-US')} in ${name} get ${label} from ${AUTHORITY_LABELS[check.authority]}`,
        `every device in ${name} gets ${label} from ${AUTHORITY_LABELS[check.authority]}`,
        members === 0
          ? `${name} has no members; the goal wants every member to get ${label} from ${AUTHORITY_LABELS[check.authority]}`
          : `${plural(wrong, 'device')} in ${name} still get${wrong === 1 ? 's' : ''} ${label} from ${AUTHORITY_LABELS[other]}; the goal wants ${AUTHORITY_LABELS[check.authority]} for all ${members.toLocaleString('en-US')}`,
      ];
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
      return [
        !low && !high,
        `${count.toLocaleString('en-US')} ${label}`,
        `${bounds} ${label}`,
        `${count.toLocaleString('en-US')} devices are ${label}; the goal wants ${bounds}`,
      ];
    }
    case 'managed-by': {
      const i = deviceIndex(state, check.device);
      if (i < 0) return missing('device', check.device);
      const view = managedByOf(state, i);
      const show = (v: string | null) => (v === null ? 'is not listed in the admin center' : `shows Managed by ${v}`);
      return verdict(
        view.value === check.managedBy,
        `${check.device} ${show(view.value)}`,
        `${check.device} ${show(check.managedBy)}`,
        `it to ${check.managedBy === null ? 'be absent' : `show ${check.managedBy}`}`,
      );
    }
    default:
      return gradeActionOrPolicyCheck(state, check);
  }
}

/** Grades a check on a device action's outcome or a policy on a device; the rest are the settings'. */
function gradeActionOrPolicyCheck(
  state: SimState,
  check: SettingCheck | Extract<Check, { type: 'device-action' | 'policy-on-device' }>,
): Verdict {
  switch (check.type) {
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
        return verdict(
          hit !== undefined,
          actual,
          `a ${what} on ${check.device} ends ${wanted}`,
          `one that ends ${wanted}`,
        );
      }
      const actual = last
        ? `${DEVICE_ACTION_LABELS[last.action]} on ${check.device} ${ends(last.status, error !== undefined ? last.error : null)}`
        : `no ${what} has run on ${check.device}`;
      return verdict(
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
      return verdict(passed, ACTUAL[status], expected, `it ${want}`);
    }
    default:
      return gradeSettingCheck(state, check);
  }
}
