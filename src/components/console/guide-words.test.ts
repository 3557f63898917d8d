import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../schemas/scenario';
import { scriptSteps } from '../../sim/guide';
import { coManagedInitial, run, world } from '../../sim/test-fixtures';
import type { Action, ActionType, SimState } from '../../sim/types';
import { VIEW_IDS } from '../../sim/views';
import { instructionFor, VIEW_PATHS } from './guide-words';
import { VIEW_LOADERS } from './registry';

describe('VIEW_PATHS', () => {
  // 2103 names the node Co-management and the wizard the Co-management Configuration Wizard.
  for (const version of [2103, 2207]) {
    it(`equals each view module's own path on ${version}`, async () => {
      const state = world({ version });
      for (const id of VIEW_IDS) {
        const view = (await VIEW_LOADERS[id]()).default;
        expect(VIEW_PATHS[id](state.site.version), id).toEqual(view.path(state, { view: id }));
      }
    });
  }
});

const collections = [
  { id: 'pilot-finance', name: 'Pilot-Finance', members: { names: ['PC-0001', 'PC-0002'] } },
  { id: 'london', name: 'London Workstations', members: { names: ['PC-0003'] } },
];
const policies = [
  {
    id: 'intune-av',
    name: 'Microsoft Defender Antivirus',
    source: 'intune' as const,
    workload: 'endpoint-protection' as const,
  },
];
const bare = () => world({ collections });
const coManaged = () => world({ collections, initial: coManagedInitial({ policies }) });
const wizard = (...actions: Action[]) => run(bare(), { type: 'open-wizard' }, ...actions);

// One instruction per action type, as a learner reads it (the compiler asks for a new type's entry).
const SENTENCES = {
  'open-wizard': [
    bare,
    { type: 'open-wizard' },
    'Administration > Cloud Services > Cloud Attach: on the ribbon, choose Configure Cloud Attach',
  ],
  'wizard-sign-in': [
    wizard,
    { type: 'wizard-sign-in', environment: 'public' },
    'Administration > Cloud Services > Cloud Attach > Cloud Attach Configuration Wizard: on the Cloud attach page, in Azure environment, choose Azure Public Cloud, then Sign In',
  ],
  'wizard-set-mode': [
    () => wizard({ type: 'wizard-sign-in', environment: 'public' }),
    { type: 'wizard-set-mode', mode: 'customize' },
    'Administration > Cloud Services > Cloud Attach > Cloud Attach Configuration Wizard: on the Cloud attach page, select Customize settings',
  ],
  'wizard-set-upload': [
    () =>
      wizard(
        { type: 'wizard-sign-in', environment: 'public' },
        { type: 'wizard-set-mode', mode: 'customize' },
        { type: 'wizard-next' },
      ),
    { type: 'wizard-set-upload', upload: { collection: 'pilot-finance' }, endpointAnalytics: false },
    'Administration > Cloud Services > Cloud Attach > Cloud Attach Configuration Wizard: on the Configure upload page, select Specific Collection and choose Pilot-Finance in Collection, and clear Enable Endpoint Analytics for devices uploaded to Microsoft Endpoint Manager',
  ],
  'wizard-set-enablement': [
    () =>
      wizard(
        { type: 'wizard-sign-in', environment: 'public' },
        { type: 'wizard-set-mode', mode: 'customize' },
        { type: 'wizard-next' },
        { type: 'wizard-next' },
      ),
    { type: 'wizard-set-enablement', autoEnrollment: 'pilot', collection: 'pilot-finance' },
    'Administration > Cloud Services > Cloud Attach > Cloud Attach Configuration Wizard: on the Enablement page, under Automatic enrollment in Intune, select Pilot and choose Pilot-Finance in Intune Auto Enrollment collection',
  ],
  'wizard-set-workload': [
    () =>
      run(
        world({ version: 2010, collections }),
        { type: 'open-wizard' },
        { type: 'wizard-sign-in', environment: 'public' },
        { type: 'wizard-next' },
        { type: 'wizard-next' },
        { type: 'wizard-next' },
      ),
    {
      type: 'wizard-set-workload',
      workload: 'compliance-policies',
      position: 'pilot-intune',
      pilotCollection: 'pilot-finance',
    },
    'Administration > Cloud Services > Co-management > Co-management Configuration Wizard: on the Workloads and Staging page, in Workload pilot collection for Compliance policies, choose Pilot-Finance, then move Compliance policies to Pilot Intune',
  ],
  'wizard-next': [
    () => wizard({ type: 'wizard-sign-in', environment: 'public' }),
    { type: 'wizard-next' },
    'Administration > Cloud Services > Cloud Attach > Cloud Attach Configuration Wizard: on the Cloud attach page, choose Next',
  ],
  'wizard-finish': [
    () => wizard({ type: 'wizard-sign-in', environment: 'public' }, { type: 'wizard-next' }),
    { type: 'wizard-finish' },
    'Administration > Cloud Services > Cloud Attach > Cloud Attach Configuration Wizard: on the Summary page, choose Next to apply the settings',
  ],
  'wizard-cancel': [
    wizard,
    { type: 'wizard-cancel' },
    'Administration > Cloud Services > Cloud Attach > Cloud Attach Configuration Wizard: choose Cancel',
  ],
  'set-upload': [
    coManaged,
    { type: 'set-upload', upload: 'all', endpointAnalytics: true },
    'Administration > Cloud Services > Cloud Attach > CoMgmtSettingsProd > Properties > Configure upload: select All devices managed by Microsoft Endpoint Configuration Manager (recommended), and leave Enable Endpoint Analytics for devices uploaded to Microsoft Endpoint Manager ticked, then Apply',
  ],
  'set-auto-enrollment': [
    () => world({ collections, initial: { cloudAttach: { upload: 'all' } } }),
    { type: 'set-auto-enrollment', autoEnrollment: 'pilot', collection: 'pilot-finance' },
    'Administration > Cloud Services > Cloud Attach > CoMgmtSettingsProd > Properties > Enablement: under Automatic enrollment in Intune, select Pilot and choose Pilot-Finance in Intune Auto Enrollment collection, then Apply',
  ],
  'set-workload': [
    coManaged,
    { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' },
    'Administration > Cloud Services > Cloud Attach > CoMgmtSettingsProd > Properties > Workloads: move Compliance policies to Pilot Intune, then Apply',
  ],
  'set-pilot-collection': [
    coManaged,
    { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' },
    'Administration > Cloud Services > Cloud Attach > CoMgmtSettingsProd > Properties > Staging: in Workload pilot collection for Compliance policies, choose Pilot-Finance, then Apply',
  ],
  'add-to-collection': [
    coManaged,
    { type: 'add-to-collection', collection: 'pilot-finance', devices: ['PC-0004'] },
    'Assets and Compliance > Overview > Devices: select PC-0004, choose Add Selected Items to Existing Device Collection, and in Select Collection choose Pilot-Finance, then OK',
  ],
  'remove-from-collection': [
    coManaged,
    { type: 'remove-from-collection', collection: 'pilot-finance', devices: ['PC-0002'] },
    'Assets and Compliance > Overview > Device Collections: select Pilot-Finance, choose Show Members, select PC-0002, then choose Remove from Collection',
  ],
  'assign-policy': [
    coManaged,
    { type: 'assign-policy', policy: 'intune-av', collection: 'pilot-finance' },
    'Endpoint security > Antivirus: under Microsoft Defender Antivirus, in Included group, choose Pilot-Finance, then Save',
  ],
  'unassign-policy': [
    () => run(coManaged(), { type: 'assign-policy', policy: 'intune-av', collection: 'pilot-finance' }),
    { type: 'unassign-policy', policy: 'intune-av' },
    'Endpoint security > Antivirus: under Microsoft Defender Antivirus, in Included group, choose None, then Save',
  ],
  'set-service-connection-point': [
    bare,
    { type: 'set-service-connection-point', online: false },
    'Lab views > Lab environment: clear Service connection point online',
  ],
  'set-administration-service': [
    bare,
    { type: 'set-administration-service', working: false },
    'Lab views > Lab environment: clear Administration service working',
  ],
  'set-cloud-management-gateway': [
    bare,
    { type: 'set-cloud-management-gateway', present: true },
    'Lab views > Lab environment: tick Cloud management gateway present',
  ],
  'set-mdm-user-scope': [
    bare,
    { type: 'set-mdm-user-scope', scope: 'some' },
    'Devices > Device onboarding > Enrollment > Windows > Automatic Enrollment: under MDM user scope, select Some, then Save',
  ],
  'set-automatic-enrollment-configured': [
    () => world({ initial: { tenant: { automaticEnrollmentConfigured: false } } }),
    { type: 'set-automatic-enrollment-configured', configured: true },
    'Devices > Device onboarding > Enrollment > Windows > Automatic Enrollment: choose Restore default MDM URLs, then Save',
  ],
  'set-unlicensed-admins': [
    bare,
    { type: 'set-unlicensed-admins', allowed: false },
    'Tenant administration > Roles: clear Allow access to unlicensed admins, then Save',
  ],
  'set-co-management-settings-policy': [
    bare,
    { type: 'set-co-management-settings-policy', targeted: true },
    'Devices > Device onboarding > Enrollment > Windows > Co-management settings: tick Assigned to the Windows Autopilot devices, then Save',
  ],
  'set-admin-permission': [
    () => world({ initial: { admin: { initiateConfigMgrAction: false } } }),
    { type: 'set-admin-permission', permission: 'initiateConfigMgrAction', granted: true },
    'Tenant administration > Roles: tick Initiate Configuration Manager action, then Save',
  ],
  'set-collection-rights': [
    () => world({ collections, initial: { admin: { name: 'Alex Wilber' } } }),
    { type: 'set-collection-rights', collection: 'london', granted: true },
    'Administration > Security > Administrative Users: select Alex Wilber, open Properties > Security Scopes, under Collections, tick London Workstations, then Apply',
  ],
  'install-client-from-intune': [
    coManaged,
    { type: 'install-client-from-intune' },
    'Devices > Device onboarding > Enrollment > Windows > Co-management settings: choose Install the Configuration Manager client',
  ],
  'unenroll-device': [
    coManaged,
    { type: 'unenroll-device', device: 'PC-0001' },
    'Devices > All devices > PC-0001: choose Retire',
  ],
  'device-action': [
    coManaged,
    { type: 'device-action', device: 'PC-0003', action: 'sync-machine-policy' },
    'Devices > All devices > PC-0003: choose Sync Machine Policy',
  ],
  'advance-time': [
    bare,
    { type: 'advance-time', minutes: 90 },
    'Lab bar: press Advance 1 hour, then Advance 15 minutes twice',
  ],
} satisfies Record<ActionType, [() => SimState, Action, string]>;

describe('instructionFor', () => {
  for (const [type, [start, action, text]] of Object.entries(SENTENCES) as [
    ActionType,
    [() => SimState, Action, string],
  ][]) {
    it(`${type}: names the path, the control and the value`, () => {
      expect(instructionFor(action, start()).text).toBe(text);
    });
  }

  it("gives the view, the path, the control and its send button of the action's home", () => {
    const [start, action] = SENTENCES['set-workload'];
    expect(instructionFor(action, start())).toEqual({
      text: SENTENCES['set-workload'][2],
      view: 'cm.properties.workloads',
      path: ['Administration', 'Cloud Services', 'Cloud Attach', 'CoMgmtSettingsProd', 'Properties', 'Workloads'],
      control: { role: 'radio', name: 'Pilot Intune', group: 'Compliance policies' },
      send: { role: 'button', name: 'Apply' },
    });
    expect(instructionFor(SENTENCES['device-action'][1], coManaged()).path).toEqual([
      'Devices',
      'All devices',
      'PC-0003',
    ]);
  });

  it('says how many presses of which lab bar button advance the clock, and points at the first', () => {
    const advance = (minutes: number) => instructionFor({ type: 'advance-time', minutes }, bare());
    expect(advance(15)).toMatchObject({
      text: 'Lab bar: press Advance 15 minutes',
      view: 'lab-bar',
      path: [],
      control: { role: 'button', name: 'Advance 15 minutes' },
    });
    expect(advance(60).text).toBe('Lab bar: press Advance 1 hour');
    expect(advance(1440).text).toBe('Lab bar: press Advance 1 day');
    expect(advance(120)).toMatchObject({
      text: 'Lab bar: press Advance 1 hour twice',
      control: { name: 'Advance 1 hour' },
    });
    expect(advance(1200).text).toBe('Lab bar: press Advance 1 hour 20 times');
    expect(advance(3000).text).toBe('Lab bar: press Advance 1 day twice, then Advance 1 hour twice');
    // No button is shorter than a quarter hour: 20 minutes take two presses.
    expect(advance(20).text).toBe('Lab bar: press Advance 15 minutes twice');
  });

  it('says "leave … ticked" for a box that already has the value', () => {
    const state = world({ initial: { site: { cloudManagementGateway: true } } });
    expect(instructionFor({ type: 'set-cloud-management-gateway', present: true }, state).text).toBe(
      'Lab views > Lab environment: leave Cloud management gateway present ticked',
    );
  });
});

describe('every action of every scenario script', () => {
  const dir = join(process.cwd(), 'content', 'scenarios');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    it(`${file}: gives a sentence naming its control, its option and its send button`, () => {
      const scenario = ScenarioSchema.parse(parse(readFileSync(join(dir, file), 'utf8')));
      for (const step of scriptSteps(scenario)) {
        step.actions.forEach((action, k) => {
          const before = k === 0 ? step.start : step.afterEach[k - 1]!;
          const instruction = instructionFor(action, before);
          const where = `${file}, step ${step.index + 1}, action ${k + 1} (${action.type})`;
          expect(instruction.text.slice(instruction.text.indexOf(': ') + 2).length, where).toBeGreaterThan(10);
          expect(instruction.text, where).toContain(instruction.control.name);
          if (instruction.control.option) expect(instruction.text, where).toContain(instruction.control.option);
          if (instruction.send) expect(instruction.text, where).toContain(`then ${instruction.send.name}`);
          if (instruction.view !== 'lab-bar')
            expect(instruction.text.startsWith(`${instruction.path.join(' > ')}: `), where).toBe(true);
        });
      }
    });
  }
});
