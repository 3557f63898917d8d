import { describe, expect, it } from 'vitest';
import { gradeCheck, gradeGoal } from './goals';
import { coManagedInitial, run, world } from './test-fixtures';
import type { Action, Check, Goal } from './types';

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
    const atIntune = run(start(), { type: 'set-workload', workload: 'compliance-policies', position: 'intune' });
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
    expect(check!.difference).toBe(
      '2 devices in Pilot-Finance still get Compliance policies from Configuration Manager; the goal wants Intune for all 2',
    );
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
    const exactly = gradeGoal(state, {
      id: 'exact',
      title: 'Exactly none enrolled',
      checks: [{ type: 'funnel-count', stage: 'enrolled', atLeast: 0, atMost: 0 }],
    });
    expect(exactly.checks[0]!.passed).toBe(true);
    expect(exactly.checks[0]!.expected).toBe('exactly 0 Enrolled');
    const wanting = gradeGoal(state, {
      id: 'exact',
      title: 'Exactly 36 enrolled',
      checks: [{ type: 'funnel-count', stage: 'enrolled', atLeast: 36, atMost: 36 }],
    });
    expect(wanting.checks[0]!.difference).toBe('0 devices are Enrolled; the goal wants exactly 36');
  });
});

describe('policy-on-device', () => {
  // PC-0001 and PC-0002 are the pilot; every device is co-managed with every workload at Configuration Manager.
  const policies = [
    {
      id: 'intune-av',
      name: 'Contoso AV baseline',
      source: 'intune' as const,
      workload: 'endpoint-protection' as const,
    },
    {
      id: 'cm-antimalware',
      name: 'Contoso antimalware policy',
      source: 'configmgr' as const,
      workload: 'endpoint-protection' as const,
      assignedTo: 'all-systems',
    },
  ];
  const pilot = () => world({ collections, initial: coManagedInitial({ policies }) });
  const onPilot = (state: ReturnType<typeof pilot>) =>
    run(
      state,
      { type: 'set-pilot-collection', workload: 'endpoint-protection', collection: 'pilot-finance' },
      { type: 'set-workload', workload: 'endpoint-protection', position: 'pilot-intune' },
    );
  const grade = (state: ReturnType<typeof pilot>, check: Check) => gradeCheck(state, check);
  const av = (applied: boolean, left?: boolean): Check => ({
    type: 'policy-on-device',
    device: 'PC-0001',
    policy: 'intune-av',
    applied,
    ...(left === undefined ? {} : { left }),
  });

  it("is not met while the policy is unassigned, and says so in the console's words", () => {
    const result = grade(onPilot(pilot()), av(true));
    expect(result).toMatchObject({
      passed: false,
      actual: 'Contoso AV baseline is not applied to PC-0001',
      expected: 'Contoso AV baseline applied to PC-0001',
      difference: 'Contoso AV baseline is not applied to PC-0001; the goal wants it applied',
    });
  });

  it('is met once the policy reaches a device that gets the workload from Intune', () => {
    const assigned = run(onPilot(pilot()), { type: 'assign-policy', policy: 'intune-av', collection: 'pilot-finance' });
    expect(grade(assigned, av(true))).toMatchObject({
      passed: true,
      actual: 'Contoso AV baseline is applied to PC-0001',
      difference: null,
    });
    expect(grade(assigned, av(true, false)).passed).toBe(true);
    expect(grade(assigned, av(true, true)).difference).toBe(
      'Contoso AV baseline is applied to PC-0001; the goal wants it left on the device, no longer enforced',
    );
    expect(grade(assigned, av(false)).difference).toBe(
      'Contoso AV baseline is applied to PC-0001; the goal wants it not applied',
    );
  });

  it('an assigned policy that the workload keeps from the device is not applied', () => {
    // Assigned before the slider moves: Endpoint Protection is still with Configuration Manager.
    const assigned = run(pilot(), { type: 'assign-policy', policy: 'intune-av', collection: 'pilot-finance' });
    expect(grade(assigned, av(false))).toMatchObject({
      passed: true,
      actual: 'Contoso AV baseline is not applied to PC-0001',
    });
    expect(
      grade(assigned, {
        type: 'policy-on-device',
        device: 'PC-0001',
        policy: 'cm-antimalware',
        applied: true,
        left: false,
      }).passed,
    ).toBe(true);
  });

  it('counts settings left behind as applied, and tells them apart with left', () => {
    const unassigned = run(
      onPilot(pilot()),
      { type: 'assign-policy', policy: 'intune-av', collection: 'pilot-finance' },
      { type: 'unassign-policy', policy: 'intune-av' },
    );
    expect(grade(unassigned, av(true, true))).toMatchObject({
      passed: true,
      actual: 'Contoso AV baseline is left on PC-0001, no longer enforced',
      expected: 'Contoso AV baseline left on PC-0001, no longer enforced',
    });
    expect(grade(unassigned, av(true)).passed).toBe(true);
    expect(grade(unassigned, av(true, false)).difference).toBe(
      'Contoso AV baseline is left on PC-0001, no longer enforced; the goal wants it applied and enforced',
    );
    expect(grade(unassigned, av(false)).difference).toBe(
      'Contoso AV baseline is left on PC-0001, no longer enforced; the goal wants it not applied',
    );
  });

  it('names an unknown policy or device', () => {
    const state = pilot();
    expect(
      grade(state, { type: 'policy-on-device', device: 'PC-0001', policy: 'nope', applied: true }).difference,
    ).toBe('There is no policy nope');
    expect(
      grade(state, { type: 'policy-on-device', device: 'PC-0999', policy: 'intune-av', applied: true }).difference,
    ).toBe('There is no device PC-0999');
  });
});

describe('signed-in', () => {
  const check: Check = { type: 'signed-in', environment: 'public' };

  it('is not met before the wizard signs in, and met while it is signed in and after it has finished', () => {
    const start = world();
    expect(gradeCheck(start, check).difference).toBe(
      'The Cloud Attach Configuration Wizard is not open and cloud attach is not configured; the goal wants a sign-in to Azure Public Cloud',
    );
    const open = run(start, { type: 'open-wizard' });
    expect(gradeCheck(open, check).difference).toBe(
      'The Cloud Attach Configuration Wizard has not signed in yet; the goal wants a sign-in to Azure Public Cloud',
    );
    const signedIn = run(open, { type: 'wizard-sign-in', environment: 'public' });
    expect(gradeCheck(signedIn, check)).toMatchObject({
      passed: true,
      actual: 'Signed in to Azure Public Cloud',
      difference: null,
    });
    const finished = run(signedIn, { type: 'wizard-next' }, { type: 'wizard-finish' });
    expect(gradeCheck(finished, check).passed).toBe(true);
  });

  it('is not met in another cloud', () => {
    const china = run(world(), { type: 'open-wizard' }, { type: 'wizard-sign-in', environment: 'china' });
    expect(gradeCheck(china, check).difference).toBe(
      'Signed in to Azure China Cloud; the goal wants a sign-in to Azure Public Cloud',
    );
  });
});

describe('device-action with an error and ever', () => {
  const refused: Check = {
    type: 'device-action',
    device: 'PC-0001',
    action: 'sync-machine-policy',
    status: 'Failed',
    error: "You don't have access",
    ever: true,
  };
  const start = () =>
    world({
      collections,
      initial: {
        cloudAttach: { upload: 'all' },
        settled: true,
        admin: { initiateConfigMgrAction: false, collectionRights: ['pilot-finance'] },
      },
    });
  const sync: Action = { type: 'device-action', device: 'PC-0001', action: 'sync-machine-policy' };

  it('is not met before any such action has run', () => {
    expect(gradeCheck(start(), refused).difference).toBe(
      'no Sync Machine Policy has run on PC-0001; the goal wants one that ends Failed with "You don\'t have access"',
    );
  });

  it('with ever, stays met after a later action on the device completes', () => {
    const failed = run(start(), sync);
    expect(gradeCheck(failed, refused).passed).toBe(true);
    const completed = run(
      failed,
      { type: 'set-admin-permission', permission: 'initiateConfigMgrAction', granted: true },
      sync,
    );
    expect(gradeCheck(completed, refused).passed).toBe(true);
    // Without ever, only the latest counts.
    const latest = gradeCheck(completed, { ...refused, ever: undefined });
    expect(latest.passed).toBe(false);
    expect(latest.difference).toBe(
      'Sync Machine Policy on PC-0001 ended Complete; the goal wants Failed with "You don\'t have access"',
    );
  });

  it('names the error of the action that ended otherwise', () => {
    const other: Check = { ...refused, error: 'Unauthorized to perform client action' };
    const failed = run(start(), sync);
    expect(gradeCheck(failed, other).difference).toMatch(
      /^no Sync Machine Policy on PC-0001 has ended Failed with "Unauthorized to perform client action" \(the latest ended Failed: You don't have access/,
    );
  });
});
