import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from './scenario';
import { VIEW_IDS } from '../sim/views';
import { tinyScenario } from './test-scenario';

/** A small valid scenario as authored in YAML (plain data). */
function valid(): Record<string, unknown> {
  return tinyScenario(
    [
      {
        title: 'Pilot',
        narration: 'Pilot compliance.',
        presenterNote: 'Say it.',
        actions: [
          { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot' },
          { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' },
        ],
      },
    ],
    [
      {
        id: 'g',
        title: 'Goal',
        checks: [
          { type: 'effective-authority', device: 'PC-0001', workload: 'compliance-policies', authority: 'intune' },
        ],
      },
    ],
  );
}

function problems(data: unknown): string[] {
  const r = ScenarioSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('ScenarioSchema', () => {
  it('accepts a valid scenario', () => {
    expect(problems(valid())).toEqual([]);
  });

  it('opens at a view of the lab console: every view id, and nothing else; simulators is gone', () => {
    for (const view of VIEW_IDS) expect(problems({ ...valid(), opensAt: view }), view).toEqual([]);
    expect(problems({ ...valid(), opensAt: 'cm.monitoring' })).toEqual([
      `opensAt: must be a view of the lab console: ${VIEW_IDS.join(', ')}`,
    ]);
    const { opensAt: _, ...without } = valid();
    expect(problems(without)).toHaveLength(1);
    expect(problems(without)[0]).toMatch(/^opensAt: /);
    // A file still naming its simulators fails (the scenario objects are strict).
    expect(problems({ ...valid(), simulators: ['workload-switching'] })).toEqual([
      expect.stringContaining('simulators'),
    ]);
  });

  it("reads a step's view as a list of places: one view id, a list of them, or a device's page with its device", () => {
    const withView = (view: unknown) => {
      const data = valid();
      (data.steps as Record<string, unknown>[])[0]!.view = view;
      return data;
    };
    const view = (data: Record<string, unknown>) => ScenarioSchema.parse(data).steps[0]!.view;
    expect(view(valid())).toBeUndefined();
    expect(view(withView('cm.properties.staging'))).toEqual([{ view: 'cm.properties.staging' }]);
    expect(view(withView(['cm.properties.staging', { view: 'intune.device', device: 'PC-0001' }]))).toEqual([
      { view: 'cm.properties.staging' },
      { view: 'intune.device', device: 'PC-0001' },
    ]);
  });

  it("names a step's unknown view, a device's page without its device and an unknown device by their field", () => {
    const withView = (view: unknown) => {
      const data = valid();
      (data.steps as Record<string, unknown>[])[0]!.view = view;
      return data;
    };
    const message = `must be a view of the lab console: ${VIEW_IDS.join(', ')}`;
    expect(problems(withView('cm.monitoring'))).toEqual([`steps.0.view.0.view: ${message}`]);
    expect(problems(withView(['cm.dashboard', 'intune.connector']))).toEqual([`steps.0.view.1.view: ${message}`]);
    expect(problems(withView([]))).toEqual([expect.stringMatching(/^steps\.0\.view: /)]);
    expect(problems(withView('intune.device'))).toEqual([
      'steps.0.view.0: Received intune.device without a device; expected { view: intune.device, device: <a device name> }',
    ]);
    expect(problems(withView({ view: 'intune.device', device: 'PC-0013' }))).toEqual([
      'steps.0.view.0.device: Received unknown device "PC-0013"; expected PC-0001 to PC-0012',
    ]);
    expect(problems(withView({ view: 'cm.dashboard', device: 'PC-0001' }))).toEqual([
      'steps.0.view.0.device: Received a device for cm.dashboard; expected a device only with intune.device',
    ]);
    expect(problems(withView({ view: 'cm.dashboard', colour: 'blue' }))).toEqual([
      "steps.0.view.0: Unrecognized key(s) in object: 'colour'",
    ]);
  });

  it('names unknown collections, devices and policies with what it expected', () => {
    const data = valid();
    (data.steps as { actions: unknown[] }[])[0]!.actions.push(
      { type: 'add-to-collection', collection: 'pilott', devices: ['PC-0013'] },
      { type: 'unassign-policy', policy: 'nope' },
    );
    expect(problems(data)).toEqual([
      'steps.0.actions.2.collection: Received unknown collection "pilott"; expected one of: all-systems, all-desktop-and-server-clients, co-management-eligible-devices, pilot',
      'steps.0.actions.2.devices.0: Received unknown device "PC-0013"; expected PC-0001 to PC-0012',
      'steps.0.actions.3.policy: Received unknown policy "nope"; expected one of initial.policies',
    ]);
  });

  it('checks a policy on a device: the policy and the device exist, and left goes with applied: true only', () => {
    const goal = (check: Record<string, unknown>) => ({
      ...valid(),
      initial: {
        ...(valid().initial as object),
        policies: [{ id: 'intune-av', name: 'AV', source: 'intune', workload: 'endpoint-protection' }],
      },
      goals: [
        {
          id: 'g',
          title: 'Goal',
          checks: [{ type: 'policy-on-device', device: 'PC-0001', policy: 'intune-av', applied: true, ...check }],
        },
      ],
    });
    expect(problems(goal({ left: true }))).toEqual([]);
    expect(problems(goal({ policy: 'nope', device: 'PC-0013' }))).toEqual([
      'goals.0.checks.0.device: Received unknown device "PC-0013"; expected PC-0001 to PC-0012',
      'goals.0.checks.0.policy: Received unknown policy "nope"; expected one of initial.policies',
    ]);
    expect(problems(goal({ applied: false, left: false }))).toEqual([
      'goals.0.checks.0.left: Received left with applied: false; expected left only with applied: true',
    ]);
  });

  it('refuses fleets outside 12-100,000 devices', () => {
    const data = valid();
    data.fleet = { prefix: 'PC', segments: [{ count: 11, os: 'windows-11-23h2', join: 'hybrid-entra-joined' }] };
    expect(problems(data)).toContain('fleet.segments: Received 11 devices in all; expected 12 to 100,000');
  });

  it('refuses actions and checks the engine does not know', () => {
    const data = valid();
    (data.steps as { actions: unknown[] }[])[0]!.actions.push({ type: 'launch-rocket' });
    (data.goals as { checks: unknown[] }[])[0]!.checks.push({ type: 'funnel-count', stage: 'enrolled' });
    const found = problems(data);
    expect(found[0]).toMatch(/^steps\.0\.actions\.2\.type: Invalid discriminator value/);
    expect(
      problems({ ...valid(), goals: [{ id: 'g', title: 'G', checks: [{ type: 'funnel-count', stage: 'enrolled' }] }] }),
    ).toEqual(['goals.0.checks.0: Received neither atLeast nor atMost; expected at least one bound']);
  });

  it('refuses a site version that is not a current branch release, and duplicate ids', () => {
    expect(problems({ ...valid(), siteVersion: 2112 })[0]).toMatch(
      /^siteVersion: must be a current branch version: 1710, 1802/,
    );
    expect(
      problems({
        ...valid(),
        collections: [
          { id: 'pilot', name: 'Pilot', members: {} },
          { id: 'pilot', name: 'Pilot again', members: {} },
        ],
      }),
    ).toEqual(['collections.1.id: Received "pilot" a second time (or a built-in id); expected a unique collection id']);
  });

  it('accepts the tenant settings and actions of unlicensed admins, automatic enrollment and the co-management settings policy, typed', () => {
    const data = valid();
    data.initial = {
      ...(data.initial as object),
      tenant: {
        allowUnlicensedAdmins: false,
        automaticEnrollmentConfigured: false,
        coManagementSettingsPolicy: true,
        mdmUserScope: 'none',
      },
    };
    data.fleet = {
      prefix: 'PC',
      segments: [{ count: 12, os: 'windows-11-24h2', join: 'entra-joined', intuneEnrolled: 1, autopilot: true }],
    };
    (data.steps as { actions: unknown[] }[])[0]!.actions.push(
      { type: 'set-unlicensed-admins', allowed: true },
      { type: 'set-automatic-enrollment-configured', configured: true },
      { type: 'set-co-management-settings-policy', targeted: false },
    );
    expect(problems(data)).toEqual([]);
    expect(problems({ ...valid(), initial: { tenant: { allowUnlicensedAdmins: 'yes' } } })).toEqual([
      'initial.tenant.allowUnlicensedAdmins: Expected boolean, received string',
    ]);
    const wrong = valid();
    (wrong.steps as { actions: unknown[] }[])[0]!.actions.push({
      type: 'set-automatic-enrollment-configured',
      allowed: true,
    });
    expect(problems(wrong).join('\n')).toMatch(/steps\.0\.actions\.2/);
  });

  it('refuses fields it does not know (strict objects)', () => {
    expect(problems({ ...valid(), colour: 'blue' })).toEqual([": Unrecognized key(s) in object: 'colour'"]);
  });
});
