/**
 * Goals and checks: `gradeGoal(state, goal)` says per check whether it passes and, when it does
 * not, what differs, in the console's words ("Compliance policies is at Intune; the goal wants
 * Pilot Intune").
 */
import {
  gradeAutoEnrollment,
  gradeConnectorStatus,
  gradePilotCollection,
  gradeSignedIn,
  gradeSliderPosition,
  gradeUploadScope,
  type CheckGrader,
  type Verdict,
} from './check-graders';
import {
  gradeCollectionAuthority,
  gradeDeviceAction,
  gradeEffectiveAuthority,
  gradeFunnelCount,
  gradeManagedBy,
  gradePolicyOnDevice,
} from './device-check-graders';
import type { Check, CheckResult, Goal, GoalResult, SimState } from './types';


/** Every check type's grader: a check type without one is a type error. */
const CHECK_GRADERS = {
  'slider-position': gradeSliderPosition,
  'pilot-collection': gradePilotCollection,
  'auto-enrollment': gradeAutoEnrollment,
  'effective-authority': gradeEffectiveAuthority,
  'collection-authority': gradeCollectionAuthority,
  'funnel-count': gradeFunnelCount,
  'upload-scope': gradeUploadScope,
  'connector-status': gradeConnectorStatus,
  'managed-by': gradeManagedBy,
  'device-action': gradeDeviceAction,
  'policy-on-device': gradePolicyOnDevice,
  'signed-in': gradeSignedIn,
} satisfies { [T in Check['type']]: CheckGrader<T> };

/** Grades one check. */
export function gradeCheck(state: SimState, check: Check): CheckResult {
  // The registry pairs each type with its own grader, so the check fits the one it picks.
  const grade = CHECK_GRADERS[check.type] as (state: SimState, check: Check) => Verdict;
  const { passed, actual, expected, difference } = grade(state, check);
  return { check, passed, actual, expected, difference: passed ? null : difference };
}

/** Grades a goal: it passes when every check passes. */
export function gradeGoal(state: SimState, goal: Goal): GoalResult {
  const checks = goal.checks.map((check) => gradeCheck(state, check));
  return { goalId: goal.id, passed: checks.every((c) => c.passed), checks };
}
