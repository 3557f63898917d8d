import { describe, expect, it } from 'vitest';
import { authorityOf, deriveAuthorityTable, funnelCounts, managedByOf } from './derive';
import { applyActions, step, wizardPageTitle } from './step';
import { connectorView } from './tenant';
import { coManagedInitial, deepFreeze, DEFAULT_WIZARD, run, runWithEvents, world } from './test-fixtures';
import type { Action, SimState } from './types';

const coManaged = () => world({ initial: coManagedInitial() });

describe('step: refused actions return their reason and the same, unchanged state', () => {
  const cases: [title: string, state: () => SimState, action: Action, reason: string, gate?: string][] = [
    [
      'a workload moved before co-management is enabled',
      () => world(),
      { type: 'set-workload', workload: 'compliance-policies', position: 'intune' },
      'Co-management is not enabled yet: set Automatic enrollment in Intune to Pilot or All (Enablement) first.',
    ],
    [
      'a workload pilot collection that does not exist',
      coManaged,
      { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-nowhere' },
      'Unknown collection "pilot-nowhere". Known collections: All Systems, All Desktop and Server Clients, Co-management Eligible Devices.',
    ],
    [
      'devices added to a collection that does not exist',
      coManaged,
      { type: 'add-to-collection', collection: 'pilot-nowhere', devices: ['PC-0001'] },
      'Unknown collection "pilot-nowhere". Known collections: All Systems, All Desktop and Server Clients, Co-management Eligible Devices.',
    ],
    [
      'devices added to a built-in collection',
      coManaged,
      { type: 'add-to-collection', collection: 'all-systems', devices: ['PC-0001'] },
      'All Systems is a built-in collection: its membership comes from a query.',
    ],
    [
      'tenant attach on 1910',
      () => world({ version: 1910, initial: { coManagement: { autoEnrollment: 'all' } } }),
      { type: 'set-upload', upload: 'all', endpointAnalytics: true },
      'Upload to Microsoft Endpoint Manager admin center: blocked by the version gate "tenant-attach": tenant attach (device upload) needs Configuration Manager 2002 or later; this site is 1910.',
      'tenant-attach',
    ],
    [
      'the Configure upload page of the wizard on 1910',
      () =>
        run(
          world({ version: 1910 }),
          { type: 'open-wizard' },
          { type: 'wizard-sign-in', environment: 'public' },
          { type: 'wizard-next' },
        ),
      { type: 'wizard-set-upload', upload: 'all', endpointAnalytics: false },
      'Configure upload: blocked by the version gate "tenant-attach": tenant attach (device upload) needs Configuration Manager 2002 or later; this site is 1910.',
      'tenant-attach',
    ],
    [
      'onboarding by an admin who is not a Global Administrator',
      () =>
        run(
          world({ initial: { admin: { globalAdministrator: false } } }),
          { type: 'open-wizard' },
          { type: 'wizard-sign-in', environment: 'public' },
        ),
      { type: 'wizard-next' },
      'Onboarding needs an Entra Global Administrator (it creates an app registration and a service principal); Megan Bowen is not one.',
    ],
    [
      'a sign-in without an Intune licence where the tenant does not allow unlicensed admins',
      () =>
        run(world({ initial: { admin: { intuneLicense: false }, tenant: { allowUnlicensedAdmins: false } } }), {
          type: 'open-wizard',
        }),
      { type: 'wizard-sign-in', environment: 'public' },
      'Sign-in failed: "An unanticipated error occurred." Megan Bowen has no Intune licence, and "Allow access to unlicensed admins" is off.',
    ],
    [
      'the Azure US Government Cloud on 2103',
      () => run(world({ version: 2103 }), { type: 'open-wizard' }),
      { type: 'wizard-sign-in', environment: 'us-government' },
      'Azure US Government Cloud: blocked by the version gate "us-government-cloud": the Azure US Government Cloud needs Configuration Manager 2107 or later; this site is 2103.',
      'us-government-cloud',
    ],
    [
      'finishing a wizard that is not open',
      () => world(),
      { type: 'wizard-finish' },
      'The Cloud Attach Configuration Wizard is not open.',
    ],
    [
      'Next before Sign In',
      () => run(world(), { type: 'open-wizard' }),
      { type: 'wizard-next' },
      'Sign In first: the Cloud attach page needs an Entra Global Administrator sign-in.',
    ],
    [
      'a choice made on the wrong wizard page',
      () => run(world(), { type: 'open-wizard' }),
      { type: 'wizard-set-enablement', autoEnrollment: 'all', collection: null },
      'That choice is on the Enablement page; the wizard is on the Cloud attach page.',
    ],
    [
      'opening the wizard once cloud attach is configured',
      coManaged,
      { type: 'open-wizard' },
      'Cloud attach is already configured: change it in the Properties of the co-management object (CoMgmtSettingsProd).',
    ],
    [
      'opening the wizard without Full Administrator',
      () => world({ initial: { admin: { fullAdministrator: false } } }),
      { type: 'open-wizard' },
      'Megan Bowen cannot configure cloud attach: it needs Configuration Manager Full Administrator with All scope.',
    ],
    [
      'Resource access policies moved on 2211',
      () =>
        world({
          version: 2211,
          initial: { cloudAttach: { upload: null }, coManagement: { autoEnrollment: 'all' }, settled: true },
        }),
      { type: 'set-workload', workload: 'resource-access-policies', position: 'intune' },
      'Resource access policies: blocked by the version gate "resource-access-workload": resource access policies are removed in Configuration Manager 2211: in this simulator the slider is disabled from 2211 and Intune deploys them; this site is 2211.',
      'resource-access-workload',
    ],
    [
      'Pilot Intune without a workload pilot collection',
      coManaged,
      { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' },
      'Choose a workload pilot collection for Compliance policies on the Staging tab first.',
    ],
    [
      'Automatic enrollment set back to None',
      coManaged,
      { type: 'set-auto-enrollment', autoEnrollment: 'none', collection: null },
      'Setting Automatic enrollment in Intune back to None is not simulated: enrolled devices stay co-managed (offboarding co-management is out of scope).',
    ],
    [
      'Automatic enrollment changed before cloud attach is configured',
      () => world(),
      { type: 'set-auto-enrollment', autoEnrollment: 'all', collection: null },
      'Cloud attach is not configured yet: run the Cloud Attach Configuration Wizard first (Administration > Cloud Services > Cloud Attach).',
    ],
    [
      'installing the client from Intune without a cloud management gateway',
      coManaged,
      { type: 'install-client-from-intune' },
      'There is no cloud management gateway: the Enablement tab shows the client command line for internet-based devices only once one exists, and the devices download the client from it.',
    ],
    [
      'a device action on an unknown device',
      coManaged,
      { type: 'device-action', device: 'PC-9999', action: 'sync-machine-policy' },
      'Unknown device "PC-9999".',
    ],
    [
      'a device action before tenant attach',
      () => world({ initial: { coManagement: { autoEnrollment: 'all' } } }),
      { type: 'device-action', device: 'PC-0001', action: 'sync-machine-policy' },
      'Tenant attach is not set up: the admin center has no Configuration Manager device actions yet.',
    ],
    [
      'a device action on a device not uploaded yet',
      () => world({ initial: { cloudAttach: { upload: 'all' } } }),
      { type: 'device-action', device: 'PC-0001', action: 'app-evaluation-cycle' },
      'PC-0001 has no Configuration Manager record in the admin center yet (outside the upload scope, or not uploaded yet).',
    ],
    [
      'unenrolling a device that is not enrolled',
      () => world(),
      { type: 'unenroll-device', device: 'PC-0001' },
      'PC-0001 is not enrolled in Intune.',
    ],
    [
      'advancing time by 0 minutes',
      () => world(),
      { type: 'advance-time', minutes: 0 },
      'Advance time by 1 to 43200 whole minutes (30 days); received 0.',
    ],
    [
      'advancing time by 1.5 minutes',
      () => world(),
      { type: 'advance-time', minutes: 1.5 },
      'Advance time by 1 to 43200 whole minutes (30 days); received 1.5.',
    ],
    [
      'advancing time by 31 days',
      () => world(),
      { type: 'advance-time', minutes: 44640 },
      'Advance time by 1 to 43200 whole minutes (30 days); received 44640.',
    ],
    [
      'an unknown action',
      () => world(),
      { type: 'launch-rocket' } as unknown as Action,
      'Unknown action "launch-rocket".',
    ],
  ];

  for (const [title, make, action, reason, gate] of cases) {
    it(`refuses ${title}`, () => {
      const state = make();
      const before = JSON.stringify(state);
      const r = step(state, action);
      expect(r).toEqual(gate ? { ok: false, reason, gate, state } : { ok: false, reason, state });
      expect(r.state).toBe(state);
      expect(JSON.stringify(state)).toBe(before);
    });
  }
});

/** A session that touches every kind of action. */
const SESSION: Action[] = [
  { type: 'open-wizard' },
  { type: 'wizard-sign-in', environment: 'public' },
  { type: 'wizard-set-mode', mode: 'customize' },
  { type: 'wizard-next' },
  { type: 'wizard-set-upload', upload: { collection: 'workstations' }, endpointAnalytics: true },
  { type: 'wizard-next' },
  { type: 'wizard-set-enablement', autoEnrollment: 'pilot', collection: 'it' },
  { type: 'wizard-next' },
  { type: 'wizard-finish' },
  { type: 'advance-time', minutes: 90 },
  { type: 'set-auto-enrollment', autoEnrollment: 'all', collection: null },
  { type: 'set-upload', upload: 'all', endpointAnalytics: true },
  { type: 'advance-time', minutes: 240 },
  { type: 'set-pilot-collection', workload: 'all', collection: 'it' },
  { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' },
  { type: 'set-workload', workload: 'device-configuration', position: 'pilot-intune' },
  { type: 'add-to-collection', collection: 'it', devices: ['PC-0040'] },
  { type: 'remove-from-collection', collection: 'it', devices: ['PC-0001'] },
  { type: 'assign-policy', policy: 'defender-av', collection: 'it' },
  { type: 'unassign-policy', policy: 'defender-av' },
  { type: 'set-mdm-user-scope', scope: 'some' },
  { type: 'set-automatic-enrollment-configured', configured: false },
  { type: 'set-unlicensed-admins', allowed: false },
  { type: 'set-co-management-settings-policy', targeted: true },
  { type: 'set-cloud-management-gateway', present: true },
  { type: 'install-client-from-intune' },
  { type: 'unenroll-device', device: 'PC-0002' },
  { type: 'set-admin-permission', permission: 'initiateConfigMgrAction', granted: false },
  { type: 'device-action', device: 'PC-0003', action: 'sync-user-policy' },
  { type: 'set-admin-permission', permission: 'initiateConfigMgrAction', granted: true },
  { type: 'set-collection-rights', collection: 'it', granted: true },
  { type: 'device-action', device: 'PC-0003', action: 'sync-machine-policy' },
  { type: 'set-service-connection-point', online: false },
  { type: 'set-administration-service', working: false },
  { type: 'advance-time', minutes: 60 },
  { type: 'set-service-connection-point', online: true },
  { type: 'set-administration-service', working: true },
  { type: 'advance-time', minutes: 1440 },
];

function sessionWorld(seed = 11): SimState {
  return world({
    seed,
    segments: [
      {
        count: 40,
        os: { 'windows-11-23h2': 3, 'windows-10-22h2': 2 },
        join: 'hybrid-entra-joined',
        department: { IT: 1, Sales: 2 },
      },
      { count: 8, os: 'windows-11-24h2', join: 'entra-joined', client: 0, intuneEnrolled: 1, internet: 1 },
      { count: 4, os: 'windows-server-2022', join: 'hybrid-entra-joined' },
    ],
    collections: [
      { id: 'it', name: 'IT Devices', members: { department: 'IT' } },
      { id: 'workstations', name: 'Workstations', members: { names: ['PC-0001', 'PC-0002', 'PC-0003'] } },
      {
        id: 'workstations-sales',
        name: 'Workstations-Sales',
        parent: 'workstations',
        members: { department: 'Sales' },
      },
    ],
    initial: {
      policies: [{ id: 'defender-av', name: 'Defender Antivirus', source: 'intune', workload: 'endpoint-protection' }],
    },
  });
}

describe('step: purity and determinism', () => {
  it('never mutates its input, through a session that uses every kind of action', () => {
    const start = sessionWorld();
    const snapshot = JSON.stringify(start);
    deepFreeze(start);
    let state = start;
    for (const action of SESSION) {
      const before = state;
      const json = JSON.stringify(before);
      deepFreeze(before);
      const r = step(before, action);
      expect(r.ok, `${action.type}: ${r.ok ? '' : r.reason}`).toBe(true);
      expect(JSON.stringify(before)).toBe(json);
      state = r.state;
    }
    expect(JSON.stringify(start)).toBe(snapshot);
    // The two wizard actions a 2111+ session cannot use, on a 2103 site.
    const old = deepFreeze(world({ version: 2103 }));
    const oldJson = JSON.stringify(old);
    const pre2111: Action[] = [
      { type: 'open-wizard' },
      { type: 'wizard-cancel' },
      { type: 'open-wizard' },
      { type: 'wizard-sign-in', environment: 'public' },
      { type: 'wizard-next' },
      { type: 'wizard-next' },
      { type: 'wizard-next' },
      { type: 'wizard-set-workload', workload: 'client-apps', position: 'intune', pilotCollection: null },
    ];
    const r = applyActions(old, pre2111);
    expect(r.ok).toBe(true);
    expect(JSON.stringify(old)).toBe(oldJson);
    expect(new Set([...SESSION, ...pre2111].map((a) => a.type)).size).toBe(30);
  });

  it('gives deep-equal states and events for the same seed and actions, and a different fleet for another seed', () => {
    const a = applyActions(sessionWorld(11), SESSION);
    const b = applyActions(sessionWorld(11), SESSION);
    expect(a.ok && b.ok).toBe(true);
    expect(a).toEqual(b);
    expect(sessionWorld(12).devices).not.toEqual(sessionWorld(11).devices);
  });

  it('keeps the state plain data: it survives JSON and structuredClone unchanged', () => {
    const r = applyActions(sessionWorld(), SESSION);
    expect(JSON.parse(JSON.stringify(r.state))).toEqual(r.state);
    expect(structuredClone(r.state)).toEqual(r.state);
  });
});

describe('step: events', () => {
  it('emits the events of a known sequence in order, with simulated timestamps', () => {
    const start = world({ segments: [{ count: 12, os: 'windows-11-23h2', join: 'hybrid-entra-joined' }] });
    const sequence: Action[] = [
      ...DEFAULT_WIZARD,
      { type: 'advance-time', minutes: 30 },
      { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'all-systems' },
      { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' },
      { type: 'advance-time', minutes: 60 },
    ];
    let state = start;
    const perAction = sequence.map((action) => {
      const r = step(state, action);
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
      return r.events;
    });
    expect(perAction).toEqual([
      [{ type: 'wizard-page', at: 0, page: 'cloud-attach', title: 'Cloud attach' }],
      [{ type: 'signed-in', at: 0, admin: 'Megan Bowen', environment: 'public' }],
      [{ type: 'wizard-page', at: 0, page: 'summary', title: 'Summary' }],
      [
        {
          type: 'app-registered',
          at: 0,
          text: 'Created the Entra app registration and service principal for the Azure Public Cloud tenant',
        },
        {
          type: 'setting-changed',
          at: 0,
          setting: 'Upload to the admin center',
          from: 'Off',
          to: 'All devices managed by Configuration Manager',
        },
        { type: 'setting-changed', at: 0, setting: 'Endpoint analytics', from: 'Off', to: 'On' },
        { type: 'setting-changed', at: 0, setting: 'Automatic enrollment in Intune', from: 'None', to: 'All' },
        {
          type: 'enrollment',
          at: 0,
          stage: 'Scheduled',
          count: 12,
          devices: [
            'PC-0001',
            'PC-0002',
            'PC-0003',
            'PC-0004',
            'PC-0005',
            'PC-0006',
            'PC-0007',
            'PC-0008',
            'PC-0009',
            'PC-0010',
          ],
          code: null,
        },
      ],
      [
        { type: 'enrollment', at: 15, stage: 'Enrollment initiated', count: 1, devices: ['PC-0010'], code: null },
        { type: 'enrollment', at: 15, stage: 'Enrolled', count: 1, devices: ['PC-0010'], code: null },
        {
          type: 'upload-cycle',
          at: 15,
          records: 12,
          full: true,
          text: 'CMGatewaySyncUploadWorker.log: Batching 12 records. Next run time will be at approximately: Day 1, 09:30',
        },
        { type: 'upload-visible', at: 22, devices: 12 },
        {
          type: 'enrollment',
          at: 30,
          stage: 'Enrollment initiated',
          count: 3,
          devices: ['PC-0001', 'PC-0004', 'PC-0007'],
          code: null,
        },
        { type: 'enrollment', at: 30, stage: 'Enrolled', count: 1, devices: ['PC-0007'], code: null },
        {
          type: 'upload-cycle',
          at: 30,
          records: 3,
          full: false,
          text: 'CMGatewaySyncUploadWorker.log: Batching 3 records. Next run time will be at approximately: Day 1, 09:45',
        },
        { type: 'time-advanced', at: 30, from: 0, minutes: 30 },
        { type: 'connector-status', at: 30, from: 'No results', to: 'Healthy' },
      ],
      [
        {
          type: 'setting-changed',
          at: 30,
          setting: 'Workload pilot collection of Compliance policies',
          from: 'None',
          to: 'All Systems',
        },
      ],
      [
        {
          type: 'setting-changed',
          at: 30,
          setting: 'Compliance policies',
          from: 'Configuration Manager',
          to: 'Pilot Intune',
        },
        { type: 'authority-changed', at: 30, workload: 'compliance-policies', toIntune: 2, toConfigMgr: 0 },
        {
          type: 'mdm-sync',
          at: 30,
          devices: 2,
          text: '2 co-managed devices synced MDM policy from Intune right away and recalculated the capabilities value',
        },
      ],
      [
        {
          type: 'enrollment',
          at: 45,
          stage: 'Enrollment initiated',
          count: 6,
          devices: ['PC-0002', 'PC-0003', 'PC-0005', 'PC-0008', 'PC-0011', 'PC-0012'],
          code: null,
        },
        {
          type: 'enrollment',
          at: 45,
          stage: 'Enrolled',
          count: 5,
          devices: ['PC-0001', 'PC-0002', 'PC-0004', 'PC-0005', 'PC-0011'],
          code: null,
        },
        {
          type: 'upload-cycle',
          at: 45,
          records: 8,
          full: false,
          text: 'CMGatewaySyncUploadWorker.log: Batching 8 records. Next run time will be at approximately: Day 1, 10:00',
        },
        { type: 'authority-changed', at: 45, workload: 'compliance-policies', toIntune: 5, toConfigMgr: 0 },
        {
          type: 'enrollment',
          at: 60,
          stage: 'Enrollment initiated',
          count: 2,
          devices: ['PC-0006', 'PC-0009'],
          code: null,
        },
        {
          type: 'enrollment',
          at: 60,
          stage: 'Enrolled',
          count: 5,
          devices: ['PC-0003', 'PC-0006', 'PC-0008', 'PC-0009', 'PC-0012'],
          code: null,
        },
        {
          type: 'upload-cycle',
          at: 60,
          records: 5,
          full: false,
          text: 'CMGatewaySyncUploadWorker.log: Batching 5 records. Next run time will be at approximately: Day 1, 10:15',
        },
        { type: 'authority-changed', at: 60, workload: 'compliance-policies', toIntune: 5, toConfigMgr: 0 },
        { type: 'time-advanced', at: 90, from: 30, minutes: 60 },
      ],
    ]);
    expect(funnelCounts(state).enrolled).toBe(12);
  });

  it('emits one failed-enrollment event per code and retries once the cause is fixed', () => {
    const broken = world({
      initial: {
        tenant: { automaticEnrollmentConfigured: false },
        cloudAttach: { upload: null },
        coManagement: { autoEnrollment: 'all' },
      },
    });
    const failed = runWithEvents(broken, { type: 'advance-time', minutes: 120 });
    expect(
      failed.events
        .filter((e) => e.type === 'enrollment' && e.stage === 'Failed')
        .reduce((n, e) => n + (e.type === 'enrollment' ? e.count : 0), 0),
    ).toBe(12);
    expect(funnelCounts(failed.state)).toMatchObject({ failed: 12, enrolled: 0 });
    const fixed = runWithEvents(failed.state, { type: 'set-automatic-enrollment-configured', configured: true });
    expect(fixed.events.map((e) => e.type)).toEqual(['setting-changed', 'enrollment']);
    expect(funnelCounts(run(fixed.state, { type: 'advance-time', minutes: 120 }))).toMatchObject({
      failed: 0,
      enrolled: 12,
    });
  });
});

describe('step: the wizard', () => {
  it('names its pages as each version does', () => {
    expect([1906, 2002, 2103, 2107, 2111].map((v) => wizardPageTitle(v, 'cloud-attach'))).toEqual([
      'Subscription',
      'Tenant onboarding',
      'Tenant onboarding',
      'Cloud attach',
      'Cloud attach',
    ]);
  });

  it('walks Cloud attach > Configure upload > Enablement > Summary when settings are customised (2111+)', () => {
    const { state, events } = runWithEvents(
      world({ collections: [{ id: 'it', name: 'IT Devices', members: { limit: 3 } }] }),
      { type: 'open-wizard' },
      { type: 'wizard-sign-in', environment: 'public' },
      { type: 'wizard-set-mode', mode: 'customize' },
      { type: 'wizard-next' },
      { type: 'wizard-set-upload', upload: { collection: 'it' }, endpointAnalytics: false },
      { type: 'wizard-next' },
      { type: 'wizard-set-enablement', autoEnrollment: 'pilot', collection: 'it' },
      { type: 'wizard-next' },
      { type: 'wizard-finish' },
    );
    expect(events.filter((e) => e.type === 'wizard-page').map((e) => e.type === 'wizard-page' && e.title)).toEqual([
      'Cloud attach',
      'Configure upload',
      'Enablement',
      'Summary',
    ]);
    expect(state.settings).toEqual({
      cloudAttach: { environment: 'public', upload: { collection: 'it' }, endpointAnalytics: false, offboarded: false },
      coManagement: {
        autoEnrollment: 'pilot',
        autoEnrollmentCollection: 'it',
        workloads: Array(7).fill({ position: 'configmgr', pilotCollection: null }),
      },
    });
    expect(funnelCounts(state)).toMatchObject({ scheduled: 3 });
  });

  it('offers only the default settings in the Azure China Cloud, with no upload', () => {
    const state = run(
      world(),
      { type: 'open-wizard' },
      { type: 'wizard-sign-in', environment: 'china' },
      { type: 'wizard-next' },
      { type: 'wizard-finish' },
    );
    expect(state.settings.cloudAttach).toEqual({
      environment: 'china',
      upload: null,
      endpointAnalytics: false,
      offboarded: false,
    });
    expect(state.settings.coManagement.autoEnrollment).toBe('all');
  });
});

describe('step: tenant side', () => {
  it('stops advancing the last successful sync while the service connection point is offline', () => {
    const attached = run(world({ initial: { cloudAttach: { upload: 'all' }, settled: true } }), {
      type: 'advance-time',
      minutes: 30,
    });
    expect(connectorView(attached).lastSuccessfulSync).toBe(30);
    const offline = run(
      attached,
      { type: 'set-service-connection-point', online: false },
      { type: 'advance-time', minutes: 60 },
    );
    expect(connectorView(offline)).toEqual({
      status: 'Healthy',
      name: 'CON - Contoso hierarchy',
      lastSuccessfulSync: 30,
      version: 2207,
      symptoms: [
        'The last successful sync time has not advanced since Day 1, 09:30 (4 upload cycles missed): the service connection point is offline',
      ],
    });
    const back = run(
      offline,
      { type: 'set-service-connection-point', online: true },
      { type: 'advance-time', minutes: 15 },
    );
    expect(connectorView(back)).toMatchObject({ lastSuccessfulSync: 105, symptoms: [] });
  });

  it('shows Unknown once the upload is turned off (offboarding) and lists no uploaded devices', () => {
    const off = run(world({ initial: { cloudAttach: { upload: 'all' }, settled: true } }), {
      type: 'set-upload',
      upload: null,
      endpointAnalytics: false,
    });
    expect(connectorView(off).status).toBe('Unknown');
    expect(managedByOf(off, 0)).toEqual({ value: null, reason: 'not shown: tenant attach does not upload devices' });
  });

  it('fails device actions with the admin center message of each cause', () => {
    const attached = world({ version: 2010, initial: { cloudAttach: { upload: 'all' }, settled: true } });
    const act: Action = { type: 'device-action', device: 'PC-0001', action: 'sync-machine-policy' };
    const last = (s: SimState) => s.deviceActions[s.deviceActions.length - 1]!;
    expect(last(run(attached, { type: 'set-service-connection-point', online: false }, act))).toMatchObject({
      status: 'Failed',
      error: 'Getting results timed out. The service connection point is not connected.',
      logs: [],
    });
    expect(last(run(attached, { type: 'set-administration-service', working: false }, act)).error).toBe(
      'Unexpected error occurred. Check the service connection point, the administration service and IIS on the SMS Provider.',
    );
    expect(
      last(run(attached, { type: 'set-admin-permission', permission: 'initiateConfigMgrAction', granted: false }, act))
        .error,
    ).toBe(
      "You don't have access to perform this action. (Megan Bowen lacks the Intune permission Remote tasks > Initiate Configuration Manager action)",
    );
    // 2010 and earlier need both discoveries.
    expect(
      last(run(attached, { type: 'set-admin-permission', permission: 'adUserDiscovery', granted: false }, act)).error,
    ).toBe(
      'Unable to get client details. Make sure Azure AD and AD user discovery are configured and the user is discovered. (Megan Bowen must be discovered by both Entra ID user discovery and Active Directory user discovery on this version (2010 and earlier))',
    );
    expect(
      last(
        run(
          world({
            version: 2103,
            initial: { cloudAttach: { upload: 'all' }, settled: true, admin: { adUserDiscovery: false } },
          }),
          act,
        ),
      ).status,
    ).toBe('Complete');
  });

  it('installs the client from Intune on enrolled devices once a CMG exists, which makes them co-managed', () => {
    const start = world({
      segments: [
        { count: 10, os: 'windows-11-23h2', join: 'hybrid-entra-joined' },
        { count: 2, os: 'windows-11-24h2', join: 'entra-joined', client: 0, intuneEnrolled: 1, internet: 1 },
      ],
      initial: {
        cloudAttach: { upload: null },
        coManagement: { autoEnrollment: 'all', workloads: { 'compliance-policies': { position: 'intune' } } },
        settled: true,
      },
    });
    expect(managedByOf(start, 10).value).toBe('Intune');
    const { state, events } = runWithEvents(
      start,
      { type: 'set-cloud-management-gateway', present: true },
      { type: 'install-client-from-intune' },
    );
    expect(events.filter((e) => e.type === 'client-installed')).toEqual([
      { type: 'client-installed', at: 0, count: 2 },
    ]);
    expect(managedByOf(state, 10).value).toBe('Co-managed');
    expect(authorityOf(state, 10, 'compliance-policies')).toBe('intune');
  });

  it('derives the same authority per cell from the table and from one-cell lookups', () => {
    const r = applyActions(sessionWorld(), SESSION);
    const state = r.state;
    const table = deriveAuthorityTable(state);
    const ids = [
      'compliance-policies',
      'windows-update-policies',
      'resource-access-policies',
      'endpoint-protection',
      'device-configuration',
      'office-click-to-run-apps',
      'client-apps',
    ] as const;
    for (let i = 0; i < state.devices.length; i++) {
      ids.forEach((w, k) =>
        expect(table[i * 7 + k], `${state.devices[i]!.name} ${w}`).toBe(authorityOf(state, i, w) === 'intune' ? 1 : 0),
      );
    }
  });
});
