/**
 * Goals and checks: `gradeGoal(state, goal)` says per check whether it passes and, when it does
 * not, what differs, in the console's words ("Compliance policies is at Intune; the goal wants
 * Pilot Intune"). The graders per kind of check are in device-check-graders.ts and check-graders.ts.
 */
import { gradeDeviceCheck } from './device-check-graders';
import type { Check, CheckResult, Goal, GoalResult, SimState } from './types';

/** Grades one check: the grader of its kind says what differs, which a check that passes leaves out. */
export function gradeCheck(state: SimState, check: Check): CheckResult {
  const [passed, actual, expected, difference] = gradeDeviceCheck(state, check);
  return { check, passed, actual, expected, difference: passed ? null : difference };
}

/** Grades a goal: it passes when every check passes. */
export function gradeGoal(state: SimState, goal: Goal): GoalResult {
  const checks = goal.checks.map((check) => gradeCheck(state, check));
  return { goalId: goal.id, passed: checks.every((c) => c.passed), checks };
}
