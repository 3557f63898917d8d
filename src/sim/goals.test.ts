import { describe, expect, it } from 'vitest';
import { gradeGoal } from './goals';
import { coManagedInitial, run, world } from './test-fixtures';
import type { Goal } from './types';

const collections = [{ id: 'pilot-finance', name: 'Pilot-Finance', members: { names: ['PC-0001', 'PC-0002'] } }];
const start = () => world({ collections, initial: coManagedInitial() });

const goal: Goal = {
  id: 'compliance-pilot',
  title: 'Pilot Compliance policies with Finance',
  checks: [
    { type: 'slider-position', workload: 'compliance-policies', position: 'pilot-intune' },
    { type: 'pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' },
    { type: 'collection-authority', collection: 'pilot-finance', workload: 'compliance-policies', authority: 'intune' },
    { type: 'effective-authority', device: 'PC-0003', workload: 'compliance-policies', authority: 'configmgr' },
  ],
};

describe('gradeGoal', () => {
  it('fails each check with what differs, in console words', () => {
    const atIntune = run(
      start(),
      { type: 'set-workload', workload: 'compliance-policies', position: 'intune' },
    );
    expect(gradeGoal(atIntune, goal)).toEqual({
      goalId: 'compliance-pilot',
      passed: false,
      checks: [
        {
          check: goal.checks[0],
          passed: false,
          actual: 'Compliance policies is at Intune',
          expected: 'Compliance policies at Pilot Intune',
          difference: 'Compliance policies is at Intune; the goal wants Pilot Intune',
        },
        {
          check: goal.checks[1],
          passed: false,
          actual: 'Compliance policies has no workload pilot collection',
          expected: 'Compliance policies with the workload pilot collection Pilot-Finance',
          difference: 'Compliance policies has no workload pilot collection; the goal wants Pilot-Finance',
        },
        {
          check: goal.checks[2],
          passed: true,
          actual: '2 devices of 2 in Pilot-Finance get Compliance policies from Intune',
          expected: 'every device in Pilot-Finance gets Compliance policies from Intune',
          difference: null,
        },
        {
          check: goal.checks[3],
          passed: false,
          actual: 'PC-0003 gets Compliance policies from Intune',
          expected: 'PC-0003 gets Compliance policies from Configuration Manager',
          difference: 'PC-0003 gets Compliance policies from Intune; the goal wants Configuration Manager',
        },
      ],
    });
  });

  it('passes when every check passes', () => {
    const done = run(
      start(),
      { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' },
      { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' },
    );
    const result = gradeGoal(done, goal);
    expect(result.passed).toBe(true);
    expect(result.checks.map((c) => c.difference)).toEqual([null, null, null, null]);
  });

  it('counts the collection members that still differ', () => {
    const noPilot = start();
    const [, , check] = gradeGoal(noPilot, goal).checks;
    expect(check!.difference).toBe('2 devices in Pilot-Finance still get Compliance policies from Configuration Manager; the goal wants Intune for all 2');
  });

  it('grades funnel counts, upload scope, connector status, Managed by, Automatic enrollment and device actions', () => {
    const state = world({ collections, initial: { cloudAttach: { upload: 'all' } } });
    const result = gradeGoal(state, {
      id: 'attach',
      title: 'Attach and enroll',
      checks: [
        { type: 'funnel-count', stage: 'enrolled', atLeast: 12 },
        { type: 'upload-scope', upload: { collection: 'pilot-finance' } },
        { type: 'connector-status', status: 'Healthy' },
        { type: 'managed-by', device: 'PC-0001', managedBy: 'ConfigMgr' },
        { type: 'auto-enrollment', autoEnrollment: 'pilot', collection: 'pilot-finance' },
        { type: 'device-action', device: 'PC-0001', status: 'Complete' },
      ],
    });
    expect(result.checks.map((c) => c.difference)).toEqual([
      '0 devices are Enrolled; the goal wants at least 12',
      'Tenant attach uploads all devices; the goal wants it to upload the collection Pilot-Finance',
      'The connector shows No results; the goal wants Healthy',
      'PC-0001 is not listed in the admin center; the goal wants it to show ConfigMgr',
      'Automatic enrollment in Intune is None; the goal wants Pilot with the Intune Auto Enrollment collection Pilot-Finance',
      'no device action has run on PC-0001; the goal wants Complete',
    ]);
  });

  it('a goal that wants one count says "exactly", and the check passes only at that count', () => {
    const state = world({ collections, initial: { cloudAttach: { upload: 'all' } } });
    const exactly = gradeGoal(state, { id: 'exact', title: 'Exactly none enrolled', checks: [{ type: 'funnel-count', stage: 'enrolled', atLeast: 0, atMost: 0 }] });
    expect(exactly.checks[0]!.passed).toBe(true);
    expect(exactly.checks[0]!.expected).toBe('exactly 0 Enrolled');
    const wanting = gradeGoal(state, { id: 'exact', title: 'Exactly 36 enrolled', checks: [{ type: 'funnel-count', stage: 'enrolled', atLeast: 36, atMost: 36 }] });
    expect(wanting.checks[0]!.difference).toBe('0 devices are Enrolled; the goal wants exactly 36');
  });
});
